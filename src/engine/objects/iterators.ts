/**
 * Iterator objects: over lists, tuples, strings, ranges, sets and dicts, plus enumerate,
 * zip, reversed, map, filter and the sequence iterator. Each holds a reference to what it
 * iterates (visible in refcounts while a `for` loop runs); enumerate, zip and dict.items()
 * reuse their result tuple when nobody else holds it, as CPython does.
 */

import { rt } from '../runtime.ts';
import { decref, newref, touch, xdecref, type Heap } from '../heap/heap.ts';
import { GC_FROZEN, PyError, PyObject, type PyType } from './object.ts';
import { PyList } from './list.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { PyStr, newStr, strCharAt } from './str.ts';
import { PyInt, newInt } from './int.ts';
import { PySet, setKeys } from './set.ts';
import { PyDict, PyDictView } from './dict.ts';
import { callObject, getIter, getItem, isTrue, iterNext } from '../abstract.ts';
import { raise } from './errors.ts';

/**
 * `parts` of iterators that have none: shared, so that list, tuple and range iterators
 * allocate no array. Never mutated (`parts` is only ever replaced).
 */
const NO_PARTS: PyObject[] = [];

/** A generic iterator: `seq` is what it holds a reference to, `index` its position. */
export class PyIter extends PyObject {
  seq: PyObject | null;
  index = 0;
  /** For range iterators: current value, step and remaining count. */
  start = 0;
  step = 1;
  remaining = 0;
  /** For dict iterators: the dict's size when iteration began. */
  expectedSize = 0;
  /** For enumerate/zip/map/filter: the wrapped iterators or function. */
  parts: PyObject[] = NO_PARTS;
  /** Cached result tuple (enumerate, zip, dict items). */
  result: PyObject | null = null;
  /** `parts` are owned references (false when they belong to the tuple in `seq`). */
  partsOwned = true;
  /** The function of map/filter. */
  func: PyObject | null = null;
  constructor(type: PyType, seq: PyObject | null) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.seq = seq;
  }
}

/** The heap's header work (Heap.allocate/track) is done here, where V8 sees only PyIter. */
function makeIter(type: PyType, seq: PyObject | null, size: number, gc = true): PyIter {
  const it = new PyIter(type, seq === null ? null : newref(seq));
  const h = rt.heap;
  it.addr = h.allocator.alloc(size);
  h.noteBirth(it);
  it.serial = h.takeSerial();
  it.mark = h.epoch;
  if (gc) {
    h.countAllocation();
    trackIter(h, it);
  }
  return it;
}

/** Heap.track for an iterator. */
function trackIter(h: Heap, it: PyIter): void {
  if (it.gen >= 0) return;
  const head = h.youngHead;
  const last = head.gcPrev!;
  it.gen = 0;
  it.gcPrev = last;
  it.gcNext = head;
  h.linkYoung(it, last);
}

/** Heap.untrack for an iterator. */
function untrackIter(h: Heap, it: PyIter): void {
  if (it.gen < 0) return;
  h.unlinkNeighbours(it.gcPrev!, it.gcNext!);
  it.gcNext = null;
  it.gcPrev = null;
  it.gen = -1;
  if (h.dirty !== null && it.mark !== h.epoch) {
    it.mark = h.epoch;
    h.dirty.push(it);
  }
  it.gcFlags &= ~GC_FROZEN;
  h.countUntracked();
}

export function newListIterator(l: PyObject): PyObject {
  return makeIter(rt.types.listIterator, l, rt.profile.sizes.listIterator);
}

export function newRangeIterator(start: number, step: number, len: number): PyObject {
  const it = makeIter(rt.types.rangeIterator, null, rt.profile.sizes.rangeIterator, false);
  it.start = start;
  it.step = step;
  it.remaining = len;
  return it;
}

/**
 * enumerate, zip and dict.items() iterators keep one result tuple and refill it when
 * nobody else holds it (refcount 1), instead of allocating a tuple per step.
 */
function reuseResult(it: PyIter, items: PyObject[]): PyObject {
  const r = it.result;
  if (r !== null && r.rc === 1) {
    const t = r as PyTuple;
    const old = t.items;
    t.items = items;
    newref(r);
    for (let i = 0; i < old.length; i++) decref(old[i]!);
    // bpo-42536: a collection may have untracked the recycled tuple.
    if (t.gen < 0) rt.heap.track(t);
    return r;
  }
  return newTuple(items);
}

/**
 * The result tuple preallocated at creation: (None, None, ...). enumerate and dict items
 * build it with PyTuple_Pack (untracked from the start on 3.14.2); zip fills a PyTuple_New.
 */
function presetResult(it: PyIter, n: number, packed: boolean): void {
  const items: PyObject[] = [];
  for (let i = 0; i < n; i++) items.push(newref(rt.none));
  it.result = newTuple(items, false, packed);
}

function commonDealloc(o: PyObject, gc: boolean): void {
  const it = o as PyIter;
  const h = rt.heap;
  if (gc) untrackIter(h, it);
  const seq = it.seq;
  it.seq = null;
  const parts = it.parts;
  it.parts = NO_PARTS;
  const res = it.result;
  it.result = null;
  const fn = it.func;
  it.func = null;
  xdecref(fn);
  xdecref(seq);
  if (it.partsOwned) for (const p of parts) decref(p);
  xdecref(res);
  // Heap.release for an iterator (untracked above).
  if (gc) h.countDeallocation();
  h.allocator.free(it.addr);
  h.forget(it);
}

function install(t: PyType, next: (it: PyIter) => PyObject | null, gc = true): void {
  t.isGC = gc;
  t.iter = (o) => newref(o);
  t.iternext = (o) => {
    touch(o); // its position (and, once exhausted, its references) change: traces redraw it
    return next(o as PyIter);
  };
  t.dealloc = (o) => commonDealloc(o, gc);
  t.traverse = (o, visit) => {
    const it = o as PyIter;
    if (it.func !== null) visit(it.func, 'internal', 'function');
    if (it.seq !== null) visit(it.seq, 'internal', 'iterating');
    if (it.partsOwned) for (const p of it.parts) visit(p, 'internal', 'part');
    if (it.result !== null) visit(it.result, 'internal', 'result');
  };
  t.summary = (o) => `${o.type.name} at ${(o as PyIter).index}`;
  t.sizeOf = () => 32;
}

/** Ends iteration: drops the reference to the sequence, as list iterators do. */
function exhaust(it: PyIter): null {
  const s = it.seq;
  if (s !== null) {
    it.seq = null;
    decref(s);
  }
  return null;
}

/** next() of a list iterator; exported so FOR_ITER can call it without the type's slot. */
export function listIterNext(it: PyIter): PyObject | null {
  touch(it);
  const l = it.seq as PyList | null;
  if (l === null) return null;
  if (it.index < l.items.length) return newref(l.items[it.index++]!);
  return exhaust(it);
}

/** next() of a range iterator (see listIterNext). */
export function rangeIterNext(it: PyIter): PyObject | null {
  touch(it);
  if (it.remaining <= 0) return null;
  const v = it.start;
  it.start += it.step;
  it.remaining--;
  return newInt(v);
}

export function installIterators(): void {
  const T = rt.types;
  install(T.listIterator, listIterNext);
  T.listIterator.iternext = listIterNext as (o: PyObject) => PyObject | null;
  T.listIterator.sizeOf = () => rt.profile.sizes.listIterator - rt.profile.sizes.gcHeader;
  install(T.listReverseIterator, (it) => {
    const l = it.seq as PyList | null;
    if (l === null) return null;
    if (it.index >= 0 && it.index < l.items.length) return newref(l.items[it.index--]!);
    return exhaust(it);
  });
  install(T.tupleIterator, (it) => {
    const t = it.seq as PyTuple | null;
    if (t === null) return null;
    if (it.index < t.items.length) return newref(t.items[it.index++]!);
    return exhaust(it);
  });
  install(T.strIterator, (it) => {
    const s = it.seq as PyStr | null;
    if (s === null) return null;
    if (it.index < s.len) return newStr(strCharAt(s, it.index++));
    return exhaust(it);
  });
  install(T.rangeIterator, rangeIterNext, false);
  T.rangeIterator.iternext = rangeIterNext as (o: PyObject) => PyObject | null;
  T.rangeIterator.sizeOf = () => rt.profile.sizes.rangeIterator;
  install(T.setIterator, (it) => {
    const s = it.seq as PySet | null;
    if (s === null) return null;
    if (s.used !== it.expectedSize) {
      it.expectedSize = -1;
      raise(rt.exc.RuntimeError!, 'Set changed size during iteration');
    }
    const keys = setKeys(s);
    if (it.index < keys.length) return newref(keys[it.index++]!);
    return exhaust(it);
  });
  // dictiter_iternext and (for reversed()) dictreviter_iternext: `index` is the next entry
  // to look at, walking forwards or backwards.
  const dictStep = (kind: 'keys' | 'values' | 'items', step: 1 | -1) => (it: PyIter): PyObject | null => {
    const d = it.seq as PyDict | null;
    if (d === null) return null;
    if (d.used !== it.expectedSize) {
      it.expectedSize = -1;
      raise(rt.exc.RuntimeError!, 'dictionary changed size during iteration');
    }
    while (it.index >= 0 && it.index < d.keys.length) {
      const i = it.index;
      it.index += step;
      const k = d.keys[i];
      if (k === null || k === undefined) continue;
      if (kind === 'keys') return newref(k);
      if (kind === 'values') return newref(d.values[i]!);
      return reuseResult(it, [newref(k), newref(d.values[i]!)]);
    }
    return exhaust(it);
  };
  install(T.dictKeyIterator, dictStep('keys', 1));
  install(T.dictValueIterator, dictStep('values', 1));
  install(T.dictItemIterator, dictStep('items', 1));
  install(T.dictReverseKeyIterator, dictStep('keys', -1));
  install(T.dictReverseValueIterator, dictStep('values', -1));
  install(T.dictReverseItemIterator, dictStep('items', -1));
  for (const t of [T.dictKeyIterator, T.dictValueIterator, T.dictItemIterator, T.dictReverseKeyIterator, T.dictReverseValueIterator, T.dictReverseItemIterator]) {
    t.sizeOf = () => 56;
  }

  install(T.enumerate, (it) => {
    const inner = it.parts[0]!;
    const item = iterNext(inner);
    if (item === null) return null;
    const idx = newInt(it.index++);
    return reuseResult(it, [idx, item]);
  });
  T.enumerate.sizeOf = () => rt.profile.sizes.enumerate - rt.profile.sizes.gcHeader;
  install(T.zip, (it) => {
    if (it.parts.length === 0) return null;
    const items: PyObject[] = [];
    for (const p of it.parts) {
      const x = iterNext(p);
      if (x === null) {
        for (const y of items) decref(y);
        return null;
      }
      items.push(x);
    }
    return reuseResult(it, items);
  });
  T.zip.sizeOf = () => rt.profile.sizes.zip - rt.profile.sizes.gcHeader;
  install(T.map, (it) => {
    const fn = it.func;
    const iters = it.parts;
    const args: PyObject[] = [];
    for (const p of iters) {
      const x = iterNext(p);
      if (x === null) {
        for (const y of args) decref(y);
        return null;
      }
      args.push(x);
    }
    try {
      return callObject(fn!, args, null);
    } finally {
      for (const y of args) decref(y);
    }
  });
  install(T.filter, (it) => {
    const fn = it.func;
    const inner = it.parts[0];
    for (;;) {
      const x = iterNext(inner!);
      if (x === null) return null;
      let keep: boolean;
      if (fn === rt.none) keep = isTrue(x);
      else {
        const r = callObject(fn!, [x], null);
        keep = isTrue(r);
        decref(r);
      }
      if (keep) return x;
      decref(x);
    }
  });
  install(T.reversed, (it) => {
    const seq = it.seq;
    if (seq === null || it.index < 0) return null;
    const key = newInt(it.index--);
    try {
      return getItem(seq, key);
    } catch (e) {
      if (e instanceof PyError && (e.excType.isSubtypeOf(rt.exc.IndexError!) || e.excType.isSubtypeOf(rt.exc.StopIteration!))) {
        e.discard();
        return exhaust(it);
      }
      throw e;
    } finally {
      decref(key);
    }
  });
  install(T.seqIterator, (it) => {
    const seq = it.seq;
    if (seq === null) return null;
    const key = newInt(it.index++);
    try {
      return getItem(seq, key);
    } catch (e) {
      if (e instanceof PyError && (e.excType.isSubtypeOf(rt.exc.IndexError!) || e.excType.isSubtypeOf(rt.exc.StopIteration!))) {
        e.discard();
        return exhaust(it);
      }
      throw e;
    } finally {
      decref(key);
    }
  });
  install(T.callableIterator, (it) => {
    const [fn, sentinel] = it.parts;
    const r = callObject(fn!, [], null);
    if (r === sentinel) {
      decref(r);
      return null;
    }
    return r;
  });

  // tp_iter of the containers themselves
  T.list.iter = (o) => newListIterator(o);
  T.tuple.iter = (o) => makeIter(T.tupleIterator, o, rt.profile.sizes.listIterator);
  T.str.iter = (o) => makeIter(T.strIterator, o, rt.profile.sizes.listIterator);
  T.set.iter = T.frozenset.iter = (o) => {
    const it = makeIter(T.setIterator, o, 56);
    it.expectedSize = (o as PySet).used;
    return it;
  };
  const dictIter = (type: PyType) => (o: PyObject): PyObject => makeDictIter(type, o, false);
  T.dict.iter = dictIter(T.dictKeyIterator);
  T.dictKeys.iter = dictIter(T.dictKeyIterator);
  T.dictValues.iter = dictIter(T.dictValueIterator);
  T.dictItems.iter = dictIter(T.dictItemIterator);
}

/** enumerate(iterable, start=0) */
export function newEnumerate(iterable: PyObject, start: number): PyObject {
  const inner = getIter(iterable);
  const it = makeIter(rt.types.enumerate, null, rt.profile.sizes.enumerate);
  it.parts = [inner];
  it.index = start;
  presetResult(it, 2, true);
  return it;
}

export function newZip(iterables: PyObject[]): PyObject {
  const iters: PyObject[] = [];
  try {
    for (const x of iterables) iters.push(getIter(x));
  } catch (e) {
    for (const i of iters) decref(i);
    throw e;
  }
  // zip keeps its iterators in a tuple (ittuple) and preallocates its result tuple.
  const ittuple = newTuple(iters);
  const it = makeIter(rt.types.zip, ittuple, rt.profile.sizes.zip);
  decref(ittuple);
  it.parts = [...iters];
  it.partsOwned = false;
  presetResult(it, iters.length, false);
  return it;
}

export function newMap(fn: PyObject, iterables: PyObject[]): PyObject {
  const iters = iterables.map((x) => getIter(x));
  // map keeps its iterators in a tuple, like zip.
  const ittuple = newTuple(iters);
  const it = makeIter(rt.types.map, ittuple, 48);
  decref(ittuple);
  it.func = newref(fn);
  it.parts = [...iters];
  it.partsOwned = false;
  return it;
}

export function newFilter(fn: PyObject, iterable: PyObject): PyObject {
  const inner = getIter(iterable);
  const it = makeIter(rt.types.filter, null, 48);
  it.func = newref(fn);
  it.parts = [inner];
  return it;
}

export function newReversed(seq: PyObject, len: number): PyObject {
  if (seq instanceof PyList && seq.type === rt.types.list) {
    const it = makeIter(rt.types.listReverseIterator, seq, rt.profile.sizes.listIterator);
    it.index = len - 1;
    return it;
  }
  const it = makeIter(rt.types.reversed, seq, 48);
  it.index = len - 1;
  return it;
}

/** reversed() of a dict or of one of its views: a reverse iterator over its entries. */
export function newDictReverseIterator(o: PyObject): PyObject | null {
  const T = rt.types;
  const type = o.type === T.dict || o.type === T.dictKeys ? T.dictReverseKeyIterator
    : o.type === T.dictValues ? T.dictReverseValueIterator
      : o.type === T.dictItems ? T.dictReverseItemIterator : null;
  return type === null ? null : makeDictIter(type, o, true);
}

/** An iterator over a dict's (or a view's dict's) entries, from the first or the last. */
function makeDictIter(type: PyType, o: PyObject, reverse: boolean): PyIter {
  const T = rt.types;
  const d = o instanceof PyDictView ? o.dict : (o as PyDict);
  const it = makeIter(type, d, 56);
  it.expectedSize = d.used;
  if (reverse) it.index = d.keys.length - 1;
  if (type === T.dictItemIterator || type === T.dictReverseItemIterator) presetResult(it, 2, true);
  return it;
}

export function newSeqIterator(seq: PyObject): PyObject {
  return makeIter(rt.types.seqIterator, seq, 48);
}

export function newCallableIterator(fn: PyObject, sentinel: PyObject): PyObject {
  const it = makeIter(rt.types.callableIterator, null, 48);
  it.parts = [newref(fn), newref(sentinel)];
  return it;
}

/** __length_hint__ of the built-in iterators, for list() presizing. */
export function iteratorLengthHint(o: PyObject): number | null {
  if (!(o instanceof PyIter)) return null;
  const T = rt.types;
  switch (o.type) {
    case T.listIterator: return o.seq === null ? 0 : Math.max(0, (o.seq as PyList).items.length - o.index);
    case T.tupleIterator: return o.seq === null ? 0 : Math.max(0, (o.seq as PyTuple).items.length - o.index);
    case T.rangeIterator: return o.remaining;
    case T.strIterator: return o.seq === null ? 0 : Math.max(0, (o.seq as PyStr).len - o.index);
    case T.listReverseIterator: return o.seq === null ? 0 : o.index + 1;
    case T.dictKeyIterator:
    case T.dictValueIterator:
    case T.dictItemIterator:
    case T.dictReverseKeyIterator:
    case T.dictReverseValueIterator:
    case T.dictReverseItemIterator:
      return o.seq === null ? 0 : (o.seq as PyDict).used;
    case T.setIterator: return o.seq === null ? 0 : (o.seq as PySet).used - o.index;
    default: return null;
  }
}

export { PyInt };
