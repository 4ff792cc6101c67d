import type {
  FeedbackRequest,
  ListOrdersResponse,
  OrderRequest,
  OrderResponse,
  TokenResponse,
  WebhookEndpoint,
  WebhookEndpointRequest,
  WebhookEventRecord,
  WebhookEventStatus,
} from "@shinsa/shared";

// A shop's server talks to Shinsa through this: the contract's routes as typed calls, its error
// shape as one error class, the NDJSON import as progress callbacks. Types come from @shinsa/shared,
// the schema the collector itself validates with.

export interface ClientOptions {
  /** The collector's origin, e.g. https://fraud.shop.example */
  url: string;
  /** The site's secret key (sk_…). */
  secretKey: string;
  /** Language of reasons' messages: `ja` (default) or `en`. */
  lang?: "ja" | "en";
  /** A fetch of your own (a proxy agent, a test's in-process app). */
  fetch?: typeof fetch;
  /** Milliseconds before a call gives up; the default suits a checkout (scoring answers in tens of ms). */
  timeoutMs?: number;
}

/** What the collector answered with `{error: {code, message}}`, with the HTTP status. */
export class ShinsaError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds to wait before trying again (429 and 503 say it). */
    readonly retryAfter?: number,
  ) {
    super(`${status} ${code}: ${message}`);
    this.name = "ShinsaError";
  }
}

export type ListOrdersParams = Partial<{
  limit: number;
  cursor: string;
  decision: "accept" | "review" | "reject";
  status: "open" | "decided";
  minScore: number;
  maxScore: number;
  reason: string;
  from: string;
  to: string;
  q: string;
}>;

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportResult {
  format: "shinsa" | "ec-cube";
  encoding: string;
  contentType: string;
  rows: number;
  orders: number;
  errors: number;
  /** The uploaded file with the score columns appended, in its own encoding. */
  file: Uint8Array;
}

export function createClient(options: ClientOptions) {
  const base = options.url.replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const headers = {
    authorization: `Bearer ${options.secretKey}`,
    "accept-language": options.lang ?? "ja",
  };

  async function call<T>(method: string, path: string, body?: unknown, timeoutMs = options.timeoutMs ?? 10_000) {
    const res = await doFetch(`${base}${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
      ...(body !== undefined && { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) throw await errorOf(res);
    return (await res.json()) as T;
  }

  const id = encodeURIComponent;
  return {
    /** Scores an order at checkout: act on `decision` before shipping. Posting the same orderId again answers the stored order. */
    scoreOrder: (order: OrderRequest) => call<OrderResponse>("POST", "/v1/orders", order),
    /** The order as stored, with its latest answer (a later order may have re-scored it) and reviews. */
    getOrder: (orderId: string) =>
      call<
        OrderResponse & { rescored: { at: string; by: string; scoreBefore: number; decisionBefore: string } | null }
      >("GET", `/v1/orders/${id(orderId)}`),
    /** What you learnt later: a chargeback, an unpaid deferred payment, a resale, or that it was fine. */
    sendFeedback: (orderId: string, feedback: FeedbackRequest) =>
      call<OrderResponse>("POST", `/v1/orders/${id(orderId)}/feedback`, feedback),
    listOrders: (params: ListOrdersParams = {}) => call<ListOrdersResponse>("GET", `/v1/orders${queryOf(params)}`),
    /** What the checkout page's device showed, by the token the SDK put in the form. */
    getToken: (token: string) => call<TokenResponse>("GET", `/v1/tokens/${id(token)}`),
    getRing: (ringId: string) => call<Record<string, unknown>>("GET", `/v1/rings/${id(ringId)}`),
    /** Erases a customer's personal data from their stored orders (a deletion request). */
    eraseCustomer: (customerId: string) => call<{ erased: number }>("DELETE", `/v1/customers/${id(customerId)}`),
    getSettings: () => call<Record<string, unknown>>("GET", "/v1/settings"),
    updateSettings: (patch: Record<string, unknown>) => call<Record<string, unknown>>("PATCH", "/v1/settings", patch),

    /** Where decision webhooks go. A new endpoint answers its `signingSecret` once: keep it for verifyWebhook. */
    setWebhook: (endpoint: WebhookEndpointRequest) => call<WebhookEndpoint>("PUT", "/v1/webhook", endpoint),
    getWebhook: () => call<WebhookEndpoint>("GET", "/v1/webhook"),
    deleteWebhook: () => call<{ deleted: true }>("DELETE", "/v1/webhook"),
    /** A new signing secret, answered once; the old one still signs beside it for 24 hours. */
    rotateWebhookSecret: () => call<WebhookEndpoint & { signingSecret: string }>("POST", "/v1/webhook/secret"),
    pingWebhook: () => call<{ eventId: string }>("POST", "/v1/webhook/ping"),
    listWebhookEvents: (params: { status?: WebhookEventStatus; limit?: number } = {}) =>
      call<{ events: WebhookEventRecord[] }>("GET", `/v1/webhook/events${queryOf(params)}`),
    resendWebhookEvent: (eventId: string) =>
      call<{ eventId: string; queued: true }>("POST", `/v1/webhook/events/${id(eventId)}/resend`),

    /** A cart's CSV export scored order by order; `onProgress` hears how far it is, about once a second. */
    async importCsv(file: Uint8Array | string, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
      const res = await doFetch(`${base}/v1/orders/import`, {
        method: "POST",
        headers: { ...headers, "content-type": "text/csv", accept: "application/x-ndjson" },
        body: file,
      });
      if (!res.ok || !res.body) throw await errorOf(res);
      let buffered = "";
      let result: ImportResult | undefined;
      const decoder = new TextDecoder();
      const take = (line: string) => {
        if (!line.trim()) return;
        const message = JSON.parse(line) as {
          progress?: ImportProgress;
          result?: Omit<ImportResult, "file"> & { file: string };
          error?: { code: string; message: string };
        };
        if (message.progress) onProgress?.(message.progress);
        if (message.error) throw new ShinsaError(500, message.error.code, message.error.message);
        if (message.result) {
          result = { ...message.result, file: new Uint8Array(Buffer.from(message.result.file, "base64")) };
        }
      };
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffered += decoder.decode(chunk, { stream: true });
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) take(line);
      }
      take(buffered);
      if (!result) throw new ShinsaError(502, "import_cut_off", "the answer ended before the result");
      return result;
    },
  };
}

export type ShinsaClient = ReturnType<typeof createClient>;

/** `?a=1&b=2` of the parameters given (undefined ones left out), or "" when none are. */
function queryOf(params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(params).flatMap(([k, v]): Array<[string, string]> => (v === undefined ? [] : [[k, String(v)]])),
  ).toString();
  return query ? `?${query}` : "";
}

async function errorOf(res: Response): Promise<ShinsaError> {
  const retry = Number(res.headers.get("retry-after"));
  const retryAfter = Number.isFinite(retry) && retry > 0 ? retry : undefined;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    return new ShinsaError(
      res.status,
      body.error?.code ?? "http_error",
      body.error?.message ?? res.statusText,
      retryAfter,
    );
  } catch {
    return new ShinsaError(res.status, "http_error", res.statusText, retryAfter);
  }
}
