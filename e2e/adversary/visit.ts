import type { TokenResponse } from "@shinsa/shared";

/** One page load of the checkout and what the collector made of it. */
export interface Visit {
  token: string;
  device: TokenResponse;
}

// The late signals arrive in an update a few hundred ms after the token; a verdict read before
// them would judge the early signals only.
const LATE = ["canvas", "tampering", "integrity", "worker", "graphics", "audio", "fonts", "inspector"];

export async function lookUp(collector: string, secretKey: string, token: string): Promise<TokenResponse> {
  const res = await fetch(`${collector}/v1/tokens/${token}`, { headers: { authorization: `Bearer ${secretKey}` } });
  if (!res.ok) throw new Error(`GET /v1/tokens: ${res.status} ${await res.text()}`);
  return (await res.json()) as TokenResponse;
}

/** The token's device once its late signals are in (or what there is after `timeoutMs`). */
export async function settledDevice(
  collector: string,
  secretKey: string,
  token: string,
  timeoutMs = 20_000,
): Promise<TokenResponse> {
  const end = Date.now() + timeoutMs;
  let device = await lookUp(collector, secretKey, token);
  while (Date.now() < end && !LATE.every((name) => name in device.signals)) {
    await new Promise((r) => setTimeout(r, 200));
    device = await lookUp(collector, secretKey, token);
  }
  return device;
}
