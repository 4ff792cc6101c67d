import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeader } from "./sign-event.js";

describe("the Shinsa-Signature header", () => {
  const body = '{"id":"evt_1","type":"order.scored"}';

  it("is the HMAC-SHA256 of `<t>.<body>`, which a receiver recomputes with the standard library", () => {
    const header = signatureHeader(["whsec_a"], 1_767_225_600, body);
    const expected = createHmac("sha256", "whsec_a").update(`1767225600.${body}`).digest("hex");
    expect(header).toBe(`t=1767225600,v1=${expected}`);
  });

  it("carries one v1 per live secret during a rotation, and changes with the body or the time", () => {
    const header = signatureHeader(["whsec_new", "whsec_old"], 100, body);
    expect(header.split(",").filter((p) => p.startsWith("v1="))).toHaveLength(2);
    expect(signatureHeader(["whsec_new"], 100, `${body} `)).not.toBe(signatureHeader(["whsec_new"], 100, body));
    expect(signatureHeader(["whsec_new"], 101, body)).not.toBe(signatureHeader(["whsec_new"], 100, body));
  });
});
