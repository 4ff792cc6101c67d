import type { OrderResponse } from "@shinsa/shared";
import { Hono } from "hono";
import { html, raw } from "hono/html";
import type { AppDeps } from "../deps.js";
import { getToken } from "../device/get-token.js";
import { ApiError } from "../lib/api-error.js";
import { scoreOrder } from "../orders/score-order.js";
import { changeSite, listSites } from "../sites/list-sites.js";
import type { DemoSite } from "./demo-site.js";

// A checkout page as a merchant would have it: one script tag, one form with data-shinsa, and a
// server-side handler that looks the token up. It runs under a strict CSP (no inline script), as
// the SDK must; `worker-src blob:` lets the SDK read the browser again in a worker, and
// `frame-src data:` lets it check that the browser keeps framed storage apart (docs/signals.md).
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; worker-src blob:; frame-src data:";

export function demoRoutes(site: DemoSite) {
  return (deps: AppDeps) => {
    const { db, now, secret } = deps;
    return new Hono()
      .get("/", (c) => c.redirect("/demo"))
      .get("/favicon.ico", (c) => c.body(null, 204))
      .get("/demo", async (c) => {
        await allowDemoOrigin(deps, site.siteId, new URL(c.req.url).origin);
        c.header("Content-Security-Policy", CSP);
        return c.html(checkoutPage(site.publicKey));
      })
      .post("/demo/checkout", async (c) => {
        const form = await c.req.parseBody();
        const token = typeof form.shinsa_token === "string" ? form.shinsa_token : "";
        const field = (name: string) => (typeof form[name] === "string" ? (form[name] as string).trim() : "");
        let lookup: unknown;
        try {
          lookup = token
            ? await getToken(db, secret, site.siteId, token, now())
            : { error: "the form carried no token" };
        } catch (err) {
          lookup = { error: err instanceof ApiError ? err.message : "look-up failed" };
        }
        // What the merchant's server does next: send the order, with the token, to be scored.
        const party = {
          name: field("name") || undefined,
          nameKana: field("nameKana") || undefined,
          postalCode: field("postalCode") || undefined,
          address: field("address") || undefined,
          phone: field("phone") || undefined,
        };
        let scored: OrderResponse | { error: string };
        try {
          scored = await scoreOrder(deps, site.siteId, {
            orderId: `DEMO-${Date.now()}`,
            ...(token && { token }),
            customer: { email: field("email") || undefined },
            billing: party,
            shipping: party,
            payment: { method: "card" },
          });
        } catch (err) {
          scored = { error: err instanceof ApiError ? err.message : "scoring failed" };
        }
        c.header("Content-Security-Policy", CSP);
        return c.html(resultPage(token, lookup, scored, site.siteId));
      });
  };
}

const layout = (title: string, body: unknown) => html`<!doctype html>
<html lang="ja">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <style>
      body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
      label { display: block; margin: .6rem 0 .2rem; } input { width: 100%; padding: .4rem; }
      button { margin-top: 1rem; padding: .6rem 1.2rem; } pre { background: #f4f4f4; padding: 1rem; overflow: auto; }
    </style>
  </head>
  <body>${body}</body>
</html>`;

function checkoutPage(publicKey: string) {
  return layout(
    "Shinsa demo checkout",
    html`<h1>ご注文手続き (demo checkout)</h1>
      <form data-shinsa action="/demo/checkout" method="post" id="checkout">
        <label>お名前 <input name="name" autocomplete="name" value="" /></label>
        <label>フリガナ <input name="nameKana" value="" /></label>
        <label>メールアドレス <input name="email" type="email" autocomplete="email" /></label>
        <label>電話番号 <input name="phone" type="tel" autocomplete="tel" /></label>
        <label>郵便番号 <input name="postalCode" autocomplete="postal-code" /></label>
        <label>住所 <input name="address" autocomplete="street-address" /></label>
        <button type="submit">注文を確定する</button>
      </form>
      ${raw(`<script src="/sdk.js" data-site-key="${publicKey}" async></script>`)}`,
  );
}

/**
 * The demo serves whatever host it is opened as (a laptop's LAN address, a tunnel's name): the
 * page's own origin joins the demo site's origins, so its script may post signals. Only the demo
 * site does this; a real site's origins change through the admin API. /v1/collect's site cache
 * sees the new origin within 30 s, at once when the site was not looked up before.
 */
async function allowDemoOrigin(deps: AppDeps, siteId: string, origin: string) {
  const demo = (await listSites(deps.db)).sites.find((s) => s.siteId === siteId);
  if (demo && !demo.origins.includes(origin)) await changeSite(deps.db, siteId, { origins: [...demo.origins, origin] });
}

const DECISION_WORDS: Record<string, string> = {
  accept: "承認 accept",
  review: "要審査 review",
  reject: "拒否 reject",
};

// What a merchant's server would act on, first: the decision, why, and what it joined; then the
// raw answers behind toggles for a developer.
function resultPage(token: string, lookup: unknown, scored: OrderResponse | { error: string }, siteId: string) {
  const ok = "decision" in scored;
  const consoleUrl = ok ? `/console/sites/${siteId}/orders/${encodeURIComponent(scored.orderId)}` : "/console";
  return layout(
    "Shinsa demo: what the merchant's server sees",
    html`<h1>What the merchant's server sees</h1>
      ${
        ok
          ? html`<p style="font-size:1.4rem"><strong id="decision">${DECISION_WORDS[scored.decision] ?? scored.decision}</strong>
                — score <strong>${scored.score}</strong> / 100</p>
              <h2>Reasons</h2>
              ${
                scored.reasons.length === 0
                  ? html`<p>No reasons: nothing about this order or device looks risky.</p>`
                  : html`<ul>${scored.reasons.map((r) => html`<li><strong>+${r.score}</strong> ${r.message} <code>${r.code}</code></li>`)}</ul>`
              }
              <h2>Linked orders</h2>
              ${
                scored.links.orders.length === 0
                  ? html`<p>None: this is the first order from this person, device and address.</p>`
                  : html`<p>${scored.links.orders.join(", ")} (via ${scored.links.via.join(", ")})</p>`
              }
              <p><a href="${consoleUrl}">Open this order in the review console</a> (sign in with the admin token).</p>`
          : html`<p><strong>Scoring failed:</strong> ${scored.error}</p>`
      }
      <details>
        <summary>The raw answers (JSON)</summary>
        <p>The form carried <code id="token">${token || "(no token)"}</code>. The server looked it up with
          <code>GET /v1/tokens/{token}</code> and its secret key:</p>
        <pre id="lookup">${JSON.stringify(lookup, null, 2)}</pre>
        <p>Then it sent the order with the token to <code>POST /v1/orders</code>:</p>
        <pre id="score">${JSON.stringify(scored, null, 2)}</pre>
      </details>
      <p><a href="/demo">Back to the checkout</a></p>`,
  );
}
