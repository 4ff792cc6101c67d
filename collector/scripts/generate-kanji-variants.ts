import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// pnpm --filter @shinsa/collector gen:kanji-variants <itaiji-normalize checkout>
//
// Writes kanji-variants.json, two tables:
//
// `map`, for names and places: each kanji that the IPA's MJ縮退マップ (MJ Shrink Map) 1.2.0 records
// as one character with a more standard one, and that one. Source: the map as tabulated in
// tomatomerde/itaiji-normalize at commit c13290e (src/generated/tables.ts, VARIANT_ADJACENCY,
// REDUCE_BY_UCS and KANJI_POLICY), read as data only. Data licence: CC BY-SA 2.1 JP. Only relations
// an authority recorded itself ("direct") on an identity basis are kept: the JIS inclusion rule
// (包摂規準), MOJ notice 582 appendix 4 (誤字俗字・正字), and the family-register notices (戸籍通達).
// "Dictionary" and "reading/shape analogy" relations join different characters (濱 with 瀕) and
// would merge strangers' names.
//
// `placeMap`, for addresses only, on top of `map`: the 俗字 and 略字 that place names are written
// with (藪/薮, 鰺/鯵, 籠/篭, 檜/桧, 驒/騨): every MJ relation on those bases, also inferred ones,
// that moves a character outside 常用・人名用 to one inside, plus the JIS 第2水準 → 第1水準 table of @geolonia/normalize-japanese-addresses
// 3.1.3 (src/lib/dictionaries/jisDai2.ts, MIT). Two towns of one city never differ by such a
// character alone, so joining them costs nothing there; in names it would.

const SOURCE = {
  data: "MJ縮退マップ 1.2.0 (IPA), with MJ文字情報一覧表 Ver.006.02 for code points",
  tabulatedBy: "github.com/tomatomerde/itaiji-normalize",
  commit: "c13290e501a51845113d09b034926dccd2e96ecb",
  file: "src/generated/tables.ts",
  license: "CC BY-SA 2.1 JP",
};
const IDENTITY_BASES = 0b01011; // bit 0 JIS inclusion, bit 1 MOJ 582, bit 3 family register

function readTable<T>(source: string, name: string): T {
  const match = new RegExp(`export const ${name}\\b[^=]*=[^']*'(.*?)'\\);`, "s").exec(source);
  if (!match?.[1]) throw new Error(`${name} not found`);
  return JSON.parse(match[1].replace(/\\'/g, "'").replace(/\\\\/g, "\\")) as T;
}

const GEOLONIA = {
  package: "@geolonia/normalize-japanese-addresses",
  version: "3.1.3",
  file: "src/lib/dictionaries/jisDai2.ts",
  license: "MIT",
};
const checkout = process.argv[2];
if (!checkout) throw new Error("usage: generate-kanji-variants.ts <path to an itaiji-normalize checkout>");
const tables = readFileSync(join(checkout, SOURCE.file), "utf8");
const adjacency = readTable<Record<string, [string, number, number][]>>(tables, "VARIANT_ADJACENCY");
const policy = readTable<Record<string, number>>(tables, "KANJI_POLICY");
const reduce = readTable<Record<string, [string, number, number | null, number | null][]>>(tables, "REDUCE_BY_UCS");

// Lower is more standard: 常用漢字, then 人名用漢字 (each by JIS level), then other JIS X 0213
// characters (those the map reduces to themselves), then the rest.
function rank(hex: string): number {
  const packed = policy[hex];
  if (packed !== undefined) return (packed >> 3) * 10 + (packed & 0b111);
  return reduce[hex]?.some(([to]) => to === hex) ? 50 : 100;
}
// Between two equally standard characters, the map's own reduction gives the direction (莵 → 菟).
const reducesTo = (from: string, to: string) => reduce[from]?.some(([t]) => t === to) ?? false;
const isHan = (cp: number) => /\p{Script=Han}/u.test(String.fromCodePoint(cp));

// Each character points at its most standard identity-variant, if one is more standard than it.
const next = new Map<number, number>();
for (const [fromHex, edges] of Object.entries(adjacency)) {
  const from = Number.parseInt(fromHex, 16);
  if (!isHan(from)) continue;
  let best: { cp: number; rank: number } | null = null;
  for (const [toHex, bases, direct] of edges) {
    const to = Number.parseInt(toHex, 16);
    if (!direct || !(bases & IDENTITY_BASES) || !isHan(to)) continue;
    const r = rank(toHex);
    const better =
      r < rank(fromHex) || (r === rank(fromHex) && reducesTo(fromHex, toHex) && !reducesTo(toHex, fromHex));
    if (better && (!best || r < best.rank || (r === best.rank && to < best.cp))) best = { cp: to, rank: r };
  }
  if (best) next.set(from, best.cp);
}

// One relation the map does not record, added by hand: 斉 and 斎 (with 齊 and 齋) are two characters
// to a family register, but one surname to the people who write it (斉藤, 斎藤 and 齊藤 for one
// family, all さいとう). Kept apart, a family at one door reads as strangers; the quality bench's
// family trap went from 2.5 % to 5.0 % on seed 3 without this line.
const BY_HAND: Readonly<Record<string, string>> = { 斉: "斎" };
for (const [from, to] of Object.entries(BY_HAND)) next.set(from.codePointAt(0) as number, to.codePointAt(0) as number);

// Follow chains (𠮷 → 吉 directly, 邉 → 邊 → 辺 in steps) to their end; ranks only fall, so no loops.
const map: Record<string, string> = {};
for (const from of [...next.keys()].sort((a, b) => a - b)) {
  let to = from;
  for (let step = 0; step < 8 && next.has(to); step++) to = next.get(to) as number;
  if (to !== from) map[String.fromCodePoint(from)] = String.fromCodePoint(to);
}

// Places: one step to a more standard character, followed to its end; a loop (each side more
// standard by one table) ends at its most standard member.
const order = (cp: number) => [rank(cp.toString(16)), cp] as const;
const before = (a: number, b: number) => {
  const [ra, ca] = order(a);
  const [rb, cb] = order(b);
  return ra < rb || (ra === rb && ca < cb);
};
const loose = new Map<number, number>();
const offer = (from: number, to: number) => {
  if (from === to || !isHan(from) || !isHan(to)) return;
  const current = loose.get(from);
  if (!current || before(to, current)) loose.set(from, to);
};
for (const [fromHex, edges] of Object.entries(adjacency)) {
  const from = Number.parseInt(fromHex, 16);
  for (const [toHex, bases] of edges) {
    const to = Number.parseInt(toHex, 16);
    // Only a character outside 常用・人名用 moves, and only to one inside: 高 must not become 享.
    if (bases & IDENTITY_BASES && rank(fromHex) >= 50 && rank(toHex) < 50) offer(from, to);
  }
}
const jisDai2 = readFileSync(join(import.meta.dirname, "../node_modules", GEOLONIA.package, GEOLONIA.file), "utf8");
for (const [, src, dst] of jisDai2.matchAll(/src: '(.)', dst: '(.)'/gu)) {
  if (src && dst) offer(src.codePointAt(0) as number, dst.codePointAt(0) as number);
}
const identity = (cp: number) => {
  const to = map[String.fromCodePoint(cp)];
  return to ? (to.codePointAt(0) as number) : cp;
};
const placeMap: Record<string, string> = {};
for (const start of new Set([...loose.keys(), ...[...loose.keys()].map(identity)])) {
  const seen: number[] = [];
  let at = identity(start);
  while (!seen.includes(at)) {
    seen.push(at);
    at = identity(loose.get(at) ?? at);
  }
  const loop = seen.slice(seen.indexOf(at));
  const end = loop.reduce((best, cp) => (before(cp, best) ? cp : best));
  if (end !== identity(start)) placeMap[String.fromCodePoint(start)] = String.fromCodePoint(end);
}

const out = join(import.meta.dirname, "../src/normalize/data/kanji-variants.json");
const json = {
  source: { mj: SOURCE, places: GEOLONIA, byHand: BY_HAND },
  count: Object.keys(map).length,
  map,
  placeMap,
};
// Written as biome formats it, so a regenerated file passes the lint as it is.
writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
console.log(
  `kanji-variants.json: ${Object.keys(map).length} characters, ${Object.keys(placeMap).length} more for places`,
);
