/**
 * A stand-in for a browser object (navigator, window, document…) in Node: only the properties the
 * code under test reads, typed as the real thing so it can be handed to a signal's parameter.
 */
export const standIn = <T = typeof window>(properties: object): T => properties as T;

/** An object whose property `name` throws `error` when read, as blocked or proxied APIs do. */
export const throwing = (name: string, error: unknown) =>
  Object.defineProperty({}, name, {
    get() {
      throw error;
    },
  });
