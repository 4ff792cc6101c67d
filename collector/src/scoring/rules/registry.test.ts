import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rules } from "./index.js";

const files = readdirSync(new URL(".", import.meta.url)).filter(
  (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !["index.ts", "rule.ts", "fixtures.ts"].includes(f),
);

describe("the rule registry", () => {
  it("lists a rule from every file of this folder", () => {
    const registry = readFileSync(new URL("./index.ts", import.meta.url), "utf8");
    for (const file of files) expect(registry).toContain(`./${file.replace(/\.ts$/, ".js")}`);
    expect(rules.length).toBe(files.length);
  });

  it("has every rule tested in rules.test.ts", () => {
    const tests = readFileSync(new URL("./rules.test.ts", import.meta.url), "utf8");
    for (const rule of rules) expect(tests).toMatch(new RegExp(`\\[\\s*${variableOf(rule.code)},`));
  });

  it("gives every rule a unique snake_case code", () => {
    const codes = rules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});

/** device_many_accounts → deviceManyAccounts: the exported name of a rule. */
const variableOf = (code: string) => code.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
