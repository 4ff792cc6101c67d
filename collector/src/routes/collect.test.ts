import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { CHROME_UA, createTestSite, devicePayload, jsonOf, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("POST /v1/collect on %s", (driver) => {
  const ctx = useTestApp(driver);
  const collect = (body: unknown, headers: Record<string, string> = {}) =>
    ctx.app.request("/v1/collect", {
      method: "POST",
      headers: { "content-type": "text/plain", "user-agent": CHROME_UA, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  it("issues an unguessable token that expires in 24 hours", async () => {
    const site = await createTestSite(ctx);
    const res = await collect(devicePayload(site.publicKey), { origin: "https://shop.example" });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://shop.example");
    const body = await jsonOf(res);
    expect(body.token).toMatch(/^tok_[A-Za-z0-9_-]{32}$/);
    const hours = (Date.parse(body.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
  });

  it("keeps the visitor id the browser sent, and makes one on a first visit", async () => {
    const site = await createTestSite(ctx);
    const first = await jsonOf(await collect(devicePayload(site.publicKey)));
    expect(first.visitorId).toMatch(/^v_/);
    const again = await jsonOf(await collect(devicePayload(site.publicKey, { visitorId: "v_kept_123456" })));
    expect(again.visitorId).toBe("v_kept_123456");
  });

  it("joins an update from the same page to the same token", async () => {
    const site = await createTestSite(ctx);
    const { token } = await jsonOf(await collect(devicePayload(site.publicKey)));
    const update = {
      v: 1,
      type: "update",
      key: site.publicKey,
      sessionId: "sess_0123456789",
      token,
      signals: { storage: { localStorage: true, sessionStorage: true, indexedDB: true, cookies: true, quotaMB: 20 } },
    };
    const res = await collect(update);
    expect(res.status).toBe(200);
    expect((await jsonOf(res)).token).toBe(token);
    const looked = await ctx.app.request(`/v1/tokens/${token}`, {
      headers: { authorization: `Bearer ${site.secretKey}` },
    });
    const device = await jsonOf(looked);
    expect(device.signals.storage.quotaMB).toBe(20);
    expect(device.signals.canvas).toBe("c1");
    expect(device.flags.incognito).toBe(true);
  });

  it("puts the visitor id the browser's stores kept on the token when an update brings it", async () => {
    const site = await createTestSite(ctx);
    const issued = await jsonOf(await collect(devicePayload(site.publicKey)));
    const update = { v: 1, type: "update", key: site.publicKey, sessionId: "sess_0123456789", token: issued.token };
    const answer = await jsonOf(await collect({ ...update, visitorId: "v_kept_123456" }));
    expect(answer.visitorId).toBe("v_kept_123456");
    // A later update without one keeps it.
    await collect({ ...update, signals: { math: "m2" } });
    const looked = await ctx.app.request(`/v1/tokens/${issued.token}`, {
      headers: { authorization: `Bearer ${site.secretKey}` },
    });
    expect((await jsonOf(looked)).visitorId).toBe("v_kept_123456");
  });

  it("lets the page read how long the collector took (Server-Timing)", async () => {
    const site = await createTestSite(ctx);
    const res = await collect(devicePayload(site.publicKey), { origin: "https://shop.example" });
    expect(res.headers.get("server-timing")).toMatch(/^collect;dur=\d+(\.\d)?$/);
    expect(res.headers.get("timing-allow-origin")).toBe("https://shop.example");
  });

  it("refuses an update from another page session with 404", async () => {
    const site = await createTestSite(ctx);
    const { token } = await jsonOf(await collect(devicePayload(site.publicKey)));
    const res = await collect({ v: 1, type: "update", key: site.publicKey, sessionId: "sess_other_9999", token });
    expect(res.status).toBe(404);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "token_not_found" } });
  });

  it("refuses an unknown public key with 401 and the error shape", async () => {
    const res = await collect(devicePayload("pk_doesnotexist00000"));
    expect(res.status).toBe(401);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "unknown_site_key" } });
  });

  it("refuses a page whose origin the site does not list with 403", async () => {
    const site = await createTestSite(ctx);
    const res = await collect(devicePayload(site.publicKey), { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(await jsonOf(res)).toMatchObject({ error: { code: "origin_not_allowed" } });
  });

  it("answers a preflight from a listed origin, and refuses one from an unlisted origin", async () => {
    await createTestSite(ctx, ["https://preflight.example"]);
    const ok = await ctx.app.request("/v1/collect", {
      method: "OPTIONS",
      headers: { origin: "https://preflight.example" },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://preflight.example");
    const no = await ctx.app.request("/v1/collect", { method: "OPTIONS", headers: { origin: "https://evil.example" } });
    expect(no.status).toBe(403);
  });

  it.each([
    ["malformed JSON", "{not json", 400, "invalid_json"],
    ["an empty body", "", 400, "invalid_json"],
    ["a payload of an unknown version", { v: 99, type: "device" }, 400, "invalid_body"],
    [
      "a payload without signals",
      { v: 1, type: "device", key: "pk_abcdefgh12", sessionId: "s1234567", visitorId: null },
      400,
      "invalid_body",
    ],
  ])("refuses %s with %i %s", async (_, body, status, code) => {
    const res = await collect(body);
    expect(res.status).toBe(status);
    expect(await jsonOf(res)).toMatchObject({ error: { code } });
  });

  it("refuses a body over 64 KB with 413 and stores nothing", async () => {
    const site = await createTestSite(ctx);
    const huge = devicePayload(site.publicKey, { padding: "x".repeat(70 * 1024) });
    const res = await collect(huge);
    expect(res.status).toBe(413);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "payload_too_large" } });
  });

  it("records the request's IP from X-Forwarded-For only when told a proxy is trusted", async () => {
    const site = await createTestSite(ctx);
    const { token } = await jsonOf(await collect(devicePayload(site.publicKey), { "x-forwarded-for": "203.0.113.9" }));
    const device = await jsonOf(
      await ctx.app.request(`/v1/tokens/${token}`, { headers: { authorization: `Bearer ${site.secretKey}` } }),
    );
    expect(device.ip).not.toBe("203.0.113.9");
  });
});

describe("POST /v1/collect behind a trusted proxy", () => {
  const ctx = useTestApp("pglite", { SHINSA_TRUST_PROXY: "1" });

  // The client wrote 203.0.113.9 itself; the one proxy in front appended 198.51.100.4, the address
  // it was reached from. Only that entry is the proxy's word.
  it("takes the client IP from the X-Forwarded-For entry the trusted proxy appended, not the client's own", async () => {
    const site = await createTestSite(ctx);
    const res = await ctx.app.request("/v1/collect", {
      method: "POST",
      headers: { "x-forwarded-for": "203.0.113.9, 198.51.100.4", "user-agent": CHROME_UA },
      body: JSON.stringify(devicePayload(site.publicKey)),
    });
    const { token } = await jsonOf(res);
    const device = await jsonOf(
      await ctx.app.request(`/v1/tokens/${token}`, { headers: { authorization: `Bearer ${site.secretKey}` } }),
    );
    expect(device.ip).toBe("198.51.100.4");
  });
});
