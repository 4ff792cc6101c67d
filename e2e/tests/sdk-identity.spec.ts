import { expect, test } from "@playwright/test";
import { createShop, deviceWhen, hasLateSignals, openShopPage, shopPage, waitForToken } from "../fixtures/sdk-shop.js";

test("a browser with its storage cleared keeps its deviceId and gets a new visitorId", async ({ browser }) => {
  const shop = await createShop();
  const visit = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await openShopPage(page, shopPage(shop.publicKey));
    const device = await deviceWhen(await waitForToken(page), shop.secretKey, hasLateSignals);
    await context.close();
    return device;
  };
  // A fresh context is this browser on this machine with every store empty.
  const first = await visit();
  const second = await visit();
  expect(second.visitorId).not.toBe(first.visitorId);
  expect(second.deviceId).toBe(first.deviceId);
  expect(second.hardwareId).toBe(first.hardwareId);
});

test("the visitorId survives clearing any one of localStorage, the cookie or IndexedDB", async ({ page, context }) => {
  const shop = await createShop();
  const html = shopPage(shop.publicKey);
  const visit = async () => {
    await openShopPage(page, html);
    const token = await waitForToken(page);
    return (await deviceWhen(token, shop.secretKey, () => true)).visitorId;
  };
  const original = await visit();
  // Let the IndexedDB copy be written (after the token) before clearing the others.
  await expect.poll(() => page.evaluate(() => document.cookie)).toContain("_shinsa_vid=");
  await page.waitForTimeout(300);

  await page.evaluate(() => localStorage.clear());
  expect(await visit()).toBe(original);

  // localStorage is read after the token (a fresh renderer's first read is slow): this page gets a
  // new id, localStorage restores the old one for the next.
  await context.clearCookies();
  await visit();
  await expect.poll(() => page.evaluate(() => document.cookie)).toContain(`_shinsa_vid=${original}`);
  expect(await visit()).toBe(original);

  // Both synchronous stores gone: this page gets a new id, IndexedDB restores the old one for the next.
  await context.clearCookies();
  await page.evaluate(() => localStorage.clear());
  await visit();
  await expect.poll(() => page.evaluate(() => localStorage.getItem("_shinsa_vid"))).toBe(original);
  expect(await visit()).toBe(original);
});
