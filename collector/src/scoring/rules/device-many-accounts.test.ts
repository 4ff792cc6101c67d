import { deviceManyAccounts } from "./device-many-accounts.js";
import { checkRule, factsOf, neighbour } from "./fixtures.js";

checkRule(deviceManyAccounts, [
  [
    "one device, three accounts",
    factsOf(
      {},
      {
        neighbours: ["a", "b"].map((k, i) => neighbour({ customerKey: k, orderId: `N${i}`, surnameKey: "山田" })),
      },
    ),
    "device_many_accounts",
  ],
  ["one device, a stranger's surname", factsOf({}, { neighbours: [neighbour()] }), "device_many_accounts"],
  ["one device, the buyer's spouse", factsOf({}, { neighbours: [neighbour({ surnameKey: "山田" })] }), null],
  [
    "strangers on identical phones",
    factsOf(
      {},
      {
        neighbours: ["a", "b", "c"].map((k, i) => neighbour({ kind: "device", customerKey: k, orderId: `D${i}` })),
      },
    ),
    null,
  ],
]);
