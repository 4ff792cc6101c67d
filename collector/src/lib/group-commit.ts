import { setImmediate } from "node:timers";

/**
 * Group commit: writes that arrive together are stored by one statement, and each caller's promise
 * settles only once that statement has committed — so an answer still means "stored", but a burst
 * of page views costs one commit instead of one each. The group is what arrived before the event
 * loop's next turn (at most `max`). If the group's write fails, each item is written alone, so one
 * bad row fails only its own request.
 */
export function createGroupCommit<T>(write: (items: T[]) => Promise<void>, max = 200) {
  let pending: Array<{ item: T; resolve: () => void; reject: (err: unknown) => void }> = [];
  let scheduled = false;

  async function flush() {
    scheduled = false;
    const group = pending.slice(0, max);
    pending = pending.slice(max);
    if (pending.length > 0) schedule();
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
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => void flush());
  }

  return (item: T): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      schedule();
    });
}
