import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiVersion } from "../routes/openapi.js";
import { testDrivers } from "../testing/databases.js";
import { callAs, createTestSite, jsonOf, useTestApp } from "../testing/test-app.js";
import { openApiDocument } from "./openapi-document.js";
import { operations } from "./operations.js";

const committed = JSON.parse(readFileSync(new URL("../../../docs/openapi.json", import.meta.url), "utf8"));

describe("the OpenAPI document", () => {
  it("is what the code builds: run `pnpm --filter @shinsa/collector openapi` after changing a route or a schema", () => {
    expect(committed).toEqual(openApiDocument(apiVersion));
  });

  it("names every request body's members with the limits the API enforces", () => {
    const order = committed.components.schemas.OrderRequest;
    expect(order.additionalProperties).toBe(false);
    expect(order.required).toEqual(["orderId"]);
    expect(order.properties.orderId).toMatchObject({ type: "string", maxLength: 128 });
    expect(order.properties.payment.properties.method.enum).toContain("deferred");
    expect(committed.paths["/v1/orders"].post.security).toEqual([{ secretKey: [] }]);
    expect(committed.paths["/v1/orders/{orderId}"].get.parameters[0]).toMatchObject({ name: "orderId", in: "path" });
    const limit = committed.paths["/v1/orders"].get.parameters.find((p: { name: string }) => p.name === "limit");
    expect(limit).toBeDefined();
  });
});

describe.each(testDrivers)("the OpenAPI document against the app on %s", (driver) => {
  const ctx = useTestApp(driver);

  it("lists exactly the app's routes (the console and demo pages aside), and is served at /openapi.json", async () => {
    const routes = new Set(
      ctx.app.routes
        .filter((r) => r.method !== "ALL" && !r.path.startsWith("/console") && !r.path.startsWith("/demo"))
        .map((r) => `${r.method} ${r.path}`),
    );
    const documented = new Set(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`));
    expect([...routes].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !routes.has(r))).toEqual([]);
    const served = await ctx.app.request("/openapi.json");
    expect(served.status).toBe(200);
    expect(await served.json()).toEqual(committed);
  });

  it("refuses what the document does not allow: an order member it does not name", async () => {
    const site = await createTestSite(ctx);
    const res = await callAs(ctx)("POST", site.secretKey, "/v1/orders", { orderId: "OA-1", coupon: "X" });
    expect(res.status).toBe(400);
    expect(JSON.stringify(await jsonOf(res))).toContain("coupon");
    expect(committed.components.schemas.OrderRequest.properties.coupon).toBeUndefined();
  });
});
