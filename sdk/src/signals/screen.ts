import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

type Screen = SignalValue<"screen">;

const ofScreen = (w: Window = window): Screen => {
  const s = w.screen;
  return {
    width: s.width,
    height: s.height,
    availWidth: s.availWidth,
    availHeight: s.availHeight,
    colorDepth: s.colorDepth,
    pixelRatio: w.devicePixelRatio,
  };
};

// The window's own size is read after the token: `innerWidth` makes the browser lay out a page
// that is still loading (4–8 ms here), in the task that sends the token request.
export const screen = {
  now: ofScreen,
  later: (w: Window = window): Screen => ({
    ...ofScreen(w),
    innerWidth: w.innerWidth,
    innerHeight: w.innerHeight,
    outerWidth: w.outerWidth,
    outerHeight: w.outerHeight,
  }),
} satisfies Source<Screen>;
