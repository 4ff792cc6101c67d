import type { DeviceFacts, TokenStatus } from "./facts/inputs.js";

/** What the token's look-up found. */
export interface FoundToken {
  /** The device the token was issued to, and when the token expires; undefined for a token never issued here. */
  device: (DeviceFacts & { expiresAt: Date }) | undefined;
  /** Another order that already carried the token: a token is good for one checkout. */
  reusedBy: string | null;
}

/**
 * The token's standing at `now`, and the device to judge the order by. A token is good for one
 * checkout: another order that carried it makes it reused. An expired or reused token still
 * names its device, since the device did visit.
 */
export function checkToken(
  token: string | undefined,
  found: FoundToken | null,
  now: Date,
): { token: { status: TokenStatus; reusedBy: string | null }; device: DeviceFacts | null } {
  if (!token) return { token: { status: "none", reusedBy: null }, device: null };
  if (!found?.device) return { token: { status: "unknown", reusedBy: null }, device: null };
  const { expiresAt, ...device } = found.device;
  if (found.reusedBy) return { token: { status: "reused", reusedBy: found.reusedBy }, device };
  return { token: { status: expiresAt <= now ? "expired" : "valid", reusedBy: null }, device };
}
