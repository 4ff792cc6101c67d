import {
  type CollectPayload,
  type CollectResponse,
  collectPayloadSchema,
  type DevicePayload,
  type Signals,
  type UpdatePayload,
} from "@shinsa/shared";
import type { Db } from "../db/client.js";
import { insertToken, readToken, updateToken as writeTokenUpdate } from "../db/queries/device-tokens.js";
import { ApiError } from "../lib/api-error.js";
import { newToken, newVisitorId } from "../lib/keys.js";
import { keptIp } from "../lib/truncate-ip.js";
import { parseUserAgent } from "../lib/user-agent.js";
import { judgeDevice } from "./flags/index.js";
import { getDeviceId, getHardwareId } from "./identify.js";

/** What the request itself says, beside the payload. */
export interface RequestFacts {
  ip: string | null;
  /** Lower-cased names; only the headers worth keeping (see `keptHeaders`). */
  headers: Record<string, string>;
  now: Date;
}

export interface CollectOptions {
  tokenTtlMs: number;
  /** The site keeps IP addresses cut to their network (settings' truncateIp). */
  truncateIp?: boolean;
}

/** Stores one payload of the SDK and answers its token: a new one, or the same one for an update. */
export async function collect(
  db: Db,
  siteId: string,
  payload: CollectPayload,
  request: RequestFacts,
  options: CollectOptions,
): Promise<CollectResponse & { visitorId: string }> {
  return payload.type === "device"
    ? issueToken(db, siteId, payload, request, options)
    : updateToken(db, siteId, payload, request);
}

async function issueToken(
  db: Db,
  siteId: string,
  payload: DevicePayload,
  request: RequestFacts,
  options: CollectOptions,
) {
  const token = newToken();
  const expiresAt = new Date(request.now.getTime() + options.tokenTtlMs);
  const visitorId = payload.visitorId ?? newVisitorId();
  await insertToken(db, {
    siteId,
    token,
    sessionId: payload.sessionId,
    createdAt: request.now,
    updatedAt: request.now,
    expiresAt,
    visitorId,
    ip: keptIp(request.ip, options.truncateIp),
    userAgent: request.headers["user-agent"] ?? null,
    headers: request.headers,
    behavior: payload.behavior ?? null,
    ...derive(payload.signals, request.headers),
  });
  return { token, expiresAt: expiresAt.toISOString(), visitorId };
}

/**
 * Later payloads of the same page add slow signals and the behaviour snapshot to its token, and
 * the visitor id the browser kept, which replaces the one made for the token (the SDK reads its
 * stores only after the token, to keep them off the checkout's critical path).
 */
async function updateToken(db: Db, siteId: string, payload: UpdatePayload, request: RequestFacts) {
  const row = await readToken(db, siteId, payload.token, payload.sessionId);
  if (!row) throw new ApiError(404, "token_not_found", "no token of this site and page session");
  if (row.expiresAt <= request.now) throw new ApiError(410, "token_expired", "the token has expired");
  const signals = { ...(row.signals as Signals), ...payload.signals };
  await writeTokenUpdate(
    db,
    { siteId, token: payload.token, sessionId: payload.sessionId },
    {
      updatedAt: request.now,
      visitorId: payload.visitorId ?? row.visitorId,
      behavior: payload.behavior ?? row.behavior,
      ...derive(signals, row.headers),
    },
  );
  return { token: row.token, expiresAt: row.expiresAt.toISOString(), visitorId: payload.visitorId ?? row.visitorId };
}

function derive(signals: Signals, headers: Record<string, string>) {
  const client = parseUserAgent(headers["user-agent"]);
  const { flags, reasons } = judgeDevice({ signals, headers, client });
  return {
    signals,
    client,
    deviceId: getDeviceId(signals),
    hardwareId: getHardwareId(signals),
    flags,
    flagReasons: reasons,
  };
}

/** Headers a browser sets itself, kept to cross-check what the page's scripts claim. */
export const keptHeaders = [
  "user-agent",
  "accept-language",
  "sec-ch-ua",
  "sec-ch-ua-mobile",
  "sec-ch-ua-platform",
  "origin",
  "referer",
] as const;

const WARM_UP_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** Runs validation, UA parsing, the judges and the ids once on made-up facts; stores nothing. */
export function warmUpCollect(): void {
  try {
    const signals: Signals = {
      userAgent: {
        userAgent: WARM_UP_UA,
        platform: "Win32",
        clientHints: { brands: [], mobile: false, platform: "Windows" },
      },
      timezone: { name: "Asia/Tokyo", offset: -540 },
      locale: { languages: ["ja-JP"] },
    };
    collectPayloadSchema.safeParse({
      v: 1,
      type: "device",
      key: "pk_warmup0000",
      sessionId: "warmup0000",
      visitorId: null,
      signals,
    });
    derive(signals, { "user-agent": WARM_UP_UA, "sec-ch-ua-platform": '"Windows"' });
  } catch {
    // Only a head start: the first real request does the same work anyway.
  }
}
