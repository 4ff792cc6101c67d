import { checkRule, factsOf } from "./fixtures.js";
import { furiganaMismatch } from "./furigana-mismatch.js";

const plain = factsOf();

checkRule(furiganaMismatch, [
  [
    "山田 太郎 read as スズキ ハナコ",
    factsOf({ billing: { name: "山田 太郎", nameKana: "スズキ ハナコ" } }),
    "furigana_mismatch",
  ],
  ["山田 太郎 read as ヤマダ タロウ", plain, null],
  [
    "a rare name the tables do not know",
    factsOf({ billing: { name: "鬼瓦 権蔵", nameKana: "オニガワラ ゴンゾウ" } }),
    null,
  ],
]);
