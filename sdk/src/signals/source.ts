import type { SignalName, SignalValue } from "@shinsa/shared";

/**
 * How one signal is collected. `now` runs before the token request and must be cheap (well under a
 * millisecond); `later` runs after the token, in a task of its own, and may be costly or async.
 * A signal may have both: `now` sends what is free, `later` replaces it with the full value.
 * Expected failures are values (`"unsupported"`); anything thrown is recorded as `{error}`.
 */
export interface Source<V> {
  now?: () => V;
  later?: () => V | Promise<V>;
}

export type Registry = { [K in SignalName]: Source<SignalValue<K>> };
