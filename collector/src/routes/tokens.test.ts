import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { CHROME_UA, createTestSite, devicePayload, jsonOf, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("GET /v1/tokens/{token} on %s", (driver) => {
  const ctx = useTestApp(driver);
  const issue = async (publicKey: string, overrides: Record<string, unknown> = {}, ua = CHROME_UA) => {
    const res = await ctx.app.request("/v1/collect", {
      method: "POST",
      headers: { "user-agent": ua, "accept-language": "ja-JP" },
      body: JSON.stringify(devicePayload(publicKey, overrides)),
    });
    return (await jsonOf(res)).token as string;
  };
  const lookUp = (token: string, secretKey: string) =>
    ctx.app.request(`/v1/tokens/${token}`, { headers: { authorization: `Bearer ${secretKey}` } });

  it("answers what the device told us, with parsed user agent, ids, flags and history", async () => {
    const site = await createTestSite(ctx);
    const token = await issue(site.publicKey);
    const res = await lookUp(token, site.secretKey);
    expect(res.status).toBe(200);
    const device = await jsonOf(res);
    expect(device).toMatchObject({
      token,
      browser: { name: "Chrome" },
      os: { name: "Windows" },
      device: { type: "desktop" },
      flags: { bot: false, automation: false, tampering: false, timezoneMismatch: false },
      history: { visits: 1 },
    });
    expect(device.deviceId).toMatch(/^dev_/);
    expect(device.hardwareId).toMatch(/^hw_/);
    expect(device.visitorId).toMatch(/^v_/);
  });

  it("gives the same browser the same deviceId across visits, and counts them", async () => {
    const site = await createTestSite(ctx);
    const a = await jsonOf(await lookUp(await issue(site.publicKey), site.secretKey));
    const b = await jsonOf(await lookUp(await issue(site.publicKey), site.secretKey));
    expect(b.deviceId).toBe(a.deviceId);
    expect(b.visitorId).not.toBe(a.visitorId);
    expect(b.history.visits).toBe(2);
  });

  it("flags a page whose navigator.userAgent contradicts its User-Agent header as tampering", async () => {
    const site = await createTestSite(ctx);
    const token = await issue(site.publicKey, {}, "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0.0.0");
    const device = await jsonOf(await lookUp(token, site.secretKey));
    expect(device.flags.tampering).toBe(true);
    expect(device.flags.automation).toBe(true);
    expect(device.flagReasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(["user_agent_mismatch", "headless_user_agent"]),
    );
  });

  it("words the flags' reasons in Japanese, or in English with Accept-Language: en, as an order's reasons", async () => {
    const site = await createTestSite(ctx);
    const token = await issue(site.publicKey, {}, "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0.0.0");
    const ja = await jsonOf(await lookUp(token, site.secretKey));
    const en = await jsonOf(
      await ctx.app.request(`/v1/tokens/${token}`, {
        headers: { authorization: `Bearer ${site.secretKey}`, "accept-language": "en-US,en;q=0.9" },
      }),
    );
    type Reason = { code: string; message: string; ja?: string };
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
    expect(ja.flagReasons.length).toBeGreaterThan(0);
    for (const r of ja.flagReasons as Reason[]) expect(r.message).toMatch(japanese);
    for (const r of en.flagReasons as Reason[]) expect(r.message).not.toMatch(japanese);
    // The same reasons either way, and the Japanese text stays in `ja` for callers that read it.
    expect((en.flagReasons as Reason[]).map((r) => r.code)).toEqual((ja.flagReasons as Reason[]).map((r) => r.code));
    expect((en.flagReasons as Reason[]).map((r) => r.ja)).toEqual((ja.flagReasons as Reason[]).map((r) => r.message));
  });

  it("answers 404 to a secret key of another site, as if the token did not exist", async () => {
    const siteA = await createTestSite(ctx);
    const siteB = await createTestSite(ctx);
    const token = await issue(siteB.publicKey);
    const res = await lookUp(token, siteA.secretKey);
    expect(res.status).toBe(404);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "not_found" } });
    expect((await lookUp(token, siteB.secretKey)).status).toBe(200);
  });

  it("answers 404 to an unknown token", async () => {
    const site = await createTestSite(ctx);
    expect((await lookUp("tok_nothing_here", site.secretKey)).status).toBe(404);
  });

  it("answers 401 without a secret key, or with a public key in its place", async () => {
    const site = await createTestSite(ctx);
    const token = await issue(site.publicKey);
    expect((await ctx.app.request(`/v1/tokens/${token}`)).status).toBe(401);
    expect((await lookUp(token, site.publicKey)).status).toBe(401);
    expect((await lookUp(token, "sk_not_a_real_key_at_all")).status).toBe(401);
  });

  it("answers 410 token_expired after the token's lifetime", async () => {
    const site = await createTestSite(ctx);
    const token = await issue(site.publicKey);
    ctx.setNow(new Date(Date.now() + 25 * 3_600_000));
    try {
      const res = await lookUp(token, site.secretKey);
      expect(res.status).toBe(410);
      expect(await jsonOf(res)).toMatchObject({ error: { code: "token_expired" } });
    } finally {
      ctx.setNow(new Date());
    }
  });
});
