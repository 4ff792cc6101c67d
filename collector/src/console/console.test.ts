import { describe, expect, it } from "vitest";
import { createConsoleUser } from "../accounts/users.js";
import { consoleClient, signInOwner } from "../testing/console-client.js";
import { testDrivers } from "../testing/databases.js";
import { ADMIN_TOKEN, callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("the review console on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  // Three accounts under three names on one phone and one address: a resale ring.
  async function seedRing(secretKey: string, prefix: string) {
    const names = ["佐藤 一郎", "鈴木 二郎", "高橋 三郎"];
    const answers = [];
    for (const [i, name] of names.entries()) {
      const res = await call("POST", secretKey, "/v1/orders", {
        orderId: `${prefix}-${i}`,
        customer: { id: `${prefix}-C${i}`, email: `buyer${i}.${prefix.toLowerCase()}@example.jp` },
        billing: { name, phone: "080-5555-0101", postalCode: "135-0043", address: "東京都江東区塩浜2丁目13番1号" },
        items: [{ category: "game_console", quantity: 2, unitPrice: 49_980 }],
        amount: 99_960,
      });
      answers.push(await jsonOf(res));
    }
    await ctx.deps.background.idle();
    return answers;
  }

  it("sends a stranger to sign in, keeping where they were going", async () => {
    const site = await createTestSite(ctx);
    const res = await consoleClient(ctx).get(`/console/sites/${site.siteId}?view=all`);
    expect(res.status).toBe(303);
    expect(res.location).toBe(`/console/sign-in?back=${encodeURIComponent(`/console/sites/${site.siteId}?view=all`)}`);
  });

  it("signs the owner in with the admin token in an HttpOnly, SameSite cookie, and refuses a wrong one", async () => {
    const browser = consoleClient(ctx);
    await browser.get("/console/sign-in");
    const wrong = await browser.post("/console/sign-in", { kind: "owner", token: "not-the-token" });
    expect(wrong.status).toBe(400);
    expect(wrong.html).toContain("トークン");
    const right = await browser.post("/console/sign-in", { kind: "owner", token: ADMIN_TOKEN, back: "/console/users" });
    expect(right.status).toBe(303);
    expect(right.location).toBe("/console/users");
    const cookie = right.headers.getSetCookie().find((l) => l.startsWith("shinsa_session="));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/console/);
    expect(cookie).not.toMatch(/Secure/); // plain http in tests; https sets it
  });

  it("never sends a signed-in person to another host after sign-in", async () => {
    const browser = consoleClient(ctx);
    await browser.get("/console/sign-in");
    const res = await browser.post("/console/sign-in", { kind: "owner", token: ADMIN_TOKEN, back: "//evil.example/" });
    expect(res.location).toBe("/console");
  });

  it("shows the queue with what awaits review, and finds an order by an address written another way", async () => {
    const site = await createTestSite(ctx);
    await seedRing(site.secretKey, "QA");
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    const all = await browser.get(`/console/sites/${site.siteId}?view=all`);
    expect(all.status).toBe(200);
    for (const id of ["QA-0", "QA-1", "QA-2"]) expect(all.html).toContain(id);
    const found = await browser.get(
      `/console/sites/${site.siteId}?view=all&q=${encodeURIComponent("東京都江東区塩浜二丁目１３－１")}`,
    );
    expect(found.html).toContain("QA-1");
    const none = await browser.get(
      `/console/sites/${site.siteId}?view=all&q=${encodeURIComponent("東京都江東区塩浜三丁目1-1")}`,
    );
    expect(none.html).not.toContain("QA-1");
    expect(all.headers.get("content-security-policy")).toContain("default-src 'none'");
    // Not no-referrer: with it a browser posts forms with Origin: null, which the console refuses.
    expect(all.headers.get("referrer-policy")).toBe("same-origin");
  });

  it("refuses every form without the right CSRF token or from another origin", async () => {
    const site = await createTestSite(ctx);
    await seedRing(site.secretKey, "CS");
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    const path = `/console/sites/${site.siteId}/orders/CS-0/decision`;
    expect((await browser.post(path, { label: "fraud" }, { csrf: null })).status).toBe(403);
    expect((await browser.post(path, { label: "fraud" }, { csrf: "forged-token" })).status).toBe(403);
    expect((await browser.post(path, { label: "fraud" }, { headers: { origin: "https://evil.example" } })).status).toBe(
      403,
    );
    expect((await browser.post("/console/users", { email: "x@example.jp" }, { csrf: null })).status).toBe(403);
    expect((await browser.post("/console/sign-out", {}, { csrf: null })).status).toBe(403);
    const order = await jsonOf(await call("GET", site.secretKey, "/v1/orders/CS-0"));
    expect(order.label).toBeNull();
    // The same form with its token goes through.
    expect((await browser.post(path, { label: "fraud" })).status).toBe(303);
  });

  it("records a reviewer's decision with its note, and a resale label raises the linked orders' scores", async () => {
    const site = await createTestSite(ctx);
    await seedRing(site.secretKey, "RS");
    const before = await jsonOf(await call("GET", site.secretKey, "/v1/orders/RS-1"));
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    const res = await browser.post(`/console/sites/${site.siteId}/orders/RS-0/decision`, {
      label: "resale",
      note: "同じ住所で3アカウント",
    });
    expect(res.status).toBe(303);
    await ctx.deps.background.idle();
    const page = await browser.get(res.location ?? "");
    expect(page.html).toContain("同じ住所で3アカウント");
    expect(page.html).toContain("owner");
    const after = await jsonOf(await call("GET", site.secretKey, "/v1/orders/RS-1"));
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(["phone_linked_to_fraud", "negative_list"]),
    );
    expect(before.reasons.map((r: { code: string }) => r.code)).not.toContain("negative_list");
  });

  it("keeps an analyst to the sites they were given: another site's pages are 404 and show nothing of it", async () => {
    const mine = await createTestSite(ctx);
    const theirs = await createTestSite(ctx);
    await seedRing(mine.secretKey, "MI");
    await seedRing(theirs.secretKey, "TH");
    await createConsoleUser(
      ctx.deps.db,
      {
        email: "analyst@example.jp",
        name: "Analyst",
        password: "correct horse battery",
        role: "analyst",
        sites: [mine.siteId],
      },
      [mine.siteId, theirs.siteId],
    );
    const browser = consoleClient(ctx);
    await browser.get("/console/sign-in");
    const signedIn = await browser.post("/console/sign-in", {
      kind: "user",
      email: "Analyst@example.jp",
      password: "correct horse battery",
    });
    expect(signedIn.status).toBe(303);
    expect((await browser.get(`/console/sites/${mine.siteId}?view=all`)).html).toContain("MI-0");
    for (const path of [
      `/console/sites/${theirs.siteId}`,
      `/console/sites/${theirs.siteId}/orders/TH-0`,
      `/console/sites/${mine.siteId}/orders/TH-0`,
      "/console/users",
    ]) {
      const res = await browser.get(path);
      expect(res.status, path).toBe(404);
      expect(res.html).not.toContain("TH-0");
      expect(res.html).not.toContain(theirs.siteId);
    }
    const post = await browser.post(`/console/sites/${theirs.siteId}/orders/TH-0/decision`, { label: "fraud" });
    expect(post.status).toBe(404);
    expect((await jsonOf(await call("GET", theirs.secretKey, "/v1/orders/TH-0"))).label).toBeNull();
  });

  it("slows down repeated failed sign-ins with 429 and Retry-After", async () => {
    await createConsoleUser(
      ctx.deps.db,
      { email: "target@example.jp", name: "T", password: "a long enough password", role: "admin", sites: [] },
      [],
    );
    const browser = consoleClient(ctx);
    await browser.get("/console/sign-in");
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await browser.post("/console/sign-in", { kind: "user", email: "target@example.jp", password: `guess-${i}` }))
          .status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
    expect(statuses).toContain(429);
    const throttled = await browser.post("/console/sign-in", {
      kind: "user",
      email: "target@example.jp",
      password: "a long enough password",
    });
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("signs out: the old cookie opens nothing any more", async () => {
    const site = await createTestSite(ctx);
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    const cookie = browser.cookies.get("shinsa_session");
    expect((await browser.get(`/console/sites/${site.siteId}`)).status).toBe(200);
    expect((await browser.post("/console/sign-out", {})).status).toBe(303);
    const replay = await ctx.app.request(`/console/sites/${site.siteId}`, {
      headers: { cookie: `shinsa_session=${cookie}` },
    });
    expect(replay.status).toBe(303);
  });

  it("speaks English by Accept-Language or by the switch, Japanese by default", async () => {
    const site = await createTestSite(ctx);
    const ja = await signInOwner(ctx, ADMIN_TOKEN);
    expect((await ja.get(`/console/sites/${site.siteId}`)).html).toContain("審査キュー");
    const switched = await ja.post("/console/language", { lang: "en", back: `/console/sites/${site.siteId}` });
    expect(switched.location).toBe(`/console/sites/${site.siteId}`);
    const page = await ja.get(switched.location ?? "");
    expect(page.html).toContain("Review queue");
    expect(page.html).toContain('lang="en"');
    const byHeader = consoleClient(ctx, { "accept-language": "en-US,en;q=0.9" });
    expect((await byHeader.get("/console/sign-in")).html).toContain("Sign in");
  });

  it("tells a reviewer why a ring's first order was scored again, and what it was first given", async () => {
    const site = await createTestSite(ctx);
    const answers = await seedRing(site.secretKey, "RR");
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    const page = await browser.get(`/console/sites/${site.siteId}/orders/RR-0`);
    expect(page.status).toBe(200);
    const line = /data-testid="rescored">([^<]*)</.exec(page.html)?.[1] ?? "";
    expect(line).toContain("RR-2");
    expect(line).toContain(`スコア ${answers[0].score}`);
  });

  it("draws a ring as an SVG graph with its timeline and totals", async () => {
    const site = await createTestSite(ctx);
    const answers = await seedRing(site.secretKey, "RG");
    const ringId = answers.at(-1).links.ringId;
    expect(ringId).toMatch(/^ring_/);
    const browser = await signInOwner(ctx, ADMIN_TOKEN);
    const page = await browser.get(`/console/sites/${site.siteId}/rings/${ringId}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('data-testid="ring-graph"');
    expect(page.html.match(/data-node="order"/g)?.length).toBe(3);
    expect(page.html).toMatch(/data-node="identifier"/);
    expect(page.html).toMatch(/[¥￥]299,880/);
  });
});
