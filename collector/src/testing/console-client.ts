import type { TestContext } from "./test-app.js";

/**
 * A browser in miniature for console tests: keeps cookies, follows nothing by itself, and fills
 * each form's CSRF token from the last page it read, as a real page's form would carry it.
 */
export function consoleClient(ctx: TestContext, headers: Record<string, string> = {}) {
  const jar = new Map<string, string>();
  let csrf = "";
  const cookieHeader = () => [...jar.entries()].map(([k, v]) => `${k}=${v}`).join("; ");
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (/Max-Age=0/i.test(line) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
  };
  const read = async (res: Response) => {
    remember(res);
    const text = res.headers.get("content-type")?.includes("text/html") ? await res.text() : "";
    const token = /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) csrf = token;
    return { status: res.status, location: res.headers.get("location"), html: text, headers: res.headers };
  };
  return {
    cookies: jar,
    get csrf() {
      return csrf;
    },
    async get(path: string, extra: Record<string, string> = {}) {
      return read(await ctx.app.request(path, { headers: { cookie: cookieHeader(), ...headers, ...extra } }));
    },
    /** A multipart form with one file, as an upload form posts it. */
    async upload(path: string, file: { name: string; bytes: Uint8Array; type: string }) {
      const body = new FormData();
      body.set("_csrf", csrf);
      body.set("file", new File([file.bytes as Uint8Array<ArrayBuffer>], file.name, { type: file.type }));
      return read(
        await ctx.app.request(path, { method: "POST", body, headers: { cookie: cookieHeader(), ...headers } }),
      );
    },
    async post(
      path: string,
      form: Record<string, string | string[]>,
      options: { csrf?: string | null; headers?: Record<string, string> } = {},
    ) {
      const body = new URLSearchParams();
      const token = options.csrf === undefined ? csrf : options.csrf;
      if (token !== null) body.set("_csrf", token);
      for (const [k, v] of Object.entries(form)) for (const one of [v].flat()) body.append(k, one);
      return read(
        await ctx.app.request(path, {
          method: "POST",
          body,
          headers: {
            cookie: cookieHeader(),
            "content-type": "application/x-www-form-urlencoded",
            ...headers,
            ...options.headers,
          },
        }),
      );
    },
  };
}
export type ConsoleClient = ReturnType<typeof consoleClient>;

/** Signs the owner in with the admin token; returns the client, signed in. */
export async function signInOwner(ctx: TestContext, adminToken: string) {
  const browser = consoleClient(ctx);
  await browser.get("/console/sign-in");
  const res = await browser.post("/console/sign-in", { kind: "owner", token: adminToken });
  if (res.status !== 303) throw new Error(`owner sign-in failed: ${res.status}`);
  await browser.get("/console/users"); // a page of the session, so forms carry its token
  return browser;
}
