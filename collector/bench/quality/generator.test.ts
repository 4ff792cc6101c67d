import { orderRequestSchema } from "@shinsa/shared";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { normalizeAddress } from "../../src/normalize/address.js";
import { lookupPostalCode, parsePostalCode } from "../../src/normalize/postal.js";
import { getSurnameKey } from "../../src/scoring/identity.js";
import { AREA_CODES, newPhone } from "./contact.js";
import { composition, generateStream, MIX } from "./generator.js";
import { FOREIGN_RESIDENTS, pickName } from "./jp-names.js";
import { ownGivenName } from "./legit-groups.js";
import { TRUTH_KINDS } from "./persona.js";
import { createRng } from "./prng.js";

const stream = generateStream({ seed: 7, orders: 1500 });
const orders = stream.orders;
const ofKind = (kind: string) => orders.filter((o) => o.truth.kind === kind);

describe("generateStream", () => {
  it("gives the same stream for the same seed and another for another seed", () => {
    const again = generateStream({ seed: 7, orders: 1500 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(stream));
    const other = generateStream({ seed: 8, orders: 1500 });
    expect(JSON.stringify(other.orders.slice(0, 20))).not.toBe(JSON.stringify(orders.slice(0, 20)));
  });

  it("holds every kind in about its share, with fraud marked as fraud", () => {
    const counts = composition(stream);
    for (const kind of Object.keys(MIX) as (keyof typeof MIX)[]) {
      expect(counts[kind] / orders.length).toBeGreaterThan(MIX[kind] * 0.8);
      expect(counts[kind] / orders.length).toBeLessThan(MIX[kind] * 1.3);
    }
    // Every kind is there, the takeovers' victims (who have no share of their own) too.
    for (const kind of TRUTH_KINDS) expect(counts[kind]).toBeGreaterThan(0);
    const fraudKinds = new Set([
      "stolen_card",
      "resale_ring",
      "deferred_fraud",
      "multi_account",
      "posing_family",
      "account_takeover",
    ]);
    for (const o of orders) expect(o.truth.fraud).toBe(fraudKinds.has(o.truth.kind));
  });

  it("sends orders that the API accepts, in time order, inside the span", () => {
    let last = 0;
    for (const o of orders) {
      expect(orderRequestSchema.safeParse(o.request).success).toBe(true);
      const at = Date.parse(o.request.createdAt ?? "");
      expect(at).toBeGreaterThanOrEqual(Math.max(last, stream.start));
      expect(at).toBeLessThan(stream.start + stream.days * 86_400_000);
      last = at;
    }
  });

  it("uses postal codes that exist", () => {
    const codes = orders.flatMap((o) => [o.request.billing?.postalCode, o.request.shipping?.postalCode]);
    for (const code of codes.filter((c) => c !== undefined).slice(0, 400)) {
      expect(lookupPostalCode(parsePostalCode(code) ?? "").length).toBeGreaterThan(0);
    }
  });

  it("writes one ring's door in several ways", () => {
    const byRing = new Map<string, Set<string>>();
    for (const o of ofKind("resale_ring")) {
      const set = byRing.get(o.truth.ringId ?? "") ?? new Set();
      byRing.set(o.truth.ringId ?? "", set.add(o.request.billing?.address ?? ""));
    }
    const varied = [...byRing.values()].filter((s) => s.size >= 3).length;
    expect(varied / byRing.size).toBeGreaterThan(0.6);
  });

  it("varies how addresses, names, phones and card holders are written", () => {
    const addresses = orders.map((o) => o.request.billing?.address ?? "");
    expect(addresses.some((a) => /丁目.*番.*号/.test(a))).toBe(true);
    expect(addresses.some((a) => /[０-９]－[０-９]/.test(a))).toBe(true);
    expect(addresses.some((a) => /号室/.test(a))).toBe(true);
    expect(addresses.some((a) => /[一二三四五六七八九]丁目/.test(a))).toBe(true);
    expect(addresses.some((a) => !/^(北海道|東京都|京都府|大阪府|.{2,3}県)/.test(a))).toBe(true);
    const names = orders.map((o) => o.request.billing?.name ?? "");
    expect(names.some((n) => n.includes("　"))).toBe(true);
    expect(names.some((n) => n.includes(" "))).toBe(true);
    const kana = orders.map((o) => o.request.billing?.nameKana ?? "");
    expect(kana.some((k) => /[ｱ-ﾝ]/.test(k))).toBe(true);
    expect(kana.some((k) => /^[ぁ-ん]/.test(k))).toBe(true);
    const phones = orders.map((o) => o.request.billing?.phone ?? "");
    expect(phones.some((p) => /^0[789]0-\d{4}-\d{4}$/.test(p))).toBe(true);
    expect(phones.some((p) => /^0[789]0\d{8}$/.test(p))).toBe(true);
    expect(phones.some((p) => /^０/.test(p))).toBe(true);
    const holders = orders.map((o) => o.request.payment?.cardHolder ?? "");
    expect(holders.some((h) => /OHTA|OOTA|OTA\b/.test(h))).toBe(true);
  });

  it("gives fraud its tells only in part, and honest people some of the same", () => {
    const share = (list: typeof orders, test: (o: (typeof orders)[number]) => boolean) =>
      list.filter(test).length / list.length;
    const ipPhone = (o: (typeof orders)[number]) =>
      o.request.billing?.phone?.replace(/\D/g, "").startsWith("050") === true;
    expect(share(ofKind("deferred_fraud"), ipPhone)).toBeGreaterThan(0.4);
    expect(share(ofKind("deferred_fraud"), ipPhone)).toBeLessThan(0.9);
    expect(share(ofKind("legit"), ipPhone)).toBeGreaterThan(0);
    const gift = (o: (typeof orders)[number]) => o.request.shipping?.name !== o.request.billing?.name;
    expect(share(ofKind("legit"), gift)).toBeGreaterThan(0.03);
  });

  it("puts strangers on identical devices and keeps web orders apart from phone orders", () => {
    const collisions = ofKind("device_collision");
    const hardware = new Set(collisions.map((o) => JSON.stringify(o.device?.signals.graphics)));
    expect(hardware.size).toBeLessThan(8);
    expect(new Set(collisions.map((o) => o.truth.personId)).size).toBeGreaterThan(30);
    expect(ofKind("legit").some((o) => o.device === undefined)).toBe(true);
  });

  it("gives every mailbox one owner (a family may share its own), Gmail's dots and +tags included", () => {
    const owners = new Map<string, Set<string>>();
    for (const o of orders) {
      const [local = "", domain = ""] = (o.request.customer?.email?.toLowerCase() ?? "").split("@");
      const email =
        domain === "gmail.com" ? `${local.split("+")[0]?.replaceAll(".", "")}@gmail.com` : `${local}@${domain}`;
      const owner = o.truth.household ?? o.truth.ringId ?? o.truth.personId;
      owners.set(email, (owners.get(email) ?? new Set()).add(owner));
    }
    expect([...owners.values()].filter((s) => s.size > 1)).toEqual([]);
  });

  it("finds a new mailbox for a +tag address another person already holds (seed 11 once looped forever)", () => {
    const big = generateStream({ seed: 11, orders: 2000 });
    const tagged = big.orders.filter((o) => /\d\+[^@]*@/.test(o.request.customer?.email ?? ""));
    expect(tagged.length).toBeGreaterThan(0);
  });

  it("gives honest people phone numbers that libphonenumber's full Japanese metadata calls valid", () => {
    const phones = orders
      .filter((o) => !o.truth.fraud)
      .flatMap((o) => [o.request.billing?.phone, o.request.shipping?.phone])
      .filter((p): p is string => Boolean(p));
    const invalid = phones.filter(
      (p) => !parsePhoneNumberFromString(p.normalize("NFKC").replace(/ー/g, "-"), "JP")?.isValid(),
    );
    expect(phones.length).toBeGreaterThan(1000);
    expect(invalid).toEqual([]);
  });

  it("draws only numbers the numbering plan assigns, in every area code it uses (Sapporo's 011-9… is not)", () => {
    const rng = createRng(3);
    const kinds = [["mobile", "03"], ["ip", "03"], ...AREA_CODES.map((code) => ["landline", code] as const)] as const;
    for (const [kind, code] of kinds) {
      const drawn = Array.from({ length: 500 }, () => newPhone(rng, kind, code));
      expect(drawn.filter((d) => !parsePhoneNumberFromString(d, "JP")?.isValid())).toEqual([]);
      expect(drawn.every((d) => d.startsWith(kind === "landline" ? code : kind === "ip" ? "050" : "0"))).toBe(true);
    }
  });

  it("brings some release fans' relatives to the drop: one surname, one city, another door", () => {
    const fans = ofKind("release_crowd").map((o) => {
      const b = o.request.billing;
      const address = normalizeAddress({ address: b?.address ?? "", postalCode: b?.postalCode ?? null });
      return {
        hour: Math.floor(Date.parse(o.request.createdAt ?? "") / 3_600_000),
        surname: getSurnameKey(b?.name, b?.nameKana),
        city: address.city,
        door: address.householdKey,
      };
    });
    const kin = fans.filter((a, i) =>
      fans.some(
        (b, j) =>
          j > i && a.surname && a.surname === b.surname && a.city === b.city && a.hour === b.hour && a.door !== b.door,
      ),
    );
    expect(kin.length).toBeGreaterThanOrEqual(3);
    expect(kin.length).toBeLessThan(fans.length / 4);
    // Each fan and relative is a person of their own: no phone is another account's, even when two
    // crowds fall on one drop (their relatives were once drawn from one stream).
    const owner = new Map<string, string>();
    for (const o of generateStream({ seed: 5, orders: 2000, days: 60 }).orders) {
      if (o.truth.kind !== "release_crowd") continue;
      const phone = o.request.billing?.phone?.normalize("NFKC").replace(/\D/g, "").replace(/^81/, "0") ?? "";
      const account = o.request.customer?.id ?? o.truth.personId;
      expect(owner.get(phone) ?? account).toBe(account);
      owner.set(phone, account);
    }
  });

  it("names a relative unlike everyone of the household, in writing and in sound (麻衣 and 舞 are both まい)", () => {
    const rng = createRng(3);
    const mai = { name: { ...pickName(rng), given: { kanji: "麻衣", kana: "まい" } } };
    const ryo = { name: { ...mai.name, given: { kanji: "亮", kana: "りょう" } } };
    for (let i = 0; i < 2000; i++) {
      const { given } = ownGivenName(rng, mai.name.surname, [mai, ryo]);
      expect(["麻衣", "亮"]).not.toContain(given.kanji);
      expect(["まい", "りょう"]).not.toContain(given.kana);
    }
  });

  it("moves some customers to a new account after a carrier change: a new mailbox, the same person and phone", () => {
    const switched = ofKind("carrier_switch");
    expect(switched.length).toBeGreaterThan(0);
    for (const o of switched) {
      const before = orders.filter((e) => e.truth.personId === o.truth.personId && e.truth.kind === "legit");
      expect(before.length).toBeGreaterThan(0);
      for (const b of before) {
        expect(Date.parse(b.request.createdAt ?? "")).toBeLessThan(Date.parse(o.request.createdAt ?? ""));
        expect(b.request.customer?.id).not.toBe(o.request.customer?.id);
        expect(b.request.customer?.email?.toLowerCase()).toMatch(/@(docomo|ezweb|au|softbank|i\.softbank|ymobile)\./);
        expect(o.request.customer?.email).toMatch(/@(gmail\.com|yahoo\.co\.jp)$/);
        const digits = (phone?: string) => phone?.normalize("NFKC").replace(/\D/g, "").replace(/^81/, "0");
        expect(digits(b.request.billing?.phone)).toBe(digits(o.request.billing?.phone));
      }
    }
  });

  it("lets a resident from abroad retype their details without turning their name Japanese", () => {
    const foreign = new Set<string>(FOREIGN_RESIDENTS.map((f) => f.name));
    const names = new Map<string, Set<string>>();
    for (const o of orders) {
      const name = o.request.billing?.name;
      if (o.truth.fraud || !name) continue;
      const seen = names.get(o.truth.personId) ?? new Set<string>();
      seen.add(name);
      names.set(o.truth.personId, seen);
    }
    const residents = [...names.values()].filter((seen) => [...seen].some((n) => foreign.has(n)));
    expect(residents.length).toBeGreaterThan(5);
    for (const seen of residents) expect([...seen].filter((n) => !foreign.has(n))).toEqual([]);
  });

  it("schedules chargebacks weeks after the order, some beyond the span", () => {
    const chargebacks = stream.labels.filter((l) => l.label === "chargeback");
    expect(chargebacks.length).toBeGreaterThan(10);
    const end = stream.start + stream.days * 86_400_000;
    expect(chargebacks.some((l) => l.at > end)).toBe(true);
  });
});
