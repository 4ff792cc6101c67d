import { readFileSync } from "node:fs";
import { type IpRangeSet, ipRangeSet } from "./ip-range-set.js";

// The hosting, cloud and VPN networks Shinsa ships with (data/hosting-networks.txt: X4BNet's
// list less Apple's Private Relay; see that file's header and docs/scoring.md). Read on first use,
// not at import: most processes that import scoring never score an order from an IP.

const FILE = new URL("../../data/hosting-networks.txt", import.meta.url);
let loaded: IpRangeSet | null = null;

function networks(): IpRangeSet {
  loaded ??= ipRangeSet(
    readFileSync(FILE, "utf8")
      .split("\n")
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
  return loaded;
}

/** The shipped hosting network that holds the address, as listed; null for any other address. */
export function hostingNetworkOf(ip: string | null | undefined): string | null {
  return ip ? networks().find(ip) : null;
}
