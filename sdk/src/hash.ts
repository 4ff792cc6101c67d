// Two FNV-1a lanes with different offsets give 64 bits: enough to tell fingerprints apart, sync and
// far cheaper than crypto.subtle's promise round trip for strings this small.
export function hash(input: string): string {
  let a = 0x811c9dc5;
  let b = 0x2b992ddf;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
