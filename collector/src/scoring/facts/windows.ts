// Time windows around the order being scored, in milliseconds of placedAt.

export const HOUR = 3_600_000;

/** Placed at most `ms` before `at` (or after it). */
export const since = (at: Date, ms: number) => (other: { placedAt: Date }) =>
  at.getTime() - other.placedAt.getTime() <= ms;

/** Placed within `ms` of `at`, before or after. */
export const near = (at: Date, ms: number) => (other: { placedAt: Date }) =>
  Math.abs(at.getTime() - other.placedAt.getTime()) <= ms;
