import { shippedNetworkList } from "./shipped-network-list.js";

// The hosting, cloud and VPN networks Shinsa ships with (data/hosting-networks.txt: X4BNet's
// list less Apple's Private Relay; see that file's header and docs/scoring.md).
const networks = shippedNetworkList("hosting-networks.txt");

/** The shipped hosting network that holds the address, as listed; null for any other address. */
export function hostingNetworkOf(ip: string | null | undefined): string | null {
  return ip ? networks().find(ip) : null;
}
