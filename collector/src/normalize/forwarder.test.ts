import { describe, expect, it } from "vitest";
import { findForwarderHints } from "./forwarder.js";

describe("findForwarderHints", () => {
  it.each([
    ["大阪府大阪市西区本田4-1-7 LYF2266455", ["customer_code"]],
    ["東京都江東区新砂1-2-3 JP12345", ["customer_code"]],
    ["東京都江東区新砂1-2-3 ＡＢＣ－１２３４５", ["customer_code"]],
    ["東京都千代田区千代田1-1 A-101", []],
    ["東京都千代田区千代田1-1 グランドハイツ1203号室", []],
    ["東京都中央区銀座8-20-26 銀座郵便局留め", ["post_office_hold"]],
    ["愛知県名古屋市中区錦1-1 ヤマト運輸名古屋中央営業所止め", ["carrier_depot_hold"]],
    ["福岡県福岡市博多区博多駅前2-1 私書箱123号", ["po_box"]],
    ["神奈川県横浜市中区山下町1 鈴木様方", ["care_of"]],
    ["東京都港区芝公園4-2-8 株式会社サンプル気付", ["care_of"]],
    ["東京都新宿区西新宿2-8-1 ファミリーマート西新宿店 店頭受取", ["convenience_store_pickup"]],
    ["東京都日野市百草7-12-4 セブン-イレブン 百草駅前店（コンビニ受取）", ["convenience_store_pickup"]],
    ["大阪府大阪市北区梅田3-1-1 ローソン 梅田駅前店", ["convenience_store_pickup"]],
    ["神奈川県横浜市西区高島2-16-1 PUDOステーション 横浜駅東口", ["locker_pickup"]],
    ["東京都港区芝5-33-1 Amazon Hub ロッカー - 田町", ["locker_pickup"]],
  ])("reads hints in %s", (address, hints) => {
    expect(findForwarderHints(address)).toEqual(hints);
  });
});
