import { checkRule, factsOf } from "./fixtures.js";
import { resaleGoodsElsewhere } from "./resale-goods-elsewhere.js";

const toOsaka = { shipping: { name: "佐藤 次郎", postalCode: "530-0001", address: "大阪府大阪市北区梅田1-1-1" } };

checkRule(resaleGoodsElsewhere, [
  ["a console to another name in another prefecture", factsOf(toOsaka, { riskyUnits: 1 }), "resale_goods_elsewhere"],
  ["everyday goods to the same door", factsOf(toOsaka), null],
  ["a console sent home", factsOf({}, { riskyUnits: 1 }), null],
  [
    "a console collected at a convenience store in the buyer's own name",
    factsOf(
      {
        shipping: {
          name: "山田 太郎",
          postalCode: "100-0005",
          address: "東京都千代田区丸の内1-9-1 ファミリーマート丸の内店 店頭受取",
        },
      },
      { riskyUnits: 1 },
    ),
    null,
  ],
]);
