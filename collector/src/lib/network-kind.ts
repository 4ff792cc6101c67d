import { hostingNetworkOf } from "./hosting-networks.js";
import { isJapaneseNetwork } from "./japan-networks.js";

/**
 * Where an address sits, as coarse as an account's habit needs: a hosting, cloud or VPN network
 * (the shipped hosting list), or else a network registered to Japan or abroad (the registries'
 * delegations). Null when there is no address.
 */
export type NetworkKind = "hosting" | "japan" | "abroad";

/** `hosting`: the address's hosting network when the caller has looked it up already (scoring has). */
export function networkKindOf(
  ip: string | null | undefined,
  hosting: string | null = hostingNetworkOf(ip),
): NetworkKind | null {
  if (!ip) return null;
  if (hosting !== null) return "hosting";
  const japan = isJapaneseNetwork(ip);
  return japan === null ? null : japan ? "japan" : "abroad";
}
