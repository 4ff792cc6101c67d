import { describe, expect, it } from "vitest";
import { collectNow } from "../collect.js";
import { standIn, throwing } from "../testing/stand-in.js";
import { math } from "./math.js";
import { network } from "./network.js";

describe("network", () => {
  it("reports 'unsupported' where the browser has no navigator.connection (Safari, Firefox)", () => {
    expect(network.now(standIn({}))).toBe("unsupported");
  });

  it("names the connection's figures with their units", () => {
    const nav = standIn<Navigator>({ connection: { effectiveType: "4g", rtt: 50, downlink: 10, saveData: false } });
    expect(network.now(nav)).toEqual({ effectiveType: "4g", rttMs: 50, downlinkMbps: 10, saveData: false });
  });

  it("keeps a round trip of 0 (a datacentre proxy's) and reports null for each figure missing", () => {
    const nav = standIn<Navigator>({ connection: { rtt: 0 } });
    expect(network.now(nav)).toEqual({ effectiveType: null, rttMs: 0, downlinkMbps: null, saveData: null });
  });

  it("records {error} when reading the connection throws, and the other signals still arrive", () => {
    const nav = standIn<Navigator>(throwing("connection", new TypeError("Illegal invocation")));
    const signals = collectNow({ network: { now: () => network.now(nav) }, math });
    expect(signals.network).toEqual({ error: "TypeError: Illegal invocation" });
    expect(signals.math).toMatch(/^[0-9a-f]{16}$/);
  });
});
