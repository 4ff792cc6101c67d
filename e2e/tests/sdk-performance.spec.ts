import { expect, test } from "@playwright/test";
import { createShop, openShopPage, shopPage, tokenField } from "../fixtures/sdk-shop.js";

// What the SDK costs a checkout is measured by `pnpm bench:sdk` (docs/benchmarks/sdk.md), not
// asserted here: this machine is shared and noisy. What is asserted is the contract merchants rely on
// to measure it themselves: `shinsa:start`, `shinsa:sent` and `shinsa:token` in the page's timeline,
// in that order, the token mark set when the form holds the token, and the collector's own time
// readable by the page (Server-Timing).
test("the SDK marks its phases in the page's performance timeline", async ({ page }) => {
  const shop = await createShop();
  await openShopPage(page, shopPage(shop.publicKey));
  await page.waitForFunction(() => window.shinsa);
  const timeline = await page.evaluate(async () => {
    const token = await window.shinsa?.getToken();
    const at = (name: string) => performance.getEntriesByName(`shinsa:${name}`)[0]?.startTime ?? Number.NaN;
    const collect = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/v1/collect")) as
      | PerformanceResourceTiming
      | undefined;
    return {
      token,
      start: at("start"),
      sent: at("sent"),
      tokenAt: at("token"),
      server: collect?.serverTiming.find((t) => t.name === "collect")?.duration ?? null,
    };
  });
  console.log(
    `start → sent ${(timeline.sent - timeline.start).toFixed(1)} ms, sent → token ${(timeline.tokenAt - timeline.sent).toFixed(1)} ms, collector ${timeline.server} ms`,
  );
  expect(timeline.start).toBeLessThan(timeline.sent);
  expect(timeline.sent).toBeLessThan(timeline.tokenAt);
  expect(timeline.server).toBeGreaterThan(0);
  await expect(tokenField(page)).toHaveValue(timeline.token ?? "missing");
});
