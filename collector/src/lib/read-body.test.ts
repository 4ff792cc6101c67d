import { once } from "node:events";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { connect } from "node:net";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { limitBody } from "../middleware/body-limit.js";
import { ApiError } from "./api-error.js";
import { readBytes, readJson } from "./read-body.js";

// The body is read from Node's own message when the app runs on a socket, and from the web stream
// when it is called in-process: both must count the same bytes and refuse the same sizes.
const failures: string[] = [];
const app = new Hono()
  .post("/echo", limitBody(1000), async (c) => c.json(await readJson(c)))
  .post("/size", async (c) => c.json({ bytes: (await readBytes(c)).byteLength }))
  .onError((err, c) => {
    failures.push(err instanceof ApiError ? err.code : String(err));
    return err instanceof ApiError ? c.json({ error: { code: err.code } }, err.status) : c.json({ error: "boom" }, 500);
  });

let port = 0;
let close = () => {};
beforeAll(async () => {
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" });
  await once(server, "listening");
  port = (server.address() as AddressInfo).port;
  close = () => server.close();
});
afterAll(() => close());

/** Posts over a socket, in chunks and without Content-Length when `chunked`. */
function post(
  path: string,
  chunks: Array<string | Buffer>,
  chunked = true,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const whole = Buffer.concat(chunks.map((c) => Buffer.from(c)));
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path,
        method: "POST",
        headers: chunked ? { "content-type": "text/plain" } : { "content-length": whole.length },
      },
      (res) => {
        let text = "";
        res.on("data", (d) => (text += d));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on("error", reject);
    if (chunked) for (const c of chunks) req.write(c);
    else req.write(whole);
    req.end();
  });
}

describe("reading a body on a socket", () => {
  it("joins a body sent in chunks", async () => {
    expect(await post("/echo", ['{"a":', '"日本', '語"}'])).toEqual({ status: 200, body: { a: "日本語" } });
  });

  it("drops a leading byte order mark, as a browser's decoder does", async () => {
    expect(await post("/echo", ["\uFEFF", '{"a":1}'])).toEqual({ status: 200, body: { a: 1 } });
  });

  it("refuses a chunked body past the limit with 413 while reading it", async () => {
    const res = await post("/echo", ['{"a":"', "x".repeat(600), "x".repeat(600), '"}']);
    expect(res).toEqual({ status: 413, body: { error: { code: "payload_too_large" } } });
  });

  it("refuses a body whose Content-Length is past the limit", async () => {
    const res = await post("/echo", [`{"a":"${"x".repeat(1200)}"}`], false);
    expect(res).toEqual({ status: 413, body: { error: { code: "payload_too_large" } } });
  });

  it("keeps a default limit of 1 MB on routes that set none", async () => {
    expect(await post("/size", ["x".repeat(1000)])).toEqual({ status: 200, body: { bytes: 1000 } });
    const res = await post(
      "/size",
      Array.from({ length: 17 }, () => "x".repeat(64 * 1024)),
    );
    expect(res).toEqual({ status: 413, body: { error: { code: "payload_too_large" } } });
  });
});

describe("a client that goes away mid-body", () => {
  it("is a refused request, not a failure of the server", async () => {
    failures.length = 0;
    const socket = connect(port, "127.0.0.1");
    await once(socket, "connect");
    socket.write('POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"a":');
    await new Promise((r) => setTimeout(r, 50));
    socket.destroy();
    for (let i = 0; i < 50 && failures.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(failures).toEqual(["body_incomplete"]);
  });
});

describe("reading a body in-process", () => {
  it("counts the same bytes and refuses the same sizes", async () => {
    const ok = await app.request("/echo", { method: "POST", body: '\uFEFF{"a":"日本語"}' });
    expect(await ok.json()).toEqual({ a: "日本語" });
    const big = await app.request("/echo", { method: "POST", body: `{"a":"${"x".repeat(1200)}"}` });
    expect(big.status).toBe(413);
  });
});
