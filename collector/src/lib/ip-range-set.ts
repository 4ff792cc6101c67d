import { addressValue, lastAddress, parseCidr } from "./cidr.js";

// Tens of thousands of ranges (a hosting-network list) asked about on every order: kept sorted and
// without nesting, so one binary search answers, instead of a walk of the list per order.

interface Span {
  start: bigint;
  end: bigint;
  text: string;
}

export interface IpRangeSet {
  /** The listed range holding the address, as it was listed; null when none does or it is no address. */
  find(ip: string): string | null;
  readonly size: number;
}

/** Drops ranges held inside another, so that the ranges left do not overlap. */
function disjoint(spans: Span[]): Span[] {
  spans.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end > b.end ? -1 : a.end < b.end ? 1 : 0));
  const kept: Span[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (last && span.start <= last.end) continue;
    kept.push(span);
  }
  return kept;
}

function search(spans: Span[], value: bigint): Span | null {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid] as Span;
    if (value < span.start) high = mid - 1;
    else if (value > span.end) low = mid + 1;
    else return span;
  }
  return null;
}

/** A set of CIDR ranges of both families; text that is not a range is skipped. */
export function ipRangeSet(ranges: Iterable<string>): IpRangeSet {
  const v4: Span[] = [];
  const v6: Span[] = [];
  for (const text of ranges) {
    const cidr = parseCidr(text);
    if (cidr) (cidr.family === 4 ? v4 : v6).push({ start: cidr.network, end: lastAddress(cidr), text: text.trim() });
  }
  const byFamily = { 4: disjoint(v4), 6: disjoint(v6) };
  return {
    size: byFamily[4].length + byFamily[6].length,
    find(ip) {
      const address = addressValue(ip);
      return address ? (search(byFamily[address.family], address.value)?.text ?? null) : null;
    },
  };
}
