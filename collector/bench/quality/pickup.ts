import { newPhone } from "./contact.js";
import { type Ctx, type Customer, customerOrder, newCustomer } from "./customer.js";
import { newHome, pickNearbyPlace, pickPlace } from "./jp-addresses.js";
import { type Draft, party, shoppingTime } from "./persona.js";
import type { Rng } from "./prng.js";

// Honest buyers who never ship home: people out all day collect at a convenience store, a locker or
// a carrier's depot near work, or have parcels sent to the office. Ship ≠ bill on every order, in
// their own name, written the way the shop's pick-up picker or the buyer writes it. Their fraud
// twins are the mule drops and forwarders of fraud-card.ts.

const CHAINS = [
  "セブン-イレブン",
  "セブンイレブン",
  "ファミリーマート",
  "ローソン",
  "ミニストップ",
  "デイリーヤマザキ",
];
const COMPANIES = [
  "株式会社山田製作所",
  "東和商事株式会社",
  "(株)ミライシステム",
  "日本データサービス株式会社",
  "有限会社さくら企画",
  "株式会社アオバ",
];
const DEPARTMENTS = ["総務部", "営業部", "経理課", "開発部", "人事部", ""];

type Spot = "store" | "locker" | "depot" | "office";

/** The shipping address of one pick-up spot or office near `c`'s home or work, as a form would hold it. */
function spotAddress(rng: Rng, c: Customer, spot: Spot, work: ReturnType<typeof pickPlace>) {
  const place = spot === "office" ? work : rng.chance(0.6) ? c.home.place : pickNearbyPlace(rng, work);
  const door = newHome(rng, place, spot === "office");
  const written = party(rng, c.writing, door, c.phone);
  if (spot === "store") {
    const store = `${rng.pick(CHAINS)} ${place.town.replace(/[（(].*$/, "")}${rng.pick(["店", "駅前店", "一丁目店", "中央店"])}`;
    written.address = `${written.address} ${store}${rng.pick([" 店頭受取", "（コンビニ受取）", "", " 受取"])}`;
  } else if (spot === "locker") {
    written.address = `${written.address} ${rng.pick(["PUDOステーション", "Amazon Hub ロッカー", "はこぽす"])} ${place.town}${rng.pick(["駅", "駅東口", ""])}`;
  } else if (spot === "depot") {
    const carrier = rng.pick(["ヤマト運輸", "佐川急便", "日本郵便"]);
    const hold =
      carrier === "日本郵便"
        ? `${place.town}郵便局留め`
        : `${place.town}${rng.pick(["営業所止め", "センター止め", "営業所留め"])}`;
    written.address = `${written.address} ${carrier} ${hold}`;
  } else {
    written.address = `${written.address} ${rng.pick(COMPANIES)} ${rng.pick(DEPARTMENTS)}`.trimEnd();
    // Half give the office's switchboard instead of their mobile.
    if (rng.chance(0.4)) written.phone = newPhone(rng, "landline");
  }
  return written;
}

// Where people living in a prefecture commute to across its line (2020 census: the flows into
// Tokyo, Osaka and Aichi dwarf all others), by JIS code.
const COMMUTE_TO: Record<number, number> = {
  8: 13,
  11: 13,
  12: 13,
  14: 13,
  25: 27,
  26: 27,
  28: 27,
  29: 27,
  30: 27,
  21: 23,
  24: 23,
};

/** Work: mostly in the home prefecture; a third of a commuter belt in its centre; now and then on a long assignment anywhere. */
function workPlace(rng: Rng, home: number) {
  if (rng.chance(0.05)) return pickPlace(rng);
  const centre = COMMUTE_TO[home];
  return pickPlace(rng, centre !== undefined && rng.chance(0.35) ? centre : home);
}

export function pickupBuyer(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const c = newCustomer(ctx, rng);
  const spot = rng.weighted([
    ["store", 35],
    ["locker", 15],
    ["depot", 20],
    ["office", 30],
  ] as const);
  const work = workPlace(rng, Number(c.home.place.prefectureCode));
  // One spot is a habit: the same store or desk each time.
  const habit = spotAddress(rng, c, spot, work);
  const count = rng.int(1, 4);
  const drafts: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const at = shoppingTime(rng, ctx.start, rng.int(0, ctx.days - 1));
    const order = customerOrder(ctx, rng, c, at, { kind: "pickup", offlineShare: 0.05 });
    order.request.shipping = { ...habit };
    drafts.push(order);
  }
  return drafts.sort((a, b) => a.at - b.at);
}
