import { z } from "zod";

/** Every error the API answers has this body, whatever its status. */
export const apiErrorSchema = z.object({
  error: z.object({
    /** Stable snake_case code that clients can branch on. */
    code: z.string(),
    /** Human text; never a stack trace, SQL or a secret. */
    message: z.string(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
