/**
 * What every JSON value must be before a schema reads it, whatever route or file it came from.
 * PostgreSQL's `text` cannot hold U+0000, and a lone UTF-16 surrogate is not Unicode at all (it
 * has no UTF-8 form): both used to reach the database and come back as a 500. Deep nesting costs
 * the validator stack and time for nothing a real client sends.
 */
export const MAX_JSON_DEPTH = 16;

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding the NUL is this regex's purpose.
const ILL_FORMED = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True for text PostgreSQL can store as it is: no NUL, no lone surrogate. */
export const isStorableText = (text: string) => !ILL_FORMED.test(text);

export interface JsonFault {
  path: string;
  message: string;
}

/** The first place where `value` holds unstorable text (in a key or a string) or nests too deep. */
export function findJsonFault(value: unknown, maxDepth = MAX_JSON_DEPTH): JsonFault | null {
  return walk(value, [], maxDepth, maxDepth);
}

function walk(value: unknown, path: Array<string | number>, depthLeft: number, maxDepth: number): JsonFault | null {
  if (typeof value === "string") {
    return isStorableText(value) ? null : fault(path, "holds a NUL character or a lone surrogate");
  }
  if (value === null || typeof value !== "object") return null;
  if (depthLeft === 0) return fault(path, `nests deeper than ${maxDepth} levels`);
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  for (const [key, child] of entries) {
    if (typeof key === "string" && !isStorableText(key)) {
      return fault(path, "has a field name with a NUL character or a lone surrogate");
    }
    const found = walk(child, [...path, key], depthLeft - 1, maxDepth);
    if (found) return found;
  }
  return null;
}

const fault = (path: Array<string | number>, message: string): JsonFault => ({
  path: path.length ? path.join(".") : "body",
  message,
});
