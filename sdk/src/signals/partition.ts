import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

type Partition = SignalValue<"partition">;

// Chromium has kept a frame's storage apart by the chain of sites above it since version 115
// ("third-party storage partitioning"); no setting a person can reach turns that off, but
// Playwright and its forks (patchright among them) launch Chromium with it disabled. So a
// document of this page's own origin, placed under a frame of another site, must see storage of
// its own: reading this page's mark there ("shared"), or being refused storage ("blocked"), is a
// browser started by an automation tool.
//
// The other site is a `data:` frame (an opaque origin, cross-site to everything, no request);
// its inner frame is sent to about:blank by this page, which makes it this page's origin. A CSP
// without `frame-src data:`, or a page that is itself framed, answers "unknown": never evidence.
const MARK = "shinsa-partition";
// Under collect.ts's two seconds for a late signal, so a slow frame is "unknown", not an error.
const WAIT_MS = 1500;

export const partition = {
  later(w: Window = window): Promise<Partition> {
    return new Promise((resolve) => {
      let frame: HTMLIFrameElement | undefined;
      let poll: ReturnType<typeof setTimeout> | undefined;
      const mark = String(Math.random());
      const done = (value: Partition) => {
        clearTimeout(poll);
        clearTimeout(timer);
        frame?.remove();
        try {
          w.localStorage.removeItem(MARK);
        } catch {}
        resolve(value);
      };
      const timer = setTimeout(() => done("unknown"), WAIT_MS);
      // The inner frame turns this page's origin once the navigation to about:blank commits; until
      // then even reading its origin throws.
      const read = (inner: Window, tries: number) => {
        try {
          if (inner.origin !== w.origin) throw 0;
        } catch {
          if (tries > 0) poll = setTimeout(() => read(inner, tries - 1), 20);
          else done("unknown");
          return;
        }
        try {
          done(inner.localStorage.getItem(MARK) === mark ? "shared" : "partitioned");
        } catch {
          done("blocked");
        }
      };
      try {
        if (w.top !== w) return done("framed");
        w.localStorage.setItem(MARK, mark);
        const f = w.document.createElement("iframe");
        frame = f;
        f.style.display = "none";
        f.onload = () => {
          try {
            // A frame the CSP refused holds an error page with no inner frame, and reading [0] throws.
            const inner = f.contentWindow?.frames[0];
            if (!inner) return done("unknown");
            inner.location.href = "about:blank";
            read(inner, 100);
          } catch {
            done("unknown");
          }
        };
        f.src = "data:text/html,<iframe></iframe>";
        (w.document.body ?? w.document.documentElement).appendChild(f);
      } catch {
        done("unknown");
      }
    });
  },
} satisfies Source<Partition>;
