import { expect, test } from "@playwright/test";
import { createShop, deviceWhen, hasLateSignals, openShopPage, shopPage, waitForToken } from "../fixtures/sdk-shop.js";
import { COLLECTOR } from "./support.js";

test("a page-only rewrite of navigator is told apart by the worker and by its getter", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "hardwareConcurrency", { get: () => 64, configurable: true });
  });
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey));
  const device = await deviceWhen(await waitForToken(page), shop.secretKey, hasLateSignals);
  expect(device.signals.worker).toMatchObject({ concurrency: expect.any(Number) });
  expect(device.signals.hardware).toMatchObject({ concurrency: 64 });
  expect(device.flagReasons.map((r) => r.code)).toEqual(
    expect.arrayContaining(["worker_mismatch", "native_function_lies"]),
  );
  expect(device.flags.tampering).toBe(true);
});

test("a CSP that forbids the worker leaves it unknown, never tampered", async ({ page }) => {
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${COLLECTOR}; connect-src ${COLLECTOR}; worker-src 'none'">`;
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey).replace("<title>", `${csp}<title>`));
  const device = await deviceWhen(await waitForToken(page), shop.secretKey, hasLateSignals);
  expect(device.signals.worker).toBe("blocked");
  expect(device.flagReasons.map((r) => r.code)).not.toContain("worker_mismatch");
  expect(device.flags.tampering).toBe(false);
});
