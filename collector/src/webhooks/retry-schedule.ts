// When a failed delivery is tried again: quickly at first (a deploy, a restart), then further
// apart, for about two days in all, so a receiver down over a weekend night still gets every event.
// After the last attempt the event is given up and shown as failed; the merchant can send it again.

const MINUTE = 60_000;
const DELAYS = [0.5, 2, 10, 30, 60, 120, 240, 480, 720, 720].map((m) => m * MINUTE);

/** Attempts an event gets, the first included. */
export const MAX_ATTEMPTS = DELAYS.length + 1;

/**
 * The wait before the next attempt after `attempts` failed ones, spread by up to ±10 % (`jitter`
 * in [0, 1)) so events that failed together do not all come back in the same second; null once
 * the attempts are spent.
 */
export function retryDelay(attempts: number, jitter: number): number | null {
  const base = DELAYS[attempts - 1];
  if (base === undefined || attempts < 1) return null;
  return Math.round(base * (0.9 + 0.2 * jitter));
}
