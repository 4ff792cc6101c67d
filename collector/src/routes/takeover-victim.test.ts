import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

// The owner of a taken-over account keeps shopping. The stranger's order, labelled fraud, must not
// fall on the owner's next order through the account, e-mail and card the stranger borrowed, nor
// put the owner's orders into the stranger's ring; what the stranger brought (the drop) still links.

const owner = {
  customer: { id: "C-TK-1", email: "hanako.ito@example.jp", createdAt: "2019-04-01T00:00:00+09:00" },
  billing: {
    name: "伊藤 花子",
    postalCode: "530-0001",
    address: "大阪府大阪市北区梅田1-1-1",
    phone: "090-1111-2222",
  },
  payment: { method: "card", cardBin: "411111", cardLast4: "4242", cardHolder: "HANAKO ITO" },
  items: [{ sku: "FD-RICE", name: "米 5kg", category: "food", quantity: 1, unitPrice: 3980 }],
  amount: 3980,
  currency: "JPY",
};
const home = { ...owner, ip: "126.10.20.30", shipping: owner.billing };
const drop = {
  name: "佐藤 次郎",
  postalCode: "272-0002",
  address: "千葉県市川市二俣新町17 TNK4236547",
  phone: "080-3333-4444",
};
const takeover = {
  ...owner,
  ip: "13.112.40.7",
  shipping: drop,
  items: [{ sku: "GM-PS5", name: "PlayStation 5", category: "game_console", quantity: 1, unitPrice: 72980 }],
  amount: 72980,
};

describe.each(testDrivers)("a takeover's victim on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);
  const post = async (secretKey: string, body: object) => {
    const res = await call("POST", secretKey, "/v1/orders", body);
    expect(res.status).toBe(200);
    return jsonOf(res);
  };

  it("keeps the owner's next order clear of the stranger's fraud label and ring", async () => {
    const site = await createTestSite(ctx);
    await post(site.secretKey, { ...home, orderId: "TK-1", createdAt: "2026-10-01T12:00:00+09:00" });
    await post(site.secretKey, { ...home, orderId: "TK-2", createdAt: "2026-10-12T19:00:00+09:00" });
    // A stranger with the phished password, at night, from a hosting network, a console to a drop.
    const stolen = await post(site.secretKey, { ...takeover, orderId: "TK-3", createdAt: "2026-11-10T02:30:00+09:00" });
    expect(stolen.reasons.map((r: { code: string }) => r.code)).toContain("account_takeover");
    expect(stolen.decision).not.toBe("accept");
    ctx.setNow(new Date("2026-11-12T00:00:00Z"));
    expect((await call("POST", site.secretKey, "/v1/orders/TK-3/feedback", { label: "fraud" })).status).toBe(200);

    const next = await post(site.secretKey, { ...home, orderId: "TK-4", createdAt: "2026-11-20T18:00:00+09:00" });
    const codes = next.reasons.map((r: { code: string }) => r.code);
    expect(codes.filter((c: string) => c.endsWith("linked_to_fraud") || c === "negative_list")).toEqual([]);
    expect(next.decision).toBe("accept");
    const stranger = await jsonOf(await call("GET", site.secretKey, "/v1/orders/TK-3"));
    expect(stranger.links.ringId ?? null).not.toBe(next.links.ringId ?? "none");

    // Another account's order to the same drop is still tied to the stranger's fraud.
    const mule = await post(site.secretKey, {
      orderId: "TK-5",
      createdAt: "2026-11-21T01:00:00+09:00",
      ip: "45.76.1.2",
      customer: { id: "C-TK-2", email: "x9@example.net" },
      billing: {
        name: "山本 一郎",
        postalCode: "100-0001",
        address: "東京都千代田区千代田1-1",
        phone: "070-5555-6666",
      },
      shipping: drop,
      items: takeover.items,
      amount: takeover.amount,
      currency: "JPY",
    });
    expect(mule.reasons.map((r: { code: string }) => r.code)).toContain("shipping_address_linked_to_fraud");
  });
});
