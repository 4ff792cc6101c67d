import { type Card, everydayBasket, mobileIp, newCard, newIp } from "./catalog.js";
import { areaCodeFor, newEmail, newPhone, newPhoneStyle } from "./contact.js";
import { visit } from "./device-visit.js";
import { browserOn, type DeviceSetup, type Hardware, type HardwareKind, newHardware } from "./devices.js";
import { type Home, newHome, pickPlace } from "./jp-addresses.js";
import { FOREIGN_RESIDENTS, type JpName, pickName } from "./jp-names.js";
import {
  cardPayment,
  DAY,
  type Draft,
  isoJst,
  itemsOf,
  type Line,
  newWriting,
  type Payment,
  party,
  type Truth,
  type Writing,
} from "./persona.js";
import type { Rng } from "./prng.js";

// An honest customer, and the order they place. Families and people on popular devices are
// customers too; only their circumstances differ.

export interface Ctx {
  rng: Rng;
  start: number;
  days: number;
  newId(prefix: string): string;
}

export interface Customer {
  personId: string;
  accountId: string | null;
  accountCreatedAt: number;
  name: JpName;
  writing: Writing;
  home: Home;
  phone: string;
  email: string;
  card: Card;
  /** The name on the card: a family card (家族カード) or a parent's card carries another name. */
  holder: JpName | string;
  /** A resident from abroad: `name` only seeds the draws, the written name is `writing.name`. */
  foreign?: true;
  devices: DeviceSetup[];
  homeIp: string;
}

export function hardwareKind(rng: Rng): HardwareKind {
  return rng.weighted([
    ["iphone", 42],
    ["android", 28],
    ["windows", 22],
    ["mac", 8],
  ] as const);
}

export function setupOn(rng: Rng, ctx: Ctx, hw: Hardware, languages?: string[]): DeviceSetup {
  return { profileKey: ctx.newId("prof"), hardware: hw, browser: browserOn(rng, hw, languages ? { languages } : {}) };
}

export function newCustomer(ctx: Ctx, rng: Rng, opts: Partial<Customer> = {}): Customer {
  const foreign = rng.chance(0.03) ? rng.pick(FOREIGN_RESIDENTS) : null;
  const name = opts.name ?? pickName(rng);
  const home = opts.home ?? newHome(rng, pickPlace(rng));
  const area = areaCodeFor(home.place.prefecture);
  const phoneKind = rng.weighted([
    ["mobile", 88],
    ["landline", area ? 9 : 0],
    ["ip", 3],
  ] as const);
  const writing = newWriting(rng, name, newPhoneStyle(rng));
  if (foreign) Object.assign(writing, { name: foreign.name, kana: rng.chance(0.7) ? foreign.kana : undefined });
  const devices = opts.devices ?? [
    setupOn(rng, ctx, newHardware(rng, hardwareKind(rng)), foreign ? [...foreign.languages] : undefined),
  ];
  if (!opts.devices && rng.chance(0.3))
    devices.push(setupOn(rng, ctx, newHardware(rng, rng.pick(["windows", "mac", "iphone"]))));
  const newAccount = rng.chance(0.35);
  return {
    personId: ctx.newId("p"),
    accountId: rng.chance(0.85) ? ctx.newId("C") : null,
    accountCreatedAt: newAccount ? Number.NaN : ctx.start - rng.int(1, 2000) * DAY,
    name,
    writing,
    home,
    phone: newPhone(rng, phoneKind, area),
    email: newEmail(rng, name.surname.kana, name.given.kana),
    card: newCard(rng),
    holder: foreign ? foreign.holder : name,
    ...(foreign && { foreign: true as const }),
    devices,
    homeIp: newIp(rng, rng.chance(0.02) ? "datacentre" : "home"),
    ...opts,
  };
}

function legitPayment(rng: Rng, c: Customer): Payment {
  const method = rng.weighted([
    ["card", 58],
    ["deferred", 12],
    ["cod", 8],
    ["wallet", 14],
    ["bank", 5],
    ["other", 3],
  ] as const);
  if (method !== "card") return { method };
  const threeDs = rng.weighted([
    ["authenticated", 85],
    ["attempted", 8],
    ["none", 5],
    ["failed", 2],
  ] as const);
  return cardPayment(c.card, c.holder, threeDs);
}

export interface OrderOptions {
  kind?: Truth["kind"];
  lines?: Line[];
  /** Share of orders sent from the shop's phone line or CSV, without a device token. */
  offlineShare?: number;
}

/** One order of an honest customer at `at`. */
export function customerOrder(ctx: Ctx, rng: Rng, c: Customer, at: number, opts: OrderOptions = {}): Draft {
  if (Number.isNaN(c.accountCreatedAt)) c.accountCreatedAt = at - rng.int(2, 30) * 60_000;
  const web = !rng.chance(opts.offlineShare ?? 0.1);
  const setup = rng.chance(0.75) ? c.devices[0] : rng.pick(c.devices);
  let ip: string | undefined;
  let device: Draft["device"];
  if (web && setup) {
    device = visit(rng, setup, rng.chance(0.45) ? "autofill" : "human", rng.chance(0.05));
    const mobile = setup.hardware.kind === "iphone" || setup.hardware.kind === "android";
    ip = mobile && rng.chance(0.55) ? mobileIp(rng) : c.homeIp;
  }
  // A new device without autofill: the same person types their details afresh.
  // A resident from abroad types the name they always use (and the card carries), not a Japanese one.
  const fresh = rng.chance(0.1) ? newWriting(rng, c.name, c.writing.phoneStyle) : null;
  const writing = !fresh ? c.writing : c.foreign ? { ...fresh, name: c.writing.name, kana: c.writing.kana } : fresh;
  const billing = party(rng, writing, c.home, c.phone);
  const shipTo = rng.weighted([
    ["self", 87],
    ["gift", 8],
    ["office", 3],
    ["pickup", 2],
  ] as const);
  let shipping = billing;
  if (shipTo === "gift") {
    // A present for parents or a friend: another name at another real address.
    const other = newCustomer(ctx, rng.fork(`gift-${at}`), { devices: [] });
    shipping = party(rng, { ...other.writing, habit: writing.habit }, other.home, other.phone);
  } else if (shipTo === "office") {
    shipping = party(rng, writing, newHome(rng, pickPlace(rng, Number(c.home.place.prefectureCode)), true), c.phone);
  } else if (shipTo === "pickup") {
    const p = c.home.place;
    shipping = { ...billing, address: `${p.prefecture}${p.city}${p.town} ${p.town}郵便局留め` };
  }
  const { items, amount } = itemsOf(opts.lines ?? everydayBasket(rng));
  const email = rng.chance(0.04) ? c.email.charAt(0).toUpperCase() + c.email.slice(1) : c.email;
  return {
    at,
    request: {
      createdAt: isoJst(at),
      ...(ip !== undefined && { ip }),
      customer: {
        ...(c.accountId && { id: c.accountId }),
        email,
        ...(c.accountId && { createdAt: new Date(c.accountCreatedAt).toISOString() }),
      },
      billing: { ...billing, email },
      shipping,
      payment: legitPayment(rng, c),
      items,
      amount,
      currency: "JPY",
    },
    ...(device && { device }),
    truth: { kind: opts.kind ?? "legit", personId: c.personId, fraud: false },
    ...(rng.chance(0.03) && { label: { afterMs: rng.int(1, 4) * DAY, label: "legit" as const } }),
  };
}
