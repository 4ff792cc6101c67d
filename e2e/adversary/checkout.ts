import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// The checkout every adversary visits: the demo shop's form and its one script tag, served from a
// shop origin of its own (as a merchant's page is), under a CSP as strict as the demo's, with its
// `worker-src blob:` and `frame-src data:`, which the SDK's worker and partition probe need
// (docs/signals.md). A small same-origin script
// posts the token back here once the SDK has put it in the form, so that a browser started with no
// automation at all (the honest controls) can say which token it got.

export interface Checkout {
  origin: string;
  /** The site whose script tag the page carries: made after the origin is known, for its CORS list. */
  useSite(publicKey: string): void;
  /** The page's address for one visit; its report arrives under `visit`. */
  url(visit: string): string;
  /** The token the visit's page reported, or an error after `timeoutMs`. */
  tokenOf(visit: string, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

const form = `<h1>ご注文手続き</h1>
<form data-shinsa action="/thanks" method="post" id="checkout">
  <label>お名前 <input name="name" autocomplete="name"></label>
  <label>メールアドレス <input name="email" type="email" autocomplete="email"></label>
  <label>電話番号 <input name="phone" type="tel" autocomplete="tel"></label>
  <label>住所 <input name="address" autocomplete="street-address"></label>
  <button type="submit">注文を確定する</button>
</form>`;

// Polls the form for the token; nothing here touches the SDK's signals.
const REPORTER = `(() => {
  const visit = new URLSearchParams(location.search).get("visit");
  const tick = () => {
    const field = document.querySelector('input[name="shinsa_token"]');
    if (field && field.value.startsWith("tok_")) {
      fetch("/report", { method: "POST", body: JSON.stringify({ visit, token: field.value }) });
    } else setTimeout(tick, 50);
  };
  tick();
})();`;

export async function startCheckout(collector: string): Promise<Checkout> {
  const tokens = new Map<string, string>();
  let page = "";
  const csp = `default-src 'self'; script-src 'self' ${collector}; connect-src 'self' ${collector}; worker-src blob:; frame-src data:; style-src 'unsafe-inline'`;
  const pageOf = (
    publicKey: string,
  ) => `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>checkout</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>${form}
<script src="/report.js"></script>
<script src="${collector}/sdk.js" data-site-key="${publicKey}" async></script>
</body></html>`;
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (req.method === "POST" && path === "/report") {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        try {
          const { visit, token } = JSON.parse(body) as { visit: string; token: string };
          tokens.set(visit, token);
        } catch {
          // A malformed report is the page's fault; the visit times out and says so.
        }
        res.writeHead(204).end();
      });
      return;
    }
    if (path === "/checkout") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": csp });
      return res.end(page);
    }
    if (path === "/report.js") {
      res.writeHead(200, { "content-type": "text/javascript" });
      return res.end(REPORTER);
    }
    if (path === "/favicon.ico") return res.writeHead(204).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    useSite: (publicKey) => {
      page = pageOf(publicKey);
    },
    url: (visit) => `${origin}/checkout?visit=${encodeURIComponent(visit)}`,
    async tokenOf(visit, timeoutMs = 30_000) {
      const end = Date.now() + timeoutMs;
      while (Date.now() < end) {
        const token = tokens.get(visit);
        if (token) return token;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`visit ${visit}: no token reported within ${timeoutMs} ms`);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
