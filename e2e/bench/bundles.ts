import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

const SDK_BUNDLE = fileURLToPath(new URL("../../sdk/dist/shinsa.js", import.meta.url));

/** A library as the page loads it: its browser bundle and the script that turns it into an id. */
export interface Library {
  name: string;
  /** The bytes a page downloads: the vendor's shipped browser bundle, or Shinsa's script tag build. */
  code: string;
  /** Which of the package's files `code` is. */
  source: string;
  /** Inline script run on the script's `load`; it calls `__done(id)`. Empty for Shinsa. */
  run: string;
  /** False for the floor, whose "id" is a new token every load. */
  identifies?: boolean;
}

/**
 * What any SDK pays before collecting anything: a script that POSTs an empty device payload to the
 * collector and waits for the answer. Its long tasks in the same run are the machine's, so the
 * libraries' counts can be read against it.
 */
export function floorLibrary(collector: string, siteKey: string): Library {
  const body = JSON.stringify({ v: 1, type: "device", key: siteKey, sessionId: "floor", visitorId: null, signals: {} });
  return {
    name: "Floor: one POST, no signals",
    code: `window.__floor=function(){fetch(${JSON.stringify(`${collector}/v1/collect`)},{method:"POST",credentials:"omit",body:${JSON.stringify(body)}})
.then(function(r){return r.json()}).then(function(a){__done(a.token||"none")},function(){__done("error")})}`,
    source: "e2e/bench/bundles.ts (inline)",
    run: "__floor()",
    identifies: false,
  };
}

// Read from the package folder itself: not every package exports its dist files or package.json.
const packageFile = (pkg: string, file: string) =>
  fileURLToPath(new URL(`../node_modules/${pkg}/${file}`, import.meta.url));

// BotD ships only CommonJS and ESM builds; the IIFE a script tag needs is bundled here, minified
// the way its own CDN build is.
async function botdIife(): Promise<string> {
  const out = await build({
    entryPoints: [packageFile("@fingerprintjs/botd", "dist/botd.esm.js")],
    bundle: true,
    minify: true,
    format: "iife",
    globalName: "Botd",
    target: "es2018",
    write: false,
    legalComments: "none",
  });
  return out.outputFiles[0]?.text ?? "";
}

// `monitoring: false` (FingerprintJS, BotD) and `logging: false` (ThumbmarkJS) switch off the
// vendors' sampled telemetry requests; with no API key ThumbmarkJS calls no server.
export async function loadLibraries(): Promise<Library[]> {
  return [
    {
      name: "FingerprintJS 5.2.0",
      code: readFileSync(packageFile("@fingerprintjs/fingerprintjs", "dist/fp.umd.min.js"), "utf8"),
      source: "dist/fp.umd.min.js",
      run: "FingerprintJS.load({monitoring:false}).then(function(a){return a.get()}).then(function(r){__done(r.visitorId)})",
    },
    {
      name: "ThumbmarkJS 1.11.0",
      code: readFileSync(packageFile("@thumbmarkjs/thumbmarkjs", "dist/thumbmark.umd.js"), "utf8"),
      source: "dist/thumbmark.umd.js",
      run: "new ThumbmarkJS.Thumbmark({logging:false}).get().then(function(r){__done(r.thumbmark)})",
    },
    {
      name: "BotD 2.0.0",
      code: await botdIife(),
      source: "dist/botd.esm.js → IIFE (esbuild --minify)",
      run: "Botd.load({monitoring:false}).then(function(b){return b.detect()}).then(function(r){__done('bot=' + r.bot)})",
    },
    { name: "Shinsa", code: readFileSync(SDK_BUNDLE, "utf8"), source: "sdk/dist/shinsa.js", run: "" },
  ];
}

export interface Sizes {
  min: number;
  gzip: number;
  brotli: number;
}

export function sizesOf(code: string): Sizes {
  const bytes = Buffer.from(code);
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
