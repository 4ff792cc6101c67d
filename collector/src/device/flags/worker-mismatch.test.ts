import type { SignalValue } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { codesOf, deviceFacts, honestSignals } from "../../testing/device-facts.js";
import { getWorkerDisagreements, judgeWorkerMismatch } from "./worker-mismatch.js";

const worker = honestSignals.worker as Exclude<SignalValue<"worker">, string>;
const inWorker = (changes: Partial<typeof worker>) => deviceFacts({ worker: { ...worker, ...changes } }).signals;

describe("the page against its worker", () => {
  it("finds nothing when the worker says what the page says", () => {
    expect(codesOf(judgeWorkerMismatch, deviceFacts())).toEqual([]);
  });

  it.each<[string, Partial<typeof worker>, string]>([
    ["an injected core count (stealth's 4 on a 2-core machine)", { concurrency: 4 }, "hardwareConcurrency"],
    ["a user agent rewritten in the page only", { userAgent: "Mozilla/5.0 (Windows NT 10.0)" }, "userAgent"],
    ["a platform rewritten in the page only", { platform: "Win32" }, "platform"],
    ["a clock emulated in the page only", { timezone: "UTC" }, "timeZone"],
    ["languages emulated in the page only", { languages: ["en-US"] }, "languages"],
    [
      "brands written by hand",
      { brands: ["Chromium;156", "Google Chrome;156", " Not A;Brand;99"] },
      "userAgentData.brands",
    ],
  ])("names %s", (_, changes, name) => {
    expect(getWorkerDisagreements(inWorker(changes))).toEqual([name]);
    expect(codesOf(judgeWorkerMismatch, deviceFacts({ worker: { ...worker, ...changes } }))).toEqual([
      "worker_mismatch",
    ]);
  });

  it("compares WebGL renderers only when both sides have one", () => {
    const page = { vendor: "Intel Inc.", renderer: "Intel Iris OpenGL Engine", paramsHash: "p" };
    expect(getWorkerDisagreements({ ...inWorker({ gpu: null }), graphics: page })).toEqual([]);
    expect(
      getWorkerDisagreements({ ...inWorker({ gpu: ["Google Inc.", "ANGLE (SwiftShader)"] }), graphics: page }),
    ).toEqual(["webglRenderer"]);
  });

  it.each(["blocked", "unsupported"] as const)("says nothing when the worker was %s (unknown, not tampered)", (w) => {
    expect(codesOf(judgeWorkerMismatch, deviceFacts({ worker: w }))).toEqual([]);
  });

  it("says nothing when the worker recorded an error", () => {
    expect(codesOf(judgeWorkerMismatch, deviceFacts({ worker: { error: "timeout" } }))).toEqual([]);
  });
});
