import type { SignalValue } from "@shinsa/shared";
import { hash } from "../hash.js";
import type { Source } from "./source.js";

/**
 * Draws text, an emoji and blended shapes: their antialiasing, font rasterising and blending differ
 * by GPU, driver, OS and fonts. Returns the image as a data URL, or null without a 2D context.
 */
export function drawCanvas(): string | null {
  const canvas = document.createElement("canvas");
  canvas.width = 240;
  canvas.height = 60;
  const ctx = canvas.getContext("2d");
  if (!ctx) return null;
  ctx.textBaseline = "alphabetic";
  ctx.fillStyle = "#f60";
  ctx.fillRect(100, 1, 62, 20);
  ctx.fillStyle = "#069";
  ctx.font = "15px 'Arial'";
  ctx.fillText("Shinsa 審査, 😃 ¼", 2, 15);
  ctx.fillStyle = "rgba(102,204,0,0.7)";
  ctx.font = "18px serif";
  ctx.fillText("Cwm fjordbank gly", 4, 45);
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
  return canvas.toDataURL();
}

let first: string | null | undefined;

/** This page's first drawing, made once: the tampering check compares a second one with it. */
export const firstDrawing = () => {
  if (first === undefined) first = drawCanvas();
  return first;
};

export const canvas: Source<SignalValue<"canvas">> = {
  later() {
    const image = firstDrawing();
    return image ? hash(image) : "unsupported";
  },
};
