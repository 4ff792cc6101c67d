import type { FlagReason, Signals } from "@shinsa/shared";
import type { ParsedClient } from "../../lib/user-agent.js";

/** What the collector knows about one page session when it judges it. */
export interface DeviceFacts {
  signals: Signals;
  /** Lower-cased request headers: what the browser sent, not what its scripts claim. */
  headers: Record<string, string>;
  client: ParsedClient;
}

/** Judges one aspect of a device; returns the reasons for raising flags, or none. */
export type FlagJudge = (facts: DeviceFacts) => FlagReason[];

/** A reason in both languages: `en` is the wire's `message`, `ja` a reviewer's Japanese. */
export const flagReason = (flag: string, code: string, en: string, ja: string): FlagReason => ({
  flag,
  code,
  message: en,
  ja,
});
