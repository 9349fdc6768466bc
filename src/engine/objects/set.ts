/**
 * set and frozenset (Objects/setobject.c): CPython's open-addressing table with linear
 * probes and perturbation, reproduced slot for slot, so iteration order (and therefore
 * what print({...}) shows) and sys.getsizeof match CPython.
 */

import { rt } from '../runtime.ts';
import { decref, newref, touch } from '../heap/heap.ts';
import { PyObject, type PyType, type Visit } from './object.ts';
import { newBool } from './int.ts';
import { defineMethods } from './builtinfunc.ts';
import { checkArgs, methodSignatures, noArgs, oneArg, type ArgSpec } from './argspec.ts';
import { raise, raiseWith, typeError } from './errors.ts';
import { setElementHash as hashOf, iterate, repr, richCompareBool } from '../abstract.ts';
import { enterRepr, leaveRepr } from './reprguard.ts';
import { clearWeakrefs } from './weakref.ts';

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** A table slot: empty (key null, hash 0), dummy (deleted) or active. */
interface Slot {
  key: PyObject | null;
  hash: number | bigint;
  dummy: boolean;
}

export class PySet extends PyObject {
  table: Slot[];
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  /** Where pop() resumes (so->finger). */
  finger = 0;
  frozenHash: number | bigint | null = null;
  constructor(type: PyType) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.table = emptyTable(MINSIZE);
  }
}

function emptyTable(n: number): Slot[] {
  const t: Slot[] = new Array(n);
  for (let i = 0; i < n; i++) t[i] = { key: null, hash: 0, dummy: false };
  return t;
}

export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

export function newSet(type: PyType = rt.types.set): PySet {
  const s = rt.heap.allocate(new PySet(type), rt.profile.sizes.set, true);
  rt.heap.track(s);
  return s;
}

function low(h: number | bigint): number {
  return typeof h === 'number' ? Number(BigInt.asUintN(32, BigInt(h))) : Number(BigInt.asUintN(32, h));
}

function sameHash(a: number | bigint, b: number | bigint): boolean {
  return a == b;
}

/** Probe sequence of set_add_entry / set_lookkey. */
function* probe(s: PySet, hash: number | bigint): Generator<number> {
  const mask = s.mask;
  let i = low(hash) & mask;
  let perturb = BigInt.asUintN(64, BigInt(hash));
  for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) yield (i + j) & mask;
    perturb >>= PERTURB_SHIFT;
    i = (i * 5 + 1 + Number(perturb & 0xffffffffn)) & mask;
  }
}

/** The slot index holding `key`, or -1. */
function lookup(s: PySet, key: PyObject, hash: number | bigint): number {
  for (const i of probe(s, hash)) {
    const e = s.table[i]!;
    if (e.key === null && !e.dummy) return -1;
    if (!e.dummy && sameHash(e.hash, hash)) {
      if (e.key === key) return i;
      if (richCompareBool(e.key!, key, 2)) return i;
    }
  }
  return -1;
}

/** set_add_entry: takes a new reference to key; false when it was already present. */
export function setAdd(s: PySet, key: PyObject): boolean {
  const hash = hashOf(key);
  let freeslot = -1;
  for (const i of probe(s, hash)) {
    const e = s.table[i]!;
    if (e.key === null && !e.dummy) {
      const target = freeslot >= 0 ? freeslot : i;
      const t = s.table[target]!;
      t.key = newref(key);
      t.hash = hash;
      t.dummy = false;
      s.used++;
      touch(s);
      if (freeslot >= 0) return true;
      s.fill++;
      if (s.fill * 5 < s.mask * 3) return true;
      resize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
      return true;
    }
    if (e.dummy) {
      if (freeslot < 0) freeslot = i;
      continue;
    }
    if (sameHash(e.hash, hash) && (e.key === key || richCompareBool(e.key!, key, 2))) return false;
  }
  return false;
}

/** set_table_resize: reinserts active entries in table order into a table > minused. */
function resize(s: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize <<= 1;
  const old = s.table;
  s.table = emptyTable(newsize);
  s.mask = newsize - 1;
  s.fill = s.used;
  for (const e of old) {
    if (e.key === null || e.dummy) continue;
    for (const i of probe(s, e.hash)) {
      const t = s.table[i]!;
      if (t.key === null) {
        t.key = e.key;
        t.hash = e.hash;
        break;
      }
    }
  }
}

export function setDiscard(s: PySet, key: PyObject): boolean {
  const i = lookup(s, key, hashOf(key));
  if (i < 0) return false;
  const e = s.table[i]!;
  const old = e.key!;
  e.key = null;
  e.hash = -1;
  e.dummy = true;
  s.used--;
  touch(s);
  decref(old);
  return true;
}

export function setContains(s: PySet, key: PyObject): boolean {
  return lookup(s, key, hashOf(key)) >= 0;
}

/** Active keys in table order (borrowed). */
export function setKeys(s: PySet): PyObject[] {
  const out: PyObject[] = [];
  for (const e of s.table) if (e.key !== null && !e.dummy) out.push(e.key);
  return out;
}

export function setClear(s: PySet): void {
  const keys = setKeys(s);
  s.table = emptyTable(MINSIZE);
  s.mask = MINSIZE - 1;
  s.fill = 0;
  s.used = 0;
  touch(s);
  for (const k of keys) decref(k);
}

export function setUpdate(s: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    for (const k of setKeys(other)) setAdd(s, k);
    return;
  }
  iterate(other, (item) => {
    setAdd(s, item);
  });
}

function copyOf(s: PySet, type: PyType = rt.types.set): PySet {
  const r = newSet(type);
  for (const k of setKeys(s)) setAdd(r, k);
  return r;
}

function asSet(o: PyObject): PySet {
  if (o instanceof PySet) return newref(o);
  const s = newSet();
  return filled(s, () => setUpdate(s, o));
}

/** Runs `fill` on a new set, releasing the set when it raises. */
function filled(r: PySet, fill: () => void): PySet {
  try {
    fill();
  } catch (e) {
    decref(r);
    throw e;
  }
  return r;
}

function union(a: PySet, others: PyObject[]): PySet {
  const r = copyOf(a, a.type.isSubtypeOf(rt.types.frozenset) ? rt.types.frozenset : rt.types.set);
  return filled(r, () => {
    for (const o of others) setUpdate(r, o);
  });
}

function intersection(a: PySet, other: PyObject): PySet {
  const b = asSet(other);
  try {
    let [small, big] = [b, a];
    if (small.used > big.used) [small, big] = [big, small];
    const r = newSet(a.type.isSubtypeOf(rt.types.frozenset) ? rt.types.frozenset : rt.types.set);
    return filled(r, () => {
      for (const k of setKeys(small)) if (setContains(big, k)) setAdd(r, k);
    });
  } finally {
    decref(b);
  }
}

function difference(a: PySet, other: PyObject): PySet {
  const b = asSet(other);
  try {
    const r = newSet(a.type.isSubtypeOf(rt.types.frozenset) ? rt.types.frozenset : rt.types.set);
    return filled(r, () => {
      for (const k of setKeys(a)) if (!setContains(b, k)) setAdd(r, k);
    });
  } finally {
    decref(b);
  }
}

function symmetricDifference(a: PySet, other: PyObject): PySet {
  const b = asSet(other);
  try {
    const r = copyOf(a, a.type.isSubtypeOf(rt.types.frozenset) ? rt.types.frozenset : rt.types.set);
    return filled(r, () => {
      for (const k of setKeys(b)) if (!setDiscard(r, k)) setAdd(r, k);
    });
  } finally {
    decref(b);
  }
}

/** set.intersection / set.difference with several arguments: one operation per argument. */
function reduceSets(r: PySet, others: PyObject[], op: (a: PySet, b: PyObject) => PySet): PySet {
  for (const o of others) {
    let n: PySet;
    try {
      n = op(r, o);
    } finally {
      decref(r);
    }
    r = n;
  }
  return r;
}

function isSubset(a: PySet, b: PySet): boolean {
  if (a.used > b.used) return false;
  for (const k of setKeys(a)) if (!setContains(b, k)) return false;
  return true;
}

/**
 * The set operators of dict_keys and dict_items views (dictviews_or/and/sub/xor): each
 * returns a new set, whichever side the view is on.
 */
export function dictViewSetSlots(isView: (o: PyObject) => boolean): Pick<PyType['number'], 'or' | 'and' | 'sub' | 'xor'> {
  // dictviews_to_set: a set of the left operand's items.
  const toSet = (o: PyObject): PySet => {
    const r = newSet();
    setUpdate(r, o);
    return r;
  };
  const fill = (result: PySet, f: () => void): PySet => {
    try {
      f();
      return result;
    } catch (e) {
      decref(result);
      throw e;
    }
  };
  return {
    or: (a, b) => {
      const r = toSet(a);
      return fill(r, () => setUpdate(r, b));
    },
    sub: (a, b) => {
      const r = toSet(a);
      return fill(r, () => iterate(b, (x) => void setDiscard(r, x)));
    },
    xor: (a, b) => {
      const r = toSet(a);
      return fill(r, () => {
        const other = asSet(b);
        try {
          for (const k of setKeys(other)) if (!setDiscard(r, k)) setAdd(r, k);
        } finally {
          decref(other);
        }
      });
    },
    // _PyDictView_Intersect: the view on the left; a bigger set does the work itself; else
    // the items of the other operand that the view contains, in the other's order.
    and: (a, b) => {
      let view = a;
      let other = b;
      if (!isView(view)) [view, other] = [other, view];
      const viewLength = view.type.length!(view);
      if (other.type === rt.types.set && viewLength <= (other as PySet).used) return intersection(other as PySet, view);
      if (isView(other) && other.type.length!(other) > viewLength) [view, other] = [other, view];
      const r = newSet();
      return fill(r, () => iterate(other, (x) => {
        if (view.type.contains!(view, x)) setAdd(r, x);
      }));
    },
  };
}

export function setSizeOf(s: PySet): number {
  const base = rt.profile.sizes.set - rt.profile.sizes.gcHeader;
  return s.mask + 1 > MINSIZE ? base + (s.mask + 1) * 16 : base;
}

export function installSet(setType: PyType, frozenType: PyType): void {
  for (const t of [setType, frozenType]) {
    t.isGC = true;
    t.sizeOf = (o) => setSizeOf(o as PySet);
    t.length = (o) => (o as PySet).used;
    t.traverse = (o, visit: Visit) => {
      let n = 0;
      for (const e of (o as PySet).table) if (e.key !== null && !e.dummy) visit(e.key, 'item', n++);
    };
    t.clear = (o) => setClear(o as PySet);
    t.dealloc = (o) => {
      const s = o as PySet;
      rt.heap.untrack(s);
      clearWeakrefs(s);
      const keys = setKeys(s);
      s.table = emptyTable(MINSIZE);
      s.used = 0;
      s.fill = 0;
      for (const k of keys) decref(k);
      rt.heap.release(s, true);
    };
    t.contains = (o, item) => {
      if (item instanceof PySet && item.type === rt.types.set) {
        const f = newSet(rt.types.frozenset);
        setUpdate(f, item);
        const r = setContains(o as PySet, f);
        decref(f);
        return r;
      }
      return setContains(o as PySet, item);
    };
    t.richcompare = (a, b, op) => {
      if (!(b instanceof PySet)) return null;
      const x = a as PySet;
      switch (op) {
        case 2: return newBool(x.used === b.used && isSubset(x, b));
        case 3: return newBool(!(x.used === b.used && isSubset(x, b)));
        case 1: return newBool(isSubset(x, b));
        case 5: return newBool(isSubset(b, x));
        case 0: return newBool(x.used < b.used && isSubset(x, b));
        default: return newBool(x.used > b.used && isSubset(b, x));
      }
    };
    const binop = (f: (a: PySet, b: PyObject) => PySet) => (a: PyObject, b: PyObject): PyObject | null =>
      a instanceof PySet && b instanceof PySet ? f(a, b) : null;
    t.number.or = binop((a, b) => union(a, [b]));
    t.number.and = binop(intersection);
    t.number.sub = binop(difference);
    t.number.xor = binop(symmetricDifference);
  }
  setType.repr = (o) => {
    const s = o as PySet;
    if (s.used === 0) return 'set()';
    if (!enterRepr(s)) return 'set(...)';
    try {
      return `{${setKeys(s).map((k) => repr(k)).join(', ')}}`;
    } finally {
      leaveRepr(s);
    }
  };
  frozenType.repr = (o) => {
    const s = o as PySet;
    if (s.used === 0) return 'frozenset()';
    return `frozenset({${setKeys(s).map((k) => repr(k)).join(', ')}})`;
  };
  setType.summary = (o) => `set of ${(o as PySet).used}`;
  frozenType.summary = (o) => `frozenset of ${(o as PySet).used}`;
  frozenType.hash = (o) => {
    const s = o as PySet;
    if (s.frozenHash === null) s.frozenHash = frozensetHash(s);
    return s.frozenHash;
  };
  setType.number.ior = (a, b) => {
    if (!(a instanceof PySet) || !(b instanceof PySet)) return null;
    setUpdate(a, b);
    return newref(a);
  };
  setType.number.isub = (a, b) => {
    if (!(a instanceof PySet) || !(b instanceof PySet)) return null;
    for (const k of setKeys(b)) setDiscard(a, k);
    return newref(a);
  };
  setType.number.iand = (a, b) => {
    if (!(a instanceof PySet) || !(b instanceof PySet)) return null;
    for (const k of setKeys(a)) if (!setContains(b, k)) setDiscard(a, k);
    return newref(a);
  };

  const S = (o: PyObject | null): PySet => o as PySet;
  const shared = (sig: Record<SharedMethod, ArgSpec>) => ({
    union: (a: PyObject[], k: string[] | null, self: PyObject | null) => {
      checkArgs(sig.union, a, k, self);
      return union(S(self), a);
    },
    intersection: (a: PyObject[], k: string[] | null, self: PyObject | null) => {
      checkArgs(sig.intersection, a, k, self);
      return reduceSets(copyOf(S(self)), a, intersection);
    },
    difference: (a: PyObject[], k: string[] | null, self: PyObject | null) => {
      checkArgs(sig.difference, a, k, self);
      return reduceSets(copyOf(S(self)), a, difference);
    },
    symmetric_difference: (a: PyObject[], k: string[] | null, self: PyObject | null) =>
      symmetricDifference(S(self), oneArg(sig.symmetric_difference, a, k, self)),
    issubset: (a: PyObject[], k: string[] | null, self: PyObject | null) => {
      const b = asSet(oneArg(sig.issubset, a, k, self));
      const r = isSubset(S(self), b);
      decref(b);
      return newBool(r);
    },
    issuperset: (a: PyObject[], k: string[] | null, self: PyObject | null) => {
      const b = asSet(oneArg(sig.issuperset, a, k, self));
      const r = isSubset(b, S(self));
      decref(b);
      return newBool(r);
    },
    isdisjoint: (a: PyObject[], k: string[] | null, self: PyObject | null) => {
      const b = asSet(oneArg(sig.isdisjoint, a, k, self));
      let r = true;
      for (const key of setKeys(b)) if (setContains(S(self), key)) r = false;
      decref(b);
      return newBool(r);
    },
    copy: (a: PyObject[], k: string[] | null, self: PyObject | null) => {
      noArgs(sig.copy, a, k, self);
      return self!.type === rt.types.frozenset ? newref(self!) : copyOf(S(self), rt.types.set);
    },
  });
  defineMethods(frozenType, shared(FROZENSET_SIG));
  defineMethods(setType, {
    ...shared(SET_SIG),
    symmetric_difference_update: (a, k, self) => {
      const s = S(self);
      const other = asSet(oneArg(SET_SIG.symmetric_difference_update, a, k, self));
      try {
        for (const key of setKeys(other)) if (!setDiscard(s, key)) setAdd(s, key);
      } finally {
        decref(other);
      }
      return newref(rt.none);
    },
    add: (a, k, self) => {
      setAdd(S(self), oneArg(SET_SIG.add, a, k, self));
      return newref(rt.none);
    },
    discard: (a, k, self) => {
      setDiscard(S(self), oneArg(SET_SIG.discard, a, k, self));
      return newref(rt.none);
    },
    remove: (a, k, self) => {
      const x = oneArg(SET_SIG.remove, a, k, self);
      if (!setDiscard(S(self), x)) raiseWith(rt.exc.KeyError!, [x]);
      return newref(rt.none);
    },
    pop: (a, k, self) => {
      noArgs(SET_SIG.pop, a, k, self);
      const s = S(self);
      if (s.used === 0) raise(rt.exc.KeyError!, 'pop from an empty set');
      let i = s.finger & s.mask;
      while (s.table[i]!.key === null || s.table[i]!.dummy) i = (i + 1) & s.mask;
      const e = s.table[i]!;
      const key = e.key!;
      e.key = null;
      e.hash = -1;
      e.dummy = true;
      s.used--;
      s.finger = i + 1;
      touch(s);
      return key; // the set's reference moves to the caller
    },
    clear: (a, k, self) => {
      noArgs(SET_SIG.clear, a, k, self);
      setClear(S(self));
      return newref(rt.none);
    },
    update: (a, k, self) => {
      checkArgs(SET_SIG.update, a, k, self);
      for (const o of a) setUpdate(S(self), o);
      return newref(rt.none);
    },
    intersection_update: (a, k, self) => {
      checkArgs(SET_SIG.intersection_update, a, k, self);
      const s = S(self);
      for (const o of a) {
        const b = asSet(o);
        for (const k of setKeys(s)) if (!setContains(b, k)) setDiscard(s, k);
        decref(b);
      }
      return newref(rt.none);
    },
    difference_update: (a, k, self) => {
      checkArgs(SET_SIG.difference_update, a, k, self);
      const s = S(self);
      for (const o of a) {
        const b = asSet(o);
        for (const k of setKeys(b)) setDiscard(s, k);
        decref(b);
      }
      return newref(rt.none);
    },
  });
  void typeError;
}

/** The methods set and frozenset share (Objects/setobject.c, Objects/clinic/setobject.c.h). */
const SHARED_SIGNATURES = {
  union: '(*others)',
  intersection: '(*others)',
  difference: '(*others)',
  symmetric_difference: '(other, /)',
  issubset: '(other, /)',
  issuperset: '(other, /)',
  isdisjoint: '(other, /)',
  copy: '()',
};
type SharedMethod = keyof typeof SHARED_SIGNATURES;

const FROZENSET_SIG = methodSignatures('frozenset', SHARED_SIGNATURES);
const SET_SIG = methodSignatures('set', {
  ...SHARED_SIGNATURES,
  symmetric_difference_update: '(other, /)',
  add: '(object, /)',
  discard: '(object, /)',
  remove: '(object, /)',
  pop: '()',
  clear: '()',
  update: '(*others)',
  intersection_update: '(*others)',
  difference_update: '(*others)',
});

/** frozenset hash (Objects/setobject.c frozenset_hash), on 64-bit unsigned arithmetic. */
function frozensetHash(s: PySet): number | bigint {
  const M = (1n << 64n) - 1n;
  const shuffle = (h: bigint): bigint => (((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n) & M;
  let hash = 0n;
  for (const k of setKeys(s)) hash ^= shuffle(BigInt.asUintN(64, BigInt(hashOf(k))));
  hash ^= ((BigInt(s.used) + 1n) * 1927868237n) & M;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & M;
  let h = BigInt.asIntN(64, hash);
  if (h === -1n) h = 590923713n;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}
