import { accountTakeover } from "./account-takeover.js";
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
import { emailAliasAccount } from "./email-alias-account.js";
import { establishedCustomer } from "./established-customer.js";
import { forwarderAddress } from "./forwarder-address.js";
import { furiganaMismatch } from "./furigana-mismatch.js";
import { householdManyNames } from "./household-many-names.js";
import { linkedToFraud } from "./linked-to-fraud.js";
import { multipleAccounts } from "./multiple-accounts.js";
import { negativeList } from "./negative-list.js";
import { newAccount } from "./new-account.js";
import { phoneRisk } from "./phone-risk.js";
import { postalMismatch } from "./postal-mismatch.js";
import { resaleBurst } from "./resale-burst.js";
import { resaleGoodsElsewhere } from "./resale-goods-elsewhere.js";
import { resaleHistory } from "./resale-history.js";
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

// Every scoring rule. Adding one: a file in this folder, its test, and a line here
// (ARCHITECTURE.md, "How to add a rule"); rules/registry.test.ts fails on a file left out.
export const rules: Rule[] = [
  linkedToFraud,
  negativeList,
  ringLinkedToFraud,
  deviceAutomation,
  deviceTampering,
  deviceVirtualMachine,
  deviceIncognito,
  deviceLocaleMismatch,
  datacenterIp,
  tokenStatus,
  deviceManyAccounts,
  multipleAccounts,
  emailAliasAccount,
  ringSize,
  householdManyNames,
  resalePattern,
  resaleBurst,
  resaleHistory,
  velocity,
  weakLinkToFraud,
  accountTakeover,
  cardHolderMismatch,
  furiganaMismatch,
  disposableEmail,
  phoneRisk,
  postalMismatch,
  forwarderAddress,
  shipsElsewhere,
  resaleGoodsElsewhere,
  threeDSecure,
  newAccount,
  amountVsHistory,
  riskyItems,
  deferredPaymentRisk,
  establishedCustomer,
  allowList,
];
