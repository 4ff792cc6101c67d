import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// node --import tsx src/normalize/data/generate-kanji-variants.ts <itaiji-normalize checkout>
//
// Writes kanji-variants.json: each kanji that the IPA's MJ縮退マップ (MJ Shrink Map) 1.2.0 records
// as one character with a more standard one, and that one. Source: the map as tabulated in
// tomatomerde/itaiji-normalize at commit c13290e (src/generated/tables.ts, VARIANT_ADJACENCY and
// KANJI_POLICY), read as data only. Data licence: CC BY-SA 2.1 JP (docs/normalization.md).
//
// Only relations an authority recorded itself ("direct") on an identity basis are kept: the JIS
// inclusion rule (包摂規準), MOJ notice 582 appendix 4 (誤字俗字・正字), and the family-register
// notices (戸籍通達). "Dictionary" and "reading/shape analogy" relations join different
// characters (濱 with 瀕) and would merge strangers' names.

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

// Follow chains (𠮷 → 吉 directly, 邉 → 邊 → 辺 in steps) to their end; ranks only fall, so no loops.
const map: Record<string, string> = {};
for (const from of [...next.keys()].sort((a, b) => a - b)) {
  let to = from;
  for (let step = 0; step < 8 && next.has(to); step++) to = next.get(to) as number;
  if (to !== from) map[String.fromCodePoint(from)] = String.fromCodePoint(to);
}
const out = join(import.meta.dirname, "kanji-variants.json");
writeFileSync(out, `${JSON.stringify({ source: SOURCE, count: Object.keys(map).length, map })}\n`);
console.log(`kanji-variants.json: ${Object.keys(map).length} characters`);
