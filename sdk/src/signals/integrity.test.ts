import { describe, expect, it } from "vitest";
import { standIn } from "../testing/stand-in.js";
import { integrity } from "./integrity.js";

// Node's own built-ins behave as a browser's do: no prototype, a proper name, "Illegal
// invocation" on a foreign receiver, a TypeError on a cyclic prototype chain.
const nativeGetter = (name: string) => {
  const source = Object.getOwnPropertyDescriptor(Map.prototype, "size")?.get;
  const proto = {};
  // A bound native keeps native behaviour but is named "bound size"; name it as the browser would.
  Object.defineProperty(proto, name, { get: source, configurable: true });
  return proto;
};
const owner = (getters: string[], methods: Record<string, unknown> = {}) => {
  const proto: Record<string, unknown> = { ...methods };
  for (const g of getters) {
    Object.defineProperty(proto, g, Object.getOwnPropertyDescriptor(nativeGetter(g), g) as PropertyDescriptor);
  }
  return { prototype: proto };
};

/** A browser whose checked built-ins are Node's: every test passes but the names (Node's are Map's). */
const browser = (changes: Record<string, unknown> = {}) =>
  standIn<typeof window>({
    Navigator: owner(["webdriver"]),
    Screen: owner([]),
    HTMLCanvasElement: owner([]),
    Function: { prototype: {} },
    Intl: { DateTimeFormat: owner([]) },
    Date: owner([]),
    HTMLIFrameElement: owner([]),
    ...changes,
  });

describe("integrity", () => {
  it("finds no lie but the name in a native getter", () => {
    // Map.prototype.size's getter is called "get size", not "get webdriver".
    expect(integrity.later(browser()).lies).toEqual(["Navigator.webdriver:name"]);
  });

  it("names a getter replaced by an arrow function that answers any receiver", () => {
    const nav = owner([]);
    Object.defineProperty(nav.prototype, "webdriver", { get: () => false, configurable: true });
    expect(integrity.later(browser({ Navigator: nav })).lies).toEqual([
      "Navigator.webdriver:name",
      "Navigator.webdriver:receiver",
    ]);
  });

  it("names a method replaced by a function expression, which carries a prototype", () => {
    const canvas = owner([], {
      toDataURL: function toDataURL(this: { width: number }) {
        return String(this.width);
      },
    });
    expect(integrity.later(browser({ HTMLCanvasElement: canvas })).lies).toContain(
      "HTMLCanvasElement.toDataURL:prototype",
    );
  });

  it("finds a Proxy around a native method by its prototype chain, and leaves the chain as it was", () => {
    const original = Date.prototype.getTimezoneOffset;
    const proxied = new Proxy(original, { apply: (target, self, args) => Reflect.apply(target, self, args) });
    const date = owner([], { getTimezoneOffset: proxied });
    expect(integrity.later(browser({ Date: date })).lies).toEqual([
      "Navigator.webdriver:name",
      "Date.getTimezoneOffset:proxy",
    ]);
    expect(Object.getPrototypeOf(proxied)).toBe(Function.prototype);
  });

  it("says when navigator.webdriver was deleted from the prototype", () => {
    expect(integrity.later(browser({ Navigator: owner([]) })).lies).toEqual(["Navigator.webdriver:missing"]);
  });

  it("records a prototype that throws when read", () => {
    const trap = {
      get prototype() {
        throw new Error("blocked");
      },
    };
    expect(integrity.later(browser({ Screen: trap })).lies).toContain("Screen.width:throws");
  });
});
