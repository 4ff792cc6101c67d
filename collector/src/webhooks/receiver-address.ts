import ipaddr from "ipaddr.js";

// A webhook URL is chosen by whoever holds a site's secret key. Left unchecked it would let them
// make this server call what only it can reach: the database, a cloud's metadata service
// (169.254.169.254), an admin page on localhost. Only public unicast addresses are called unless
// the operator allows private ones (SHINSA_WEBHOOK_ALLOW_PRIVATE, for receivers inside their
// network). ipaddr.js keeps the list of special ranges (RFC 6890 and later), for both families.

/** Why the address may not be called, or null when it may. */
export function refusedAddress(address: string): string | null {
  if (!ipaddr.isValid(address)) return `${address} is not an IP address`;
  const range = ipaddr.process(address).range();
  return range === "unicast" ? null : `${address} is a ${range} address`;
}

/** For a URL's host as written: refused when it is a literal private address or a loopback name. */
export function refusedHost(hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, "");
  if (/^localhost\.?$/i.test(host) || /\.localhost\.?$/i.test(host)) return `${host} is this machine`;
  return ipaddr.isValid(host) ? refusedAddress(host) : null;
}
