// The visitor id lives in three first-party stores, so clearing one or two does not lose it. None is
// read before the token request: the first cookie read in a fresh renderer is a synchronous call to
// the browser process (3–17 ms here), the first localStorage access another (20–90 ms on a loaded
// machine), and IndexedDB takes 10–60 ms to open. They are read after the token, and the id they
// kept goes to the collector in the next update, which puts it on this page's token.

const KEY = "_shinsa_vid";
const TOKEN_KEY = "_shinsa_tok";
const COOKIE_MAX_AGE = 400 * 24 * 3600; // Chrome caps cookie lifetime at 400 days.
const VALID = /^[A-Za-z0-9_-]{8,64}$/;

// Every store can throw (blocked site data, Safari private mode, sandboxed iframes).
const attempt = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {
    return undefined;
  }
};

// A value the collector would reject would cost the whole payload: only well-formed ids pass.
const valid = (id: string | null | undefined) => (id && VALID.test(id) ? id : null);

const readCookie = () => valid(document.cookie.match(/(?:^|;\s*)_shinsa_vid=([^;]+)/)?.[1]);

export function writeVisitorId(id: string): void {
  attempt(() => localStorage.setItem(KEY, id));
  const secure = location.protocol === "https:" ? ";secure" : "";
  attempt(() => {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is async and missing in older Safari; the id is url-safe, so nothing needs escaping.
    document.cookie = `${KEY}=${id};path=/;max-age=${COOKIE_MAX_AGE};samesite=lax${secure}`;
  });
}

function idb<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T> | undefined) {
  return new Promise<T | undefined>((resolve) => {
    const open = indexedDB.open("shinsa", 1);
    open.onupgradeneeded = () => open.result.createObjectStore("kv");
    open.onerror = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      const request = use(db.transaction("kv", mode).objectStore("kv"));
      const done = (value: T | undefined) => {
        db.close();
        resolve(value);
      };
      if (!request) return done(undefined);
      request.onsuccess = () => done(request.result);
      request.onerror = () => done(undefined);
    };
  }).catch(() => undefined);
}

/**
 * Reconciles the three stores after the token and answers the visitor id: the one any store kept
 * (cookie first, then localStorage, then IndexedDB), else `issued`, the one the collector made for
 * this token. Every store then holds it again.
 */
export async function reconcileVisitorId(issued: string): Promise<string> {
  const inCookie = attempt(readCookie);
  const stored = valid(attempt(() => localStorage.getItem(KEY)));
  const inDb = valid(await idb<string>("readonly", (s) => s.get(KEY)));
  const id = inCookie ?? stored ?? inDb ?? issued;
  // Written even when unchanged: that renews the cookie's lifetime.
  writeVisitorId(id);
  if (inDb !== id) await idb("readwrite", (s) => s.put(id, KEY));
  return id;
}

/** The last token this browser got, while it is still valid: the form's value when the collector is down. */
export function readLastToken(): string | null {
  const saved = attempt(() => JSON.parse(localStorage.getItem(TOKEN_KEY) ?? "null")) as [string, string] | null;
  return saved && Date.parse(saved[1]) > Date.now() ? saved[0] : null;
}

export function writeLastToken(token: string, expiresAt: string): void {
  attempt(() => localStorage.setItem(TOKEN_KEY, JSON.stringify([token, expiresAt])));
}
