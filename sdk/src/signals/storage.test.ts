import { afterEach, describe, expect, it, vi } from "vitest";
import { collectLater } from "../collect.js";
import { standIn, throwing } from "../testing/stand-in.js";
import { storage } from "./storage.js";

const MB = 1048576;

/** A window with every store; `navigator` replaces its navigator, `stores` its stores. */
const profile = (navigator: object, stores: object = {}) =>
  standIn({ localStorage: {}, sessionStorage: {}, indexedDB: {}, navigator, ...stores });
const withQuota = (quota: number | undefined) => ({
  cookieEnabled: true,
  storage: { estimate: async () => ({ quota }) },
});

describe("storage", () => {
  afterEach(() => vi.useRealTimers());

  it("reports each usable store and the quota in whole MB", async () => {
    expect(await storage.later(profile(withQuota(299.6 * MB)))).toEqual({
      localStorage: true,
      sessionStorage: true,
      indexedDB: true,
      cookies: true,
      quotaMB: 300,
    });
  });

  it("reports false for a store whose getter throws (site data blocked) or that is missing", async () => {
    const blocked = Object.assign(throwing("localStorage", new DOMException("denied", "SecurityError")), {
      sessionStorage: undefined,
      indexedDB: {},
      navigator: { ...withQuota(0), cookieEnabled: false },
    });
    expect(await storage.later(standIn(blocked))).toEqual({
      localStorage: false,
      sessionStorage: false,
      indexedDB: true,
      cookies: false,
      quotaMB: 0,
    });
  });

  it.each([
    ["navigator.storage is missing (older Safari)", { cookieEnabled: true }],
    ["estimate is missing", { cookieEnabled: true, storage: {} }],
    ["the estimate has no quota", withQuota(undefined)],
  ])("reports quotaMB null when %s", async (_, navigator) => {
    expect((await storage.later(profile(navigator))).quotaMB).toBeNull();
  });

  it("records {error} when the estimate rejects", async () => {
    const navigator = { storage: { estimate: () => Promise.reject(new TypeError("Failed to estimate")) } };
    const into: Record<string, unknown> = {};
    await collectLater(into, { storage: { later: () => storage.later(profile(navigator)) } });
    expect(into).toEqual({ storage: { error: "TypeError: Failed to estimate" } });
  });

  it("records {error: 'timeout'} when the estimate never settles, and the next signal still arrives", async () => {
    vi.useFakeTimers();
    const navigator = { storage: { estimate: () => new Promise(() => {}) } };
    const into: Record<string, unknown> = {};
    const done = collectLater(into, {
      storage: { later: () => storage.later(profile(navigator)) },
      fonts: { later: () => ["Meiryo"] },
    });
    await vi.runAllTimersAsync();
    await done;
    expect(into).toEqual({ storage: { error: "timeout" }, fonts: ["Meiryo"] });
  });
});
