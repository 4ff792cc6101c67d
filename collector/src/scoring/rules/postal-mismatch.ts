import { hit, type Rule } from "./rule.js";

export const postalMismatch: Rule = {
  code: "postal_mismatch",
  evaluate: ({ identity }) => {
    const address = [identity.shippingAddress, identity.billingAddress].find((a) => a?.postalMatch === "mismatch");
    if (!address) return null;
    return hit(
      "postal_mismatch",
      15,
      `郵便番号 ${address.postalCode ?? ""} と住所が一致しません`,
      `Postal code ${address.postalCode ?? ""} does not match the address`,
    );
  },
};
