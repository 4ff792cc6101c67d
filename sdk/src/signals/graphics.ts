import type { SignalValue } from "@shinsa/shared";
import { hash } from "../hash.js";
import { nextTask } from "../schedule.js";
import type { Source } from "./source.js";

// getParameter names (WebGL 1): limits and precisions that vary by GPU and driver.
const PARAMS = [
  0x0d33, 0x0d3a, 0x84e8, 0x8869, 0x8872, 0x8b4a, 0x8b4b, 0x8b4c, 0x8b4d, 0x8dfb, 0x8dfc, 0x8dfd, 0x851c, 0x84e8,
  0x846d, 0x846e, 0x0d52, 0x0d55, 0x0d56, 0x0d57,
];

type Graphics = SignalValue<"graphics">;

export const graphics = {
  async later(doc: Document = document): Promise<Graphics> {
    const gl = doc.createElement("canvas").getContext("webgl");
    if (!gl) return { vendor: null, renderer: null, paramsHash: null };
    // Creating the context is the costly half (13 ms median in a fresh renderer here, 45 ms at
    // worst): everything else goes in a task of its own.
    await nextTask();
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    const vendor = String(gl.getParameter(info ? info.UNMASKED_VENDOR_WEBGL : gl.VENDOR));
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    const parts: unknown[] = PARAMS.map((p) => {
      const v = gl.getParameter(p);
      return v && typeof v === "object" ? Array.from(v as ArrayLike<number>) : v;
    });
    for (const shader of [gl.VERTEX_SHADER, gl.FRAGMENT_SHADER]) {
      for (const precision of [gl.LOW_FLOAT, gl.MEDIUM_FLOAT, gl.HIGH_FLOAT, gl.HIGH_INT]) {
        const f = gl.getShaderPrecisionFormat(shader, precision);
        parts.push(f && [f.rangeMin, f.rangeMax, f.precision]);
      }
    }
    parts.push(gl.getSupportedExtensions());
    gl.getExtension("WEBGL_lose_context")?.loseContext();
    return { vendor, renderer, paramsHash: hash(JSON.stringify(parts)) };
  },
} satisfies Source<Graphics>;
