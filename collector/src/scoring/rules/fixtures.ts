import { NO_FLAGS, type Order } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { buildFacts, type FactInputs } from "../facts/build-facts.js";
import type { DeviceFacts, Neighbour } from "../facts/inputs.js";
import type { OrderFacts } from "../facts/order-facts.js";
import { getOrderIdentity } from "../identity.js";
import { DEFAULT_SETTINGS } from "../settings.js";
import type { Rule } from "./rule.js";

// Builders for rule tests: a plain, honest order and its facts, with the parts a case changes.

export const PLACED_AT = new Date("2026-11-24T01:00:00Z");

export const plainOrder: Order = {
  orderId: "T-1",
  createdAt: PLACED_AT.toISOString(),
  customer: { id: "C-1", email: "taro@example.jp", createdAt: "2025-01-02T00:00:00+09:00" },
  billing: {
    name: "山田 太郎",
    nameKana: "ヤマダ タロウ",
    postalCode: "100-0013",
    address: "東京都千代田区霞が関1-3-1",
    phone: "090-1234-5678",
  },
  payment: { method: "card", cardBin: "411111", cardLast4: "1111", cardHolder: "TARO YAMADA" },
  items: [{ sku: "B-1", category: "books", quantity: 1, unitPrice: 2000 }],
  amount: 2000,
  currency: "JPY",
};

export function neighbour(overrides: Partial<Neighbour> = {}): Neighbour {
  return {
    kind: "visitor",
    value: "v-visitor",
    orderId: "N-1",
    placedAt: new Date(PLACED_AT.getTime() - 3_600_000 * 48),
    customerKey: "cust-other",
    personKey: "佐藤花子",
    surnameKey: "佐藤",
    amount: 5000,
    riskyUnits: 0,
    units: 1,
    ringId: null,
    label: null,
    takeover: false,
    resaleHeld: false,
    newAccount: false,
    network: null,
    ...overrides,
  };
}

export function deviceRow(flags: Record<string, boolean> = {}, signals: Record<string, unknown> = {}): DeviceFacts {
  return {
    deviceId: "dev_1",
    hardwareId: "hw_1",
    visitorId: "v_1",
    ip: "203.0.113.5",
    signals: { timezone: { name: "Asia/Tokyo", offset: -540 }, locale: { languages: ["ja-JP"] }, ...signals },
    flags: { ...NO_FLAGS, ...flags },
  };
}

export function factsOf(order: Partial<Order> = {}, inputs: Partial<FactInputs> = {}): OrderFacts {
  const full = { ...plainOrder, ...order } as Order;
  return buildFacts({
    order: full,
    placedAt: PLACED_AT,
    settings: DEFAULT_SETTINGS,
    identity: getOrderIdentity(full),
    customerKey: "cust-self",
    personKey: "山田太郎",
    surnameKey: "山田",
    token: { status: "none", reusedBy: null },
    device: null,
    riskyUnits: 0,
    units: 1,
    neighbours: [],
    listHits: [],
    ...inputs,
  });
}

export const HOUR = 3_600_000;
/** A moment `ms` before the plain order was placed. */
export const ago = (ms: number) => new Date(PLACED_AT.getTime() - ms);

/** The facts of an order that joins ring_1, a ring of `accounts` accounts with `labeled` fraud-labelled orders. */
export const inRing = (accounts: number, labeled = 0) =>
  factsOf(
    {},
    {
      neighbours: [neighbour({ kind: "phone", ringId: "ring_1" })],
      ringStats: [{ ringId: "ring_1", orders: accounts * 2, accounts, labeled }],
    },
  );

/** A case of a rule's table: what the order is, its facts, and the code the rule answers (null: no reason). */
export type RuleCase = [string, OrderFacts, string | null];

/**
 * A rule's table of cases as tests: each answers its code, or nothing, and a reason it gives is
 * worded in Japanese and in plain ASCII English.
 */
export function checkRule(rule: Rule, cases: RuleCase[]) {
  describe(`rule ${rule.code}`, () => {
    it.each(cases.map(([name, facts, code]) => [`${name}: ${code ?? "no reason"}`, facts, code] as const))(
      "%s",
      (_, facts, code) => {
        const found = rule.evaluate(facts);
        expect(found?.code ?? null).toBe(code);
        if (found) {
          expect(found.message.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
          expect(found.message.en).toMatch(/^[\x20-\x7E]+$/);
        }
      },
    );
  });
}
