import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as normalize from "./index.js";

// Helpers used only by other normalisers; everything else must be reachable from index.ts.
const INTERNAL = new Set(["address-area.ts", "address-town-index.ts", "email-domains.ts", "name-readings.ts"]);

describe("normalize/index", () => {
  it("re-exports every module in the folder except the internal helpers", () => {
    const index = readFileSync(new URL("./index.ts", import.meta.url), "utf8");
    const modules = readdirSync(new URL(".", import.meta.url)).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && f !== "index.ts" && !INTERNAL.has(f),
    );
    for (const file of modules) expect(index).toContain(`"./${file.replace(/\.ts$/, ".js")}"`);
  });

  it("exposes the entry points the scoring engine calls", () => {
    for (const name of [
      "normalizeAddress",
      "nameKey",
      "kanaKey",
      "checkFurigana",
      "romajiKey",
      "holderMatchesName",
      "normalizePhone",
      "normalizeEmail",
      "getCardKey",
      "findForwarderHints",
    ]) {
      expect(typeof (normalize as Record<string, unknown>)[name]).toBe("function");
    }
  });
});
