import { type LookupAddress, lookup } from "node:dns";
import { request as httpRequest, type RequestOptions } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { refusedAddress, refusedHost } from "./receiver-address.js";

export interface PostOptions {
  /** Calls receivers on private and loopback addresses too (SHINSA_WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** The whole attempt, connection to last header byte. */
  timeoutMs: number;
}

/** The receiver's status; throws with a one-line reason when none answered (refused, unreachable, timed out). */
export async function postEvent(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: PostOptions,
): Promise<number> {
  const target = new URL(url);
  const refused = options.allowPrivate ? null : refusedHost(target.hostname);
  if (refused) throw new Error(`not called: ${refused}`);
  const send = target.protocol === "https:" ? httpsRequest : httpRequest;
  const request: RequestOptions = {
    method: "POST",
    headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
    // The name is checked after it resolves, on the address actually connected to: a name that
    // answers a public address to a check and a private one to the connection is still refused.
    ...(options.allowPrivate || isIP(target.hostname) ? {} : { lookup: publicOnlyLookup }),
  };
  return new Promise<number>((resolve, reject) => {
    const req = send(target, request, (res) => {
      // The answer's body is not read: only its status counts, and a receiver may send a lot.
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${options.timeoutMs / 1000} s`)),
      options.timeoutMs,
    );
    req.on("error", (err) => reject(new Error(oneLine(err))));
    req.on("close", () => clearTimeout(timer));
    req.end(body);
  });
}

const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (err, found) => {
    if (err) return callback(err, "", 0);
    const addresses = found as LookupAddress[];
    const refused = addresses.map((a) => refusedAddress(a.address)).find((r) => r !== null);
    if (refused) return callback(new Error(`${hostname} resolves to a non-public address: ${refused}`), "", 0);
    if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
    const first = addresses[0];
    if (!first) return callback(new Error(`${hostname} resolves to no address`), "", 0);
    callback(null, first.address, first.family);
  });
};

function oneLine(err: Error & { code?: string }): string {
  const text = err.message || err.code || "request failed";
  return text.split("\n")[0] ?? text;
}
