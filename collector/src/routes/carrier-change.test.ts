import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

// A customer signs up with their docomo mailbox and orders; a week later they move to another
// carrier, keep their number, lose the mailbox with the contract, and sign up again with Gmail. The
// two accounts share a name, a phone and a door, and the first was used only at its sign-up: that
// reads like one person's run of coupon accounts unless the store kept which mailbox the first was
// written with. A coupon taker's throwaway accounts on free mailboxes are still a run.

const buyer = {
  billing: {
    name: "伊藤 久美子",
    nameKana: "イトウ クミコ",
    postalCode: "243-0024",
    address: "神奈川県厚木市長沼4-4-13-306",
    phone: "080-2211-3344",
  },
  payment: { method: "card", cardBin: "356416", cardLast4: "3823", cardHolder: "KUMIKO ITO" },
  items: [{ sku: "HM-TOWEL", name: "今治タオル 3枚組", category: "home", quantity: 1, unitPrice: 3300 }],
  amount: 3300,
  currency: "JPY",
};
const order = (orderId: string, account: string, email: string, createdAt: string) => ({
  ...buyer,
  orderId,
  createdAt,
  ip: "118.108.15.129",
  shipping: buyer.billing,
  // Each account was opened a few minutes before its first order.
  customer: { id: account, email, createdAt: new Date(Date.parse(createdAt) - 10 * 60_000).toISOString() },
});

describe.each(testDrivers)("a sign-up again after a carrier change on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);
  const post = async (secretKey: string, body: object) => {
    const res = await call("POST", secretKey, "/v1/orders", body);
    expect(res.status).toBe(200);
    return jsonOf(res);
  };
  const codes = (answer: { reasons: { code: string }[] }) => answer.reasons.map((r) => r.code);

  it("takes a new Gmail account beside the same buyer's week-old docomo account as the mailbox lost", async () => {
    const site = await createTestSite(ctx);
    await post(site.secretKey, order("CC-1", "C-CC-1", "kumiko-i@docomo.ne.jp", "2026-10-01T18:50:00+09:00"));
    const answer = await post(
      site.secretKey,
      order("CC-2", "C-CC-2", "kumiko.ito@gmail.com", "2026-10-08T17:15:00+09:00"),
    );
    expect(codes(answer)).not.toContain("multiple_accounts");
    expect(answer.decision).toBe("accept");
  });

  it("still names a run of free-mail accounts used once each", async () => {
    const site = await createTestSite(ctx);
    await post(site.secretKey, order("CC-1", "C-CC-1", "kumiko.i@yahoo.co.jp", "2026-10-01T18:50:00+09:00"));
    const answer = await post(
      site.secretKey,
      order("CC-2", "C-CC-2", "kumiko.ito@gmail.com", "2026-10-08T17:15:00+09:00"),
    );
    expect(codes(answer)).toContain("multiple_accounts");
  });
});
