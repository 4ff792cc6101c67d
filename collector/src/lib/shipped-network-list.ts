import { readFileSync } from "node:fs";
import { type IpRangeSet, ipRangeSet } from "./ip-range-set.js";

/**
 * A list of networks shipped in `collector/data` (one CIDR a line, `#` comments), read on first
 * use, not at import: most processes that import scoring never score an order from an IP.
 */
export function shippedNetworkList(fileName: string): () => IpRangeSet {
  const file = new URL(`../../data/${fileName}`, import.meta.url);
  let loaded: IpRangeSet | null = null;
  return () => {
    loaded ??= ipRangeSet(
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => line !== "" && !line.startsWith("#")),
    );
    return loaded;
  };
}
