import { setImmediate } from "node:timers/promises";

/**
 * Lets the event loop read sockets before going on. PGlite answers a query without real I/O, so a
 * loop of awaited queries is one unbroken chain of microtasks: nothing else — not a checkout, not
 * a health probe — is even read off its socket until the loop ends. A long job awaits this between
 * its steps; setImmediate runs after the loop's I/O phase, so waiting requests come first.
 */
export const yieldToIo = (): Promise<void> => setImmediate();
