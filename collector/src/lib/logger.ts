import { type DestinationStream, type Logger, pino } from "pino";

export type { Logger };

/**
 * The operator's log: JSON lines (pino), one per event, each failure with the request id that the
 * client also received (`X-Request-Id`). It must never hold personal data, secrets or card data:
 * errors are written by `safeError`, which keeps their kind, code and stack but none of the values
 * that a database driver attaches (drizzle puts every query parameter, that is the whole order,
 * into its message), and the redaction below blanks the keys that carry values should anything
 * log an object with them.
 */
export function createLogger(destination?: DestinationStream, level = "info"): Logger {
  return pino(
    {
      level,
      base: undefined,
      serializers: { err: safeError },
      redact: {
        paths: [
          "*.authorization",
          "*.cookie",
          "*.params",
          "*.parameters",
          "*.query",
          "*.request",
          "*.email",
          "*.phone",
          "*.address",
          "*.name",
          "*.cardHolder",
          "*.secretKey",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

// A quoted value inside a driver's message (`invalid input syntax for type integer: "山田"`).
const QUOTED = /"[^"]*"|'[^']*'/g;

/**
 * An error as the log may keep it: its kind, the SQLSTATE or other code, a message with quoted
 * values blanked, and the stack frames without the message line. A wrapped cause (drizzle wraps
 * the driver's error) is described the same way, and its wrapper's message, which lists the
 * query's parameters, is dropped.
 */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const code = (err as { code?: unknown }).code;
  // drizzle's DrizzleQueryError keeps the name "Error"; its `params` field gives it away.
  const wrapsQuery = "params" in err || err.message.startsWith("Failed query");
  return {
    type: err.name,
    ...(typeof code === "string" && { code }),
    message: wrapsQuery
      ? "a database query failed (its parameters are not logged)"
      : err.message.replace(QUOTED, '"…"'),
    stack: framesOf(err),
    ...(err.cause !== undefined && { cause: safeError(err.cause) }),
  };
}

/** The stack's frames only: the stack opens with the message, which may span lines of values. */
function framesOf(err: Error): string | undefined {
  const head = `${err.name}: ${err.message}`;
  const stack = err.stack?.startsWith(head) ? err.stack.slice(head.length) : undefined;
  return stack
    ?.split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .join("\n");
}
