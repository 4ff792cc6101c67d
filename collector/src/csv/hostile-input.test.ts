import { orderRequestSchema } from "@shinsa/shared";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileString, SEED } from "../testing/hostile.js";
import { CsvImportError, importCsv } from "./import-csv.js";

// The CSV reader on generated files: whatever the bytes, it answers (or refuses the whole file with
// a CsvImportError), every data row of the answer carries a result or an error, and what reaches
// the scorer is a valid order.
const HEADER = "orderId,customer.email,billing.name,shipping.address,amount,createdAt,items.0.quantity";
const cell = fc.oneof(hostileString(15), fc.constantFrom('"', '""', '"a,b"', "1000", "-1", "2026-11-24 10:00"));
const file = fc.oneof(
  fc
    .array(
      fc.array(cell, { maxLength: 8 }).map((c) => c.join(",")),
      { maxLength: 8 },
    )
    .map((rows) => [HEADER, ...rows].join("\n")),
  hostileString(200),
);

describe("importCsv on hostile files", () => {
  it("answers 1,000 generated files without an unexpected throw, and scores only valid orders", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          file.map((t) => new TextEncoder().encode(t)),
          fc.uint8Array({ maxLength: 200 }),
        ),
        async (bytes) => {
          let invalid = 0;
          const score = async (order: { orderId: string }) => {
            if (!orderRequestSchema.safeParse(order).success) invalid++;
            return {
              orderId: order.orderId,
              score: 0,
              decision: "accept" as const,
              reasons: [],
              links: { accounts: 0, orders: [], via: [] },
            };
          };
          try {
            const result = await importCsv(bytes, score);
            expect(result.errors).toBeLessThanOrEqual(result.rows);
            expect(invalid).toBe(0);
          } catch (err) {
            expect(err).toBeInstanceOf(CsvImportError);
          }
        },
      ),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
