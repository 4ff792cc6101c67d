import { describe, expect, it, vi } from "vitest";
import { collectLater } from "../collect.js";
import { standIn } from "../testing/stand-in.js";
import { drawCanvas, firstDrawing } from "./canvas.js";
import { tampering } from "./tampering.js";

vi.mock("./canvas.js", async (original) => ({
  ...(await original<object>()),
  firstDrawing: vi.fn(() => null),
  drawCanvas: vi.fn(() => null),
}));

// Built-ins, native getters included, print as `function max() { [native code] }`.
const native = Math.max;
const nativeGetter = Object.getOwnPropertyDescriptor(Map.prototype, "size")?.get;
const prototypeOf = (methods: string[], getters: string[] = []) => {
  const proto: Record<string, unknown> = {};
  for (const m of methods) proto[m] = native;
  for (const g of getters) Object.defineProperty(proto, g, { get: nativeGetter, configurable: true });
  return { prototype: proto };
};
const NAVIGATOR_GETTERS = ["webdriver", "userAgent", "platform", "languages", "hardwareConcurrency", "deviceMemory"];

/** A browser whose checked functions are all native; `changes` replaces parts of it. */
const browser = (changes: Record<string, unknown> = {}) =>
  standIn<typeof window>({
    HTMLCanvasElement: prototypeOf(["toDataURL"]),
    CanvasRenderingContext2D: prototypeOf(["getImageData", "measureText"]),
    WebGLRenderingContext: prototypeOf(["getParameter"]),
    AudioBuffer: prototypeOf(["getChannelData"]),
    Date: prototypeOf(["getTimezoneOffset"]),
    Intl: { DateTimeFormat: prototypeOf(["resolvedOptions"]) },
    Function: prototypeOf(["toString"]),
    Navigator: prototypeOf([], NAVIGATOR_GETTERS),
    Screen: prototypeOf([], ["width", "height"]),
    navigator: {},
    ...changes,
  });

describe("tampering", () => {
  it("finds nothing in a browser whose functions are all native", () => {
    expect(tampering.later(browser())).toEqual({ nonNative: [], ownNavigatorProps: [], canvasNoise: null });
  });

  it("names a function and a getter that script replaced", () => {
    const canvas = prototypeOf(["toDataURL"]);
    canvas.prototype.toDataURL = function toDataURL() {
      return "data:,noise";
    };
    const nav = prototypeOf([], NAVIGATOR_GETTERS);
    Object.defineProperty(nav.prototype, "userAgent", { get: () => "Mozilla/5.0 (spoofed)" });
    expect(tampering.later(browser({ HTMLCanvasElement: canvas, Navigator: nav })).nonNative).toEqual([
      "HTMLCanvasElement.toDataURL",
      "Navigator.userAgent",
    ]);
  });

  it("marks a prototype that throws on inspection, as a Proxy does, since that is itself a sign", () => {
    const trap = new Proxy(
      {},
      {
        getOwnPropertyDescriptor() {
          throw new Error("trapped");
        },
      },
    );
    expect(tampering.later(browser({ WebGLRenderingContext: { prototype: trap } })).nonNative).toEqual([
      "WebGLRenderingContext.getParameter:throws",
    ]);
  });

  it("skips a missing AudioBuffer, and marks any other missing constructor as throwing", () => {
    const nonNative = tampering.later(browser({ AudioBuffer: undefined, WebGLRenderingContext: undefined })).nonNative;
    expect(nonNative).toEqual(["WebGLRenderingContext.getParameter:throws"]);
  });

  it("lists the navigator's own properties, where spoofers define them, at most 64", () => {
    expect(tampering.later(browser({ navigator: { userAgent: "x", webdriver: false } })).ownNavigatorProps).toEqual([
      "userAgent",
      "webdriver",
    ]);
    const many = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`p${i}`, i]));
    expect(tampering.later(browser({ navigator: many })).ownNavigatorProps).toHaveLength(64);
  });

  it.each([
    ["null when the first drawing could not be made", null, null, null],
    ["false when a second drawing equals the first", "data:,a", "data:,a", false],
    ["true when a second drawing differs from the first (canvas noise)", "data:,a", "data:,b", true],
  ])("reports canvasNoise %s", (_, first, second, noise) => {
    vi.mocked(firstDrawing).mockReturnValue(first);
    vi.mocked(drawCanvas).mockReturnValue(second);
    expect(tampering.later(browser()).canvasNoise).toBe(noise);
  });

  it("records {error} when the navigator cannot be listed", async () => {
    const into: Record<string, unknown> = {};
    await collectLater(into, { tampering: { later: () => tampering.later(browser({ navigator: null })) } });
    expect(into).toEqual({ tampering: { error: "TypeError: Cannot convert undefined or null to object" } });
  });
});
