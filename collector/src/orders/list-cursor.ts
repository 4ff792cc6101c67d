// The order list's cursor: the position of the last order of a page, (placedAt, orderId), which
// is the list's sort key. A position, not an offset, so orders arriving meanwhile neither shift
// nor repeat the next page. Opaque to callers (base64url), so its form may change.

export interface ListPosition {
  placedAt: Date;
  orderId: string;
}

export const encodeCursor = ({ placedAt, orderId }: ListPosition) =>
  Buffer.from(JSON.stringify([placedAt.getTime(), orderId])).toString("base64url");

/** The position a cursor holds, or null when it is not one this list made. */
export function decodeCursor(cursor: string): ListPosition | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [ms, orderId] = value;
    if (!Number.isSafeInteger(ms) || typeof orderId !== "string" || orderId === "" || orderId.length > 128) return null;
    const placedAt = new Date(ms);
    return Number.isNaN(placedAt.getTime()) ? null : { placedAt, orderId };
  } catch {
    return null;
  }
}
