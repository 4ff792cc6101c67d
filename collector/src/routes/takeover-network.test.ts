import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

// A stranger in someone's account need not come at night or ship to a forwarder: at 2 p.m., to an
// ordinary flat under another name, a hosting network gives them away when the account has only
// ever shopped from homes in Japan. A connection abroad is a break of habit but not a stranger's
// (owners send presents home from trips); an account that has ordered from abroad before, and a
// regular's present from a phone in Japan, break nothing of the kind.

const owner = {
  customer: { id: "C-TN-1", email: "kenji.mori@example.jp", createdAt: "2018-06-01T00:00:00+09:00" },
  billing: {
    name: "森 健二",
    postalCode: "950-0001",
    address: "新潟県新潟市東区松浜町2-7-6",
    phone: "090-5555-6666",
  },
  payment: { method: "card", cardBin: "411111", cardLast4: "1881", cardHolder: "KENJI MORI" },
  items: [{ sku: "BK-1", name: "文庫本", category: "books", quantity: 1, unitPrice: 880 }],
  amount: 880,
  currency: "JPY",
};
const atHome = (orderId: string, createdAt: string, ip = "60.34.12.9") => ({
  ...owner,
  orderId,
  createdAt,
  ip,
  shipping: owner.billing,
});
// Daytime, a console, to another name at an ordinary flat: no forwarder code, no hold.
const toFlat = (orderId: string, ip: string) => ({
  ...owner,
  orderId,
  createdAt: "2026-11-10T14:10:00+09:00",
  ip,
  shipping: {
    name: "佐藤 次郎",
    postalCode: "272-0002",
    address: "千葉県市川市二俣新町17-3-204",
    phone: "080-3333-4444",
  },
  items: [{ sku: "GM-PS5", name: "PlayStation 5", category: "game_console", quantity: 1, unitPrice: 72980 }],
  amount: 72980,
});

describe.each(testDrivers)("a takeover told by its network on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);
  const post = async (secretKey: string, body: object) => {
    const res = await call("POST", secretKey, "/v1/orders", body);
    expect(res.status).toBe(200);
    return jsonOf(res);
  };
  const codes = (answer: { reasons: { code: string }[] }) => answer.reasons.map((r) => r.code);

  it("names a daytime order from a cloud VM in an account of homes in Japan", async () => {
    const site = await createTestSite(ctx);
    await post(site.secretKey, atHome("TN-1", "2026-09-01T20:00:00+09:00"));
    await post(site.secretKey, atHome("TN-2", "2026-10-05T12:30:00+09:00"));
    const answer = await post(site.secretKey, toFlat("TN-3", "13.112.40.7"));
    expect(codes(answer)).toContain("account_takeover");
    expect(answer.decision).not.toBe("accept");
  });

  it("counts a connection abroad as a break but not a stranger's: the owner on a trip sends presents too", async () => {
    const site = await createTestSite(ctx);
    await post(site.secretKey, atHome("TN-1", "2026-09-01T20:00:00+09:00"));
    await post(site.secretKey, atHome("TN-2", "2026-10-05T12:30:00+09:00"));
    expect(codes(await post(site.secretKey, toFlat("TN-3", "121.128.10.20")))).not.toContain("account_takeover");
    const toForwarder = {
      ...toFlat("TN-4", "121.128.10.20"),
      shipping: { ...toFlat("", "").shipping, address: "千葉県市川市二俣新町17 TNK4236547" },
    };
    expect(codes(await post(site.secretKey, toForwarder))).toContain("account_takeover");
  });

  it("leaves an account that has ordered from abroad before alone when it does so again", async () => {
    const site = await createTestSite(ctx);
    await post(site.secretKey, atHome("TN-1", "2026-09-01T20:00:00+09:00", "58.32.1.9"));
    await post(site.secretKey, atHome("TN-2", "2026-10-05T12:30:00+09:00", "58.32.77.3"));
    expect(codes(await post(site.secretKey, toFlat("TN-3", "121.128.10.20")))).not.toContain("account_takeover");
  });

  it("leaves a regular's present from a phone in Japan alone", async () => {
    const site = await createTestSite(ctx);
    await post(site.secretKey, atHome("TN-1", "2026-09-01T20:00:00+09:00"));
    await post(site.secretKey, atHome("TN-2", "2026-10-05T12:30:00+09:00"));
    expect(codes(await post(site.secretKey, toFlat("TN-3", "106.130.2.39")))).not.toContain("account_takeover");
  });
});
