import type { OrderResponse } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { answerCells, answerLine } from "./answer.js";
import { parseCsv } from "./csv.js";

const result: OrderResponse = {
  orderId: "A-1",
  score: 87,
  decision: "reject",
  reasons: [
    { code: "device_linked_to_fraud", score: 40, message: "この端末は不正と確定した注文 A-0990 と同じです" },
    { code: "forwarder_address", score: 25, message: "転送業者の住所です, 要確認" },
  ],
  links: { accounts: 5, orders: ["A-0990"], via: ["device"], ringId: "ring_1" },
};

describe("answerCells", () => {
  it("writes score, decision, reasons strongest first and the ring", () => {
    expect(answerCells({ result })).toEqual([
      "87",
      "reject",
      "この端末は不正と確定した注文 A-0990 と同じです (device_linked_to_fraud +40); 転送業者の住所です, 要確認 (forwarder_address +25)",
      "ring_1",
      "",
    ]);
  });

  it("leaves the ring empty for an order linked to nothing", () => {
    const alone = { ...result, reasons: [], links: { accounts: 1, orders: [], via: [] } };
    expect(answerCells({ result: alone })).toEqual(["87", "reject", "", "", ""]);
  });

  it("puts only the error on a row that could not be scored", () => {
    expect(answerCells({ error: "line 3: 合計 is empty" })).toEqual(["", "", "", "", "line 3: 合計 is empty"]);
  });
});

describe("answerLine", () => {
  it.each([
    ["keeps the row's own quoting and quotes what needs it", '"A-1",x', 2, 2, ["a,b", "c"], '"A-1",x,"a,b",c'],
    ["pads a short row so our cells sit under our headers", "A-1", 1, 3, ["1"], "A-1,,,1"],
    ["keeps a quoted newline of the row", '"1-2\n3",y', 2, 2, ["z"], '"1-2\n3",y,z'],
  ])("%s", (_name, raw, cells, header, appended, expected) => {
    expect(answerLine(raw, cells, header, appended)).toBe(expected);
    expect(parseCsv(expected).records).toHaveLength(1);
  });
});
