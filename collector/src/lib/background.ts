/**
 * Work that follows an answer but must not delay it: re-scoring the orders a new order linked to.
 * Jobs run one at a time, in the order given, in this process. A failed job is logged and dropped:
 * nothing acknowledged depends on it (the answers already given stand), and the next order that
 * links to the same group queues the same work again.
 */
export interface Background {
  run(label: string, job: () => Promise<unknown>): void;
  /** Resolves once every job queued so far has finished (tests, benchmarks, shutdown). */
  idle(): Promise<void>;
}

export function createBackground(onError = (label: string, err: unknown) => console.error(`[shinsa] ${label}:`, err)) {
  let tail: Promise<void> = Promise.resolve();
  const background: Background = {
    run(label, job) {
      tail = tail.then(job).then(
        () => {},
        (err) => onError(label, err),
      );
    },
    idle: () => tail,
  };
  return background;
}
