import { checkRule, factsOf } from "./fixtures.js";
import { phoneRisk } from "./phone-risk.js";

checkRule(phoneRisk, [
  ["an 050 number", factsOf({ billing: { ...factsOf().order.billing, phone: "050-1234-5678" } }), "phone_ip"],
  ["a made-up number", factsOf({ billing: { ...factsOf().order.billing, phone: "000-0000" } }), "phone_invalid"],
  ["0120 toll-free", factsOf({ billing: { ...factsOf().order.billing, phone: "0120-123-456" } }), "phone_toll_free"],
  [
    "a mobile in full width",
    factsOf({ billing: { ...factsOf().order.billing, phone: "０９０－１２３４－５６７８" } }),
    null,
  ],
]);
