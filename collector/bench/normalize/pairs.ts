import { readFileSync } from "node:fs";

/** One side of an address pair as the data set writes it. */
export interface AddressSide {
  address: string;
  postalCode?: string;
  building?: string;
}

export interface AddressPair {
  id: string;
  source: string;
  /** household: same dwelling up to the building; unit: same room. */
  level: "household" | "unit";
  same: boolean;
  a: AddressSide;
  b: AddressSide;
  tags: string[];
}

export interface NamePair {
  id: string;
  source: string;
  same: boolean;
  a: string;
  b: string;
  category: string | null;
}

export interface PairSet {
  sources: Record<string, { repo?: string; commit?: string; license?: string }>;
  addressPairs: AddressPair[];
  namePairs: NamePair[];
}

/** Reads jp-variant-pairs.json (see shared/data/README.md): public pairs we did not write, for measuring only. */
export function readPairs(path: string): PairSet {
  return JSON.parse(readFileSync(path, "utf8")) as PairSet;
}
