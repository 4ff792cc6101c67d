import { describe, expect, it } from "vitest";
import { parseConfig } from "./env.js";

describe("parseConfig", () => {
  it("uses the contract's defaults on an empty environment", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ port: 8787, databaseUrl: undefined, dataDir: ".data", trustProxy: { hops: 0 } });
    expect(config.tokenTtlMs).toBe(24 * 3_600_000);
  });

  it("generates an admin token when none is set, and says so", () => {
    const config = parseConfig({});
    expect(config.adminToken).toMatch(/^adm_.{30,}/);
    expect(config.adminTokenGenerated).toBe(true);
    expect(parseConfig({ SHINSA_ADMIN_TOKEN: "a-long-enough-admin-token" }).adminTokenGenerated).toBe(false);
  });

  it("calls private webhook receivers only when the operator says so, or in the demo unless told not to", () => {
    const allow = (env: Record<string, string>) => parseConfig(env).webhooks.allowPrivate;
    expect(allow({})).toBe(false);
    expect(allow({ SHINSA_WEBHOOK_ALLOW_PRIVATE: "1" })).toBe(true);
    expect(allow({ SHINSA_DEMO: "1" })).toBe(true);
    expect(allow({ SHINSA_DEMO: "1", SHINSA_WEBHOOK_ALLOW_PRIVATE: "0" })).toBe(false);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  it.each([
    [undefined, { hops: 0 }],
    ["off", { hops: 0 }],
    ["1", { hops: 1 }],
    ["true", { hops: 1 }],
    ["2", { hops: 2 }],
    ["10.0.0.0/8, 127.0.0.1", { proxies: ["10.0.0.0/8", "127.0.0.1"] }],
    ["loopback,fd00::/8", { proxies: ["loopback", "fd00::/8"] }],
  ])("reads SHINSA_TRUST_PROXY=%s as a hop count or the proxies' addresses", (value, trust) => {
    expect(parseConfig(value === undefined ? {} : { SHINSA_TRUST_PROXY: value }).trustProxy).toEqual(trust);
  });

  it.each(["10.0.0.0/33", "nginx", "99"])("refuses SHINSA_TRUST_PROXY=%s", (value) => {
    expect(() => parseConfig({ SHINSA_TRUST_PROXY: value })).toThrow(/SHINSA_TRUST_PROXY/);
  });

  it.each([
    ["a port that is not a number", { PORT: "eighty" }, "PORT"],
    ["a database URL of another kind", { DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    ["a short admin token", { SHINSA_ADMIN_TOKEN: "short" }, "SHINSA_ADMIN_TOKEN"],
  ])("stops on %s, naming the variable", (_, env, name) => {
    expect(() => parseConfig(env)).toThrow(name);
  });
});
