import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sources } from "./index.js";

// Files of this folder that are not signals.
const SUPPORT = ["index.ts", "source.ts", "intl.ts", "native.ts"];
const camel = (file: string) => file.replace(/\.ts$/, "").replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

describe("the signal registry", () => {
  it("lists the signal of every file in this folder", () => {
    const files = readdirSync(new URL(".", import.meta.url)).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !SUPPORT.includes(f),
    );
    expect(Object.keys(sources).sort()).toEqual(files.map(camel).sort());
  });
});
