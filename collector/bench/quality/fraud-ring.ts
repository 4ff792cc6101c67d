import { type Card, dropTimes, EVERYDAY, hotItem, mobileIp, newCard, newIp } from "./catalog.js";
import { aliasEmail, mailboxTag, newEmail, newPhone, newPhoneStyle } from "./contact.js";
import type { Ctx } from "./customer.js";
import { visit } from "./device-visit.js";
import { browserOn, type DeviceSetup, type Hardware, newHardware } from "./devices.js";
import { type Home, neighbour, newHome, pickNearbyPlace, pickPlace } from "./jp-addresses.js";
import { HOMOPHONES, type JpName, pickName, pickSurname } from "./jp-names.js";
import {
  cardPayment,
  DAY,
  type Draft,
  isoJst,
  itemsOf,
  type Line,
  newWriting,
  party,
  shoppingTime,
  type Truth,
  type Writing,
} from "./persona.js";
import { type Rng, textHash } from "./prng.js";

// 転売 rings and one person's many accounts. Members look like different customers: other names
// (relatives, friends, the same name in other kanji), the same door written many ways (住所崩し),
// profiles rotated on one machine, and bursts on launch days.

interface Member {
  name: JpName;
  /** The line at the member's door: one router for one door, its own elsewhere. */
  ip: string;
  accountId: string;
  createdAt: number;
  email: string;
  phone: string;
  home: Home;
  card: Card;
  setup: DeviceSetup;
}

/** The same given name in other kanji, or the name in kana: a "new" person to an exact match. */
function disguise(rng: Rng, name: JpName): JpName {
  const homophones = HOMOPHONES[name.given.kanji];
  if (homophones && rng.chance(0.6)) return { ...name, given: { ...name.given, kanji: rng.pick(homophones) } };
  return { surname: { ...name.surname, kanji: name.surname.kana }, given: { ...name.given, kanji: name.given.kana } };
}

function ringDevices(ctx: Ctx, rng: Rng, n: number): DeviceSetup[] {
  const style = rng.weighted([
    ["profiles", 40],
    ["antidetect", 25],
    ["phones", 35],
  ] as const);
  const bot = rng.chance(0.3);
  if (style === "phones") {
    return Array.from({ length: n }, () => {
      const hw = newHardware(rng, rng.pick(["iphone", "iphone", "android"]));
      return { profileKey: ctx.newId("prof"), hardware: hw, browser: browserOn(rng, hw) };
    });
  }
  // One PC: Chrome profiles (same browser, separate storage) or an anti-detect browser that
  // changes the user agent and language per profile. Hardware stays the same.
  const pc: Hardware = newHardware(rng, "windows");
  return Array.from({ length: n }, () => {
    const browser = browserOn(rng, pc, {
      antiDetect: style === "antidetect",
      bot,
      ...(style === "antidetect" && {
        languages: rng.pick([["ja-JP", "ja"], ["ja"], ["ja", "en-US"], ["en-US", "ja"]]),
      }),
    });
    if (style === "antidetect" && rng.chance(0.5))
      browser.userAgent = browser.userAgent.replace(/Chrome\/\d+/, `Chrome/${rng.int(120, 132)}`);
    return { profileKey: ctx.newId("prof"), hardware: pc, browser };
  });
}

function memberOrder(
  rng: Rng,
  m: Member,
  at: number,
  truth: Truth,
  lines: Line[],
  ip: string,
  habitual?: Writing,
): Draft {
  // Without a habit, each order is typed afresh in another style: 住所崩し.
  const crumble = habitual === undefined;
  const writing = habitual ?? newWriting(rng, m.name, newPhoneStyle(rng));
  const billing = party(rng, writing, m.home, m.phone, crumble);
  const { items, amount } = itemsOf(lines);
  const method = rng.weighted([
    ["card", 70],
    ["cod", 10],
    ["bank", 8],
    ["deferred", 12],
  ] as const);
  return {
    at,
    request: {
      createdAt: isoJst(at),
      ip,
      customer: { id: m.accountId, email: m.email, createdAt: new Date(m.createdAt).toISOString() },
      billing: { ...billing, email: m.email },
      shipping: billing,
      payment:
        method === "card"
          ? cardPayment(m.card, m.name, rng.pick(["authenticated", "authenticated", "attempted"]))
          : { method },
      items,
      amount,
      currency: "JPY",
    },
    device: visit(rng, m.setup, m.setup.browser.bot ? "bot" : rng.chance(0.5) ? "autofill" : "human", rng.chance(0.3)),
    truth,
  };
}

export function resaleRing(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const ringId = ctx.newId("ring");
  const leader = pickName(rng);
  const base = newHome(rng, pickPlace(rng), rng.chance(0.7));
  const size = rng.int(3, 7);
  const devices = ringDevices(ctx, rng, size);
  const sharedCard = newCard(rng);
  const ringIp = newIp(rng, "home");
  const mailbox = newEmail(rng, leader.surname.kana, leader.given.kana, "gmail");
  const members: Member[] = devices.map((setup, i) => {
    const name =
      i === 0
        ? leader
        : rng.weighted([
            [pickName(rng, leader.surname), 35],
            [disguise(rng, leader), 25],
            [pickName(rng, pickSurname(rng)), 40],
          ] as const);
    const where = rng.weighted([
      ["same", 50],
      ["building", 25],
      ["nearby", 25],
    ] as const);
    const home =
      where === "nearby" ? newHome(rng, pickNearbyPlace(rng, base.place)) : neighbour(rng, base, where === "same");
    return {
      name,
      ip: where === "same" || (where === "building" && rng.chance(0.5)) ? ringIp : newIp(rng, "home"),
      accountId: ctx.newId("C"),
      createdAt: ctx.start + rng.int(-200, ctx.days / 2) * DAY,
      email: rng.chance(0.3)
        ? aliasEmail(rng, mailbox)
        : newEmail(rng, name.surname.kana, name.given.kana, rng.pick(["gmail", "yahoo", "webmail"] as const)),
      phone: rng.chance(0.3) ? newPhone(rng, "ip") : newPhone(rng, "mobile"),
      home,
      card: rng.chance(0.2) ? sharedCard : newCard(rng),
      setup,
    };
  });
  const drafts: Draft[] = [];
  const personIds = members.map((_, i) => (i === 0 || rng.chance(0.5) ? `${ringId}-leader` : ctx.newId("p")));
  const drops = rng.sample(dropTimes(ctx.start, ctx.days), rng.int(1, 3));
  for (const drop of drops) {
    for (const [i, m] of members.entries()) {
      if (!rng.chance(0.85)) continue;
      const at = drop.at + rng.int(0, m.setup.browser.bot ? 3 : 25) * 60_000 + rng.int(0, 59_999);
      const item = hotItem(rng, drop.categories);
      const quantity = item.category === "trading_cards" ? rng.int(2, 5) : 1;
      const truth: Truth = { kind: "resale_ring", personId: personIds[i] ?? ringId, ringId, fraud: true };
      drafts.push(memberOrder(rng, m, at, truth, [{ item, quantity }], rng.chance(0.7) ? m.ip : mobileIp(rng)));
    }
  }
  // Between drops, members restock on sneakers and cards like any shopper.
  for (let k = rng.int(0, size); k > 0; k--) {
    const i = rng.int(0, members.length - 1);
    const m = members[i] as Member;
    const at = shoppingTime(rng, ctx.start, rng.int(0, ctx.days - 1));
    const truth: Truth = { kind: "resale_ring", personId: personIds[i] ?? ringId, ringId, fraud: true };
    drafts.push(
      memberOrder(
        rng,
        m,
        at,
        truth,
        [{ item: hotItem(rng, ["sneakers", "trading_cards"]), quantity: rng.int(1, 3) }],
        m.ip,
      ),
    );
  }
  for (const d of drafts) if (rng.chance(0.35)) d.label = { afterMs: rng.int(3, 20) * DAY, label: "resale" };
  return drafts;
}

/** One taker in three, decided from the mailbox. */
const posesAsFamily = (mailbox: string) => textHash(mailbox, 37, 11) % 3 === 0;

/**
 * One other taker in four opens the first account on their own phone's carrier mailbox, as an honest
 * customer who signed up before a carrier change did (legit-groups.ts, changesCarrier): the next
 * account on a free mailbox then looks like that customer's sign-up again.
 */
const startsOnCarrierMail = (mailbox: string) => textHash(mailbox, 41, 13) % 4 === 0;

/** One person, one phone, many accounts: new-member coupons collected again and again. */
export function multiAccount(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const personId = ctx.newId("p");
  const name = pickName(rng);
  const home = newHome(rng, pickPlace(rng));
  const hw = newHardware(rng, rng.pick(["iphone", "android", "windows"]));
  const setup: DeviceSetup = { profileKey: ctx.newId("prof"), hardware: hw, browser: browserOn(rng, hw) };
  const mailbox = newEmail(rng, name.surname.kana, name.given.kana, rng.pick(["gmail", "yahoo"] as const));
  const phone = newPhone(rng, "mobile");
  const card = newCard(rng);
  const ip = newIp(rng, "home");
  const habit = newWriting(rng, name, newPhoneStyle(rng));
  // One taker in three poses as a family, as the honest families sharing a mailbox look
  // (legit-groups.ts): each new account under a relative's name and its own tag of the one mailbox.
  // Decided and named on a stream of its own, so the other takers stay as they were.
  const posing = posesAsFamily(mailbox) ? rng.fork(mailbox) : null;
  const drafts: Draft[] = [];
  let day = rng.int(0, ctx.days / 3);
  for (let i = rng.int(3, 8), n = 0; i > 0 && day < ctx.days; i--, n++, day += rng.int(1, 8)) {
    const at = shoppingTime(rng, ctx.start, day);
    const m: Member = {
      name: rng.chance(0.3) ? disguise(rng, name) : name,
      ip,
      accountId: ctx.newId("C"),
      createdAt: at - rng.int(1, 10) * 60_000,
      email: rng.chance(0.6) ? aliasEmail(rng, mailbox) : newEmail(rng, name.surname.kana, name.given.kana),
      phone,
      home,
      card,
      setup,
    };
    if (posing && n > 0)
      Object.assign(m, { name: pickName(posing, name.surname), email: mailboxTag(mailbox, `m${n}`) });
    if (posing && n === 0) m.email = mailbox;
    if (!posing && n === 0 && startsOnCarrierMail(mailbox))
      m.email = newEmail(rng.fork(`carrier mail of ${mailbox}`), name.surname.kana, name.given.kana, "carrier");
    const lines = rng.sample(EVERYDAY, rng.int(1, 2)).map((item) => ({ item, quantity: 1 }));
    const kind = posing ? "posing_family" : "multi_account";
    const truth: Truth = { kind, personId, ringId: `${personId}-accounts`, fraud: true };
    const d = memberOrder(rng, m, at, truth, lines, ip, rng.chance(0.5) ? habit : undefined);
    if (rng.chance(0.3)) d.label = { afterMs: rng.int(5, 15) * DAY, label: "fraud" };
    drafts.push(d);
  }
  return drafts;
}
