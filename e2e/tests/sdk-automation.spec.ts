import { expect, test } from "@playwright/test";
import { createShop, deviceWhen, hasLateSignals, openShopPage, shopPage, waitForToken } from "../fixtures/sdk-shop.js";

test("plain automated Playwright is flagged as automation (navigator.webdriver)", async ({ page }) => {
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey));
  const device = await deviceWhen(await waitForToken(page), shop.secretKey, hasLateSignals);
  expect(device.signals.automation).toMatchObject({ webdriver: true });
  expect(device.flags.automation).toBe(true);
  expect(device.flagReasons.map((r) => r.code)).toContain("webdriver");
});

test("a page that patches canvas and navigator getters is reported as tampered", async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.toDataURL;
    HTMLCanvasElement.prototype.toDataURL = function (...args) {
      const ctx = this.getContext("2d");
      ctx?.fillRect(Math.random() * this.width, 0, 1, 1);
      return original.apply(this, args);
    };
    Object.defineProperty(navigator, "hardwareConcurrency", { get: () => 64 });
  });
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey));
  const device = await deviceWhen(await waitForToken(page), shop.secretKey, hasLateSignals);
  expect(device.signals.tampering).toMatchObject({
    nonNative: ["HTMLCanvasElement.toDataURL"],
    ownNavigatorProps: ["hardwareConcurrency"],
    canvasNoise: true,
  });
});
