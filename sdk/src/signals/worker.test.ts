import { describe, expect, it } from "vitest";
import { worker } from "./worker.js";

// Node has no Worker that runs a blob: URL of browser script; these stand-ins play the browser's
// parts: one answers as the probe would, one refuses (a CSP), one fails to load.
const facts = {
  userAgent: "Mozilla/5.0",
  platform: "Linux x86_64",
  languages: ["ja-JP"],
  concurrency: 8,
  memory: 8,
  timezone: "Asia/Tokyo",
  brands: ["Chromium;156"],
  mobile: false,
  hintPlatform: "Linux",
  gpu: null,
};
interface Probe {
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: (() => void) | null;
}
const env = (make: (w: Probe) => void) => {
  const revoked: string[] = [];
  const terminated: boolean[] = [];
  class StandInWorker {
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly url: string) {
      setTimeout(() => make(this));
    }
    terminate() {
      terminated.push(true);
    }
  }
  return {
    revoked,
    terminated,
    env: {
      Worker: StandInWorker as unknown as typeof Worker,
      Blob,
      URL: { createObjectURL: () => "blob:probe", revokeObjectURL: (u: string) => revoked.push(u) } as never,
    },
  };
};

describe("the worker signal", () => {
  it("answers what the worker saw, then ends the worker and frees its URL", async () => {
    const run = env((w) => w.onmessage?.({ data: facts }));
    expect(await worker.later(run.env)).toEqual(facts);
    expect(run.revoked).toEqual(["blob:probe"]);
    expect(run.terminated).toEqual([true]);
  });

  it("says blocked when the worker fails to load (a CSP without worker-src blob:)", async () => {
    const run = env((w) => w.onerror?.());
    expect(await worker.later(run.env)).toBe("blocked");
  });

  it("says blocked when constructing the worker throws", async () => {
    const Throwing = (() => {
      throw new DOMException("denied by Content Security Policy", "SecurityError");
    }) as unknown as typeof Worker;
    const run = env(() => {});
    expect(await worker.later({ ...run.env, Worker: Throwing })).toBe("blocked");
  });

  it("says unsupported where there is no Worker", async () => {
    expect(await worker.later({ Blob, URL })).toBe("unsupported");
  });
});
