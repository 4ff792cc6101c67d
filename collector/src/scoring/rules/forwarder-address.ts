import { createCache, memoize } from "../../lib/cache.js";
import { isHoldForPickup, isPickUpPoint, normalizeAddress } from "../../normalize/index.js";
import { hit, type Rule } from "./rule.js";

const HINT_WORDS: Record<string, string> = {
  customer_code: "顧客コード",
  post_office_hold: "局留め",
  carrier_depot_hold: "営業所止め",
  po_box: "私書箱",
  care_of: "様方・気付",
  convenience_store_pickup: "コンビニ受取",
  locker_pickup: "宅配ロッカー",
};

// The three metropolitan areas people commute across prefecture lines in (首都圏, 京阪神, 中京):
// a hold near work is often in the next prefecture.
const COMMUTING_AREAS = [
  ["東京都", "神奈川県", "埼玉県", "千葉県", "茨城県"],
  ["大阪府", "京都府", "兵庫県", "奈良県", "滋賀県", "和歌山県"],
  ["愛知県", "岐阜県", "三重県"],
];

function commutable(home: string | null, hold: string | null): boolean {
  if (home === null || hold === null) return false;
  return home === hold || COMMUTING_AREAS.some((area) => area.includes(home) && area.includes(hold));
}

// The site's forwarder list changes rarely and is read for every order: fold each entry once.
const householdOf = memoize(
  (address) => normalizeAddress(address).householdKey,
  createCache<string>({ maxEntries: 10_000 }),
);

/** Parcel forwarders and hold-for-pickup addresses hide who receives the goods. */
export const forwarderAddress: Rule = {
  code: "forwarder_address",
  evaluate: ({ identity, settings }) => {
    const address = identity.shippingAddress;
    if (!address) return null;
    const listed = settings.forwarders.some((f) => householdOf(f) === address.householdKey);
    if (listed)
      return hit(
        "forwarder_listed",
        30,
        "登録済みの転送業者の住所です",
        "The address is a forwarder on the site's list",
      );
    const hints = address.forwarderHints.filter((h) => !isPickUpPoint(h));
    if (hints.length === 0) return null;
    const words = hints.map((h) => HINT_WORDS[h] ?? h).join("・");
    // Held at a post office or depot near home or work, in the buyer's own name: how people who are
    // out all day get their parcels, and the parcel is handed over only against that name's ID. A
    // hold under another name, or beyond the buyer's commuting area, is still hiding.
    const billing = identity.billingAddress;
    const ownHold =
      hints.every(isHoldForPickup) &&
      identity.personKey !== null &&
      identity.shippingPersonKey === identity.personKey &&
      commutable(billing?.prefecture ?? null, address.prefecture);
    if (ownHold)
      return hit(
        "own_hold_for_pickup",
        8,
        `購入者本人の名義で、住所と同じ市区町村の${words}です`,
        `Held for pickup in the buyer's own name and city (${hints.join(", ")})`,
      );
    return hit(
      "forwarder_hint",
      20,
      `配送先に転送・留め置きの形跡があります (${words})`,
      `The address looks like a forwarder or hold-for-pickup (${hints.join(", ")})`,
    );
  },
};
