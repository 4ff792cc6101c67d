import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { ADMIN_TOKEN, jsonOf, useTestApp } from "../testing/test-app.js";

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
