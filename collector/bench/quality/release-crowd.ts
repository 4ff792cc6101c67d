import { dropTimes, hotItem } from "./catalog.js";
import { type Ctx, customerOrder, newCustomer } from "./customer.js";
import { newHome, pickPlace } from "./jp-addresses.js";
import { ownGivenName } from "./legit-groups.js";
import type { Draft } from "./persona.js";

// The honest twin of a ring's launch-day burst into one city: a release's crowd. Twelve to thirty
// fans, strangers to each other, buy one drop within its first half hour, each their own customer
// with a few ordinary orders besides. Half of them live in Tokyo, where hype and buyers gather, more
// than the shop's everyday buyers do: so a ward gets two or three of them now and then, by chance
// alone. Crowds may fall on the same drop and add up to a release of fifty.
//
// One fan in eight brings a relative: a brother or a daughter of the same surname, in the same city
// but behind another door, with their own account, who buys the release too. Two of one surname at
// a drop is a family that both wanted it, the honest twin of a ring of relatives' accounts. The
// relative is named as a family names its members (legit-groups.ts, ownGivenName): not like the
// fan. Whether a fan has one is drawn on a stream of its own, so the crowds stay as they were.

const TOKYO = 13;

export function releaseCrowd(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const drop = rng.pick(dropTimes(ctx.start, ctx.days));
  const drafts: Draft[] = [];
  for (let fans = rng.int(12, 30); fans > 0; fans--) {
    const place = rng.chance(0.5) ? pickPlace(rng, TOKYO) : pickPlace(rng);
    const c = newCustomer(ctx, rng, { home: newHome(rng, place) });
    const at = drop.at + rng.int(0, 29) * 60_000 + rng.int(0, 59_999);
    // Forked by the fan, whose person id is the stream's only: two crowds on one drop must not
    // draw the same relatives.
    const kin = rng.fork(`relative of ${c.personId}`);
    if (kin.chance(1 / 8)) {
      const name = ownGivenName(kin, c.name.surname, [c]);
      const relative = newCustomer(ctx, kin, { home: newHome(kin, place), name });
      const lines = [{ item: hotItem(kin, drop.categories), quantity: 1 }];
      const when = drop.at + kin.int(0, 29) * 60_000 + kin.int(0, 59_999);
      drafts.push(customerOrder(ctx, kin, relative, when, { kind: "release_crowd", lines, offlineShare: 0 }));
    }
    const visits = [
      { at, lines: [{ item: hotItem(rng, drop.categories), quantity: 1 }] },
      ...Array.from({ length: rng.int(0, 1) }, () => ({
        at: drop.at + rng.int(-20, 20) * 86_400_000,
        lines: undefined,
      })),
    ].sort((a, b) => a.at - b.at);
    for (const v of visits) {
      drafts.push(
        customerOrder(ctx, rng, c, v.at, {
          kind: "release_crowd",
          ...(v.lines && { lines: v.lines, offlineShare: 0 }),
        }),
      );
    }
  }
  return drafts;
}
