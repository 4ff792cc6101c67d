import { hit, type Rule } from "./rule.js";

export const negativeList: Rule = {
  code: "negative_list",
  evaluate: ({ denyHits }) => {
    const first = denyHits[0];
    if (!first) return null;
    const kinds = [...new Set(denyHits.map((h) => h.kind))].join(", ");
    return hit(
      "negative_list",
      50,
      `ネガティブリストに登録された情報と一致します (${kinds})`,
      `Matches the site's negative list (${kinds})`,
    );
  },
};
