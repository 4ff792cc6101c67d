import { establishedCustomer } from "./established-customer.js";
import { checkRule, deviceRow, factsOf, neighbour } from "./fixtures.js";

const plain = factsOf();

checkRule(establishedCustomer, [
  [
    "three orders before, but this one from a device on Shanghai time to a door the account never used",
    factsOf(
      { shipping: { name: "佐藤 次郎", postalCode: "530-0001", address: "大阪府大阪市北区梅田1-1-1" } },
      {
        device: deviceRow({}, { timezone: { name: "Asia/Shanghai", offset: -480 } }),
        neighbours: ["P1", "P2", "P3"].map((orderId) =>
          neighbour({ kind: "account", orderId, customerKey: "cust-self" }),
        ),
      },
    ),
    null,
  ],
  [
    "three orders before, and this one a present sent from a new phone of the owner's",
    factsOf(
      { shipping: { name: "佐藤 次郎", postalCode: "530-0001", address: "大阪府大阪市北区梅田1-1-1" } },
      {
        device: deviceRow(),
        neighbours: ["P1", "P2", "P3"].map((orderId) =>
          neighbour({ kind: "account", orderId, customerKey: "cust-self" }),
        ),
      },
    ),
    "established_customer",
  ],
  [
    "a console for another name at a door the account never used, from a network it never used (no device token)",
    factsOf(
      {
        ip: "126.77.12.9",
        shipping: { name: "佐藤 次郎", postalCode: "530-0001", address: "大阪府大阪市北区梅田1-1-1" },
      },
      {
        riskyUnits: 1,
        neighbours: ["P1", "P2", "P3"].map((orderId) =>
          neighbour({ kind: "account", orderId, customerKey: "cust-self" }),
        ),
      },
    ),
    null,
  ],
  [
    "everyday goods for another name at a door the account never used, from a network it never used",
    factsOf(
      {
        ip: "126.77.12.9",
        shipping: { name: "佐藤 次郎", postalCode: "530-0001", address: "大阪府大阪市北区梅田1-1-1" },
      },
      {
        neighbours: ["P1", "P2", "P3"].map((orderId) =>
          neighbour({ kind: "account", orderId, customerKey: "cust-self" }),
        ),
      },
    ),
    "established_customer",
  ],
  [
    "a console after three launch-day orders of resale targets",
    factsOf(
      {},
      {
        riskyUnits: 1,
        neighbours: ["P1", "P2", "P3"].map((orderId) =>
          neighbour({ kind: "account", orderId, customerKey: "cust-self", riskyUnits: 2 }),
        ),
      },
    ),
    null,
  ],
  [
    "a console after three everyday orders",
    factsOf(
      {},
      {
        riskyUnits: 1,
        neighbours: ["P1", "P2", "P3"].map((orderId) =>
          neighbour({ kind: "account", orderId, customerKey: "cust-self" }),
        ),
      },
    ),
    "established_customer",
  ],
  [
    "three clean orders before",
    factsOf(
      {},
      {
        neighbours: ["P1", "P2", "P3"].map((orderId) =>
          neighbour({ kind: "account", orderId, customerKey: "cust-self" }),
        ),
      },
    ),
    "established_customer",
  ],
  [
    "history with a chargeback",
    factsOf(
      {},
      {
        neighbours: ["P1", "P2", "P3"].map((orderId, i) =>
          neighbour({ kind: "account", orderId, customerKey: "cust-self", label: i ? null : "chargeback" }),
        ),
      },
    ),
    null,
  ],
  ["a first order", plain, null],
]);
