/**
 * Fixed and exponent notation for floats with CPython's rounding. JavaScript's toFixed and
 * toExponential round exact ties upwards; CPython rounds the exact binary value half to
 * even (format(2.5, '.0f') == '2', format(0.125, '.2f') == '0.12'). Only exact ties
 * differ, so the JavaScript result is used unless the value lies exactly halfway.
 */

/** The exact value of a finite double as digits * 10**exp (digits a bigint). */
function exactDecimal(v: number): { digits: bigint; exp: number } {
  if (v === 0) return { digits: 0n, exp: 0 };
  let m = Math.abs(v);
  let e2 = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e2--;
  }
  let digits = BigInt(m);
  let exp = 0;
  if (e2 < 0) {
    digits *= 5n ** BigInt(-e2);
    exp = e2;
  }
  return { digits, exp };
}

/** True when |v| * 10**places is exactly an integer plus one half. */
function isExactTie(v: number, places: number): boolean {
  const { digits, exp } = exactDecimal(v);
  const shift = exp + places; // value * 10**places = digits * 10**shift
  if (shift >= 0) return false;
  const p = 10n ** BigInt(-shift);
  return 2n * (digits % p) === p;
}

export function toFixedPython(v: number, places: number): string {
  if (Math.abs(v) >= 1e21) {
    // toFixed switches to exponent notation here; the value is an integer anyway.
    const whole = BigInt(Math.abs(v)).toString();
    return places > 0 ? `${whole}.${'0'.repeat(places)}` : whole;
  }
  const s = Math.abs(v).toFixed(places);
  if (!isExactTie(v, places)) return s;
  // JavaScript rounded up; round half to even instead.
  const { digits, exp } = exactDecimal(v);
  const p = 10n ** BigInt(-(exp + places));
  let q = digits / p;
  if (q % 2n !== 0n) q += 1n;
  const str = q.toString().padStart(places + 1, '0');
  return places === 0 ? str : `${str.slice(0, -places)}.${str.slice(-places)}`;
}

export function toExponentialPython(v: number, places: number): string {
  const a = Math.abs(v);
  const s = a.toExponential(places);
  if (a === 0) return s;
  const e = Number(s.split('e')[1]);
  const scaled = places - e;
  if (!isExactTie(a, scaled)) return s;
  const { digits, exp } = exactDecimal(a);
  const shift = exp + scaled;
  const p = 10n ** BigInt(-shift);
  let q = digits / p;
  if (q % 2n !== 0n) q += 1n;
  const str = q.toString();
  // A carry can add a digit (9.5 -> 10): renormalise.
  const carry = str.length > places + 1 ? 1 : 0;
  const mant = str.slice(0, places + 1);
  const ee = e + carry;
  return `${mant[0]}${places > 0 ? '.' + mant.slice(1) : ''}e${ee < 0 ? '-' : '+'}${Math.abs(ee)}`;
}
