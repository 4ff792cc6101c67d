import { dropTimes, hotItem } from "./catalog.js";
import { isCarrierMail, mailboxTag, newEmail, newPhone } from "./contact.js";
import type { OrderOptions } from "./customer.js";
import { type Ctx, type Customer, customerOrder, hardwareKind, newCustomer, setupOn } from "./customer.js";
import { type Hardware, iphone, newHardware } from "./devices.js";
import { newHome, pickPlace } from "./jp-addresses.js";
import { type JpName, type NamePart, pickName, pickSurname } from "./jp-names.js";
import { type Draft, shoppingTime, type Truth } from "./persona.js";
import { type Rng, textHash } from "./prng.js";

// The honest side of the stream, including the two traps: families at one address, and strangers
// whose phones are the same model, so that their browsers look the same.

export function ordersOf(ctx: Ctx, c: Customer, count: number, kind: Truth["kind"], offlineShare?: number): Draft[] {
  const { rng } = ctx;
  const visits: Array<{ at: number; opts: OrderOptions }> = [];
  for (let i = 0; i < count; i++) {
    const at = shoppingTime(rng, ctx.start, rng.int(0, ctx.days - 1));
    visits.push({ at, opts: { kind, ...(offlineShare !== undefined && { offlineShare }) } });
  }
  // Fans buy on launch day too, minutes after the drop, exactly like resellers do.
  if (rng.chance(0.08)) {
    const drop = rng.pick(dropTimes(ctx.start, ctx.days));
    const at = drop.at + rng.int(0, 90) * 60_000;
    visits.push({ at, opts: { kind, lines: [{ item: hotItem(rng, drop.categories), quantity: 1 }], offlineShare: 0 } });
  }
  // In time order, so an account opened at its first order is older than every later one.
  visits.sort((a, b) => a.at - b.at);
  return visits.map((v) => customerOrder(ctx, rng, c, v.at, v.opts));
}

const repeatCount = (ctx: Ctx) =>
  ctx.rng.weighted([
    [1, 55],
    [2, 20],
    [ctx.rng.int(3, 5), 18],
    [ctx.rng.int(6, 10), 7],
  ] as const);

export function legitCustomer(ctx: Ctx): Draft[] {
  const c = newCustomer(ctx, ctx.rng);
  return changesCarrier(ctx, c, ordersOf(ctx, c, repeatCount(ctx), "legit"));
}

/**
 * One customer in three with a carrier mailbox and more than one order changes carrier midway and
 * loses the mailbox (the number moves with them; the address does not). They sign up again at their
 * next order: a new account, a new mailbox, the same name, phone, card and door. The honest twin of
 * one person's accounts taken again and again for coupons. Drawn on a stream of the customer's own,
 * so every other order of the stream stays as it was.
 */
function changesCarrier(ctx: Ctx, c: Customer, drafts: Draft[]): Draft[] {
  if (!c.accountId || drafts.length < 2 || !isCarrierMail(c.email)) return drafts;
  const rng = ctx.rng.fork(`carrier change of ${c.personId}`);
  if (!rng.chance(1 / 3)) return drafts;
  const from = rng.int(1, drafts.length - 1);
  const first = drafts[from] as Draft;
  const email = newEmail(rng, c.name.surname.kana, c.name.given.kana, rng.pick(["gmail", "yahoo"] as const));
  const customer = {
    id: `${c.accountId}-2`,
    email,
    createdAt: new Date(first.at - rng.int(2, 30) * 60_000).toISOString(),
  };
  for (const d of drafts.slice(from)) {
    d.request.customer = customer;
    if (d.request.billing) d.request.billing = { ...d.request.billing, email };
    d.truth = { ...d.truth, kind: "carrier_switch" };
  }
  return drafts;
}

/** Two to four people of one household: one surname, one door, one router, their own phones and habits. */
export function family(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const surname = pickSurname(rng);
  const home = newHome(rng, pickPlace(rng));
  const first = newCustomer(ctx, rng, { name: pickName(rng, surname), home });
  const shared = rng.chance(0.25) ? setupOn(rng, ctx, newHardware(rng, rng.pick(["windows", "mac"]))) : null;
  const landline = rng.chance(0.2) ? first.phone : null;
  const sharedMailbox = sharesMailbox(first.email);
  const members = [first];
  for (let i = rng.int(1, 3); i > 0; i--) {
    const own = setupOn(rng, ctx, newHardware(rng, hardwareKind(rng)));
    const member = newCustomer(ctx, rng, {
      name: ownGivenName(rng, surname, members),
      home,
      homeIp: first.homeIp,
      devices: shared && rng.chance(0.5) ? [shared, own] : [own],
      ...(landline && { phone: landline }),
    });
    // A student or a parent paying with the family's main card: it carries its owner's name as
    // the owner's own orders show it (a foreign-born owner's, too), not another spelling.
    if (rng.chance(0.2)) Object.assign(member, { card: first.card, holder: first.holder });
    // The honest twin of an alias made for a second account: one family in ten on Gmail or Yahoo!
    // JAPAN shares the parent's mailbox, each member's account under its own tag. Decided from the
    // mailbox, not drawn, so that every other order of the stream stays as it was.
    if (sharedMailbox) member.email = mailboxTag(first.email, `m${members.length}`);
    members.push(member);
  }
  // The mailbox is the household's: no member's address is renumbered as a stranger's would be.
  const household = sharedMailbox ? { household: ctx.newId("h") } : {};
  return members.flatMap((m) =>
    ordersOf(ctx, m, rng.int(1, 4), "family").map((d) => ({ ...d, truth: { ...d.truth, ...household } })),
  );
}

/**
 * A relative's name, never a given name someone of the household already has, in writing or in
 * sound: a family register (戸籍) does not accept a child named like a parent or a sibling, and no
 * parent names two children to be called alike (麻衣 and 舞 are both まい). Two of one household
 * with one name are one person's accounts, not a family. Redrawn only on a clash, so that every
 * other family of the stream keeps its names.
 */
export function ownGivenName(rng: Rng, surname: NamePart, members: readonly { name: JpName }[]): JpName {
  const taken = (name: JpName) =>
    members.some((m) => m.name.given.kanji === name.given.kanji || m.name.given.kana === name.given.kana);
  let name = pickName(rng, surname);
  for (let tries = 0; tries < 10 && taken(name); tries++) name = pickName(rng, surname);
  return name;
}

// The exact configurations that many strangers share: best-selling iPhones on the current iOS, the
// best-selling Android in Japan, and a company's standard Windows laptop image.
const CORPORATE_PC: Hardware = {
  kind: "windows",
  model: "Intel(R) UHD Graphics 620 (0x00005917)",
  vendor: "Google Inc. (Intel)",
  renderer: "ANGLE (Intel, Intel(R) UHD Graphics 620 (0x00005917) Direct3D11 vs_5_0 ps_5_0, D3D11)",
  paramsHash: "gl-uhd620-drv2",
  audio: "au-win",
  fonts: ["Meiryo", "Yu Gothic", "MS Gothic", "MS Mincho", "Arial", "Segoe UI", "Calibri", "BIZ UDPGothic"],
  concurrency: 8,
  memory: 8,
  touch: 0,
  screen: [1920, 1080, 1],
};
const AQUOS: Hardware = {
  kind: "android",
  model: "SH-54D",
  vendor: "Google Inc. (Qualcomm)",
  renderer: "Adreno (TM) 710",
  paramsHash: "gl-SH-54D",
  audio: "au-Adreno (TM) 710",
  fonts: ["Noto Sans CJK JP", "Roboto", "Noto Serif CJK JP"],
  concurrency: 8,
  memory: 4,
  touch: 5,
  screen: [393, 873, 2.75],
};
const POPULAR: readonly (readonly [Hardware, number])[] = [
  [iphone("iPhone 15", 18), 35],
  [iphone("iPhone 16", 18), 25],
  [iphone("iPhone 14", 18), 15],
  [AQUOS, 15],
  [CORPORATE_PC, 10],
];

export function collisionCustomer(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const hw = rng.weighted(POPULAR);
  const c = newCustomer(ctx, rng, { devices: [setupOn(rng, ctx, hw, ["ja-JP", "ja"])] });
  // People at work order from the office network: many colleagues behind one address.
  if (hw === CORPORATE_PC) c.homeIp = `210.130.${rng.int(0, 1)}.10`;
  if (rng.chance(0.1)) c.phone = newPhone(rng, "mobile");
  return ordersOf(ctx, c, rng.int(1, 3), "device_collision", 0);
}

/** One family in ten on Gmail or Yahoo! JAPAN shares the parent's mailbox, decided from the mailbox. */
function sharesMailbox(email: string): boolean {
  const domain = email.split("@")[1];
  if (domain !== "gmail.com" && domain !== "yahoo.co.jp") return false;
  return textHash(email, 31, 7) % 10 === 0;
}
