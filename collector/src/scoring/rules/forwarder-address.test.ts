import { checkRule, factsOf } from "./fixtures.js";
import { forwarderAddress } from "./forwarder-address.js";

const plain = factsOf();

checkRule(forwarderAddress, [
  ["局留め", factsOf({ shipping: { address: "東京都千代田区霞が関1-3-1 霞が関郵便局留め" } }), "forwarder_hint"],
  [
    "局留め in the buyer's own name and city",
    factsOf({ shipping: { name: "山田 太郎", address: "東京都千代田区丸の内2-7-2 東京中央郵便局留め" } }),
    "own_hold_for_pickup",
  ],
  [
    "局留め in the buyer's name, in another prefecture",
    factsOf({ shipping: { name: "山田 太郎", address: "大阪府大阪市北区梅田3-2-4 大阪北郵便局留め" } }),
    "forwarder_hint",
  ],
  [
    "局留め in the buyer's name near work, in the next prefecture of the capital area",
    factsOf({ shipping: { name: "山田 太郎", address: "神奈川県横浜市西区高島2-14-2 横浜中央郵便局留め" } }),
    "own_hold_for_pickup",
  ],
  [
    "営業所止め under another name in the buyer's city",
    factsOf({ shipping: { name: "佐藤 花子", address: "東京都千代田区丸の内2-7-2 ヤマト運輸 丸の内センター止め" } }),
    "forwarder_hint",
  ],
  [
    "a forwarder the site listed",
    factsOf(
      { shipping: { address: "千葉県市川市塩浜2-13-1 ABC-12345" } },
      { settings: { ...plain.settings, forwarders: ["千葉県市川市塩浜2丁目13-1"] } },
    ),
    "forwarder_listed",
  ],
  ["a home", plain, null],
]);
