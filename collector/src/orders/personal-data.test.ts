import type { OrderRequest } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { openPersonalData, openSealed, SEALED, sealPersonalData } from "./personal-data.js";

const SECRET = "personal-data-test-secret-0123456789";
const order: OrderRequest = {
  orderId: "A-1",
  token: "tok_abc",
  createdAt: "2026-11-24T01:00:00.000Z",
  ip: "203.0.113.9",
  customer: { id: "C-9", email: "taro@example.jp", createdAt: "2020-01-01T00:00:00.000Z" },
  billing: {
    name: "山田 太郎",
    nameKana: "ヤマダ タロウ",
    postalCode: "100-0013",
    address: "東京都千代田区霞が関1-3-1",
    phone: "090-1234-5678",
    email: "taro@example.jp",
    country: "JP",
  },
  shipping: { name: "山田 花子", address: "大阪府大阪市北区梅田1-1-1", phone: "06-1234-5678" },
  payment: { method: "card", cardBin: "411111", cardLast4: "1111", cardHolder: "TARO YAMADA", threeDSecure: "none" },
  items: [{ sku: "PS5", category: "console", quantity: 2, unitPrice: 60000 }],
  amount: 120000,
};
const json = order as unknown as Record<string, unknown>;

describe("personal data in a stored order", () => {
  it("is sealed: no name, reading, address, phone, e-mail, card digit or IP is left readable", () => {
    const stored = sealPersonalData(SECRET, json);
    const text = JSON.stringify(stored);
    for (const value of [
      "山田",
      "ヤマダ",
      "霞が関",
      "梅田",
      "100-0013",
      "1234-5678",
      "taro@",
      "411111",
      "1111",
      "TARO",
      "203.0.113",
    ]) {
      expect(text).not.toContain(value);
    }
    // What scoring's answer, accounting and the order list read in SQL stays as it was.
    expect(stored).toMatchObject({
      orderId: "A-1",
      customer: { id: "C-9" },
      billing: { country: "JP" },
      payment: { method: "card", threeDSecure: "none" },
      items: order.items,
      amount: 120000,
    });
  });

  it("opens back to exactly the request the shop sent", () => {
    expect(openPersonalData(SECRET, sealPersonalData(SECRET, json))).toEqual(json);
  });

  it("seals each order with its own nonce, so equal e-mails do not show as equal seals", () => {
    const a = sealPersonalData(SECRET, json)[SEALED];
    const b = sealPersonalData(SECRET, json)[SEALED];
    expect(a).not.toBe(b);
  });

  it("cannot be opened with another key, nor after a byte of the seal is changed", () => {
    const sealed = sealPersonalData(SECRET, json)[SEALED] as string;
    expect(() => openSealed("another-secret-of-at-least-32-characters", sealed)).toThrow();
    const flipped = `${sealed.slice(0, -3)}${sealed.at(-3) === "A" ? "B" : "A"}${sealed.slice(-2)}`;
    expect(() => openSealed(SECRET, flipped)).toThrow();
  });

  it("leaves a request with no personal data as it is, and reads one stored before sealing as it was", () => {
    expect(sealPersonalData(SECRET, { orderId: "A-2", amount: 5 })).toEqual({ orderId: "A-2", amount: 5 });
    expect(openPersonalData(SECRET, json)).toEqual(json);
  });
});
