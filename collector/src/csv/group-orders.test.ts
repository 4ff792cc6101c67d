import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.js";
import { detectFormat } from "./formats.js";
import { groupOrders } from "./group-orders.js";

const group = (text: string) => {
  const [header, ...rows] = parseCsv(text).records;
  const format = detectFormat(header?.cells ?? []);
  if (!format) throw new Error("unknown format");
  return groupOrders(rows, format);
};

describe("groupOrders", () => {
  it("keeps file order for our own layout, joining rows of one id wherever they are", () => {
    expect(group("orderId,x\nB,1\nA,2\nB,3\n")).toEqual({
      groups: [
        { orderId: "B", rows: [0, 2] },
        { orderId: "A", rows: [1] },
      ],
      missingId: [],
    });
  });

  it("sorts EC-CUBE orders oldest first, since its export lists the newest first", () => {
    const csv = [
      "注文番号,お名前(姓),住所1,支払合計,受注日",
      "3,a,b,1,2026-11-24 12:00:00",
      "3,a,b,1,2026-11-24 12:00:00",
      "2,a,b,1,2026-11-24 11:00:00",
      "9,a,b,1,",
      "1,a,b,1,2026-11-24 10:00:00",
    ].join("\n");
    expect(group(csv).groups.map((g) => [g.orderId, g.rows])).toEqual([
      ["1", [4]],
      ["2", [2]],
      ["3", [0, 1]],
      ["9", [3]],
    ]);
  });

  it("sets apart rows without an order id and skips blank lines", () => {
    expect(group("orderId,x\nA,1\n,2\n\nB,3\n")).toEqual({
      groups: [
        { orderId: "A", rows: [0] },
        { orderId: "B", rows: [3] },
      ],
      missingId: [1],
    });
  });
});
