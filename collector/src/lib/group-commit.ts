import { setImmediate } from "node:timers";

export interface GroupCommitOptions {
  /** Items one write takes at most. */
  maxGroup?: number;
  /** Writes under way at once; what arrives meanwhile waits and goes in the next group. */
  maxWrites?: number;
}

/**
 * Group commit: writes that arrive together are stored by one statement, and each caller's promise
 * settles only once that statement has committed — so an answer still means "stored", but a burst
 * of page views costs one statement and one commit instead of one each. While `maxWrites` writes are
 * under way, new items gather for the next group (the classic group commit: the busier the database,
 * the larger the groups); an idle one writes what arrived before the event loop's next turn. If a
 * group's write fails, each item is written alone, so one bad row fails only its own request.
 */
export function createGroupCommit<T>(
  write: (items: T[]) => Promise<void>,
  { maxGroup = 200, maxWrites = 1 }: GroupCommitOptions = {},
) {
  let pending: Array<{ item: T; resolve: () => void; reject: (err: unknown) => void }> = [];
  let scheduled = false;
  let writing = 0;

  async function flush() {
    scheduled = false;
    if (pending.length === 0 || writing >= maxWrites) return;
    const group = pending.slice(0, maxGroup);
    pending = pending.slice(maxGroup);
    writing += 1;
    try {
      await writeGroup(group);
    } finally {
      writing -= 1;
      if (pending.length > 0) schedule();
    }
  }

  async function writeGroup(group: typeof pending) {
    try {
      await write(group.map((g) => g.item));
      for (const g of group) g.resolve();
    } catch (err) {
      if (group.length === 1) {
        group[0]?.reject(err);
        return;
      }
      for (const g of group) {
        await write([g.item]).then(g.resolve, g.reject);
      }
    }
  }

  function schedule() {
    if (scheduled || writing >= maxWrites) return;
    scheduled = true;
    setImmediate(() => void flush());
  }

  return (item: T): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      schedule();
    });
}
