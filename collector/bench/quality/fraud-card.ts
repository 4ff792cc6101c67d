import { type Card, EVERYDAY, HOT, hotItem, newCard, newIp } from "./catalog.js";
import { newEmail, newPhone, newPhoneStyle } from "./contact.js";
import type { Ctx } from "./customer.js";
import { visit } from "./device-visit.js";
import { browserOn, type DeviceSetup, newHardware } from "./devices.js";
import { type Home, newHome, pickPlace, placeByCode } from "./jp-addresses.js";
import { pickName } from "./jp-names.js";
import {
  cardPayment,
  DAY,
  type Draft,
  isoJst,
  itemsOf,
  newWriting,
  type Party,
  party,
  shoppingTime,
} from "./persona.js";
import { createRng, type Rng } from "./prng.js";

// Card testers and fraudsters with stolen card data, and 後払い fraud that never pays.

// Forwarders (転送業者) give each customer a code at one warehouse; the code rides in the address.
const FORWARDER_PLACES = ["5500022", "2720002", "1400002"] as const; // 大阪市西区本田, 市川市二俣新町, 品川区東品川

export function fraudDevice(ctx: Ctx, rng: Rng): DeviceSetup {
  const style = rng.weighted([
    ["overseas", 40],
    ["antidetect", 40],
    ["domestic", 20],
  ] as const);
  if (style === "domestic") {
    const hw = newHardware(rng, rng.pick(["iphone", "android"]));
    return { profileKey: ctx.newId("prof"), hardware: hw, browser: browserOn(rng, hw) };
  }
  const hw = newHardware(rng, "windows");
  const overseas = style === "overseas";
  const browser = browserOn(rng, hw, {
    languages: overseas
      ? rng.pick([
          ["zh-CN", "zh"],
          ["en-US", "en"],
          ["vi-VN", "vi"],
        ])
      : ["ja-JP", "ja"],
    timezone: overseas
      ? rng.pick([
          { name: "Asia/Shanghai", offset: -480 },
          { name: "Asia/Ho_Chi_Minh", offset: -420 },
        ])
      : { name: "Asia/Tokyo", offset: -540 },
    antiDetect: !overseas,
  });
  return { profileKey: ctx.newId("prof"), hardware: hw, browser };
}

export function dropHome(rng: Rng): { home: Home; suffix: string } {
  const kind = rng.weighted([
    ["mule", 60],
    ["forwarder", 20],
    ["pickup", 20],
  ] as const);
  if (kind === "forwarder") {
    // One fixed warehouse per forwarder: unrelated buyers all ship to the same door.
    const code = rng.pick(FORWARDER_PLACES);
    const home = newHome(createRng(Number(code)), placeByCode(code), true);
    return { home, suffix: ` ${rng.pick(["LYF", "SPX", "JPF", "TNK"])}${rng.int(100000, 9999999)}` };
  }
  const home = newHome(rng, pickPlace(rng), kind === "mule");
  return { home, suffix: kind === "pickup" ? rng.pick([" 郵便局留め", " 局留", " ヤマト運輸営業所止め"]) : "" };
}

export function stolenCardFraudster(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const personId = ctx.newId("p");
  const setup = fraudDevice(ctx, rng);
  const drop = dropHome(rng);
  const mule = pickName(rng);
  const first = rng.int(0, ctx.days - 3);
  const drafts: Draft[] = [];
  const count = rng.weighted([
    [1, 35],
    [2, 25],
    [rng.int(3, 4), 25],
    [rng.int(5, 8), 15],
  ] as const);
  const proxyIp = newIp(rng, rng.chance(0.6) ? "datacentre" : "home");
  for (let i = 0; i < count; i++) {
    const at = shoppingTime(rng, ctx.start, Math.min(ctx.days - 1, first + rng.int(0, 6)), true);
    // The victim: real-looking name and address (billing), a card in their name.
    const victim = pickName(rng);
    const victimHome = newHome(rng, pickPlace(rng));
    const card: Card = newCard(rng);
    const writing = newWriting(rng, victim, newPhoneStyle(rng));
    const phone = newPhone(rng, rng.chance(0.35) ? "ip" : "mobile");
    const billing: Party = party(rng, writing, victimHome, phone);
    const shipName = rng.chance(0.5) ? victim : mule;
    const shipWriting = newWriting(rng, shipName, writing.phoneStyle);
    const shipping = party(rng, shipWriting, drop.home, phone);
    shipping.address = `${shipping.address}${drop.suffix}`;
    const email = newEmail(
      rng,
      rng.chance(0.5) ? victim.surname.kana : mule.surname.kana,
      victim.given.kana,
      rng.chance(0.2) ? "disposable" : rng.pick(["gmail", "webmail"] as const),
    );
    const lines = [
      {
        item: hotItem(rng, ["smartphone", "game_console", "camera", "gift_card", "electronics"]),
        quantity: rng.chance(0.2) ? 2 : 1,
      },
    ];
    const { items, amount } = itemsOf(lines);
    const threeDs = rng.weighted([
      ["authenticated", 30],
      ["attempted", 30],
      ["none", 30],
      ["failed", 10],
    ] as const);
    const label = rng.chance(0.75)
      ? { afterMs: rng.int(20, 75) * DAY, label: "chargeback" as const }
      : rng.chance(0.4)
        ? { afterMs: rng.int(1, 5) * DAY, label: "fraud" as const }
        : undefined;
    const guest = rng.chance(0.4);
    drafts.push({
      at,
      request: {
        createdAt: isoJst(at),
        ip: rng.chance(0.7) ? proxyIp : newIp(rng, "datacentre"),
        customer: {
          ...(!guest && { id: ctx.newId("C"), createdAt: new Date(at - rng.int(1, 20) * 60_000).toISOString() }),
          email,
        },
        billing: { ...billing, email },
        shipping,
        payment: cardPayment(card, rng.chance(0.6) ? victim : pickName(rng), threeDs),
        items,
        amount,
        currency: "JPY",
      },
      device: visit(rng, setup, rng.chance(0.7) ? "paster" : "human", rng.chance(0.6)),
      truth: { kind: "stolen_card", personId, fraud: true },
      ...(label && { label }),
    });
  }
  return drafts;
}

/** 後払い fraud: made-up names, IP phones, throwaway mail, many orders to one door, never paid. */
export function deferredFraudster(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const personId = ctx.newId("p");
  const ringId = ctx.newId("dfr");
  const hw = newHardware(rng, rng.pick(["android", "iphone", "windows"]));
  const setup: DeviceSetup = { profileKey: ctx.newId("prof"), hardware: hw, browser: browserOn(rng, hw) };
  const door = newHome(rng, pickPlace(rng), rng.chance(0.7));
  const ip = newIp(rng, rng.chance(0.3) ? "datacentre" : "mobile");
  const first = rng.int(0, ctx.days - 10);
  const drafts: Draft[] = [];
  for (let i = rng.int(3, 10); i > 0; i--) {
    const at = shoppingTime(rng, ctx.start, Math.min(ctx.days - 1, first + rng.int(0, 20)));
    const name = pickName(rng);
    const writing = newWriting(rng, name, newPhoneStyle(rng));
    const phone = newPhone(rng, rng.chance(0.6) ? "ip" : "mobile");
    const billing = party(rng, writing, door, phone, true);
    const email = newEmail(rng, name.surname.kana, name.given.kana, rng.chance(0.6) ? "disposable" : "gmail");
    const lines = rng.chance(0.4)
      ? [{ item: rng.pick(HOT.filter((x) => x.unitPrice < 55_000)), quantity: 1 }]
      : rng.sample(EVERYDAY, rng.int(1, 3)).map((item) => ({ item, quantity: rng.int(1, 3) }));
    const { items, amount } = itemsOf(lines);
    drafts.push({
      at,
      request: {
        createdAt: isoJst(at),
        ip,
        customer: { id: ctx.newId("C"), email, createdAt: new Date(at - rng.int(1, 30) * 60_000).toISOString() },
        billing: { ...billing, email },
        shipping: billing,
        payment: { method: "deferred" },
        items,
        amount,
        currency: "JPY",
      },
      device: visit(rng, setup, rng.chance(0.5) ? "paster" : "human", rng.chance(0.5)),
      truth: { kind: "deferred_fraud", personId, ringId, fraud: true },
      ...(rng.chance(0.85) && { label: { afterMs: rng.int(25, 40) * DAY, label: "fraud" as const } }),
    });
  }
  return drafts;
}
