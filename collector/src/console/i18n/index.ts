import type { Lang } from "../../lib/lang.js";
import { en } from "./en.js";
import { type Catalogue, ja } from "./ja.js";

export type { Catalogue };
export const catalogues: Record<Lang, Catalogue> = { ja, en };

/** Yen, numbers and times as a reader of the language expects them, always on Japan's clock. */
export function formatterFor(lang: Lang) {
  const locale = lang === "ja" ? "ja-JP" : "en-GB";
  const yen = new Intl.NumberFormat(locale, { style: "currency", currency: "JPY" });
  const number = new Intl.NumberFormat(locale);
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: "Asia/Tokyo",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });
  const day = new Intl.DateTimeFormat(locale, { timeZone: "Asia/Tokyo", month: "2-digit", day: "2-digit" });
  return {
    yen: (n: number | null | undefined) => (n == null ? "—" : yen.format(n)),
    number: (n: number) => number.format(n),
    time: (iso: string | Date | null | undefined) => (iso ? `${time.format(new Date(iso))} JST` : "—"),
    day: (iso: string | Date) => day.format(new Date(iso)),
  };
}
export type Formatter = ReturnType<typeof formatterFor>;
