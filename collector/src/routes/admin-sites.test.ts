import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { ADMIN_TOKEN, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";

describe.each(testDrivers)("POST /v1/admin/sites on %s", (driver) => {
  const ctx = useTestApp(driver);
  const post = (body: unknown, token = ADMIN_TOKEN) =>
    ctx.app.request("/v1/admin/sites", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  it("creates a site with a public key and a secret key shown once", async () => {
    const res = await post({ name: "Demo shop", origins: ["https://shop.example"] });
    expect(res.status).toBe(201);
    const site = await jsonOf(res);
    expect(site.siteId).toMatch(/^site_/);
    expect(site.publicKey).toMatch(/^pk_/);
    expect(site.secretKey).toMatch(/^sk_/);
  });

  it("stores only the hash of the secret key", async () => {
    const { secretKey } = await jsonOf(await post({ name: "Hash shop" }));
    const rows = await ctx.database.db.query.secretKeys.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.keyHash).not.toContain(secretKey.slice(3));
  });

  it("normalises origins to scheme, host and port", async () => {
    const res = await post({ name: "Origins", origins: ["https://Shop.Example:443"] });
    expect(res.status).toBe(201);
  });

  it.each([
    ["a missing name", { origins: [] }],
    ["an origin with a path", { name: "x", origins: ["https://shop.example/checkout"] }],
    ["an origin that is not http", { name: "x", origins: ["ftp://shop.example"] }],
  ])("refuses %s with 400 invalid_body", async (_, body) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "invalid_body" } });
  });

  it("refuses malformed JSON with 400 invalid_json", async () => {
    const res = await post("{name:");
    expect(res.status).toBe(400);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "invalid_json" } });
  });

  it("refuses a wrong admin token with 401", async () => {
    const res = await post({ name: "x" }, "adm_wrong_token_000000000");
    expect(res.status).toBe(401);
    expect(await jsonOf(res)).toMatchObject({ error: { code: "unauthorized" } });
  });
});

describe.each(testDrivers)("GET and PATCH /v1/admin/sites on %s", (driver) => {
  const ctx = useTestApp(driver);
  const admin = (method: string, path: string, body?: unknown, token = ADMIN_TOKEN) =>
    ctx.app.request(path, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(body !== undefined && { body: typeof body === "string" ? body : JSON.stringify(body) }),
    });

  it("lists every site with its public key and origins, never a secret key", async () => {
    const a = await createTestSite(ctx, ["https://a.example"]);
    const b = await createTestSite(ctx, []);
    const res = await admin("GET", "/v1/admin/sites");
    expect(res.status).toBe(200);
    const { sites } = await jsonOf(res);
    const listed = sites.filter((s: { siteId: string }) => [a.siteId, b.siteId].includes(s.siteId));
    expect(listed).toEqual([
      {
        siteId: a.siteId,
        name: "Test shop",
        origins: ["https://a.example"],
        publicKey: a.publicKey,
        createdAt: expect.any(String),
      },
      { siteId: b.siteId, name: "Test shop", origins: [], publicKey: b.publicKey, createdAt: expect.any(String) },
    ]);
    expect(JSON.stringify(sites)).not.toContain("sk_");
  });

  it("renames a site and replaces its origins, leaving the other site as it was", async () => {
    const a = await createTestSite(ctx, ["https://a.example"]);
    const b = await createTestSite(ctx, ["https://b.example"]);
    const res = await admin("PATCH", `/v1/admin/sites/${a.siteId}`, {
      name: "本店",
      origins: ["https://Shop.Example:443"],
    });
    expect(res.status).toBe(200);
    expect(await jsonOf(res)).toMatchObject({ siteId: a.siteId, name: "本店", origins: ["https://shop.example"] });
    const renamed = await admin("PATCH", `/v1/admin/sites/${a.siteId}`, { name: "支店" });
    expect(await jsonOf(renamed)).toMatchObject({ name: "支店", origins: ["https://shop.example"] });
    const { sites } = await jsonOf(await admin("GET", "/v1/admin/sites"));
    expect(sites.find((s: { siteId: string }) => s.siteId === b.siteId)).toMatchObject({
      name: "Test shop",
      origins: ["https://b.example"],
    });
  });

  it("answers 404 for a site that does not exist", async () => {
    const res = await admin("PATCH", "/v1/admin/sites/site_nothing", { name: "x" });
    expect(res.status).toBe(404);
  });

  it.each([
    ["an empty change", {}],
    ["an empty name", { name: " " }],
    ["an origin with a path", { origins: ["https://shop.example/checkout"] }],
    ["an unknown field", { name: "x", publicKey: "pk_mine" }],
  ])("refuses %s with 400 and changes nothing", async (_, body) => {
    const site = await createTestSite(ctx, ["https://keep.example"]);
    const res = await admin("PATCH", `/v1/admin/sites/${site.siteId}`, body);
    expect(res.status).toBe(400);
    const { sites } = await jsonOf(await admin("GET", "/v1/admin/sites"));
    expect(sites.find((s: { siteId: string }) => s.siteId === site.siteId)).toMatchObject({
      name: "Test shop",
      origins: ["https://keep.example"],
      publicKey: site.publicKey,
    });
  });

  it("refuses a site's secret key where the admin token is wanted", async () => {
    const site = await createTestSite(ctx);
    expect((await admin("GET", "/v1/admin/sites", undefined, site.secretKey)).status).toBe(401);
    expect((await admin("PATCH", `/v1/admin/sites/${site.siteId}`, { name: "x" }, site.secretKey)).status).toBe(401);
  });
});
