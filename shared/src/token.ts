import type { Behavior } from "./behavior.js";
import type { Signals } from "./signals.js";

/** Conclusions the collector draws from the raw signals, each with the reasons behind it. */
export interface DeviceFlags {
  bot: boolean;
  automation: boolean;
  tampering: boolean;
  incognito: boolean;
  virtualMachine: boolean;
  timezoneMismatch: boolean;
  [flag: string]: boolean;
}

/** Every flag down: what a device with no reason against it answers. */
export const NO_FLAGS: Readonly<DeviceFlags> = {
  bot: false,
  automation: false,
  tampering: false,
  incognito: false,
  virtualMachine: false,
  timezoneMismatch: false,
};

export interface FlagReason {
  flag: string;
  code: string;
  /** In the caller's language: Japanese, or English with `Accept-Language: en` (as an order's reasons). */
  message: string;
  /** The same in Japanese, for a reviewer's screen; reasons judged before issue 12 carry none. */
  ja?: string;
}

/** `GET /v1/tokens/{token}`: what the device told us. */
export interface TokenResponse {
  token: string;
  createdAt: string;
  expiresAt: string;
  deviceId: string;
  hardwareId: string;
  visitorId: string;
  ip: string | null;
  browser: { name: string | null; version: string | null };
  os: { name: string | null; version: string | null };
  device: { type: string; vendor: string | null; model: string | null };
  signals: Signals;
  flags: DeviceFlags;
  flagReasons: FlagReason[];
  behavior: Behavior | null;
  history: { firstSeenAt: string; visits: number; accounts: number; orders: number };
}
