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
const TEXT = "mmMwWLliI0fiflO&1 審査あア";
// The first lookup of a family costs ~1 ms but up to 5 ms with the page still loading; this many
// stay well under a 50 ms task.
const PER_TASK = 6;

/** A family is present when text in it measures unlike every generic fallback it could fall back to. */
export const fonts: Source<SignalValue<"fonts">> = {
  async later() {
    const ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) return [];
    const width = (font: string) => {
      ctx.font = `72px ${font}`;
      return ctx.measureText(TEXT).width;
    };
    const base = BASES.map(width);
    const found: string[] = [];
    for (let i = 0; i < FAMILIES.length; i++) {
      if (i && i % PER_TASK === 0) await nextTask();
      const family = FAMILIES[i] as string;
      if (BASES.some((b, j) => width(`'${family}',${b}`) !== base[j])) found.push(family);
    }
    return found;
  },
};
