import { randomBytes } from "node:crypto";
import { openText, sealText } from "../lib/sealed-text.js";

// A webhook's signing secret is shown to the merchant once and kept sealed: the server needs it
// back to sign, so it cannot be a one-way hash, but a database dump alone must not let anyone
// forge events to the merchant's receiver.

const PURPOSE = "webhook signing secret v1";

export const newSigningSecret = () => `whsec_${randomBytes(24).toString("base64url")}`;
export const sealSigningSecret = (serverSecret: string, secret: string) => sealText(serverSecret, PURPOSE, secret);
export const openSigningSecret = (serverSecret: string, sealed: string) => openText(serverSecret, PURPOSE, sealed);
