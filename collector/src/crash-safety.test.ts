import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testDrivers } from "./testing/databases.js";
import { CHROME_UA, devicePayload } from "./testing/test-app.js";
import { waitUntilReady } from "./testing/wait-until-ready.js";
import { startWebhookReceiver } from "./testing/webhook-receiver.js";

// The collector as a process, killed with SIGKILL while clients post signals and orders, then
// started again on the same database: every signal and order it acknowledged must be there, and
// every acknowledged order's webhook event must reach the merchant's receiver.

const ADMIN = "adm_crash_safety_token_0123";
const SECRET = "crash-safety-secret-of-at-least-32-chars";
const ORIGIN = "https://shop.example";
let nextPort = 8950 + (process.pid % 40);

describe.each(testDrivers)("a collector killed mid-traffic on %s", (driver) => {
  let database: TestDatabase | undefined;
  let dir = "";
  let child: ChildProcess | undefined;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>> | undefined;
  afterAll(async () => {
    child?.kill("SIGKILL");
    await receiver?.close();
    await database?.dispose();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("keeps every acknowledged token and order, and delivers every order's event", { timeout: 120_000 }, async () => {
    dir = await mkdtemp(join(tmpdir(), "shinsa-crash-"));
    if (driver === "postgres") {
      database = await openTestDatabase("postgres");
      await database.close(); // the collector process migrates and uses it on its own
    }
    const port = nextPort++;
    const base = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      SHINSA_ADMIN_TOKEN: ADMIN,
      SHINSA_SECRET: SECRET,
      SHINSA_DATA_DIR: join(dir, "data"),
      DATABASE_URL: driver === "postgres" ? (database?.url ?? "") : "",
      SHINSA_WEBHOOK_ALLOW_PRIVATE: "1",
      // A claim the killed process held is taken again 7 s later instead of 25 s.
      SHINSA_WEBHOOK_TIMEOUT_SECONDS: "1",
    };
    const start = async () => {
      child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { env, stdio: "ignore" });
      await waitUntilReady(base, { child });
    };
    await start();
    const site = (await (
      await fetch(`${base}/v1/admin/sites`, {
        method: "POST",
        headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "crash shop", origins: [ORIGIN] }),
      })
    ).json()) as { publicKey: string; secretKey: string };
    receiver = await startWebhookReceiver();
    const hook = await fetch(`${base}/v1/webhook`, {
      method: "PUT",
      headers: { authorization: `Bearer ${site.secretKey}` },
      body: JSON.stringify({ url: receiver.url, events: ["order.scored"] }),
    });
    expect(hook.status).toBe(201);

    const orders: string[] = [];
    const tokens: string[] = [];
    let stopped = false;
    const postOrders = async (w: number) => {
      for (let i = 0; !stopped; i++) {
        const orderId = `K${w}-${i}`;
        const res = await fetch(`${base}/v1/orders`, {
          method: "POST",
          headers: { authorization: `Bearer ${site.secretKey}` },
          body: JSON.stringify({
            orderId,
            billing: { name: "山田 太郎", phone: `080${String(w * 10_000 + i).padStart(8, "0")}` },
          }),
        }).catch(() => null);
        if (!res) return;
        if (res.status === 200) orders.push(orderId);
      }
    };
    const postSignals = async () => {
      while (!stopped) {
        const res = await fetch(`${base}/v1/collect`, {
          method: "POST",
          headers: { "content-type": "text/plain", origin: ORIGIN, "user-agent": CHROME_UA },
          body: JSON.stringify(devicePayload(site.publicKey)),
        }).catch(() => null);
        if (!res) return;
        if (res.status === 200) tokens.push(((await res.json()) as { token: string }).token);
      }
    };
    const traffic = [postOrders(0), postOrders(1), postSignals(), postSignals()];
    await new Promise((r) => setTimeout(r, 2500));
    child?.kill("SIGKILL");
    stopped = true;
    await Promise.all(traffic);
    expect(orders.length).toBeGreaterThan(10);
    expect(tokens.length).toBeGreaterThan(10);

    await start();
    const get = (path: string) =>
      fetch(`${base}${path}`, { headers: { authorization: `Bearer ${site.secretKey}` } }).then((r) => r.status);
    const lostOrders = [];
    for (const id of orders) if ((await get(`/v1/orders/${id}`)) !== 200) lostOrders.push(id);
    const lostTokens = [];
    for (const t of tokens) if ((await get(`/v1/tokens/${t}`)) !== 200) lostTokens.push(t);
    expect({ lostOrders, lostTokens }).toEqual({ lostOrders: [], lostTokens: [] });

    // Events the killed process had claimed are sent once their claim runs out.
    const notified = () => new Set(receiver?.received.map((r) => JSON.parse(r.body).data.orderId as string));
    for (let i = 0; i < 300 && orders.some((id) => !notified().has(id)); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(orders.filter((id) => !notified().has(id))).toEqual([]);
    child?.kill("SIGTERM");
  });
});
