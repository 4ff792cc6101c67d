import type autocannon from "autocannon";

// The orders the load benches post: one name, 5,000 customers and 40 addresses, so each order
// links to earlier ones (and queues a re-score of them) as a busy pick-up point's orders would.

const orderBody = (n: number) =>
  JSON.stringify({
    orderId: `LOAD-${process.pid}-${n}`,
    customer: { id: `C-${n % 5000}`, email: `buyer${n % 5000}@example.jp` },
    billing: {
      name: "山田 太郎",
      phone: `090-${String(1000 + (n % 9000)).padStart(4, "0")}-${String(n % 10000).padStart(4, "0")}`,
    },
    shipping: { address: `東京都千代田区霞が関1-3-${1 + (n % 40)}` },
    payment: { method: "card", cardBin: "411111", cardLast4: String(n % 10000).padStart(4, "0") },
    items: [{ sku: "BOOK-1", category: "books", quantity: 1, unitPrice: 1800 }],
    amount: 1800,
  });

/** A site's keys, as the bench created it. */
export interface Site {
  publicKey: string;
  secretKey: string;
}

/** autocannon posting a new order per request. */
export const ordering = (origin: string, site: Site, next: () => number): autocannon.Options => ({
  url: `${origin}/v1/orders`,
  requests: [
    {
      method: "POST",
      headers: { authorization: `Bearer ${site.secretKey}`, "content-type": "application/json" },
      setupRequest: (r) => ({ ...r, body: orderBody(next()) }),
    },
  ],
});
