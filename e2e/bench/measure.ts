import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import type { TokenResponse } from "@shinsa/shared";

declare global {
  interface Window {
    __bench?: { id: string; at: number };
    /** When the page called the library, after its script had loaded. */
    __benchStart?: number;
    __longTasks?: { start: number; ms: number }[];
    __frames?: FrameScript[];
  }
}

/** A script that ran in a long animation frame (Chrome's LoAF entries list those over 5 ms). */
interface FrameScript {
  start: number;
  ms: number;
  url: string;
  fn: string;
  at: number;
  invoker: string;
}

/** A main-thread task over 50 ms, and how much of it was the library's own code. */
export interface LongTask {
  ms: number;
  /** When it started, from the library's start (negative: before it). */
  at: number;
  /** Time the library's script ran inside the task, from LoAF script attribution (0 when under 5 ms). */
  ownMs: number;
  /** The library's functions that ran in it: name, or `@offset` in a minified bundle. */
  where: string[];
  /** Performance marks made during it (a build that marks its steps says which step it was). */
  marks: string[];
}

export interface Target {
  name: string;
  url: string;
  scriptUrl: string;
  /** Shinsa only: reads the device record of a token. */
  lookUp?: (token: string) => Promise<TokenResponse>;
}

export interface Load {
  id: string;
  /** From the start of the script's request to the id: fetching and compiling it included. */
  ms: number;
  /** From the library's first statement to the id: what the library itself takes. */
  ownMs: number;
  longestTaskMs: number;
  longTasks: LongTask[];
  /** Requests to anything but 127.0.0.1: telemetry, CDNs. There is no network, so each would fail. */
  offLoopback: number;
}

// Registered before any script of the page, so the library's own compile and first tasks count.
// Long animation frames name the scripts that ran in a long task, so a task can be told apart as
// the library's own work or the machine's (a short task descheduled on shared cores, the page's
// parse, garbage collection).
const observeLongTasks = () => {
  window.__longTasks = [];
  window.__frames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks?.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: "longtask", buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries() as (PerformanceEntry & { scripts?: PerformanceEntry[] })[]) {
        for (const x of (frame.scripts ?? []) as (PerformanceEntry & Record<string, unknown>)[]) {
          window.__frames?.push({
            start: x.startTime,
            ms: x.duration,
            url: String(x.sourceURL ?? ""),
            fn: String(x.sourceFunctionName ?? ""),
            at: Number(x.sourceCharPosition ?? -1),
            invoker: String(x.invoker ?? ""),
          });
        }
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {
    // Not every Chromium has LoAF; the tasks are still counted, only not attributed.
  }
};

/**
 * Pairs each long task with the library's scripts that started inside it: its own file, and the
 * page's inline code, which is what calls the vendors' libraries (their synchronous work runs
 * inside that call). Shinsa's pages have no inline code.
 */
function attribute(
  tasks: { start: number; ms: number }[],
  frames: FrameScript[],
  urls: string[],
  started: number,
  marks: { name: string; at: number }[],
): LongTask[] {
  return tasks
    .filter((t) => t.ms > 50)
    .map((t) => {
      const own = frames.filter((f) => urls.includes(f.url) && f.start >= t.start - 1 && f.start < t.start + t.ms);
      return {
        ms: t.ms,
        at: t.start - started,
        ownMs: own.reduce((sum, f) => sum + f.ms, 0),
        marks: marks.filter((m) => m.at >= t.start && m.at < t.start + t.ms).map((m) => m.name),
        where: own.map((f) => `${f.fn || `@${f.at}`} (${f.invoker}) ${Math.round(f.ms)} ms`),
      };
    });
}

/** After the id, late work (Shinsa's costly signals) still runs; its tasks count too. */
const SETTLE_MS = 1000;

export async function loadOnce(page: Page, target: Target): Promise<Load> {
  let offLoopback = 0;
  page.on("request", (r) => {
    // A blob: URL (Shinsa's worker script) is read from the page's own memory, never the network.
    if (!r.url().startsWith("http://127.0.0.1:") && !r.url().startsWith("blob:")) offLoopback++;
  });
  await page.goto(target.url);
  await page.waitForFunction(() => window.__bench || performance.getEntriesByName("shinsa:token").length > 0, null, {
    timeout: 15_000,
    polling: 10,
  });
  const { id, ms, ownMs, started } = await page.evaluate((scriptUrl) => {
    const mark = performance.getEntriesByName("shinsa:token")[0];
    const done = window.__bench ?? {
      id: (document.querySelector('input[name="shinsa_token"]') as HTMLInputElement | null)?.value ?? "",
      at: mark?.startTime ?? Number.NaN,
    };
    const started = window.__benchStart ?? performance.getEntriesByName("shinsa:start")[0]?.startTime ?? Number.NaN;
    const script = performance.getEntriesByType("resource").find((e) => e.name === scriptUrl);
    return { id: done.id, ms: done.at - (script?.startTime ?? Number.NaN), ownMs: done.at - started, started };
  }, target.scriptUrl);
  await page.waitForTimeout(SETTLE_MS);
  const { tasks, frames, marks } = await page.evaluate(() => ({
    tasks: window.__longTasks ?? [],
    frames: window.__frames ?? [],
    marks: performance.getEntriesByType("mark").map((m) => ({ name: m.name, at: m.startTime })),
  }));
  return {
    id,
    ms,
    ownMs,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.ms)),
    longTasks: attribute(tasks, frames, [target.scriptUrl, target.url], started, marks),
    offLoopback,
  };
}

/** One load in a fresh context (new cookies, storage, cache and renderer). */
export async function freshLoad(browser: Browser, target: Target, options: BrowserContextOptions = {}): Promise<Load> {
  const context = await browser.newContext(options);
  try {
    const page = await context.newPage();
    await page.addInitScript(observeLongTasks);
    return await loadOnce(page, target);
  } finally {
    await context.close();
  }
}

export interface Identity {
  id: string;
  deviceId?: string;
  hardwareId?: string;
  visitorId?: string;
}

async function identityOf(target: Target, load: Load): Promise<Identity> {
  if (!target.lookUp) return { id: load.id };
  // The deviceId and hardwareId include the late signals, which arrive after the token.
  for (let i = 0; i < 100; i++) {
    const device = await target.lookUp(load.id);
    if ("fonts" in device.signals && "locale" in device.signals) {
      return { id: load.id, deviceId: device.deviceId, hardwareId: device.hardwareId, visitorId: device.visitorId };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${target.name}: the late signals of ${load.id} never arrived`);
}

export const identify = async (browser: Browser, target: Target, options: BrowserContextOptions = {}) =>
  identityOf(target, await freshLoad(browser, target, options));

/** The same browser before and after its cookies, localStorage, sessionStorage and IndexedDB are cleared. */
export async function identifyAcrossClearing(browser: Browser, target: Target): Promise<[Identity, Identity]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const before = await identityOf(target, await loadOnce(page, target));
    await context.clearCookies();
    await page.evaluate(async () => {
      localStorage.clear();
      sessionStorage.clear();
      for (const db of await indexedDB.databases()) if (db.name) indexedDB.deleteDatabase(db.name);
    });
    return [before, await identityOf(target, await loadOnce(page, target))];
  } finally {
    await context.close();
  }
}
