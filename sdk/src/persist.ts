// The visitor id lives in three first-party stores, so clearing one does not lose it: localStorage
// and a cookie are read synchronously before the token request; IndexedDB answers too slowly for
// that (10–60 ms to open in a fresh renderer), so it is read after the token and, when it alone
// still holds an id, restores it to the other two for the next page.

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

export function readVisitorId(): string | null {
  return attempt(readCookie) ?? valid(attempt(() => localStorage.getItem(KEY))) ?? null;
}

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
 * Reconciles the three stores after the token: `current` is the id the collector confirmed and
 * `hadSyncId` says whether localStorage or the cookie held one before the request.
 */
export async function reconcileVisitorId(current: string, hadSyncId: boolean): Promise<void> {
  const kept = valid(await idb<string>("readonly", (s) => s.get(KEY)));
  if (!hadSyncId && kept && kept !== current) return writeVisitorId(kept);
  writeVisitorId(current);
  if (kept !== current) await idb("readwrite", (s) => s.put(current, KEY));
}

/** The last token this browser got, while it is still valid: the form's value when the collector is down. */
export function readLastToken(): string | null {
  const saved = attempt(() => JSON.parse(localStorage.getItem(TOKEN_KEY) ?? "null")) as [string, string] | null;
  return saved && Date.parse(saved[1]) > Date.now() ? saved[0] : null;
}

export function writeLastToken(token: string, expiresAt: string): void {
  attempt(() => localStorage.setItem(TOKEN_KEY, JSON.stringify([token, expiresAt])));
}
