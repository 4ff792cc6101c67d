import { describe, expect, it } from "vitest";
import { collectLater } from "../collect.js";
import { standIn } from "../testing/stand-in.js";
import { fonts } from "./fonts.js";

const GENERIC: Record<string, number> = { monospace: 600, "sans-serif": 500, serif: 550 };

/**
 * A document whose text measures `widths[family]` in an installed family, and the generic
 * fallback's width in any other: `72px 'Meiryo',serif` is Meiryo's width if installed, else serif's.
 */
const documentWithFonts = (widths: Record<string, number>) => {
  const ctx = {
    font: "",
    measureText() {
      const [family, fallback] = ctx.font.replace("72px ", "").split(",");
      const name = family?.replace(/'/g, "") ?? "";
      return { width: widths[name] ?? GENERIC[fallback ?? name] };
    },
  };
  return standIn<Document>({ createElement: () => ({ getContext: () => ctx }) });
};

describe("fonts", () => {
  it("finds the installed families, in the order of its list", async () => {
    expect(await fonts.later(documentWithFonts({ Arial: 510, Meiryo: 700, "Hiragino Sans": 690 }))).toEqual([
      "Meiryo",
      "Hiragino Sans",
      "Arial",
    ]);
  });

  it("finds a family that measures like one generic fallback but not like another", async () => {
    expect(await fonts.later(documentWithFonts({ Georgia: GENERIC.serif as number }))).toEqual(["Georgia"]);
  });

  it("finds nothing where every family falls back", async () => {
    expect(await fonts.later(documentWithFonts({}))).toEqual([]);
  });

  it("reports an empty list, not 'unsupported', when the browser gives no 2D context", async () => {
    expect(await fonts.later(standIn<Document>({ createElement: () => ({ getContext: () => null }) }))).toEqual([]);
  });

  it("records {error} when measuring throws", async () => {
    const ctx = {
      measureText() {
        throw new Error("canvas blocked");
      },
    };
    const doc = standIn<Document>({ createElement: () => ({ getContext: () => ctx }) });
    const into: Record<string, unknown> = {};
    await collectLater(into, { fonts: { later: () => fonts.later(doc) } });
    expect(into).toEqual({ fonts: { error: "Error: canvas blocked" } });
  });
});
