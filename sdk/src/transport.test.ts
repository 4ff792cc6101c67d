import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { post } from "./transport.js";

const URL = "https://collector.test/v1/collect";
const answer = (status: number, body: unknown = {}) => new Response(JSON.stringify(body), { status });

/** Stubs fetch with one answer (or thrown error) per attempt, in order. */
const fetchAnswering = (...attempts: (Response | Error)[]) => {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => {
    const next = attempts.shift();
    if (!next || next instanceof Error) throw next ?? new Error("no more answers");
    return next;
  });
  vi.stubGlobal("fetch", fetch);
  return fetch;
};

/** The request's outcome once every backoff and timer has run. */
const settle = async <T>(request: Promise<T>) => {
  const outcome = request.then(
    (value) => ({ value }),
    (error: unknown) => ({ error: String(error) }),
  );
  await vi.runAllTimersAsync();
  return outcome;
};

describe("post", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("posts the body as a string without credentials, a CORS simple request, and answers the JSON", async () => {
    const fetch = fetchAnswering(answer(200, { token: "tok_1" }));
    expect(await settle(post(URL, { v: 1 }))).toEqual({ value: { token: "tok_1" } });
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({
      method: "POST",
      body: '{"v":1}',
      credentials: "omit",
      keepalive: false,
    });
  });

  it.each([
    ["a network error", new TypeError("Failed to fetch")],
    ["a 503", answer(503)],
    ["a 429", answer(429)],
  ])("retries after %s and answers the next success", async (_, failure) => {
    const fetch = fetchAnswering(failure, answer(200, { token: "tok_2" }));
    expect(await settle(post(URL, {}))).toEqual({ value: { token: "tok_2" } });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("gives up after the retries it was given, with the last error", async () => {
    const fetch = fetchAnswering(answer(500), answer(502), answer(503));
    expect(await settle(post(URL, {}, { retries: 2 }))).toEqual({ error: "Error: HTTP 503" });
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it("does not retry a 4xx, which would fail the same way again", async () => {
    const fetch = fetchAnswering(answer(403), answer(200));
    expect(await settle(post(URL, {}))).toEqual({ error: "Error: HTTP 403" });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it("does not retry a keepalive request, which may outlive the page", async () => {
    const fetch = fetchAnswering(answer(503), answer(200));
    expect(await settle(post(URL, {}, { keepalive: true }))).toEqual({ error: "Error: HTTP 503" });
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ keepalive: true });
  });

  it("aborts a request that has no answer within the timeout", async () => {
    const fetch = vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_, reject) => init.signal?.addEventListener("abort", () => reject(init.signal?.reason))),
    );
    vi.stubGlobal("fetch", fetch);
    const request = post(URL, {}, { retries: 0, timeoutMs: 5000 });
    request.catch(() => {});
    await vi.advanceTimersByTimeAsync(4999);
    expect(fetch.mock.calls[0]?.[1].signal?.aborted).toBe(false);
    expect(await settle(request)).toEqual({ error: "AbortError: This operation was aborted" });
  });
});
