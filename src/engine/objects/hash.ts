/**
 * CPython's string hash: SipHash over the string's internal representation (1, 2 or 4
 * bytes per code point), keyed by the hash secret. PyHeap runs as if PYTHONHASHSEED=0,
 * which zeroes the secret, so hash("a") and set iteration order match CPython run that way.
 * 3.10 used SipHash-2-4; 3.11 switched the default to SipHash-1-3 (Python/pyhash.c).
 */

const MASK = (1n << 64n) - 1n;

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & MASK;
}

export function siphash(bytes: Uint8Array, cRounds: number, dRounds: number): bigint {
  const k0 = 0n;
  const k1 = 0n;
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = (): void => {
    v0 = (v0 + v1) & MASK; v1 = rotl(v1, 13n); v1 ^= v0; v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & MASK; v3 = rotl(v3, 16n); v3 ^= v2;
    v0 = (v0 + v3) & MASK; v3 = rotl(v3, 21n); v3 ^= v0;
    v2 = (v2 + v1) & MASK; v1 = rotl(v1, 17n); v1 ^= v2; v2 = rotl(v2, 32n);
  };
  const len = bytes.length;
  const whole = len - (len % 8);
  for (let i = 0; i < whole; i += 8) {
    let m = 0n;
    for (let j = 7; j >= 0; j--) m = (m << 8n) | BigInt(bytes[i + j]!);
    v3 ^= m;
    for (let r = 0; r < cRounds; r++) round();
    v0 ^= m;
  }
  let b = BigInt(len & 0xff) << 56n;
  for (let j = len - whole - 1; j >= 0; j--) b |= BigInt(bytes[whole + j]!) << BigInt(8 * j);
  v3 ^= b;
  for (let r = 0; r < cRounds; r++) round();
  v0 ^= b;
  v2 ^= 0xffn;
  for (let r = 0; r < dRounds; r++) round();
  return (v0 ^ v1 ^ v2 ^ v3) & MASK;
}

/** The bytes CPython hashes for a str: its code points in the narrowest fixed width. */
function strBytes(s: string): Uint8Array {
  const cps: number[] = [];
  let max = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    cps.push(c);
    if (c > max) max = c;
  }
  const width = max < 256 ? 1 : max < 65536 ? 2 : 4;
  const out = new Uint8Array(cps.length * width);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i]!;
    for (let k = 0; k < width; k++) out[i * width + k] = (c >> (8 * k)) & 0xff;
  }
  return out;
}

/** hash(str) as a signed 64-bit value (number when it is a safe integer). */
export function strHash(s: string, algorithm: 'siphash24' | 'siphash13'): number | bigint {
  if (s.length === 0) return 0;
  const u = algorithm === 'siphash24' ? siphash(strBytes(s), 2, 4) : siphash(strBytes(s), 1, 3);
  let h = BigInt.asIntN(64, u);
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** Tuple hash (Objects/tupleobject.c, xxHash-based since 3.8). */
export function tupleHash(itemHashes: (number | bigint)[]): number | bigint {
  const PRIME1 = 11400714785074694791n;
  const PRIME2 = 14029467366897019727n;
  const PRIME5 = 2870177450012600261n;
  let acc = PRIME5;
  for (const h of itemHashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * PRIME2) & MASK;
    acc = rotl(acc, 31n);
    acc = (acc * PRIME1) & MASK;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (PRIME5 ^ 3527539n))) & MASK;
  if (acc === MASK) return 1546275796;
  const h = BigInt.asIntN(64, acc);
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}
