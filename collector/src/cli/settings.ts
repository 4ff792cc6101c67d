import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CliError } from "./cli-error.js";
import type { CliIo } from "./score.js";
import { targetOptions } from "./target-options.js";

export const SETTINGS_USAGE = `usage: pnpm shinsa settings [--url http://localhost:8787] [--key sk_…]
                             [--thresholds REVIEW,REJECT] [--rule-off CODE] [--rule-on CODE]
                             [--weight CODE=N] [--forwarder ADDRESS] [--hub-accounts N]
                             [--datacenter-ranges FILE] [--set JSON]
  Prints the site's scoring settings; with options, changes them first (PATCH /v1/settings).
  --rule-off, --rule-on, --weight and --forwarder may be repeated. FILE holds one CIDR a line.`;

type Settings = {
  disabledRules: string[];
  ruleWeights: Record<string, number>;
  forwarders: string[];
  [key: string]: unknown;
};

/** `pnpm shinsa settings`: the settings API from a terminal, for shops without developers. */
export async function settingsCommand(argv: string[], io: CliIo & { stdout?: { write(t: string): unknown } }) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...targetOptions(io.env),
      thresholds: { type: "string" },
      "rule-off": { type: "string", multiple: true, default: [] },
      "rule-on": { type: "string", multiple: true, default: [] },
      weight: { type: "string", multiple: true, default: [] },
      forwarder: { type: "string", multiple: true, default: [] },
      "hub-accounts": { type: "string" },
      "datacenter-ranges": { type: "string" },
      set: { type: "string" },
    },
  });
  if (positionals.length) throw new CliError(`unexpected ${positionals.join(" ")}\n${SETTINGS_USAGE}`);
  if (!values.key?.startsWith("sk_")) throw new CliError("no secret key: pass --key sk_… or set SHINSA_SECRET_KEY");
  const call = async (method: "GET" | "PATCH", body?: unknown): Promise<Settings> => {
    const res = await fetch(new URL("/v1/settings", values.url), {
      method,
      headers: { authorization: `Bearer ${values.key}`, "content-type": "application/json" },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    }).catch((err: { cause?: { code?: string } }) => {
      throw new CliError(`cannot reach the collector at ${values.url} (${err.cause?.code ?? String(err)})`);
    });
    const answer = (await res.json().catch(() => ({}))) as Settings & { error?: { message: string } };
    if (!res.ok)
      throw new CliError(`the collector refused (${res.status}): ${answer.error?.message ?? "no reason given"}`);
    return answer;
  };

  const current = await call("GET");
  const patch: Record<string, unknown> = values.set ? parseJson(values.set) : {};
  if (values.thresholds) {
    const [review, reject] = values.thresholds.split(",").map(Number);
    patch.thresholds = { review, reject };
  }
  if (values["rule-off"].length || values["rule-on"].length) {
    const off = new Set([...current.disabledRules, ...values["rule-off"]]);
    for (const code of values["rule-on"]) off.delete(code);
    patch.disabledRules = [...off];
  }
  if (values.weight.length) {
    const weights = { ...current.ruleWeights };
    for (const pair of values.weight) {
      const [code, n] = pair.split("=");
      if (!code || n === undefined || Number.isNaN(Number(n))) throw new CliError(`--weight wants CODE=N, not ${pair}`);
      weights[code] = Number(n);
    }
    patch.ruleWeights = weights;
  }
  if (values.forwarder.length) patch.forwarders = [...new Set([...current.forwarders, ...values.forwarder])];
  if (values["hub-accounts"]) patch.hubAccounts = Number(values["hub-accounts"]);
  if (values["datacenter-ranges"]) {
    const text = await readFile(resolve(io.cwd, values["datacenter-ranges"]), "utf8");
    patch.datacenterRanges = text
      .split(/\r?\n/)
      .map((l) => l.replace(/#.*/, "").trim())
      .filter(Boolean);
  }
  const result = Object.keys(patch).length ? await call("PATCH", patch) : current;
  (io.stdout ?? process.stdout).write(`${JSON.stringify(result, null, 2)}\n`);
}

function parseJson(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new CliError("--set wants a JSON object, e.g. '{\"hubAccounts\": 20}'");
  }
}
