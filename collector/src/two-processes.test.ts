import { type ChildProcess, spawn } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase, skipPostgres, type TestDatabase } from "./testing/databases.js";
import { freePort } from "./testing/free-port.js";
import { devicePayload } from "./testing/test-app.js";
import { waitUntilReady } from "./testing/wait-until-ready.js";

// Two collectors on one PostgreSQL database, as behind a load balancer: whichever one a request
// reaches, the answer is the same, because nothing that decides an answer lives only in one
// process's memory. Caches that do (a secret key trusted 5 s, settings read every 5 s) are bounded.

const ADMIN = "adm_two_processes_token_0123";
const ORIGIN = "https://shop.example";

describe.skipIf(skipPostgres)("two collector processes on one PostgreSQL database", () => {
  let database: TestDatabase | undefined;
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL");
    await database?.dispose();
  });

  async function start(url: string): Promise<string> {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: url,
        SHINSA_DATA_DIR: "memory://",
        SHINSA_ADMIN_TOKEN: ADMIN,
        SHINSA_SECRET: "two-processes-secret-of-at-least-32-chars",
        SHINSA_RATE_COLLECT_PER_MINUTE: "0",
        SHINSA_RATE_API_PER_MINUTE: "0",
      },
      stdio: "ignore",
    });
    children.push(child);
    const base = `http://127.0.0.1:${port}`;
    await waitUntilReady(base, { child });
    return base;
  }

  it("give the same answers whichever one a request reaches", { timeout: 180_000 }, async () => {
    database = await openTestDatabase("postgres");
    await database.close();
    const [a, b] = await Promise.all([start(database.url ?? ""), start(database.url ?? "")]);
    const site = (await (
      await fetch(`${a}/v1/admin/sites`, {
        method: "POST",
        headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "two processes", origins: [ORIGIN] }),
      })
    ).json()) as { siteId: string; publicKey: string; secretKey: string };
    const call = (base: string, method: string, path: string, body?: unknown, key = site.secretKey) =>
      fetch(`${base}${path}`, {
        method,
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });

    // A token made by one is looked up by the other.
    const collected = await fetch(`${a}/v1/collect`, {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", origin: ORIGIN },
      body: JSON.stringify(devicePayload(site.publicKey)),
    });
    const { token } = (await collected.json()) as { token: string };
    expect((await call(b, "GET", `/v1/tokens/${token}`)).status).toBe(200);

    // An order scored by B links to one stored by A, and A's order is re-scored (by B) for both to see.
    const buyer = { billing: { name: "山田 太郎", phone: "090-1111-2222" }, customer: { id: "C-1" } };
    expect((await call(a, "POST", "/v1/orders", { orderId: "P-1", ...buyer })).status).toBe(200);
    const second = (await (
      await call(b, "POST", "/v1/orders", { orderId: "P-2", ...buyer, customer: { id: "C-2" } })
    ).json()) as { links: { orders: string[] } };
    expect(second.links.orders).toContain("P-1");
    let fromA: { rescored: { by: string } | null } | undefined;
    for (let i = 0; i < 50 && !fromA?.rescored; i++) {
      fromA = (await (await call(a, "GET", "/v1/orders/P-1")).json()) as typeof fromA;
      if (!fromA?.rescored) await new Promise((r) => setTimeout(r, 100));
    }
    expect(fromA?.rescored?.by).toBe("P-2");
    expect(await (await call(b, "GET", "/v1/orders/P-1")).json()).toEqual(fromA);

    // The same order sent to both at once is stored once, and both answer it alike.
    for (let n = 0; n < 10; n++) {
      const order = { orderId: `DUP-${n}`, customer: { id: `D-${n}` }, amount: 1000 + n };
      const [ra, rb] = await Promise.all([call(a, "POST", "/v1/orders", order), call(b, "POST", "/v1/orders", order)]);
      expect([ra.status, rb.status]).toEqual([200, 200]);
      expect(await ra.json()).toEqual(await rb.json());
    }
    const list = (await (await call(b, "GET", "/v1/orders?q=DUP-3")).json()) as { orders: unknown[] };
    expect(list.orders).toHaveLength(1);

    // Rotation: a new key made on A works on B at once; the old one, revoked on A, stops working on
    // B within B's 5 s trust of a key that worked.
    const fresh = (await (await call(a, "POST", `/v1/admin/sites/${site.siteId}/keys`, undefined, ADMIN)).json()) as {
      keyId: string;
      secretKey: string;
    };
    expect((await call(b, "GET", "/v1/orders/P-1", undefined, fresh.secretKey)).status).toBe(200);
    const { keys } = (await (await call(a, "GET", `/v1/admin/sites/${site.siteId}/keys`, undefined, ADMIN)).json()) as {
      keys: Array<{ keyId: string }>;
    };
    const old = keys.find((k) => k.keyId !== fresh.keyId);
    expect((await call(b, "GET", "/v1/orders/P-1")).status).toBe(200);
    const revoked = Date.now();
    expect(
      (await call(a, "DELETE", `/v1/admin/sites/${site.siteId}/keys/${old?.keyId}`, undefined, ADMIN)).status,
    ).toBe(200);
    expect((await call(a, "GET", "/v1/orders/P-1")).status).toBe(401);
    let status = 200;
    while (status === 200 && Date.now() - revoked < 8_000) {
      status = (await call(b, "GET", "/v1/orders/P-1")).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(401);
    expect(Date.now() - revoked).toBeLessThan(7_000);
    expect((await call(b, "GET", "/v1/orders/P-1", undefined, fresh.secretKey)).status).toBe(200);
  });
});
