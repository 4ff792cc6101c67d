import type { Order } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { getDropKeys, getIdentifiers } from "./identifiers.js";
import { getOrderIdentity } from "./identity.js";

const SECRET = "identifier-test-secret-of-32-characters";
const device = { deviceId: "dev_1", hardwareId: "hw_pc_1", visitorId: "v_1" };
const shippedTo = (address: string, postalCode: string): Order => ({
  orderId: "O-1",
  shipping: { name: "山田 太郎", address, postalCode },
});
const kindsOf = (order: Order, dev: typeof device | null) =>
  getIdentifiers(SECRET, { customerId: "C-1" }, getOrderIdentity(order), dev);
const identifierOf = (order: Order, kind: string) => kindsOf(order, device).find((i) => i.kind === kind)?.value;

describe("getIdentifiers", () => {
  it("keys every identifier with the secret, so the stored value reveals nothing", () => {
    const ids = kindsOf(shippedTo("東京都千代田区霞が関1-3-1", "100-0013"), device);
    expect(ids.map((i) => i.kind)).toEqual(expect.arrayContaining(["account", "device", "hardware", "visitor"]));
    for (const id of ids) expect(id.value).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(JSON.stringify(ids)).not.toContain("hw_pc_1");
  });

  it("makes one machineArea of one machine shipping anywhere in one city, another for the next city", () => {
    const here = identifierOf(shippedTo("愛知県名古屋市名東区藤里町1丁目19番地1", "465-0036"), "machineArea");
    const nextTown = identifierOf(shippedTo("名古屋市名東区望が丘1-8-10", "465-0046"), "machineArea");
    const nextCity = identifierOf(shippedTo("愛知県名古屋市千種区今池1-1-1", "464-0850"), "machineArea");
    expect(here).toBeDefined();
    expect(nextTown).toBe(here);
    expect(nextCity).not.toBe(here);
  });

  it("makes no machineArea without a device or without a city", () => {
    const order = shippedTo("愛知県名古屋市名東区藤里町1丁目19番地1", "465-0036");
    expect(kindsOf(order, null).some((i) => i.kind === "machineArea")).toBe(false);
    expect(identifierOf({ orderId: "O-2", shipping: { name: "山田 太郎" } }, "machineArea")).toBeUndefined();
  });

  it("keys the buyer's name as read with the city of the buyer's door, in kanji or kana alike", () => {
    const buyerAt = (name: string, address: string, postalCode: string): Order => ({
      orderId: "O-1",
      billing: { name, address, postalCode },
      shipping: { name: "佐藤 花子", address: "大阪府大阪市北区梅田1-1-1", postalCode: "530-0001" },
    });
    const nameAreas = (order: Order) =>
      kindsOf(order, null)
        .filter((i) => i.kind === "nameArea")
        .map((i) => i.value);
    const kanji = nameAreas(buyerAt("鈴木 京子", "東京都練馬区豊玉北1-7-8", "176-0012"));
    const kana = nameAreas(buyerAt("すずき きょうこ", "練馬区早宮3-19-10", "179-0085"));
    const otherWard = nameAreas(buyerAt("鈴木 京子", "東京都中野区中央1-1-1", "164-0011"));
    expect(kanji).toHaveLength(1);
    expect(kana).toEqual(kanji);
    expect(otherWard).not.toEqual(kanji);
    expect(JSON.stringify(kanji)).not.toMatch(/スズキ|練馬/);
  });

  it("keys each resale-target category for the whole site and for the city it ships to, written any way", () => {
    const ids = (order: Order) =>
      getIdentifiers(
        SECRET,
        { drops: getDropKeys(SECRET, ["sneakers", "trading_cards"], getOrderIdentity(order)) },
        getOrderIdentity(order),
        null,
      );
    const here = ids(shippedTo("東京都世田谷区太子堂2-3-4", "154-0004"));
    const nextTown = ids(shippedTo("世田谷区三軒茶屋１丁目５－６", "154-0024"));
    const otherWard = ids(shippedTo("東京都目黒区中目黒1-1-1", "153-0061"));
    const of = (list: typeof here, kind: string) => list.filter((i) => i.kind === kind).map((i) => i.value);
    expect(of(here, "siteCategory")).toHaveLength(2);
    expect(of(here, "areaCategory")).toHaveLength(2);
    expect(of(nextTown, "areaCategory")).toEqual(of(here, "areaCategory"));
    expect(of(otherWard, "areaCategory")).not.toEqual(of(here, "areaCategory"));
    expect(of(otherWard, "siteCategory")).toEqual(of(here, "siteCategory"));
    expect(JSON.stringify(here)).not.toMatch(/sneakers|世田谷/);
  });

  it("keys a category for the site alone when the address names no city, and nothing for an order of none", () => {
    const keys = getDropKeys(
      SECRET,
      ["sneakers"],
      getOrderIdentity({ orderId: "O-3", shipping: { name: "山田 太郎" } }),
    );
    expect(keys).toEqual([{ category: "sneakers", site: expect.any(String), area: null }]);
    expect(
      kindsOf(shippedTo("東京都世田谷区太子堂2-3-4", "154-0004"), device).some((i) => i.kind === "siteCategory"),
    ).toBe(false);
  });
});
