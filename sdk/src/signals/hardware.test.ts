import { describe, expect, it } from "vitest";
import { collectNow } from "../collect.js";
import { standIn, throwing } from "../testing/stand-in.js";
import { hardware } from "./hardware.js";
import { math } from "./math.js";

describe("hardware", () => {
  it("reports cores, memory and touch points as the navigator gives them, 0 included", () => {
    const nav = standIn<Navigator>({ hardwareConcurrency: 8, deviceMemory: 4, maxTouchPoints: 0 });
    expect(hardware.now(nav)).toEqual({ concurrency: 8, memory: 4, maxTouchPoints: 0 });
  });

  it("reports null for what the browser does not expose (deviceMemory outside Chromium)", () => {
    const nav = standIn<Navigator>({ hardwareConcurrency: 4, maxTouchPoints: 5 });
    expect(hardware.now(nav)).toEqual({ concurrency: 4, memory: null, maxTouchPoints: 5 });
    expect(hardware.now(standIn({}))).toEqual({ concurrency: null, memory: null, maxTouchPoints: null });
  });

  it("records {error} when the navigator throws, and the other signals still arrive", () => {
    const nav = standIn<Navigator>(throwing("hardwareConcurrency", new Error("blocked")));
    const signals = collectNow({ hardware: { now: () => hardware.now(nav) }, math });
    expect(signals.hardware).toEqual({ error: "Error: blocked" });
    expect(signals.math).toMatch(/^[0-9a-f]{16}$/);
  });
});
