import { romajiTokens } from "./romaji.js";

export interface CardInput {
  /** First 6 or 8 digits of the PAN, as the payment provider reports them. */
  bin?: string | null;
  last4?: string | null;
  holder?: string | null;
}

export interface CardKey {
  bin: string | null;
  last4: string | null;
  /** Loose romaji of the holder, words sorted, so TARO YAMADA and YAMADA TAROU agree; "" when absent. */
  holderKey: string;
  /** bin|last4|holderKey, or null without both bin and last4: a card seen again under any spelling. */
  key: string | null;
}

function digits(text: string | null | undefined, lengths: readonly number[]): string | null {
  const only = (text ?? "").normalize("NFKC").replace(/[\s-]/g, "");
  return /^\d+$/.test(only) && lengths.includes(only.length) ? only : null;
}

/** A link key for a payment card from what a PCI-scoped merchant may keep: BIN, last four, holder. */
export function getCardKey(input: CardInput): CardKey {
  const bin = digits(input.bin, [6, 8]);
  const last4 = digits(input.last4, [4]);
  const holderKey = romajiTokens(input.holder ?? "")
    .sort()
    .join(" ");
  return { bin, last4, holderKey, key: bin && last4 ? `${bin}|${last4}|${holderKey}` : null };
}
