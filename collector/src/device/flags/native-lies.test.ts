import { describe, expect, it } from "vitest";
import { codesOf, deviceFacts } from "../../testing/device-facts.js";
import { judgeNativeLies } from "./native-lies.js";

describe("built-ins that lie about being native", () => {
  it("finds nothing when every built-in behaves natively", () => {
    expect(codesOf(judgeNativeLies, deviceFacts())).toEqual([]);
  });

  it("flags a Proxy around a navigator getter as tampering, naming it", () => {
    const [reason] = judgeNativeLies(deviceFacts({ integrity: { lies: ["Navigator.hardwareConcurrency:proxy"] } }));
    expect(reason).toMatchObject({ flag: "tampering", code: "native_function_lies" });
    expect(reason?.message).toContain("Navigator.hardwareConcurrency:proxy");
    expect(reason?.ja).toBeTruthy();
  });

  it("says nothing when the signal is missing or recorded an error", () => {
    expect(codesOf(judgeNativeLies, deviceFacts({ integrity: undefined }))).toEqual([]);
    expect(codesOf(judgeNativeLies, deviceFacts({ integrity: { error: "TypeError" } }))).toEqual([]);
  });
});
