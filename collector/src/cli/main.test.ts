import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const shinsa = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], { encoding: "utf8", timeout: 30_000 });

describe("pnpm shinsa", () => {
  it.each([["--help"], ["-h"], ["help"], ["score", "--help"]])("prints the usage and exits 0 for %s", (...args) => {
    const run = shinsa(...args);
    expect(run.stderr).toContain("usage: pnpm shinsa <command>");
    expect(run.status).toBe(0);
  });

  it("exits 2 with the usage for an unknown command", () => {
    const run = shinsa("scroe");
    expect(run.stderr).toContain("usage: pnpm shinsa <command>");
    expect(run.status).toBe(2);
  });
});
