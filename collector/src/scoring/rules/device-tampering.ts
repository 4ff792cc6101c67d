import { hit, type Rule } from "./rule.js";

export const deviceTampering: Rule = {
  code: "device_tampering",
  evaluate: ({ device }) =>
    device?.flags.tampering
      ? hit("device_tampering", 30, "端末情報が偽装されています", "The browser disguises what it is")
      : null,
};
