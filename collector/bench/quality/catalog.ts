import type { Rng } from "./prng.js";

// A general online shop's catalogue: mostly everyday goods, with the high-demand items that
// resellers and card fraudsters go for (and that ordinary customers buy too, on launch days).

export interface Item {
  sku: string;
  name: string;
  category: string;
  unitPrice: number;
  /** What resellers and fraudsters want: consoles, trading cards, limited sneakers, phones. */
  hot: boolean;
}

const item = (sku: string, name: string, category: string, unitPrice: number, hot = false): Item => ({
  sku,
  name,
  category,
  unitPrice,
  hot,
});

export const EVERYDAY: readonly Item[] = [
  item("FD-RICE-5", "新潟県産コシヒカリ 5kg", "food", 3980),
  item("FD-COFFEE", "ドリップコーヒー 100袋", "food", 2480),
  item("FD-WATER", "天然水 2L×9本", "food", 1380),
  item("BT-SHAMPOO", "ノンシリコンシャンプー 詰め替え", "beauty", 1650),
  item("BT-SERUM", "美容液 30ml", "beauty", 4800),
  item("BK-NOVEL", "文庫本 小説", "books", 880),
  item("BK-MANGA-SET", "コミック 1〜10巻セット", "books", 5280),
  item("AP-TSHIRT", "綿100% Tシャツ", "apparel", 1990),
  item("AP-DOWN", "ライトダウンジャケット", "apparel", 7990),
  item("HM-TOWEL", "今治タオル 3枚組", "home", 3300),
  item("HM-PAN", "フライパン 26cm", "home", 2980),
  item("KD-TOY", "知育ブロック", "toys", 3520),
  item("PT-FOOD", "キャットフード 2kg", "pet", 2180),
  item("EL-CABLE", "USB-C ケーブル 2m", "electronics", 1280),
  item("EL-MOUSE", "ワイヤレスマウス", "electronics", 2980),
  item("EL-EARBUD", "ワイヤレスイヤホン", "electronics", 12800),
  item("HM-VAC", "コードレス掃除機", "appliances", 39800),
  item("HM-RICECOOKER", "IH炊飯器 5.5合", "appliances", 24800),
];

export const HOT: readonly Item[] = [
  item("GM-PS5", "PlayStation 5 デジタル・エディション", "game_console", 72980, true),
  item("GM-SW2", "Nintendo Switch 2 日本語・国内専用", "game_console", 49980, true),
  item("GM-SW2-MK", "Nintendo Switch 2 マリオカート ワールド セット", "game_console", 53980, true),
  item("TC-PKM-BOX", "ポケモンカードゲーム 拡張パック BOX", "trading_cards", 5400, true),
  item("TC-OP-BOX", "ワンピースカードゲーム ブースターパック BOX", "trading_cards", 4840, true),
  item("SN-DUNK-LTD", "限定スニーカー ダンク ロー", "sneakers", 16500, true),
  item("SN-JORDAN-LTD", "限定スニーカー エアジョーダン 1", "sneakers", 24200, true),
  item("PH-IP16-128", "iPhone 16 128GB", "smartphone", 124800, true),
  item("PH-IP16P-256", "iPhone 16 Pro 256GB", "smartphone", 174800, true),
  item("EL-APP-PRO", "AirPods Pro 2", "electronics", 39800, true),
  item("CM-ZV-E10", "ミラーレス一眼カメラ", "camera", 98000, true),
  item("GC-APPLE-10K", "App Store & iTunes ギフトカード 10,000円", "gift_card", 10000, true),
  item("GC-AMZ-30K", "ギフトカード 30,000円", "gift_card", 30000, true),
];

/** An ordinary basket: one to three everyday things, sometimes one hot item. */
export function everydayBasket(rng: Rng, hotChance = 0.06): { item: Item; quantity: number }[] {
  if (rng.chance(hotChance)) {
    const hot = rng.pick(HOT.filter((i) => i.category !== "gift_card" || rng.chance(0.3)));
    return [{ item: hot, quantity: hot.category === "trading_cards" && rng.chance(0.3) ? 2 : 1 }];
  }
  return rng
    .sample(
      EVERYDAY,
      rng.weighted([
        [1, 60],
        [2, 28],
        [3, 12],
      ] as const),
    )
    .map((i) => ({
      item: i,
      quantity: rng.weighted([
        [1, 80],
        [2, 15],
        [3, 5],
      ] as const),
    }));
}

export function hotItem(rng: Rng, categories: readonly string[]): Item {
  return rng.pick(HOT.filter((i) => categories.includes(i.category)));
}

export interface Card {
  bin: string;
  last4: string;
}

// Brand prefixes only (Visa 4, Mastercard 51–55, JCB 3528–3589, Amex 37); the rest is random, so
// these name no real issuer.
export function newCard(rng: Rng): Card {
  const brand = rng.weighted([
    ["visa", 45],
    ["master", 25],
    ["jcb", 25],
    ["amex", 5],
  ] as const);
  const prefix =
    brand === "visa"
      ? `4${rng.int(10000, 99999)}`
      : brand === "master"
        ? `5${rng.int(1, 5)}${rng.int(1000, 9999)}`
        : brand === "jcb"
          ? `35${rng.int(28, 89)}${rng.int(10, 99)}`
          : `37${rng.int(1000, 9999)}`;
  return { bin: prefix, last4: String(rng.int(0, 9999)).padStart(4, "0") };
}

// Where shoppers sit, as /16 prefixes (hosts are random). Homes: /16s of Japanese broadband ISPs,
// each checked to be registered to Japan (the RIRs' delegations, data/japan-networks.txt), on no
// hosting list, and announced by the ISP's own ASN (RouteViews via @ip-location-db/asn): NTT OCN
// (AS4713), SoftBank (AS17676), KDDI (AS2516), So-net (AS2527), BIGLOBE (AS2518), J:COM (AS9824)
// and OPTAGE eo (AS17511). Earlier versions drew homes from whole /8s (126., 153., 114. …): in all
// but 126/8, 40–78% of the addresses are registered abroad, and up to 3% are hosting.
const RESIDENTIAL = [
  "60.34.",
  "60.37.",
  "60.66.",
  "60.71.",
  "114.17.",
  "118.152.",
  "118.236.",
  "219.98.",
  "118.108.",
  "60.60.",
  "110.129.",
  "180.145.",
];
const MOBILE_CGNAT = ["1.66.", "1.72.", "49.98.", "49.104.", "106.128.", "106.130."];
// Hosting networks a fraudster rents a proxy or VM in, each checked against the ASN that announces
// it (RouteViews via @ip-location-db/asn): AWS Tokyo (AS16509), Vultr (AS20473), SAKURA Internet
// (AS9370, AS9371) and IDC Frontier (AS4694). Earlier versions had 133.18/16 (not announced at all)
// and 103.75/16 (mostly small ISPs abroad), which no real list of hosting networks could know.
const DATACENTRE = ["13.112.", "54.250.", "3.112.", "45.76.", "160.16.", "164.46.", "133.167."];

// Homes and phones abroad (a stranger's own connection, a residential proxy there, a shopper on a
// trip), each /16 announced by the country's incumbent (RouteViews): China Telecom (AS4812), Korea
// Telecom (AS4766), Chunghwa Telecom in Taiwan (AS3462), Viettel (AS7552), Comcast (AS7922).
const ABROAD = ["58.32.", "121.128.", "1.160.", "27.64.", "73.10."];

export type IpKind = "home" | "mobile" | "datacentre" | "abroad";

const PREFIXES: Record<IpKind, string[]> = {
  home: RESIDENTIAL,
  mobile: MOBILE_CGNAT,
  datacentre: DATACENTRE,
  abroad: ABROAD,
};

export function newIp(rng: Rng, kind: IpKind): string {
  const prefix = rng.pick(PREFIXES[kind]);
  const octets = prefix.split(".").filter(Boolean).length;
  const rest = Array.from({ length: 4 - octets }, () => rng.int(1, 254));
  return `${prefix}${rest.join(".")}`;
}

/** Mobile carriers put many subscribers behind few addresses (CGNAT): strangers share IPs. */
export function mobileIp(rng: Rng): string {
  return `${rng.pick(MOBILE_CGNAT)}${rng.int(0, 3)}.${rng.int(1, 40)}`;
}

/** Launch days (発売日) at 10:00 JST, spread over the span: when resellers and fans all buy at once. */
export function dropTimes(start: number, days: number): { at: number; categories: string[] }[] {
  const categories = [["game_console"], ["trading_cards"], ["sneakers"], ["game_console", "trading_cards"]];
  return categories.map((c, i) => ({
    at: start + Math.floor(((i + 0.6) * days) / categories.length) * 86_400_000 + 10 * 3_600_000,
    categories: c,
  }));
}
