import { type SQLWrapper, sql } from "drizzle-orm";

/**
 * A list as one jsonb parameter. The statement's text then stays the same whatever the list's
 * length, so postgres.js prepares it once per connection; a text it has not seen costs a Parse and
 * Describe round trip before the query itself.
 */
export const jsonParam = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/**
 * `column = any(the list)`, with the list as one jsonb parameter (see jsonParam). As an array it
 * stays an index condition, also under OR (a BitmapOr); `in (select …)` would be a semi-join,
 * and two of them under OR a sequential scan.
 */
export const inJsonList = (column: SQLWrapper, values: string[]) =>
  sql`${column} = any(array(select jsonb_array_elements_text(${jsonParam(values)})))`;
