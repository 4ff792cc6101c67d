import type { SignalValue } from "@shinsa/shared";
import { nextTask } from "../schedule.js";
import type { Source } from "./source.js";

// Families that tell operating systems, office suites and Japanese setups apart. Japanese shoppers'
// machines carry Meiryo / Yu Gothic / MS Gothic (Windows), Hiragino (macOS, iOS) or Noto CJK
// (Android, Linux); a "Windows" browser without any of them is worth a look.
const FAMILIES = [
  "Meiryo",
  "Yu Gothic",
  "Yu Mincho",
  "MS Gothic",
  "MS PGothic",
  "MS Mincho",
  "Hiragino Sans",
  "Hiragino Kaku Gothic ProN",
  "Hiragino Mincho ProN",
  "Noto Sans CJK JP",
  "Noto Sans JP",
  "IPAexGothic",
  "TakaoGothic",
  "Osaka",
  "Arial",
  "Arial Narrow",
  "Calibri",
  "Cambria",
  "Consolas",
  "Segoe UI",
  "Segoe UI Emoji",
  "Tahoma",
  "Verdana",
  "Georgia",
  "Times New Roman",
  "Courier New",
  "Franklin Gothic",
  "Helvetica Neue",
  "Menlo",
  "Monaco",
  "Apple Color Emoji",
  "Roboto",
  "Noto Color Emoji",
  "Ubuntu",
  "DejaVu Sans",
  "Liberation Sans",
  "Cantarell",
];
const BASES = ["monospace", "sans-serif", "serif"];
// Latin only: Japanese fonts carry their own Latin glyphs, so they are found by it too, while a kanji
// or kana missing from every installed font sends the browser on a search of all of them, up to
// 50 ms for one family on a machine without CJK fonts.
const TEXT = "mmMwWLliI0fiflO&1";
// The first lookup of a family costs ~1 ms, but up to 15 ms on a busy machine with the page still
// loading: the probe yields whenever a task has run this long, so no task nears 50 ms even when a
// slow lookup lands at the end of a slice. (8 ms slices measured 9 ms median, 15 ms at worst, in a
// trace of fresh loads; the first one, with the generic fonts, 13 and 24 ms.)
const SLICE_MS = 5;

/** A family is present when text in it measures unlike every generic fallback it could fall back to. */
export const fonts = {
  async later(doc: Document = document): Promise<SignalValue<"fonts">> {
    const ctx = doc.createElement("canvas").getContext("2d");
    if (!ctx) return [];
    const width = (font: string) => {
      ctx.font = `72px ${font}`;
      return ctx.measureText(TEXT).width;
    };
    // The generic fonts are first lookups too: they get a task of their own.
    const base = BASES.map(width);
    await nextTask();
    const found: string[] = [];
    let sliceStart = performance.now();
    for (const family of FAMILIES) {
      if (performance.now() - sliceStart > SLICE_MS) {
        await nextTask();
        sliceStart = performance.now();
      }
      if (BASES.some((b, j) => width(`'${family}',${b}`) !== base[j])) found.push(family);
    }
    return found;
  },
} satisfies Source<SignalValue<"fonts">>;
