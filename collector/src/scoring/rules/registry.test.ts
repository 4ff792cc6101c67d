import { existsSync, readdirSync, readFileSync } from "node:fs";
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

  it("has a test file beside every rule that checks that rule", () => {
    for (const file of files) {
      const test = new URL(`./${file.replace(/\.ts$/, ".test.ts")}`, import.meta.url);
      expect(existsSync(test), `${file} has no test file beside it`).toBe(true);
      const rule = rules.find((r) =>
        readFileSync(new URL(`./${file}`, import.meta.url), "utf8").includes(`code: "${r.code}"`),
      );
      expect(rule, `${file} defines no listed rule`).toBeDefined();
      expect(readFileSync(test, "utf8")).toContain(`checkRule(${variableOf(rule?.code ?? "")},`);
    }
  });

  it("gives every rule a unique snake_case code", () => {
    const codes = rules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});

/** device_many_accounts → deviceManyAccounts: the exported name of a rule. */
const variableOf = (code: string) => code.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
