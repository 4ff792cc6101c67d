import { describe, expect, it } from "vitest";
import { hashSecret, newPublicKey, newSecretKey, newToken, secretsEqual } from "./keys.js";

describe("keys", () => {
  it("makes keys with their kind as prefix and no two alike", () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    expect(tokens.size).toBe(1000);
    expect(newPublicKey()).toMatch(/^pk_[A-Za-z0-9_-]{24}$/);
    expect(newSecretKey()).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
  });

  it("draws fresh bytes for every id across many refills of its pool, never zeros or repeats", () => {
    const tokens = Array.from({ length: 10_000 }, newToken);
    expect(new Set(tokens).size).toBe(10_000);
    expect(tokens.every((t) => /^tok_[A-Za-z0-9_-]{32}$/.test(t))).toBe(true);
    // 320,000 base64url characters from a sound generator use all 64 symbols, each near 1/64 of the time.
    const counts = new Map<string, number>();
    for (const t of tokens) for (const ch of t.slice(4)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(64);
    for (const n of counts.values()) expect(n).toBeGreaterThan(4000);
    expect(tokens.some((t) => t.includes("AAAAAAAA"))).toBe(false);
  });

  it("hashes a secret the same way each time, without containing it", () => {
    const key = newSecretKey();
    expect(hashSecret(key)).toBe(hashSecret(key));
    expect(hashSecret(key)).not.toContain(key);
    expect(hashSecret(key)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("compares secrets of any length without throwing", () => {
    expect(secretsEqual("abc", "abc")).toBe(true);
    expect(secretsEqual("abc", "abcd")).toBe(false);
  });
});
