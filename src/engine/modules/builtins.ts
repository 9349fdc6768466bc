/**
 * The builtins module: print, len, id, type constructors and friends (Python/bltinmodule.c).
 */

import { PyGenerator, generatorNext } from '../eval/generator.ts';
import { rt } from '../runtime.ts';
import { decref, newref } from '../heap/heap.ts';
import { PyError, PyObject, PyType, type NativeCall } from '../objects/object.ts';
import { PyInt, intRepr, newBool, newInt, parseIntLiteral, toBig } from '../objects/int.ts';
import { PyFloat, floatRepr, newFloat } from '../objects/float.ts';
import { PyStr, newStr, newStrFresh } from '../objects/str.ts';
import { PyList, listAppendSteal, listInit, listSort, newList, newListOfType, listExtend } from '../objects/list.ts';
import { PyTuple, newTuple } from '../objects/tuple.ts';
import { PyDict, dictMerge, dictSetStr, newDictOfType, newDict } from '../objects/dict.ts';
import { PySet, newSet, setUpdate } from '../objects/set.ts';
import { PyBuiltin, bindBuiltin, isBuiltinTypeMethod, makeStaticBuiltin } from '../objects/builtinfunc.ts';
import { runScheduledCollection } from '../heap/gc.ts';
import { materializeBuiltinTypeMethods, placeStatic } from '../objects/slotwrappers.ts';
import {
  callableSignatures, checkArgs, checkArity, functionSignatures, methodSignatures, noArgs, oneArg, parseArgs, parseKeywords,
  positionalCount, setCustomParser,
} from '../objects/argspec.ts';
import { LIST_SORT } from '../objects/list.ts';
import { raise, raiseWith, typeError, valueError } from '../objects/errors.ts';
import {
  callObject, getAttr, getIter, hashOf, indexValue, isCallable, isInstance, isTrue, iterNext, iterToArray, iterate,
  lengthOf, lookupAttr, repr, richCompareBool, setAttr, str,
} from '../abstract.ts';
import { newRange, PyRange, PySlice, newSlice } from '../objects/misc.ts';
import { newCallableIterator, newDictReverseIterator, newEnumerate, newFilter, newMap, newRangeIterator, newReversed, newZip } from '../objects/iterators.ts';
import { asciiRepr, formatToString } from '../objects/format.ts';
import { buildClass } from '../eval/interpreter.ts';
import { newSuper } from '../objects/typeobject.ts';
import { handledFrameSelf } from './support.ts';
import { PyException } from '../objects/exceptions.ts';
import { binaryOp, catchPy, nativeTick } from '../abstract.ts';
import { addressOf } from '../heap/allocator.ts';

function intArg(o: PyObject, fname: string): number {
  void fname;
  return Number(indexValue(o));
}

/** print(*objects, sep=' ', end='\n'): appends to the run's stdout. */
/**
 * print(*objects, sep=' ', end='\n'). Each piece goes to sys.stdout.write as a str
 * object, the way builtin_print calls PyFile_WriteObject.
 */
const print: NativeCall = (args, kwnames) => {
  // file= and flush= are accepted and ignored: output always goes to the program's stdout.
  const [sepArg, endArg] = parseKeywords(SIG.print, args, kwnames);
  const sep = printSeparator(sepArg, 'sep');
  const end = printSeparator(endArg, 'end');
  const npos = positionalCount(args, kwnames);
  for (let i = 0; i < npos; i++) {
    if (i > 0) writeStrObject(sep ?? rt.latin1[32]!);
    const text = strObject(args[i]!);
    try {
      writeStrObject(text);
    } finally {
      decref(text);
    }
  }
  writeStrObject(end ?? rt.latin1[10]!);
  return newref(rt.none);
};

function printSeparator(v: PyObject | undefined, name: string): PyObject | null {
  if (v === undefined || v === rt.none) return null;
  if (!(v instanceof PyStr)) typeError(`${name} must be None or a string, not ${v.type.name}`);
  return v;
}

/** PyObject_Str: a new reference to a str (the object itself for an exact str). */
function strObject(o: PyObject): PyObject {
  if (o instanceof PyStr && o.type === rt.types.str) return newref(o);
  return newStr(str(o));
}

/**
 * sys.stdout.write(text) of a TextIOWrapper writing to a pipe (Modules/_io/textio.c): ASCII
 * text is kept as-is in `pending_bytes` until 8192 bytes accumulate (or, when the profile's
 * stdout is line-buffered, until a write contains a newline). The first piece is
 * held alone; from the second on they go into a list, which is a real allocation and
 * keeps a reference to each printed str. The first write also drops a reference to None
 * the fresh wrapper held (visible in sys.getrefcount(None) on 3.10/3.11).
 */
function writeStrObject(text: PyObject): void {
  const s = (text as PyStr).v;
  const out = rt.stdoutBuffer;
  // PyFile_WriteObject looks sys.stdout.write up for every piece it writes: a bound method
  // object, made and dropped at once (bound here to None, standing in for sys.stdout). Its allocation is what starts a collection when print()
  // runs with the count past the threshold.
  // Made on the first write, after start-up: in the static area, as CPython's exists from
  // start-up (the program's allocator must not lose a block to it).
  if (out.writeDescriptor === null) {
    out.writeDescriptor = new PyBuiltin(rt.types.methodDescriptor, 'write', () => newref(rt.none), null, rt.types.object, null);
    placeStatic(out.writeDescriptor);
  }
  const write = bindBuiltin(out.writeDescriptor as PyBuiltin, rt.none);
  // 3.12+ run a scheduled collection in the write call, while the bound method is alive
  // (the native code's check that PyErr_CheckSignals stands for), not only when print()
  // returns: the method still counts when the collector compares count and threshold.
  if (rt.profile.collectAt === 'evalBreaker' && rt.heap.collectionScheduled) runScheduledCollection();
  decref(write);
  writeStdout(s);
  if (!out.started) {
    out.started = true;
    decref(rt.none);
  }
  const piece = (text as PyStr).ascii ? newref(text) : newStr(s); // non-ASCII is encoded to new bytes
  const size = (text as PyStr).len;
  if (out.count + size > 8192) flushStdoutBuffer();
  if (out.first === null && out.list === null) out.first = piece;
  else if (out.list === null) {
    // Detach the buffer before allocating: the allocation may run a collection whose
    // finalizers print, re-entering this function.
    const first = out.first!;
    out.first = null;
    const l = newList([first, piece]);
    // A real, tracked list in CPython (gc.get_objects() shows it), but not the program's.
    (l as PyList & { hiddenFromTrace?: boolean }).hiddenFromTrace = true;
    // Pieces a re-entrant write buffered meanwhile join the new list.
    if (out.first !== null) listAppendSteal(l as PyList, out.first);
    if (out.list !== null) {
      for (const x of (out.list as PyList).items) listAppendSteal(l as PyList, newref(x));
      decref(out.list);
    }
    out.first = null;
    out.list = l;
  } else {
    listAppendSteal(out.list as PyList, piece);
  }
  out.count += size;
  if (out.count >= 8192 || (rt.profile.stdoutLineBuffering && /[\n\r]/.test(s))) flushStdoutBuffer();
}

function flushStdoutBuffer(): void {
  const out = rt.stdoutBuffer;
  const first = out.first;
  const list = out.list;
  out.first = null;
  out.list = null;
  out.count = 0;
  if (first !== null) decref(first);
  if (list !== null) decref(list);
}

const MAX_OUTPUT = 1_000_000;

export function writeStdout(s: string): void {
  if (rt.stdoutLength + s.length > MAX_OUTPUT) {
    if (rt.stdoutLength < MAX_OUTPUT) {
      rt.stdout.push(s.slice(0, MAX_OUTPUT - rt.stdoutLength));
      rt.stdoutLength = MAX_OUTPUT;
    }
    raise(rt.exc.MemoryError!, 'the program printed more than 1,000,000 characters');
  }
  rt.stdout.push(s);
  rt.stdoutLength += s.length;
}

function minmax(args: PyObject[], kwnames: string[] | null, isMax: boolean): PyObject {
  const name = isMax ? 'max' : 'min';
  const npos = positionalCount(args, kwnames);
  if (npos === 0) typeError(`${name} expected at least 1 argument, got 0`);
  const [key, dflt] = parseKeywords(isMax ? SIG.max : SIG.min, args, kwnames);
  let items: PyObject[];
  if (npos === 1) items = iterToArray(args[0]!);
  else {
    if (dflt !== undefined) typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    items = [];
    for (let i = 0; i < npos; i++) items.push(newref(args[i]!));
  }
  try {
    if (items.length === 0) {
      if (dflt !== undefined) return newref(dflt);
      valueError(rt.profile.messages.emptyMinMax(name));
    }
    let best = items[0]!;
    let bestKey = key !== undefined && key !== rt.none ? callObject(key, [best], null) : newref(best);
    for (let i = 1; i < items.length; i++) {
      const it = items[i]!;
      const k = key !== undefined && key !== rt.none ? callObject(key, [it], null) : newref(it);
      const better = richCompareBool(k, bestKey, isMax ? 4 : 0);
      if (better) {
        decref(bestKey);
        bestKey = k;
        best = it;
      } else decref(k);
    }
    decref(bestKey);
    return newref(best);
  } finally {
    for (const x of items) decref(x);
  }
}

/** sorted(): the iterable is checked here, the keywords go on to list.sort (after the copy). */
function sortedImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArity(SIG.sorted, positionalCount(args, kwnames));
  const l = newList([]);
  try {
    listExtend(l, args[0]!);
    const [key, rev] = parseKeywords(LIST_SORT, args, kwnames);
    listSort(l, key === undefined || key === rt.none ? null : key, rev !== undefined && isTrue(rev));
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** PyLong_AsLongAndOverflow: the value when it fits a C long (64-bit), else null. */
function asCLong(v: number | bigint): number | bigint | null {
  if (typeof v === 'number') return v;
  return v >= -(2n ** 63n) && v < 2n ** 63n ? v : null;
}

/** a + b when the sum still fits a C long, else null (the overflow sum() checks for). */
function addCLong(a: number | bigint, b: number | bigint): number | bigint | null {
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b)) return a + b;
  return asCLong(toBig(a) + toBig(b));
}

/** total + item, releasing both: how sum() leaves a fast loop for the generic one. */
function addReleasing(total: PyObject, item: PyObject): PyObject {
  try {
    return binaryOp(total, item, 'add');
  } finally {
    decref(total);
    decref(item);
  }
}

/**
 * builtin_sum_impl: while the total and the items are exact ints (or bools) that fit a C
 * long, and then while they are floats, it adds plain numbers without making an object per
 * partial sum; anything else goes through `+`. From 3.12 the float loop compensates for
 * rounding (Neumaier).
 */
function sumImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const [iterable, startArg] = parseArgs(SIG.sum, args, kwnames);
  const start = startArg ?? rt.smallInts[5]!;
  if (start instanceof PyStr) typeError("sum() can't sum strings [use ''.join(seq) instead]");
  const it = getIter(iterable!);
  let acc: PyObject | null = newref(start);
  try {
    if (acc.type === rt.types.int) {
      const first = asCLong((acc as PyInt).v);
      if (first !== null) {
        let total: number | bigint = first;
        decref(acc);
        acc = null;
        for (;;) {
          const item = iterNext(it);
          nativeTick();
          if (item === null) return newInt(total);
          if (item instanceof PyInt && (item.type === rt.types.int || item.type === rt.types.bool)) {
            const v = asCLong(item.v);
            const next: number | bigint | null = v === null ? null : addCLong(total, v);
            if (next !== null) {
              total = typeof next === 'bigint' && next >= -9007199254740991n && next <= 9007199254740991n ? Number(next) : next;
              decref(item);
              continue;
            }
          }
          // Overflow or not an int: the total becomes an object and the item is added to it.
          acc = addReleasing(newInt(total), item);
          break;
        }
      }
    }
    if (acc!.type === rt.types.float) {
      let total = (acc as PyFloat).v;
      let compensation = 0;
      const compensate = rt.profile.sumCompensatesFloats;
      decref(acc);
      acc = null;
      for (;;) {
        const item = iterNext(it);
        nativeTick();
        if (item === null) {
          if (compensation !== 0 && Number.isFinite(compensation)) total += compensation;
          return newFloat(total);
        }
        if (item.type === rt.types.float) {
          const x = (item as PyFloat).v;
          const t = total + x;
          if (compensate) compensation += Math.abs(total) >= Math.abs(x) ? (total - t) + x : (x - t) + total;
          total = t;
          decref(item);
          continue;
        }
        if (item instanceof PyInt) {
          const v = asCLong(item.v);
          if (v !== null) {
            total += Number(v);
            decref(item);
            continue;
          }
        }
        if (compensation !== 0 && Number.isFinite(compensation)) total += compensation;
        acc = addReleasing(newFloat(total), item);
        break;
      }
    }
    for (;;) {
      const item = iterNext(it);
      nativeTick();
      if (item === null) return acc!;
      try {
        const next = binaryOp(acc!, item, 'add');
        decref(acc!);
        acc = next;
      } finally {
        decref(item);
      }
    }
  } catch (e) {
    if (acc !== null) decref(acc);
    throw e;
  } finally {
    decref(it);
  }
}


function roundImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const [x, nd] = parseArgs(SIG.round, args, kwnames);
  const v = x!;
  if (nd === undefined || nd === rt.none) {
    if (v instanceof PyInt) return newInt(v.v);
    if (v instanceof PyFloat) {
      const f = v.v;
      if (!Number.isFinite(f)) raise(Number.isNaN(f) ? rt.exc.ValueError! : rt.exc.OverflowError!, Number.isNaN(f) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
      let r = Math.round(f);
      if (Math.abs(f % 1) === 0.5) r = 2 * Math.round(f / 2); // banker's rounding
      return newInt(Number.isSafeInteger(r) ? r : BigInt(r));
    }
    typeError(`type ${v.type.name} doesn't define __round__ method`);
  }
  const n = Number(indexValue(nd));
  if (v instanceof PyInt) {
    if (n >= 0) return newInt(v.v);
    const p = 10n ** BigInt(-n);
    const big = toBig(v.v);
    let q = big / p;
    const r = big - q * p;
    const twice = 2n * (r < 0n ? -r : r);
    if (twice > p || (twice === p && q % 2n !== 0n)) q += big < 0n ? -1n : 1n;
    return newInt(q * p);
  }
  if (v instanceof PyFloat) {
    const f = v.v;
    const s = f.toFixed(Math.max(0, Math.min(100, n)));
    if (n >= 0) return newFloat(roundHalfEven(f, n, Number(s)));
    const p = 10 ** -n;
    return newFloat(Math.round(f / p) * p);
  }
  return typeError(`type ${v.type.name} doesn't define __round__ method`);
}

/** Correct rounding of a double to n decimal places (CPython uses the exact decimal value). */
function roundHalfEven(f: number, n: number, approx: number): number {
  const exact = BigIntDecimal(f);
  const scaled = exact.digits;
  const shift = exact.exp + n;
  if (shift >= 0) return f;
  const p = 10n ** BigInt(-shift);
  let q = scaled / p;
  const r = scaled - q * p;
  const twice = 2n * (r < 0n ? -r : r);
  if (twice > p || (twice === p && q % 2n !== 0n)) q += scaled < 0n ? -1n : 1n;
  const res = Number(`${q}e${-n}`);
  return Number.isFinite(res) ? res : approx;
}

/** Exact decimal expansion of a double: value = digits * 10**exp. */
function BigIntDecimal(f: number): { digits: bigint; exp: number } {
  if (f === 0) return { digits: 0n, exp: 0 };
  let m = Math.abs(f);
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
  return { digits: f < 0 ? -digits : digits, exp };
}

function isinstanceImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.isinstance, args, kwnames, null);
  return newBool(classCheck(args[0]!.type, args[1]!, 'isinstance'));
}

function issubclassImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.issubclass, args, kwnames, null);
  const c = args[0]!;
  if (!(c instanceof PyType)) typeError('issubclass() arg 1 must be a class');
  return newBool(classCheck(c, args[1]!, 'issubclass'));
}

function classCheck(t: PyType, spec: PyObject, fname: string): boolean {
  if (spec instanceof PyTuple) return spec.items.some((s) => classCheck(t, s, fname));
  if (!(spec instanceof PyType)) {
    typeError(`${fname}() arg 2 must be a type, a tuple of types, or a union`);
  }
  return t.isSubtypeOf(spec);
}

function hexOctBin(args: PyObject[], kwnames: string[] | null, name: 'hex' | 'oct' | 'bin', base: number, prefix: string): PyObject {
  const v = toBig(indexValue(oneArg(SIG[name], args, kwnames, null)));
  const neg = v < 0n;
  return newStr(`${neg ? '-' : ''}${prefix}${(neg ? -v : v).toString(base)}`);
}

function idImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  return newInt(addressOf(oneArg(SIG.id, args, kwnames, null).addr));
}

function absImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const x = oneArg(SIG.abs, args, kwnames, null);
  const f = x.type.number.abs;
  if (f === undefined) typeError(`bad operand type for abs(): '${x.type.name}'`);
  return f(x);
}

function divmodImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.divmod, args, kwnames, null);
  const [a, b] = args as [PyObject, PyObject];
  const q = binaryOp(a, b, 'floordiv');
  try {
    const r = binaryOp(a, b, 'mod');
    return newTuple([q, r]);
  } catch (e) {
    decref(q);
    throw e;
  }
}


function powImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const [b, e, m] = parseArgs(SIG.pow, args, kwnames);
  if (m !== undefined && m !== rt.none) {
    if (!(b instanceof PyInt) || !(e instanceof PyInt) || !(m instanceof PyInt)) {
      typeError('pow() 3rd argument not allowed unless all arguments are integers');
    }
    // long_pow with a modulus: a negative modulus gives a result in (mod, 0]; a negative
    // exponent inverts the base first.
    let base = toBig(b.v);
    let exp = toBig(e.v);
    let mod = toBig(m.v);
    if (mod === 0n) valueError('pow() 3rd argument cannot be 0');
    const negativeOutput = mod < 0n;
    if (negativeOutput) mod = -mod;
    if (mod === 1n) return newInt(0);
    base = ((base % mod) + mod) % mod;
    if (exp < 0n) {
      base = modularInverse(base, mod);
      exp = -exp;
    }
    let r = 1n;
    while (exp > 0n) {
      if (exp & 1n) r = (r * base) % mod;
      base = (base * base) % mod;
      exp >>= 1n;
    }
    if (negativeOutput && r !== 0n) r -= mod;
    return newInt(r);
  }
  return binaryOp(b!, e!, 'pow');
}

/** long_invmod: the inverse of a modulo n (0 <= a < n), or ValueError when there is none. */
function modularInverse(a: bigint, n: bigint): bigint {
  let [oldR, r] = [a, n];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) valueError('base is not invertible for the given modulus');
  return ((oldS % n) + n) % n;
}

function chrImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const c = Number(indexValue(oneArg(SIG.chr, args, kwnames, null)));
  if (c < 0 || c > 0x10ffff) valueError('chr() arg not in range(0x110000)');
  return newStr(String.fromCodePoint(c));
}

function ordImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  const s = oneArg(SIG.ord, args, kwnames, null);
  if (!(s instanceof PyStr)) typeError(`ord() expected string of length 1, but ${s.type.name} found`);
  if (s.len !== 1) typeError(`ord() expected a character, but string of length ${s.len} found`);
  return newInt(s.v.codePointAt(0)!);
}

function nextImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.next, args, kwnames, null);
  const it = args[0]!;
  if (it.type.iternext === null) typeError(`'${it.type.name}' object is not an iterator`);
  // A generator's return value travels in the StopIteration.
  if (it instanceof PyGenerator) return generatorNext(it, args.length === 2 ? args[1]! : null);
  const v = iterNext(it);
  if (v !== null) return v;
  if (args.length === 2) return newref(args[1]!);
  return raiseWith(rt.exc.StopIteration!, []);
}

function iterImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.iter, args, kwnames, null);
  if (args.length === 2) {
    if (!isCallable(args[0]!)) typeError('iter(v, w): v must be callable');
    return newCallableIterator(args[0]!, args[1]!);
  }
  return getIter(args[0]!);
}

function reversedImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(CTOR.reversed, args, kwnames, null);
  const seq = args[0]!;
  // A __reversed__ written in Python (the built-in types' own are the cases below).
  const rev = lookupAttr(seq.type, '__reversed__');
  if (rev !== null && seq.type.isHeapType && !isBuiltinTypeMethod(rev)) {
    decref(rev);
    const m = getAttr(seq, '__reversed__');
    try {
      return callObject(m, [], null);
    } finally {
      decref(m);
    }
  }
  if (rev !== null) decref(rev);
  // dict.__reversed__ and the views' (3.8+).
  const dictReversed = newDictReverseIterator(seq);
  if (dictReversed !== null) return dictReversed;
  // range.__reversed__: a range iterator that counts down from the last item.
  if (seq.type === rt.types.range) {
    const r = seq as PyRange;
    return newRangeIterator(r.start + (r.len - 1) * r.step, -r.step, r.len);
  }
  if (seq.type.getitem === null || seq.type.length === null || seq.type === rt.types.dict) {
    typeError(`'${seq.type.name}' object is not reversible`);
  }
  return newReversed(seq, lengthOf(seq));
}

function hashImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  return newInt(hashOf(oneArg(SIG.hash, args, kwnames, null)));
}

function lenImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  return newInt(lengthOf(oneArg(SIG.len, args, kwnames, null)));
}

function reprImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  return newStr(repr(oneArg(SIG.repr, args, kwnames, null)));
}

function asciiImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  return newStr(asciiRepr(repr(oneArg(SIG.ascii, args, kwnames, null))));
}

function formatImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.format, args, kwnames, null);
  return newStr(formatToString(args[0]!, args.length < 2 ? '' : (args[1] as PyStr).v));
}

function anyAll(args: PyObject[], kwnames: string[] | null, isAny: boolean): PyObject {
  const it = getIter(oneArg(isAny ? SIG.any : SIG.all, args, kwnames, null));
  try {
    for (;;) {
      nativeTick();
      const x = iterNext(it);
      if (x === null) return newBool(!isAny);
      const t = isTrue(x);
      decref(x);
      if (t === isAny) return newBool(isAny);
    }
  } finally {
    decref(it);
  }
}

function getattrImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.getattr, args, kwnames, null);
  const name = args[1]!;
  if (!(name instanceof PyStr)) typeError(`attribute name must be string, not '${name.type.name}'`);
  if (args.length === 3) {
    const v = lookupAttrCatching(args[0]!, name.v);
    return v ?? newref(args[2]!);
  }
  return getAttr(args[0]!, name.v);
}

/**
 * getattr(o, name, default) and hasattr: _PyObject_LookupAttr (hasattr, getattr with a default): a plain missing attribute makes no
 * exception at all (the generic lookups' suppress flag; 3.10/3.11 never normalize the one
 * they clear); an AttributeError raised by code (a property, __getattr__) is caught.
 */
function lookupAttrCatching(o: PyObject, name: string): PyObject | null {
  return catchPy(() => lookupAttr(o, name), rt.exc.AttributeError!);
}

function setattrImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.setattr, args, kwnames, null);
  const name = args[1]!;
  if (!(name instanceof PyStr)) typeError(`attribute name must be string, not '${name.type.name}'`);
  setAttr(args[0]!, name.v, args[2]!);
  return newref(rt.none);
}

function delattrImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.delattr, args, kwnames, null);
  const name = args[1]!;
  if (!(name instanceof PyStr)) typeError(`attribute name must be string, not '${name.type.name}'`);
  setAttr(args[0]!, name.v, null);
  return newref(rt.none);
}

function hasattrImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.hasattr, args, kwnames, null);
  const name = args[1]!;
  if (!(name instanceof PyStr)) typeError(`attribute name must be string, not '${name.type.name}'`);
  const v = lookupAttrCatching(args[0]!, name.v);
  if (v === null) return newBool(false);
  decref(v);
  return newBool(true);
}

function callableImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  return newBool(isCallable(oneArg(SIG.callable, args, kwnames, null)));
}

function varsImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(SIG.vars, args, kwnames, null);
  if (args.length === 0) return globalsImpl();
  try {
    return getAttr(args[0]!, '__dict__');
  } catch (e) {
    if (!(e instanceof PyError) || !e.excType.isSubtypeOf(rt.exc.AttributeError!)) throw e;
    e.discard();
    return typeError('vars() argument must have __dict__ attribute');
  }
}

function globalsImpl(): PyObject {
  const f = rt.frame;
  return newref(f !== null ? f.globals : (rt.mainModule as unknown as { dict: PyDict }).dict);
}

function superImpl(args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs(CTOR.super, args, kwnames, null);
  if (args.length === 2) {
    if (!(args[0] instanceof PyType)) typeError('super() argument 1 must be a type');
    return newSuper(args[0], args[1]!);
  }
  if (args.length === 0) {
    const found = handledFrameSelf();
    if (found === null) raise(rt.exc.RuntimeError!, 'super(): no arguments');
    return newSuper(found.cls, found.self);
  }
  return typeError('super() takes 0 or 2 arguments');
}

// ------------------------------------------------------------------ type constructors

export function installConstructors(): void {
  const T = rt.types;
  T.int.newInstance = (args, kwnames, self) => {
    const [x, base] = parseArgs(CTOR.int, args, kwnames, self);
    // int(i) of an exact int is that very object.
    if (self === T.int && base === undefined && x !== undefined && x.type === T.int) return newref(x);
    const v = intFromArgs(x, base);
    if (self === T.int) return newInt(v);
    return subclassInstance(self as PyType, () => {
      const o = new PyInt(self as PyType, v);
      return rt.heap.allocate(o, 32, false);
    });
  };
  T.bool.newInstance = (args, kwnames) => {
    checkArgs(CTOR.bool, args, kwnames, null);
    return newBool(args.length > 0 && isTrue(args[0]!));
  };
  T.float.newInstance = (args, kwnames) => {
    checkArgs(CTOR.float, args, kwnames, null);
    if (args.length === 0) return newFloat(0);
    const x = args[0]!;
    if (x instanceof PyFloat) return x.type === T.float ? newref(x) : newFloat(x.v);
    if (x instanceof PyInt) return T.int.number.float!(x);
    if (x instanceof PyStr) {
      const t = x.v.trim().replace(/_/g, '').toLowerCase();
      const special: Record<string, number> = { inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '+infinity': Infinity, '-infinity': -Infinity, nan: NaN, '+nan': NaN, '-nan': NaN };
      if (t in special) return newFloat(special[t]!);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(t) || /__|^_|_$/.test(x.v.trim())) {
        valueError(`could not convert string to float: ${repr(x)}`);
      }
      return newFloat(Number(t));
    }
    const f = x.type.number.float;
    if (f !== undefined) return f(x);
    return typeError(`float() argument must be a string or a real number, not '${x.type.name}'`);
  };
  T.str.newInstance = (args, kwnames, self) => {
    const [x, encoding, errors] = parseArgs(CTOR.str, args, kwnames, self);
    if (encoding !== undefined || errors !== undefined) strDecodingArgs(x, encoding, errors);
    const s = x === undefined ? '' : str(x);
    if (self === T.str) {
      if (x instanceof PyStr && x.type === T.str) return newref(x);
      if (x instanceof PyInt && x.type === T.int) return newStrFresh(s);
      return newStr(s);
    }
    return subclassInstance(self as PyType, () => rt.heap.allocate(new PyStr(self as PyType, s), 64, false));
  };
  T.list.newInstance = (args, kwnames, self) => {
    checkArgs(CTOR.list, args, kwnames, null);
    const l = newListOfType(self as PyType, []);
    if (self !== T.list) (l as unknown as { attrs: PyDict | null }).attrs = null;
    if (args.length === 1) {
      try {
        listInit(l, args[0]!);
      } catch (e) {
        decref(l);
        throw e;
      }
    }
    if (self !== T.list) newref(self!);
    return l;
  };
  T.tuple.newInstance = (args, kwnames) => {
    checkArgs(CTOR.tuple, args, kwnames, null);
    if (args.length === 0) return newref(rt.emptyTuple);
    const x = args[0]!;
    if (x instanceof PyTuple && x.type === T.tuple) return newref(x);
    return newTuple(iterToArray(x), false, true);
  };
  T.dict.newInstance = (args, kwnames, self) => {
    checkArgs(CTOR.dict, args, kwnames, null);
    const npos = positionalCount(args, kwnames);
    const d = newDictOfType(self as PyType);
    if (self !== T.dict) {
      (d as unknown as { attrs: PyDict | null }).attrs = null;
      newref(self!);
    }
    try {
      if (npos === 1) dictMerge(d, args[0]!, 'dict');
      if (kwnames !== null) for (let i = 0; i < kwnames.length; i++) dictSetStr(d, kwnames[i]!, args[npos + i]!);
    } catch (e) {
      decref(d);
      throw e;
    }
    return d;
  };
  T.set.newInstance = (args, kwnames, self) => {
    checkArgs(CTOR.set, args, kwnames, null);
    const s = newSet(self as PyType);
    if (args.length === 1) {
      try {
        setUpdate(s, args[0]!);
      } catch (e) {
        decref(s);
        throw e;
      }
    }
    return s;
  };
  T.frozenset.newInstance = (args, kwnames) => {
    checkArgs(CTOR.frozenset, args, kwnames, null);
    if (args.length === 1 && args[0]!.type === T.frozenset) return newref(args[0]!);
    const s = newSet(T.frozenset);
    if (args.length === 1) setUpdate(s, args[0]!);
    return s;
  };
  T.range.newInstance = (args, kwnames) => {
    checkArgs(CTOR.range, args, kwnames, null);
    const nums = args.map((a) => {
      if (!(a instanceof PyInt) && a.type.number.index === undefined) {
        typeError(`'${a.type.name}' object cannot be interpreted as an integer`);
      }
      return Number(indexValue(a));
    });
    if (nums.length === 1) return newRange(0, nums[0]!, 1);
    return newRange(nums[0]!, nums[1]!, nums[2] ?? 1);
  };
  T.slice.newInstance = (args, kwnames) => {
    checkArgs(CTOR.slice, args, kwnames, null);
    if (args.length === 1) return newSlice(rt.none, args[0]!, rt.none);
    return newSlice(args[0]!, args[1]!, args[2] ?? rt.none);
  };
  T.object.newInstance = T.object.newInstance;
  T.enumerate.newInstance = (args, kwnames) => {
    const [it, start] = parseArgs(CTOR.enumerate, args, kwnames, null);
    return newEnumerate(it!, start === undefined ? 0 : Number(indexValue(start)));
  };
  T.zip.newInstance = (args, kwnames) => {
    // strict= is accepted and not enforced.
    parseKeywords(CTOR.zip, args, kwnames);
    return newZip(args.slice(0, positionalCount(args, kwnames)));
  };
  T.map.newInstance = (args, kwnames) => {
    // 3.14's strict= is accepted and not enforced.
    parseKeywords(CTOR.map, args, kwnames);
    const npos = positionalCount(args, kwnames);
    if (npos < 2) typeError('map() must have at least two arguments.');
    return newMap(args[0]!, args.slice(1, npos));
  };
  T.filter.newInstance = (args, kwnames) => {
    checkArgs(CTOR.filter, args, kwnames, null);
    return newFilter(args[0]!, args[1]!);
  };
  T.reversed.newInstance = (args, kwnames) => reversedImpl(args, kwnames);
  T.super.newInstance = (args, kwnames) => superImpl(args, kwnames);
  void PySlice;
  void PyList;
  void PySet;
  void intRepr;
  void floatRepr;
  void PyException;
  void newDict;
}

/** str(object, encoding, errors) decodes bytes, which PyHeap programs cannot make. */
function strDecodingArgs(x: PyObject | undefined, encoding: PyObject | undefined, errors: PyObject | undefined): void {
  // _PyArg_BadArgument names None as "None", other objects by their type.
  const what = (o: PyObject): string => (o === rt.none ? 'None' : o.type.name);
  if (encoding !== undefined && !(encoding instanceof PyStr)) typeError(`str() argument 'encoding' must be str, not ${what(encoding)}`);
  if (errors !== undefined && !(errors instanceof PyStr)) typeError(`str() argument 'errors' must be str, not ${what(errors)}`);
  if (x === undefined) return;
  if (x instanceof PyStr) typeError('decoding str is not supported');
  typeError(`decoding to str: need a bytes-like object, ${x.type.name} found`);
}

function subclassInstance(t: PyType, make: () => PyObject): PyObject {
  const o = make();
  (o as unknown as { attrs: PyDict | null }).attrs = null;
  newref(t);
  return o;
}

function intFromArgs(x: PyObject | undefined, base: PyObject | undefined): number | bigint {
  if (x === undefined) {
    if (base !== undefined) typeError("int() missing string argument");
    return 0;
  }
  if (base !== undefined) {
    const b = Number(indexValue(base));
    if (!(x instanceof PyStr)) typeError("int() can't convert non-string with explicit base");
    if (b !== 0 && (b < 2 || b > 36)) valueError('int() base must be >= 2 and <= 36, or 0');
    const v = parseIntLiteral(x.v, b);
    if (v === null) valueError(`invalid literal for int() with base ${b}: ${repr(x)}`);
    return v;
  }
  if (x instanceof PyInt) return x.v;
  if (x instanceof PyFloat) {
    const r = x.type.number.int!(x);
    const v = (r as PyInt).v;
    decref(r);
    return v;
  }
  if (x instanceof PyStr) {
    const v = parseIntLiteral(x.v, 10);
    if (v === null) valueError(`invalid literal for int() with base 10: ${repr(x)}`);
    return v;
  }
  const f = x.type.number.int ?? x.type.number.index;
  if (f !== undefined) {
    const r = f(x);
    const v = (r as PyInt).v;
    decref(r);
    return v;
  }
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${x.type.name}'`);
}

/**
 * The builtins' signatures (Python/bltinmodule.c, Python/clinic/bltinmodule.c.h). sorted()
 * checks its iterable here and hands its keywords to list.sort; input(), open(), eval(),
 * exec(), compile(), __import__(), breakpoint() and __build_class__ are not modelled.
 */
const SIG = functionSignatures('builtins', {
  print: "(*args, sep=' ', end='\\n', file=None, flush=False)",
  len: '(obj, /)',
  id: '(obj, /)',
  repr: '(obj, /)',
  ascii: '(obj, /)',
  hex: '(number, /)',
  oct: '(number, /)',
  bin: '(number, /)',
  abs: '(x, /)',
  sum: '(iterable, /, start=0)',
  min: 'keywords(*args, key=None, default=<unrepresentable>)',
  max: 'keywords(*args, key=None, default=<unrepresentable>)',
  sorted: 'fastcall(iterable, /)',
  isinstance: '(obj, class_or_tuple, /)',
  issubclass: '(cls, class_or_tuple, /)',
  iter: '(object, sentinel=<unrepresentable>, /)',
  next: '(iterator, default=<unrepresentable>, /)',
  hash: '(obj, /)',
  round: '(number, ndigits=None)',
  divmod: '(x, y, /)',
  pow: '(base, exp, mod=None)',
  chr: '(i, /)',
  ord: '(c, /)',
  any: '(iterable, /)',
  all: '(iterable, /)',
  getattr: '(object, name, default=<unrepresentable>, /)',
  setattr: '(obj, name, value, /)',
  delattr: '(obj, name, /)',
  hasattr: '(obj, name, /)',
  callable: '(obj, /)',
  format: "(value, format_spec='', /)",
  vars: '(object=<unrepresentable>, /)',
  globals: '()',
  locals: '()',
  dir: '(arg=<unrepresentable>, /)',
});

/**
 * Type constructors (each type's tp_new or vectorcall). enumerate() has a hand-written
 * vectorcall from 3.11 on (enumerateVectorcall); zip's strict= (and 3.14's map strict=) are
 * accepted, not enforced.
 */
const CTOR = callableSignatures({
  int: 'vectorcall(x=0, /, base=10)',
  bool: '(o=False, /)',
  float: '(x=0, /)',
  str: "vectorcall(object='', encoding='utf-8', errors='strict')",
  list: '(iterable=(), /)',
  tuple: '(iterable=(), /)',
  dict: 'unpack(other=None, /, **kwargs)',
  set: '(iterable=(), /)',
  frozenset: '(iterable=(), /)',
  range: 'fastcall(start, stop=None, step=None, /)',
  slice: 'fastcall(start, stop=None, step=None, /)',
  enumerate: 'custom(iterable, start=0)',
  zip: 'keywords(*iterables, strict=False)',
  map: 'keywords(*iterables, strict=False)',
  filter: '(function, iterable, /)',
  reversed: 'fastcall(sequence, /)',
  super: 'fastcall(type=None, obj=None, /) as super()',
});

/** enumerate_vectorcall (3.11+): iterable and start by position or by name, checked by hand. */
function enumerateVectorcall(a: PyObject[], k: string[] | null): (PyObject | undefined)[] {
  const nk = k === null ? 0 : k.length;
  const n = a.length - nk;
  const check = (i: number, name: string): void => {
    if (k![i] !== name) typeError(`'${k![i]}' is an invalid keyword argument for enumerate()`);
  };
  if (n + nk === 2) {
    if (nk === 1) check(0, 'start');
    else if (nk === 2) {
      if (k![0] === 'start') {
        check(1, 'iterable');
        return [a[1], a[0]];
      }
      check(0, 'iterable');
      check(1, 'start');
    }
    return [a[0], a[1]];
  }
  if (n + nk === 1) {
    if (nk === 1) check(0, 'iterable');
    return [a[0], undefined];
  }
  if (n === 0) typeError("enumerate() missing required argument 'iterable'");
  return typeError(`enumerate() takes at most 2 arguments (${n + nk} given)`);
}
setCustomParser(CTOR.enumerate, enumerateVectorcall);


/** The functions of the builtins module, by name. */
export function builtinFunctions(): Record<string, NativeCall> {
  return {
    print,
    len: lenImpl,
    id: idImpl,
    repr: reprImpl,
    ascii: asciiImpl,
    hex: (a, k) => hexOctBin(a, k, 'hex', 16, '0x'),
    oct: (a, k) => hexOctBin(a, k, 'oct', 8, '0o'),
    bin: (a, k) => hexOctBin(a, k, 'bin', 2, '0b'),
    abs: absImpl,
    sum: sumImpl,
    min: (a, k) => minmax(a, k, false),
    max: (a, k) => minmax(a, k, true),
    sorted: sortedImpl,
    isinstance: isinstanceImpl,
    issubclass: issubclassImpl,
    iter: iterImpl,
    next: nextImpl,
    hash: hashImpl,
    round: roundImpl,
    divmod: divmodImpl,
    pow: powImpl,
    chr: chrImpl,
    ord: ordImpl,
    any: (a, k) => anyAll(a, k, true),
    all: (a, k) => anyAll(a, k, false),
    getattr: getattrImpl,
    setattr: setattrImpl,
    delattr: delattrImpl,
    hasattr: hasattrImpl,
    callable: callableImpl,
    format: formatImpl,
    vars: varsImpl,
    globals: (a, k) => {
      noArgs(SIG.globals, a, k, null);
      return globalsImpl();
    },
    locals: (a, k) => {
      noArgs(SIG.locals, a, k, null);
      const f = rt.frame;
      if (f !== null && f.locals !== null) return newref(f.locals);
      return globalsImpl();
    },
    __build_class__: (a, k) => buildClass(a, k),
    input: () => raise(rt.exc.EOFError!, 'EOF when reading a line (input() is not available here)'),
    open: () => raise(rt.exc.NotImplementedError!, "open() is not available here: programs run in PyHeap's sandbox without files"),
    eval: () => raise(rt.exc.NotImplementedError!, 'eval() is not supported here'),
    exec: () => raise(rt.exc.NotImplementedError!, 'exec() is not supported here'),
    compile: () => raise(rt.exc.NotImplementedError!, 'compile() is not supported here'),
    __import__: () => raise(rt.exc.NotImplementedError!, '__import__() is not supported here'),
    breakpoint: () => newref(rt.none),
    dir: (a, k) => {
      checkArgs(SIG.dir, a, k, null);
      if (a.length === 0) {
        const f = rt.frame;
        const d = f !== null ? (f.locals ?? f.globals) : null;
        const names = d === null ? [] : (d as PyDict).keys.filter((k) => k !== null).map((k) => (k as PyStr).v).sort();
        return newList(names.map((n) => newStr(n)));
      }
      return newList(dirNames(a[0]!).map((n) => newStr(n)));
    },
  };
}

/** dir(o)'s names, sorted: a module's namespace, or an object's attributes and its classes'. */
export function dirNames(o: PyObject): string[] {
  if (o.type === rt.types.module) {
    const keys = (o as unknown as { dict: PyDict }).dict.keys;
    return keys.filter((k) => k !== null && k !== undefined).map((k) => (k as PyStr).v).sort();
  }
  const names = new Set<string>();
  const attrs = (o as { attrs?: PyDict | null }).attrs;
  if (attrs) for (const k of attrs.keys) if (k) names.add((k as PyStr).v);
  const t = o instanceof PyType ? o : o.type;
  for (const b of t.mro) {
    if (b.dict) for (const k of (b.dict as PyDict).keys) if (k) names.add((k as PyStr).v);
    materializeBuiltinTypeMethods(b);
    for (const k of b.methods.keys()) names.add(k);
  }
  return [...names].sort();
}

export { newInt, newStr, intArg, isInstance, toBig };
