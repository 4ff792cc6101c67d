import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

type Screen = SignalValue<"screen">;

const ofScreen = (): Screen => {
  const s = window.screen;
  return {
    width: s.width,
    height: s.height,
    availWidth: s.availWidth,
    availHeight: s.availHeight,
    colorDepth: s.colorDepth,
    pixelRatio: devicePixelRatio,
  };
};

// The window's own size is read after the token: `innerWidth` makes the browser lay out a page
// that is still loading (4–8 ms here), in the task that sends the token request.
export const screen: Source<Screen> = {
  now: ofScreen,
  later: () => ({ ...ofScreen(), innerWidth, innerHeight, outerWidth, outerHeight }),
};
