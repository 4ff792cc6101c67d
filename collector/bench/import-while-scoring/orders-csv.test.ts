import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/csv/csv.js";
import { shinsaFormat } from "../../src/csv/shinsa-format.js";
import { generateStream } from "../quality/generator.js";
import { ordersToCsv } from "./orders-csv.js";

describe("ordersToCsv", () => {
  it("writes generated orders so that the CSV import reads back the same orders", () => {
    const orders = generateStream({ seed: 3, orders: 300 }).orders.map((o) => o.request);
    const [header, ...rows] = parseCsv(ordersToCsv(orders)).records;
    const format = shinsaFormat(header?.cells ?? []);
    expect(format).toBeDefined();
    const read = rows.map((row) => format?.toOrder([row]));
    expect(read).toHaveLength(orders.length);
    read.forEach((r, i) => {
      expect(r?.ok, JSON.stringify(r)).toBe(true);
      if (r?.ok) expect(r.order).toEqual(orders[i]);
    });
  });
});
