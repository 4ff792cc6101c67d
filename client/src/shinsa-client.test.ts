import { type ChildProcess, spawn } from "node:child_process";
import { createServer as createHttpServer, type IncomingHttpHeaders } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient, ShinsaError, verifyWebhook, WebhookSignatureError } from "./index.js";

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
      // The test's webhook receiver listens on 127.0.0.1.
      SHINSA_WEBHOOK_ALLOW_PRIVATE: "1",
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

  it("sets a webhook whose deliveries verifyWebhook accepts, and refuses a changed body, an old one or a wrong secret", async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const receiver = createHttpServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => {
        body += c.toString("utf8");
      });
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
    const { port } = receiver.address() as { port: number };
    try {
      const shinsa = createClient({ url, secretKey });
      const endpoint = await shinsa.setWebhook({ url: `http://127.0.0.1:${port}/shinsa`, events: ["order.scored"] });
      expect(endpoint.signingSecret).toMatch(/^whsec_/);
      const secret = endpoint.signingSecret ?? "";
      const answer = await shinsa.scoreOrder({ orderId: "CW-1", amount: 3000 });
      for (let i = 0; i < 100 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      const [delivery] = received;
      const signature = delivery?.headers["shinsa-signature"] as string;
      const event = verifyWebhook({ body: delivery?.body ?? "", signature, secrets: secret });
      expect(event).toMatchObject({
        type: "order.scored",
        data: { orderId: "CW-1", decision: answer.decision, score: answer.score },
      });
      const refused = (options: Partial<Parameters<typeof verifyWebhook>[0]>) =>
        (() => verifyWebhook({ body: delivery?.body ?? "", signature, secrets: secret, ...options })) as () => never;
      expect(refused({ body: (delivery?.body ?? "").replace('"CW-1"', '"CW-2"') })).toThrow(WebhookSignatureError);
      expect(refused({ secrets: "whsec_someone_else" })).toThrow(/does not match/);
      expect(refused({ now: new Date(Date.now() + 3_600_000) })).toThrow(/tolerance/);
      expect(refused({ signature: undefined })).toThrow(/no Shinsa-Signature/);

      const events = await shinsa.listWebhookEvents({ status: "delivered" });
      expect(events.events.map((e) => e.id)).toContain(event.id);
      const rotated = await shinsa.rotateWebhookSecret();
      expect(rotated.signingSecret).not.toBe(secret);
      expect((await shinsa.getWebhook()).url).toBe(`http://127.0.0.1:${port}/shinsa`);
      await shinsa.deleteWebhook();
      expect(await shinsa.getWebhook().catch((e: unknown) => e)).toMatchObject({ status: 404 });
    } finally {
      receiver.close();
    }
  });
});
