import type { Order } from "@shinsa/shared";
import { describe, expect, it } from "vitest";
import { factsOf, neighbour, PLACED_AT, plainOrder } from "../rules/fixtures.js";
import { DEFAULT_SETTINGS } from "../settings.js";

describe("gathering facts", () => {
  it("joins a stranger's order that shares a strong identifier", () => {
    const facts = factsOf({}, { neighbours: [neighbour({ kind: "shippingAddress" })] });
    expect(facts.joined.map((j) => j.orderId)).toEqual(["N-1"]);
    expect(facts.group.accounts).toBe(2);
  });

  it("links but does not join a family member at the same address", () => {
    const facts = factsOf({}, { neighbours: [neighbour({ kind: "shippingAddress", surnameKey: "山田" })] });
    expect(facts.linked).toHaveLength(1);
    expect(facts.joined).toHaveLength(0);
  });

  it("joins one person's two accounts (same full name) at one address", () => {
    const facts = factsOf(
      {},
      { neighbours: [neighbour({ kind: "shippingAddress", surnameKey: "山田", personKey: "山田太郎" })] },
    );
    expect(facts.joined).toHaveLength(1);
  });

  it.each([
    // identity.ts gives a foreign-written name (JOHN SMITH, 王 偉) no family surname.
    ["a foreign-born spouse at the same door", "JOHNSMITH", null, ["billingAddress"], false],
    ["a spouse written 王 偉 at the same door", "王偉", null, ["household", "phone"], false],
    ["a foreign name sharing only a phone, from another door", "JOHNSMITH", null, ["phone"], true],
    ["another Japanese surname at the same door", "鈴木花子", "鈴木", ["shippingAddress"], true],
    ["one person's second account under their own name", "山田太郎", "山田", ["shippingAddress"], true],
  ] as const)("joins %s: %s", (_case, personKey, surnameKey, kinds, joins) => {
    const facts = factsOf(
      {},
      {
        neighbours: kinds.map((kind) => neighbour({ kind, personKey, surnameKey })),
      },
    );
    expect(facts.linked).toHaveLength(1);
    expect(facts.joined).toHaveLength(joins ? 1 : 0);
  });

  it("does not join a relative paying with the family's card, unless both buy resale targets that week", () => {
    const parentsCard = {
      payment: { method: "card" as const, cardBin: "411111", cardLast4: "1111", cardHolder: "HANAKO YAMADA" },
    };
    const sibling = neighbour({ kind: "card", surnameKey: "山田" });
    expect(factsOf(parentsCard, { neighbours: [sibling] }).joined).toHaveLength(0);
    const burst = factsOf(parentsCard, { riskyUnits: 1, neighbours: [{ ...sibling, riskyUnits: 2 }] });
    expect(burst.joined).toHaveLength(1);
  });

  it("joins a name read the same in one city only when both orders buy resale targets that week", () => {
    // 鈴木 京子 on this account, すずき きょうこ on another in the same ward: nothing else shared.
    const namesake = neighbour({ kind: "nameArea", personKey: "すずききょうこ", surnameKey: "kana:スズキ" });
    const everyday = factsOf({}, { neighbours: [namesake] });
    expect(everyday.linked).toHaveLength(0);
    const release = factsOf({}, { riskyUnits: 1, neighbours: [{ ...namesake, riskyUnits: 1 }] });
    expect(release.joined.map((j) => j.orderId)).toEqual(["N-1"]);
    expect(release.resaleCluster.accounts).toBe(2);
    const monthBefore = { ...namesake, riskyUnits: 1, placedAt: new Date(PLACED_AT.getTime() - 30 * 86_400_000) };
    expect(factsOf({}, { riskyUnits: 1, neighbours: [monthBefore] }).linked).toHaveLength(0);
  });

  it("adds nothing to a door from a name read the same: relatives' given names may share a reading", () => {
    const kinds = ["household", "nameArea"] as const;
    const sibling = kinds.map((kind) => neighbour({ kind, personKey: "山田ひな", surnameKey: "山田" }));
    expect(factsOf({}, { neighbours: sibling }).linked).toHaveLength(0);
  });

  it("joins a card in its holder's own hands under another kanji of the name", () => {
    // 山田 太郎 paying with TARO YAMADA's card, linked to an order written 山田 太朗.
    const facts = factsOf({}, { neighbours: [neighbour({ kind: "card", surnameKey: "山田", personKey: "山田太朗" })] });
    expect(facts.joined).toHaveLength(1);
  });

  it("joins one person's two accounts through one card", () => {
    const facts = factsOf({}, { neighbours: [neighbour({ kind: "card", personKey: "山田太郎" })] });
    expect(facts.joined).toHaveLength(1);
  });

  describe("through one mailbox", () => {
    // A relative: same surname, another given name. The family shares the parent's mailbox, each
    // member's account under its own tag.
    const relative = (kinds: Array<"email" | "phone" | "household">) =>
      kinds.map((kind) => neighbour({ kind, surnameKey: "山田", personKey: "山田花子" }));
    const landline = { billing: { ...plainOrder.billing, phone: "03-3581-4111" } } as Partial<Order>;

    it("does not join a relative whose account shares the family's mailbox", () => {
      const facts = factsOf({}, { neighbours: relative(["email", "household"]) });
      expect(facts.linked).toHaveLength(1);
      expect(facts.joined).toHaveLength(0);
    });

    it("joins a 'relative' who shares the mailbox and the same mobile number: one person's second account", () => {
      expect(factsOf({}, { neighbours: relative(["email", "phone", "household"]) }).joined).toHaveLength(1);
    });

    it("does not join relatives who share the mailbox and the home's fixed line", () => {
      expect(factsOf(landline, { neighbours: relative(["email", "phone", "household"]) }).joined).toHaveLength(0);
    });

    it("joins a stranger's name on the same mailbox", () => {
      expect(factsOf({}, { neighbours: [neighbour({ kind: "email" })] }).joined).toHaveLength(1);
    });

    it("joins one person's two accounts on one mailbox", () => {
      const self = neighbour({ kind: "email", surnameKey: "山田", personKey: "山田太郎" });
      expect(factsOf({}, { neighbours: [self] }).joined).toHaveLength(1);
    });
  });

  it("joins a family member's order through the account itself", () => {
    const facts = factsOf({}, { neighbours: [neighbour({ kind: "account", surnameKey: "山田" })] });
    expect(facts.joined).toHaveLength(1);
  });

  describe("in an apartment building", () => {
    const inRoom = (room: string) => ({
      shipping: { name: "山田 太郎", address: `東京都千代田区丸の内2-7-2 グランハイツ${room}号室` },
      billing: { name: "山田 太郎", address: `東京都千代田区丸の内2-7-2 グランハイツ${room}号室` },
    });
    // Tenants of other rooms: another surname each, the building's shared broadband.
    const tenants = ["鈴木", "佐藤", "田中"].flatMap((surname, i) =>
      (["household", "building", "ip"] as const).map((kind) =>
        neighbour({ kind, orderId: `N-${i}`, surnameKey: surname, personKey: `${surname}花子`, customerKey: `c-${i}` }),
      ),
    );

    it("counts only the own room's orders as the household when the room is known", () => {
      const facts = factsOf(inRoom("301"), { neighbours: tenants });
      expect(facts.household.surnames).toBe(1);
      expect(facts.linked).toHaveLength(0);
      expect(facts.weaklyLinked).toHaveLength(3);
    });

    it("links another flat of the building through the same machine, a ring's shared PC", () => {
      const pc = [
        neighbour({ kind: "building", orderId: "N-9", surnameKey: "鈴木", personKey: "鈴木花子", customerKey: "c-9" }),
        neighbour({ kind: "hardware", orderId: "N-9", surnameKey: "鈴木", personKey: "鈴木花子", customerKey: "c-9" }),
      ];
      expect(factsOf(inRoom("301"), { neighbours: pc }).linked).toHaveLength(1);
    });

    it("links another flat on the building's network only when both buy resale targets that week", () => {
      const facts = factsOf(inRoom("301"), {
        riskyUnits: 1,
        neighbours: tenants.map((t) => ({ ...t, riskyUnits: 2 })),
      });
      expect(facts.linked).toHaveLength(3);
    });

    it("still links the building's orders to one written without a room, which may be any of its doors", () => {
      const facts = factsOf(
        {
          shipping: { name: "山田 太郎", address: "東京都千代田区丸の内2-7-2" },
          billing: { name: "山田 太郎", address: "東京都千代田区丸の内2-7-2" },
        },
        { neighbours: tenants.filter((t) => t.kind !== "building") },
      );
      expect(facts.household.surnames).toBe(4);
      expect(facts.linked).toHaveLength(3);
    });

    it("keeps the household of the same room, other names and all", () => {
      const sameRoom = tenants.map((t) => ({
        ...t,
        kind: t.kind === "building" ? ("shippingAddress" as const) : t.kind,
      }));
      const facts = factsOf(inRoom("301"), { neighbours: sameRoom });
      expect(facts.household.surnames).toBe(4);
    });
  });

  it("does not link through hardware-in-a-city when the hardware ships to other cities for three more accounts", () => {
    const pcInCity = neighbour({ kind: "machineArea", orderId: "N-1", customerKey: "c-1" });
    const sameHardware = ["c-1", "c-2", "c-3", "c-4"].map((customerKey, i) =>
      neighbour({ kind: "hardware", orderId: `N-${i + 1}`, customerKey }),
    );
    expect(factsOf({}, { neighbours: [pcInCity, ...sameHardware.slice(0, 3)] }).linked).toHaveLength(1);
    expect(factsOf({}, { neighbours: [pcInCity, ...sameHardware] }).linked).toHaveLength(0);
  });

  it("joins a device fingerprint only beside the same place", () => {
    const alone = factsOf({}, { neighbours: [neighbour({ kind: "device" }), neighbour({ kind: "hardware" })] });
    expect(alone.joined).toHaveLength(0);
    // A carrier's NAT puts strangers with identical phones on one IP.
    const sameIp = factsOf({}, { neighbours: [neighbour({ kind: "device" }), neighbour({ kind: "ip" })] });
    expect(sameIp.joined).toHaveLength(0);
    const sameDoor = factsOf({}, { neighbours: [neighbour({ kind: "device" }), neighbour({ kind: "household" })] });
    expect(sameDoor.joined.map((j) => j.orderId)).toEqual(["N-1"]);
  });

  it("never joins through a weak identifier", () => {
    const facts = factsOf(
      {},
      { neighbours: [neighbour({ kind: "hardware" }), neighbour({ kind: "ip", orderId: "N-2" })] },
    );
    expect(facts.joined).toHaveLength(0);
    expect(facts.weaklyLinked.map((w) => w.orderId).sort()).toEqual(["N-1", "N-2"]);
  });

  it("treats an identifier shared by many accounts as a hub that joins nobody", () => {
    const many = Array.from({ length: DEFAULT_SETTINGS.hubAccounts }, (_, i) =>
      neighbour({
        kind: "shippingAddress",
        orderId: `W-${i}`,
        customerKey: `c${i}`,
        surnameKey: `s${i}`,
        personKey: `p${i}`,
      }),
    );
    const facts = factsOf({}, { neighbours: many });
    expect(facts.hubs).toEqual(["shippingAddress"]);
    expect(facts.joined).toHaveLength(0);
  });

  it("joins one machine shipping to one city under another name, unless the hardware is a popular model", () => {
    const ringPc = factsOf({}, { neighbours: [neighbour({ kind: "machineArea" }), neighbour({ kind: "hardware" })] });
    expect(ringPc.joined.map((j) => j.orderId)).toEqual(["N-1"]);
    // Twelve accounts on one hardware id: a model everyone has, so its city is no link either.
    const popular = Array.from({ length: DEFAULT_SETTINGS.hubAccounts }, (_, i) =>
      neighbour({ kind: "hardware", orderId: `H-${i}`, customerKey: `c${i}`, personKey: `p${i}` }),
    );
    const model = factsOf({}, { neighbours: [...popular, neighbour({ kind: "machineArea", orderId: "H-0" })] });
    expect(model.hubs).toEqual(expect.arrayContaining(["hardware", "machineArea"]));
    expect(model.joined).toHaveLength(0);
  });

  it("counts orders of the last hour, day and week per identifier", () => {
    const at = (hours: number) => new Date(PLACED_AT.getTime() - hours * 3_600_000);
    const neighbours = [0.5, 5, 100, 400].map((h, i) => neighbour({ kind: "card", orderId: `V${i}`, placedAt: at(h) }));
    expect(factsOf({}, { neighbours }).velocity.card).toEqual({ h1: 1, h24: 2, d7: 3 });
  });
});

describe("negative-list facts", () => {
  const denied = (kind: "machineArea" | "phone") => ({
    list: "deny" as const,
    kind,
    value: `v-${kind}`,
    label: "chargeback",
    sourceOrderId: "F-1",
  });
  // Twelve accounts on one hardware id: a popular model, so a hub (DEFAULT_SETTINGS.hubAccounts).
  const popularModel = Array.from({ length: 12 }, (_, i) =>
    neighbour({ kind: "hardware", value: "hw-popular", orderId: `H${i}`, customerKey: `c${i}` }),
  );

  it("drops a hardware-in-a-city entry once that hardware is a popular model", () => {
    const facts = factsOf({}, { neighbours: popularModel, listHits: [denied("machineArea"), denied("phone")] });
    expect(facts.denyHits.map((h) => h.kind)).toEqual(["phone"]);
  });

  it("keeps a hardware-in-a-city entry of a rare machine", () => {
    const facts = factsOf({}, { listHits: [denied("machineArea")] });
    expect(facts.denyHits.map((h) => h.kind)).toEqual(["machineArea"]);
  });
});
