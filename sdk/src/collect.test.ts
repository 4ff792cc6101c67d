import { afterEach, describe, expect, it, vi } from "vitest";
import { collectLater, collectNow } from "./collect.js";

const never = () => new Promise<never>(() => {});

describe("collectNow", () => {
  it("records each cheap signal under its name and skips those that only run later", () => {
    expect(collectNow({ math: { now: () => "abc" }, fonts: { later: () => ["Meiryo"] } })).toEqual({ math: "abc" });
  });

  it("records {error} with the message when one signal throws, and the others still arrive", () => {
    const signals = collectNow({
      math: { now: () => "before" },
      canvas: {
        now: () => {
          throw new TypeError("navigator.foo is not a function");
        },
      },
      audio: { now: () => "after" },
    });
    expect(signals).toEqual({
      math: "before",
      canvas: { error: "TypeError: navigator.foo is not a function" },
      audio: "after",
    });
  });

  it("cuts an error to the 200 characters the wire schema accepts", () => {
    const signals = collectNow({
      math: {
        now: () => {
          throw "x".repeat(500);
        },
      },
    });
    expect(signals.math).toEqual({ error: "x".repeat(200) });
  });
});

describe("collectLater", () => {
  afterEach(() => vi.useRealTimers());

  it("records each costly signal as it arrives, awaiting the async ones", async () => {
    const into: Record<string, unknown> = {};
    await collectLater(into, { canvas: { later: async () => "c4fe" }, fonts: { later: () => ["Meiryo"] } });
    expect(into).toEqual({ canvas: "c4fe", fonts: ["Meiryo"] });
  });

  it("records {error} for a signal that rejects or throws, and the others still arrive", async () => {
    const into: Record<string, unknown> = {};
    await collectLater(into, {
      canvas: { later: () => Promise.reject(new Error("context lost")) },
      graphics: {
        later: () => {
          throw new Error("WebGL is disabled");
        },
      },
      fonts: { later: () => ["Meiryo"] },
    });
    expect(into).toEqual({
      canvas: { error: "Error: context lost" },
      graphics: { error: "Error: WebGL is disabled" },
      fonts: ["Meiryo"],
    });
  });

  it("records {error: 'timeout'} for a signal still pending after 2 s, and the next one still arrives", async () => {
    vi.useFakeTimers();
    const into: Record<string, unknown> = {};
    const done = collectLater(into, { audio: { later: never }, fonts: { later: () => ["Meiryo"] } });
    await vi.advanceTimersByTimeAsync(1999);
    expect(into).toEqual({});
    await vi.advanceTimersByTimeAsync(1);
    expect(into).toEqual({ audio: { error: "timeout" } });
    await vi.runAllTimersAsync();
    await done;
    expect(into).toEqual({ audio: { error: "timeout" }, fonts: ["Meiryo"] });
  });

  it("writes into the caller's object as values arrive, before the slower ones end", async () => {
    vi.useFakeTimers();
    const into: Record<string, unknown> = {};
    const done = collectLater(into, { canvas: { later: () => "c4fe" }, audio: { later: never } });
    await vi.advanceTimersByTimeAsync(10);
    expect(into).toEqual({ canvas: "c4fe" });
    await vi.advanceTimersByTimeAsync(2000);
    await done;
  });

  it("starts each signal in a task of its own, after what the previous one queued", async () => {
    const order: string[] = [];
    await collectLater(
      {},
      {
        canvas: {
          later: () => {
            setTimeout(() => order.push("the page's timer"));
            return "c4fe";
          },
        },
        fonts: {
          later: () => {
            order.push("fonts");
            return [];
          },
        },
      },
    );
    expect(order).toEqual(["the page's timer", "fonts"]);
  });
});
