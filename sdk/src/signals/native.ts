/** How the browser prints a function of its own (script pretending to be one must print it too). */
export const NATIVE = /\{\s*\[native code\]\s*\}\s*$/;

export const isNative = (f: unknown): boolean =>
  typeof f === "function" && NATIVE.test(Function.prototype.toString.call(f));
