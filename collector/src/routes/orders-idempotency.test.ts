import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("the same order posted at once on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  it("stores one order and gives every caller the same answer", async () => {
    const site = await createTestSite(ctx);
    const order = {
      orderId: "IDEM-1",
      customer: { id: "C-1", email: "same@example.jp" },
      billing: {
        name: "佐藤 一郎",
        phone: "080-5555-0101",
        postalCode: "135-0043",
        address: "東京都江東区塩浜2丁目13番1号",
      },
      items: [{ category: "game_console", quantity: 2 }],
    };
    // An earlier order of another account at the same door, so each scoring reads links and a ring.
    await call("POST", site.secretKey, "/v1/orders", {
      ...order,
      orderId: "IDEM-0",
      customer: { id: "C-0" },
      billing: { ...order.billing, name: "鈴木 二郎" },
    });
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => call("POST", site.secretKey, "/v1/orders", order)),
    );
    const statuses = responses.map((r) => r.status);
    const answers = await Promise.all(responses.map(jsonOf));
    expect(statuses, JSON.stringify(answers.find((a) => a.error))).toEqual(Array(10).fill(200));
    const stored = await jsonOf(await call("GET", site.secretKey, "/v1/orders/IDEM-1"));
    for (const a of answers)
      expect({ score: a.score, decision: a.decision, reasons: a.reasons }).toEqual({
        score: stored.score,
        decision: stored.decision,
        reasons: stored.reasons,
      });
    const list = await jsonOf(await call("GET", site.secretKey, "/v1/orders?q=IDEM-1"));
    expect(list.orders).toHaveLength(1);
  });
});
