import type { SignalValue } from "@shinsa/shared";
import { nextTask } from "../schedule.js";
import { isNative } from "./native.js";
import type { Source } from "./source.js";

type Inspector = SignalValue<"inspector">;

// A browser driven over the DevTools protocol without any of Playwright's launch switches
// (started by hand, then attached: how nodriver and undetected-chromedriver work) shows the page
// nothing of its driver, but the driver has the Runtime domain on, and then every console call
// builds a preview of each argument and sends it to the client. Measured on Chromium 156: ten
// calls of forty small objects cost about as much as a hundred JSON.stringify of them in a browser
// nobody attached to, 10-30x as much with a client attached. The SDK sends the times; the collector judges.
//
// Seven rounds, each in a task of its own (an attached browser spends 10-30 ms a round, and no
// round may become a long task); every round is sent, for the collector to read through the rounds
// a busy machine inflated.
const ROUNDS = 7;
const CALLS = 10;
const STRINGIFY = 100;
// Verbose level, which DevTools hides unless asked; the label says whose lines they are.
const LABEL = "shinsa device check";

const round1 = (ms: number) => Math.round(ms * 10) / 10;

export const inspector = {
  async later(w: Window = window): Promise<Inspector> {
    // The DOM's Window type leaves `console` to the global scope, where every browser also puts it on window.
    const log = (w as Window & { console?: Console }).console;
    const debug = log?.debug;
    if (!log || !debug || !isNative(debug)) return "unknown";
    const items = Array.from({ length: 40 }, (_, i) => ({ i, s: `shinsa${i}`, b: i % 2 === 0, n: null }));
    const clock = w.performance;
    const consoleMs: number[] = [];
    const baselineMs: number[] = [];
    let sink = 0;
    for (let r = 0; r < ROUNDS; r++) {
      if (r > 0) await nextTask();
      let start = clock.now();
      for (let c = 0; c < CALLS; c++) debug.call(log, LABEL, ...items);
      consoleMs.push(round1(clock.now() - start));
      start = clock.now();
      for (let c = 0; c < STRINGIFY; c++) sink += JSON.stringify(items).length;
      baselineMs.push(round1(clock.now() - start));
    }
    // `sink` is read so that no engine may drop the baseline's work as dead code.
    return sink < 0 ? "unknown" : { consoleMs, baselineMs };
  },
} satisfies Source<Inspector>;
