import type { Order } from "@shinsa/shared";
import { accountTakeover } from "./account-takeover.js";
import { checkRule, deviceRow, factsOf, neighbour, PLACED_AT } from "./fixtures.js";

// The account's two earlier orders, from its owner's browser and home network, to its own door.
const history = ["P1", "P2"].map((orderId) => neighbour({ kind: "account", orderId, customerKey: "cust-self" }));
const seenBefore = (kind: "visitor" | "ip" | "shippingAddress") =>
  neighbour({ kind, orderId: "P1", customerKey: "cust-self" });
const toParents: Partial<Order> = {
  shipping: { name: "山田 花子", postalCode: "530-0001", address: "大阪府大阪市北区梅田1-1-1" },
};
const toDrop: Partial<Order> = {
  ip: "13.112.40.2",
  shipping: { name: "佐藤 次郎", postalCode: "272-0002", address: "千葉県市川市二俣新町17 TNK4236547" },
};
const strangersBrowser = deviceRow(
  {},
  { timezone: { name: "Asia/Shanghai", offset: -480 }, locale: { languages: ["zh-CN"] } },
);
// The same two orders, whose addresses were homes in Japan (what the use case reads from the stored IPs).
const historyAtHome = history.map((n) => ({ ...n, network: "japan" as const }));
// To another name at an ordinary flat, in the daytime: no forwarder, no night to give the stranger away.
const toFlat = (ip: string): Partial<Order> => ({
  ip,
  shipping: { name: "佐藤 次郎", postalCode: "272-0002", address: "千葉県市川市二俣新町17-3-204" },
});

// Half past midnight in Japan.
const atNight = new Date("2026-11-23T15:30:00Z");

// A foreign resident's own new phone: English, on Japan time.
const residentsPhone = deviceRow({}, { locale: { languages: ["en-US"] } });

// The stranger's first order, scored a takeover: its browser and drop are none of the account's habits.
const strangersFirst = ["visitor", "shippingAddress"].map((kind) =>
  neighbour({ kind: kind as "visitor", orderId: "T1", customerKey: "cust-self", takeover: true }),
);

checkRule(accountTakeover, [
  [
    "the stranger's second order from the same browser to the same drop, after a first scored a takeover",
    factsOf(toDrop, {
      neighbours: [
        ...history,
        neighbour({ kind: "account", orderId: "T1", customerKey: "cust-self", takeover: true }),
        ...strangersFirst,
      ],
      device: strangersBrowser,
      riskyUnits: 1,
    }),
    "account_takeover",
  ],
  [
    "an old account's order from a stranger's foreign browser to a drop, for a console",
    factsOf(toDrop, { neighbours: history, device: strangersBrowser, riskyUnits: 1 }),
    "account_takeover",
  ],
  [
    "the same order from the browser the owner always used",
    factsOf(toDrop, { neighbours: [...history, seenBefore("visitor")], device: strangersBrowser, riskyUnits: 1 }),
    null,
  ],
  [
    "a new device shipping to the account's own door",
    factsOf(toDrop, {
      neighbours: [...history, seenBefore("shippingAddress")],
      device: strangersBrowser,
      riskyUnits: 1,
    }),
    null,
  ],
  [
    "a regular's present to their parents from a new phone on the home network",
    factsOf({ ...toParents, ip: "126.1.2.3" }, { neighbours: [...history, seenBefore("ip")], device: deviceRow() }),
    null,
  ],
  [
    "a regular's present to their parents from their own browser",
    factsOf(toParents, { neighbours: [...history, seenBefore("visitor")], device: deviceRow(), riskyUnits: 1 }),
    null,
  ],
  [
    "a foreign resident's new phone, an office delivery in their own name, a new network",
    factsOf(
      {
        ip: "153.170.1.2",
        shipping: { name: "山田 太郎", postalCode: "530-0001", address: "大阪府大阪市北区梅田1-1-1" },
      },
      { neighbours: history, device: residentsPhone },
    ),
    null,
  ],
  [
    "a regular's present to a friend from a new phone on a new network: two breaks, not a stranger's four",
    factsOf({ ...toParents, ip: "106.130.2.39" }, { neighbours: history, device: deviceRow() }),
    null,
  ],
  [
    "a regular's console for a nephew from a new phone on a new network, in the evening",
    factsOf({ ...toParents, ip: "106.130.2.39" }, { neighbours: history, device: deviceRow(), riskyUnits: 1 }),
    null,
  ],
  [
    "a regular's present to their parents after midnight from a new phone on a new network: a relative's name is no break",
    factsOf({ ...toParents, ip: "106.130.2.39" }, { neighbours: history, device: deviceRow(), placedAt: atNight }),
    null,
  ],
  [
    "the same night order to a stranger's name at that door",
    factsOf(
      { ...toParents, ip: "106.130.2.39", shipping: { ...toParents.shipping, name: "佐藤 次郎" } },
      { neighbours: history, device: deviceRow(), placedAt: atNight },
    ),
    "account_takeover",
  ],
  [
    "the same order from a browser on Shanghai time",
    factsOf({ ...toParents, ip: "106.130.2.39" }, { neighbours: history, device: strangersBrowser, riskyUnits: 1 }),
    "account_takeover",
  ],
  [
    "the stranger's second order two hours after their first, from the same browser to the same drop",
    factsOf(toDrop, {
      neighbours: [
        ...history,
        ...(["account", "visitor", "shippingAddress", "ip"] as const).map((kind) =>
          neighbour({
            kind,
            orderId: "T1",
            customerKey: "cust-self",
            placedAt: new Date(PLACED_AT.getTime() - 7_200_000),
          }),
        ),
      ],
      device: strangersBrowser,
      riskyUnits: 1,
    }),
    "account_takeover",
  ],
  ["an account's first order, however it looks", factsOf(toDrop, { device: strangersBrowser, riskyUnits: 1 }), null],
  [
    "without a device token: a network and a door the account never used, to a drop, for a console",
    factsOf(toDrop, { neighbours: history, riskyUnits: 1 }),
    "account_takeover",
  ],
  [
    "without a device token, from the account's usual network: nothing breaks",
    factsOf(toDrop, { neighbours: [...history, seenBefore("ip")], riskyUnits: 1 }),
    null,
  ],
  [
    "without a device token or an IP: nothing to compare",
    factsOf({ ...toDrop, ip: undefined }, { neighbours: history, riskyUnits: 1 }),
    null,
  ],
  [
    "without a device token, a regular's present to a friend from a phone's carrier network",
    factsOf({ ...toParents, ip: "106.130.2.39" }, { neighbours: history, riskyUnits: 1 }),
    null,
  ],

  [
    "without a token, in the daytime, to another name's flat, from a hosting network an account of homes never used",
    factsOf(toFlat("13.112.40.2"), { neighbours: historyAtHome, riskyUnits: 1, network: "hosting" }),
    "account_takeover",
  ],
  [
    "the same order in an account that has shopped through a VPN before",
    factsOf(toFlat("13.112.40.2"), {
      neighbours: historyAtHome.map((n, i) => (i === 1 ? { ...n, network: "hosting" as const } : n)),
      riskyUnits: 1,
      network: "hosting",
    }),
    null,
  ],
  [
    "without a token, in the daytime, to another name's flat, from a home network in Korea: a break, not a stranger's (a trip abroad)",
    factsOf(toFlat("121.128.0.1"), { neighbours: historyAtHome, riskyUnits: 1, network: "abroad" }),
    null,
  ],
  [
    "the same order from Korea to a forwarder's code",
    factsOf({ ...toDrop, ip: "121.128.0.1" }, { neighbours: historyAtHome, riskyUnits: 1, network: "abroad" }),
    "account_takeover",
  ],
  [
    "the same order in an account that has ordered from abroad before (someone living overseas)",
    factsOf(toFlat("121.128.0.1"), {
      neighbours: historyAtHome.map((n) => ({ ...n, network: "abroad" as const })),
      riskyUnits: 1,
      network: "abroad",
    }),
    null,
  ],
  [
    "the same order when the account's earlier orders carried no address to compare with",
    factsOf(toFlat("13.112.40.2"), { neighbours: history, riskyUnits: 1, network: "hosting" }),
    null,
  ],
  [
    "a regular's console for a nephew, in the daytime, from a phone in Japan on a new network",
    factsOf(toFlat("106.130.2.39"), { neighbours: historyAtHome, riskyUnits: 1, network: "japan" }),
    null,
  ],
]);
