import type { SignalValue } from "@shinsa/shared";
import { drawCanvas, firstDrawing } from "./canvas.js";
import { NATIVE } from "./native.js";
import type { Source } from "./source.js";

type Tampering = SignalValue<"tampering">;

// Functions that anti-detect browsers and fingerprint-spoofing extensions replace with script.
type Global = typeof window;

// [owner, property, true for a getter]
const CHECKED: [(w: Global) => object | undefined, string, string, boolean?][] = [
  [(w) => w.HTMLCanvasElement.prototype, "HTMLCanvasElement", "toDataURL"],
  [(w) => w.CanvasRenderingContext2D.prototype, "CanvasRenderingContext2D", "getImageData"],
  [(w) => w.CanvasRenderingContext2D.prototype, "CanvasRenderingContext2D", "measureText"],
  [(w) => w.WebGLRenderingContext.prototype, "WebGLRenderingContext", "getParameter"],
  [(w) => w.AudioBuffer?.prototype, "AudioBuffer", "getChannelData"],
  [(w) => w.Date.prototype, "Date", "getTimezoneOffset"],
  [(w) => w.Intl.DateTimeFormat.prototype, "Intl.DateTimeFormat", "resolvedOptions"],
  [(w) => w.Function.prototype, "Function", "toString"],
  [(w) => w.Navigator.prototype, "Navigator", "webdriver", true],
  [(w) => w.Navigator.prototype, "Navigator", "userAgent", true],
  [(w) => w.Navigator.prototype, "Navigator", "platform", true],
  [(w) => w.Navigator.prototype, "Navigator", "languages", true],
  [(w) => w.Navigator.prototype, "Navigator", "hardwareConcurrency", true],
  [(w) => w.Navigator.prototype, "Navigator", "deviceMemory", true],
  [(w) => w.Screen.prototype, "Screen", "width", true],
  [(w) => w.Screen.prototype, "Screen", "height", true],
];

function getNonNative(w: Global): string[] {
  const sourceOf = Function.prototype.toString;
  const out: string[] = [];
  for (const [owner, ownerName, name, getter] of CHECKED) {
    try {
      const target = owner(w);
      const descriptor = target && Object.getOwnPropertyDescriptor(target, name);
      const fn = descriptor && (getter ? descriptor.get : descriptor.value);
      if (typeof fn === "function" && !NATIVE.test(sourceOf.call(fn))) out.push(`${ownerName}.${name}`);
    } catch {
      // A Proxy that throws on inspection is itself a sign of tampering.
      out.push(`${ownerName}.${name}:throws`);
    }
  }
  return out;
}

const read = (canvasNoise: boolean | null, w: Global): Tampering => ({
  nonNative: getNonNative(w),
  ownNavigatorProps: Object.getOwnPropertyNames(w.navigator).slice(0, 64),
  canvasNoise,
});

export const tampering = {
  // All of it after the token: a few ms that the token request need not wait for. The canvas
  // signal ran in an earlier task, so this task draws once, not twice.
  later(w: Global = window): Tampering {
    const first = firstDrawing();
    return read(first === null ? null : first !== drawCanvas(), w);
  },
} satisfies Source<Tampering>;
