import { type OrderRequest, orderRequestSchema } from "@shinsa/shared";
import type { OrderRead } from "./header.js";

/** Sets `items.0.sku`-style paths on a plain object, making arrays for numeric segments. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node: Record<string, unknown> = target;
  keys.slice(0, -1).forEach((key, i) => {
    const nextIsIndex = /^\d+$/.test(keys[i + 1] ?? "");
    node[key] ??= nextIsIndex ? [] : {};
    node = node[key] as Record<string, unknown>;
  });
  node[keys.at(-1) as string] = value;
}

/**
 * The last gate, the same schema `POST /v1/orders` uses, so a CSV row can never carry what the
 * JSON route would refuse. Array holes (items.0 and items.2 without items.1) are closed first.
 */
export function finishOrder(draft: Record<string, unknown>, errors: string[]): OrderRead {
  if (Array.isArray(draft.items)) draft.items = draft.items.filter((item) => item !== undefined);
  if (errors.length > 0) return { ok: false, errors };
  const parsed = orderRequestSchema.safeParse(draft);
  if (parsed.success) return { ok: true, order: parsed.data satisfies OrderRequest };
  return {
    ok: false,
    errors: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "order"}: ${i.message}`),
  };
}
