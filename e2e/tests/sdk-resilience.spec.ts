import { expect, test } from "@playwright/test";
import { createShop, FORM, openShopPage, shopPage, tokenField, waitForToken } from "../fixtures/sdk-shop.js";

test("with the collector unreachable the checkout still submits, with an empty token", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  await page.route("**/v1/collect", (route) => route.abort("connectionrefused"));
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey));
  await expect(tokenField(page)).toHaveCount(1);
  // Retries end within a few seconds; getToken then answers rather than hanging or rejecting.
  expect(await page.evaluate(() => window.shinsa?.getToken())).toBe("");
  await page.getByRole("button").click();
  await expect(page.locator("#posted")).toContainText("shinsa_token=");
  expect(errors).toEqual([]);
});

test("with the collector down after a good visit the form carries the last good token", async ({ page }) => {
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey));
  const good = await waitForToken(page);
  await page.route("**/v1/collect", (route) => route.abort("timedout"));
  await openShopPage(page, shopPage(shop.publicKey));
  await expect(tokenField(page)).toHaveValue(good);
  expect(await page.evaluate(() => window.shinsa?.getToken())).toBe(good);
});

test("a script tag without a site key warns and leaves the page alone", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  await openShopPage(page, shopPage("").replace('data-site-key=""', ""));
  await page.getByRole("button").click();
  await expect(page.locator("#posted")).toBeVisible();
  expect(errors).toEqual([]);
  expect(FORM).toContain("data-shinsa");
});
