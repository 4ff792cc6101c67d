/**
 * Which statements a PostgreSQL connection keeps prepared. Drizzle sends every query unprepared
 * unless it is named, and postgres.js then asks the server for an unprepared statement's parameter
 * types before it can send the values: two round trips, and a parse, for every query. Prepared,
 * a statement costs one. But a prepared statement stays on each connection until it closes, and
 * some query texts vary with their input (an IN list's length), so a text is prepared only once it
 * has come back `repeatsBefore` times, and only the first `most` texts are (a database's plan cache
 * kept bounded; the texts of a busy process's hot paths are the ones that come back first).
 */
export function createPreparePolicy({ repeatsBefore = 2, most = 500 } = {}) {
  const seen = new Map<string, number>();
  let prepared = 0;
  return {
    shouldPrepare(text: string): boolean {
      const times = seen.get(text);
      if (times === Number.POSITIVE_INFINITY) return true;
      if (prepared >= most) return false;
      const next = (times ?? 0) + 1;
      if (next > repeatsBefore) {
        seen.set(text, Number.POSITIVE_INFINITY);
        prepared += 1;
        return true;
      }
      // What is counted but never prepared is bounded too: past 20,000 texts the counts start over.
      if (seen.size >= 20_000 && times === undefined) {
        for (const [t, n] of seen) if (n !== Number.POSITIVE_INFINITY) seen.delete(t);
      }
      seen.set(text, next);
      return false;
    },
    /** Texts prepared so far. */
    get prepared() {
      return prepared;
    },
  };
}
