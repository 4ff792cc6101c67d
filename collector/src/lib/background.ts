import { yieldToIo } from "./yield-to-io.js";

/**
 * Work that follows an answer but must not delay it: re-scoring the orders a new order linked to.
 * Jobs of one scope (a site) run one at a time, in the order given, in this process; scopes do not
 * wait for each other, so one shop's large import does not hold back another's re-scoring. A
 * failed job is logged and dropped: nothing acknowledged depends on it (the answers already given
 * stand), and the next order that links to the same group queues the same work again. It reaches
 * use cases as a dependency (AppDeps.background), so a test waits on it explicitly.
 */
export interface Background {
  run(label: string, job: () => Promise<unknown>, scope?: string): void;
  /** Resolves once every job queued so far in the scope, or in every scope without one, has finished. */
  idle(scope?: string): Promise<void>;
  /** Jobs queued or running, every scope: a number that only climbs means the work outruns the process. */
  pending(): number;
}

export function createBackground(onError: (label: string, err: unknown) => void) {
  const tails = new Map<string, Promise<void>>();
  let pending = 0;
  const background: Background = {
    run(label, job, scope = "") {
      pending++;
      // yieldToIo: a queue of jobs must not hold the sockets shut on PGlite (see yield-to-io.ts).
      const tail = (tails.get(scope) ?? Promise.resolve())
        .then(yieldToIo)
        .then(job)
        .then(
          () => {},
          (err) => onError(label, err),
        )
        .finally(() => {
          pending--;
        });
      tails.set(scope, tail);
      // A scope whose last job is done holds nothing: the map stays as small as the work queued.
      void tail.then(() => {
        if (tails.get(scope) === tail) tails.delete(scope);
      });
    },
    async idle(scope) {
      if (scope !== undefined) return tails.get(scope);
      while (tails.size > 0) await Promise.all(tails.values());
    },
    pending: () => pending,
  };
  return background;
}
