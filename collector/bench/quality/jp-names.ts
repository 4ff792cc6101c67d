import { toKatakana, toRomaji } from "wanakana";
import type { Rng } from "./prng.js";

// Common surnames roughly in frequency order (weights fall with rank, as in real registries),
// readings in hiragana. Registered 旧字体 spellings (髙橋, 渡邊, 齋藤…) are typed as the common
// form on most forms because IMEs offer it first: the same person appears both ways.
const SURNAMES = `佐藤:さとう 鈴木:すずき 高橋:たかはし 田中:たなか 伊藤:いとう 渡辺:わたなべ 山本:やまもと 中村:なかむら
小林:こばやし 加藤:かとう 吉田:よしだ 山田:やまだ 佐々木:ささき 山口:やまぐち 松本:まつもと 井上:いのうえ 木村:きむら
林:はやし 斎藤:さいとう 清水:しみず 山崎:やまざき 森:もり 池田:いけだ 橋本:はしもと 阿部:あべ 石川:いしかわ 山下:やました
中島:なかじま 石井:いしい 小川:おがわ 前田:まえだ 岡田:おかだ 長谷川:はせがわ 藤田:ふじた 後藤:ごとう 近藤:こんどう
村上:むらかみ 遠藤:えんどう 青木:あおき 坂本:さかもと 斉藤:さいとう 福田:ふくだ 太田:おおた 西村:にしむら 藤井:ふじい
金子:かねこ 岡本:おかもと 藤原:ふじわら 中野:なかの 三浦:みうら 原田:はらだ 中川:なかがわ 松田:まつだ 竹内:たけうち
小野:おの 田村:たむら 中山:なかやま 和田:わだ 石田:いしだ 森田:もりた 上田:うえだ 原:はら 内田:うちだ 柴田:しばた
酒井:さかい 工藤:くどう 横山:よこやま 宮崎:みやざき 宮本:みやもと 大野:おおの 高木:たかぎ 安藤:あんどう 島田:しまだ
谷口:たにぐち 大西:おおにし 野口:のぐち 本間:ほんま 大橋:おおはし 難波:なんば 大塚:おおつか 菅原:すがわら 東海林:しょうじ
五十嵐:いがらし 小松:こまつ 千葉:ちば 佐野:さの 菊地:きくち 久保:くぼ 新井:あらい 桜井:さくらい 河野:こうの`;

const VARIANT_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  高橋: ["髙橋"],
  渡辺: ["渡邊", "渡邉"],
  斎藤: ["齋藤", "齊藤"],
  山崎: ["山﨑", "山嵜"],
  宮崎: ["宮﨑"],
  島田: ["嶋田"],
  桜井: ["櫻井"],
  藤原: ["藤原"],
};

// Given names across generations (昭和 to 令和), with homophones written in other kanji that a
// person with several accounts may use as a "different" name (太郎/太朗, 裕子/祐子/優子).
const MALE = `太郎:たろう 一郎:いちろう 健一:けんいち 誠:まこと 浩:ひろし 隆:たかし 修:おさむ 茂:しげる 博:ひろし
健太:けんた 翔太:しょうた 大輔:だいすけ 拓也:たくや 直樹:なおき 和也:かずや 達也:たつや 雄一:ゆういち 亮:りょう
大輝:だいき 翔:しょう 勇気:ゆうき 慎一:しんいち 純一:じゅんいち 正樹:まさき 陽翔:はると 蓮:れん 悠真:ゆうま
湊:みなと 大翔:ひろと 蒼:あおい 樹:いつき 悠人:ゆうと 颯太:そうた 翔平:しょうへい 康介:こうすけ`;
const FEMALE = `花子:はなこ 恵子:けいこ 陽子:ようこ 裕子:ゆうこ 久美子:くみこ 智子:ともこ 真由美:まゆみ 直美:なおみ
由美:ゆみ 美穂:みほ 愛:あい 彩:あや 舞:まい 麻衣:まい 美咲:みさき 千尋:ちひろ 京子:きょうこ 恭子:きょうこ 結衣:ゆい
陽菜:ひな 結愛:ゆあ 葵:あおい 凛:りん 芽依:めい 美羽:みう さくら:さくら ひなた:ひなた 紗希:さき 優奈:ゆうな 杏:あん`;
export const HOMOPHONES: Readonly<Record<string, readonly string[]>> = {
  太郎: ["太朗"],
  一郎: ["一朗"],
  健一: ["賢一", "健市"],
  裕子: ["祐子", "優子"],
  恵子: ["啓子", "圭子"],
  直樹: ["直毅", "尚樹"],
  翔太: ["翔大", "将太"],
  美穂: ["美保", "美帆"],
  由美: ["由美", "裕美"],
  拓也: ["卓也", "拓哉"],
};

export interface NamePart {
  kanji: string;
  kana: string;
}

const parse = (text: string): NamePart[] =>
  text
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => {
      const [kanji = "", kana = ""] = pair.split(":");
      return { kanji, kana };
    });

const surnames = parse(SURNAMES);
const surnameWeights = surnames.map((s, i) => [s, 1 / (i + 8)] as const);
const males = parse(MALE);
const females = parse(FEMALE);

export interface JpName {
  surname: NamePart;
  given: NamePart;
  /** The registered spelling when it differs from the everyday one (髙橋 for 高橋). */
  registeredSurname?: string;
}

export function pickSurname(rng: Rng): NamePart {
  return rng.weighted(surnameWeights);
}

export function pickGiven(rng: Rng, gender: "m" | "f"): NamePart {
  return rng.pick(gender === "m" ? males : females);
}

export function pickName(rng: Rng, surname?: NamePart): JpName {
  const s = surname ?? pickSurname(rng);
  const name: JpName = { surname: s, given: pickGiven(rng, rng.chance(0.5) ? "m" : "f") };
  const variants = VARIANT_SPELLINGS[s.kanji];
  if (variants && rng.chance(0.3)) name.registeredSurname = rng.pick(variants);
  return name;
}

const halfWidthKana = (katakana: string) => {
  // NFKC folds half-width kana to full width; the reverse needs a table, built from it once.
  return [...katakana].map((ch) => HALF_WIDTH.get(ch) ?? ch).join("");
};
const HALF_WIDTH = new Map<string, string>();
for (let code = 0xff66; code <= 0xff9d; code++) {
  const half = String.fromCharCode(code);
  HALF_WIDTH.set(half.normalize("NFKC"), half);
}
for (const [full, base] of [...HALF_WIDTH].map(([f, h]) => [f, h] as const)) {
  const voiced = String.fromCharCode(full.charCodeAt(0) + 1);
  if ("カキクケコサシスセソタチツテトハヒフヘホ".includes(full)) HALF_WIDTH.set(voiced, `${base}ﾞ`);
  if ("ハヒフヘホ".includes(full)) HALF_WIDTH.set(String.fromCharCode(full.charCodeAt(0) + 2), `${base}ﾟ`);
}
HALF_WIDTH.set("ー", "ｰ");
HALF_WIDTH.set("　", " ");

/** How a person writes their name into a form's name field: spaces vary, kanji variants slip in. */
export function writeName(rng: Rng, name: JpName): string {
  const surname = name.registeredSurname && rng.chance(0.5) ? name.registeredSurname : name.surname.kanji;
  const sep = rng.weighted([
    [" ", 45],
    ["　", 30],
    ["", 25],
  ] as const);
  return `${surname}${sep}${name.given.kanji}`;
}

/** The furigana field: katakana mostly, hiragana on forms that ask for it, half-width on old carts. */
export function writeKana(rng: Rng, name: JpName): string | undefined {
  const style = rng.weighted([
    ["kata", 62],
    ["hira", 20],
    ["half", 7],
    ["none", 8],
    ["long", 3],
  ] as const);
  if (style === "none") return undefined;
  const sep = rng.weighted([
    [" ", 50],
    ["　", 30],
    ["", 20],
  ] as const);
  const kata = `${toKatakana(name.surname.kana)}${sep}${toKatakana(name.given.kana)}`;
  if (style === "hira") return `${name.surname.kana}${sep}${name.given.kana}`;
  if (style === "half") return halfWidthKana(kata);
  // タロウ typed as タロー: people type the long vowel as they hear it.
  if (style === "long") return kata.replace(/([オコソトノホモヨロゴゾドボポョ])ウ/g, "$1ー");
  return kata;
}

/** Romaji as printed on a card: passport Hepburn mostly, but OH/OO/OU and Kunrei all occur. */
export function romanize(rng: Rng, kana: string): string {
  let r = toRomaji(kana).replace(/'/g, "");
  const style = rng.weighted([
    ["passport", 55],
    ["oh", 12],
    ["wapuro", 23],
    ["kunrei", 5],
    ["mbp", 5],
  ] as const);
  if (style === "passport") r = r.replace(/ou|oo/g, "o").replace(/uu/g, "u");
  if (style === "oh") r = r.replace(/o[ou](?![aiueoy])/g, "oh").replace(/uu/g, "u");
  if (style === "kunrei")
    r = r
      .replace(/shi/g, "si")
      .replace(/chi/g, "ti")
      .replace(/tsu/g, "tu")
      .replace(/fu/g, "hu")
      .replace(/ji/g, "zi")
      .replace(/sh([auo])/g, "sy$1");
  if (style === "mbp") r = r.replace(/n([bmp])/g, "m$1").replace(/ou|oo/g, "o");
  return r.toUpperCase();
}

/** The card holder field: given name first on most cards, surname first on some. */
export function writeCardHolder(rng: Rng, name: JpName): string {
  const given = romanize(rng, name.given.kana);
  const surname = romanize(rng, name.surname.kana);
  const text = rng.chance(0.8) ? `${given} ${surname}` : `${surname} ${given}`;
  return rng.chance(0.12) ? text.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase()) : text;
}

export const romajiOf = (kana: string) => toRomaji(kana).replace(/'/g, "").replace(/ou/g, "o").replace(/uu/g, "u");

/** Residents from abroad (about 3% of Japan's population): romaji or katakana names, other locales. */
export const FOREIGN_RESIDENTS = [
  { name: "NGUYEN VAN AN", holder: "NGUYEN VAN AN", kana: "グエン バン アン", languages: ["vi-VN", "vi", "ja"] },
  { name: "TRAN THI HOA", holder: "TRAN THI HOA", kana: "チャン ティ ホア", languages: ["vi-VN", "vi", "en-US"] },
  { name: "王 偉", holder: "WANG WEI", kana: "ワン ウェイ", languages: ["zh-CN", "zh", "ja"] },
  { name: "李 娜", holder: "LI NA", kana: "リ ナ", languages: ["zh-CN", "zh", "ja-JP"] },
  { name: "MARIA SANTOS", holder: "MARIA SANTOS", kana: "マリア サントス", languages: ["en-US", "fil", "ja"] },
  { name: "JOHN SMITH", holder: "JOHN SMITH", kana: "ジョン スミス", languages: ["en-US", "en"] },
  { name: "KIM MINJUN", holder: "MINJUN KIM", kana: "キム ミンジュン", languages: ["ko-KR", "ko", "ja"] },
  { name: "SHRESTHA RAM", holder: "RAM SHRESTHA", kana: "シュレスタ ラム", languages: ["en-US", "ne", "ja"] },
] as const;
