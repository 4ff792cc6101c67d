import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.js";
import { startCheckout } from "./checkout.js";
import type { Lab, Technique } from "./lab.js";
import { type Row, summarise } from "./report.js";
import { startXvfb } from "./xvfb.js";

export interface RunOptions {
  collector: string;
  /** Makes a site allowing `origin` and answers its keys. */
  createSite(origin: string): Promise<{ publicKey: string; secretKey: string }>;
  techniques: Technique[];
  visits: (t: Technique) => number;
  log?: (line: string) => void;
}

/** Runs each technique against one checkout and one collector, on one virtual display. */
export async function runAdversaries(options: RunOptions) {
  const xvfb = await startXvfb();
  const checkout = await startCheckout(options.collector);
  try {
    const site = await options.createSite(checkout.origin);
    checkout.useSite(site.publicKey);
    const lab: Lab = {
      checkout,
      collector: options.collector,
      secretKey: site.secretKey,
      chromium: CHROMIUM_PATH,
      // This machine has no GPU: without SwiftShader a hand-started Chromium has no WebGL at all,
      // while every Playwright-launched one has it (Playwright passes this switch). A machine with
      // a GPU gives both its WebGL; the switch, for everyone, stands in for that GPU.
      args: [...CHROMIUM_ARGS, "--enable-unsafe-swiftshader"],
      display: xvfb.display,
    };
    const rows: Row[] = [];
    for (const technique of options.techniques) {
      const started = Date.now();
      let outcome: Row["outcome"];
      try {
        outcome = await technique.run(lab, options.visits(technique));
      } catch (err) {
        outcome = { devices: [], failures: [String(err).split("\n")[0] ?? ""] };
      }
      rows.push({ technique, outcome });
      options.log?.(
        `${technique.name}: ${outcome.devices.length} visits, ${outcome.failures.length} failed${outcome.failures[0] ? ` (${outcome.failures[0]})` : ""}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
    }
    return { rows, summaries: summarise(rows) };
  } finally {
    await checkout.close();
    xvfb.stop();
  }
}
