import type { CollectResponse, DevicePayload, Signals, UpdatePayload } from "@shinsa/shared";
import { trackBehavior } from "./behavior/index.js";
import { collectLater, collectNow } from "./collect.js";
import { watchForms } from "./forms.js";
import { readLastToken, reconcileVisitorId, writeLastToken } from "./persist.js";
import { randomId } from "./random-id.js";
import { nextTask } from "./schedule.js";
import { post } from "./transport.js";
import type { Shinsa, StartOptions } from "./types.js";

export type { Shinsa, StartOptions } from "./types.js";

type Answer = CollectResponse & { visitorId: string };

// `shinsa:start`, `shinsa:sent`, `shinsa:token` in the page's performance timeline, so a merchant
// (and the specs) can see what the SDK costs their checkout.
const mark = (name: string) => performance.mark?.(`shinsa:${name}`);

/**
 * Starts collecting on this page: sends the cheap signals for a token at once, fills the token into
 * every `form[data-shinsa]`, then sends the costly signals and, at submit, the behaviour snapshot.
 * Never throws; if the collector is unreachable the token is the last good one or `""`.
 */
export function start(options: StartOptions): Shinsa {
  mark("start");
  const url = `${options.endpoint.replace(/\/+$/, "")}/v1/collect`;
  const key = options.siteKey;
  const sessionId = randomId();
  const late: Signals = {};
  let token: string | undefined;
  // The id the browser's stores kept, once read (after the token) and when it differs from the
  // one the collector issued: every later update carries it.
  let visitorId: string | undefined;
  let flushedVersion = -1;
  // What the forms' token field holds, or will hold once they are found.
  let field = "";
  const setToken = (value: string) => {
    field = value;
    fill?.(value);
  };

  // The script's first task also compiles and runs it; the signals and the request go in the next,
  // so that neither nears 50 ms on a slow machine.
  const ready = nextTask()
    .then(() => {
      const device: DevicePayload = { v: 1, type: "device", key, sessionId, visitorId: null, signals: collectNow() };
      mark("sent");
      return post<Answer>(url, device);
    })
    .then(
      (answer) => {
        token = answer.token;
        setToken(token);
        mark("token");
        // The stores are synchronous calls to the browser process: in a task of their own, so the
        // token's task stays short.
        const kept = nextTask()
          .then(() => {
            writeLastToken(answer.token, answer.expiresAt);
            return reconcileVisitorId(answer.visitorId);
          })
          .then((id) => {
            if (id !== answer.visitorId) visitorId = id;
          })
          .catch(() => {});
        Promise.all([collectLater(late as Record<string, unknown>), kept])
          .then(() => send({ signals: late }))
          .catch(() => {});
        return token;
      },
      // The first localStorage read in a renderer costs several ms, so the last good token is read
      // only on this path, which is not in a hurry.
      () => {
        const last = readLastToken() ?? "";
        setToken(last);
        return last;
      },
    );
  // The forms get their field in a task of their own too; the listeners start at once.
  const behavior = trackBehavior();
  let fill: ((value: string) => void) | undefined;
  nextTask().then(() => {
    fill = watchForms(options.fieldName ?? "shinsa_token", field);
  });

  function send(extra: Pick<UpdatePayload, "signals" | "behavior">, keepalive = true) {
    if (!token) return;
    const update: UpdatePayload = { v: 1, type: "update", key, sessionId, token, visitorId, ...extra };
    post(url, update, { keepalive, retries: keepalive ? 0 : 2 }).catch(() => {});
  }

  // The behaviour snapshot goes at submit and whenever the page may be going away; a page can be
  // hidden many times, so nothing is sent when nothing happened since the last one. The signals
  // collected so far ride along, in case the page leaves before the late update was sent.
  function flush() {
    const version = behavior.version();
    if (!token || version === flushedVersion) return;
    flushedVersion = version;
    send({ signals: late, behavior: behavior.snapshot() });
  }
  const onHide = () => document.visibilityState === "hidden" && flush();
  document.addEventListener(
    "submit",
    (event) => {
      if ((event.target as Element | null)?.matches?.("form[data-shinsa]")) {
        behavior.markSubmitted();
        flush();
      }
    },
    { capture: true },
  );
  document.addEventListener("visibilitychange", onHide);
  addEventListener("pagehide", flush);

  return { getToken: () => ready, flush };
}
