/**
 * int and bool (Objects/longobject.c, Objects/boolobject.c).
 *
 * Values are JavaScript numbers while they are safe integers and bigints beyond, so the
 * common case stays fast and no precision is ever lost. Small ints (-5..256) are the
 * cached static objects; every other result is a new object, as in CPython, which is
 * what makes `x is y` and refcounts come out right.
 */

import { rt } from '../runtime.ts';
import { newref } from '../heap/heap.ts';
import { PyObject, type PyType, type CompareOp } from './object.ts';
import { raise } from './errors.ts';
import { newFloat } from './float.ts';
import { newTuple } from './tuple.ts';
import { genericGetAttr } from './typeobject.ts';
import { defineMethods } from './builtinfunc.ts';
import { checkArgs, methodSignatures, noArgs } from './argspec.ts';
import { BINARY_OPS } from '../compile/opcodes.ts';

export class PyInt extends PyObject {
  v: number | bigint;
  constructor(type: PyType, v: number | bigint) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.v = v;
  }
}

const MAX_STR_DIGITS = 4300;

export function isInt(o: PyObject): o is PyInt {
  return o instanceof PyInt;
}

/** Normalises a bigint result to a number when it is a safe integer. */
function norm(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** Number of 30-bit digits CPython uses for |v| (0 for zero). */
export function intDigits(v: number | bigint): number {
  if (typeof v === 'number') {
    let a = Math.abs(v);
    let n = 0;
    while (a > 0) {
      a = Math.floor(a / 1073741824);
      n++;
    }
    return n;
  }
  return Math.ceil(bitLength(v < 0n ? -v : v) / 30);
}

export function intSizeOf(v: number | bigint): number {
  const s = rt.profile.sizes;
  // Most ints fit one 30-bit digit.
  if (typeof v === 'number' && v !== 0 && v < 1073741824 && v > -1073741824) return s.intBase + 4;
  let digits = intDigits(v);
  if (digits === 0 && s.intZeroHasDigit) digits = 1;
  return s.intBase + 4 * digits;
}

/** Returns a new reference to an int with value v (cached for -5..256). */
export function newInt(v: number | bigint): PyObject {
  if (typeof v === 'bigint') v = norm(v);
  if (typeof v === 'number' && v >= -5 && v <= 256) return newStaticIntRef(rt.smallInts[v + 5]!);
  // Heap.allocate's work, done here where V8 sees only PyInt (its own stores are megamorphic).
  const h = rt.heap;
  let o: PyInt;
  if (h.spareInts.length > 0) {
    o = h.spareInts.pop() as PyInt;
    o.v = v;
    o.rc = 1;
    o.borrowed = 0;
  } else o = new PyInt(rt.types.int, v);
  o.addr = h.allocator.alloc(intSizeOf(v));
  h.noteBirth(o);
  o.serial = h.takeSerial();
  o.mark = h.epoch;
  return o;
}

export function newBool(b: boolean): PyObject {
  return newStaticIntRef(b ? rt.true : rt.false);
}

/**
 * newref for the cached small ints and the bools, with the increment written here, where
 * V8 sees only PyInt (newref's own site sees every class). Untraced, as in newref,
 * immortal objects take the increment too (see IMMORTAL_BIAS).
 */
function newStaticIntRef(o: PyObject): PyObject {
  if (rt.heap.dirty !== null) return newref(o);
  o.rc++;
  return o;
}

/** The value of an int or bool as number|bigint; null for other types. */
export function intValue(o: PyObject): number | bigint | null {
  return o instanceof PyInt ? o.v : null;
}

export function toBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** Python's floor division of integers. */
export function floorDiv(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const q = Math.floor(a / b);
    if (Number.isSafeInteger(q) && Math.abs(a) < 2 ** 52) return q;
  }
  const A = toBig(a);
  const B = toBig(b);
  let q = A / B;
  if ((A % B !== 0n) && ((A < 0n) !== (B < 0n))) q -= 1n;
  return norm(q);
}

export function floorMod(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return r !== 0 && (r < 0) !== (b < 0) ? r + b : r === 0 ? 0 : r;
  }
  const A = toBig(a);
  const B = toBig(b);
  let r = A % B;
  if (r !== 0n && (r < 0n) !== (B < 0n)) r += B;
  return norm(r);
}

function add(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(toBig(a) + toBig(b));
}

function sub(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (Number.isSafeInteger(r)) return r;
  }
  return norm(toBig(a) - toBig(b));
}

function mul(a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r; // no -0
  }
  return norm(toBig(a) * toBig(b));
}

/** Rejects results whose memory would exceed the run's budget (`2 ** 10 ** 10`). */
function checkBitLength(bits: number): void {
  if (bits / 8 > rt.maxObjectBytes) raise(rt.exc.MemoryError!, '');
}

/** Number of bits of a non-negative bigint (0 for 0), in linear time. */
function bitLength(v: bigint): number {
  if (v === 0n) return 0;
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

function pow(a: number | bigint, b: number | bigint): PyObject {
  if ((typeof b === 'number' ? b : Number(b)) < 0) {
    if (a === 0 || a === 0n) raise(rt.exc.ZeroDivisionError!, rt.profile.messages.zeroNegativePower);
    return newFloatFromInts(a, b);
  }
  const A = toBig(a);
  const B = toBig(b);
  if (A === 0n || A === 1n) return newInt(A);
  if (A === -1n) return newInt(B % 2n === 0n ? 1n : -1n);
  const bits = Math.log2(Math.abs(Number(A)) || 1) * Number(B);
  checkBitLength(bits);
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a ** b;
    if (Number.isSafeInteger(r)) return newInt(r);
  }
  // A power of two raised to a power is a shift: instant even for 2 ** 10 ** 7.
  const mag = A < 0n ? -A : A;
  if ((mag & (mag - 1n)) === 0n) {
    const r = 1n << (BigInt(bitLength(mag) - 1) * B);
    return newInt(A < 0n && B % 2n === 1n ? -r : r);
  }
  return newInt(A ** B);
}

function newFloatFromInts(a: number | bigint, b: number | bigint): PyObject {
  return newFloat(Number(a) ** Number(b));
}

export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) raise(rt.exc.OverflowError!, 'int too large to convert to float');
  return f;
}

function shiftCount(b: number | bigint): number {
  if (b < 0) raise(rt.exc.ValueError!, 'negative shift count');
  return Number(b);
}

/** Builds a number slot that applies `op` when both operands are ints (bools included). */
function intBinary(op: (a: number | bigint, b: number | bigint) => PyObject): (x: PyObject, y: PyObject) => PyObject | null {
  return (x, y) => (x instanceof PyInt && y instanceof PyInt ? op(x.v, y.v) : null);
}

export function intRepr(v: number | bigint): string {
  if (typeof v === 'bigint') {
    const s = v.toString();
    if (s.length - (v < 0n ? 1 : 0) > MAX_STR_DIGITS) raise(rt.exc.ValueError!, rt.profile.messages.intStrLimit);
    return s;
  }
  return String(v);
}

const HASH_MODULUS = 2305843009213693951n; // 2**61 - 1 (sys.hash_info.modulus on 64-bit)

export function intHash(v: number | bigint): number | bigint {
  if (typeof v === 'number' && Math.abs(v) < 2305843009213693951) {
    return v === -1 ? -2 : v;
  }
  const big = toBig(v);
  const neg = big < 0n;
  let h = (neg ? -big : big) % HASH_MODULUS;
  if (neg) h = -h;
  if (h === -1n) h = -2n;
  return norm(h);
}

function compareValues(a: number | bigint, b: number | bigint, op: CompareOp): boolean {
  switch (op) {
    case 0: return a < b;
    case 1: return a <= b;
    case 2: return a == b; // number/bigint comparison by value
    case 3: return a != b;
    case 4: return a > b;
    default: return a >= b;
  }
}

const OP_ADD = BINARY_OPS.indexOf('add');
const OP_SUB = BINARY_OPS.indexOf('sub');
const OP_MUL = BINARY_OPS.indexOf('mul');
const OP_MOD = BINARY_OPS.indexOf('mod');
const OP_FLOORDIV = BINARY_OPS.indexOf('floordiv');
const OP_AND = BINARY_OPS.indexOf('and');
const OP_OR = BINARY_OPS.indexOf('or');
const OP_XOR = BINARY_OPS.indexOf('xor');

/** Fits JavaScript's 32-bit bitwise operators, which then agree with Python's on ints. */
function isInt32(v: number | bigint): v is number {
  return typeof v === 'number' && (v | 0) === v;
}

/**
 * BINARY_OP's shortcut for two exact ints (`op` indexes BINARY_OPS, in-place or not: int has
 * no in-place slots): what the int slot would return, or null to take the generic path.
 */
export function intBinaryExact(op: number, x: PyInt, y: PyInt): PyObject | null {
  const a = x.v;
  const b = y.v;
  if (op === OP_ADD) return newInt(add(a, b));
  if (op === OP_SUB) return newInt(sub(a, b));
  if (op === OP_MUL) return newInt(mul(a, b));
  if (op === OP_MOD && b !== 0 && b !== 0n) return newInt(floorMod(a, b));
  if (op === OP_FLOORDIV && b !== 0 && b !== 0n) return newInt(floorDiv(a, b));
  if (isInt32(a) && isInt32(b)) {
    // The generic slots compute these on bigints; within 32 bits the values are the same.
    if (op === OP_AND) return newInt(a & b);
    if (op === OP_OR) return newInt(a | b);
    if (op === OP_XOR) return newInt(a ^ b);
  }
  return null;
}

/** COMPARE_OP's shortcut for two exact ints: int's richcompare. */
export function intCompareExact(x: PyInt, y: PyInt, op: CompareOp): PyObject {
  return newBool(compareValues(x.v, y.v, op));
}

export function installInt(intType: PyType, boolType: PyType): void {
  intType.repr = (o) => intRepr((o as PyInt).v);
  intType.hash = (o) => intHash((o as PyInt).v);
  intType.sizeOf = (o) => intSizeOf((o as PyInt).v);
  intType.summary = (o) => intType.repr!(o);
  // Heap.release's work, done where V8 sees only PyInt. Instances of int subclasses come
  // here too, tracked.
  intType.dealloc = (o) => {
    const h = rt.heap;
    if (o.gen >= 0) h.untrack(o);
    h.allocator.free(o.addr);
    if (h.live !== null || h.observer !== null) h.forget(o);
    else if (h.dirty === null && o.type === intType && h.spareInts.length < 64) h.spareInts.push(o);
  };
  intType.richcompare = (a, b, op) => {
    if (!(b instanceof PyInt)) return null;
    return newBool(compareValues((a as PyInt).v, b.v, op));
  };
  const n = intType.number;
  n.add = intBinary((a, b) => newInt(add(a, b)));
  n.sub = intBinary((a, b) => newInt(sub(a, b)));
  n.mul = intBinary((a, b) => newInt(mul(a, b)));
  n.floordiv = intBinary((a, b) => {
    if (b === 0 || b === 0n) raise(rt.exc.ZeroDivisionError!, rt.profile.messages.intFloorDivZero);
    return newInt(floorDiv(a, b));
  });
  n.mod = intBinary((a, b) => {
    if (b === 0 || b === 0n) raise(rt.exc.ZeroDivisionError!, rt.profile.messages.intModZero);
    return newInt(floorMod(a, b));
  });
  n.truediv = intBinary((a, b) => {
    if (b === 0 || b === 0n) raise(rt.exc.ZeroDivisionError!, rt.profile.messages.intTrueDivZero);
    if (typeof a === 'number' && typeof b === 'number') return newFloat(a / b);
    return newFloat(bigTrueDiv(toBig(a), toBig(b)));
  });
  n.pow = intBinary((a, b) => pow(a, b));
  n.lshift = intBinary((a, b) => {
    const k = shiftCount(b);
    checkBitLength(intDigits(a) * 30 + k);
    return newInt(toBig(a) << BigInt(k));
  });
  n.rshift = intBinary((a, b) => newInt(toBig(a) >> BigInt(shiftCount(b))));
  n.and = intBinary((a, b) => newInt(toBig(a) & toBig(b)));
  n.or = intBinary((a, b) => newInt(toBig(a) | toBig(b)));
  n.xor = intBinary((a, b) => newInt(toBig(a) ^ toBig(b)));
  n.neg = (a) => newInt(sub(0, (a as PyInt).v));
  n.pos = (a) => newInt((a as PyInt).v);
  n.invert = (a) => newInt(sub(-1, (a as PyInt).v));
  n.abs = (a) => {
    const v = (a as PyInt).v;
    return newInt(v < 0 ? sub(0, v) : v);
  };
  n.bool = (a) => (a as PyInt).v != 0;
  n.index = (a) => newInt((a as PyInt).v);
  n.int = (a) => newInt((a as PyInt).v);
  n.float = (a) => newFloat(intToFloat((a as PyInt).v));

  // bool: & | ^ of two bools stay bools; everything else is int arithmetic.
  intType.getattro = (o, name) => {
    const v = (o as PyInt).v;
    switch (name) {
      case 'real': case 'numerator': return newInt(v);
      case 'imag': return newInt(0);
      case 'denominator': return newInt(1);
      default: return genericGetAttr(o, name);
    }
  };
  defineMethods(intType, {
    bit_length: (a, k, self) => {
      noArgs(SIG.bit_length, a, k, self);
      const v = toBig((self as PyInt).v);
      return newInt(bitLength(v < 0n ? -v : v));
    },
    conjugate: (a, k, self) => {
      noArgs(SIG.conjugate, a, k, self);
      return newInt((self as PyInt).v);
    },
    is_integer: (a, k, self) => {
      noArgs(SIG.is_integer, a, k, self);
      return newBool(true);
    },
    __index__: (a, k, self) => {
      checkArgs(SIG.__index__, a, k, self);
      return newInt((self as PyInt).v);
    },
    bit_count: (a, k, self) => {
      noArgs(SIG.bit_count, a, k, self);
      let v = toBig((self as PyInt).v);
      if (v < 0n) v = -v;
      let n = 0;
      for (; v > 0n; v >>= 1n) if (v & 1n) n++;
      return newInt(n);
    },
    as_integer_ratio: (a, k, self) => {
      noArgs(SIG.as_integer_ratio, a, k, self);
      return newTuple([newInt((self as PyInt).v), newInt(1)]);
    },
  });
  // bool inherits int's layout and slots.
  boolType.getattro = intType.getattro;
  intType.getattroIsGeneric = boolType.getattroIsGeneric = true;
  boolType.sizeOf = intType.sizeOf;
  boolType.hash = intType.hash;
  boolType.richcompare = intType.richcompare;
  boolType.dealloc = intType.dealloc;
  boolType.repr = (o) => ((o as PyInt).v ? 'True' : 'False');
  boolType.summary = boolType.repr;
  boolType.number = { ...n };
  const boolOp = (op: (a: boolean, b: boolean) => boolean, intOp: NonNullable<typeof n.and>) =>
    (x: PyObject, y: PyObject): PyObject | null =>
      x.type === boolType && y.type === boolType ? newBool(op(!!(x as PyInt).v, !!(y as PyInt).v)) : intOp(x, y);
  boolType.number.and = boolOp((a, b) => a && b, n.and);
  boolType.number.or = boolOp((a, b) => a || b, n.or);
  boolType.number.xor = boolOp((a, b) => a !== b, n.xor);
}

/** int's methods (Objects/longobject.c); __index__ is a slot wrapper. */
const SIG = methodSignatures('int', {
  bit_length: '()',
  bit_count: '()',
  as_integer_ratio: '()',
  conjugate: '()',
  is_integer: '()',
  __index__: 'wrapper()',
});

/** int / int for big values, correctly rounded enough for display purposes. */
function bigTrueDiv(a: bigint, b: bigint): number {
  const fa = Number(a);
  const fb = Number(b);
  if (Number.isFinite(fa) && Number.isFinite(fb)) return fa / fb;
  // Scale both down so they fit, keeping 64 significant bits.
  const shift = BigInt(Math.max(a.toString(2).length, b.toString(2).length) - 1000);
  const r = Number(a >> shift) / Number(b >> shift);
  if (!Number.isFinite(r)) raise(rt.exc.OverflowError!, 'integer division result too large for a float');
  return r;
}

/** Parses int(str, base) the way CPython does (underscores, whitespace, prefixes). */
export function parseIntLiteral(text: string, base: number): number | bigint | null {
  let s = text.trim();
  let sign = 1n;
  if (s.startsWith('+') || s.startsWith('-')) {
    if (s[0] === '-') sign = -1n;
    s = s.slice(1);
  }
  const lower = s.toLowerCase();
  if (base === 0 || base === 16 || base === 8 || base === 2) {
    const prefixes: Record<string, number> = { '0x': 16, '0o': 8, '0b': 2 };
    const p = prefixes[lower.slice(0, 2)];
    if (p !== undefined && (base === 0 || base === p)) {
      base = p;
      s = s.slice(2);
      if (s.startsWith('_')) s = s.slice(1);
    } else if (base === 0) {
      base = 10;
      if (/^0+[1-9]/.test(s.replace(/_/g, ''))) return null; // "010" is not valid with base 0
    }
  }
  if (s === '' || s.startsWith('_') || s.endsWith('_') || s.includes('__')) return null;
  const digits = s.replace(/_/g, '');
  const valid = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  let value = 0n;
  const B = BigInt(base);
  for (const ch of digits.toLowerCase()) {
    const d = valid.indexOf(ch);
    if (d < 0) return null;
    value = value * B + BigInt(d);
  }
  if (base === 10 && digits.length > MAX_STR_DIGITS) {
    raise(rt.exc.ValueError!, rt.profile.messages.intParseLimit(digits.length));
  }
  return norm(sign * value);
}
