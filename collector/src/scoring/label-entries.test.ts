import { describe, expect, it } from "vitest";
import type { Identifier } from "../lib/identifier.js";
import { labelEntries } from "./label-entries.js";

const ids: Identifier[] = [
  { kind: "account", value: "acc" },
  { kind: "email", value: "mail" },
  { kind: "card", value: "card" },
  { kind: "shippingAddress", value: "drop" },
  { kind: "billingAddress", value: "home" },
  { kind: "visitor", value: "browser" },
  { kind: "machineArea", value: "hw-city" },
  { kind: "hardware", value: "hw" },
  { kind: "ip", value: "ip" },
];
const noTakeover = { suspected: false, ownersValues: new Set<string>() };
const listed = (r: ReturnType<typeof labelEntries>, list: "deny" | "allow") =>
  r.entries.filter((e) => e.list === list).map((e) => e.value);

describe("labelEntries", () => {
  it("denies a fraud order's strong identifiers, the hardware-in-a-city key of a rare machine too", () => {
    const r = labelEntries("chargeback", ids, noTakeover, false);
    expect(listed(r, "deny")).toEqual(["acc", "mail", "card", "drop", "home", "browser", "hw-city"]);
  });

  it("never denies the hardware-in-a-city key of a popular model", () => {
    const r = labelEntries("chargeback", ids, noTakeover, true);
    expect(listed(r, "deny")).toEqual(["acc", "mail", "card", "drop", "home", "browser"]);
    expect(r.values).toContain("hw-city");
  });

  it("leaves a takeover victim's own identifiers off the negative list, and lists the stranger's", () => {
    const r = labelEntries(
      "fraud",
      ids,
      { suspected: true, ownersValues: new Set(["acc", "mail", "card", "home"]) },
      true,
    );
    expect(listed(r, "deny")).toEqual(["drop", "browser"]);
  });

  it("lists the owner's identifiers as usual when no takeover was suspected", () => {
    const r = labelEntries("fraud", ids, { suspected: false, ownersValues: new Set(["acc", "mail"]) }, true);
    expect(listed(r, "deny")).toContain("acc");
  });

  it("allows a legit buyer's own account, e-mail and card, not their addresses or devices", () => {
    const r = labelEntries("legit", ids, noTakeover, false);
    expect(listed(r, "allow")).toEqual(["acc", "mail", "card"]);
    expect(listed(r, "deny")).toEqual([]);
  });
});
