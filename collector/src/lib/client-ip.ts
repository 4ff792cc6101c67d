import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The client's IP: the socket's peer, or the first `X-Forwarded-For` hop when the operator says a
 * proxy stands in front (SHINSA_TRUST_PROXY). Trusting the header without a proxy would let any
 * client choose its own IP.
 */
export function getClientIp(c: Context, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return stripMappedPrefix(forwarded);
  }
  try {
    const address = getConnInfo(c).remote.address;
    return address ? stripMappedPrefix(address) : null;
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return null;
  }
}

/** `::ffff:203.0.113.5` is an IPv4 peer on a dual-stack socket. */
const stripMappedPrefix = (ip: string) => (ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice(7) : ip);
