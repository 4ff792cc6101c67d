import type { TokenResponse } from "@shinsa/shared";
import type { Checkout } from "./checkout.js";
import { settledDevice } from "./visit.js";

/** What every technique is handed: where the checkout is, how to read a verdict, which browser. */
export interface Lab {
  checkout: Checkout;
  collector: string;
  secretKey: string;
  chromium: string;
  /** The machine's switches (sandbox, no background networking), the same for attacks and controls. */
  args: string[];
  /** DISPLAY of the virtual screen every browser is headed on. */
  display: string;
}

export interface Technique {
  name: string;
  kind: "attack" | "control";
  /** One line for the table: what the technique does. */
  what: string;
  /** Runs `visits` page loads and answers the collector's view of each that got a token. */
  run(lab: Lab, visits: number): Promise<Outcome>;
}

export interface Outcome {
  devices: TokenResponse[];
  /** Visits that got no token (the page broke, or the SDK could not reach the collector). */
  failures: string[];
}

/** A page of any Playwright or Puppeteer flavour: all a visit needs is to go to the checkout. */
export interface Opened {
  goto(url: string): Promise<unknown>;
  close(): Promise<unknown>;
}

let seq = 0;

/** Opens `visits` pages one after another, each waiting for its token and late signals before closing. */
export async function visitEach(
  lab: Lab,
  name: string,
  visits: number,
  open: (i: number) => Promise<Opened>,
): Promise<Outcome> {
  const outcome: Outcome = { devices: [], failures: [] };
  for (let i = 0; i < visits; i++) {
    const id = `${name.replace(/\W+/g, "-")}-${i}-${seq++}`;
    let opened: Opened | undefined;
    try {
      opened = await open(i);
      await opened.goto(lab.checkout.url(id));
      const token = await lab.checkout.tokenOf(id);
      outcome.devices.push(await settledDevice(lab.collector, lab.secretKey, token));
    } catch (err) {
      outcome.failures.push(String(err).split("\n")[0]?.slice(0, 200) ?? "");
    } finally {
      await opened?.close().catch(() => undefined);
    }
  }
  return outcome;
}

/** A launched browser with Playwright's API: playwright-core, playwright-extra, patchright, rebrowser. */
export interface PlaywrightBrowser {
  newContext(options?: object): Promise<{
    newPage(): Promise<{ goto(url: string): Promise<unknown> }>;
    close(): Promise<unknown>;
  }>;
  close(): Promise<unknown>;
}

/** Each visit in a fresh context of one launched browser, as a script rotating identities does; the browser is closed after. */
export async function visitInContexts(
  lab: Lab,
  name: string,
  visits: number,
  browser: PlaywrightBrowser,
  contextOptions?: object,
): Promise<Outcome> {
  try {
    return await visitEach(lab, name, visits, async () => {
      const context = await browser.newContext(contextOptions);
      const page = await context.newPage();
      return { goto: (url) => page.goto(url), close: () => context.close() };
    });
  } finally {
    await browser.close();
  }
}

/** The environment a headed browser needs. */
export const headedEnv = (lab: Pick<Lab, "display">, extra: Record<string, string> = {}) => ({
  ...process.env,
  DISPLAY: lab.display,
  ...extra,
});
