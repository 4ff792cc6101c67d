import { describe, expect, it, vi } from "vitest";
import { collectNow } from "../collect.js";
import { getIntlOptions } from "./intl.js";
import { timezone } from "./timezone.js";

// The tests run in Asia/Tokyo (vitest.config.ts): getTimezoneOffset answers -540.
vi.mock("./intl.js", () => ({ getIntlOptions: vi.fn(() => ({ timeZone: "Asia/Tokyo" })) }));

const temporal = (zone: () => string) => vi.stubGlobal("Temporal", { Now: { timeZoneId: zone } });

describe("timezone", () => {
  it("reports only the offset before the token where there is no Temporal, leaving Intl for later", () => {
    expect(timezone.now()).toStrictEqual({ name: undefined, offset: -540 });
    expect(getIntlOptions).not.toHaveBeenCalled();
  });

  it("names the zone before the token where Temporal exists", () => {
    temporal(() => "Asia/Tokyo");
    expect(timezone.now()).toEqual({ name: "Asia/Tokyo", offset: -540 });
  });

  it("names the zone later from Intl where there is no Temporal", () => {
    expect(timezone.later()).toEqual({ name: "Asia/Tokyo", offset: -540 });
  });

  it("names the zone later from Temporal where it exists, without starting Intl", () => {
    temporal(() => "America/New_York");
    expect(timezone.later()).toEqual({ name: "America/New_York", offset: -540 });
    expect(getIntlOptions).not.toHaveBeenCalled();
  });

  it("records {error} when Temporal throws", () => {
    temporal(() => {
      throw new RangeError("invalid time zone");
    });
    expect(collectNow({ timezone })).toEqual({ timezone: { error: "RangeError: invalid time zone" } });
  });
});
