import { describe, expect, it } from "vitest";
import { networkKindOf } from "./network-kind.js";

describe("the kind of network an address sits in", () => {
  it.each([
    ["a home on SoftBank broadband", "126.77.12.9", "japan"],
    ["a docomo phone", "49.98.10.10", "japan"],
    ["a VM in AWS Tokyo (a hosting network before it is a foreign one)", "13.112.40.7", "hosting"],
    ["a Japanese VPS (SAKURA Internet)", "160.16.55.55", "hosting"],
    ["a home in Korea", "121.128.0.1", "abroad"],
    ["no address", null, null],
    ["not an address", "localhost", null],
  ] as const)("names %s", (_, ip, kind) => {
    expect(networkKindOf(ip)).toBe(kind);
  });
});
