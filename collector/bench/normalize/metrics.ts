import type { AddressPair, AddressSide, NamePair } from "./pairs.js";

/** What the bench asks of a normaliser: its link keys for one address, its key for one name. */
export interface Linker {
  /** The household key, or null when the address does not name a place. */
  household(side: AddressSide): string | null;
  /** The key that links two orders strongly (scoring's shippingAddress), or null when it would not link. */
  strongUnit(side: AddressSide): string | null;
  nameKey(name: string): string;
}

export type Measure = "sameHousehold" | "sameUnit" | "apartHousehold" | "apartUnit" | "sameName";

export interface Tally {
  hit: number;
  total: number;
}

/** Per measure, per class ("all" plus each tag of the pairs): how many pairs came out right. */
export type Figures = Record<Measure, Map<string, Tally>>;

const linked = (x: string | null, y: string | null) => x !== null && x === y;

function count(figures: Figures, measure: Measure, classes: string[], right: boolean): void {
  for (const name of ["all", ...classes]) {
    const tally = figures[measure].get(name) ?? { hit: 0, total: 0 };
    tally.total++;
    if (right) tally.hit++;
    figures[measure].set(name, tally);
  }
}

/**
 * Same pairs are right when they link, different pairs when they do not. "Apart" counts a pair of
 * two doors as right unless the keys join them: at household level any shared household key, at
 * unit level a shared strong key, the link that makes strangers one customer.
 */
export function measure(linker: Linker, addresses: AddressPair[], names: NamePair[]): Figures {
  const figures: Figures = {
    sameHousehold: new Map(),
    sameUnit: new Map(),
    apartHousehold: new Map(),
    apartUnit: new Map(),
    sameName: new Map(),
  };
  for (const pair of addresses) {
    const key = pair.level === "household" ? linker.household : linker.strongUnit;
    const joined = linked(key(pair.a), key(pair.b));
    const which: Measure =
      pair.level === "household"
        ? pair.same
          ? "sameHousehold"
          : "apartHousehold"
        : pair.same
          ? "sameUnit"
          : "apartUnit";
    count(figures, which, pair.tags, pair.same ? joined : !joined);
  }
  for (const pair of names) {
    const joined = linker.nameKey(pair.a) === linker.nameKey(pair.b);
    count(
      figures,
      "sameName",
      pair.category ? [pair.category.split(" ")[1] ?? pair.category] : [],
      pair.same ? joined : !joined,
    );
  }
  return figures;
}

export const percent = (t: Tally | undefined) => (t?.total ? `${((100 * t.hit) / t.total).toFixed(1)} %` : "–");
