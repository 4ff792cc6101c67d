import type { OrderRequest, OrderResponse } from "@shinsa/shared";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { joinAnswers, planChunks, ringIdsIn } from "./chunks.js";
import { ecCubeCsv, ecCubeRows, goods } from "./ec-cube-fixture.js";
import { decodeText } from "./encoding.js";
import { importCsv } from "./import-csv.js";

const score = async (order: OrderRequest): Promise<OrderResponse> => ({
  orderId: order.orderId,
  score: 5,
  decision: "accept",
  reasons: [],
  links: { accounts: 1, orders: [], via: [] },
});
const answerOf = async (text: string) =>
  decodeText((await importCsv(new TextEncoder().encode(text), score)).bytes).text;
const utf8 = (s: string) => new TextEncoder().encode(s);

describe("planChunks", () => {
  it("cuts our own layout into pieces of whole orders, each with the header", () => {
    const plan = planChunks(utf8("orderId,x\r\nA,1\r\nB,2\r\nA,3\r\nC,4\r\n"), 2);
    expect(plan.chunks).toEqual([
      { rows: [0, 1, 2], text: "orderId,x\r\nA,1\r\nB,2\r\nA,3\r\n" },
      { rows: [3], text: "orderId,x\r\nC,4\r\n" },
    ]);
    expect(plan.total).toBe(4);
  });

  it("never splits an EC-CUBE order's lines and sends the oldest orders first", () => {
    const csv = ecCubeCsv(
      ecCubeRows("2", { 受注日: "2026-11-24 12:00:00" }, [goods("a", "A", "1.00")]),
      ecCubeRows("1", { 受注日: "2026-11-24 09:00:00" }, [goods("b", "B", "1.00")]),
    );
    const plan = planChunks(new Uint8Array(iconv.encode(csv, "cp932")), 1);
    expect(plan.encoding).toBe("windows-31j");
    expect(plan.chunks.map((c) => c.rows)).toEqual([
      [3, 4, 5],
      [0, 1, 2],
    ]);
  });

  it("sends rows without an order id with the first piece, so the server marks them", () => {
    expect(planChunks(utf8("orderId\nA\n\n,x\nB\n"), 1).chunks.map((c) => c.rows)).toEqual([[0, 2], [3]]);
  });
});

describe("joinAnswers", () => {
  it("gives the same file as one import of the whole, blank lines and encoding included", async () => {
    const input = '注文番号,合計,memo\n1,100,"two\nlines"\n\n2,x,\n1,100,\n3,"3\n00",';
    const plan = planChunks(utf8(input), 1);
    const answers = await Promise.all(plan.chunks.map((c) => answerOf(c.text)));
    expect(decodeText(joinAnswers(plan, answers, "unused")).text).toBe(await answerOf(input));
  });

  it("keeps the rows of a piece that got no answer, with the reason in the error column", async () => {
    const plan = planChunks(utf8("orderId\nA\nB\n"), 1);
    const text = decodeText(
      joinAnswers(plan, [await answerOf(plan.chunks[0]?.text ?? "")], "not scored: stopped"),
    ).text;
    expect(text).toBe("orderId,score,decision,reasons,ringId,error\nA,5,accept,,,\nB,,,,,not scored: stopped\n");
  });
});

describe("rings across pieces", () => {
  it("finds the rings named in the answers and marks every row of their orders, whatever piece it was in", async () => {
    const plan = planChunks(utf8("orderId\nA\nB\nC\n"), 1);
    const answers = await Promise.all(plan.chunks.map((c) => answerOf(c.text)));
    answers[2] = (answers[2] ?? "").replace("C,5,accept,,,", "C,5,accept,,ring_9,");
    expect(ringIdsIn(answers)).toEqual(["ring_9"]);
    const text = decodeText(
      joinAnswers(
        plan,
        answers,
        "unused",
        new Map([
          ["A", "ring_9"],
          ["C", "ring_9"],
        ]),
      ),
    ).text;
    expect(text).toBe(
      "orderId,score,decision,reasons,ringId,error\nA,5,accept,,ring_9,\nB,5,accept,,,\nC,5,accept,,ring_9,\n",
    );
  });
});
