import { describe, expect, it } from "vitest";
import type { OrderFacts } from "../facts/order-facts.js";
import { allowList } from "./allow-list.js";
import { amountVsHistory } from "./amount-vs-history.js";
import { cardHolderMismatch } from "./card-holder-mismatch.js";
import { datacenterIp } from "./datacenter-ip.js";
import { deferredPaymentRisk } from "./deferred-payment-risk.js";
import { deviceAutomation } from "./device-automation.js";
import { deviceIncognito } from "./device-incognito.js";
import { deviceLocaleMismatch } from "./device-locale-mismatch.js";
import { deviceManyAccounts } from "./device-many-accounts.js";
import { deviceTampering } from "./device-tampering.js";
import { deviceVirtualMachine } from "./device-virtual-machine.js";
import { disposableEmail } from "./disposable-email.js";
import { establishedCustomer } from "./established-customer.js";
import { deviceRow, factsOf, neighbour, PLACED_AT, plainOrder } from "./fixtures.js";
import { forwarderAddress } from "./forwarder-address.js";
import { furiganaMismatch } from "./furigana-mismatch.js";
import { householdManyNames } from "./household-many-names.js";
import { linkedToFraud } from "./linked-to-fraud.js";
import { multipleAccounts } from "./multiple-accounts.js";
import { negativeList } from "./negative-list.js";
import { newAccount } from "./new-account.js";
import { phoneRisk } from "./phone-risk.js";
import { postalMismatch } from "./postal-mismatch.js";
import { resalePattern } from "./resale-pattern.js";
import { ringLinkedToFraud } from "./ring-linked-to-fraud.js";
import { ringSize } from "./ring-size.js";
import { riskyItems } from "./risky-items.js";
import type { Rule } from "./rule.js";
import { shipsElsewhere } from "./ships-elsewhere.js";
import { threeDSecure } from "./three-d-secure.js";
import { tokenStatus } from "./token-status.js";
import { velocity } from "./velocity.js";
import { weakLinkToFraud } from "./weak-link-to-fraud.js";

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(PLACED_AT.getTime() - ms);
const plain = factsOf();

type Case = [string, OrderFacts, string | null];

/** Each rule: a table of facts and the code it must answer (null: no reason). */
const dc = { ...plain.settings, datacenterRanges: ["198.51.100.0/24", "2001:db8::/32"] };
const ring = (accounts: number, labeled = 0) => ({ ringId: "ring_1", orders: accounts * 2, accounts, labeled });
const inRing = (accounts: number, labeled = 0) =>
  factsOf({}, { neighbours: [neighbour({ kind: "phone", ringId: "ring_1" })], ringStats: [ring(accounts, labeled)] });
const table: Array<[Rule, Case[]]> = [
  [
    ringSize,
    [
      ["an order joining a ring of four accounts", inRing(4), "ring_size"],
      ["an order joining another buyer's pair of accounts", inRing(1), null],
      ["an order of its own", plain, null],
    ],
  ],
  [
    ringLinkedToFraud,
    [
      ["an order joining a ring with a chargeback", inRing(2, 1), "ring_linked_to_fraud"],
      ["an order joining a ring with no label", inRing(2), null],
    ],
  ],
  [
    multipleAccounts,
    [
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
        "a family member's account at the same door",
        factsOf({}, { neighbours: [neighbour({ kind: "shippingAddress", surnameKey: "山田" })] }),
        null,
      ],
    ],
  ],
  [
    datacenterIp,
    [
      ["an order from a listed hosting range", factsOf({ ip: "198.51.100.20" }, { settings: dc }), "datacenter_ip"],
      [
        "a device on a listed IPv6 range",
        factsOf({}, { settings: dc, device: { ...deviceRow(), ip: "2001:db8::5" } }),
        "datacenter_ip",
      ],
      ["a home IP", factsOf({ ip: "203.0.113.5" }, { settings: dc }), null],
      ["a site with no list", factsOf({ ip: "198.51.100.20" }), null],
    ],
  ],
  [
    deviceAutomation,
    [
      ["a webdriver browser", factsOf({}, { device: deviceRow({ automation: true }) }), "device_automation"],
      ["a crawler", factsOf({}, { device: deviceRow({ bot: true }) }), "device_automation"],
      ["an ordinary browser", factsOf({}, { device: deviceRow() }), null],
      ["an order without device", plain, null],
    ],
  ],
  [
    deviceTampering,
    [
      ["a disguised browser", factsOf({}, { device: deviceRow({ tampering: true }) }), "device_tampering"],
      ["an ordinary browser", factsOf({}, { device: deviceRow() }), null],
    ],
  ],
  [
    deviceVirtualMachine,
    [
      ["a VM", factsOf({}, { device: deviceRow({ virtualMachine: true }) }), "device_virtual_machine"],
      ["a PC", factsOf({}, { device: deviceRow() }), null],
    ],
  ],
  [
    deviceIncognito,
    [
      ["a private window", factsOf({}, { device: deviceRow({ incognito: true }) }), "device_incognito"],
      ["a normal window", factsOf({}, { device: deviceRow() }), null],
    ],
  ],
  [
    deviceLocaleMismatch,
    [
      [
        "a New York English browser shipping to Tokyo",
        factsOf(
          {},
          {
            device: deviceRow(
              {},
              { timezone: { name: "America/New_York", offset: 300 }, locale: { languages: ["en-US"] } },
            ),
          },
        ),
        "device_locale_mismatch",
      ],
      [
        "an English browser on Japan time",
        factsOf({}, { device: deviceRow({}, { locale: { languages: ["en-US"] } }) }),
        null,
      ],
      ["a Japanese browser on Japan time", factsOf({}, { device: deviceRow() }), null],
    ],
  ],
  [
    tokenStatus,
    [
      ["an unknown token", factsOf({}, { token: { status: "unknown", reusedBy: null } }), "token_unknown"],
      ["an expired token", factsOf({}, { token: { status: "expired", reusedBy: null } }), "token_expired"],
      ["a token used before", factsOf({}, { token: { status: "reused", reusedBy: "A-9" } }), "token_reused"],
      ["a fresh token", factsOf({}, { token: { status: "valid", reusedBy: null } }), null],
      ["a phone order without token", plain, null],
    ],
  ],
  [
    furiganaMismatch,
    [
      [
        "山田 太郎 read as スズキ ハナコ",
        factsOf({ billing: { name: "山田 太郎", nameKana: "スズキ ハナコ" } }),
        "furigana_mismatch",
      ],
      ["山田 太郎 read as ヤマダ タロウ", plain, null],
      [
        "a rare name the tables do not know",
        factsOf({ billing: { name: "鬼瓦 権蔵", nameKana: "オニガワラ ゴンゾウ" } }),
        null,
      ],
    ],
  ],
  [
    cardHolderMismatch,
    [
      [
        "HANAKO SUZUKI paying for ヤマダ タロウ",
        factsOf({ payment: { method: "card", cardHolder: "HANAKO SUZUKI" } }),
        "card_holder_mismatch",
      ],
      ["YAMADA TAROU for ヤマダ タロウ", factsOf({ payment: { method: "card", cardHolder: "YAMADA TAROU" } }), null],
      [
        "a parent's card, HANAKO YAMADA, paying for ヤマダ タロウ",
        factsOf({ payment: { method: "card", cardHolder: "HANAKO YAMADA" } }),
        null,
      ],
      [
        "MARIA SANTOS's own card, her furigana a transcription",
        factsOf({
          billing: { ...plainOrder.billing, name: "MARIA SANTOS", nameKana: "マリア サントス" },
          payment: { method: "card", cardHolder: "MARIA SANTOS" },
        }),
        null,
      ],
      ["no holder name", factsOf({ payment: { method: "card" } }), null],
    ],
  ],
  [
    shipsElsewhere,
    [
      [
        "a parcel to Osaka billed in Tokyo",
        factsOf({ shipping: { address: "大阪府大阪市北区梅田1-1-1", postalCode: "530-0001" } }),
        "ships_elsewhere",
      ],
      [
        "1-3-1 and 1丁目3番1号 of one door",
        factsOf({ shipping: { address: "東京都千代田区霞が関一丁目３番１号", postalCode: "100-0013" } }),
        null,
      ],
    ],
  ],
  [
    disposableEmail,
    [
      ["a mailinator address", factsOf({ customer: { email: "x@mailinator.com" } }), "disposable_email"],
      ["a docomo address", factsOf({ customer: { email: "taro..yamada.@docomo.ne.jp" } }), null],
    ],
  ],
  [
    phoneRisk,
    [
      ["an 050 number", factsOf({ billing: { ...factsOf().order.billing, phone: "050-1234-5678" } }), "phone_ip"],
      ["a made-up number", factsOf({ billing: { ...factsOf().order.billing, phone: "000-0000" } }), "phone_invalid"],
      [
        "0120 toll-free",
        factsOf({ billing: { ...factsOf().order.billing, phone: "0120-123-456" } }),
        "phone_toll_free",
      ],
      [
        "a mobile in full width",
        factsOf({ billing: { ...factsOf().order.billing, phone: "０９０－１２３４－５６７８" } }),
        null,
      ],
    ],
  ],
  [
    postalMismatch,
    [
      [
        "an Osaka code on a Tokyo address",
        factsOf({ billing: { ...factsOf().order.billing, postalCode: "530-0001" } }),
        "postal_mismatch",
      ],
      ["the right code", plain, null],
    ],
  ],
  [
    forwarderAddress,
    [
      ["局留め", factsOf({ shipping: { address: "東京都千代田区霞が関1-3-1 霞が関郵便局留め" } }), "forwarder_hint"],
      [
        "局留め in the buyer's own name and city",
        factsOf({ shipping: { name: "山田 太郎", address: "東京都千代田区丸の内2-7-2 東京中央郵便局留め" } }),
        "own_hold_for_pickup",
      ],
      [
        "局留め in the buyer's name, in another prefecture",
        factsOf({ shipping: { name: "山田 太郎", address: "大阪府大阪市北区梅田3-2-4 大阪北郵便局留め" } }),
        "forwarder_hint",
      ],
      [
        "a forwarder the site listed",
        factsOf(
          { shipping: { address: "千葉県市川市塩浜2-13-1 ABC-12345" } },
          { settings: { ...plain.settings, forwarders: ["千葉県市川市塩浜2丁目13-1"] } },
        ),
        "forwarder_listed",
      ],
      ["a home", plain, null],
    ],
  ],
  [
    threeDSecure,
    [
      [
        "authenticated",
        factsOf({ payment: { method: "card", threeDSecure: "authenticated" } }),
        "three_d_secure_authenticated",
      ],
      [
        "authenticated, by one buyer behind two accounts (their own card, no credit)",
        factsOf(
          { payment: { method: "card", threeDSecure: "authenticated" } },
          { neighbours: [neighbour({ kind: "phone", customerKey: "other", orderId: "M0", personKey: "山田太郎" })] },
        ),
        null,
      ],
      ["failed", factsOf({ payment: { method: "card", threeDSecure: "failed" } }), "three_d_secure_failed"],
      ["not asked", factsOf({ payment: { method: "card", threeDSecure: "none" } }), "three_d_secure_none"],
      ["deferred payment", factsOf({ payment: { method: "deferred", threeDSecure: "failed" } }), null],
    ],
  ],
  [
    newAccount,
    [
      [
        "an account of 10 minutes",
        factsOf({ customer: { id: "C", createdAt: ago(600_000).toISOString() } }),
        "new_account",
      ],
      [
        "an account of 5 hours",
        factsOf({ customer: { id: "C", createdAt: ago(5 * HOUR).toISOString() } }),
        "new_account",
      ],
      ["an account of two years", plain, null],
      [
        "an account dated after its own order",
        factsOf({ customer: { id: "C", createdAt: "2027-01-01T00:00:00Z" } }),
        null,
      ],
    ],
  ],
  [
    amountVsHistory,
    [
      [
        "¥98,000 after orders of ¥3,000",
        factsOf(
          { amount: 98_000 },
          {
            neighbours: [
              neighbour({ kind: "account", amount: 3000, orderId: "P1" }),
              neighbour({ kind: "account", amount: 3000, orderId: "P2" }),
            ],
          },
        ),
        "amount_vs_history",
      ],
      [
        "¥4,000 after orders of ¥3,000",
        factsOf(
          { amount: 4000 },
          {
            neighbours: [
              neighbour({ kind: "account", amount: 3000, orderId: "P1" }),
              neighbour({ kind: "account", amount: 3000, orderId: "P2" }),
            ],
          },
        ),
        null,
      ],
      ["a first order", factsOf({ amount: 98_000 }), null],
    ],
  ],
  [
    establishedCustomer,
    [
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
    ],
  ],
  [
    riskyItems,
    [
      ["five game consoles", factsOf({}, { riskyUnits: 5 }), "risky_items"],
      ["one console", factsOf({}, { riskyUnits: 1 }), null],
    ],
  ],
  [
    deferredPaymentRisk,
    [
      [
        "a first 後払い order from an 050 number",
        factsOf({ payment: { method: "deferred" }, billing: { ...factsOf().order.billing, phone: "050-1111-2222" } }),
        "deferred_payment_risk",
      ],
      ["a first 後払い order from a mobile", factsOf({ payment: { method: "deferred" } }), null],
    ],
  ],
  [
    linkedToFraud,
    [
      [
        "a device of a confirmed fraud",
        factsOf({}, { neighbours: [neighbour({ label: "fraud", orderId: "A-0990" })] }),
        "device_linked_to_fraud",
      ],
      [
        "a card of a chargeback",
        factsOf({}, { neighbours: [neighbour({ kind: "card", label: "chargeback" })] }),
        "card_linked_to_fraud",
      ],
      ["a device of a legit order", factsOf({}, { neighbours: [neighbour({ label: "legit" })] }), null],
      [
        "a device fingerprint at the door of a fraud",
        factsOf(
          {},
          {
            neighbours: [
              neighbour({ kind: "device", label: "fraud" }),
              neighbour({ kind: "household", label: "fraud" }),
            ],
          },
        ),
        "device_linked_to_fraud",
      ],
      [
        "only the device fingerprint of a fraud (an identical phone)",
        factsOf({}, { neighbours: [neighbour({ kind: "device", label: "fraud" })] }),
        null,
      ],
      ["an IP of a fraud (weak)", factsOf({}, { neighbours: [neighbour({ kind: "ip", label: "fraud" })] }), null],
    ],
  ],
  [
    weakLinkToFraud,
    [
      [
        "hardware of a fraud",
        factsOf({}, { neighbours: [neighbour({ kind: "hardware", label: "fraud" })] }),
        "weak_link_to_fraud",
      ],
      ["hardware of an honest order", factsOf({}, { neighbours: [neighbour({ kind: "hardware" })] }), null],
    ],
  ],
  [
    negativeList,
    [
      [
        "a denied card",
        factsOf({}, { listHits: [{ list: "deny", kind: "card", value: "x", label: "fraud", sourceOrderId: "A" }] }),
        "negative_list",
      ],
      [
        "an allowed card",
        factsOf({}, { listHits: [{ list: "allow", kind: "card", value: "x", label: "legit", sourceOrderId: "A" }] }),
        null,
      ],
    ],
  ],
  [
    allowList,
    [
      [
        "an allowed e-mail",
        factsOf({}, { listHits: [{ list: "allow", kind: "email", value: "x", label: "legit", sourceOrderId: "A" }] }),
        "allow_list",
      ],
      ["nothing listed", plain, null],
    ],
  ],
  [
    deviceManyAccounts,
    [
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
    ],
  ],
  [
    householdManyNames,
    [
      [
        "three surnames at one door",
        factsOf(
          {},
          { neighbours: ["x", "y"].map((s, i) => neighbour({ kind: "household", surnameKey: s, orderId: `H${i}` })) },
        ),
        "household_many_names",
      ],
      [
        "a family at one door",
        factsOf(
          {},
          {
            neighbours: ["P1", "P2"].map((orderId) => neighbour({ kind: "household", surnameKey: "山田", orderId })),
          },
        ),
        null,
      ],
    ],
  ],
  [
    resalePattern,
    [
      [
        "a linked account buying consoles by the handful",
        factsOf({}, { riskyUnits: 3, neighbours: [neighbour({ riskyUnits: 3 })] }),
        "resale_pattern",
      ],
      ["linked accounts buying books", factsOf({}, { riskyUnits: 0, neighbours: [neighbour()] }), null],
      ["one account buying consoles", factsOf({}, { riskyUnits: 5 }), null],
      [
        "a relative at the same door buying the same drop",
        factsOf(
          {},
          {
            riskyUnits: 1,
            neighbours: [neighbour({ kind: "household", surnameKey: "山田", riskyUnits: 1, placedAt: ago(HOUR) })],
          },
        ),
        "resale_pattern",
      ],
      [
        "a stranger on an identical phone buying the same drop",
        factsOf(
          {},
          { riskyUnits: 1, neighbours: [neighbour({ kind: "hardware", riskyUnits: 1, placedAt: ago(HOUR) })] },
        ),
        null,
      ],
    ],
  ],
  [
    velocity,
    [
      [
        "a card used three times this hour",
        factsOf(
          {},
          {
            neighbours: [1, 2, 3].map((i) => neighbour({ kind: "card", orderId: `V${i}`, placedAt: ago(i * 600_000) })),
          },
        ),
        "velocity",
      ],
      [
        "a card used three times this month",
        factsOf(
          {},
          {
            neighbours: [1, 2, 3].map((i) =>
              neighbour({ kind: "card", orderId: `V${i}`, placedAt: ago(i * 200 * HOUR) }),
            ),
          },
        ),
        null,
      ],
    ],
  ],
];

describe.each(table.map(([rule, cases]) => [rule.code, rule, cases] as const))("rule %s", (_, rule, cases) => {
  it.each(cases)("answers for %s", (_, facts, code) => {
    const found = rule.evaluate(facts);
    expect(found?.code ?? null).toBe(code);
    if (found) {
      expect(found.message.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(found.message.en).toMatch(/^[\x20-\x7E]+$/);
    }
  });
});
