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

test("the visitorId survives clearing any one or two of localStorage, the cookie and IndexedDB", async ({
  page,
  context,
}) => {
  const shop = await createShop();
  const html = shopPage(shop.publicKey);
  // The stores are read after the token; the id they kept reaches the token with the late signals.
  const visit = async () => {
    await openShopPage(page, html);
    return (await deviceWhen(await waitForToken(page), shop.secretKey, hasLateSignals)).visitorId;
  };
  const original = await visit();
  await expect.poll(() => page.evaluate(() => document.cookie)).toContain(`_shinsa_vid=${original}`);

  await page.evaluate(() => localStorage.clear());
  expect(await visit()).toBe(original);

  await context.clearCookies();
  expect(await visit()).toBe(original);
  await expect.poll(() => page.evaluate(() => document.cookie)).toContain(`_shinsa_vid=${original}`);

  // Both synchronous stores gone: IndexedDB still holds the id, and restores the other two.
  await context.clearCookies();
  await page.evaluate(() => localStorage.clear());
  expect(await visit()).toBe(original);
  await expect.poll(() => page.evaluate(() => localStorage.getItem("_shinsa_vid"))).toBe(original);
});
