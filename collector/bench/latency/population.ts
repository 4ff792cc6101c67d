import type { OrderRequest } from "@shinsa/shared";
import { GIVEN_NAMES, SURNAMES } from "./names.js";
import { allPlaces, type Place, pickPlace } from "./places.js";
import { type Rng, rngOf, zipf } from "./prng.js";

// The shoppers behind both the seeded history and the measured orders. A person is a pure
// function of its number, so a measured order can return to someone the seeder wrote and really
// meet their earlier orders in order_identifiers. The skew follows a shop's: most values belong to
// one person's 1–3 orders, a few are shared by thousands (a forwarder's warehouse, a popular PC
// model, an office or carrier IP), which is where the 50-row LIMIT of a neighbour read bites.

export interface Home {
  place: Place;
  chome: number | null;
  ban: number;
  go: number;
  building: string | null;
  room: number | null;
}

export interface Person {
  id: number;
  /** null: checks out as a guest. */
  customerId: string | null;
  surname: readonly [string, string, string];
  given: readonly [string, string, string];
  email: string;
  phone: string;
  card: { bin: string; last4: string };
  home: Home;
  homeIp: string;
  devices: number;
}

export interface DeviceIds {
  deviceId: string;
  hardwareId: string;
  visitorId: string;
  ip: string;
}

export interface GeneratedOrder {
  body: OrderRequest;
  /** What the browser's token resolves to, for web orders (~60%); null for phone and app orders. */
  device: DeviceIds | null;
  person: Person;
  /** Where it ships when not to the buyer's home, with a forwarder's customer code if written. */
  shipTo: { home: Home; suffix: string } | null;
}

const DOMAINS = ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp", "outlook.jp", "ezweb.ne.jp"];
const BINS = ["490222", "455701", "524122", "356912", "376288", "402360", "540926", "353994"];
const BUILDINGS = ["グランコート", "メゾン", "パークハイツ", "ライオンズマンション", "サンハイム", "コーポ"];
const CATALOG: readonly (readonly [string, string, string, number])[] = [
  ["BOOK-1", "本", "books", 1800],
  ["TEA-3", "緑茶セット", "food", 3200],
  ["TOWEL-2", "今治タオル", "home", 2600],
  ["SHOE-7", "スニーカー", "fashion", 9800],
  ["CARD-BOX", "トレカ BOX", "trading_cards", 5500],
  ["PS5", "ゲーム機", "game_console", 66980],
  ["PHONE-15", "スマートフォン", "smartphone", 124800],
];

// Japanese parcel forwarders' warehouses (転送業者): thousands of strangers ship to each.
const FORWARDERS = 3;
const hardwareRank = zipf(3000, 1.1);
const officeRank = zipf(200, 1.0);

const scramble = (n: number, mod: number) => (n * 48271 + 12345) % mod;

/** Nearly every home is its own; some people live with family (same door, same surname). */
function householdOf(id: number): number {
  const rng = rngOf(id, 7);
  return id > 4 && rng.chance(0.15) ? id - rng.int(1, 4) : id;
}

function homeOf(household: number): Home {
  const rng = rngOf(household, 11);
  const place = pickPlace(rng);
  const flat = rng.chance(place.urban ? 0.5 : 0.2);
  return {
    place,
    chome: place.urban ? rng.int(1, 6) : null,
    ban: rng.int(1, place.urban ? 30 : 900),
    go: rng.int(1, 25),
    building: flat ? `${rng.pick(BUILDINGS)}${place.town.slice(0, 2)}` : null,
    room: flat ? rng.int(1, 9) * 100 + rng.int(1, 8) : null,
  };
}

export function personOf(id: number): Person {
  const rng = rngOf(id, 3);
  const household = householdOf(id);
  const surname = household === id ? rng.pick(SURNAMES) : personOf(household).surname;
  const given = rng.pick(GIVEN_NAMES);
  const phone = String(scramble(id, 99_999_989)).padStart(8, "0");
  return {
    id,
    customerId: rng.chance(0.85) ? `C${id}` : null,
    surname,
    given,
    email: `${given[2].toLowerCase()}.${surname[2].toLowerCase()}${id.toString(36)}@${rng.pick(DOMAINS)}`,
    phone: `0${rng.pick(["90", "80", "70"])}-${phone.slice(0, 4)}-${phone.slice(4)}`,
    card: { bin: rng.pick(BINS), last4: String(rng.int(0, 9999)).padStart(4, "0") },
    home: homeOf(household),
    homeIp: `126.${(id >> 16) & 255}.${(id >> 8) & 255}.${id & 255}`,
    devices: rng.chance(0.3) ? 2 : 1,
  };
}

/** One spelling of a home, the seeder's key for normalising it once rather than per order. */
export const canonicalAddress = (home: Home) =>
  `${home.place.prefecture}${home.place.city}${home.place.town}${home.chome === null ? "" : `${home.chome}-`}${home.ban}-${home.go}${home.building ? ` ${home.building} ${home.room ?? ""}` : ""}`;

export const postalOf = (place: Place) => `${place.postalCode.slice(0, 3)}-${place.postalCode.slice(3)}`;

/** People write one address many ways; the normaliser must fold them to one key. */
function addressText(home: Home, rng: Rng): string {
  const { place, chome, ban, go, building, room } = home;
  const numbers =
    chome === null
      ? rng.chance(0.7)
        ? `${ban}-${go}`
        : `${ban}番地${go}`
      : rng.chance(0.6)
        ? `${chome}-${ban}-${go}`
        : `${chome}丁目${ban}番${go}号`;
  const roomText = room === null ? "" : rng.chance(0.5) ? `${room}号室` : ` ${room}`;
  const flat = building ? ` ${building}${roomText}` : "";
  return `${place.prefecture}${place.city}${place.town}${numbers}${flat}`;
}

function forwarderHome(n: number): Home {
  const places = allPlaces();
  const place = places[(n * 997) % places.length] as Place;
  return { place, chome: place.urban ? 2 : null, ban: 13, go: 1, building: "物流センター", room: null };
}

function ipOf(person: Person, rng: Rng): string {
  const x = rng.next();
  if (x < 0.7) return person.homeIp;
  // Carriers' CGNAT and offices put many buyers behind one address.
  if (x < 0.9) return `49.96.${rng.int(0, 7)}.${rng.int(1, 254)}`;
  if (x < 0.97) return `210.130.${officeRank(rng)}.10`;
  return `153.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

export function orderOf(orderId: string, person: Person, rng: Rng, createdAt?: string): GeneratedOrder {
  const name = `${person.surname[0]} ${person.given[0]}`;
  const nameKana = `${person.surname[1]} ${person.given[1]}`;
  const billing = {
    name,
    nameKana,
    postalCode: postalOf(person.home.place),
    address: addressText(person.home, rng),
    phone: person.phone,
  };
  let shipping: NonNullable<OrderRequest["shipping"]> | undefined;
  let shipTo: GeneratedOrder["shipTo"] = null;
  if (rng.chance(0.005)) {
    const home = forwarderHome(rng.int(0, FORWARDERS - 1));
    // Most forwarders append the customer's code; some buyers leave it out.
    const suffix = rng.chance(0.6) ? ` LYF${String(person.id).padStart(7, "0")}` : "";
    shipping = { name, postalCode: postalOf(home.place), address: `${addressText(home, rng)}${suffix}` };
    shipTo = { home, suffix };
  } else if (rng.chance(0.05)) {
    const gift = personOf(rng.int(0, person.id));
    shipping = {
      name: `${gift.surname[0]} ${gift.given[0]}`,
      postalCode: postalOf(gift.home.place),
      address: addressText(gift.home, rng),
    };
    shipTo = { home: gift.home, suffix: "" };
  }
  const items = Array.from({ length: rng.int(1, 3) }, () => {
    const [sku, itemName, category, unitPrice] = rng.pick(CATALOG);
    return { sku, name: itemName, category, quantity: rng.chance(0.9) ? 1 : rng.int(2, 4), unitPrice };
  });
  const byCard = rng.chance(0.7);
  const web = rng.chance(0.6);
  const ip = ipOf(person, rng);
  const body: OrderRequest = {
    orderId,
    ...(createdAt && { createdAt }),
    ip,
    customer: { ...(person.customerId && { id: person.customerId }), email: person.email },
    billing,
    ...(shipping && { shipping }),
    payment: byCard
      ? {
          method: "card",
          cardBin: person.card.bin,
          cardLast4: person.card.last4,
          cardHolder: `${person.given[2]} ${person.surname[2]}`,
          threeDSecure: rng.chance(0.8) ? "authenticated" : "none",
        }
      : { method: rng.pick(["deferred", "cod", "bank"] as const) },
    items,
    amount: items.reduce((sum, i) => sum + i.unitPrice * i.quantity, 0),
    currency: "JPY",
  };
  const slot = rng.int(1, person.devices);
  const device = web
    ? {
        deviceId: `dev${person.id.toString(36)}x${slot}`,
        visitorId: `vis${person.id.toString(36)}x${slot}`,
        // A device is one model of PC or phone: popular models are shared by thousands of strangers.
        hardwareId: `hw${hardwareRank(rngOf(person.id, slot, 13))}`,
        ip,
      }
    : null;
  return { body, device, person, shipTo };
}
