import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { createTestSite, useTestApp } from "../testing/test-app.js";
import { useTestServer } from "../testing/test-server.js";

// A shop's checkouts must not wait for another shop's (or its own) CSV upload. With PGlite a query
// resolves without real I/O, so an import that only awaited its queries never let the server read
// another socket until the whole file was done: the checkout below came back after the import.

const ROWS = 400;
const csv = [
  "orderId,customer.id,customer.email,billing.name,billing.phone,shipping.address,payment.method,amount",
  ...Array.from(
    { length: ROWS },
    (_, i) =>
      `IMP-${i},C-${i},buyer${i}@example.jp,山田 太郎${i},090-1234-${String(i).padStart(4, "0")},東京都千代田区霞が関1-3-${1 + (i % 40)} 霞ビル${100 + i},card,${1000 + i}`,
  ),
].join("\r\n");

describe.each(testDrivers)("a checkout during a CSV import on %s", (driver) => {
  const ctx = useTestApp(driver);
  const server = useTestServer(ctx, "shinsa-import-while-scoring-");

  it("is scored between the file's orders, not after the file", async () => {
    const site = await createTestSite(ctx);
    const auth = { authorization: `Bearer ${site.secretKey}` };
    let importDone = false;
    const upload = fetch(`${server.url}/v1/orders/import`, {
      method: "POST",
      headers: { ...auth, "content-type": "text/csv" },
      body: csv,
    }).then(async (res) => {
      const text = await res.text();
      importDone = true;
      return { status: res.status, rows: text.split("\r\n").filter(Boolean).length - 1 };
    });
    // The import is under way (its first orders are stored) before the checkout arrives.
    for (let i = 0; i < 200; i++) {
      const first = await fetch(`${server.url}/v1/orders/IMP-0`, { headers: auth });
      await first.arrayBuffer();
      if (first.status === 200) break;
    }
    const checkout = await fetch(`${server.url}/v1/orders`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ orderId: "CHECKOUT-1", customer: { id: "C-web" }, amount: 5000 }),
    });
    const answeredBeforeTheImport = !importDone;
    expect(checkout.status).toBe(200);
    expect(((await checkout.json()) as { orderId: string }).orderId).toBe("CHECKOUT-1");
    expect(answeredBeforeTheImport).toBe(true);
    // …and the import still answers every row.
    expect(await upload).toEqual({ status: 200, rows: ROWS });
  });
});
