import { ago, checkRule, factsOf, HOUR, neighbour, PLACED_AT, plainOrder } from "./fixtures.js";
import { multipleAccounts } from "./multiple-accounts.js";

/** The order's account, opened ten minutes before it. */
const justOpened = {
  customer: { ...plainOrder.customer, createdAt: new Date(PLACED_AT.getTime() - 10 * 60_000).toISOString() },
};
/** Another account's order under the buyer's name, five days back, tied by the phone. */
const oldAccount = (fields: Parameters<typeof neighbour>[0]) =>
  neighbour({ kind: "phone", customerKey: "cust-first", personKey: "山田太郎", placedAt: ago(120 * HOUR), ...fields });

checkRule(multipleAccounts, [
  [
    "three accounts on one phone under one name",
    factsOf(
      {},
      {
        neighbours: ["a", "b"].map((k, i) =>
          neighbour({ kind: "phone", customerKey: k, orderId: `M${i}`, personKey: "山田太郎" }),
        ),
      },
    ),
    "multiple_accounts",
  ],
  [
    "one account's own earlier orders",
    factsOf({}, { neighbours: [neighbour({ kind: "account", customerKey: "cust-self" })] }),
    null,
  ],
  [
    "a new account beside the same name's old one, on one phone: signed up again after a carrier change",
    factsOf(justOpened, { neighbours: [oldAccount({ newAccount: false })] }),
    null,
  ],
  [
    "a new account beside the same name's account that was new itself five days ago",
    factsOf(justOpened, { neighbours: [oldAccount({ newAccount: true })] }),
    "multiple_accounts",
  ],
  [
    "a new account beside the same name's account that was opened at its first order two weeks ago and used since",
    factsOf(justOpened, {
      neighbours: [
        oldAccount({ newAccount: true, placedAt: ago(14 * 24 * HOUR), orderId: "M1" }),
        oldAccount({ newAccount: false, placedAt: ago(6 * 24 * HOUR), orderId: "M2" }),
      ],
    }),
    null,
  ],
  [
    "the new account's later orders, beside the same name's old account",
    factsOf({}, { neighbours: [oldAccount({ newAccount: false })] }),
    null,
  ],
  [
    "two accounts on one phone under two names",
    factsOf({}, { neighbours: [oldAccount({ newAccount: false, personKey: "佐藤一郎", surnameKey: "佐藤" })] }),
    "multiple_accounts",
  ],
  [
    "a new account beside two old ones of the same name",
    factsOf(justOpened, {
      neighbours: [
        oldAccount({ newAccount: false }),
        oldAccount({ newAccount: false, customerKey: "cust-third", orderId: "M9" }),
      ],
    }),
    "multiple_accounts",
  ],
  [
    "a family member's account at the same door",
    factsOf({}, { neighbours: [neighbour({ kind: "shippingAddress", surnameKey: "山田" })] }),
    null,
  ],
]);
