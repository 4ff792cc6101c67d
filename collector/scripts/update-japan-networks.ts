import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCidr } from "../src/lib/cidr.js";

// node --import tsx scripts/update-japan-networks.ts <checkout of github.com/ipverse/country-ip-blocks> [commit]
// Writes data/japan-networks.txt: every IPv4 and IPv6 prefix the regional registries (APNIC, and
// JPNIC under it) record as allocated or assigned to Japan, aggregated, from ipverse's daily export
// of the five RIRs' delegation files (CC0). Registration, not location: a foreign cloud's Tokyo
// region is registered abroad (it is in the hosting list instead), a Japanese ISP's customer abroad
// is not; for a shopper's home or phone in Japan the two agree.

const [checkout, commit = "unknown"] = process.argv.slice(2);
if (!checkout) {
  console.error("usage: update-japan-networks.ts <country-ip-blocks checkout> [commit]");
  process.exit(2);
}
const prefixes = (file: string) =>
  readFileSync(join(checkout, "country/jp", file), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));

const v4 = prefixes("ipv4-aggregated.txt");
const v6 = prefixes("ipv6-aggregated.txt");
const bad = [...v4, ...v6].filter((p) => parseCidr(p) === null);
if (bad.length > 0) {
  console.error(`not CIDR prefixes: ${bad.slice(0, 5).join(", ")}`);
  process.exit(1);
}
const header = [
  "# Networks the regional internet registries record as allocated or assigned to Japan (JP).",
  "# Source: https://github.com/ipverse/country-ip-blocks (country/jp/ipv4-aggregated.txt, ipv6-aggregated.txt), CC0 1.0,",
  `# built from the delegation files of the five RIRs; at commit ${commit}.`,
  "# Regenerate: node --import tsx scripts/update-japan-networks.ts <checkout> <commit>",
];
const out = new URL("../data/japan-networks.txt", import.meta.url);
writeFileSync(out, `${[...header, ...v4, ...v6].join("\n")}\n`);
console.log(`wrote ${v4.length} IPv4 and ${v6.length} IPv6 prefixes`);
