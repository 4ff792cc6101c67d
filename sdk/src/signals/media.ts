import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

type Media = SignalValue<"media">;

export const media = {
  now(w: Window = window): Media {
    const matches = (query: string) => w.matchMedia(`(${query})`).matches;
    const first = (feature: string, values: string[]) => values.find((v) => matches(`${feature}:${v}`)) ?? null;
    return {
      colorGamut: first("color-gamut", ["rec2020", "p3", "srgb"]),
      hdr: matches("dynamic-range:high"),
      colorScheme: first("prefers-color-scheme", ["dark", "light"]),
      reducedMotion: matches("prefers-reduced-motion:reduce"),
      contrast: first("prefers-contrast", ["more", "less", "custom", "no-preference"]),
      forcedColors: matches("forced-colors:active"),
      invertedColors: matches("inverted-colors:inverted"),
      pointer: first("pointer", ["fine", "coarse", "none"]),
      hover: matches("hover:hover"),
    };
  },
} satisfies Source<Media>;
