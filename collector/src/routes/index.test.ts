import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("the route registry", () => {
  it("lists every route module of this folder", () => {
    const registry = readFileSync(new URL("./index.ts", import.meta.url), "utf8");
    const modules = readdirSync(new URL(".", import.meta.url)).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts",
    );
    expect(modules.length).toBeGreaterThan(0);
    for (const file of modules) expect(registry).toContain(`./${file.replace(/\.ts$/, ".js")}`);
  });
});
