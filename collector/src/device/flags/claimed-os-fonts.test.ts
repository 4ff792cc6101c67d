import { describe, expect, it } from "vitest";
import { codesOf, deviceFacts } from "../../testing/device-facts.js";
import { judgeClaimedOsFonts } from "./claimed-os-fonts.js";

const WINDOWS =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36";
const LINUX_FONTS = ["Arial", "Times New Roman", "Courier New", "DejaVu Sans", "Liberation Sans"];
const claim = (userAgent: string, fonts: string[] | { error: string }) =>
  deviceFacts({ userAgent: { userAgent }, fonts });

describe("the fonts of the system the user agent claims", () => {
  it.each([
    ["Windows with Segoe UI and Meiryo", claim(WINDOWS, ["Arial", "Segoe UI", "Meiryo", "MS Gothic"])],
    ["macOS with Hiragino", claim(MAC, ["Helvetica Neue", "Hiragino Sans", "Menlo"])],
    ["Linux with Linux fonts", claim("Mozilla/5.0 (X11; Linux x86_64)", LINUX_FONTS)],
    ["fonts that could not be read", claim(WINDOWS, { error: "timeout" })],
  ])("finds nothing in %s", (_, facts) => {
    expect(codesOf(judgeClaimedOsFonts, facts)).toEqual([]);
  });

  it.each([
    ["a Windows user agent on Linux fonts", WINDOWS],
    ["a macOS user agent on Linux fonts", MAC],
  ])("flags %s", (_, ua) => {
    expect(codesOf(judgeClaimedOsFonts, claim(ua, LINUX_FONTS))).toEqual(["fonts_do_not_fit_os"]);
  });
});
