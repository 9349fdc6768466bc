/**
 * The abstract object protocols (Objects/abstract.c, Objects/object.c): attribute access,
 * calls, comparisons, arithmetic dispatch with reflected operands, truth, hashing,
 * iteration, subscription. Everything here works on any object through its type's slots,
 * so built-in types and classes written in Python behave alike.
 */

import { rt } from './runtime.ts';
import { decref, newref } from './heap/heap.ts';
import { EngineStop, PyError, typeCache, type BinarySlot, type CompareOp, type NumberSlots, type PyObject, type PyType } from './objects/object.ts';
import { PyInt, newInt } from './objects/int.ts';
import { PyStr, newStr } from './objects/str.ts';
import { raise, typeError } from './objects/errors.ts';
import { PyTuple } from './objects/tuple.ts';
import { PyBuiltin } from './objects/builtinfunc.ts';
import { builtinTypeMethod } from './objects/slotwrappers.ts';
import { PyDict, dictGetStr } from './objects/dict.ts';
import { iteratorLengthHint, newSeqIterator } from './objects/iterators.ts';
import { addressOf } from './heap/allocator.ts';
import { raiseMissing } from './objects/exceptions.ts';

// ------------------------------------------------------------------ representation

/** repr(o) as a JS string (may run Python __repr__). */
export function repr(o: PyObject): string {
  const f = o.type.repr;
  if (f === null) return defaultRepr(o);
  // Only containers recurse: Py_EnterRecursiveCall(" while getting the repr of an object").
  if (!o.type.isGC) return f(o);
  enterNativeRecursion(' while getting the repr of an object', 1);
  try {
    return f(o);
  } finally {
    rt.nativeDepth--;
  }
}

/**
 * Py_EnterRecursiveCall: native recursion counts against the profile's limit. On 3.10/3.11
 * the count also includes Python frames and `builtinCalls`, the built-in call (repr(),
 * print()) that usually starts a repr.
 */
export function enterNativeRecursion(where: string, builtinCalls = 0): void {
  const limit = rt.profile.nativeRecursionLimit;
  const depth = ++rt.nativeDepth;
  const exceeded = limit === 'shared' ? rt.depth + depth + builtinCalls > rt.recursionLimit : depth > limit;
  if (exceeded) {
    rt.nativeDepth--;
    raise(rt.exc.RecursionError!, `maximum recursion depth exceeded${where}`);
  }
}

export function defaultRepr(o: PyObject): string {
  const t = o.type;
  const mod = t.moduleName !== null && t.moduleName !== 'builtins' ? `${t.moduleName}.` : '';
  return `<${mod}${t.qualname} object at ${hexAddress(o.addr)}>`;
}

/** The address of an object's stored `addr` (see encodeAddress) in hex, as reprs show it. */
export function hexAddress(code: number): string {
  return `0x${addressOf(code).toString(16).padStart(12, '0')}`;
}

/** str(o) as a JS string. */
export function str(o: PyObject): string {
  const f = o.type.str;
  if (f !== null) return f(o);
  return repr(o);
}

// ------------------------------------------------------------------ hashing and truth

export function hashOf(o: PyObject): number | bigint {
  const f = o.type.hash;
  if (f === null) typeError(rt.profile.messages.unhashable(o.type.name));
  return f(o);
}

/** hash() of a dict key: 3.14 names the dict in the error. */
export function dictKeyHash(o: PyObject): number | bigint {
  const f = o.type.hash;
  if (f === null) typeError(rt.profile.messages.unhashableDictKey(o.type.name));
  return f(o);
}

/** hash() of a set element: 3.14 names the set in the error. */
export function setElementHash(o: PyObject): number | bigint {
  const f = o.type.hash;
  if (f === null) typeError(rt.profile.messages.unhashableSetElement(o.type.name));
  return f(o);
}

export function isTrue(o: PyObject): boolean {
  if (o === rt.true) return true;
  if (o === rt.false || o === rt.none) return false;
  const t = o.type;
  const b = t.number.bool;
  if (b !== undefined) return b(o);
  if (t.length !== null) return t.length(o) > 0;
  return true;
}

/** _PyObject_GC_MAY_BE_TRACKED: GC objects except tuples that are untracked. */
export function mayBeTracked(o: PyObject): boolean {
  if (!o.type.isGC) return false;
  if (o.type === rt.types.tuple) return o.gen >= 0;
  return true;
}

// ------------------------------------------------------------------ comparisons

const SWAPPED: CompareOp[] = [4, 5, 2, 3, 0, 1];
const OP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];

/** PyObject_RichCompare: a new reference to the result object. */
export function richCompare(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  if (!rt.profile.comparisonCountsRecursion) return richCompareInner(a, b, op);
  // 3.10: PyObject_RichCompare is a recursive call, so deep recursion often ends here.
  enterNativeRecursion(' in comparison');
  try {
    return richCompareInner(a, b, op);
  } finally {
    rt.nativeDepth--;
  }
}

function richCompareInner(a: PyObject, b: PyObject, op: CompareOp): PyObject {
  const ta = a.type;
  const tb = b.type;
  let checkedReverse = false;
  if (ta !== tb && tb.isSubtypeOf(ta) && tb.richcompare !== null) {
    checkedReverse = true;
    const r = tb.richcompare(b, a, SWAPPED[op]!);
    if (r !== null && r !== rt.notImplemented) return r;
    if (r !== null) decref(r);
  }
  if (ta.richcompare !== null) {
    const r = ta.richcompare(a, b, op);
    if (r !== null && r !== rt.notImplemented) return r;
    if (r !== null) decref(r);
  }
  if (!checkedReverse && tb.richcompare !== null) {
    const r = tb.richcompare(b, a, SWAPPED[op]!);
    if (r !== null && r !== rt.notImplemented) return r;
    if (r !== null) decref(r);
  }
  if (op === 2) return newref(a === b ? rt.true : rt.false);
  if (op === 3) return newref(a !== b ? rt.true : rt.false);
  return typeError(`'${OP_SYMBOL[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** PyObject_RichCompareBool: identity implies equality for == and !=. */
export function richCompareBool(a: PyObject, b: PyObject, op: CompareOp): boolean {
  if (a === b) {
    if (op === 2) return true;
    if (op === 3) return false;
  }
  const r = richCompare(a, b, op);
  const v = r === rt.true ? true : r === rt.false ? false : isTrue(r);
  decref(r);
  return v;
}

// ------------------------------------------------------------------ arithmetic

export type BinaryOpName = keyof NumberSlots & (
  | 'add' | 'sub' | 'mul' | 'truediv' | 'floordiv' | 'mod' | 'pow' | 'lshift' | 'rshift' | 'and' | 'or' | 'xor' | 'matmul'
);

const OP_SYMBOLS: Record<BinaryOpName, string> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '** or pow()',
  lshift: '<<', rshift: '>>', and: '&', or: '|', xor: '^', matmul: '@',
};

/** binary_op1: try the left operand's slot, the right's (subclass first), else null. */
function binaryOp1(a: PyObject, b: PyObject, name: BinaryOpName): PyObject | null {
  const slotA = a.type.number[name] as BinarySlot | undefined;
  const slotB0 = b.type !== a.type ? (b.type.number[name] as BinarySlot | undefined) : undefined;
  const slotB = slotB0 === slotA ? undefined : slotB0;
  if (slotA !== undefined) {
    if (slotB !== undefined && b.type.isSubtypeOf(a.type)) {
      const r = slotB(a, b);
      if (r !== null) return r;
    }
    const r = slotA(a, b);
    if (r !== null) return r;
  }
  if (slotB !== undefined) {
    const r = slotB(a, b);
    if (r !== null) return r;
  }
  return null;
}

export function binaryOp(a: PyObject, b: PyObject, name: BinaryOpName): PyObject {
  const r = binaryOp1(a, b, name);
  if (r !== null) return r;
  if (name === 'mul') {
    // sequence_repeat: a str, list or tuple times something that is not an integer.
    const seqA = isSequenceType(a.type);
    const seqB = isSequenceType(b.type);
    if (seqA || seqB) {
      const n = seqA ? b : a;
      typeError(`can't multiply sequence by non-int of type '${n.type.name}'`);
    }
  }
  return typeError(`unsupported operand type(s) for ${OP_SYMBOLS[name]}: '${a.type.name}' and '${b.type.name}'`);
}

function isSequenceType(t: PyType): boolean {
  const T = rt.types;
  return t.isSubtypeOf(T.str) || t.isSubtypeOf(T.list) || t.isSubtypeOf(T.tuple);
}

const INPLACE: Partial<Record<BinaryOpName, keyof NumberSlots>> = {
  add: 'iadd', mul: 'imul', or: 'ior', and: 'iand', xor: 'ixor', sub: 'isub',
};

/** a op= b: the in-place slot when the type has one, else the binary operation. */
export function inplaceOp(a: PyObject, b: PyObject, name: BinaryOpName): PyObject {
  const islot = INPLACE[name];
  if (islot !== undefined) {
    const f = a.type.number[islot] as BinarySlot | undefined;
    if (f !== undefined) {
      const r = f(a, b);
      if (r !== null) return r;
    }
  }
  const r = binaryOp1(a, b, name);
  if (r !== null) return r;
  return typeError(`unsupported operand type(s) for ${OP_SYMBOLS[name]}=: '${a.type.name}' and '${b.type.name}'`);
}

export function unaryOp(a: PyObject, name: 'neg' | 'pos' | 'invert'): PyObject {
  const f = a.type.number[name];
  if (f !== undefined) return f(a);
  const sym = name === 'neg' ? '-' : name === 'pos' ? '+' : '~';
  return typeError(`bad operand type for unary ${sym}: '${a.type.name}'`);
}

/** operator.index(o) as a JS number/bigint. */
export function indexValue(o: PyObject): number | bigint {
  if (o instanceof PyInt) return o.v;
  const f = o.type.number.index;
  if (f !== undefined) {
    const r = f(o);
    const v = (r as PyInt).v;
    decref(r);
    return v;
  }
  return typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
}

// ------------------------------------------------------------------ attributes

/** getattr(o, name): a new reference, or raises AttributeError. */
export function getAttr(o: PyObject, name: string): PyObject {
  const g = o.type.getattro;
  if (g === null) return attributeMissing(o, name);
  const r = g(o, name);
  if (r === null) return attributeMissing(o, name);
  return r;
}

export function getAttrString(o: PyObject, name: string): PyObject {
  return getAttr(o, name);
}

/** getattr(o, name) or null when it does not exist (other errors propagate). */
export function lookupAttr(o: PyObject, name: string): PyObject | null {
  const g = o.type.getattro;
  if (g === null) return null;
  return g(o, name);
}

/**
 * Methods of built-in types that CPython has and the engine does not (bytes are outside the
 * subset): using one says so, rather than claiming Python has no such method.
 */
const UNSUPPORTED_METHODS: Record<string, readonly string[]> = {
  int: ['from_bytes', 'to_bytes'],
  bool: ['from_bytes', 'to_bytes'],
  float: ['hex', 'fromhex'],
  str: ['format_map', 'maketrans'],
};

export function attributeMissing(o: PyObject, name: string): never {
  const isClass = o.type === rt.types.type || o.type.isSubtypeOf(rt.types.type);
  const builtin = (isClass ? (o as PyType) : o.type).mro.find((t) => !t.isHeapType);
  if (builtin !== undefined && UNSUPPORTED_METHODS[builtin.name]?.includes(name)) {
    raise(rt.exc.NotImplementedError!, `${builtin.name}.${name}() is not supported here`);
  }
  // PyObject_GetAttr normalizes the AttributeError and gives it the name and the object
  // (set_attribute_error_context), so the exception keeps `o` alive while it lives.
  const message = isClass
    ? `type object '${(o as PyType).name}' has no attribute '${name}'`
    : o.type === rt.types.module
      ? `module '${moduleName(o)}' has no attribute '${name}'`
      : `'${o.type.name}' object has no attribute '${name}'`;
  return raiseMissing(rt.exc.AttributeError!, message, name, o);
}

function moduleName(o: PyObject): string {
  return (o as { name?: string }).name ?? '?';
}

export function setAttr(o: PyObject, name: string, value: PyObject | null): void {
  const s = o.type.setattro;
  if (s === null) {
    if (value === null) raise(rt.exc.AttributeError!, `'${o.type.name}' object has no attribute '${name}'`);
    const has = o.type.getattro !== null && typeLookup(o.type, name) !== null;
    if (has) raise(rt.exc.AttributeError!, `'${o.type.name}' object attribute '${name}' is read-only`);
    const message = rt.profile.messages.setMissingAttribute(o.type.name, name);
    // 3.13 gives this AttributeError its name and object too (set_attribute_error_context).
    if (rt.profile.setattrErrorContext) return raiseMissing(rt.exc.AttributeError!, message, name, o);
    return raise(rt.exc.AttributeError!, message);
  }
  s(o, name, value);
}

/** _PyType_Lookup: the attribute found along the MRO (borrowed), or null. */
export function typeLookup(t: PyType, name: string): PyObject | null {
  let cache = t.lookupCache;
  if (cache === null || t.lookupEpoch !== typeCache.epoch) {
    cache = t.lookupCache = new Map();
    t.lookupEpoch = typeCache.epoch;
  }
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const found = typeLookupUncached(t, name);
  cache.set(name, found);
  return found;
}

function typeLookupUncached(t: PyType, name: string): PyObject | null {
  const mro = t.mro;
  for (let i = 0; i < mro.length; i++) {
    const base = mro[i]!;
    const d = base.dict;
    if (d !== null) {
      const v = dictGetStr(d as PyDict, name);
      if (v !== null) return v;
    }
    const m = builtinTypeMethod(base, name);
    if (m !== undefined) return m;
  }
  return null;
}


/** Calls o.name(*args) (new reference). */
export function callMethod(o: PyObject, name: string, args: PyObject[]): PyObject {
  const m = getAttr(o, name);
  try {
    return callObject(m, args, null);
  } finally {
    decref(m);
  }
}

// ------------------------------------------------------------------ calls

/** Calls a callable with borrowed positional args (+ kwnames for trailing keyword args). */
export function callObject(callable: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const call = callable.type.call;
  if (call === null) return typeError(rt.profile.messages.notCallable(callable.type.name));
  return call(args, kwnames, callable);
}

export function isCallable(o: PyObject): boolean {
  return o.type.call !== null;
}

// ------------------------------------------------------------------ iteration

export function getIter(o: PyObject): PyObject {
  const f = o.type.iter;
  if (f !== null && f !== undefined) return f(o);
  if (o.type.getitem !== null && o.type !== rt.types.dict) return newSeqIterator(o);
  return typeError(`'${o.type.name}' object is not iterable`);
}


/** next(it): a new reference or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  const f = it.type.iternext;
  if (f === null) return typeError(`'${it.type.name}' object is not an iterator`);
  return f(it);
}

/**
 * Native loops (list(range(n)), sum(...), set(...)) run no bytecode, so they never reach the
 * step counter: every item they consume is a tick, and every 8192 ticks the time limit is
 * checked and the work budget (20 items per step of the step budget) is enforced.
 */
export function nativeTick(): void {
  if ((++rt.nativeTicks & 8191) !== 0) return;
  if (Date.now() > rt.deadline) throw new EngineStop('step-budget', 'the program ran too long and was stopped', rt.frame?.line ?? null);
  if (rt.nativeTicks > rt.maxSteps * 20) {
    throw new EngineStop('step-budget', `the program ran more than ${rt.maxSteps.toLocaleString('en-US')} steps and was stopped`, rt.frame?.line ?? null);
  }
}

/** Calls `each` with every item (borrowed for the duration of the call). */
export function iterate(o: PyObject, each: (item: PyObject) => void): void {
  const it = getIter(o);
  try {
    for (;;) {
      nativeTick();
      const item = iterNext(it);
      if (item === null) break;
      try {
        each(item);
      } finally {
        decref(item);
      }
    }
  } finally {
    decref(it);
  }
}

/** Collects the items of an iterable as new references. */
export function iterToArray(o: PyObject): PyObject[] {
  if (o instanceof PyTuple) return o.items.map((x) => newref(x));
  const out: PyObject[] = [];
  try {
    iterate(o, (item) => out.push(newref(item)));
  } catch (e) {
    for (const x of out) decref(x);
    throw e;
  }
  return out;
}

export function lengthOf(o: PyObject): number {
  const f = o.type.length;
  if (f === null) return typeError(`object of type '${o.type.name}' has no len()`);
  return f(o);
}

/** PyObject_LengthHint: len() if defined, else __length_hint__, else the default. */
export function lengthHint(o: PyObject, dflt: number): number {
  const f = o.type.length;
  if (f !== null) return f(o);
  const hint = iteratorLengthHint(o);
  return hint ?? dflt;
}


// ------------------------------------------------------------------ containers

export function getItem(o: PyObject, key: PyObject): PyObject {
  const f = o.type.getitem;
  if (f === null) {
    if (o.type === rt.types.type || o.type.isSubtypeOf(rt.types.type)) {
      return typeError(`type '${(o as PyType).name}' is not subscriptable`);
    }
    return typeError(`'${o.type.name}' object is not subscriptable`);
  }
  return f(o, key);
}

export function setItem(o: PyObject, key: PyObject, value: PyObject | null): void {
  const f = o.type.setitem;
  if (f === null) {
    if (value === null) typeError(`'${o.type.name}' object doesn't support item deletion`);
    typeError(`'${o.type.name}' object does not support item assignment`);
  }
  f(o, key, value);
}

export function contains(container: PyObject, item: PyObject): boolean {
  const f = container.type.contains;
  if (f !== null) return f(container, item);
  const iterf = container.type.iter;
  if (iterf === null && container.type.getitem === null) {
    typeError(`argument of type '${container.type.name}' is not iterable`);
  }
  let found = false;
  const it = getIter(container);
  try {
    for (;;) {
      nativeTick();
      const x = iterNext(it);
      if (x === null) break;
      const eq = x === item || richCompareBool(x, item, 2);
      decref(x);
      if (eq) {
        found = true;
        break;
      }
    }
  } finally {
    decref(it);
  }
  return found;
}

export function isInstance(o: PyObject, cls: PyType): boolean {
  return o.type === cls || o.type.isSubtypeOf(cls);
}

/** Borrowed `o` as a JS string if it is a str, else null. */
export function strOrNull(o: PyObject): string | null {
  return o instanceof PyStr ? o.v : null;
}

/** Catches a Python exception of class `cls` thrown by `body`; returns null when caught. */
export function catchPy<T>(body: () => T, cls: PyType): T | null {
  try {
    return body();
  } catch (e) {
    if (e instanceof PyError && (e.excType === cls || e.excType.isSubtypeOf(cls))) {
      e.discard();
      return null;
    }
    throw e;
  }
}

export function pyInt(v: number | bigint): PyObject {
  return newInt(v);
}

export function pyStr(v: string): PyObject {
  return newStr(v);
}

export function isBuiltinFunction(o: PyObject): o is PyBuiltin {
  return o instanceof PyBuiltin;
}
