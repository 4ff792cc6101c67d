import { defineConfig } from "vitest/config";

// Node, no DOM: the signals get stand-ins for the few browser objects they read (see
// signals/source.ts); what needs a real browser is tested in Chromium by e2e/.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    unstubGlobals: true,
    restoreMocks: true,
    reporters: ["default", "json"],
    outputFile: { json: "../reports/vitest-sdk.json" },
  },
});
