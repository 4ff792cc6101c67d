import { describe, expect, it } from "vitest";
import { useTestApp } from "../testing/test-app.js";

// No database is involved; one driver is enough.
describe("GET /sdk.js", () => {
  const ctx = useTestApp("pglite");

  it("serves the bundle as JavaScript with an ETag and a cache lifetime", async () => {
    const res = await ctx.app.request("/sdk.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/javascript/);
    expect(res.headers.get("etag")).toBe('"test-etag"');
    expect(res.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(await res.text()).toBe("/* sdk */");
  });

  it("answers 304 without a body when the ETag still matches", async () => {
    const res = await ctx.app.request("/sdk.js", { headers: { "if-none-match": '"test-etag"' } });
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
  });

  it("may be loaded by pages of any origin", async () => {
    const res = await ctx.app.request("/sdk.js");
    expect(res.headers.get("cross-origin-resource-policy")).toBe("cross-origin");
  });
});
