import { everydayBasket, hotItem, newIp } from "./catalog.js";
import { newPhone } from "./contact.js";
import { type Ctx, type Customer, customerOrder, hardwareKind, newCustomer, setupOn } from "./customer.js";
import { visit } from "./device-visit.js";
import { newHardware } from "./devices.js";
import { dropHome, fraudDevice } from "./fraud-card.js";
import { newHome, pickPlace } from "./jp-addresses.js";
import { pickName, pickSurname } from "./jp-names.js";
import { cardPayment, DAY, type Draft, HOUR, isoJst, itemsOf, newWriting, party, shoppingTime } from "./persona.js";
import type { Rng } from "./prng.js";

// Account takeover and its honest twin. Both are long-time customers whose order breaks with their
// habits once: the takeover because a stranger logged in with a phished password (a new device on
// a hosting network, a connection abroad or a residential proxy in Japan, more often at night than
// not, shipping resale goods to a drop under another name and phone, paid with the owner's stored
// card); the twin because the owner sends a present to their parents or a friend (their own
// device, from home or now and then from a trip abroad, shopping hours, another name at another
// address, usually everyday goods).

/** An account years old, and the owner's ordinary orders in the stream before `until` (a day index). */
function regular(ctx: Ctx, rng: Rng, until: number): { owner: Customer & { accountId: string }; history: Draft[] } {
  const owner = newCustomer(ctx, rng, {
    accountId: ctx.newId("C"),
    accountCreatedAt: ctx.start - rng.int(200, 2500) * DAY,
  });
  const count = rng.int(1, 4);
  const times = Array.from({ length: count }, () => shoppingTime(rng, ctx.start, rng.int(0, Math.max(0, until - 1))));
  times.sort((a, b) => a - b);
  // Web orders only: the history a scorer can compare the devices of.
  return {
    owner: owner as Customer & { accountId: string },
    history: times.map((at) => customerOrder(ctx, rng, owner, at, { kind: "legit", offlineShare: 0 })),
  };
}

export function accountTakeover(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const day = rng.int(Math.floor(ctx.days / 3), ctx.days - 1);
  const { owner, history } = regular(ctx, rng, day);
  const fraudsterId = ctx.newId("p");
  const setup = fraudDevice(ctx, rng);
  const drop = dropHome(rng);
  const ip = newIp(
    rng,
    rng.weighted([
      ["datacentre", 45],
      ["abroad", 20],
      ["home", 35],
    ] as const),
  );
  const takeovers: Draft[] = [];
  // A stranger in the account drains it quickly: one order, sometimes a second within hours.
  const count = rng.chance(0.3) ? 2 : 1;
  // Night in Japan more often than not (when owners sleep), else any waking hour.
  const hour = rng.chance(0.55) ? rng.int(0, 5) : rng.int(9, 21);
  const first = ctx.start + day * DAY + hour * HOUR + rng.int(0, HOUR - 1);
  for (let i = 0; i < count; i++) {
    const at = first + i * rng.int(1, 5) * HOUR;
    const mule = pickName(rng);
    const shipping = party(rng, newWriting(rng, mule, owner.writing.phoneStyle), drop.home, newPhone(rng, "mobile"));
    shipping.address = `${shipping.address}${drop.suffix}`;
    const lines = [
      { item: hotItem(rng, ["smartphone", "game_console", "gift_card", "camera"]), quantity: rng.int(1, 2) },
    ];
    const { items, amount } = itemsOf(lines);
    const threeDs = rng.weighted([
      ["attempted", 35],
      ["none", 30],
      ["authenticated", 20],
      ["failed", 15],
    ] as const);
    takeovers.push({
      at,
      request: {
        createdAt: isoJst(at),
        ip: rng.chance(0.8) ? ip : newIp(rng, "datacentre"),
        customer: {
          id: owner.accountId,
          email: owner.email,
          createdAt: new Date(owner.accountCreatedAt).toISOString(),
        },
        // The account's saved billing details: the owner's name, home and phone.
        billing: { ...party(rng, owner.writing, owner.home, owner.phone), email: owner.email },
        shipping,
        payment: cardPayment(owner.card, owner.holder, threeDs),
        items,
        amount,
        currency: "JPY",
      },
      device: visit(rng, setup, rng.chance(0.6) ? "paster" : "human", rng.chance(0.5)),
      truth: { kind: "account_takeover", personId: fraudsterId, fraud: true },
      ...(rng.chance(0.8) && {
        label: rng.chance(0.7)
          ? { afterMs: rng.int(20, 60) * DAY, label: "chargeback" as const }
          : { afterMs: rng.int(1, 7) * DAY, label: "fraud" as const },
      }),
    });
  }
  // The owner keeps shopping from their own device and home, days or weeks later, often after the
  // merchant labelled the stranger's orders: those labels must not fall on the owner.
  const after: Draft[] = [];
  if (rng.chance(0.6)) {
    for (let k = rng.int(1, 2); k > 0; k--) {
      const at = shoppingTime(rng, ctx.start, day + rng.int(2, 30));
      after.push(customerOrder(ctx, rng, owner, at, { kind: "takeover_victim", offlineShare: 0 }));
    }
  }
  return [...history.filter((d) => d.at < first), ...takeovers, ...after];
}

/** A long-time customer's present, once: to their parents (same surname) or a friend, far from home. */
export function regularGift(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const day = rng.int(Math.floor(ctx.days / 3), ctx.days - 1);
  const { owner, history } = regular(ctx, rng, day);
  const at = shoppingTime(rng, ctx.start, day);
  const gift = customerOrder(ctx, rng, owner, at, {
    kind: "regular_gift",
    offlineShare: 0,
    lines: rng.chance(0.15)
      ? [{ item: hotItem(rng, ["game_console", "smartphone"]), quantity: 1 }]
      : everydayBasket(rng),
  });
  // A new phone of their own now and then: the gift is its first order.
  if (rng.chance(0.1)) {
    gift.device = visit(rng, setupOn(rng, ctx, newHardware(rng, hardwareKind(rng))), "human");
  }
  // Now and then sent from a trip abroad, from the hotel's or a local carrier's network.
  if (rng.chance(0.1)) gift.request.ip = newIp(rng, "abroad");
  const parents = rng.chance(0.6);
  const name = parents ? pickName(rng, owner.name.surname) : pickName(rng, pickSurname(rng));
  const home = newHome(rng, pickPlace(rng));
  gift.request.shipping = party(rng, newWriting(rng, name, owner.writing.phoneStyle), home, newPhone(rng, "mobile"));
  return [...history.filter((d) => d.at < at), gift];
}
