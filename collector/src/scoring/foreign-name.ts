// Whether a buyer's folded name (identity.ts: personKey, surnameKey) is written the way foreign residents
// write theirs: in Latin letters (NGUYEN VAN AN, MARIA SANTOS), or under a common Chinese or Korean
// surname (王 偉, 李 娜, 金 民俊). Such a name does not follow the Japanese rule of one surname per
// married couple (夫婦同姓, Civil Code art. 750 binds Japanese nationals only): a foreign-born spouse
// keeps their own name while the children carry the Japanese parent's, so at one door a differing
// surname beside a foreign one is no sign of strangers. Kana-only names are not foreign here: a
// Japanese name written in kana is also how a reseller disguises one person as another.

// Surnames of the largest Chinese and Korean communities in Japan that no common Japanese surname
// is (林, 高, 馬 are left out: they are Japanese surnames too).
const CHINESE_KOREAN_SURNAMES = new Set([..."王李張劉陳楊趙黄周呉徐孫胡郭何朱金朴崔鄭姜尹韓"]);
// Japanese surnames begin with 金 (金子, 金田, 金井): only a surname told apart by a space counts.
const ALSO_JAPANESE_PREFIX = new Set(["金"]);

const LATIN = /\p{Script=Latin}/u;

export function isForeignName(person: { personKey: string | null; surnameKey: string | null }): boolean {
  const { personKey, surnameKey } = person;
  if (personKey === null || personKey.startsWith("kana:")) return false;
  if (LATIN.test(personKey)) return true;
  if (surnameKey !== null && CHINESE_KOREAN_SURNAMES.has(surnameKey)) return true;
  // Written without a space (the surname then known from the kana at most): a two- or
  // three-character name under one of those surnames.
  const first = [...personKey][0] ?? "";
  const length = [...personKey].length;
  return (
    (surnameKey === null || surnameKey.startsWith("kana:")) &&
    length >= 2 &&
    length <= 3 &&
    CHINESE_KOREAN_SURNAMES.has(first) &&
    !ALSO_JAPANESE_PREFIX.has(first)
  );
}
