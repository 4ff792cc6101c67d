import { describe, expect, it } from "vitest";
import { createProgress } from "./progress.js";

const recorder = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, out: { isTTY, columns: 60, write: (t: string) => written.push(t) } };
};

describe("createProgress", () => {
  it("redraws one bar on a terminal and ends it with a newline", () => {
    const { written, out } = recorder(true);
    const bar = createProgress(out, 4);
    bar.update(1);
    bar.update(4);
    bar.finish();
    expect(written[0]).toMatch(/^\r\[#+-+\] 1\/4 rows {2}25%$/);
    expect(written[1]).toMatch(/^\r\[#+\] 4\/4 rows 100%$/);
    expect(written[2]).toBe("\n");
  });

  it("writes a plain line per step when stderr is not a terminal", () => {
    const { written, out } = recorder(false);
    const bar = createProgress(out, 3);
    bar.update(2);
    bar.finish();
    expect(written).toEqual(["scored 2/3 rows  66%\n"]);
  });
});
