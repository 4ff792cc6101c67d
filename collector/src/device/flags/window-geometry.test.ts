import { describe, expect, it } from "vitest";
import { codesOf, deviceFacts } from "../../testing/device-facts.js";
import { judgeWindowGeometry } from "./window-geometry.js";

const screen = (width: number, height: number, outerWidth: number, outerHeight: number) =>
  deviceFacts({ screen: { width, height, outerWidth, outerHeight } });

describe("the window against its screen", () => {
  it.each([
    ["a window that fills the screen", screen(1920, 1080, 1919, 1079)],
    ["a Windows maximised window, 16 px over at each side", screen(1920, 1080, 1936, 1096)],
    ["a small window", screen(1920, 1080, 800, 600)],
    ["no outer size yet (the early payload)", deviceFacts({ screen: { width: 1280, height: 720 } })],
  ])("finds nothing in %s", (_, facts) => {
    expect(codesOf(judgeWindowGeometry, facts)).toEqual([]);
  });

  it("flags Playwright's emulated 1280×720 screen around a taller real window", () => {
    expect(codesOf(judgeWindowGeometry, screen(1280, 720, 1288, 805))).toEqual(["window_larger_than_screen"]);
  });
});
