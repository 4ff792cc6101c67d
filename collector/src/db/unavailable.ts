// The failures that mean "the database is not there right now", as each driver reports them: the
// connection refused, reset, timed out or closed (postgres.js and Node socket codes), and the
// server's own class 08 (connection exception) and 57P0x (shutting down, starting up) SQLSTATEs
// (https://www.postgresql.org/docs/current/errcodes-appendix.html). drizzle wraps the driver's
// error as `cause`, so the whole chain is read.
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P01",
  "57P02",
  "57P03",
]);

/** Whether an error says the database cannot be reached now (a retry later may work), not that a query was wrong. */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e: unknown = err, depth = 0;
    e && typeof e === "object" && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = String((e as { code?: unknown }).code ?? "");
    if (CODES.has(code) || code.startsWith("08")) return true;
    const errors = (e as { errors?: unknown }).errors; // AggregateError of a dual-stack connect
    if (Array.isArray(errors) && errors.some(isDatabaseUnavailable)) return true;
  }
  return false;
}
