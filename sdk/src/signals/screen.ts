import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

export const screen: Source<SignalValue<"screen">> = {
  now() {
    const s = window.screen;
    return {
      width: s.width,
      height: s.height,
      availWidth: s.availWidth,
      availHeight: s.availHeight,
      innerWidth,
      innerHeight,
      outerWidth,
      outerHeight,
      colorDepth: s.colorDepth,
      pixelRatio: devicePixelRatio,
    };
  },
};
