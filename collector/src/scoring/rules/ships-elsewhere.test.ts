import { checkRule, factsOf } from "./fixtures.js";
import { shipsElsewhere } from "./ships-elsewhere.js";

checkRule(shipsElsewhere, [
  [
    "a parcel to Osaka billed in Tokyo",
    factsOf({ shipping: { address: "大阪府大阪市北区梅田1-1-1", postalCode: "530-0001" } }),
    "ships_elsewhere",
  ],
  [
    "1-3-1 and 1丁目3番1号 of one door",
    factsOf({ shipping: { address: "東京都千代田区霞が関一丁目３番１号", postalCode: "100-0013" } }),
    null,
  ],
]);
