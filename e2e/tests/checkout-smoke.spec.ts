import { expect, test } from "@playwright/test";
import { checkoutHtml, createSite, lookUpToken, openShop, tokenInForm } from "./support.js";

test("the demo checkout puts a token in the form, and its server looks it up and scores the order", async ({
  page,
}) => {
  await page.goto("/demo");
  await page.locator('input[name="email"]').fill("taro@example.jp");
  const token = await tokenInForm(page);
  await page.getByRole("button").click();
  await expect(page.locator("#token")).toHaveText(token);
  const lookup = JSON.parse((await page.locator("#lookup").textContent()) ?? "{}");
  expect(lookup.deviceId).toMatch(/^dev_/);
  expect(lookup.browser.name).toMatch(/Chrom/);
  const scored = JSON.parse((await page.locator("#score").textContent()) ?? "{}");
  expect(scored.orderId).toMatch(/^DEMO-/);
  expect(["accept", "review", "reject"]).toContain(scored.decision);
  expect(scored.device.deviceId).toBe(lookup.deviceId);
});

test("a script tag on a merchant's own origin gets a token the merchant's secret key can read", async ({ page }) => {
  const site = await createSite();
  await openShop(page, checkoutHtml(site.publicKey));
  const token = await tokenInForm(page);
  const device = await lookUpToken(token, site.secretKey);
  expect(device.token).toBe(token);
  expect(device.signals).toBeTruthy();
});

test("a page on an origin the site does not list gets no token", async ({ page }) => {
  const site = await createSite(["http://other-shop.example"]);
  const outcomes: string[] = [];
  page.on("response", (r) => r.url().includes("/v1/collect") && outcomes.push(String(r.status())));
  page.on("requestfailed", (r) => r.url().includes("/v1/collect") && outcomes.push(r.failure()?.errorText ?? "failed"));
  await openShop(page, checkoutHtml(site.publicKey), "/unlisted");
  await expect.poll(() => outcomes.length, { timeout: 15_000 }).toBeGreaterThan(0);
  // The collector answers 403 without CORS headers, so the browser reports a failed request.
  expect(outcomes.every((o) => o === "403" || o.startsWith("net::"))).toBe(true);
  await expect(page.locator('input[name="shinsa_token"]')).toHaveValue("");
});
