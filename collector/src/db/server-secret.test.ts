import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { createTestSite, useTestApp } from "../testing/test-app.js";
import { serverSecrets } from "./schema.js";
import { loadServerSecret, SecretMissingError } from "./server-secret.js";

describe.each(testDrivers)("the HMAC key of stored identifiers on %s", (driver) => {
  const ctx = useTestApp(driver);
  let dir = "";
  let n = 0;
  const nextFile = () => join(dir, `case-${++n}`, "secret.key");
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "shinsa-secret-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));
  const oldRows = () => ctx.database.db.select().from(serverSecrets);

  it("comes from SHINSA_SECRET when it is set, touching neither file nor database", async () => {
    const file = nextFile();
    const key = await loadServerSecret(ctx.database.db, { fromEnv: "e".repeat(40), file });
    expect(key).toEqual({ secret: "e".repeat(40), source: "environment" });
    await expect(stat(file)).rejects.toThrow();
  });

  it("is made once, in a file only its owner can read, and read back on the next start — never stored in the database", async () => {
    const file = nextFile();
    const first = await loadServerSecret(ctx.database.db, { fromEnv: undefined, file });
    expect(first.source).toBe("generated");
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = await loadServerSecret(ctx.database.db, { fromEnv: undefined, file });
    expect(again).toEqual({ secret: first.secret, source: "file", file });
    expect(await oldRows()).toEqual([]);
  });

  it("keeps one key when two collectors start together on one data directory", async () => {
    const file = nextFile();
    const [a, b] = await Promise.all([
      loadServerSecret(ctx.database.db, { fromEnv: undefined, file }),
      loadServerSecret(ctx.database.db, { fromEnv: undefined, file }),
    ]);
    expect(a.secret).toBe(b.secret);
    expect((await readFile(file, "utf8")).trim()).toBe(a.secret);
  });

  it("moves the key an older version kept in the database out into the file, and deletes it there", async () => {
    const file = nextFile();
    const old = "o".repeat(43);
    await ctx.database.db.insert(serverSecrets).values({ name: "identifier_hmac", value: old });
    const key = await loadServerSecret(ctx.database.db, { fromEnv: undefined, file });
    expect(key).toEqual({ secret: old, source: "moved", file });
    expect((await readFile(file, "utf8")).trim()).toBe(old);
    expect(await oldRows()).toEqual([]);
  });

  it("refuses a key file too short to be a key", async () => {
    const file = nextFile();
    await loadServerSecret(ctx.database.db, { fromEnv: undefined, file });
    await writeFile(file, "short\n");
    await expect(loadServerSecret(ctx.database.db, { fromEnv: undefined, file })).rejects.toThrow(/at least 32/);
  });

  it("refuses to make a new key for a database whose orders were hashed with a lost one", async () => {
    const site = await createTestSite(ctx);
    const res = await ctx.app.request("/v1/orders", {
      method: "POST",
      headers: { authorization: `Bearer ${site.secretKey}`, "content-type": "application/json" },
      body: JSON.stringify({ orderId: "A-1", customer: { email: "a@example.jp" } }),
    });
    expect(res.status).toBe(200);
    const file = nextFile();
    const err = await loadServerSecret(ctx.database.db, { fromEnv: undefined, file }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SecretMissingError);
    expect(String(err)).toContain(file);
    await expect(stat(file)).rejects.toThrow();
    expect(await ctx.database.db.select().from(serverSecrets).where(eq(serverSecrets.name, "identifier_hmac"))).toEqual(
      [],
    );
  });
});
