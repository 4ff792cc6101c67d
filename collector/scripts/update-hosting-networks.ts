import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { lastAddress, parseCidr } from "../src/lib/cidr.js";

// node --import tsx scripts/update-hosting-networks.ts <checkout of github.com/X4BNet/lists_vpn> <commit> <asn dir>
// Writes data/hosting-networks.txt: X4BNet's "datacenter" list (networks of hosting, cloud and VPN
// providers, built from their ASNs, MIT), with the prefixes announced by the Japanese hosting ASNs of
// data/hosting-asns.txt that X4BNet leaves out (from <asn dir>: the files of the npm package
// @ip-location-db/asn, RouteViews and DB-IP data, CC BY 4.0), less the egress ranges of Apple's
// iCloud Private Relay, which X4BNet's list partly holds (the relay runs on Akamai and Cloudflare)
// but whose users are ordinary iPhone owners, not hosting customers.

const [checkout, commit = "unknown", asnDir] = process.argv.slice(2);
if (!checkout || !asnDir) {
  console.error("usage: update-hosting-networks.ts <lists_vpn checkout> <commit> <@ip-location-db/asn dir>");
  process.exit(2);
}
const lines = (path: string) =>
  readFileSync(join(checkout, path), "utf8")
    .split("\n")
    .map((l) => l.split(/[#,\s]/)[0]?.trim() ?? "")
    .filter(Boolean);

interface Span {
  family: 4 | 6;
  start: bigint;
  end: bigint;
}
const spansOf = (texts: string[]): Span[] =>
  texts.flatMap((t) => {
    const c = parseCidr(t);
    return c ? [{ family: c.family, start: c.network, end: lastAddress(c) }] : [];
  });

/** Sorted, merged spans of one family. */
function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (!last || s.start > last.end + 1n) out.push({ ...s });
    else if (s.end > last.end) last.end = s.end;
  }
  return out;
}

function subtract(keep: Span[], remove: Span[]): Span[] {
  const out: Span[] = [];
  for (const k of keep) {
    let pieces = [k];
    for (const r of remove) {
      if (r.end < k.start || r.start > k.end) continue;
      pieces = pieces.flatMap((p) => {
        if (r.end < p.start || r.start > p.end) return [p];
        const left = r.start > p.start ? [{ ...p, end: r.start - 1n }] : [];
        const right = r.end < p.end ? [{ ...p, start: r.end + 1n }] : [];
        return [...left, ...right];
      });
    }
    out.push(...pieces);
  }
  return out;
}

function toText(value: bigint, family: 4 | 6): string {
  if (family === 4) return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 255n)).join(".");
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((s) => ((value >> s) & 0xffffn).toString(16));
  return groups.join(":").replace(/(^|:)0(:0)+(:|$)/, "::");
}

/** The fewest CIDR blocks that cover a span exactly. */
function cidrsOf(span: Span): string[] {
  const width = span.family === 4 ? 32 : 128;
  const out: string[] = [];
  let start = span.start;
  while (start <= span.end) {
    let bits = width;
    while (bits > 0) {
      const size = 1n << BigInt(width - bits + 1);
      if (start % size !== 0n || start + size - 1n > span.end) break;
      bits--;
    }
    out.push(`${toText(start, span.family)}/${bits}`);
    start += 1n << BigInt(width - bits);
  }
  return out;
}

const supplement = new Set(
  readFileSync(new URL("../data/hosting-asns.txt", import.meta.url), "utf8")
    .split("\n")
    .map((l) => /^AS(\d+)/.exec(l.trim())?.[1])
    .filter((a): a is string => Boolean(a)),
);
const asnVersion = JSON.parse(readFileSync(join(asnDir, "package.json"), "utf8")).version as string;
// Rows of asn-ipv4.csv / asn-ipv6.csv: first address, last address, ASN, organisation.
const announced = ["asn-ipv4.csv", "asn-ipv6.csv"].flatMap((file) =>
  readFileSync(join(asnDir, file), "utf8")
    .split("\n")
    .flatMap((row): Span[] => {
      const [first, last, asn] = row.split(",");
      if (!first || !last || !asn || !supplement.has(asn)) return [];
      // An address without a prefix is read as a one-address range.
      const start = parseCidr(first);
      const end = parseCidr(last);
      return start && end ? [{ family: start.family, start: start.network, end: end.network }] : [];
    }),
);
const hosting = [
  ...spansOf([...lines("output/datacenter/ipv4.txt"), ...lines("output/datacenter/ipv6.txt")]),
  ...announced,
];
const relay = spansOf(lines("input/vpn/ips/apple.txt"));
const result: string[] = [];
for (const family of [4, 6] as const) {
  const kept = subtract(
    merge(hosting.filter((s) => s.family === family)),
    merge(relay.filter((s) => s.family === family)),
  );
  result.push(...kept.flatMap(cidrsOf));
}
const header = [
  "# Networks of hosting, cloud and VPN providers: where a shopper's browser does not normally sit.",
  "# Source: https://github.com/X4BNet/lists_vpn (output/datacenter), MIT License, Copyright (c) 2024 X4B (Mathew Heard),",
  `# at commit ${commit}, with the prefixes announced by the ASNs of data/hosting-asns.txt (${announced.length} ranges),`,
  `# from the npm package @ip-location-db/asn ${asnVersion} (RouteViews and DB-IP, CC BY 4.0),`,
  "# less Apple iCloud Private Relay egress (input/vpn/ips/apple.txt of the lists_vpn checkout).",
  "# Regenerate: node --import tsx scripts/update-hosting-networks.ts <checkout> <commit> <asn package dir>",
];
writeFileSync(new URL("../data/hosting-networks.txt", import.meta.url), `${[...header, ...result].join("\n")}\n`);
console.log(`${result.length} ranges (${hosting.length} listed, ${relay.length} relay ranges taken out)`);
