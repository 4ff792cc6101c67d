import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, useTestApp } from "../testing/test-app.js";

// Every value a shopper gave. None of it may reach the operator's log, whatever fails.
const PII = {
  name: "漏洩 花子",
  nameKana: "ロウエイ ハナコ",
  email: "hanako.leak@example.jp",
  phone: "090-9876-5432",
  address: "東京都港区芝公園4-2-8 漏洩マンション1203",
  cardHolder: "HANAKO ROUEI",
  customerId: "CUST-PII-7731",
  ip: "198.51.100.77",
};

const piiOrder = (orderId: string) => ({
  orderId,
  ip: PII.ip,
  customer: { id: PII.customerId, email: PII.email },
  billing: { name: PII.name, nameKana: PII.nameKana, phone: PII.phone, address: PII.address, postalCode: "105-0011" },
  shipping: { name: PII.name, phone: PII.phone, address: PII.address, postalCode: "105-0011" },
  payment: { method: "card", cardBin: "411111", cardLast4: "4242", cardHolder: PII.cardHolder },
  amount: 12345,
});

/** Makes the database refuse to write rows of the order `orderId` from now on, as a failing disk or a bug would. */
const refuseWrites = (ctx: ReturnType<typeof useTestApp>, name: string, orderId: string, table = "orders") =>
  ctx.database.db.execute(
    sql.raw(`alter table ${table} add constraint ${name} check (order_id <> '${orderId}') not valid`),
  );

describe.each(testDrivers)("the error log on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  const expectNoPii = () => {
    const log = ctx.logLines.join("\n");
    for (const value of Object.values(PII)) expect(log).not.toContain(value);
    // The card's digits as a number of their own: a timestamp such as 1796424220763 holds "4242" by chance.
    for (const digits of ["4242", "411111"]) expect(log).not.toMatch(new RegExp(`(?<![0-9])${digits}(?![0-9])`));
  };

  it("logs a failed order with its request id and none of its personal data", async () => {
    const site = await createTestSite(ctx);
    await refuseWrites(ctx, "refuse_fail_1", "FAIL-1");
    const res = await call("POST", site.secretKey, "/v1/orders", piiOrder("FAIL-1"));
    expect(res.status).toBe(500);
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toBeTruthy();
    const line = ctx.logLines.map((l) => JSON.parse(l)).find((l) => l.requestId === requestId);
    expect(line).toMatchObject({ route: "/v1/orders", msg: "request failed", err: { cause: { code: "23514" } } });
    expect(await res.text()).toContain(requestId);
    expectNoPii();
  });

  it("logs a failed row of a CSV import without its personal data", async () => {
    const site = await createTestSite(ctx);
    await refuseWrites(ctx, "refuse_fail_2", "FAIL-2");
    const csv = `orderId,customer.id,customer.email,billing.name,billing.phone,billing.address\r\nFAIL-2,${PII.customerId},${PII.email},${PII.name},${PII.phone},${PII.address}\r\n`;
    const before = ctx.logLines.length;
    const res = await ctx.app.request("/v1/orders/import", {
      method: "POST",
      headers: { authorization: `Bearer ${site.secretKey}`, "content-type": "text/csv" },
      body: csv,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("internal error while scoring this order");
    expect(ctx.logLines.length).toBeGreaterThan(before);
    expectNoPii();
  });

  it("logs a failed re-scoring in the background without its personal data", async () => {
    const site = await createTestSite(ctx);
    expect((await call("POST", site.secretKey, "/v1/orders", piiOrder("FIRST-3"))).status).toBe(200);
    // The first order is stored; re-scoring it (which writes its identifiers again), once a linked
    // order arrives, is what fails.
    await refuseWrites(ctx, "refuse_first_3", "FIRST-3", "order_identifiers");
    const before = ctx.logLines.length;
    expect((await call("POST", site.secretKey, "/v1/orders", piiOrder("SECOND-3"))).status).toBe(200);
    await ctx.deps.background.idle(site.siteId);
    expect(ctx.logLines.slice(before).join("\n")).toContain("re-scoring a joined order failed");
    expectNoPii();
  });
});
