import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * One embedded data directory has one owner. PGlite has no server to arbitrate: a second process
 * opening the same files corrupts them or dies in WebAssembly (`RuntimeError: Aborted()`), so the
 * first one writes its pid here and the second is told who holds the directory. A lock left by a
 * process that is gone (killed, power cut) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, "shinsa.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // `wx` creates the file only if it does not exist: atomic on local file systems.
      writeFileSync(path, String(process.pid), { flag: "wx" });
      return () => rmSync(path, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const owner = Number(readFileSync(path, "utf8").trim());
      if (isAlive(owner) && owner !== process.pid) {
        throw new DataDirInUseError(
          `the data directory ${dataDir} is in use by another Shinsa process (pid ${owner}); ` +
            "stop it first, or give this one its own SHINSA_DATA_DIR (or DATABASE_URL for a shared PostgreSQL)",
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new DataDirInUseError(`could not lock the data directory ${dataDir}: another process keeps taking it`);
}

export class DataDirInUseError extends Error {
  override name = "DataDirInUseError";
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user, which still holds the directory.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
