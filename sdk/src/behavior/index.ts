import type { Behavior } from "@shinsa/shared";
import { trackFields } from "./fields.js";

const isAutofill = (event: Event, target: EventTarget | null) => {
  // Chrome and Safari dispatch autofill as a plain `Event("input")`, not an `InputEvent`, and mark
  // the field `:autofill` (`:-webkit-autofill` before Chrome 110 / Safari 15).
  if (typeof InputEvent === "function" && !(event instanceof InputEvent)) return true;
  try {
    return target instanceof Element && target.matches(":-webkit-autofill");
  } catch {
    return false;
  }
};

/**
 * Counts and timings of how the page is used, from load to submit. Listeners are passive and on
 * the capture phase, so they neither slow scrolling nor depend on the page's own handlers.
 */
export function trackBehavior() {
  const now = () => performance.now();
  const fields = trackFields();
  let pointerMoves = 0;
  let pointerDistance = 0;
  let lastX: number | undefined;
  let lastY = 0;
  let clicks = 0;
  let touches = 0;
  let scrolls = 0;
  let focusChanges = 0;
  let hiddenMs = 0;
  let hiddenAt = document.hidden ? now() : undefined;
  let submitted = false;
  /** Bumped on every event, so a flush with nothing new can be skipped. */
  let version = 0;

  const handlers: Record<string, (event: Event) => void> = {
    pointermove(event) {
      const { clientX: x, clientY: y } = event as PointerEvent;
      if (lastX !== undefined) pointerDistance += Math.hypot(x - lastX, y - lastY);
      lastX = x;
      lastY = y;
      pointerMoves++;
    },
    click: () => clicks++,
    touchstart: () => touches++,
    scroll: () => scrolls++,
    focusin(event) {
      focusChanges++;
      fields.focus(event.target);
    },
    keydown: (event) => fields.key(event.target, event.timeStamp),
    paste: (event) => fields.paste(event.target),
    input(event) {
      if (isAutofill(event, event.target)) fields.autofill(event.target);
    },
    visibilitychange() {
      if (document.hidden) hiddenAt = now();
      else if (hiddenAt !== undefined) {
        hiddenMs += now() - hiddenAt;
        hiddenAt = undefined;
      }
    },
  };
  for (const [type, handler] of Object.entries(handlers)) {
    document.addEventListener(
      type,
      (event) => {
        version++;
        handler(event);
      },
      { capture: true, passive: true },
    );
  }

  return {
    version: () => version,
    markSubmitted() {
      submitted = true;
      version++;
    },
    /** `elapsedMs` counts from navigation start: the time from load to now (or to submit). */
    snapshot(): Behavior {
      const t = now();
      return {
        elapsedMs: Math.round(t),
        pointerMoves,
        pointerDistance: Math.round(pointerDistance),
        clicks,
        touches,
        scrolls,
        focusChanges,
        hiddenMs: Math.round(hiddenMs + (hiddenAt === undefined ? 0 : t - hiddenAt)),
        fields: fields.snapshot(),
        submitted,
      };
    },
  };
}
