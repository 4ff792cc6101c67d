import type { SignalName, SignalValue } from "@shinsa/shared";

/**
 * How one signal is collected. `now` runs before the token request and must be cheap (well under a
 * millisecond); `later` runs after the token, in a task of its own, and may be costly or async.
 * A signal may have both: `now` sends what is free, `later` replaces it with the full value.
 * Expected failures are values (`"unsupported"`); anything thrown is recorded as `{error}`.
 *
 * A source reads the browser objects it needs (navigator, window, document) from a parameter that
 * defaults to the global: collect.ts calls it without one, and the unit test beside it hands in a
 * stand-in with the few properties it reads, in Node, with no DOM. Sources are declared with
 * `satisfies Source<…>` so that the test sees the parameter.
 */
export interface Source<V> {
  now?: () => V;
  later?: () => V | Promise<V>;
}

export type Registry = { [K in SignalName]: Source<SignalValue<K>> };
