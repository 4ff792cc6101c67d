import { emailAliasAccount } from "./email-alias-account.js";
import { checkRule, factsOf, neighbour, plainOrder } from "./fixtures.js";

const withEmail = (email: string) => ({ customer: { ...plainOrder.customer, id: "C-1", email } });
const mailboxOf = (customerKey: string) => neighbour({ kind: "email", customerKey, personKey: "山田太郎" });

checkRule(emailAliasAccount, [
  [
    "a Gmail +tag of a mailbox another account uses",
    factsOf(withEmail("taro.yamada+2@gmail.com"), { neighbours: [mailboxOf("cust-other")] }),
    "email_alias_account",
  ],
  [
    "a Yahoo! JAPAN sub-address of a mailbox another account uses",
    factsOf(withEmail("taroyamada-shop@yahoo.co.jp"), { neighbours: [mailboxOf("cust-other")] }),
    "email_alias_account",
  ],
  [
    "the plain address of a mailbox another account uses (the other may be the alias; that order says so)",
    factsOf(withEmail("taro.yamada@gmail.com"), { neighbours: [mailboxOf("cust-other")] }),
    null,
  ],
  [
    "a +tag on the buyer's only account, as people give each shop its own",
    factsOf(withEmail("taro.yamada+shop@gmail.com"), { neighbours: [mailboxOf("cust-self")] }),
    null,
  ],
  ["a +tag never seen before", factsOf(withEmail("taro.yamada+shop@gmail.com")), null],
  [
    "a +tag where the provider does not deliver tags: part of the mailbox's own name",
    factsOf(withEmail("taro+shop@example.co.jp"), { neighbours: [mailboxOf("cust-other")] }),
    null,
  ],
  [
    "a daughter's account under a tag of the family's mailbox",
    factsOf(withEmail("yamada.family+hanako@gmail.com"), {
      personKey: "山田花子",
      neighbours: [neighbour({ kind: "email", customerKey: "cust-other", personKey: "山田太郎", surnameKey: "山田" })],
    }),
    null,
  ],
  [
    "another account tied by phone, not by the mailbox",
    factsOf(withEmail("taro.yamada+2@gmail.com"), {
      neighbours: [neighbour({ kind: "phone", customerKey: "cust-other", personKey: "山田太郎" })],
    }),
    null,
  ],
]);
