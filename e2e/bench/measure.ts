import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import type { TokenResponse } from "@shinsa/shared";

declare global {
  interface Window {
    __bench?: { id: string; at: number };
    /** When the page called the library, after its script had loaded. */
    __benchStart?: number;
    __longTasks?: number[];
  }
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
  /** Requests to anything but 127.0.0.1: telemetry, CDNs. There is no network, so each would fail. */
  offLoopback: number;
}

// Registered before any script of the page, so the library's own compile and first tasks count.
const observeLongTasks = () => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks?.push(e.duration);
  }).observe({ type: "longtask", buffered: true });
};

/** After the id, late work (Shinsa's costly signals) still runs; its tasks count too. */
const SETTLE_MS = 1000;

export async function loadOnce(page: Page, target: Target): Promise<Load> {
  let offLoopback = 0;
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1:")) offLoopback++;
  });
  await page.goto(target.url);
  await page.waitForFunction(() => window.__bench || performance.getEntriesByName("shinsa:token").length > 0, null, {
    timeout: 15_000,
    polling: 10,
  });
  const { id, ms, ownMs } = await page.evaluate((scriptUrl) => {
    const mark = performance.getEntriesByName("shinsa:token")[0];
    const done = window.__bench ?? {
      id: (document.querySelector('input[name="shinsa_token"]') as HTMLInputElement | null)?.value ?? "",
      at: mark?.startTime ?? Number.NaN,
    };
    const started = window.__benchStart ?? performance.getEntriesByName("shinsa:start")[0]?.startTime ?? Number.NaN;
    const script = performance.getEntriesByType("resource").find((e) => e.name === scriptUrl);
    return { id: done.id, ms: done.at - (script?.startTime ?? Number.NaN), ownMs: done.at - started };
  }, target.scriptUrl);
  await page.waitForTimeout(SETTLE_MS);
  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  return { id, ms, ownMs, longestTaskMs: Math.max(0, ...tasks), offLoopback };
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
