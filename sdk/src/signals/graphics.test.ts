import { describe, expect, it, vi } from "vitest";
import { collectLater } from "../collect.js";
import { standIn } from "../testing/stand-in.js";
import { graphics } from "./graphics.js";

const VENDOR = 0x1f00;
const RENDERER = 0x1f01;
const UNMASKED_VENDOR = 0x9245;
const UNMASKED_RENDERER = 0x9246;
const MAX_VIEWPORT_DIMS = 0x0d3a;

/** A WebGL context answering `params`, with the extensions in `extensions`. */
const webgl = (params: Record<number, unknown>, extensions: Record<string, object> = {}) => ({
  VENDOR,
  RENDERER,
  VERTEX_SHADER: 0x8b31,
  FRAGMENT_SHADER: 0x8b30,
  LOW_FLOAT: 0x8df0,
  MEDIUM_FLOAT: 0x8df1,
  HIGH_FLOAT: 0x8df2,
  HIGH_INT: 0x8df5,
  getExtension: (name: string) => extensions[name] ?? null,
  getParameter: (p: number) => params[p] ?? null,
  getShaderPrecisionFormat: () => ({ rangeMin: 127, rangeMax: 127, precision: 23 }),
  getSupportedExtensions: () => ["ANGLE_instanced_arrays", "WEBGL_debug_renderer_info"],
});
const debugInfo = { UNMASKED_VENDOR_WEBGL: UNMASKED_VENDOR, UNMASKED_RENDERER_WEBGL: UNMASKED_RENDERER };
const documentWith = (getContext: () => unknown) => standIn<Document>({ createElement: () => ({ getContext }) });

describe("graphics", () => {
  it("reports nulls when the browser gives no WebGL context", async () => {
    expect(await graphics.later(documentWith(() => null))).toEqual({ vendor: null, renderer: null, paramsHash: null });
  });

  it("reports the unmasked vendor and renderer where WEBGL_debug_renderer_info exists", async () => {
    const gl = webgl(
      { [UNMASKED_VENDOR]: "Google Inc. (NVIDIA)", [UNMASKED_RENDERER]: "ANGLE (NVIDIA GeForce RTX 3060)" },
      { WEBGL_debug_renderer_info: debugInfo },
    );
    expect(await graphics.later(documentWith(() => gl))).toEqual({
      vendor: "Google Inc. (NVIDIA)",
      renderer: "ANGLE (NVIDIA GeForce RTX 3060)",
      paramsHash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
  });

  it("falls back to the masked VENDOR and RENDERER without it (Firefox resisting fingerprinting)", async () => {
    const gl = webgl({ [VENDOR]: "Mozilla", [RENDERER]: "Mozilla" });
    expect(await graphics.later(documentWith(() => gl))).toMatchObject({ vendor: "Mozilla", renderer: "Mozilla" });
  });

  it("hashes typed-array parameters by their numbers, so only different limits give different hashes", async () => {
    const hashOf = async (dims: unknown) =>
      (await graphics.later(documentWith(() => webgl({ [MAX_VIEWPORT_DIMS]: dims })))).paramsHash;
    const typed = await hashOf(new Int32Array([16384, 16384]));
    expect(await hashOf([16384, 16384])).toBe(typed);
    expect(await hashOf(new Int32Array([8192, 8192]))).not.toBe(typed);
  });

  it("releases the context when done, as a page may hold only a few", async () => {
    const loseContext = vi.fn();
    const gl = webgl({}, { WEBGL_lose_context: { loseContext } });
    await graphics.later(documentWith(() => gl));
    expect(loseContext).toHaveBeenCalledOnce();
  });

  it("records {error} when the WebGL context throws, and the other signals still arrive", async () => {
    const doc = documentWith(() => {
      throw new Error("WebGL is disabled");
    });
    const into: Record<string, unknown> = {};
    await collectLater(into, { graphics: { later: () => graphics.later(doc) }, fonts: { later: () => [] } });
    expect(into).toEqual({ graphics: { error: "Error: WebGL is disabled" }, fonts: [] });
  });
});
