/**
 * float (Objects/floatobject.c): IEEE doubles, Python's shortest repr, and the float
 * free list, which is why a float's address is reused by the next float.
 */

import { rt } from '../runtime.ts';
import { PyObject, type PyType, type CompareOp } from './object.ts';
import { PyInt, intToFloat, intHash, newBool, newInt, toBig } from './int.ts';
import { raise } from './errors.ts';
import { genericGetAttr } from './typeobject.ts';
import { defineMethods } from './builtinfunc.ts';
import { newTuple } from './tuple.ts';
import { methodSignatures, noArgs } from './argspec.ts';

export class PyFloat extends PyObject {
  v: number;
  constructor(type: PyType, v: number) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.v = v;
  }
}

export function newFloat(v: number): PyObject {
  const h = rt.heap;
  const free = h.freeLists.float;
  if (free.length > 0) {
    const o = free.pop() as PyFloat;
    o.v = v;
    h.reborn(o);
    return o;
  }
  return h.allocate(new PyFloat(rt.types.float, v), rt.profile.sizes.float, false);
}

/** repr(float): the shortest string that round-trips, in Python's notation. */
export function floatRepr(v: number): string {
  if (Number.isNaN(v)) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  // toExponential() without an argument gives the shortest round-trip digits.
  const [mant, expPart] = v.toExponential().split('e') as [string, string];
  const exp = Number(expPart);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    out = `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else if (exp < 0) {
    out = `0.${'0'.repeat(-exp - 1)}${digits}`;
  } else if (digits.length > exp + 1) {
    out = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  } else {
    out = `${digits}${'0'.repeat(exp + 1 - digits.length)}.0`;
  }
  return neg ? `-${out}` : out;
}

const HASH_BITS = 61;
const HASH_MODULUS = (1n << 61n) - 1n;

/** _Py_HashDouble for finite values; NaN hashes by identity in 3.10+ (handled by caller). */
export function floatHash(v: number): number | bigint {
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 53) return intHash(v);
  if (!Number.isFinite(v)) return v > 0 ? 314159 : -314159;
  // Exact rational arithmetic: v = m * 2**e with integer m.
  let e = 0;
  let m = Math.abs(v);
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  let x = BigInt(m) % HASH_MODULUS;
  // multiply by 2**e mod P, e negative: 2**-k = 2**(61 - k % 61) mod P
  const k = ((e % HASH_BITS) + HASH_BITS) % HASH_BITS;
  x = ((x << BigInt(k)) % HASH_MODULUS);
  let h = v < 0 ? -x : x;
  if (h === -1n) h = -2n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}

/** A float or int operand as a JS number; null for other types (NotImplemented). */
function asDouble(o: PyObject): number | null {
  if (o instanceof PyFloat) return o.v;
  if (o instanceof PyInt) return intToFloat(o.v);
  return null;
}

function binary(op: (a: number, b: number) => number): (x: PyObject, y: PyObject) => PyObject | null {
  return (x, y) => {
    const a = asDouble(x);
    const b = asDouble(y);
    if (a === null || b === null) return null;
    return newFloat(op(a, b));
  };
}

function floatFloorMod(a: number, b: number): number {
  const m = a % b;
  if (m === 0) return b < 0 ? -0 : 0;
  return (b < 0) !== (m < 0) ? m + b : m;
}

/** Compares a float with an int exactly, even when the int does not fit a double. */
function compareFloatInt(f: number, i: number | bigint): number {
  if (Number.isNaN(f)) return NaN;
  if (typeof i === 'number') return f - i;
  if (!Number.isFinite(f)) return f;
  const fi = Math.trunc(f);
  const big = toBig(i);
  const bf = BigInt(fi);
  if (bf !== big) return bf < big ? -1 : 1;
  return f - fi;
}

function cmp(diff: number, op: CompareOp): boolean {
  if (Number.isNaN(diff)) return op === 3;
  switch (op) {
    case 0: return diff < 0;
    case 1: return diff <= 0;
    case 2: return diff === 0;
    case 3: return diff !== 0;
    case 4: return diff > 0;
    default: return diff >= 0;
  }
}

export function installFloat(floatType: PyType): void {
  floatType.repr = (o) => floatRepr((o as PyFloat).v);
  floatType.summary = floatType.repr;
  floatType.hash = (o) => floatHash((o as PyFloat).v);
  floatType.sizeOf = () => rt.profile.sizes.float;
  floatType.dealloc = (o) => {
    const h = rt.heap;
    if (o.type === floatType && h.freeLists.float.length < rt.profile.freeLists.float) {
      h.freeLists.float.push(o);
      h.forget(o);
    } else h.release(o, false);
  };
  floatType.richcompare = (a, b, op) => {
    const f = (a as PyFloat).v;
    if (b instanceof PyFloat) return newBool(cmp(f === b.v ? 0 : f - b.v, op));
    if (b instanceof PyInt) return newBool(cmp(compareFloatInt(f, b.v), op));
    return null;
  };
  const m = rt.profile.messages;
  const n = floatType.number;
  n.add = binary((a, b) => a + b);
  n.sub = binary((a, b) => a - b);
  n.mul = binary((a, b) => a * b);
  n.truediv = binary((a, b) => {
    if (b === 0) raise(rt.exc.ZeroDivisionError!, m.floatDivZero);
    return a / b;
  });
  n.floordiv = binary((a, b) => {
    if (b === 0) raise(rt.exc.ZeroDivisionError!, m.floatFloorDivZero);
    return Math.floor(a / b);
  });
  n.mod = binary((a, b) => {
    if (b === 0) raise(rt.exc.ZeroDivisionError!, m.floatModZero);
    return floatFloorMod(a, b);
  });
  n.pow = binary((a, b) => {
    if (a === 0 && b < 0) raise(rt.exc.ZeroDivisionError!, m.zeroNegativePower);
    if (a < 0 && !Number.isInteger(b)) raise(rt.exc.NotImplementedError!, 'complex numbers (a negative number to a fractional power) are not supported here');
    const r = a ** b;
    if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) raise(rt.exc.OverflowError!, '(34, \'Numerical result out of range\')');
    return r;
  });
  n.neg = (a) => newFloat(-(a as PyFloat).v);
  n.pos = (a) => newFloat((a as PyFloat).v);
  n.abs = (a) => newFloat(Math.abs((a as PyFloat).v));
  n.bool = (a) => (a as PyFloat).v !== 0;
  n.int = (a) => {
    const v = (a as PyFloat).v;
    if (Number.isNaN(v)) raise(rt.exc.ValueError!, 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) raise(rt.exc.OverflowError!, 'cannot convert float infinity to integer');
    const t = Math.trunc(v);
    return newInt(Number.isSafeInteger(t) ? t : BigInt(t));
  };
  n.float = (a) => newFloat((a as PyFloat).v);
  floatType.getattro = (o, name) => {
    if (name === 'real') return newFloat((o as PyFloat).v);
    if (name === 'imag') return newFloat(0);
    return genericGetAttr(o, name);
  };
  floatType.getattroIsGeneric = true;
  defineMethods(floatType, {
    is_integer: (a, k, self) => {
      noArgs(SIG.is_integer, a, k, self);
      return newBool(Number.isInteger((self as PyFloat).v));
    },
    conjugate: (a, k, self) => {
      noArgs(SIG.conjugate, a, k, self);
      return newFloat((self as PyFloat).v);
    },
    as_integer_ratio: (a, k, self) => {
      noArgs(SIG.as_integer_ratio, a, k, self);
      const [num, den] = floatRatio((self as PyFloat).v);
      return newTuple([newInt(num), newInt(den)]);
    },
  });
}

/** float.as_integer_ratio: the exact fraction, in lowest terms with a positive denominator. */
function floatRatio(x: number): [number | bigint, number | bigint] {
  if (Number.isNaN(x)) raise(rt.exc.ValueError!, 'cannot convert NaN to integer ratio');
  if (!Number.isFinite(x)) raise(rt.exc.OverflowError!, 'cannot convert Infinity to integer ratio');
  // x = mantissa * 2**exponent with an integer mantissa (the double's 52+1 bits).
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & 0xfffffffffffffn;
  let exponent: number;
  if (biased === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  while (mantissa !== 0n && (mantissa & 1n) === 0n && exponent < 0) {
    mantissa >>= 1n;
    exponent++;
  }
  if (x < 0) mantissa = -mantissa;
  const norm = (v: bigint): number | bigint => (v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v);
  if (exponent >= 0) return [norm(mantissa << BigInt(exponent)), 1];
  return [norm(mantissa), norm(1n << BigInt(-exponent))];
}

/** float's methods (Objects/floatobject.c). */
const SIG = methodSignatures('float', {
  is_integer: '()',
  conjugate: '()',
  as_integer_ratio: '()',
});
