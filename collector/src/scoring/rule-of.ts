import { LINKED_TO_FRAUD_CODES, linkedToFraud } from "./rules/linked-to-fraud.js";

const LINKED = new Set(Object.values(LINKED_TO_FRAUD_CODES));

/** The rule behind a reason: most rules answer their own code; linked_to_fraud answers one per identifier. */
export const ruleOf = (reasonCode: string): string => (LINKED.has(reasonCode) ? linkedToFraud.code : reasonCode);
