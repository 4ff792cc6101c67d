// The wire schema of Shinsa, once. The collector validates with these schemas; the SDK imports
// only their types (`import type`), so they cost the browser bundle nothing.

export * from "./admin.js";
export * from "./behavior.js";
export * from "./errors.js";
export * from "./order.js";
export * from "./order-list.js";
export * from "./payload.js";
export * from "./signals.js";
export * from "./site.js";
export * from "./token.js";
export * from "./webhook.js";
