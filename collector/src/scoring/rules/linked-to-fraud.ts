import { isFraudLabel } from "../facts.js";
import { hit, type Rule } from "./rule.js";

const VIA_JA: Record<string, string> = {
  account: "アカウント",
  device: "端末",
  visitor: "ブラウザ",
  email: "メールアドレス",
  phone: "電話番号",
  card: "カード",
  shippingAddress: "配送先",
  billingAddress: "請求先",
};

const VIA_EN: Record<string, string> = {
  account: "customer account",
  device: "device",
  visitor: "browser",
  email: "e-mail address",
  phone: "phone number",
  card: "card",
  shippingAddress: "shipping address",
  billingAddress: "billing address",
};

/** A link to an order already labelled fraud, chargeback or resale. */
export const linkedToFraud: Rule = {
  code: "linked_to_fraud",
  evaluate: ({ linked }) => {
    const bad = linked.find((l) => isFraudLabel(l.label));
    if (!bad) return null;
    const via = bad.via[0] ?? "device";
    return hit(
      `${via === "device" || via === "visitor" ? "device" : via}_linked_to_fraud`.replace(
        /[A-Z]/g,
        (c) => `_${c.toLowerCase()}`,
      ),
      60,
      `この${VIA_JA[via] ?? via}は不正と確定した注文 ${bad.orderId} と同じです`,
      `The ${VIA_EN[via] ?? via} is the same as in order ${bad.orderId}, confirmed as ${bad.label}`,
    );
  },
};
