import { addressValue } from "./cidr.js";
import { shippedNetworkList } from "./shipped-network-list.js";

// The networks registered to Japan (data/japan-networks.txt: the RIRs' delegations, through
// ipverse's export; see that file's header and docs/scoring.md). Registration, not location.
const networks = shippedNetworkList("japan-networks.txt");

/** Whether the address is in a network registered to Japan; null when there is no address, or it is not one. */
export function isJapaneseNetwork(ip: string | null | undefined): boolean | null {
  if (!ip || addressValue(ip) === null) return null;
  return networks().find(ip) !== null;
}
