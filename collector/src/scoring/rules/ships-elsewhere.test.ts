import { checkRule, factsOf } from "./fixtures.js";
import { shipsElsewhere } from "./ships-elsewhere.js";

checkRule(shipsElsewhere, [
  [
    "a parcel to Osaka billed in Tokyo",
    factsOf({ shipping: { address: "大阪府大阪市北区梅田1-1-1", postalCode: "530-0001" } }),
    "ships_elsewhere",
  ],
  [
    "a convenience-store pick-up in the buyer's own name",
    factsOf({
      shipping: {
        name: "山田 太郎",
        address: "東京都千代田区丸の内1-9-1 ファミリーマート丸の内店 店頭受取",
        postalCode: "100-0005",
      },
    }),
    null,
  ],
  [
    "a post-office hold in another person's name",
    factsOf({
      shipping: { name: "佐藤 花子", address: "東京都千代田区丸の内2-7-2 東京中央郵便局留め", postalCode: "100-0005" },
    }),
    "ships_elsewhere",
  ],
  [
    "1-3-1 and 1丁目3番1号 of one door",
    factsOf({ shipping: { address: "東京都千代田区霞が関一丁目３番１号", postalCode: "100-0013" } }),
    null,
  ],
]);
