import { describe, expect, it, vi } from "vitest";
import { collectLater } from "../collect.js";
import { standIn, throwing } from "../testing/stand-in.js";
import { getIntlOptions } from "./intl.js";
import { locale } from "./locale.js";

vi.mock("./intl.js", () => ({
  getIntlOptions: vi.fn(() => ({ locale: "ja-JP", calendar: "japanese", numberingSystem: "latn" })),
}));

const nav = standIn<Navigator>({ languages: ["ja-JP", "en-US"], language: "ja-JP" });

describe("locale", () => {
  it("reports the navigator's languages before the token, without starting Intl", () => {
    expect(locale.now(nav)).toEqual({ languages: ["ja-JP", "en-US"], language: "ja-JP" });
    expect(getIntlOptions).not.toHaveBeenCalled();
  });

  it("reports an empty list where navigator.languages is missing (older WebViews)", () => {
    expect(locale.now(standIn({ language: "ja" }))).toEqual({ languages: [], language: "ja" });
  });

  it("adds Intl's locale, calendar and numbering system later where there is no Temporal", () => {
    expect(locale.later(nav)).toEqual({
      languages: ["ja-JP", "en-US"],
      language: "ja-JP",
      intlLocale: "ja-JP",
      calendar: "japanese",
      numberingSystem: "latn",
    });
  });

  it("skips Intl where Temporal exists, since the zone name no longer needs it", () => {
    vi.stubGlobal("Temporal", {});
    expect(locale.later(nav)).toEqual({ languages: ["ja-JP", "en-US"], language: "ja-JP" });
    expect(getIntlOptions).not.toHaveBeenCalled();
  });

  it("records {error} when the navigator throws", async () => {
    const into: Record<string, unknown> = {};
    const broken = standIn<Navigator>(throwing("languages", new Error("blocked")));
    await collectLater(into, { locale: { later: () => locale.later(broken) } });
    expect(into).toEqual({ locale: { error: "Error: blocked" } });
  });
});
