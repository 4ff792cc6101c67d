// A merchant's storefront for the browser journeys: a real HTTP server on its own origin, so the
// SDK is loaded cross-origin as on a real shop. (Pages fulfilled by Playwright's router count as
// public address space, and Chromium's Local Network Access then blocks the loopback collector.)
// Tests register a page with `PUT /path` (the body is the HTML); `GET /path` serves it; any POST
// echoes what the form sent, as a merchant's checkout handler would receive it.
import { createServer } from "node:http";

const port = Number(process.env.SHOP_PORT ?? 8798);
const pages = new Map();

const read = (req) =>
  new Promise((resolve) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });

createServer(async (req, res) => {
  const path = new URL(req.url ?? "/", "http://shop").pathname;
  if (req.method === "PUT") {
    pages.set(path, await read(req));
    res.writeHead(204).end();
  } else if (req.method === "POST") {
    const body = await read(req);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><p id="posted">${body.replace(/[<>&]/g, "")}</p>`);
  } else if (path === "/healthz") {
    res.writeHead(200).end("ok");
  } else if (pages.has(path)) {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(pages.get(path));
  } else {
    res.writeHead(404).end("no such page");
  }
}).listen(port, "127.0.0.1");
