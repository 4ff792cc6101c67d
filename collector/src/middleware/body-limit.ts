import { bodyLimit } from "hono/body-limit";
import { ApiError } from "../lib/api-error.js";

/** Refuses bodies over `maxBytes` with 413 before they are read into memory. */
export const limitBody = (maxBytes: number) =>
  bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, "payload_too_large", `the body is larger than ${maxBytes} bytes`);
    },
  });
