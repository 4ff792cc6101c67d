import { isIP } from "node:net";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import proxyaddr from "proxy-addr";

/**
 * Which proxies stand in front of the collector (SHINSA_TRUST_PROXY): a number of hops, or the
 * proxies' own addresses and ranges. Nothing trusted (`{hops: 0}`) means the socket's peer is the
 * client, whatever headers say.
 */
export type ProxyTrust = { hops: number } | { proxies: string[] };

/**
 * The client's IP. `X-Forwarded-For` is read from the right: each proxy appends the address it
 * was reached from, so only the entries that trusted proxies appended can be believed, and the
 * first address that is not a trusted proxy is the client. The leftmost entry is whatever the
 * client wrote: believing it let any visitor choose its own IP, and with it the IP rules and
 * velocity. proxy-addr (Express's) does the walk.
 */
export function getClientIp(c: Context, trust: ProxyTrust): string | null {
  return clientIpOf(peerOf(c), c.req.header("x-forwarded-for"), trust);
}

export function clientIpOf(peer: string | null, forwardedFor: string | undefined, trust: ProxyTrust): string | null {
  const request = { socket: { remoteAddress: peer ?? undefined }, headers: { "x-forwarded-for": forwardedFor } };
  const ip = proxyaddr(request as never, trustOf(trust));
  return ip && isIP(ip) ? stripMappedPrefix(ip) : null;
}

const compiled = new WeakMap<ProxyTrust, (address: string, hop: number) => boolean>();

function trustOf(trust: ProxyTrust) {
  let test = compiled.get(trust);
  if (!test) {
    // In-process requests (tests) have no peer: with a hop count the peer is taken to be the
    // nearest proxy, as it is behind one; with addresses an unknown peer is trusted for nothing.
    test = "hops" in trust ? (_address, hop) => hop < trust.hops : proxyaddr.compile(trust.proxies);
    compiled.set(trust, test);
  }
  return test;
}

function peerOf(c: Context): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return null;
  }
}

/** `::ffff:203.0.113.5` is an IPv4 peer on a dual-stack socket. */
const stripMappedPrefix = (ip: string) => (ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice(7) : ip);

/** SHINSA_TRUST_PROXY's text → the trust, or an error message an operator can act on. */
export function parseProxyTrust(text: string | undefined): ProxyTrust | string {
  const value = text?.trim().toLowerCase() ?? "";
  if (["", "0", "off", "false", "no"].includes(value)) return { hops: 0 };
  // The old yes/no flag meant "a proxy stands in front": one hop.
  if (["on", "true", "yes"].includes(value)) return { hops: 1 };
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return hops <= 10 ? { hops } : "a hop count above 10 is surely a mistake; list the proxies' addresses instead";
  }
  const proxies = value.split(",").map((p) => p.trim());
  try {
    proxyaddr.compile(proxies);
    return { proxies };
  } catch (err) {
    return `a hop count, or the proxies' addresses and CIDR ranges separated by commas (${(err as Error).message})`;
  }
}
