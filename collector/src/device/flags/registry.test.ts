import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("the flag judge registry", () => {
  it("lists a judge from every file of this folder", () => {
    const registry = readFileSync(new URL("./index.ts", import.meta.url), "utf8");
    const files = readdirSync(new URL(".", import.meta.url)).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts" && f !== "judge.ts",
    );
    for (const file of files) expect(registry).toContain(`./${file.replace(/\.ts$/, ".js")}`);
  });
});
