import { defineConfig } from "vitest/config";

// Node, no DOM: the signals get stand-ins for the few browser objects they read (see
// signals/source.ts); what needs a real browser is tested in Chromium by e2e/. The clock's zone is
// Japan's, where the shoppers are, so offsets are the same on every machine.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    env: { TZ: "Asia/Tokyo" },
    unstubGlobals: true,
    clearMocks: true,
    restoreMocks: true,
    reporters: ["default", "json"],
    outputFile: { json: "../reports/vitest-sdk.json" },
  },
});
