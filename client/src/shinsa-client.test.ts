import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, ShinsaError } from "./index.js";

// The client against the collector as a shop runs it: its own process (PGlite in memory), reached
// over HTTP, a site made through the admin API.

const COLLECTOR = fileURLToPath(new URL("../../collector/", import.meta.url));
const ADMIN = "adm_client_test_token_0123456";
let child: ChildProcess | undefined;
let url = "";
let secretKey = "";

beforeAll(async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: COLLECTOR,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: "",
      SHINSA_DATA_DIR: "memory://",
      SHINSA_ADMIN_TOKEN: ADMIN,
      SHINSA_DEMO: "",
    },
    stdio: "ignore",
  });
  url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const site = await fetch(`${url}/v1/admin/sites`, {
    method: "POST",
    headers: { authorization: `Bearer ${ADMIN}`, "content-type": "application/json" },
    body: JSON.stringify({ name: "client test", origins: ["https://shop.example"] }),
  });
  secretKey = ((await site.json()) as { secretKey: string }).secretKey;
});
afterAll(() => {
  child?.kill("SIGTERM");
});

describe("the Shinsa client", () => {
  it("scores an order, reads it back with the re-score a later order brought, lists, labels and erases", async () => {
    const shinsa = createClient({ url, secretKey, lang: "en" });
    const buyer = { billing: { name: "山田 太郎", phone: "090-1234-5678" }, payment: { method: "card" as const } };
    const first = await shinsa.scoreOrder({ orderId: "CL-1", customer: { id: "A" }, ...buyer, amount: 5000 });
    expect(first.decision).toMatch(/^(accept|review|reject)$/);
    const second = await shinsa.scoreOrder({ orderId: "CL-2", customer: { id: "B" }, ...buyer, amount: 5000 });
    expect(second.links.orders).toContain("CL-1");
    let stored = await shinsa.getOrder("CL-1");
    for (let i = 0; i < 50 && !stored.rescored; i++) {
      await new Promise((r) => setTimeout(r, 100));
      stored = await shinsa.getOrder("CL-1");
    }
    expect(stored.rescored?.by).toBe("CL-2");

    const page = await shinsa.listOrders({ limit: 1 });
    expect(page.orders).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const next = await shinsa.listOrders({ limit: 1, cursor: page.nextCursor ?? "" });
    expect(next.orders[0]?.orderId).not.toBe(page.orders[0]?.orderId);

    const labelled = await shinsa.sendFeedback("CL-2", { label: "chargeback" });
    expect(labelled.orderId).toBe("CL-2");
    expect(await shinsa.eraseCustomer("A")).toEqual({ erased: 1 });
    expect((await shinsa.getSettings()).thresholds).toBeDefined();
  });

  it("imports a CSV with progress and gets the scored file back", async () => {
    const shinsa = createClient({ url, secretKey });
    const rows = Array.from({ length: 40 }, (_, i) => `IM-${i},im${i}@example.jp,${1000 + i}`);
    const seen: number[] = [];
    const result = await shinsa.importCsv(`orderId,customer.email,amount\n${rows.join("\n")}\n`, (p) =>
      seen.push(p.done),
    );
    expect(result).toMatchObject({ format: "shinsa", rows: 40, orders: 40, errors: 0 });
    expect(seen.at(-1)).toBe(40);
    const text = new TextDecoder().decode(result.file);
    expect(text.split("\n")[0]).toBe("orderId,customer.email,amount,score,decision,reasons,ringId,error");
  });

  it("throws the collector's error code, status and message", async () => {
    const shinsa = createClient({ url, secretKey });
    const missing = await shinsa.getOrder("NOPE").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ShinsaError);
    expect(missing).toMatchObject({ status: 404, code: "not_found" });
    const bad = await shinsa.scoreOrder({ orderId: "" }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ status: 400 });
    const wrongKey = await createClient({ url, secretKey: "sk_wrong" })
      .getSettings()
      .catch((e: unknown) => e);
    expect(wrongKey).toMatchObject({ status: 401 });
  });
});
