import type { SignalValue } from "@shinsa/shared";
import type { Source } from "./source.js";

type Integrity = SignalValue<"integrity">;
type Global = typeof window;

// Built-ins that spoofing tools replace, each with what a native one must do. Replacing them with
// script that prints `[native code]` beats the tampering signal's toString test; these tests look
// at behaviour that a Proxy or a plain function cannot copy without more work.
const GETTERS: [(w: Global) => object | undefined, string, string[]][] = [
  [
    (w) => w.Navigator.prototype,
    "Navigator",
    [
      "userAgent",
      "platform",
      "languages",
      "hardwareConcurrency",
      "deviceMemory",
      "webdriver",
      "vendor",
      "maxTouchPoints",
      "plugins",
      "userAgentData",
    ],
  ],
  [(w) => w.Screen.prototype, "Screen", ["width", "height", "availWidth", "availHeight"]],
  // Stealth plugins wrap it so that a fresh frame's navigator tells the page's story too.
  [(w) => w.HTMLIFrameElement.prototype, "HTMLIFrameElement", ["contentWindow"]],
];
const METHODS: [(w: Global) => object | undefined, string, string[]][] = [
  [(w) => w.WebGLRenderingContext?.prototype, "WebGLRenderingContext", ["getParameter"]],
  [(w) => w.HTMLCanvasElement.prototype, "HTMLCanvasElement", ["toDataURL"]],
  [(w) => w.Function.prototype, "Function", ["toString"]],
  [(w) => w.Intl.DateTimeFormat.prototype, "Intl.DateTimeFormat", ["resolvedOptions"]],
  [(w) => w.Date.prototype, "Date", ["getTimezoneOffset"]],
];

/** What a native function does that a stand-in usually does not; the names of the tests it fails. */
function liesOf(fn: (...args: unknown[]) => unknown, name: string): string[] {
  const lies: string[] = [];
  // Native methods and getters are not constructors and carry no `prototype`.
  if ("prototype" in fn) lies.push("prototype");
  if (fn.name !== name) lies.push("name");
  // Called on a foreign object, a native getter or method throws ("Illegal invocation").
  try {
    fn.call(Object.create(null));
    lies.push("receiver");
  } catch {
    // as a native one does
  }
  // Making a native function's prototype chain cyclic throws a TypeError. A Proxy's chain is not
  // walked past the Proxy, so the cycle goes unnoticed and the call succeeds: that is a Proxy.
  const proto = Object.getPrototypeOf(fn);
  try {
    Object.setPrototypeOf(fn, Object.create(fn));
    lies.push("proxy");
  } catch {
    // as a native one does
  } finally {
    if (Object.getPrototypeOf(fn) !== proto) Object.setPrototypeOf(fn, proto);
  }
  return lies;
}

function read(w: Global): Integrity {
  const lies: string[] = [];
  const check = (owner: (w: Global) => object | undefined, ownerName: string, names: string[], getter: boolean) => {
    for (const name of names) {
      try {
        const target = owner(w);
        const d = target && Object.getOwnPropertyDescriptor(target, name);
        if (!d) {
          // Every current browser defines navigator.webdriver; deleting it is a known evasion.
          if (target && name === "webdriver") lies.push("Navigator.webdriver:missing");
          continue;
        }
        const fn = getter ? d.get : d.value;
        if (typeof fn !== "function") continue;
        for (const lie of liesOf(fn, getter ? `get ${name}` : name)) lies.push(`${ownerName}.${name}:${lie}`);
      } catch {
        lies.push(`${ownerName}.${name}:throws`);
      }
    }
  };
  for (const [owner, ownerName, names] of GETTERS) check(owner, ownerName, names, true);
  for (const [owner, ownerName, names] of METHODS) check(owner, ownerName, names, false);
  return { lies: lies.slice(0, 64) };
}

export const integrity = {
  later: (w: Global = window) => read(w),
} satisfies Source<Integrity>;
