import type { SignalValue } from "@shinsa/shared";
import { hash } from "../hash.js";
import type { Source } from "./source.js";

// The last bits of these functions differ between JavaScript engines, their versions and CPUs'
// maths libraries, and no user setting changes them.
export const math = {
  now() {
    const M = Math;
    const x = 0.123456789;
    return hash(
      [
        M.acos(x),
        M.acosh(1e308),
        M.asinh(1),
        M.atanh(0.5),
        M.cbrt(100),
        M.cosh(1),
        M.expm1(1),
        M.log1p(10),
        M.sinh(1),
        M.tanh(1),
        M.sin(-1e300),
        M.tan(-1e300),
        M.exp(x),
        M.pow(M.PI, -100),
        M.atan2(x, 0.5),
      ].join(),
    );
  },
} satisfies Source<SignalValue<"math">>;
