import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lockDataDir } from "./data-dir-lock.js";

describe("lockDataDir", () => {
  let dir = "";
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("takes over a lock left by a process that is gone, and releases it", () => {
    dir = mkdtempSync(join(tmpdir(), "shinsa-lock-"));
    // pid 2^22 + 1 is above Linux's pid_max, so no process has it.
    writeFileSync(join(dir, "shinsa.lock"), String(4_194_305));
    const unlock = lockDataDir(dir);
    expect(existsSync(join(dir, "shinsa.lock"))).toBe(true);
    unlock();
    expect(existsSync(join(dir, "shinsa.lock"))).toBe(false);
  });

  it("refuses a directory held by a live process, naming it", () => {
    dir = mkdtempSync(join(tmpdir(), "shinsa-lock-"));
    writeFileSync(join(dir, "shinsa.lock"), "1");
    expect(() => lockDataDir(dir)).toThrow(`the data directory ${dir} is in use by another Shinsa process (pid 1)`);
  });
});
