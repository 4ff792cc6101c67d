/**
 * Where to draw a ring: accounts on the left, orders in the middle (oldest at the top),
 * identifiers they share on the right. Each account and identifier sits at the mean height of
 * its orders, so edges run mostly level and a glance shows who shares what; then each column is
 * pushed apart so no two nodes overlap. An identifier shared by many orders (a hub: the one
 * address or card of the ring) gets more room and a bigger node, so its fan of edges stays
 * readable instead of covering its neighbours. Pure: input in, coordinates out.
 */
export interface RingGraphInput {
  orders: { id: string; account: string; placedAt: string; fraud: boolean }[];
  identifiers: { id: string; kind: string; orders: string[] }[];
}

export interface PlacedNode {
  id: string;
  kind: "account" | "order" | "identifier";
  label: string;
  x: number;
  y: number;
  r: number;
  hub: boolean;
  fraud: boolean;
}

export interface RingLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: { from: string; to: string }[];
}

const ROW = 34;
const TOP = 30;
const COLUMNS = { account: 90, order: 330, identifier: 590 } as const;
export const WIDTH = 760;
/** An identifier on this many orders is a hub. */
export const HUB_ORDERS = 5;

/** `kindWord` names an identifier's kind in the reader's language. */
export function layoutRing(input: RingGraphInput, kindWord: (kind: string) => string = (k) => k): RingLayout {
  const orders = [...input.orders].sort((a, b) => a.placedAt.localeCompare(b.placedAt) || a.id.localeCompare(b.id));
  const orderY = new Map(orders.map((o, i) => [o.id, TOP + i * ROW]));
  const meanY = (ids: string[]) => {
    const ys = ids.map((id) => orderY.get(id)).filter((y): y is number => y !== undefined);
    return ys.length === 0 ? TOP : ys.reduce((a, b) => a + b, 0) / ys.length;
  };

  const accounts = new Map<string, string[]>();
  for (const o of orders) accounts.set(o.account, [...(accounts.get(o.account) ?? []), o.id]);
  const accountNodes = spread(
    [...accounts.entries()].map(([id, ids], i) => ({ id: `a:${id}`, label: `A${i + 1}`, y: meanY(ids), gap: ROW })),
  );
  const identifierNodes = spread(
    input.identifiers
      .filter((i) => i.orders.some((id) => orderY.has(id)))
      .map((i) => ({
        id: `i:${i.id}`,
        label: `${kindWord(i.kind)} ${i.id.slice(0, 6)}`,
        y: meanY(i.orders),
        gap: i.orders.length >= HUB_ORDERS ? ROW * 2 : ROW,
      })),
  );

  const nodes: PlacedNode[] = [
    ...accountNodes.map((n) => ({
      ...n,
      kind: "account" as const,
      x: COLUMNS.account,
      r: 10,
      hub: false,
      fraud: false,
    })),
    ...orders.map((o) => ({
      id: `o:${o.id}`,
      kind: "order" as const,
      label: o.id,
      x: COLUMNS.order,
      y: orderY.get(o.id) ?? TOP,
      r: 8,
      hub: false,
      fraud: o.fraud,
    })),
    ...identifierNodes.map((n) => {
      const hub = n.gap > ROW;
      return { ...n, kind: "identifier" as const, x: COLUMNS.identifier, r: hub ? 14 : 8, hub, fraud: false };
    }),
  ];
  const edges = [
    ...orders.map((o) => ({ from: `a:${o.account}`, to: `o:${o.id}` })),
    ...input.identifiers.flatMap((i) =>
      i.orders.filter((id) => orderY.has(id)).map((id) => ({ from: `o:${id}`, to: `i:${i.id}` })),
    ),
  ];
  const height = Math.max(TOP * 2, ...nodes.map((n) => n.y + n.r + TOP));
  return { width: WIDTH, height, nodes, edges };
}

/** Keeps the wanted heights' order but moves nodes down until each is `gap` below the one above. */
function spread<T extends { y: number; gap: number }>(items: T[]): T[] {
  const sorted = [...items].sort((a, b) => a.y - b.y);
  let last = Number.NEGATIVE_INFINITY;
  let lastGap = 0;
  return sorted.map((item) => {
    const need = last + (item.gap + lastGap) / 2;
    const y = Number.isFinite(last) ? Math.max(item.y, need) : Math.max(item.y, TOP);
    last = y;
    lastGap = item.gap;
    return { ...item, y };
  });
}
