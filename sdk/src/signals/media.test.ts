import { describe, expect, it } from "vitest";
import { collectNow } from "../collect.js";
import { standIn } from "../testing/stand-in.js";
import { media } from "./media.js";

/** A window whose matchMedia matches exactly `queries`, and lists every query asked. */
const matching = (...queries: string[]) => {
  const asked: string[] = [];
  const w = standIn({
    matchMedia: (query: string) => {
      asked.push(query);
      return { matches: queries.includes(query) };
    },
  });
  return { w, asked };
};

describe("media", () => {
  it("reports a dark-mode phone's display and pointer", () => {
    const { w } = matching(
      "(color-gamut:srgb)",
      "(color-gamut:p3)",
      "(prefers-color-scheme:dark)",
      "(prefers-contrast:no-preference)",
      "(pointer:coarse)",
    );
    expect(media.now(w)).toEqual({
      colorGamut: "p3",
      hdr: false,
      colorScheme: "dark",
      reducedMotion: false,
      contrast: "no-preference",
      forcedColors: false,
      invertedColors: false,
      pointer: "coarse",
      hover: false,
    });
  });

  it("reports each yes-or-no feature that matches", () => {
    const { w } = matching(
      "(dynamic-range:high)",
      "(prefers-reduced-motion:reduce)",
      "(forced-colors:active)",
      "(inverted-colors:inverted)",
      "(hover:hover)",
    );
    expect(media.now(w)).toMatchObject({
      hdr: true,
      reducedMotion: true,
      forcedColors: true,
      invertedColors: true,
      hover: true,
    });
  });

  it("reports the widest gamut that matches, asking no further once one does", () => {
    const { w, asked } = matching("(color-gamut:rec2020)", "(color-gamut:p3)", "(color-gamut:srgb)");
    expect(media.now(w).colorGamut).toBe("rec2020");
    expect(asked.filter((q) => q.startsWith("(color-gamut"))).toEqual(["(color-gamut:rec2020)"]);
  });

  it("reports null for a feature none of whose values match (a browser that does not know it)", () => {
    const { w } = matching();
    expect(media.now(w)).toEqual({
      colorGamut: null,
      hdr: false,
      colorScheme: null,
      reducedMotion: false,
      contrast: null,
      forcedColors: false,
      invertedColors: false,
      pointer: null,
      hover: false,
    });
  });

  it("records {error} where the browser has no matchMedia", () => {
    expect(collectNow({ media: { now: () => media.now(standIn({})) } })).toEqual({
      media: { error: expect.stringMatching(/^TypeError: .*matchMedia is not a function$/) },
    });
  });
});
