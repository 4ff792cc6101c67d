import type { FieldBehavior } from "@shinsa/shared";
import { runningStats } from "./stats.js";

// Per field TYPE (`email`, `tel`, `password`…), never per field name, and never a key or a value:
// the handlers below read only the event's target element and the time.

const MAX_TYPES = 32;
// A pause longer than this is the person thinking, not typing rhythm.
const MAX_INTERVAL_MS = 3000;

/** `text`, `email`, … for inputs, `textarea`, `select`, `editable`; undefined for anything else. */
export function getFieldType(target: EventTarget | null): string | undefined {
  if (target instanceof HTMLInputElement) return target.type.slice(0, 32);
  if (target instanceof HTMLTextAreaElement) return "textarea";
  if (target instanceof HTMLSelectElement) return "select";
  if (target instanceof HTMLElement && target.isContentEditable) return "editable";
  return undefined;
}

export function trackFields() {
  const byType = new Map<
    string,
    {
      counts: Omit<FieldBehavior, "intervalMeanMs" | "intervalSdMs">;
      last?: number;
      stats: ReturnType<typeof runningStats>;
    }
  >();

  const of = (target: EventTarget | null) => {
    const type = getFieldType(target);
    if (!type) return undefined;
    let field = byType.get(type);
    if (!field && byType.size < MAX_TYPES) {
      field = { counts: { keys: 0, pastes: 0, autofills: 0, focuses: 0 }, stats: runningStats() };
      byType.set(type, field);
    }
    return field;
  };

  return {
    focus(target: EventTarget | null) {
      const field = of(target);
      if (!field) return;
      field.counts.focuses++;
      // Intervals are measured within one field visit, not across the move to another field.
      field.last = undefined;
    },
    key(target: EventTarget | null, at: number) {
      const field = of(target);
      if (!field) return;
      field.counts.keys++;
      if (field.last !== undefined && at - field.last < MAX_INTERVAL_MS) field.stats.add(at - field.last);
      field.last = at;
    },
    paste(target: EventTarget | null) {
      const field = of(target);
      if (field) field.counts.pastes++;
    },
    autofill(target: EventTarget | null) {
      const field = of(target);
      if (field) field.counts.autofills++;
    },
    snapshot(): Record<string, FieldBehavior> {
      const out: Record<string, FieldBehavior> = {};
      for (const [type, { counts, stats }] of byType) {
        out[type] = { ...counts, intervalMeanMs: stats.mean(), intervalSdMs: stats.sd() };
      }
      return out;
    },
  };
}
