import { nextTask } from "./schedule.js";

export interface PostOptions {
  /** Attempts after the first, for network errors, timeouts, 429 and 5xx. */
  retries?: number;
  timeoutMs?: number;
  /** Lets the request outlive the page (submit, pagehide); such requests are not retried. */
  keepalive?: boolean;
}

const BACKOFF_MS = 300;

// A string body is sent as `text/plain`, a CORS-safelisted type: no preflight round trip, and so
// no extra 30–80 ms before the token. `credentials: "omit"`: the collector keys on the site key,
// never on its own cookies.
export async function post<T>(url: string, body: unknown, options: PostOptions = {}): Promise<T> {
  const { retries = 2, timeoutMs = 5000, keepalive = false } = options;
  for (let attempt = 0; ; attempt++) {
    const controller = typeof AbortController === "function" ? new AbortController() : undefined;
    const timer = setTimeout(() => controller?.abort(), timeoutMs);
    let retriable = true;
    try {
      const response = await fetch(url, {
        method: "POST",
        body: JSON.stringify(body),
        keepalive,
        credentials: "omit",
        signal: controller?.signal,
      });
      if (response.ok) return (await response.json()) as T;
      // Another 4xx would fail the same way again.
      retriable = response.status >= 500 || response.status === 429;
      throw new Error(`HTTP ${response.status}`);
    } catch (err) {
      if (!retriable || keepalive || attempt >= retries) throw err;
    } finally {
      clearTimeout(timer);
    }
    await nextTask(BACKOFF_MS * 3 ** attempt * (0.5 + Math.random()));
  }
}
