import { hit, type Rule } from "./rule.js";

export const phoneRisk: Rule = {
  code: "phone_risk",
  evaluate: ({ identity }) => {
    const types = new Set(identity.phones.map((p) => p.type));
    if (types.has("invalid"))
      return hit("phone_invalid", 20, "電話番号が無効です", "The phone number is not a valid one");
    if (types.has("ip_phone"))
      return hit("phone_ip", 10, "050 の IP 電話番号です", "The phone number is an 050 IP phone, easy to get and drop");
    if (types.has("toll_free"))
      return hit(
        "phone_toll_free",
        15,
        "フリーダイヤルの番号です",
        "The phone number is a toll-free one, not a person's",
      );
    return null;
  },
};
