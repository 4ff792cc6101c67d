import { describe, expect, it, vi } from "vitest";
import { getIntlOptions } from "./intl.js";

describe("getIntlOptions", () => {
  it("starts Intl once and shares its answer, as the first call costs a long task", () => {
    const format = vi.spyOn(Intl, "DateTimeFormat");
    const first = getIntlOptions();
    expect(getIntlOptions()).toBe(first);
    expect(format).toHaveBeenCalledTimes(1);
    expect(first.timeZone).toBe("Asia/Tokyo");
  });
});
