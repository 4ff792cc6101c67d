import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The normaliser as it stood before issue 13, so every run measures it beside the current one on
 * the same pairs and the same machine. Its files are taken from git at that commit into
 * collector/node_modules/.cache (so its packages resolve, and no test runner, linter or tsc sees
 * them), never copied into the source tree.
 */
export const TODAY_COMMIT = "7eaa540";

const here = dirname(fileURLToPath(import.meta.url));

export function todayNormaliserPath(): string {
  const root = join(here, "../../node_modules/.cache/shinsa-normalize-today", TODAY_COMMIT);
  const entry = join(root, "collector/src/normalize/index.ts");
  if (!existsSync(entry)) {
    mkdirSync(root, { recursive: true });
    const archive = execFileSync("git", ["archive", TODAY_COMMIT, "collector/src/normalize"], {
      cwd: join(here, "../../.."),
    });
    execFileSync("tar", ["-x", "-C", root], { input: archive });
  }
  return entry;
}
