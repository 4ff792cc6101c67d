import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

// A launch-day burst through the API: accounts that share nothing, one city, minutes apart. The
// first buyers had no burst when they came; the one that makes it has them scored again.

const ELSEWHERE = [
  ["530-0001", "大阪府大阪市北区梅田1-2-3"],
  ["060-0001", "北海道札幌市中央区北一条西2-1-5"],
  ["812-0011", "福岡県福岡市博多区博多駅前1-1-1"],
  ["450-0002", "愛知県名古屋市中村区名駅1-1-1"],
  ["980-0811", "宮城県仙台市青葉区一番町1-1-1"],
  ["730-0011", "広島県広島市中区基町6-7"],
] as const;
const NAMES = ["佐藤 一郎", "鈴木 二郎", "高橋 三郎", "田中 四郎", "伊藤 五郎", "渡辺 六郎"];

describe.each(testDrivers)("a launch-day burst into one city on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);
  const sneakers = (
    orderId: string,
    n: number,
    createdAt: string,
    [postalCode, address]: readonly [string, string],
  ) => ({
    orderId,
    createdAt,
    customer: { id: `${orderId}-C` },
    billing: {
      name: NAMES[n % NAMES.length],
      postalCode,
      address,
      phone: `090-${String(2000 + n)}-${String(3000 + n)}`,
    },
    items: [{ sku: "SN-LTD", category: "sneakers", quantity: 1, unitPrice: 19800 }],
    amount: 19800,
  });
  // A shop selling sneakers all over Japan: three weeks of buyers, none in 世田谷区.
  async function nationalShop() {
    const site = await createTestSite(ctx);
    for (let i = 0; i < 24; i++) {
      const day = String(1 + i).padStart(2, "0");
      const where = ELSEWHERE[i % ELSEWHERE.length] ?? ELSEWHERE[0];
      await call("POST", site.secretKey, "/v1/orders", sneakers(`NS-${i}`, i, `2026-10-${day}T12:00:00+09:00`, where));
    }
    return site;
  }
  const setagaya = (block: number) => ["154-0004", `東京都世田谷区太子堂${block}-3-4`] as const;

  it("holds the third account of one ward buying the release, and scores the first two again, naming why", async () => {
    const site = await nationalShop();
    const first = await jsonOf(
      await call("POST", site.secretKey, "/v1/orders", sneakers("BU-1", 31, "2026-11-24T10:01:00+09:00", setagaya(1))),
    );
    await call("POST", site.secretKey, "/v1/orders", sneakers("BU-2", 32, "2026-11-24T10:06:00+09:00", setagaya(2)));
    const third = await jsonOf(
      await call("POST", site.secretKey, "/v1/orders", sneakers("BU-3", 33, "2026-11-24T10:09:00+09:00", setagaya(3))),
    );
    const burst = third.reasons.find((r: { code: string }) => r.code === "resale_burst");
    expect(burst?.message).toMatch(/3 アカウント.*世田谷区/);
    expect(third.decision).not.toBe("accept");
    // Nothing joins them: no shared name, door, phone, card or line.
    expect(third.links.orders).toEqual([]);
    expect(first.reasons.map((r: { code: string }) => r.code)).not.toContain("resale_burst");
    await ctx.deps.background.idle(site.siteId);
    const firstNow = await jsonOf(await call("GET", site.secretKey, "/v1/orders/BU-1"));
    expect(firstNow.reasons.map((r: { code: string }) => r.code)).toContain("resale_burst");
    expect(firstNow.rescored).toMatchObject({ by: "BU-3", scoreBefore: first.score });
    expect(firstNow.decision).not.toBe("accept");
  });

  it("puts the burst's accounts in one group for the reviewer, though nothing links them", async () => {
    const site = await nationalShop();
    // The first buyer's account ordered before, at home: its own group, which the burst joins whole.
    const before = { ...sneakers("GR-0", 31, "2026-11-20T19:00:00+09:00", setagaya(1)), orderId: "GR-earlier" };
    await call("POST", site.secretKey, "/v1/orders", {
      ...before,
      items: [{ sku: "TEE", category: "apparel", quantity: 1, unitPrice: 2900 }],
      amount: 2900,
    });
    const answers = [];
    for (const [i, at] of ["10:01", "10:06", "10:09"].entries()) {
      const body = sneakers(`GR-${i}`, 31 + i, `2026-11-24T${at}:00+09:00`, setagaya(1 + i));
      answers.push(await jsonOf(await call("POST", site.secretKey, "/v1/orders", body)));
    }
    await ctx.deps.background.idle(site.siteId);
    const now = await Promise.all(
      [0, 1, 2].map(async (i) => jsonOf(await call("GET", site.secretKey, `/v1/orders/GR-${i}`))),
    );
    const earlier = await jsonOf(await call("GET", site.secretKey, "/v1/orders/GR-earlier"));
    const rings = new Set([...now, earlier].map((o) => o.links.ringId));
    expect(rings.size).toBe(1);
    expect([...rings][0]).toEqual(expect.any(String));
    // The ring the burst's order was answered with, the first buyer's own: scoring the others again keeps it.
    expect([...rings][0]).toBe(answers[2].links.ringId);
    expect(now[0].links.orders).toEqual(["GR-earlier"]);
    for (const o of now.slice(1)) expect(o.links.orders).toEqual([]);
    // What ties them, for the reviewer: the category bought into one city.
    const ring = await jsonOf(await call("GET", site.secretKey, `/v1/rings/${[...rings][0]}`));
    expect(ring.accounts).toBe(3);
    expect(ring.orders).toHaveLength(4);
    expect(ring.identifiers).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "areaCategory", orders: 3 })]),
    );
    // The buyers elsewhere, in no burst, stay out of it.
    const elsewhere = await jsonOf(await call("GET", site.secretKey, "/v1/orders/NS-23"));
    expect(elsewhere.links.ringId ?? null).not.toBe([...rings][0]);
  });

  it("accepts three buyers of the release in three cities, and three of one ward on a shop that sells to that ward", async () => {
    const site = await nationalShop();
    const spread = [ELSEWHERE[0], ELSEWHERE[2], ELSEWHERE[4]] as const;
    for (const [i, where] of spread.entries()) {
      const answer = await jsonOf(
        await call(
          "POST",
          site.secretKey,
          "/v1/orders",
          sneakers(`SP-${i}`, 40 + i, `2026-11-24T10:0${i}:00+09:00`, where),
        ),
      );
      expect(answer.reasons.map((r: { code: string }) => r.code)).not.toContain("resale_burst");
    }
    const local = await createTestSite(ctx);
    for (let i = 0; i < 24; i++) {
      const day = String(1 + i).padStart(2, "0");
      const where = i % 4 === 0 ? (ELSEWHERE[0] as readonly [string, string]) : setagaya(1 + (i % 9));
      await call("POST", local.secretKey, "/v1/orders", sneakers(`LS-${i}`, i, `2026-10-${day}T12:00:00+09:00`, where));
    }
    for (let i = 0; i < 3; i++) {
      const answer = await jsonOf(
        await call(
          "POST",
          local.secretKey,
          "/v1/orders",
          sneakers(`LB-${i}`, 50 + i, `2026-11-24T10:0${i}:00+09:00`, setagaya(5 + i)),
        ),
      );
      expect(answer.reasons.map((r: { code: string }) => r.code)).not.toContain("resale_burst");
    }
  });
});
