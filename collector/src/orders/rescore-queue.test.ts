import { describe, expect, it } from "vitest";
import { createRescoreQueue, type RescoreTrigger } from "./rescore-queue.js";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 4, 10, minute));
const trigger = (orderId: string, minute = 0): RescoreTrigger => ({ orderId, placedAt: at(minute) });

describe("createRescoreQueue", () => {
  it("holds an order once however many new orders ask for it, with the newest that asked", () => {
    const queue = createRescoreQueue();
    expect(queue.add("site", ["A", "B"], trigger("C", 1))).toBe(true);
    expect(queue.add("site", ["A", "B", "C"], trigger("D", 2))).toBe(false);
    expect(queue.add("site", ["A"], trigger("E", 3))).toBe(false);
    expect(queue.pending()).toBe(3);
    const batch = queue.take("site", 10);
    expect(batch.map((q) => q.orderId)).toEqual(["A", "B", "C"]);
    expect(batch[0]?.triggers.map((t) => t.orderId)).toEqual(["C", "D", "E"]);
    expect(batch[2]?.triggers.map((t) => t.orderId)).toEqual(["D"]);
    expect(queue.pending()).toBe(0);
  });

  it("never queues the order that asks, and keeps only the newest four that asked", () => {
    const queue = createRescoreQueue();
    queue.add("site", ["A", "B"], trigger("B"));
    for (const [i, id] of ["C", "D", "E", "F", "G"].entries()) queue.add("site", ["A"], trigger(id, i + 1));
    queue.add("site", ["A"], trigger("D", 9));
    const [a, ...rest] = queue.take("site", 10);
    expect(rest).toEqual([]);
    expect(a?.triggers.map((t) => `${t.orderId}@${t.placedAt.getUTCMinutes()}`)).toEqual(["E@3", "F@4", "G@5", "D@9"]);
  });

  it("asks for one drain per site until the site's queue is found empty, then for a new one", () => {
    const queue = createRescoreQueue();
    expect(queue.add("site", ["A"], trigger("B"))).toBe(true);
    expect(queue.add("other", ["X"], trigger("Y"))).toBe(true);
    expect(queue.take("site", 1).map((q) => q.orderId)).toEqual(["A"]);
    // The drain is still running (it has not seen the queue empty): a new order joins its work.
    expect(queue.add("site", ["Z"], trigger("B"))).toBe(false);
    expect(queue.take("site", 5).map((q) => q.orderId)).toEqual(["Z"]);
    expect(queue.take("site", 5)).toEqual([]);
    expect(queue.add("site", ["A"], trigger("C"))).toBe(true);
    expect(queue.take("other", 5).map((q) => q.orderId)).toEqual(["X"]);
  });

  it("gives the longest waiting orders first, in batches of the size asked", () => {
    const queue = createRescoreQueue();
    queue.add("site", ["A", "B", "C"], trigger("N1"));
    queue.add("site", ["D", "A"], trigger("N2"));
    expect(queue.take("site", 2).map((q) => q.orderId)).toEqual(["A", "B"]);
    expect(queue.take("site", 2).map((q) => q.orderId)).toEqual(["C", "D"]);
  });

  it("counts what it cannot hold past its limit, and still merges into what it holds", () => {
    const queue = createRescoreQueue(3);
    queue.add("site", ["A", "B"], trigger("N1"));
    queue.add("other", ["X", "Y", "Z"], trigger("N2"));
    expect(queue.pending()).toBe(3);
    expect(queue.dropped()).toBe(2);
    queue.add("site", ["A"], trigger("N3"));
    expect(queue.dropped()).toBe(2);
    expect(queue.take("site", 5)[0]?.triggers.map((t) => t.orderId)).toEqual(["N1", "N3"]);
    // Room again once drained.
    queue.add("other", ["Z"], trigger("N4"));
    expect(queue.pending()).toBe(2);
  });

  it("asks for no drain when every order asked for is the asking one or was dropped", () => {
    const queue = createRescoreQueue(0);
    expect(queue.add("site", ["A"], trigger("B"))).toBe(false);
    expect(queue.add("site", ["B"], trigger("B"))).toBe(false);
    expect(queue.dropped()).toBe(1);
  });
});
