import { ago, checkRule, factsOf, HOUR, neighbour, PLACED_AT, plainOrder } from "./fixtures.js";
import { multipleAccounts } from "./multiple-accounts.js";

/** The order's account, opened ten minutes before it. */
const justOpened = {
  customer: { ...plainOrder.customer, createdAt: new Date(PLACED_AT.getTime() - 10 * 60_000).toISOString() },
};
/** Another account's order under the buyer's name, five days back, tied by the phone. */
const oldAccount = (fields: Parameters<typeof neighbour>[0]) =>
  neighbour({
    kind: "phone",
    customerKey: "cust-first",
    personKey: "山田太郎",
    surnameKey: "山田",
    placedAt: ago(120 * HOUR),
    ...fields,
  });
/**
 * A relative's account (山田花子's), tied the way one mailbox under tags and a parent's mobile tie a
 * household's accounts: by the e-mail and the number. Either alone keeps a relative out of the group.
 */
const relative = (fields: Parameters<typeof neighbour>[0]) =>
  (["email", "phone"] as const).map((kind) =>
    oldAccount({ kind, customerKey: "cust-hanako", personKey: "山田花子", orderId: "R1", ...fields }),
  );

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
    "the same name's old account and this one both buying resale targets within the week: a limit dodged",
    factsOf(justOpened, { riskyUnits: 1, neighbours: [oldAccount({ newAccount: false, riskyUnits: 1 })] }),
    "multiple_accounts",
  ],
  [
    "a new account buying resale targets beside the same name's old account that bought none that week",
    factsOf(justOpened, { riskyUnits: 1, neighbours: [oldAccount({ newAccount: false })] }),
    null,
  ],
  [
    "a new account beside a one-order account of the same name written in kana (read alike in the city)",
    factsOf(justOpened, {
      neighbours: (["phone", "nameArea"] as const).map((kind) =>
        oldAccount({ kind, newAccount: true, personKey: "kana:ヤマダタロウ" }),
      ),
    }),
    "multiple_accounts",
  ],
  [
    "a new account beside the same name's old account written in kana: signed up again",
    factsOf(justOpened, {
      neighbours: (["phone", "nameArea"] as const).map((kind) =>
        oldAccount({ kind, newAccount: false, personKey: "kana:ヤマダタロウ" }),
      ),
    }),
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
  [
    "a household's kept accounts under one surname, buying everyday goods",
    factsOf(justOpened, {
      neighbours: [
        ...relative({ placedAt: ago(300 * 24 * HOUR) }),
        ...relative({ customerKey: "cust-jiro", personKey: "山田次郎", orderId: "R2", placedAt: ago(9 * 24 * HOUR) }),
      ],
    }),
    null,
  ],
  [
    "one person posing as a family: the relative's account was used only at its sign-up",
    factsOf(justOpened, { neighbours: relative({ newAccount: true }) }),
    "multiple_accounts",
  ],
  [
    "a household's accounts buying what resellers target in one week",
    factsOf(justOpened, { riskyUnits: 1, neighbours: relative({ riskyUnits: 1, placedAt: ago(3 * 24 * HOUR) }) }),
    "multiple_accounts",
  ],
  [
    "a relative buying a phone, the household's other accounts buying everyday goods",
    factsOf(justOpened, { riskyUnits: 1, neighbours: relative({}) }),
    null,
  ],
  [
    "a relative buying a phone, another account of the household having bought one a month ago",
    factsOf(justOpened, { riskyUnits: 1, neighbours: relative({ riskyUnits: 1, placedAt: ago(30 * 24 * HOUR) }) }),
    null,
  ],
  [
    "a relative's account beside two of the buyer's own name",
    factsOf(justOpened, {
      neighbours: [...relative({}), oldAccount({}), oldAccount({ customerKey: "cust-third", orderId: "M9" })],
    }),
    "multiple_accounts",
  ],
  [
    "five accounts under one surname: more than a household keeps",
    factsOf(justOpened, {
      neighbours: ["一郎", "次郎", "三郎", "四郎"].flatMap((given, i) =>
        relative({ customerKey: `cust-${i}`, personKey: `山田${given}`, orderId: `R${i}` }),
      ),
    }),
    "multiple_accounts",
  ],
  [
    "a foreign-born spouse's kept account at the door, under her own name",
    factsOf(justOpened, {
      neighbours: (["email", "phone", "billingAddress"] as const).map((kind) =>
        oldAccount({ kind, customerKey: "cust-maria", personKey: "SANTOS MARIA", surnameKey: null, orderId: "S1" }),
      ),
    }),
    null,
  ],
  [
    "a stranger's kept account on the same mailbox and mobile",
    factsOf(justOpened, {
      neighbours: relative({ personKey: "佐藤花子", surnameKey: "佐藤" }),
    }),
    "multiple_accounts",
  ],
]);
