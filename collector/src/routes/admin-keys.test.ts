import { describe, expect, it } from "vitest";
import { rotateSecretKey } from "../sites/secret-keys.js";
import { testDrivers } from "../testing/databases.js";
import { ADMIN_TOKEN, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("a site's secret keys on %s", (driver) => {
  const ctx = useTestApp(driver);
  const admin = (method: string, path: string, token = ADMIN_TOKEN) =>
    ctx.app.request(path, { method, headers: { authorization: `Bearer ${token}` } });
  const works = async (secretKey: string) =>
    (await ctx.app.request("/v1/orders", { headers: { authorization: `Bearer ${secretKey}` } })).status;
  const keysOf = async (siteId: string) => (await jsonOf(await admin("GET", `/v1/admin/sites/${siteId}/keys`))).keys;

  it("lists a site's live keys masked, with when each was made and last used", async () => {
    const site = await createTestSite(ctx);
    const [key] = await keysOf(site.siteId);
    expect(key).toEqual({
      keyId: expect.stringMatching(/^key_/),
      prefix: `sk_…${site.secretKey.slice(-4)}`,
      createdAt: expect.any(String),
      lastUsedAt: null,
    });
    expect(await works(site.secretKey)).toBe(200);
    expect((await keysOf(site.siteId))[0].lastUsedAt).toEqual(expect.any(String));
  });

  it("rotates without downtime: a second key works beside the first, then the first is revoked at once", async () => {
    const site = await createTestSite(ctx);
    const [first] = await keysOf(site.siteId);
    const created = await admin("POST", `/v1/admin/sites/${site.siteId}/keys`);
    expect(created.status).toBe(201);
    const second = await jsonOf(created);
    expect(second).toEqual({ keyId: expect.stringMatching(/^key_/), secretKey: expect.stringMatching(/^sk_/) });
    // Both work, and the first is now trusted by the auth cache.
    expect(await works(site.secretKey)).toBe(200);
    expect(await works(second.secretKey)).toBe(200);
    const revoked = await admin("DELETE", `/v1/admin/sites/${site.siteId}/keys/${first.keyId}`);
    expect(revoked.status).toBe(200);
    expect(await works(site.secretKey)).toBe(401);
    expect(await works(second.secretKey)).toBe(200);
    expect((await keysOf(site.siteId)).map((k: { keyId: string }) => k.keyId)).toEqual([second.keyId]);
    expect(JSON.stringify(await keysOf(site.siteId))).not.toContain(second.secretKey);
  });

  it("refuses a third live key with 409 until one is revoked", async () => {
    const site = await createTestSite(ctx);
    expect((await admin("POST", `/v1/admin/sites/${site.siteId}/keys`)).status).toBe(201);
    const third = await admin("POST", `/v1/admin/sites/${site.siteId}/keys`);
    expect(third.status).toBe(409);
    expect((await jsonOf(third)).error.code).toBe("too_many_keys");
    expect(await keysOf(site.siteId)).toHaveLength(2);
  });

  it("refuses to revoke the last live key with 409, and the key keeps working", async () => {
    const site = await createTestSite(ctx);
    const [only] = await keysOf(site.siteId);
    const res = await admin("DELETE", `/v1/admin/sites/${site.siteId}/keys/${only.keyId}`);
    expect(res.status).toBe(409);
    expect((await jsonOf(res)).error.code).toBe("last_key");
    expect(await works(site.secretKey)).toBe(200);
  });

  it("answers 404 for another site's key, and that key keeps working", async () => {
    const mine = await createTestSite(ctx);
    const theirs = await createTestSite(ctx);
    await admin("POST", `/v1/admin/sites/${mine.siteId}/keys`);
    const [their] = await keysOf(theirs.siteId);
    const res = await admin("DELETE", `/v1/admin/sites/${mine.siteId}/keys/${their.keyId}`);
    expect(res.status).toBe(404);
    expect(await works(theirs.secretKey)).toBe(200);
    expect((await keysOf(mine.siteId)).map((k: { keyId: string }) => k.keyId)).not.toContain(their.keyId);
  });

  it("answers 404 for a site that does not exist or a key already revoked", async () => {
    expect((await admin("GET", "/v1/admin/sites/site_nothing/keys")).status).toBe(404);
    expect((await admin("POST", "/v1/admin/sites/site_nothing/keys")).status).toBe(404);
    const site = await createTestSite(ctx);
    const [first] = await keysOf(site.siteId);
    await admin("POST", `/v1/admin/sites/${site.siteId}/keys`);
    expect((await admin("DELETE", `/v1/admin/sites/${site.siteId}/keys/${first.keyId}`)).status).toBe(200);
    expect((await admin("DELETE", `/v1/admin/sites/${site.siteId}/keys/${first.keyId}`)).status).toBe(404);
  });

  it("refuses an unknown query parameter on the lists with 400", async () => {
    const site = await createTestSite(ctx);
    for (const path of [`/v1/admin/sites/${site.siteId}/keys?all=1`, "/v1/admin/sites?limit=5"]) {
      const res = await admin("GET", path);
      expect(res.status, path).toBe(400);
      expect((await jsonOf(res)).error.code).toBe("invalid_query");
    }
  });

  it("refuses the site's own secret key on the key routes", async () => {
    const site = await createTestSite(ctx);
    expect((await admin("GET", `/v1/admin/sites/${site.siteId}/keys`, site.secretKey)).status).toBe(401);
    expect((await admin("POST", `/v1/admin/sites/${site.siteId}/keys`, site.secretKey)).status).toBe(401);
  });

  it("keeps the two newest keys live when the demo rotates at each start", async () => {
    const site = await createTestSite(ctx);
    const second = await rotateSecretKey(ctx.deps.db, site.siteId, new Date());
    const third = await rotateSecretKey(ctx.deps.db, site.siteId, new Date());
    expect(await works(site.secretKey)).toBe(401);
    expect(await works(second)).toBe(200);
    expect(await works(third)).toBe(200);
    expect(await keysOf(site.siteId)).toHaveLength(2);
  });
});
