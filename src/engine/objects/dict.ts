/**
 * dict (Objects/dictobject.c).
 *
 * Entries are kept in insertion order in parallel arrays with holes for deleted entries,
 * exactly like CPython's dk_entries, and the table geometry (log2 size, usable slots,
 * str-only "unicode" tables from 3.11) follows dictresize/insertion_resize, so
 * sys.getsizeof matches CPython as a dict grows, loses keys, or is cleared. Lookups use a
 * JavaScript Map for str and number keys and Python's hash/== for everything else.
 * GC tracking is lazy up to 3.13 (MAINTAIN_TRACKING) and unconditional in 3.14.
 */

import { rt } from '../runtime.ts';
import { decref, newref, touch } from '../heap/heap.ts';
import { PyObject, typeCache, type PyType, type Visit } from './object.ts';
import { PyInt, newBool, newInt } from './int.ts';
import { PyStr, internStr } from './str.ts';
import { PyFloat } from './float.ts';
import { defineMethods, markClassMethod, type PyBuiltin } from './builtinfunc.ts';
import { checkArgs, methodSignatures, noArgs, oneArg, positionalCount } from './argspec.ts';
import { raise, raiseWith, typeError } from './errors.ts';
import { callMethod, callObject, dictKeyHash as hashOf, getAttrString, getItem, isTrue, iterate, mayBeTracked, repr, richCompareBool, typeLookup } from '../abstract.ts';
import { enterRepr, leaveRepr } from './reprguard.ts';
import { newTuple } from './tuple.ts';
import { dictViewSetSlots } from './set.ts';

const LOG_MINSIZE = 3;

export class PyDict extends PyObject {
  keys: (PyObject | null)[] = [];
  values: (PyObject | null)[] = [];
  /** Number of live entries (ma_used). */
  used = 0;
  /** log2 of the hash table size; 0 means the shared empty keys object. */
  log2Size = 0;
  /** Entries that can still be added before a resize (dk_usable). */
  usable = 0;
  /** All keys are exact str: 3.11+ stores them in 16-byte entries. */
  unicode = true;
  /** Bumped on every insertion/deletion, to detect mutation during iteration. */
  version = 0;
  /**
   * Entry index by str key, built once the table has more than LINEAR_KEYS entries (small
   * dicts, most instance and keyword dicts, are searched linearly, which is faster).
   */
  strIndex: Map<string, number> | null = null;
  /** Entry index by int/float key value, created with the first such key. */
  numIndex: Map<number | bigint, number> | null = null;
  /** Other keys: hash -> entry indices. */
  objIndex: Map<number | bigint, number[]> | null = null;
  /**
   * Attribute storage of an instance on 3.11+ ("inline values"): not a heap object of its
   * own, never tracked; its owner's traverse reports the values.
   */
  inline = false;
  /** Interpreter-owned registries never drawn in traces. */
  hiddenFromTrace = false;
  /**
   * An instance __dict__ sharing its class's keys (a "split" table): getsizeof is the
   * profile's instanceDict figure until the table is resized into an ordinary one.
   */
  split = false;
  /**
   * 3.13+: the instance whose inline values this materialised __dict__ uses (CPython's
   * ma_values->embedded); the instance's traverse visits the values. Null once resized.
   */
  embeddedIn: PyObject | null = null;
  /** A class's namespace: changing it invalidates attribute-lookup caches. */
  isClassDict = false;
  constructor(type: PyType) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
  }
}

export function isDict(o: PyObject): o is PyDict {
  return o instanceof PyDict;
}

function usableFraction(size: number): number {
  return ((size << 1) / 3) | 0;
}

/** calculate_log2_keysize: 3.10 loops to the first power of two >= minsize; 3.11+ uses
 * bit_length((minsize | 8) - 1), which doubles exact powers of two. */
function log2For(minsize: number): number {
  if (rt.profile.dictSizing === 'bitlength') {
    const m = ((minsize | 8) - 1) | 7;
    return Math.max(LOG_MINSIZE, 32 - Math.clz32(m));
  }
  let log2 = LOG_MINSIZE;
  while (1 << log2 < minsize) log2++;
  return log2;
}

/** PyDict_New: a new empty dict, from the free list when possible. */
export function newDict(): PyDict {
  const h = rt.heap;
  let d: PyDict;
  if (h.freeLists.dict.length > 0) {
    d = h.freeLists.dict.pop() as PyDict;
    h.reborn(d);
  } else {
    d = h.allocate(new PyDict(rt.types.dict), rt.profile.sizes.dict, true);
  }
  if (!rt.profile.lazyDictTracking) h.track(d);
  return d;
}

/** dict() and subclasses: tp_alloc, never the free list. */
export function newDictOfType(type: PyType): PyDict {
  const d = rt.heap.allocate(new PyDict(type), rt.profile.sizes.dict, true);
  if (!rt.profile.lazyDictTracking || type !== rt.types.dict) rt.heap.track(d);
  return d;
}

/** _PyDict_NewPresized: `{a: 1, b: 2, ...}` with more than five items starts larger. */
export function newDictPresized(n: number): PyDict {
  const d = newDict();
  if (n > usableFraction(1 << LOG_MINSIZE)) {
    d.log2Size = log2For(((n * 3 + 1) / 2) | 0);
    d.usable = usableFraction(1 << d.log2Size);
  }
  return d;
}

/** Where a key lives: its JS map key, or null for keys compared by hash and ==. */
function fastKey(key: PyObject): string | number | bigint | null {
  if (key instanceof PyStr) return key.type === rt.types.str ? key.v : null;
  if (key instanceof PyInt) return key.type === rt.types.int || key.type === rt.types.bool ? key.v : null;
  if (key instanceof PyFloat) {
    const v = key.v;
    if (Number.isNaN(v)) return null;
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
    return v;
  }
  return null;
}

const LINEAR_KEYS = 8;

/** Every mutation: traces redraw the dict; a class namespace invalidates lookup caches. */
function dictChanged(d: PyDict): void {
  touch(d);
  if (d.isClassDict) typeCache.epoch++;
}

/** The entry index of the exact-str key `name`, or -1. */
export function strSlot(d: PyDict, name: string): number {
  const m = d.strIndex;
  if (m !== null) {
    const i = m.get(name);
    return i === undefined ? -1 : i;
  }
  const keys = d.keys;
  const strType = rt.types.str;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && k !== undefined && (k as PyStr).v === name && k.type === strType) return i;
  }
  return -1;
}

/**
 * strSlot, trying first entry `hint` (where the name was found before, in this dict or
 * another): keys are unique, so a match there is the only one.
 */
function strSlotAt(d: PyDict, name: string, hint: number): number {
  const k = d.keys[hint];
  if (k !== null && k !== undefined && (k as PyStr).v === name && k.type === rt.types.str) return hint;
  return strSlot(d, name);
}

/** Builds the str index once the table outgrows linear search. */
function maybeIndexStrings(d: PyDict): void {
  if (d.strIndex !== null || d.keys.length <= LINEAR_KEYS) return;
  const m = new Map<string, number>();
  const keys = d.keys;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && k !== undefined && k instanceof PyStr && k.type === rt.types.str) m.set(k.v, i);
  }
  d.strIndex = m;
}

/** The entry index of `key`, or -1. May run Python __hash__/__eq__. */
export function dictLookup(d: PyDict, key: PyObject): number {
  const fk = fastKey(key);
  if (fk !== null) {
    if (typeof fk === 'string') return strSlot(d, fk);
    const i = d.numIndex === null ? undefined : d.numIndex.get(fk);
    return i === undefined ? -1 : i;
  }
  const h = hashOf(key);
  if (d.objIndex === null) return -1;
  const bucket = d.objIndex.get(h);
  if (bucket === undefined) return -1;
  for (const i of bucket) {
    const k = d.keys[i]!;
    if (k === key) return i;
  }
  for (const i of bucket.slice()) {
    const k = d.keys[i];
    if (k !== null && k !== undefined && richCompareBool(k, key, 2)) return i;
  }
  return -1;
}

/** indexEntry for an exact str key. */
function indexStrEntry(d: PyDict, name: string, i: number): void {
  if (d.strIndex !== null) d.strIndex.set(name, i);
  else maybeIndexStrings(d);
}

/** Records that entry `i` holds `key` (the entry must already be in d.keys). */
export function indexEntry(d: PyDict, key: PyObject, i: number): void {
  const fk = fastKey(key);
  if (fk !== null) {
    if (typeof fk === 'string') indexStrEntry(d, fk, i);
    else (d.numIndex ??= new Map()).set(fk, i);
    return;
  }
  const h = hashOf(key);
  if (d.objIndex === null) d.objIndex = new Map();
  const bucket = d.objIndex.get(h);
  if (bucket === undefined) d.objIndex.set(h, [i]);
  else bucket.push(i);
}

function unindexEntry(d: PyDict, key: PyObject, i: number): void {
  const fk = fastKey(key);
  if (fk !== null) {
    if (typeof fk === 'string') d.strIndex?.delete(fk);
    else d.numIndex?.delete(fk);
    return;
  }
  const h = hashOf(key);
  const bucket = d.objIndex?.get(h);
  if (bucket === undefined) return;
  const at = bucket.indexOf(i);
  if (at >= 0) bucket.splice(at, 1);
  if (bucket.length === 0) d.objIndex!.delete(h);
}

/** dictresize: compacts entries into a table of 2**log2 slots. */
function resize(d: PyDict, log2: number, unicode: boolean): void {
  // A split instance dict (shared keys) becomes an ordinary table once it outgrows them.
  if (d.used >= rt.profile.splitDictMaxKeys) d.split = false;
  // A resized table has its own values: the instance's inline values are no longer used.
  d.embeddedIn = null;
  const keys: PyObject[] = [];
  const values: PyObject[] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    if (k !== null && k !== undefined) {
      keys.push(k);
      values.push(d.values[i]!);
    }
  }
  d.keys = keys;
  d.values = values;
  d.strIndex = null;
  d.numIndex = null;
  d.objIndex = null;
  for (let i = 0; i < keys.length; i++) indexEntry(d, keys[i]!, i);
  d.log2Size = log2;
  d.unicode = unicode;
  d.usable = usableFraction(1 << log2) - d.used;
}

function growthLog2(d: PyDict): number {
  return log2For(d.used * 3);
}

/**
 * Sets d[key] = value; takes new references to both (PyDict_SetItem). An existing key
 * keeps its original key object and gets the new value; the old value is released last.
 */
export function dictSetItem(d: PyDict, key: PyObject, value: PyObject): void {
  const i = dictLookup(d, key);
  if (i >= 0) {
    const old = d.values[i]!;
    d.values[i] = newref(value);
    dictChanged(d);
    maintainTracking(d, key, value);
    decref(old);
    return;
  }
  insertAbsent(d, key, value);
}

/** dictSetItem's insertion, once a lookup has found no entry for `key`. */
function insertAbsent(d: PyDict, key: PyObject, value: PyObject): void {
  const isStrKey = key.type === rt.types.str;
  if (d.log2Size === 0) {
    // First insertion into the shared empty keys (insert_to_emptydict / insertion_resize).
    d.log2Size = LOG_MINSIZE;
    d.usable = usableFraction(1 << LOG_MINSIZE);
    d.unicode = isStrKey;
  } else if (!isStrKey && d.unicode) {
    resize(d, growthLog2(d), false);
  }
  if (d.usable <= 0) resize(d, growthLog2(d), d.unicode && isStrKey);
  const at = d.keys.length;
  // Reference counts written out, for field accesses of few shapes at this hot site.
  if (!key.imm) { key.rc++; touch(key); }
  if (!value.imm) { value.rc++; touch(value); }
  d.keys.push(key);
  d.values.push(value);
  if (isStrKey) indexStrEntry(d, (key as PyStr).v, at);
  else indexEntry(d, key, at);
  d.used++;
  d.usable--;
  d.version++;
  dictChanged(d);
  maintainTracking(d, key, value);
}

/**
 * An instance's inline values (3.11+) holding its first attribute: what insertAbsent does
 * to a fresh table, without the lookups. Takes new references to both.
 */
export function newInlineValues(key: PyStr, value: PyObject): PyDict {
  const d = new PyDict(rt.types.dict);
  d.inline = true;
  d.log2Size = LOG_MINSIZE;
  d.usable = usableFraction(1 << LOG_MINSIZE) - 1;
  d.unicode = true;
  if (!key.imm) { key.rc++; touch(key); }
  if (!value.imm) { value.rc++; touch(value); }
  d.keys.push(key);
  d.values.push(value);
  d.used = 1;
  d.version = 1;
  dictChanged(d);
  return d;
}

function maintainTracking(d: PyDict, key: PyObject, value: PyObject): void {
  // Interpreter registries (a built-in class's subclass table) were tracked at start-up.
  if (d.gen >= 0 || d.inline || d.hiddenFromTrace) return;
  if (mayBeTracked(key) || mayBeTracked(value)) rt.heap.track(d);
}

/** Borrowed reference to d[key], or null. */
export function dictGetItem(d: PyDict, key: PyObject): PyObject | null {
  const i = dictLookup(d, key);
  return i < 0 ? null : d.values[i]!;
}

/** Borrowed reference by str key (globals, attributes), without creating a str object. */
export function dictGetStr(d: PyDict, name: string): PyObject | null {
  const i = strSlot(d, name);
  return i < 0 ? null : d.values[i]!;
}

/** dictGetStr for a name instruction: `hints[at]` remembers the entry index it was found at. */
export function dictGetStrHinted(d: PyDict, name: string, hints: Int32Array, at: number): PyObject | null {
  const i = strSlotAt(d, name, hints[at]!);
  if (i < 0) return null;
  hints[at] = i;
  return d.values[i]!;
}

export function dictSetStr(d: PyDict, name: string, value: PyObject, keyObj?: PyObject): void {
  setStrAt(d, name, value, keyObj, strSlot(d, name));
}

/** dictSetStr for a name instruction: `hints[at]` remembers the entry index it was found at. */
export function dictSetStrHinted(d: PyDict, name: string, value: PyObject, keyObj: PyObject | undefined, hints: Int32Array, at: number): void {
  const i = strSlotAt(d, name, hints[at]!);
  if (i >= 0) hints[at] = i;
  setStrAt(d, name, value, keyObj, i);
}

/** dictSetStr once the name's entry index `i` (or -1, see strSlot) is known. */
export function setStrAt(d: PyDict, name: string, value: PyObject, keyObj: PyObject | undefined, i: number): void {
  if (i >= 0) {
    // Reference counts written out, for field accesses of few shapes at this hot site.
    const old = d.values[i];
    if (!value.imm) { value.rc++; touch(value); }
    d.values[i] = value;
    if (old === null || old === undefined) d.used++; // an inline slot refilled (3.11+)
    dictChanged(d);
    maintainTracking(d, d.keys[i]!, value);
    if (old !== null && old !== undefined) {
      if (old.rc > 1 && !old.imm) { old.rc--; touch(old); } else decref(old);
    }
    return;
  }
  const k = keyObj ?? internStr(name);
  // strSlot's -1 is final for an exact str key (dictLookup would search by strSlot again).
  if (k.type === rt.types.str) insertAbsent(d, k, value);
  else dictSetItem(d, k, value);
  if (keyObj === undefined) decref(k);
}


/** Removes entry i; returns the value's reference (the caller owns it) and releases the key. */
function removeEntry(d: PyDict, i: number): PyObject {
  const key = d.keys[i]!;
  const value = d.values[i]!;
  unindexEntry(d, key, i);
  d.keys[i] = null;
  d.values[i] = null;
  d.used--;
  d.version++;
  dictChanged(d);
  decref(key);
  return value;
}

/** del d[key]: false when missing. The value is released after the key, as delitem_common does. */
export function dictDelItem(d: PyDict, key: PyObject): boolean {
  const i = dictLookup(d, key);
  if (i < 0) return false;
  decref(removeEntry(d, i));
  return true;
}

export function dictDelStr(d: PyDict, name: string): boolean {
  const i = strSlot(d, name);
  if (i < 0) return false;
  if (d.inline) {
    // Inline values (3.11+) keep the key's slot: re-adding the attribute reuses it.
    const v = d.values[i];
    if (v === null || v === undefined) return false;
    d.values[i] = null;
    d.used--;
    dictChanged(d);
    decref(v);
    return true;
  }
  decref(removeEntry(d, i));
  return true;
}

/** Pops d[key]: the value reference moves to the caller; null when missing. */
export function dictPop(d: PyDict, key: PyObject): PyObject | null {
  const i = dictLookup(d, key);
  if (i < 0) return null;
  return removeEntry(d, i);
}

/** PyDict_Clear: back to the shared empty keys; entries released in insertion order. */
export function dictClear(d: PyDict): void {
  const keys = d.keys;
  const values = d.values;
  d.keys = [];
  d.values = [];
  d.strIndex = null;
  d.numIndex = null;
  d.objIndex = null;
  d.used = 0;
  d.log2Size = 0;
  d.usable = 0;
  d.unicode = true;
  d.version++;
  dictChanged(d);
  releaseEntries(keys, values);
}

function releaseEntries(keys: (PyObject | null)[], values: (PyObject | null)[]): void {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && k !== undefined) {
      decref(k);
      decref(values[i]!);
    }
  }
}

/** Live entries in order, as borrowed references. */
export function dictEntries(d: PyDict): [PyObject, PyObject][] {
  const out: [PyObject, PyObject][] = [];
  for (let i = 0; i < d.keys.length; i++) {
    const k = d.keys[i];
    const v = d.values[i];
    if (k !== null && k !== undefined && v !== null && v !== undefined) out.push([k, v]);
  }
  return out;
}

export function dictSizeOf(d: PyDict): number {
  const z = rt.profile.sizes;
  if (d.split) return z.instanceDict - z.gcHeader;
  let size = z.dict - z.gcHeader;
  if (d.log2Size > 0) {
    const n = 1 << d.log2Size;
    const ix = n <= 0xff ? 1 : n <= 0xffff ? 2 : n <= 0xffffffff ? 4 : 8;
    const entry = d.unicode ? z.dictUnicodeEntry : 24;
    size += z.dictKeysHeader + ix * n + usableFraction(n) * entry;
  }
  return size;
}

/** dict.update / dict(mapping or pairs) semantics. */
export function dictMerge(d: PyDict, other: PyObject, fname: string): void {
  if (other instanceof PyDict) {
    for (const [k, v] of dictEntries(other)) dictSetItem(d, k, v);
    return;
  }
  const keysMethod = hasKeys(other);
  if (keysMethod) {
    const keys = callMethod(other, 'keys', []);
    try {
      iterate(keys, (k) => {
        const v = getItem(other, k);
        dictSetItem(d, k, v);
        decref(v);
      });
    } finally {
      decref(keys);
    }
    return;
  }
  let index = 0;
  iterate(other, (pair) => {
    const items: PyObject[] = [];
    try {
      iterate(pair, (x) => {
        items.push(newref(x));
      });
    } catch (e) {
      for (const x of items) decref(x);
      if (e instanceof Object && 'exc' in e) {
        typeError(`cannot convert dictionary update sequence element #${index} to a sequence`);
      }
      throw e;
    }
    if (items.length !== 2) {
      for (const x of items) decref(x);
      raise(rt.exc.ValueError!, `dictionary update sequence element #${index} has length ${items.length}; 2 is required`);
    }
    dictSetItem(d, items[0]!, items[1]!);
    decref(items[0]!);
    decref(items[1]!);
    index++;
  });
  void fname;
}

function hasKeys(o: PyObject): boolean {
  return typeLookup(o.type, 'keys') !== null;
}

function keyError(key: PyObject): never {
  raiseWith(rt.exc.KeyError!, [key]);
}

export function installDict(dictType: PyType): void {
  dictType.isGC = true;
  dictType.sizeOf = (o) => dictSizeOf(o as PyDict);
  dictType.length = (o) => (o as PyDict).used;
  // dict_traverse: each value then its key; tables that only ever held str keys visit values
  // only (3.10: dk_lookup is not lookdict; 3.11+: DK_IS_UNICODE).
  dictType.traverse = (o, visit: Visit) => {
    const d = o as PyDict;
    // Values embedded in an instance are visited by the instance (3.13+).
    if (d.embeddedIn !== null) return;
    const keysToo = !d.unicode;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k !== null && k !== undefined) {
        visit(d.values[i]!, 'value', k);
        if (keysToo) visit(k, 'key', i);
      }
    }
  };
  dictType.references = (o, visit: Visit) => {
    const d = o as PyDict;
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      if (k !== null && k !== undefined) {
        visit(k, 'key', i);
        visit(d.values[i]!, 'value', k);
      }
    }
  };
  dictType.clear = (o) => dictClear(o as PyDict);
  dictType.dealloc = (o) => {
    const d = o as PyDict;
    const h = rt.heap;
    h.untrack(d);
    const keys = d.keys;
    const values = d.values;
    d.keys = [];
    d.values = [];
    d.strIndex = null;
    d.numIndex = null;
    d.objIndex = null;
    d.used = 0;
    d.log2Size = 0;
    d.usable = 0;
    d.unicode = true;
    // A recycled dict starts as a plain one: an instance __dict__'s shared keys and owner go.
    d.split = false;
    d.embeddedIn = null;
    releaseEntries(keys, values);
    if (d.type === dictType && h.freeLists.dict.length < rt.profile.freeLists.dict) {
      h.freeLists.dict.push(d);
      h.forget(d);
      return;
    }
    h.release(d, true);
  };
  dictType.repr = (o) => {
    const d = o as PyDict;
    if (!enterRepr(d)) return '{...}';
    try {
      return `{${dictEntries(d).map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(', ')}}`;
    } finally {
      leaveRepr(d);
    }
  };
  dictType.summary = (o) => `dict of ${(o as PyDict).used}`;
  dictType.getitem = (o, key) => {
    const d = o as PyDict;
    const v = dictGetItem(d, key);
    if (v !== null) return newref(v);
    if (d.type !== dictType) {
      const missing = lookupMissing(d);
      if (missing !== null) return callObject(missing, [d, key], null);
    }
    return keyError(key);
  };
  dictType.setitem = (o, key, value) => {
    const d = o as PyDict;
    if (value === null) {
      hashOf(key);
      if (!dictDelItem(d, key)) keyError(key);
    } else {
      hashOf(key);
      dictSetItem(d, key, value);
    }
  };
  dictType.contains = (o, key) => {
    hashOf(key);
    return dictLookup(o as PyDict, key) >= 0;
  };
  dictType.richcompare = (a, b, op) => {
    if (!(b instanceof PyDict) || (op !== 2 && op !== 3)) return null;
    const da = a as PyDict;
    let eq = da.used === b.used;
    if (eq) {
      for (const [k, v] of dictEntries(da)) {
        const w = dictGetItem(b, k);
        if (w === null || (w !== v && !richCompareBool(v, w, 2))) {
          eq = false;
          break;
        }
      }
    }
    return newBool(op === 2 ? eq : !eq);
  };
  dictType.number.or = (a, b) => {
    if (!(a instanceof PyDict) || !(b instanceof PyDict)) return null;
    const d = newDict();
    for (const [k, v] of dictEntries(a)) dictSetItem(d, k, v);
    for (const [k, v] of dictEntries(b)) dictSetItem(d, k, v);
    return d;
  };
  dictType.number.ior = (a, b) => {
    if (!(a instanceof PyDict)) return null;
    dictMerge(a, b, 'update');
    return newref(a);
  };

  const D = (o: PyObject | null): PyDict => o as PyDict;
  defineMethods(dictType, {
    get: (a, k, self) => {
      checkArgs(SIG.get, a, k, self);
      const key = a[0]!;
      hashOf(key);
      const v = dictGetItem(D(self), key);
      return newref(v ?? (a.length > 1 ? a[1]! : rt.none));
    },
    setdefault: (a, k, self) => {
      checkArgs(SIG.setdefault, a, k, self);
      const key = a[0]!;
      const d = D(self);
      hashOf(key);
      const v = dictGetItem(d, key);
      if (v !== null) return newref(v);
      const value = a.length > 1 ? a[1]! : rt.none;
      dictSetItem(d, key, value);
      return newref(value);
    },
    pop: (a, k, self) => {
      checkArgs(SIG.pop, a, k, self);
      const key = a[0]!;
      const dflt = a.length > 1 ? a[1] : undefined;
      // _PyDict_Pop: an empty dict answers without hashing the key.
      if (D(self).used === 0) {
        if (dflt !== undefined) return newref(dflt);
        return keyError(key);
      }
      hashOf(key);
      const v = dictPop(D(self), key);
      if (v !== null) return v;
      if (dflt !== undefined) return newref(dflt);
      return keyError(key);
    },
    popitem: (a, k, self) => {
      noArgs(SIG.popitem, a, k, self);
      const d = D(self);
      for (let i = d.keys.length - 1; i >= 0; i--) {
        const key = d.keys[i];
        if (key !== null && key !== undefined) {
          const k2 = newref(key);
          const v = removeEntry(d, i);
          // popitem trims trailing dummies so the next insert reuses the slot.
          d.keys.length = i;
          d.values.length = i;
          d.usable++;
          return newTuple([k2, v]);
        }
      }
      return raise(rt.exc.KeyError!, 'popitem(): dictionary is empty');
    },
    keys: (a, k, self) => {
      noArgs(SIG.keys, a, k, self);
      return newDictView(rt.types.dictKeys, D(self));
    },
    values: (a, k, self) => {
      noArgs(SIG.values, a, k, self);
      return newDictView(rt.types.dictValues, D(self));
    },
    items: (a, k, self) => {
      noArgs(SIG.items, a, k, self);
      return newDictView(rt.types.dictItems, D(self));
    },
    update: (a, k, self) => {
      checkArgs(SIG.update, a, k, self);
      const npos = positionalCount(a, k);
      if (npos === 1) dictMerge(D(self), a[0]!, 'update');
      if (k !== null) for (let i = 0; i < k.length; i++) dictSetStr(D(self), k[i]!, a[npos + i]!);
      return newref(rt.none);
    },
    clear: (a, k, self) => {
      noArgs(SIG.clear, a, k, self);
      dictClear(D(self));
      return newref(rt.none);
    },
    copy: (a, k, self) => {
      noArgs(SIG.copy, a, k, self);
      return dictCopy(D(self));
    },
    fromkeys: (a, k, self) => {
      // A classmethod in CPython: dict.fromkeys(iterable, value=None).
      checkArgs(SIG.fromkeys, a, k, self);
      const iterable = a[0]!;
      const value = a.length > 1 ? a[1]! : rt.none;
      const cls = self instanceof PyDict ? self.type : (self as PyType | null) ?? dictType;
      const d = cls === dictType ? newDict() : newDictOfType(cls as PyType);
      try {
        iterate(iterable, (key) => dictSetItem(d, key, value));
      } catch (e) {
        decref(d);
        throw e;
      }
      return d;
    },
    __contains__: (a, k, self) => {
      const key = oneArg(SIG.__contains__, a, k, self);
      hashOf(key);
      return newBool(dictLookup(D(self), key) >= 0);
    },
  });
  markDictClassMethods(dictType);
}

/** dict's methods (Objects/dictobject.c, Objects/clinic/dictobject.c.h). */
const SIG = methodSignatures('dict', {
  get: '(key, default=None, /)',
  setdefault: '(key, default=None, /)',
  pop: '(key, default=<unrepresentable>, /)',
  popitem: '()',
  keys: '()',
  values: '()',
  items: '()',
  // METH_VARARGS | METH_KEYWORDS, PyArg_UnpackTuple(args, "update", 0, 1)
  update: 'unpack(other=None, /, **kwargs)',
  clear: '()',
  copy: '()',
  fromkeys: '(iterable, value=None, /)',
  __contains__: '(key, /)',
});

/** Marks dict.fromkeys as a classmethod (it binds to the class). */
export function markDictClassMethods(dictType: PyType): void {
  const f = dictType.methods.get('fromkeys') as PyBuiltin | undefined;
  if (f !== undefined) markClassMethod(f);
}

/** dict.copy(): a clean table is cloned with the same geometry (clone_combined_dict_keys). */
export function dictCopy(src: PyDict): PyDict {
  const d = newDict();
  const clean = src.used === src.keys.length && src.log2Size > 0;
  if (clean) {
    for (let i = 0; i < src.keys.length; i++) {
      const k = src.keys[i]!;
      d.keys.push(newref(k));
      d.values.push(newref(src.values[i]!));
      indexEntry(d, k, i);
    }
    d.used = src.used;
    d.log2Size = src.log2Size;
    d.usable = src.usable;
    d.unicode = src.unicode;
    if (src.gen >= 0) rt.heap.track(d);
    return d;
  }
  for (const [k, v] of dictEntries(src)) dictSetItem(d, k, v);
  return d;
}

function lookupMissing(d: PyDict): PyObject | null {
  try {
    return getAttrString(d.type, '__missing__');
  } catch {
    return null;
  }
}

export class PyDictView extends PyObject {
  dict: PyDict;
  constructor(type: PyType, dict: PyDict) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.dict = dict;
  }
}

export function newDictView(type: PyType, d: PyDict): PyObject {
  const v = rt.heap.allocate(new PyDictView(type, newref(d) as PyDict), 32, true);
  rt.heap.track(v);
  return v;
}

export function installDictViews(keysT: PyType, valuesT: PyType, itemsT: PyType): void {
  for (const t of [keysT, valuesT, itemsT]) {
    t.isGC = true;
    t.traverse = (o, visit) => visit((o as PyDictView).dict, 'internal', 'mapping');
    t.dealloc = (o) => {
      rt.heap.untrack(o);
      decref((o as PyDictView).dict);
      rt.heap.release(o, true);
    };
    t.length = (o) => (o as PyDictView).dict.used;
    t.sizeOf = () => 24;
  }
  // dictview_repr: guarded like the containers (Py_ReprEnter), whatever the view holds.
  const viewRepr = (name: string, item: (k: PyObject, v: PyObject) => string) => (o: PyObject): string => {
    if (!enterRepr(o)) return '...';
    try {
      return `${name}([${dictEntries((o as PyDictView).dict).map(([k, v]) => item(k, v)).join(', ')}])`;
    } finally {
      leaveRepr(o);
    }
  };
  keysT.repr = viewRepr('dict_keys', (k) => repr(k));
  valuesT.repr = viewRepr('dict_values', (_k, v) => repr(v));
  itemsT.repr = viewRepr('dict_items', (k, v) => `(${repr(k)}, ${repr(v)})`);
  keysT.contains = (o, key) => {
    hashOf(key);
    return dictLookup((o as PyDictView).dict, key) >= 0;
  };
  itemsT.contains = (o, item) => {
    if (item.type !== rt.types.tuple) return false;
    const pair = (item as unknown as { items: PyObject[] }).items;
    if (pair.length !== 2) return false;
    const v = dictGetItem((o as PyDictView).dict, pair[0]!);
    return v !== null && (v === pair[1] || richCompareBool(v, pair[1]!, 2));
  };
  const slots = dictViewSetSlots((o) => o.type === keysT || o.type === itemsT);
  keysT.number = { ...keysT.number, ...slots };
  itemsT.number = { ...itemsT.number, ...slots };
  valuesT.contains = (o, item) => {
    for (const [, v] of dictEntries((o as PyDictView).dict)) if (v === item || richCompareBool(v, item, 2)) return true;
    return false;
  };
  void isTrue;
  void newInt;
}
