import { z } from "zod";

// Behaviour until submit, as counts and timings only. No key value, no field content, ever.

const count = z.number().int().min(0).max(1e7);
const ms = z.number().min(0).max(1e9);

/** Per field type (`text`, `email`, `tel`, `password`, …), never per field name or value. */
export const fieldBehaviorSchema = z.strictObject({
  keys: count,
  /** Statistics of the time between two key presses in one field, in ms. */
  intervalMeanMs: ms.nullable(),
  intervalSdMs: ms.nullable(),
  pastes: count,
  autofills: count,
  focuses: count,
});

export const behaviorSchema = z.strictObject({
  elapsedMs: ms,
  pointerMoves: count,
  pointerDistance: z.number().min(0).max(1e9),
  clicks: count,
  touches: count,
  scrolls: count,
  focusChanges: count,
  hiddenMs: ms,
  fields: z.record(z.string().max(32), fieldBehaviorSchema).refine((r) => Object.keys(r).length <= 32, {
    message: "at most 32 field types",
  }),
  submitted: z.boolean(),
});
export type Behavior = z.infer<typeof behaviorSchema>;
export type FieldBehavior = z.infer<typeof fieldBehaviorSchema>;
