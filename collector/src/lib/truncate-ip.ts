import ipaddr from "ipaddr.js";

// An IP address cut to its network: IPv4 to /24 (the last octet zeroed), IPv6 to /48 (a site's
// prefix). What stays still tells a cloud range from a home, a country from another and one
// provider's block from the next; what goes is the one subscriber. These are the prefixes analytics
// tools commonly anonymise to, and a data-protection authority's usual example of "truncated".
// An IPv4 address written as IPv6 (::ffff:a.b.c.d) is cut as the IPv4 address it is.

export function truncateIp(ip: string): string {
  if (!ipaddr.isValid(ip)) return ip;
  const address = ipaddr.process(ip);
  if (address.kind() === "ipv4") {
    const [a, b, c] = address.toByteArray();
    return `${a}.${b}.${c}.0`;
  }
  const parts = (address as ipaddr.IPv6).parts.map((part, i) => (i < 3 ? part : 0));
  return new ipaddr.IPv6(parts).toString();
}

/** The address as a site keeps it: cut to its network with the site's `truncateIp`, else whole. */
export function keptIp<T extends string | null | undefined>(ip: T, truncate: boolean | undefined): T {
  return (ip && truncate ? truncateIp(ip) : ip) as T;
}
