import { describe, expect, it } from "vitest";
import { hashSecret, newPublicKey, newSecretKey, newToken, secretsEqual } from "./keys.js";

describe("keys", () => {
  it("makes keys with their kind as prefix and no two alike", () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    expect(tokens.size).toBe(1000);
    expect(newPublicKey()).toMatch(/^pk_[A-Za-z0-9_-]{24}$/);
    expect(newSecretKey()).toMatch(/^sk_[A-Za-z0-9_-]{43}$/);
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
