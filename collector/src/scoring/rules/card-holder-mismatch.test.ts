import { cardHolderMismatch } from "./card-holder-mismatch.js";
import { checkRule, factsOf, plainOrder } from "./fixtures.js";

checkRule(cardHolderMismatch, [
  [
    "HANAKO SUZUKI paying for ヤマダ タロウ",
    factsOf({ payment: { method: "card", cardHolder: "HANAKO SUZUKI" } }),
    "card_holder_mismatch",
  ],
  ["YAMADA TAROU for ヤマダ タロウ", factsOf({ payment: { method: "card", cardHolder: "YAMADA TAROU" } }), null],
  [
    "a parent's card, HANAKO YAMADA, paying for ヤマダ タロウ",
    factsOf({ payment: { method: "card", cardHolder: "HANAKO YAMADA" } }),
    null,
  ],
  [
    "MARIA SANTOS's own card, her furigana a transcription",
    factsOf({
      billing: { ...plainOrder.billing, name: "MARIA SANTOS", nameKana: "マリア サントス" },
      payment: { method: "card", cardHolder: "MARIA SANTOS" },
    }),
    null,
  ],
  ["no holder name", factsOf({ payment: { method: "card" } }), null],
]);
