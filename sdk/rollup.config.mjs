import { readFileSync } from "node:fs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import terser from "@rollup/plugin-terser";
import esbuild from "rollup-plugin-esbuild";

// The budget of the script tag's bundle, min+gzip. A merchant's checkout downloads it on every
// visit, so the build fails rather than let it grow unnoticed.
const GZIP_BUDGET = 8192;

// ES2020 keeps `?.` and `??` native: lowering them costs bytes, and every browser that can run a
// checkout worth screening (Safari 14+, Chrome 80+) has them.
const transpile = () => [nodeResolve({ extensions: [".ts", ".js"] }), esbuild({ target: "es2020" })];

/** Prints min, gzip and brotli bytes of the IIFE and fails the build over budget. */
const sizeReport = () => ({
  name: "size-report",
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== "chunk") continue;
      const code = Buffer.from(chunk.code);
      const gzip = gzipSync(code, { level: 9 }).length;
      const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      console.log(
        `${chunk.fileName}: ${code.length} B min, ${gzip} B gzip, ${brotli} B brotli (budget ${GZIP_BUDGET} B gzip)`,
      );
      if (gzip > GZIP_BUDGET) this.error(`${chunk.fileName} is ${gzip} B gzip, over the ${GZIP_BUDGET} B budget`);
    }
  },
});

/**
 * The public types are declarations only (src/types.ts), so they are copied rather than compiled:
 * `tsc --emitDeclarationOnly` would add seconds to a sub-second build for the same text.
 */
const declarations = () => ({
  name: "declarations",
  generateBundle() {
    this.emitFile({ type: "asset", fileName: "types.d.ts", source: readFileSync("src/types.ts", "utf8") });
    this.emitFile({
      type: "asset",
      fileName: "index.d.ts",
      source: `import type { Shinsa, StartOptions } from "./types.js";
export type { Shinsa, StartOptions } from "./types.js";
/** Starts collecting on this page. Never throws. */
export declare function start(options: StartOptions): Shinsa;
`,
    });
  },
});

export default [
  {
    input: "src/script-tag.ts",
    output: {
      file: "dist/shinsa.js",
      format: "iife",
      plugins: [terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } }), sizeReport()],
    },
    plugins: transpile(),
  },
  {
    input: "src/index.ts",
    output: { dir: "dist", entryFileNames: "index.mjs", format: "es" },
    plugins: [...transpile(), declarations()],
  },
];
