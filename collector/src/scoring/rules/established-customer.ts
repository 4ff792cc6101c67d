import { hit, type Rule } from "./rule.js";

/** Several earlier orders and none labelled: the strongest sign of an honest buyer. */
export const establishedCustomer: Rule = {
  code: "established_customer",
  evaluate: ({ customer, linked, group }) => {
    // An account tied to other accounts is not the plain history of one honest buyer.
    if (
      customer.previousOrders < 2 ||
      group.accounts > 1 ||
      linked.some((l) => l.label !== null && l.label !== "legit")
    )
      return null;
    return hit(
      "established_customer",
      -15,
      `過去 ${customer.previousOrders} 件の問題のない注文がある顧客です`,
      `A customer with ${customer.previousOrders} earlier orders and no trouble`,
    );
  },
};
