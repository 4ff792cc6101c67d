import { execFile } from "node:child_process";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ecCubeCsv, ecCubeRows, goods } from "../csv/ec-cube-fixture.js";
import { testDrivers } from "../testing/databases.js";
import { createTestSite, useTestApp } from "../testing/test-app.js";
import { useTestServer } from "../testing/test-server.js";
import { type CliIo, scoreCommand } from "./score.js";

const ROOT = new URL("../../../", import.meta.url).pathname;

describe.each(testDrivers)("pnpm shinsa score against a collector on %s", (driver) => {
  const ctx = useTestApp(driver);
  const server = useTestServer(ctx, "shinsa-cli-");
  const io = (): CliIo & { log: string[] } => {
    const log: string[] = [];
    return { log, cwd: server.dir, env: {}, stderr: { isTTY: false, write: (t: string) => log.push(t) } };
  };

  it("scores a Shift_JIS EC-CUBE file in pieces, with progress, into FILE.scored.csv in Shift_JIS", async () => {
    const site = await createTestSite(ctx);
    const csv = ecCubeCsv(
      ecCubeRows("3", { 受注日: "2026-11-24 12:00:00" }, [goods("ソファ", "SOFA", "1000.00")]),
      ecCubeRows("2", { 受注日: "2026-11-24 11:00:00" }, [goods("表札", "SIGN", "500.00")]),
      ecCubeRows("1", { 受注日: "2026-11-24 10:00:00" }, [goods("本", "BOOK", "500.00")]),
    );
    await writeFile(join(server.dir, "orders.csv"), iconv.encode(csv, "cp932"));
    const run = io();
    await scoreCommand(["orders.csv", "--url", server.url, "--key", site.secretKey, "--chunk", "2"], run);
    expect(run.log).toEqual([
      "scored 6/9 rows  66%\n",
      "scored 9/9 rows 100%\n",
      `9 rows answered → ${join(server.dir, "orders.scored.csv")}\n`,
    ]);
    const answer = iconv.decode(await readFile(join(server.dir, "orders.scored.csv")), "cp932").split("\n");
    const input = csv.split("\n");
    expect(answer[0]).toBe(`${input[0]},スコア,判定,理由,リングID,エラー`);
    for (const [i, line] of input.slice(1, -1).entries()) {
      expect(answer[i + 1]).toMatch(
        new RegExp(`^${line.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")},\\d+,(accept|review|reject),`),
      );
    }
  });

  it("marks an order of an earlier piece with the ring a later piece linked it to", async () => {
    const site = await createTestSite(ctx);
    await writeFile(
      join(server.dir, "ring.csv"),
      "orderId,customer.id,billing.name,shipping.address,amount\n" +
        "R-1,C-1,山田 太郎,東京都千代田区霞が関1-3-1 霞ビル101,2000\n" +
        "R-2,C-2,鈴木 一郎,東京都千代田区霞が関１丁目３番１号 霞ビル101号室,2000\n",
    );
    await scoreCommand(["ring.csv", "--url", server.url, "--key", site.secretKey, "--chunk", "1"], io());
    const rows = (await readFile(join(server.dir, "ring.scored.csv"), "utf8")).split("\n").map((l) => l.split(","));
    expect(rows[2]?.at(-2)).toMatch(/^ring_/);
    expect(rows[1]?.at(-2)).toBe(rows[2]?.at(-2));
  });

  it("stops with the collector's own message when the key is wrong, writing nothing", async () => {
    await writeFile(join(server.dir, "bad-key.csv"), "orderId\nA-1\n");
    const run = scoreCommand(["bad-key.csv", "--url", server.url, "--key", "sk_not_a_key_of_any_site"], io());
    await expect(run).rejects.toThrow("the collector answered 401 (unauthorized: unknown or revoked secret key)");
    await expect(stat(join(server.dir, "bad-key.scored.csv"))).rejects.toThrow();
  });

  it("says how to start the collector when nothing listens at --url", async () => {
    await writeFile(join(server.dir, "nowhere.csv"), "orderId\nA-1\n");
    const run = scoreCommand(["nowhere.csv", "--url", "http://127.0.0.1:9", "--key", "sk_x"], io());
    await expect(run).rejects.toThrow(/cannot reach the collector at http:\/\/127\.0\.0\.1:9 .*pnpm start/);
  });

  it("runs as `pnpm shinsa score FILE` from the caller's directory, and exits 1 with a message on errors", async () => {
    const site = await createTestSite(ctx);
    await writeFile(join(server.dir, "plain.csv"), "orderId,amount\nP-1,1000\nP-2,oops\n");
    const exec = promisify(execFile);
    const pnpm = (args: string[]) => exec("pnpm", ["--dir", ROOT, "shinsa", "score", ...args], { cwd: server.dir });
    const ok = await pnpm(["plain.csv", "--url", server.url, "--key", site.secretKey, "--out", "answer.csv"]);
    expect(ok.stderr).toContain("1 row could not be scored");
    expect(await readFile(join(server.dir, "answer.csv"), "utf8")).toContain(
      'P-2,oops,,,,,"line 3: amount: ""oops"" is not',
    );
    const failed = await pnpm(["plain.csv", "--url", server.url]).catch((err) => err);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain("shinsa: no secret key: pass --key sk_… or set SHINSA_SECRET_KEY");
  });
});
