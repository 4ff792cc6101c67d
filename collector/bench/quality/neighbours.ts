import { newIp } from "./catalog.js";
import { type Ctx, newCustomer } from "./customer.js";
import { newBuilding, newHome, pickPlace } from "./jp-addresses.js";
import { pickName, pickSurname } from "./jp-names.js";
import { ordersOf } from "./legit-groups.js";
import type { Draft } from "./persona.js";

// Honest neighbours: three to eight households in one apartment building, each in its own room
// under its own surname, with their own phones and habits. What they share is what a building
// shares: the street address up to the 号, the building's name, often the building's own
// broadband (マンション一括インターネット gives every flat one public IP), and now and then the
// same best-selling phone. A scorer that links on the building instead of the room sees one
// household of many names, or a ring.

export function neighbours(ctx: Ctx): Draft[] {
  const { rng } = ctx;
  const place = pickPlace(rng);
  const building = newBuilding(rng, place);
  building.floors = Math.max(building.floors, 3);
  const base = newHome(rng, place, true);
  base.building = building;
  const sharedIp = rng.chance(0.45) ? newIp(rng, "home") : null;
  const households = rng.int(3, 8);
  const rooms = new Set<number>();
  const drafts: Draft[] = [];
  const surnames = new Set<string>();
  while (rooms.size < households) {
    const room = rng.int(1, building.floors) * 100 + rng.int(1, 8);
    if (rooms.has(room)) continue;
    rooms.add(room);
    let surname = pickSurname(rng);
    // Neighbours with one surname happen (佐藤 and 鈴木 are everywhere), but each door is its own family.
    for (let tries = 0; surnames.has(surname.kanji) && tries < 5; tries++) surname = pickSurname(rng);
    surnames.add(surname.kanji);
    const c = newCustomer(ctx, rng, {
      name: pickName(rng, surname),
      home: { ...base, room },
      ...(sharedIp && { homeIp: sharedIp }),
    });
    drafts.push(...ordersOf(ctx, c, rng.int(1, 3), "neighbour"));
  }
  return drafts;
}
