import { defineConfig } from "vitest/config";

// PGlite's first open takes seconds and ~0.5 GB, so files share one instance and hooks get time.
export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "bench/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ["default", "json"],
    outputFile: { json: "../reports/vitest-collector.json" },
  },
});
