import type { SignalValue } from "@shinsa/shared";
import { drawCanvas, firstDrawing } from "./canvas.js";
import type { Source } from "./source.js";

type Tampering = SignalValue<"tampering">;

const NATIVE = /\{\s*\[native code\]\s*\}\s*$/;

// Functions that anti-detect browsers and fingerprint-spoofing extensions replace with script.
// [owner, property, true for a getter]
const CHECKED: [() => object | undefined, string, string, boolean?][] = [
  [() => HTMLCanvasElement.prototype, "HTMLCanvasElement", "toDataURL"],
  [() => CanvasRenderingContext2D.prototype, "CanvasRenderingContext2D", "getImageData"],
  [() => CanvasRenderingContext2D.prototype, "CanvasRenderingContext2D", "measureText"],
  [() => WebGLRenderingContext.prototype, "WebGLRenderingContext", "getParameter"],
  [() => window.AudioBuffer?.prototype, "AudioBuffer", "getChannelData"],
  [() => Date.prototype, "Date", "getTimezoneOffset"],
  [() => Intl.DateTimeFormat.prototype, "Intl.DateTimeFormat", "resolvedOptions"],
  [() => Function.prototype, "Function", "toString"],
  [() => Navigator.prototype, "Navigator", "webdriver", true],
  [() => Navigator.prototype, "Navigator", "userAgent", true],
  [() => Navigator.prototype, "Navigator", "platform", true],
  [() => Navigator.prototype, "Navigator", "languages", true],
  [() => Navigator.prototype, "Navigator", "hardwareConcurrency", true],
  [() => Navigator.prototype, "Navigator", "deviceMemory", true],
  [() => Screen.prototype, "Screen", "width", true],
  [() => Screen.prototype, "Screen", "height", true],
];

function getNonNative(): string[] {
  const sourceOf = Function.prototype.toString;
  const out: string[] = [];
  for (const [owner, ownerName, name, getter] of CHECKED) {
    try {
      const target = owner();
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

const read = (canvasNoise: boolean | null): Tampering => ({
  nonNative: getNonNative(),
  ownNavigatorProps: Object.getOwnPropertyNames(navigator).slice(0, 64),
  canvasNoise,
});

export const tampering: Source<Tampering> = {
  // All of it after the token: a few ms that the token request need not wait for. The canvas
  // signal ran in an earlier task, so this task draws once, not twice.
  later() {
    const first = firstDrawing();
    return read(first === null ? null : first !== drawCanvas());
  },
};
