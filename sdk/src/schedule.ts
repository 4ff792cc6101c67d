/**
 * Resolves in a new task. Awaiting a resolved promise does not end a task, so costly work is
 * split with timers (see /work/shared/notes/browser-costs.md: "Awaiting between steps…").
 */
// The timer calls a function of this script, not the native `resolve`: Long Animation Frame entries
// name the script of a task's entry point, so a merchant's RUM tool (and our benchmark) can tell
// the SDK's tasks from the page's. With `resolve` itself the work after it is attributed to nobody.
export const nextTask = (ms = 0) => new Promise<void>((resolve) => setTimeout(() => resolve(), ms));

/** The value, or `fallback` if it is not there within `ms`. */
export const within = <T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> =>
  Promise.race([promise, nextTask(ms).then(() => fallback)]);
