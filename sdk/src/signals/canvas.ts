import type { SignalValue } from "@shinsa/shared";
import { hash } from "../hash.js";
import { nextTask } from "../schedule.js";
import type { Source } from "./source.js";

// [font, text, x, y]: the emoji and the kanji make the browser look for fallback fonts.
const TEXTS = [
  ["15px 'Arial'", "Shinsa 審査, 😃 ¼", 2, 15],
  ["18px serif", "Cwm fjordbank gly", 4, 45],
] as const;

/**
 * Draws text, an emoji and blended shapes: their antialiasing, font rasterising and blending differ
 * by GPU, driver, OS and fonts. Returns the canvas, or null without a 2D context.
 */
function draw(doc: Document = document): HTMLCanvasElement | null {
  const canvas = doc.createElement("canvas");
  canvas.width = 240;
  canvas.height = 60;
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = "#f60";
  ctx.fillRect(100, 1, 62, 20);
  TEXTS.forEach(([font, text, x, y], i) => {
    ctx.fillStyle = i ? "rgba(102,204,0,0.7)" : "#069";
    ctx.font = font;
    ctx.fillText(text, x, y);
  });
  ctx.globalCompositeOperation = "multiply";
  for (const [color, x] of [
    ["#f2f", 40],
    ["#2ff", 80],
    ["#ff2", 60],
  ] as const) {
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.arc(x, 30, 25, 0, Math.PI * 2);
    ctx.fill();
  }
  return canvas;
}

/** A drawing as a data URL (PNG), or null without a 2D context. */
export const drawCanvas = () => draw()?.toDataURL() ?? null;

let first: string | null | undefined;

/**
 * This page's first drawing, made once (encoded from `drawn` when the caller drew it in an earlier
 * task): the tampering check compares a second one with it.
 */
export const firstDrawing = (drawn?: HTMLCanvasElement | null) => {
  if (first === undefined) first = (drawn === undefined ? draw() : drawn)?.toDataURL() ?? null;
  return first;
};

/**
 * Finding the fallback fonts for the kanji and the emoji is most of a first drawing's cost (10–60 ms
 * here, more where no installed font has them): shaping each piece of text once, each in a task of
 * its own, leaves the drawing with fonts the browser has already found.
 */
async function shapeTexts(doc: Document) {
  const ctx = doc.createElement("canvas").getContext("2d");
  for (const [font, text] of TEXTS) {
    for (const piece of text.split(" ")) {
      await nextTask();
      if (!ctx) return;
      ctx.font = font;
      ctx.measureText(piece);
    }
  }
  await nextTask();
}

export const canvas = {
  async later(doc: Document = document): Promise<SignalValue<"canvas">> {
    await shapeTexts(doc);
    // Drawing and encoding the PNG in two tasks: together they measured up to 22 ms.
    const drawn = draw(doc);
    await nextTask();
    const image = firstDrawing(drawn);
    return image ? hash(image) : "unsupported";
  },
} satisfies Source<SignalValue<"canvas">>;
