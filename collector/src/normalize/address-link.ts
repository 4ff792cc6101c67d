import type { NormalizedAddress } from "./address.js";

/**
 * The unit key when it may join orders on its own (a strong link): the address names a town or
 * better, has a block, and no part of its unit was guessed. Otherwise null: the orders can still
 * meet through the household, a weak link. Scoring's shippingAddress identifier follows this rule.
 */
export function getLinkableUnitKey(address: NormalizedAddress): string | null {
  return address.level >= 2 && address.block && address.unitConfident ? address.unitKey : null;
}

/** Whether two normalised addresses are one door by their unit keys alone. */
export function isStrongLink(a: NormalizedAddress, b: NormalizedAddress): boolean {
  const key = getLinkableUnitKey(a);
  return key !== null && key === getLinkableUnitKey(b);
}
