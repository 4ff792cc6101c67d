import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { signalValue, type TokenResponse } from "@shinsa/shared";
import { composition, generateStream, type StreamOrder } from "../../collector/bench/quality/generator.js";
import { openHarness, type Site } from "../../collector/bench/quality/harness.js";
import {
  type Answer,
  answerOf,
  figures,
  printKinds,
  printRows,
  printTable,
  QUALITY_GOALS,
} from "../../collector/bench/quality/report.js";
import { startByHand } from "../adversary/by-hand.js";
import { startCheckout } from "../adversary/checkout.js";
import { settledDevice } from "../adversary/visit.js";
import { startXvfb } from "../adversary/xvfb.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium.js";

// pnpm bench:one-machine [--orders 400] [--seed 1] [--days 30]
//
// Issue 14's identical-hardware trap with real browsers: every web order of the quality stream
// takes its device token from Debian's Chromium on this one machine, started as a person starts
// it (no automation, headed under Xvfb), one kept profile per shopper's browser, in that browser's
// window size, languages and time zone. So every shopper, honest or not, has the same hardware and
// the same browser build: strangers look like one reseller's rotated profiles. The same orders go,
// in the same run, to a site given the bench's simulated devices (each shopper on their own
// hardware) and to one given no token at all; all three get the merchant's labels as they fall due.

const { values } = parseArgs({
  options: {
    orders: { type: "string", default: "400" },
    seed: { type: "string", default: "1" },
    days: { type: "string", default: "30" },
  },
});
const stream = generateStream({ seed: Number(values.seed), orders: Number(values.orders), days: Number(values.days) });
const end = stream.start + stream.days * 86_400_000;
const labels = stream.labels.filter((l) => l.at < end);
const web = stream.orders.filter((o) => o.device).length;
console.log(
  `one-machine bench: seed ${values.seed}, ${stream.orders.length} orders over ${stream.days} days, ${web} of them web checkouts in Chromium`,
);
console.log(
  Object.entries(composition(stream))
    .map(([k, n]) => `${k} ${n}`)
    .join(", "),
);

const started = Date.now();
const harness = await openHarness({ listen: true });
const xvfb = await startXvfb();
const checkout = await startCheckout(harness.origin ?? "");
const profiles = new Map<string, string>();
const browser = {
  chromium: CHROMIUM_PATH,
  // No GPU here: SwiftShader stands in for the one GPU every shopper of this run shares.
  args: [...CHROMIUM_ARGS, "--enable-unsafe-swiftshader"],
  display: xvfb.display,
};

/** One checkout in Chromium as the order's shopper: their profile, window, languages and clock. */
async function chromiumToken(site: Site, order: StreamOrder, visit: string): Promise<TokenResponse> {
  const d = order.device;
  if (!d) throw new Error("no device");
  const locale = signalValue(d.signals, "locale");
  const languages = locale?.languages.length ? locale.languages : ["ja-JP", "ja"];
  const screen = signalValue(d.signals, "screen");
  const zone = signalValue(d.signals, "timezone")?.name ?? "Asia/Tokyo";
  // A shopper who clears storage (or browses privately) comes back as a new profile each time.
  let profile = d.clearsStorage ? undefined : profiles.get(d.profileKey);
  if (!d.clearsStorage && !profile) {
    profile = mkdtempSync(join(tmpdir(), "shinsa-one-machine-"));
    profiles.set(d.profileKey, profile);
  }
  const lang = languages[0] ?? "ja-JP";
  const width = Math.min(1920, Math.max(500, screen?.width ?? 1280));
  const height = Math.min(1080, Math.max(500, screen?.height ?? 800));
  const started = startByHand(
    browser,
    [`--window-size=${width},${height}`, `--lang=${lang}`, `--accept-lang=${languages.join(",")}`, checkout.url(visit)],
    { TZ: zone, LANGUAGE: lang.replace("-", "_"), LANG: `${lang.replace("-", "_")}.UTF-8` },
    profile,
  );
  try {
    const token = await checkout.tokenOf(visit);
    return await settledDevice(harness.origin ?? "", site.secretKey, token);
  } finally {
    await started.stop();
  }
}

const sites = {
  machine: await harness.createSite("one machine", [checkout.origin]),
  simulated: await harness.createSite("simulated devices"),
  none: await harness.createSite("no tokens"),
};
checkout.useSite(sites.machine.publicKey);
const devices: TokenResponse[] = [];
const failures: string[] = [];
let nextLabel = 0;
try {
  for (const [i, order] of stream.orders.entries()) {
    const at = Date.parse(order.request.createdAt ?? "");
    while (nextLabel < labels.length && (labels[nextLabel]?.at ?? Infinity) <= at) {
      const label = labels[nextLabel++];
      if (!label) break;
      harness.setClock(label.at);
      for (const site of Object.values(sites)) await harness.feedback(site, label.orderId, label.label);
    }
    harness.setClock(at);
    let token: string | undefined;
    if (order.device) {
      try {
        const device = await chromiumToken(sites.machine, order, `v${i}`);
        devices.push(device);
        token = device.token;
      } catch (err) {
        // Scored without a token, as a shop scores an order whose page never got one; counted below.
        failures.push(String(err).split("\n")[0] ?? "");
      }
    }
    const simulatedToken = await harness.collect(sites.simulated, order);
    await Promise.all([
      harness.score(sites.machine, order, token),
      harness.score(sites.simulated, order, simulatedToken),
      harness.score(sites.none, { ...order, device: undefined }, undefined),
    ]);
    await harness.settle();
    if ((i + 1) % 50 === 0)
      console.error(
        `  ${i + 1} orders, ${devices.length} Chromium checkouts, ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
  }

  // Judged as they stand before shipping, after the re-scoring later orders brought.
  const answers: Record<keyof typeof sites, Map<string, Answer>> = {
    machine: new Map(),
    simulated: new Map(),
    none: new Map(),
  };
  for (const name of Object.keys(sites) as (keyof typeof sites)[]) {
    for (const o of stream.orders)
      answers[name].set(o.request.orderId, answerOf(await harness.stored(sites[name], o.request.orderId)));
  }
  const columns = {
    "one machine": figures(stream.orders, answers.machine),
    "simulated devices": figures(stream.orders, answers.simulated),
    "no tokens": figures(stream.orders, answers.none),
  };
  console.log("\nDecisions as they stand before shipping, with the merchant's labels as they fell due:\n");
  printTable(columns, QUALITY_GOALS);
  console.log("");
  printKinds(stream.orders, {
    "one machine": answers.machine,
    simulated: answers.simulated,
    "no tokens": answers.none,
  });

  // What one machine does to honest strangers: shared rings (family members, each their own person
  // here, count too: compare the columns), the negative list, device reasons.
  const honest = stream.orders.filter((o) => !o.truth.fraud);
  const truthOf = new Map(stream.orders.map((o) => [o.request.orderId, o.truth.personId]));
  const rows = (Object.keys(sites) as (keyof typeof sites)[]).map((name) => {
    const byRing = new Map<string, Set<string>>();
    for (const o of stream.orders) {
      const ring = answers[name].get(o.request.orderId)?.ringId;
      if (ring) byRing.set(ring, (byRing.get(ring) ?? new Set()).add(truthOf.get(o.request.orderId) ?? ""));
    }
    const withStranger = honest.filter((o) => {
      const ring = answers[name].get(o.request.orderId)?.ringId;
      return ring !== undefined && (byRing.get(ring)?.size ?? 0) > 1;
    }).length;
    const has = (code: (c: string) => boolean) =>
      honest.filter((o) =>
        (answers[name].get(o.request.orderId)?.reasons ?? []).some((reason) => code(reason.split(":")[0] ?? "")),
      ).length;
    return [
      name,
      String(withStranger),
      String(has((c) => c === "negative_list")),
      String(has((c) => c.startsWith("device_"))),
      String(has((c) => c === "multiple_accounts" || c === "ring_size")),
    ];
  });
  console.log(`\nhonest orders (${honest.length}) that …`);
  printRows(
    [
      "site",
      "share a ring with another person",
      "hit the negative list",
      "carry a device_* reason",
      "multiple_accounts / ring_size",
    ],
    rows,
  );

  const distinct = (f: (d: TokenResponse) => string) => new Set(devices.map(f)).size;
  const flagged = devices.filter((d) => Object.values(d.flags).some(Boolean));
  console.log(
    `\nChromium checkouts: ${devices.length} (${failures.length} without a token${failures[0] ? `: ${failures[0]}` : ""}), ` +
      `${profiles.size} kept profiles; distinct deviceIds ${distinct((d) => d.deviceId)}, hardwareIds ${distinct((d) => d.hardwareId)}, ` +
      `visitorIds ${distinct((d) => d.visitorId)}; ${flagged.length} with a flag (${[...new Set(flagged.flatMap((d) => d.flagReasons.map((r) => r.code)))].join(", ") || "none"})`,
  );
  console.log(`${((Date.now() - started) / 1000).toFixed(0)} s on ${harness.driver}`);
} finally {
  await checkout.close();
  xvfb.stop();
  await harness.close();
  for (const dir of profiles.values()) rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}
