import { afterEach, describe, expect, it, vi } from "vitest";
import { standIn, throwing } from "../testing/stand-in.js";
import { partition } from "./partition.js";

const ORIGIN = "https://shop.example";

/** A localStorage of its own, as a Map. */
const store = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
};

interface Options {
  /** The inner frame's storage once it is the page's origin: the page's own, one of its own, or refused. */
  innerStorage: "own" | "page" | "refused";
  /** The CSP refused the data: frame: it holds an error page and reading frames[0] throws. */
  refused?: boolean;
  /** The navigation to about:blank never commits. */
  stuck?: boolean;
  framed?: boolean;
  pageStorage?: "refused";
}

/** A window whose data: frame and its inner frame behave as Chromium's do under `options`. */
function page(options: Options) {
  const pageStore = store();
  const removed: unknown[] = [];
  const w: Record<string, unknown> = { origin: ORIGIN };
  w.top = options.framed ? {} : w;
  if (options.pageStorage === "refused") Object.assign(w, throwing("localStorage", new Error("SecurityError")));
  else w.localStorage = pageStore;
  w.document = {
    createElement: () => {
      const frame: Record<string, unknown> = { style: {}, remove: () => removed.push(frame) };
      let origin: string | null = null;
      const inner = {
        get origin() {
          if (origin === null) throw new Error("SecurityError: cross-origin");
          return origin;
        },
        location: {
          set href(url: string) {
            if (url === "about:blank" && !options.stuck) origin = ORIGIN;
          },
        },
        get localStorage() {
          if (options.innerStorage === "refused") throw new Error("SecurityError: access is denied");
          return options.innerStorage === "page" ? pageStore : store();
        },
      };
      frame.contentWindow = options.refused ? throwing("frames", new Error("SecurityError")) : { frames: [inner] };
      return frame;
    },
    body: { appendChild: (frame: { onload: () => void }) => setTimeout(() => frame.onload(), 5) },
  };
  return { window: standIn(w), pageStore, removed };
}

describe("partition", () => {
  afterEach(() => vi.useRealTimers());

  it("answers partitioned where the inner frame has storage of its own, and leaves nothing behind", async () => {
    const { window, pageStore, removed } = page({ innerStorage: "own" });
    expect(await partition.later(window)).toBe("partitioned");
    expect(pageStore.items.size).toBe(0);
    expect(removed).toHaveLength(1);
  });

  it("answers shared where the inner frame reads the page's own mark (no partitioning)", async () => {
    expect(await partition.later(page({ innerStorage: "page" }).window)).toBe("shared");
  });

  it("answers blocked where the inner frame is refused storage (no partitioning, third-party storage blocked)", async () => {
    expect(await partition.later(page({ innerStorage: "refused" }).window)).toBe("blocked");
  });

  it("answers unknown, never evidence, where a CSP refused the frame", async () => {
    expect(await partition.later(page({ innerStorage: "own", refused: true }).window)).toBe("unknown");
  });

  it("answers unknown where the page itself has no storage", async () => {
    expect(await partition.later(page({ innerStorage: "own", pageStorage: "refused" }).window)).toBe("unknown");
  });

  it("answers framed for a page inside another page's frame, whose own storage is already partitioned", async () => {
    expect(await partition.later(page({ innerStorage: "page", framed: true }).window)).toBe("framed");
  });

  it("gives up with unknown when the inner frame never becomes the page's origin", async () => {
    vi.useFakeTimers();
    const answer = partition.later(page({ innerStorage: "own", stuck: true }).window);
    await vi.advanceTimersByTimeAsync(5000);
    expect(await answer).toBe("unknown");
  });
});
