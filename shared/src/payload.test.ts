import { describe, expect, it } from "vitest";
import { collectPayloadSchema } from "./payload.js";
import { createSiteRequestSchema } from "./site.js";

const device = {
  v: 1,
  type: "device",
  key: "pk_abcdefgh1234",
  sessionId: "sess_12345678",
  visitorId: null,
  signals: { timezone: { name: "Asia/Tokyo", offset: -540 }, canvas: { error: "SecurityError" } },
};

describe("the collect payload", () => {
  it("accepts a device payload whose signals are values or recorded errors", () => {
    expect(collectPayloadSchema.safeParse(device).success).toBe(true);
  });

  it("drops signals it does not know rather than refusing the payload", () => {
    const parsed = collectPayloadSchema.parse({ ...device, signals: { ...device.signals, future: 1 } });
    expect(parsed.signals).not.toHaveProperty("future");
  });

  it.each([
    ["another version", { ...device, v: 2 }],
    ["a key that is not public", { ...device, key: "sk_abcdefgh1234" }],
    ["a session id with odd characters", { ...device, sessionId: "<script>" }],
    ["an update without a token", { ...device, type: "update" }],
  ])("refuses %s", (_, payload) => {
    expect(collectPayloadSchema.safeParse(payload).success).toBe(false);
  });

  it("refuses behaviour that carries more than counts and timings", () => {
    const behavior = {
      elapsedMs: 1,
      pointerMoves: 1,
      pointerDistance: 1,
      clicks: -1,
      touches: 0,
      scrolls: 0,
      focusChanges: 0,
      hiddenMs: 0,
      fields: {},
      submitted: false,
    };
    expect(collectPayloadSchema.safeParse({ ...device, behavior }).success).toBe(false);
  });
});

describe("the site request", () => {
  it("normalises an origin's case and default port", () => {
    expect(createSiteRequestSchema.parse({ name: "x", origins: ["https://Shop.Example:443"] }).origins).toEqual([
      "https://shop.example",
    ]);
  });

  it.each(["https://shop.example/path", "https://user@shop.example", "javascript:alert(1)", "shop.example"])(
    "refuses %s as an origin",
    (origin) => {
      expect(createSiteRequestSchema.safeParse({ name: "x", origins: [origin] }).success).toBe(false);
    },
  );
});
