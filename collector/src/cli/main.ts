import { CliError } from "./cli-error.js";
import { SCORE_USAGE, scoreCommand } from "./score.js";
import { SETTINGS_USAGE, settingsCommand } from "./settings.js";

// `pnpm shinsa <command>`. One file per command; adding one: a file and a line in COMMANDS.
const COMMANDS: Record<string, typeof scoreCommand> = { score: scoreCommand, settings: settingsCommand };
const USAGE = `usage: pnpm shinsa <command>\n\ncommands:\n  score      score a CSV file of orders\n  settings   show or change the site's scoring settings\n\n${SCORE_USAGE}\n\n${SETTINGS_USAGE}`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  const asksHelp = name === undefined ? false : ["help", "--help", "-h"].includes(name) || rest.includes("--help");
  if (!command || asksHelp) {
    process.stderr.write(`${USAGE}\n`);
    // Asking for help is a success; a missing or unknown command is a usage error (2, as getopt tools do).
    return asksHelp ? 0 : 2;
  }
  try {
    // pnpm runs root scripts from the package directory; INIT_CWD is where the user typed the command.
    await command(rest, { stderr: process.stderr, cwd: process.env.INIT_CWD ?? process.cwd(), env: process.env });
    return 0;
  } catch (err) {
    if (err instanceof CliError || (err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`shinsa: ${(err as Error).message}\n`);
      return 1;
    }
    process.stderr.write(`shinsa: unexpected failure: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
