import { isFraudLabel } from "@shinsa/shared";
import type { IdentifierKind } from "../../lib/identifier.js";
import { IDENTIFIER_WORDS } from "../identifiers.js";
import { hit, type Rule } from "./rule.js";

// The reason names what the order shares with the fraud order; a browser is named as its device.
export const LINKED_TO_FRAUD_CODES: Record<IdentifierKind, string> = {
  account: "account_linked_to_fraud",
  device: "device_linked_to_fraud",
  visitor: "device_linked_to_fraud",
  email: "email_linked_to_fraud",
  phone: "phone_linked_to_fraud",
  card: "card_linked_to_fraud",
  shippingAddress: "shipping_address_linked_to_fraud",
  billingAddress: "billing_address_linked_to_fraud",
  household: "household_linked_to_fraud",
  building: "building_linked_to_fraud",
  hardware: "hardware_linked_to_fraud",
  ip: "ip_linked_to_fraud",
  machineArea: "machine_area_linked_to_fraud",
  nameArea: "name_area_linked_to_fraud",
  // Context kinds link nobody, so no linked order names them; listed for the type's sake.
  siteCategory: "linked_to_fraud",
  areaCategory: "linked_to_fraud",
};

/** A link to an order already labelled fraud, chargeback or resale. */
export const linkedToFraud: Rule = {
  code: "linked_to_fraud",
  evaluate: ({ linked }) => {
    const bad = linked.find((l) => isFraudLabel(l.label));
    if (!bad) return null;
    const via = bad.via[0] ?? "device";
    return hit(
      LINKED_TO_FRAUD_CODES[via],
      60,
      `この${IDENTIFIER_WORDS[via].ja}は不正と確定した注文 ${bad.orderId} と同じです`,
      `The ${IDENTIFIER_WORDS[via].en} is the same as in order ${bad.orderId}, confirmed as ${bad.label}`,
    );
  },
};
