import { describe, expect, it } from "vitest";
import { parseConfig } from "./env.js";

describe("parseConfig", () => {
  it("uses the contract's defaults on an empty environment", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({ port: 8787, databaseUrl: undefined, dataDir: ".data", trustProxy: false });
    expect(config.tokenTtlMs).toBe(24 * 3_600_000);
  });

  it("generates an admin token when none is set, and says so", () => {
    const config = parseConfig({});
    expect(config.adminToken).toMatch(/^adm_.{30,}/);
    expect(config.adminTokenGenerated).toBe(true);
    expect(parseConfig({ SHINSA_ADMIN_TOKEN: "a-long-enough-admin-token" }).adminTokenGenerated).toBe(false);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(parseConfig({ DATABASE_URL: "" }).databaseUrl).toBeUndefined();
  });

  it("reads SHINSA_TRUST_PROXY as a boolean", () => {
    expect(parseConfig({ SHINSA_TRUST_PROXY: "1" }).trustProxy).toBe(true);
    expect(parseConfig({ SHINSA_TRUST_PROXY: "off" }).trustProxy).toBe(false);
  });

  it.each([
    ["a port that is not a number", { PORT: "eighty" }, "PORT"],
    ["a database URL of another kind", { DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    ["a short admin token", { SHINSA_ADMIN_TOKEN: "short" }, "SHINSA_ADMIN_TOKEN"],
  ])("stops on %s, naming the variable", (_, env, name) => {
    expect(() => parseConfig(env)).toThrow(name);
  });
});
