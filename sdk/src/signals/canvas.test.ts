import { beforeEach, describe, expect, it, vi } from "vitest";
import { collectLater } from "../collect.js";
import { hash } from "../hash.js";
import { standIn } from "../testing/stand-in.js";

// The page's first drawing is kept in the module: each test starts from a fresh one.
let signal: typeof import("./canvas.js");
beforeEach(async () => {
  vi.resetModules();
  signal = await import("./canvas.js");
});

const context2d = () => ({
  fillRect: vi.fn(),
  fillText: vi.fn(),
  measureText: vi.fn(),
  beginPath: vi.fn(),
  arc: vi.fn(),
  fill: vi.fn(),
});

/** A document whose canvases draw into `context` and encode as `png`. */
const documentDrawing = (png: string, context: () => unknown = context2d) => {
  const createElement = vi.fn(() => ({ getContext: context, toDataURL: () => png }));
  return { doc: standIn<Document>({ createElement }), createElement };
};

describe("canvas", () => {
  it("answers the hash of its drawing's PNG", async () => {
    const { doc } = documentDrawing("data:image/png;base64,iVBORw0KGgo");
    expect(await signal.canvas.later(doc)).toBe(hash("data:image/png;base64,iVBORw0KGgo"));
  });

  it("reports 'unsupported' when the browser gives no 2D context", async () => {
    const { doc } = documentDrawing("data:,", () => null);
    expect(await signal.canvas.later(doc)).toBe("unsupported");
  });

  it("draws text with an emoji and kanji, after shaping each piece of it once", async () => {
    const ctx = context2d();
    await signal.canvas.later(documentDrawing("data:,", () => ctx).doc);
    expect(ctx.measureText.mock.calls.map(([piece]) => piece)).toEqual([
      "Shinsa",
      "審査,",
      "😃",
      "¼",
      "Cwm",
      "fjordbank",
      "gly",
    ]);
    expect(ctx.fillText.mock.calls.map(([text]) => text)).toEqual(["Shinsa 審査, 😃 ¼", "Cwm fjordbank gly"]);
  });

  it("keeps its drawing as the page's first, so the tampering check does not draw it again", async () => {
    const { doc, createElement } = documentDrawing("data:image/png;base64,first");
    await signal.canvas.later(doc);
    const made = createElement.mock.calls.length;
    expect(signal.firstDrawing()).toBe("data:image/png;base64,first");
    expect(createElement).toHaveBeenCalledTimes(made);
  });

  it("records {error} when the 2D context throws, and the other signals still arrive", async () => {
    const { doc } = documentDrawing("data:,", () => {
      throw new Error("context lost");
    });
    const into: Record<string, unknown> = {};
    await collectLater(into, { canvas: { later: () => signal.canvas.later(doc) }, fonts: { later: () => [] } });
    expect(into).toEqual({ canvas: { error: "Error: context lost" }, fonts: [] });
  });
});
