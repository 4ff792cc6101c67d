// Time windows around the order being scored, in milliseconds of placedAt.

export const HOUR = 3_600_000;

/** Placed at most `ms` before `at` (or after it). */
export const since = (at: Date, ms: number) => (other: { placedAt: Date }) =>
  at.getTime() - other.placedAt.getTime() <= ms;

/** Placed within `ms` of `at`, before or after. */
export const near = (at: Date, ms: number) => (other: { placedAt: Date }) =>
  Math.abs(at.getTime() - other.placedAt.getTime()) <= ms;

type Buy = { placedAt: Date; riskyUnits: number };

/**
 * This order and that one both buy resale targets within a week of each other: a drop's buying, as
 * a ring's accounts do and a family's or namesakes' seldom do.
 */
export const resaleWeek = (self: Buy) => {
  const inWeek = near(self.placedAt, 168 * HOUR);
  return (other: Buy) => self.riskyUnits > 0 && other.riskyUnits > 0 && inWeek(other);
};
