import fc from "fast-check";

// What an attacker or a broken client sends, for property-based tests: text with NUL, lone
// surrogates, controls, full-width and combining forms, kana and kanji, numbers at the edges, and
// JSON of any shape. Each property runs with a fixed seed, so a failure reproduces.

export const SEED = 20261203;

/** One UTF-16 code unit of any value, lone surrogates and NUL included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const japanese = fc.constantFrom(
  ..."山田太郎東京都千代田区丁目番地号ヤマダタロウｶﾀｶﾅーｰ〒１２３４５６７８９０－ー髙﨑①㈱".split(""),
);
const edgy = fc.constantFrom(
  "\u0000",
  "\ud800",
  "\udfff",
  "\u200b",
  "\ufeff",
  "\u202e",
  "'",
  '"',
  "\\",
  ",",
  "\n",
  "\r",
);

/** A string mixing Japanese, ASCII, edge characters and arbitrary code units. */
export const hostileString = (maxLength = 40) =>
  fc.string({
    unit: fc.oneof({ weight: 3, arbitrary: japanese }, fc.string({ minLength: 1, maxLength: 1 }), edgy, anyCodeUnit),
    maxLength,
  });

/** Numbers a JSON body can carry, the awkward ones included. */
export const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, 5e-324),
);

/** Any JSON value, at most a few levels deep, with hostile strings and numbers. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    hostileString(),
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(hostileString(8), fc.constantFrom("name", "email", "__proto__", "constructor")),
      tie("value"),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

/** A value for a field: usually of the right kind but hostile, sometimes of any kind. */
export const fieldValue = fc.oneof({ weight: 3, arbitrary: hostileString() }, hostileNumber, hostileJson);

/** An object with some of these fields, each with a hostile value, and maybe an unknown one. */
export const hostileRecord = (fields: string[]) =>
  fc.record(Object.fromEntries([...fields, "unknownField"].map((f) => [f, fieldValue])), { requiredKeys: [] });
