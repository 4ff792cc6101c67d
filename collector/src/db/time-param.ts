import { sql } from "drizzle-orm";

/**
 * A time as a timestamptz parameter of a raw statement. Times come from the app's clock, as every
 * other stored time does, not the database's: a test or a bench that sets the clock sees its
 * queues and claims follow it.
 */
export const stamp = (at: Date) => sql`${at.toISOString()}::timestamptz`;
