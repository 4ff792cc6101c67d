import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./list-cursor.js";

describe("the order list's cursor", () => {
  it("gives back the position it was made from", () => {
    const position = { placedAt: new Date("2026-11-24T01:00:00.123Z"), orderId: "A-1001,番号" };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each([
    ["not base64url", "abc+/="],
    ["base64url of no JSON", Buffer.from("hello").toString("base64url")],
    ["a list of the wrong length", Buffer.from("[1]").toString("base64url")],
    ["a time that is not a whole number", Buffer.from('[1.5,"A-1"]').toString("base64url")],
    ["a time beyond the calendar", Buffer.from('[9007199254740991,"A-1"]').toString("base64url")],
    ["an empty order id", Buffer.from('[1,""]').toString("base64url")],
    ["an order id that is not text", Buffer.from("[1,2]").toString("base64url")],
  ])("refuses %s", (_, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
