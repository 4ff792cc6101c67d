import { PAYMENT_METHODS } from "@shinsa/shared";

export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

// 支払方法(名称) is free text chosen by the shop (EC-CUBE defaults: 郵便振替, 現金書留, 銀行振込,
// 代金引換; card and 後払い names come from payment plug-ins). First match wins, so the more
// specific names come first: "クレジットカード後払い" does not exist, but "コンビニ後払い" does.
const PATTERNS: Array<[RegExp, PaymentMethod]> = [
  [/後払い|あと払い|後払|atone|paidy|np\s*後払|deferred|pay\s*later|bnpl/i, "deferred"],
  [/代金引換|代引|着払い|cash on delivery|\bcod\b/i, "cod"],
  [/クレジット|カード|credit|card|visa|master|jcb|amex|stripe/i, "card"],
  [/銀行振込|振込|振替|bank|transfer|ゆうちょ|現金書留/i, "bank"],
  [
    /pay\s*pay|楽天ペイ|amazon\s*pay|apple\s*pay|google\s*pay|line\s*pay|au\s*pay|d払い|メルペイ|wallet|ウォレット/i,
    "wallet",
  ],
];

/** A shop's payment name (or one of our own codes) → the wire's `payment.method`; unknown names are `other`. */
export function paymentMethodOf(name: string): PaymentMethod | undefined {
  const folded = name.normalize("NFKC").trim();
  if (folded === "") return undefined;
  const lower = folded.toLowerCase();
  if ((PAYMENT_METHODS as readonly string[]).includes(lower)) return lower as PaymentMethod;
  return PATTERNS.find(([pattern]) => pattern.test(folded))?.[1] ?? "other";
}
