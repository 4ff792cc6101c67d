import { describe, expect, it } from "vitest";
import { createBackground } from "./background.js";

describe("createBackground", () => {
  it("runs jobs one at a time, in the order given, and says when all are done", async () => {
    const background = createBackground(() => {});
    const log: string[] = [];
    const job = (name: string, ms: number) => async () => {
      log.push(`${name} start`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`${name} end`);
    };
    background.run("a", job("a", 20));
    background.run("b", job("b", 1));
    await background.idle();
    expect(log).toEqual(["a start", "a end", "b start", "b end"]);
  });

  it("reports a failed job and goes on with the next", async () => {
    const failures: string[] = [];
    const background = createBackground((label) => failures.push(label));
    let ran = false;
    background.run("broken", async () => {
      throw new Error("database down");
    });
    background.run("next", async () => {
      ran = true;
    });
    await background.idle();
    expect(failures).toEqual(["broken"]);
    expect(ran).toBe(true);
  });

  it("counts the jobs queued or running, failed ones too, down to none when all are done", async () => {
    const background = createBackground(() => {});
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    background.run("held", () => held);
    background.run("queued", async () => {});
    background.run(
      "broken",
      async () => {
        throw new Error("database down");
      },
      "other site",
    );
    expect(background.pending()).toBe(3);
    await background.idle("other site");
    expect(background.pending()).toBe(2);
    release();
    await background.idle();
    expect(background.pending()).toBe(0);
  });
});

describe("createBackground with scopes", () => {
  it("lets one scope's jobs run while another's are still going, and waits on one scope alone", async () => {
    const background = createBackground(() => {});
    const log: string[] = [];
    let release = () => {};
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    background.run("site A import", () => slow.then(() => log.push("A")), "site_a");
    background.run("site B re-score", async () => log.push("B"), "site_b");
    await background.idle("site_b");
    expect(log).toEqual(["B"]);
    release();
    await background.idle();
    expect(log).toEqual(["B", "A"]);
  });
});
