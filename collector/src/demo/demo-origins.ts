import { networkInterfaces } from "node:os";
import type { Config } from "../env.js";

/**
 * The origins the demo checkout can be opened at: localhost, this machine's own addresses (so a
 * phone or a colleague on the same network can try it), and SHINSA_PUBLIC_URL when set. A host
 * name that is none of these is added when the page is first served under it (demo-routes.ts).
 */
export function demoOrigins(config: Pick<Config, "port" | "publicUrl">): string[] {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && !i.internal)
    .map((i) => (i?.family === "IPv6" ? `[${i.address}]` : i?.address));
  const hosts = ["localhost", "127.0.0.1", ...addresses];
  return [...hosts.map((h) => `http://${h}:${config.port}`), ...(config.publicUrl ? [config.publicUrl] : [])];
}
