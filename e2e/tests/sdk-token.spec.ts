import { expect, test } from "@playwright/test";
import type { CollectPayload } from "@shinsa/shared";
import { createShop, deviceWhen, hasLateSignals, openShopPage, shopPage, waitForToken } from "../fixtures/sdk-shop.js";

test("the script tag puts a token in the form that the merchant's server can look up", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey));
  const token = await waitForToken(page);
  expect(await page.evaluate(() => window.shinsa?.getToken())).toBe(token);

  const device = await deviceWhen(token, shop.secretKey, hasLateSignals);
  expect(device.deviceId).toMatch(/^dev_/);
  expect(device.visitorId).toMatch(/^v_/);
  // Every signal arrived, and none of them threw in the browser.
  const failed = Object.entries(device.signals).filter(([, v]) => v && typeof v === "object" && "error" in v);
  expect(failed).toEqual([]);
  expect(Object.keys(device.signals).sort()).toEqual(
    [
      "audio",
      "automation",
      "canvas",
      "fonts",
      "graphics",
      "hardware",
      "inspector",
      "integrity",
      "locale",
      "math",
      "media",
      "network",
      "partition",
      "screen",
      "storage",
      "tampering",
      "timezone",
      "userAgent",
      "worker",
    ].sort(),
  );
  expect(device.signals.timezone).toMatchObject({ name: expect.any(String), offset: expect.any(Number) });
  expect(device.signals.tampering).toMatchObject({ nonNative: [], canvasNoise: false });
  expect(device.signals.integrity).toEqual({ lies: [] });
  expect(device.signals.worker).toMatchObject({ userAgent: await page.evaluate(() => navigator.userAgent) });
  // Playwright launches Chromium with third-party storage partitioning off, and its contexts refuse
  // third-party storage: the probe's framed document is refused, and the collector names it.
  expect(device.signals.partition).toBe("blocked");
  expect(device.flagReasons.map((r) => r.code)).toContain("storage_not_partitioned");
  // Playwright drives the page over the DevTools protocol with the Runtime domain on: every console
  // call is previewed for it, and the console-cost probe sees that.
  expect(device.signals.inspector).toMatchObject({ consoleMs: expect.any(Array), baselineMs: expect.any(Array) });
  expect(device.flagReasons.map((r) => r.code)).toContain("devtools_attached");
  expect(errors).toEqual([]);
});

test("what a person types never leaves the page: only counts and timings", async ({ page }) => {
  const bodies: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/v1/collect")) bodies.push(r.postData() ?? "");
  });
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey));
  const token = await waitForToken(page);
  await page.locator('input[name="email"]').click();
  await page.keyboard.type("taro.secret@example.jp", { delay: 20 });
  await page.locator('input[name="phone"]').pressSequentially("09012345678", { delay: 15 });
  await page.getByRole("button").click();
  await expect(page.locator("#posted")).toContainText(`shinsa_token=${token}`);

  const device = await deviceWhen(token, shop.secretKey, (d) => d.behavior?.submitted === true);
  const email = device.behavior?.fields.email;
  expect(email?.keys).toBe("taro.secret@example.jp".length);
  expect(email?.intervalMeanMs).toBeGreaterThan(0);
  expect(device.behavior?.fields.tel?.keys).toBe(11);
  expect(device.behavior?.clicks).toBeGreaterThan(0);
  const sent = bodies.join("\n");
  for (const typed of ["taro", "secret", "example.jp", "0901234"]) expect(sent).not.toContain(typed);
  const kinds = bodies.map((b) => (JSON.parse(b) as CollectPayload).type);
  expect(kinds[0]).toBe("device");
  expect(kinds).toContain("update");
});
