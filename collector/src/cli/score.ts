import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { joinAnswers, planChunks, ringIdsIn } from "../csv/chunks.js";
import { CliError } from "./cli-error.js";
import { fetchRingOrders, postChunk, type Target } from "./post-chunk.js";
import { createProgress, type ProgressOut } from "./progress.js";
import { targetOptions } from "./target-options.js";

export const SCORE_USAGE = `usage: pnpm shinsa score FILE.csv [--url http://localhost:8787] [--key sk_…] [--out FILE.scored.csv]
                          [--chunk 100] [--lang ja|en]
  Posts the file to a running collector, in pieces of whole orders, and writes the answered file.
  The secret key may also come from SHINSA_SECRET_KEY, the URL from SHINSA_URL.`;

export interface CliIo {
  stderr: ProgressOut;
  /** The directory the user typed the command in (pnpm runs scripts from the package's own). */
  cwd: string;
  env: Record<string, string | undefined>;
}

// Why pieces: the import route answers a whole file at once, so one request gives no progress and
// a long file risks a proxy's or the server's request timeout. Pieces of whole orders, posted one
// after another in scoring order, keep links forming across pieces (later orders see earlier ones
// stored), make the bar honest (it moves when the server has really scored the rows), and let a
// failure keep what was already scored.
export async function scoreCommand(argv: string[], io: CliIo): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...targetOptions(io.env),
      out: { type: "string" },
      chunk: { type: "string", default: "100" },
      lang: { type: "string", default: "ja" },
    },
  });
  const [file, ...extra] = positionals;
  if (!file || extra.length) throw new CliError(`give one CSV file\n${SCORE_USAGE}`);
  if (!values.key?.startsWith("sk_")) throw new CliError("no secret key: pass --key sk_… or set SHINSA_SECRET_KEY");
  const ordersPerChunk = Number(values.chunk);
  if (!Number.isInteger(ordersPerChunk) || ordersPerChunk < 1) throw new CliError("--chunk must be a whole number ≥ 1");
  if (values.lang !== "ja" && values.lang !== "en") throw new CliError("--lang must be ja or en");

  const input = resolve(io.cwd, file);
  const output = resolve(io.cwd, values.out ?? input.replace(/(\.csv)?$/i, ".scored.csv"));
  const bytes = await readFile(input).catch((err: NodeJS.ErrnoException) => {
    throw new CliError(`cannot read ${input} (${err.code ?? err.message})`);
  });
  let plan: ReturnType<typeof planChunks>;
  try {
    plan = planChunks(new Uint8Array(bytes), ordersPerChunk);
  } catch (err) {
    throw new CliError(`${file}: ${(err as Error).message}`);
  }

  const target = { url: values.url, key: values.key, lang: values.lang } as const;
  const progress = createProgress(io.stderr, plan.total);
  const answers: string[] = [];
  let done = 0;
  let errors = 0;
  try {
    for (const chunk of plan.chunks) {
      const answer = await postChunk(target, chunk.text);
      answers.push(answer.text);
      errors += answer.errors;
      done += chunk.rows.length;
      progress.update(done);
    }
  } catch (err) {
    progress.finish();
    if (answers.length === 0) throw err;
    // Orders already scored are stored on the server; keep their answers and mark the rest.
    await writeFile(output, joinAnswers(plan, answers, `not scored: ${(err as Error).message}`));
    throw new CliError(
      `${(err as Error).message}\n${done} of ${plan.total} rows were scored; partial answer in ${output}`,
    );
  }
  progress.finish();
  const rings = answers.length > 1 ? await latestRings(target, answers) : undefined;
  await writeFile(output, joinAnswers(plan, answers, "not scored", rings));
  const rows = (n: number) => (n === 1 ? "1 row" : `${n} rows`);
  const failed = errors ? `; ${rows(errors)} could not be scored (see the error column)` : "";
  io.stderr.write(`${rows(done)} answered → ${output}${failed}\n`);
}

// An order joins a ring when a later order links to it, maybe in a later piece; the server
// marks a piece's own orders, so one look-up per ring (rings are few) marks the earlier pieces.
async function latestRings(target: Target, answers: string[]) {
  const rings = new Map<string, string>();
  for (const ringId of ringIdsIn(answers)) {
    for (const orderId of await fetchRingOrders(target, ringId)) rings.set(orderId, ringId);
  }
  return rings;
}
