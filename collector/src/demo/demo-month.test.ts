import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";
import { seedDemoMonth } from "./demo-month.js";

// The README's worked example, read from the README itself: the request after "-d '" and the
// answer in the json block that follows it.
const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
const requestText = /-d '(\{"orderId": "A-1001"[\s\S]*?\})'/.exec(readme)?.[1] ?? "";
const answerText = /```json\n(\{"orderId": "A-1001"[\s\S]*?)\n```/.exec(readme)?.[1] ?? "";

describe.each(testDrivers)("the demo's month on %s", (driver) => {
  const ctx = useTestApp(driver);
  const call = callAs(ctx);

  it("seeds a month with a queue to work, labels and rings, once", async () => {
    const site = await createTestSite(ctx);
    const seeded = await seedDemoMonth(ctx.deps, site.siteId);
    expect(seeded?.orders).toBeGreaterThan(250);
    expect(seeded?.labels).toBeGreaterThan(5);
    const open = await jsonOf(await call("GET", site.secretKey, "/v1/orders?status=open&limit=200"));
    expect(open.orders.length).toBeGreaterThan(5);
    const rejected = await jsonOf(await call("GET", site.secretKey, "/v1/orders?decision=reject&limit=200"));
    expect(rejected.orders.some((o: { ringId: string | null }) => o.ringId)).toBe(true);
    const earlier = await jsonOf(await call("GET", site.secretKey, "/v1/orders/A-0990"));
    expect(earlier.label).toBe("chargeback");
    expect(await seedDemoMonth(ctx.deps, site.siteId)).toBeNull();

    // The README's worked example answers exactly what the README shows (the ring's id is random).
    expect(requestText).not.toBe("");
    const request = JSON.parse(requestText);
    delete request.token; // "tok_…" in the README stands for the form's token
    const res = await ctx.app.request("/v1/orders", {
      method: "POST",
      headers: { authorization: `Bearer ${site.secretKey}`, "accept-language": "en" },
      body: JSON.stringify(request),
    });
    const answer = await jsonOf(res);
    const shown = JSON.parse(answerText);
    expect(answer.links.ringId).toMatch(/^ring_/);
    delete answer.links.ringId;
    delete shown.links.ringId;
    expect(answer).toEqual(shown);
  });
});
