import { describe, expect, it } from "vitest";
import { collectNow } from "../collect.js";
import { standIn, throwing } from "../testing/stand-in.js";
import { screen } from "./screen.js";

const display = { width: 1920, height: 1080, availWidth: 1920, availHeight: 1040, colorDepth: 24 };

/** A window that counts reads of its own size, which lay out the page. */
const browserWindow = () => {
  const reads: string[] = [];
  const size = (name: string, value: number) => ({
    get: () => {
      reads.push(name);
      return value;
    },
  });
  const w = Object.defineProperties(
    { screen: display, devicePixelRatio: 1.25 },
    {
      innerWidth: size("innerWidth", 1536),
      innerHeight: size("innerHeight", 730),
      outerWidth: size("outerWidth", 1536),
      outerHeight: size("outerHeight", 824),
    },
  );
  return { w: standIn(w), reads };
};

describe("screen", () => {
  it("reports the display and the pixel ratio before the token, without reading the window's size", () => {
    const { w, reads } = browserWindow();
    expect(screen.now(w)).toEqual({ ...display, pixelRatio: 1.25 });
    expect(reads).toEqual([]);
  });

  it("adds the window's inner and outer size later", () => {
    const { w } = browserWindow();
    expect(screen.later(w)).toEqual({
      ...display,
      pixelRatio: 1.25,
      innerWidth: 1536,
      innerHeight: 730,
      outerWidth: 1536,
      outerHeight: 824,
    });
  });

  it("records {error} when window.screen throws", () => {
    const w = standIn(throwing("screen", new Error("blocked")));
    expect(collectNow({ screen: { now: () => screen.now(w) } })).toEqual({ screen: { error: "Error: blocked" } });
  });
});
