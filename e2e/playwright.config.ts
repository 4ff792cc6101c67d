import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.js";

// The collector runs on an in-memory PGlite with its demo shop, as `npm run demo` would start it.
// Chromium is Debian's: Playwright never downloads a browser on these machines.
export const PORT = Number(process.env.E2E_PORT ?? 8797);
export const SHOP_PORT = Number(process.env.E2E_SHOP_PORT ?? 8798);
export const ADMIN_TOKEN = "e2e-admin-token-0123456789";

export default defineConfig({
  testDir: "tests",
  workers: 1,
  timeout: 60_000,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"], ["json", { outputFile: "../reports/playwright-e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: "node shop-server.mjs",
      url: `http://127.0.0.1:${SHOP_PORT}/healthz`,
      reuseExistingServer: false,
      env: { SHOP_PORT: String(SHOP_PORT) },
    },
    {
      command: "node --import tsx src/server.ts",
      cwd: "../collector",
      url: `http://127.0.0.1:${PORT}/readyz`,
      reuseExistingServer: false,
      timeout: 90_000,
      stdout: "pipe",
      env: {
        PORT: String(PORT),
        HOST: "127.0.0.1",
        SHINSA_DATA_DIR: "memory://",
        SHINSA_ADMIN_TOKEN: ADMIN_TOKEN,
        SHINSA_DEMO: "1",
        DATABASE_URL: "",
      },
    },
  ],
});
