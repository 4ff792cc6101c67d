import { expect, type Page } from "@playwright/test";
import type { CreateSiteResponse, TokenResponse } from "@shinsa/shared";
import { ADMIN_TOKEN, PORT, SHOP_PORT } from "../playwright.config.js";

export const COLLECTOR = `http://127.0.0.1:${PORT}`;

/** A merchant's storefront on its own origin (e2e/shop-server.mjs), not the collector's. */
export const SHOP_ORIGIN = `http://localhost:${SHOP_PORT}`;

export async function createSite(origins: string[] = [SHOP_ORIGIN]): Promise<CreateSiteResponse> {
  const res = await fetch(`${COLLECTOR}/v1/admin/sites`, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "e2e shop", origins }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as CreateSiteResponse;
}

export async function lookUpToken(token: string, secretKey: string): Promise<TokenResponse> {
  const res = await fetch(`${COLLECTOR}/v1/tokens/${token}`, { headers: { authorization: `Bearer ${secretKey}` } });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as TokenResponse;
}

/** A bare checkout page on the shop's origin with the one script tag a merchant adds. */
export function checkoutHtml(publicKey: string, extraHead = ""): string {
  return `<!doctype html><html><head><meta charset="utf-8">${extraHead}</head><body>
<form data-shinsa action="${SHOP_ORIGIN}/thanks" method="post">
  <input name="email" type="email"><input name="phone" type="tel"><button type="submit">注文する</button>
</form>
<script src="${COLLECTOR}/sdk.js" data-site-key="${publicKey}" async></script>
</body></html>`;
}

/** Publishes a page on the shop's origin and opens it. */
export async function openShop(page: Page, html: string, path = "/checkout"): Promise<void> {
  const res = await fetch(`${SHOP_ORIGIN}${path}`, { method: "PUT", body: html });
  expect(res.status).toBe(204);
  await page.goto(`${SHOP_ORIGIN}${path}`);
}

/** Waits until the SDK has put a token in the form, and answers it. */
export async function tokenInForm(page: Page): Promise<string> {
  const input = page.locator('form[data-shinsa] input[name="shinsa_token"]');
  await expect(input).toHaveValue(/^tok_/, { timeout: 15_000 });
  return input.inputValue();
}
