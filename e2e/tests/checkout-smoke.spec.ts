import { expect, test } from "@playwright/test";
import { checkoutHtml, createSite, lookUpToken, openShop, tokenInForm } from "./support.js";

test("the demo checkout puts a token in the form and the merchant's server can look it up", async ({ page }) => {
  await page.goto("/demo");
  await page.locator('input[name="email"]').fill("taro@example.jp");
  const token = await tokenInForm(page);
  await page.getByRole("button").click();
  await expect(page.locator("#token")).toHaveText(token);
  const lookup = JSON.parse((await page.locator("#lookup").textContent()) ?? "{}");
  expect(lookup.deviceId).toMatch(/^dev_/);
  expect(lookup.browser.name).toMatch(/Chrom/);
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
  const site = await createSite(["https://other-shop.test"]);
  const refused = page.waitForResponse((r) => r.url().endsWith("/v1/collect"));
  await openShop(page, checkoutHtml(site.publicKey));
  expect((await refused).status()).toBe(403);
  await expect(page.locator('input[name="shinsa_token"]')).toHaveValue("");
});
