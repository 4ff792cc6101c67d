import { hit, type Rule } from "./rule.js";

// Only a reading that fits no character counts: an unknown name ("unknown") is never held against anyone.
export const furiganaMismatch: Rule = {
  code: "furigana_mismatch",
  evaluate: ({ identity }) =>
    identity.furigana === "no_fit"
      ? hit("furigana_mismatch", 15, "氏名とフリガナが一致しません", "The furigana does not read the name")
      : null,
};
