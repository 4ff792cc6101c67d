import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

// What a copy of the database shows of a buyer: nothing that names or reaches them. The API and
// the console, which hold the key, show the order as the shop sent it.

const order = {
  orderId: "PII-1",
  ip: "198.51.100.77",
  customer: { id: "C-pii", email: "hanako.pii@example.jp" },
  billing: { name: "佐藤 花子", nameKana: "サトウ ハナコ", address: "東京都港区芝公園4-2-8", phone: "080-5555-0101" },
  shipping: { name: "佐藤 一郎", address: "北海道札幌市中央区北1条西2-1", phone: "011-555-0199" },
  payment: { method: "card", cardBin: "53535353", cardLast4: "4242", cardHolder: "HANAKO SATO" },
  amount: 8000,
};
const PERSONAL = [
  "hanako.pii",
  "佐藤",
  "サトウ",
  "芝公園",
  "札幌",
  "080-5555",
  "011-555",
  "53535353",
  "4242",
  "HANAKO",
  "198.51.100",
];

describe.each(testDrivers)("personal data at rest on %s", (driver) => {
  const ctx = useTestApp(driver);

  it("is not in any table of the database, yet the order reads back whole through the API and the list", async () => {
    const site = await createTestSite(ctx);
    const callKey = callAs(ctx);
    const call = (method: string, path: string, body?: unknown) => callKey(method, site.secretKey, path, body);
    expect((await call("POST", "/v1/orders", order)).status).toBe(200);
    // A second order of the same buyer links to the first and re-scores it from the sealed copy.
    const second = await jsonOf(await call("POST", "/v1/orders", { ...order, orderId: "PII-2" }));
    expect(second.links.orders).toContain("PII-1");
    await ctx.deps.background.idle();

    const tables = await ctx.database.db.execute(
      sql`select table_name from information_schema.tables where table_schema = 'public'`,
    );
    const names = ((tables as { rows?: unknown[] }).rows ?? (tables as unknown[])).map(
      (r) => (r as { table_name: string }).table_name,
    );
    expect(names).toContain("orders");
    let dump = "";
    for (const name of names) {
      const rows = await ctx.database.db.execute(sql.raw(`select * from "${name}"`));
      dump += JSON.stringify((rows as { rows?: unknown[] }).rows ?? rows);
    }
    expect(dump).toContain("PII-1");
    for (const value of PERSONAL) expect(dump, value).not.toContain(value);

    const stored = await jsonOf(await call("GET", "/v1/orders/PII-1"));
    expect(stored.order).toEqual(order);
    expect(stored.rescored?.by).toBe("PII-2");
    const list = await jsonOf(await call("GET", "/v1/orders?limit=5"));
    expect(list.orders.find((o: { orderId: string }) => o.orderId === "PII-1").customer).toEqual({
      id: "C-pii",
      email: "hanako.pii@example.jp",
    });
  });
});
