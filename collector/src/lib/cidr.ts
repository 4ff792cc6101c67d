import { isIP } from "node:net";

// CIDR ranges of IPv4 and IPv6, compared as BigInts: one code path for both families.

export interface Cidr {
  family: 4 | 6;
  network: bigint;
  bits: number;
}

/** An address as a number of its family's width; an IPv4 address mapped into IPv6 reads as IPv4. */
export function addressValue(ip: string): { family: 4 | 6; value: bigint } | null {
  const mapped = ip.startsWith("::ffff:") && ip.includes(".");
  return toBigInt(mapped ? ip.slice(7) : ip);
}

function toBigInt(ip: string): { family: 4 | 6; value: bigint } | null {
  const family = isIP(ip);
  if (family === 4) {
    return { family, value: ip.split(".").reduce((acc, part) => (acc << 8n) + BigInt(Number(part)), 0n) };
  }
  if (family === 6) {
    // Expand "::" and an embedded IPv4 tail into eight 16-bit groups.
    let text = ip.toLowerCase();
    const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
    if (v4) {
      const n = toBigInt(v4)?.value ?? 0n;
      text = text.replace(v4, `${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`);
    }
    const [head = "", tail] = text.split("::");
    const left = head ? head.split(":") : [];
    const right = tail !== undefined && tail !== "" ? tail.split(":") : [];
    const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
    return { family, value: groups.reduce((acc, g) => (acc << 16n) + BigInt(Number.parseInt(g || "0", 16)), 0n) };
  }
  return null;
}

export function parseCidr(text: string): Cidr | null {
  const [address = "", prefix] = text.trim().split("/");
  const parsed = toBigInt(address);
  if (!parsed) return null;
  const width = parsed.family === 4 ? 32 : 128;
  const bits = prefix === undefined ? width : Number(prefix);
  if (!Number.isInteger(bits) || bits < 0 || bits > width) return null;
  const shift = BigInt(width - bits);
  return { family: parsed.family, network: (parsed.value >> shift) << shift, bits };
}

/** The range's last address, as the same number its network is. */
export function lastAddress(cidr: Cidr): bigint {
  const width = BigInt(cidr.family === 4 ? 32 : 128);
  return cidr.network + (1n << (width - BigInt(cidr.bits))) - 1n;
}

export function cidrContains(cidr: Cidr, ip: string): boolean {
  // An IPv4 peer on a dual-stack socket shows as ::ffff:a.b.c.d; an IPv4 range still holds it.
  const mapped = cidr.family === 4 && ip.startsWith("::ffff:") && ip.includes(".");
  const parsed = toBigInt(mapped ? ip.slice(7) : ip);
  if (!parsed || parsed.family !== cidr.family) return false;
  const shift = BigInt((cidr.family === 4 ? 32 : 128) - cidr.bits);
  return (parsed.value >> shift) << shift === cidr.network;
}
