import { expect, test } from "@playwright/test";
import { createShop, deviceWhen, openShopPage, SHOP, shopPage, waitForToken } from "../fixtures/sdk-shop.js";

test("a form added after the token (as a framework renders it) gets the token too", async ({ page }) => {
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey, "<div id=app></div>"));
  await page.waitForFunction(() => window.shinsa);
  const token = await page.evaluate(() => window.shinsa?.getToken());
  expect(token).toMatch(/^tok_/);
  await page.evaluate((action) => {
    const form = document.createElement("form");
    form.setAttribute("data-shinsa", "");
    form.method = "post";
    form.action = action;
    form.innerHTML = '<input name="email" type="email"><button type="submit">注文する</button>';
    document.getElementById("app")?.appendChild(form);
  }, `${SHOP}/thanks`);
  expect(await waitForToken(page)).toBe(token);
});

test("a form without data-shinsa is left untouched", async ({ page }) => {
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey, "<form id=search><input name=q></form>"));
  await page.evaluate(() => window.shinsa?.getToken());
  await expect(page.locator('#search input[name="shinsa_token"]')).toHaveCount(0);
});

test("submitting flushes the behaviour snapshot to the same token", async ({ page }) => {
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey));
  const token = await waitForToken(page);
  await page.mouse.move(10, 10);
  await page.mouse.move(200, 150, { steps: 10 });
  await page.locator('input[name="name"]').pressSequentially("Yamada", { delay: 30 });
  await page.getByRole("button").click();
  await expect(page.locator("#posted")).toBeVisible();
  const { behavior } = await deviceWhen(token, shop.secretKey, (d) => d.behavior?.submitted === true);
  expect(behavior?.pointerMoves).toBeGreaterThan(5);
  expect(behavior?.pointerDistance).toBeGreaterThan(100);
  expect(behavior?.fields.text?.keys).toBe(6);
  expect(behavior?.fields.text?.focuses).toBe(1);
  expect(behavior?.elapsedMs).toBeGreaterThan(0);
});
