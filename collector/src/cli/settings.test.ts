import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTestSite, useTestApp } from "../testing/test-app.js";
import { useTestServer } from "../testing/test-server.js";
import { settingsCommand } from "./settings.js";

describe("pnpm shinsa settings against a collector", () => {
  const ctx = useTestApp("pglite");
  const server = useTestServer(ctx, "shinsa-settings-");
  const run = async (key: string, ...args: string[]) => {
    const out: string[] = [];
    await settingsCommand(["--url", server.url, "--key", key, ...args], {
      cwd: server.dir,
      env: {},
      stderr: { isTTY: false, write: () => true },
      stdout: { write: (t: string) => out.push(t) },
    });
    return JSON.parse(out.join(""));
  };

  it("prints the site's settings", async () => {
    const site = await createTestSite(ctx);
    expect((await run(site.secretKey)).thresholds).toEqual({ review: 45, reject: 80 });
  });

  it("changes thresholds, rules, weights, forwarders and datacenter ranges, keeping the rest", async () => {
    const site = await createTestSite(ctx);
    await writeFile(join(server.dir, "ranges.txt"), "# AWS\n198.51.100.0/24\n2001:db8::/32\n");
    await run(site.secretKey, "--rule-off", "velocity", "--rule-off", "ships_elsewhere");
    const after = await run(
      site.secretKey,
      "--thresholds",
      "40,75",
      "--rule-on",
      "velocity",
      "--weight",
      "risky_items=2",
      "--forwarder",
      "千葉県市川市塩浜2-13-1",
      "--datacenter-ranges",
      "ranges.txt",
    );
    expect(after.thresholds).toEqual({ review: 40, reject: 75 });
    expect(after.disabledRules).toEqual(["ships_elsewhere"]);
    expect(after.ruleWeights).toEqual({ risky_items: 2 });
    expect(after.forwarders).toEqual(["千葉県市川市塩浜2-13-1"]);
    expect(after.datacenterRanges).toEqual(["198.51.100.0/24", "2001:db8::/32"]);
  });

  it("says why the collector refused a change", async () => {
    const site = await createTestSite(ctx);
    await expect(run(site.secretKey, "--thresholds", "90,50")).rejects.toThrow(
      /refused \(400\).*review must not exceed reject/,
    );
  });

  it("refuses to run without a secret key", async () => {
    await expect(run("")).rejects.toThrow(/no secret key/);
  });
});
