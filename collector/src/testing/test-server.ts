import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { afterAll, beforeAll } from "vitest";
import type { TestContext } from "./test-app.js";

/**
 * The test app on a real loopback port, with a scratch folder, for what speaks HTTP from outside
 * the process (the CLI). `url` and `dir` are filled in by `beforeAll`.
 */
export function useTestServer(ctx: TestContext, prefix: string): { url: string; dir: string } {
  const server = { url: "", dir: "" };
  let close = () => {};
  beforeAll(async () => {
    const listening = serve({ fetch: ctx.app.fetch, port: 0, hostname: "127.0.0.1" });
    await once(listening, "listening");
    server.url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    close = () => listening.close();
    server.dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    close();
    await rm(server.dir, { recursive: true, force: true });
  });
  return server;
}
