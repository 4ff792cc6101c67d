// How much of an order's history scoring reads: the query (db/queries/linked-history.ts) reads no
// more, and a fact that counts rows (scoring/facts/) knows it may not see past it.

/** Most recent orders the history holds per identifier: enough for velocity and hub counts, bounded for latency. */
export const NEIGHBOURS_PER_IDENTIFIER = 50;

/**
 * Rows of a category into one city the history holds (areaCategory): a burst is a handful, and the
 * city's usual share is read over the span these rows cover when they are fewer than the site's.
 */
export const CITY_CATEGORY_ROWS = 20;
