/**
 * tuple (Objects/tupleobject.c): the empty-tuple singleton, per-length free lists, GC
 * tracking rules per version, last-to-first release of items, and the xxHash-based hash.
 */

import { rt } from '../runtime.ts';
import { enterRepr, leaveRepr } from './reprguard.ts';
import { decref, newref, type Heap } from '../heap/heap.ts';
import { GC_FROZEN, PyObject, type PyType, type Visit } from './object.ts';
import { tupleHash } from './hash.ts';
import { PyInt, newBool, newInt } from './int.ts';
import { defineMethods } from './builtinfunc.ts';
import { checkArgs, methodSignatures, oneArg } from './argspec.ts';
import { hashOf, mayBeTracked, repr, richCompare, richCompareBool } from '../abstract.ts';
import { raise, typeError, valueError } from './errors.ts';

export class PyTuple extends PyObject {
  items: PyObject[];
  constructor(type: PyType, items: PyObject[]) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.items = items;
  }
}

/**
 * The items of dead tuples (freed or parked on a free list, which newTuple refills):
 * shared, so that a tuple's death allocates nothing. Never mutated.
 */
const NO_ITEMS: PyObject[] = [];

export function isTuple(o: PyObject): o is PyTuple {
  return o instanceof PyTuple;
}

export function tupleSizeOf(n: number): number {
  return rt.profile.sizes.tuple - rt.profile.sizes.gcHeader + 8 * n;
}

/**
 * A new tuple that takes ownership of `items` (PyTuple_New + filling it). Recycles a
 * tuple of the same length from the free list when there is one, skipping the GC count.
 */
/**
 * `fromArray` marks the creation paths 3.14.2 checks for atomic items (BUILD_TUPLE,
 * tuple(iterable), list-to-tuple); PyTuple_New-and-fill paths (concatenation, slicing, the
 * result tuples of zip and enumerate) stay tracked.
 */
export function newTuple(items: PyObject[], constant = false, fromArray = false): PyObject {
  const n = items.length;
  if (n === 0) return newref(rt.emptyTuple);
  const h = rt.heap;
  let t: PyTuple;
  const free = n < rt.profile.freeLists.tupleMaxSize ? h.freeLists.tuple[n]! : null;
  // The heap's header work (Heap.reborn/allocate/track) is done here, where V8 sees only PyTuple.
  if (free !== null && free.length > 0) {
    t = free.pop() as PyTuple;
    t.items = items;
    t.serial = h.takeSerial();
    t.rc = 1;
    t.gcFlags = 0;
    t.mark = h.epoch;
    h.noteRebirth(t);
  } else {
    t = new PyTuple(rt.types.tuple, items);
    t.addr = h.allocator.alloc(rt.profile.sizes.tuple + 8 * n);
    h.noteBirth(t);
    t.serial = h.takeSerial();
    t.mark = h.epoch;
    h.countAllocation();
  }
  // 3.14.2 leaves run-time tuples of atomic (non-GC) items untracked (gh-139951).
  if (!constant && fromArray && rt.profile.tuplesUntrackedAtCreation && !anyGcItem(items)) return t;
  trackTuple(h, t);
  return t;
}

/** Heap.track for a tuple. */
function trackTuple(h: Heap, t: PyTuple): void {
  if (t.gen >= 0) return;
  const head = h.youngHead;
  const last = head.gcPrev!;
  t.gen = 0;
  t.gcPrev = last;
  t.gcNext = head;
  h.linkYoung(t, last);
}

/** Heap.untrack for a tuple. */
function untrackTuple(h: Heap, t: PyTuple): void {
  if (t.gen < 0) return;
  h.unlinkNeighbours(t.gcPrev!, t.gcNext!);
  t.gcNext = null;
  t.gcPrev = null;
  t.gen = -1;
  if (h.dirty !== null && t.mark !== h.epoch) {
    t.mark = h.epoch;
    h.dirty.push(t);
  }
  t.gcFlags &= ~GC_FROZEN;
  h.countUntracked();
}

function anyGcItem(items: PyObject[]): boolean {
  for (let i = 0; i < items.length; i++) if (items[i]!.type.isGC) return true;
  return false;
}

/** A new tuple holding new references to the borrowed `items`. */
export function newTupleFrom(items: PyObject[]): PyObject {
  const copy = new Array<PyObject>(items.length);
  for (let i = 0; i < items.length; i++) copy[i] = newref(items[i]!);
  return newTuple(copy);
}

/** _PyTuple_MaybeUntrack: the collector untracks tuples that cannot be part of a cycle. */
export function tupleMaybeUntrack(t: PyTuple): void {
  if (t.gen < 0) return;
  for (const it of t.items) if (mayBeTracked(it)) return;
  rt.heap.untrack(t);
}

export function tupleItems(o: PyObject): PyObject[] | null {
  return o instanceof PyTuple ? o.items : null;
}

/** Lexicographic comparison shared by tuple and list. */
export function sequenceCompare(a: PyObject[], b: PyObject[], op: 0 | 1 | 2 | 3 | 4 | 5): PyObject {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (; i < n; i++) {
    if (a[i] === b[i]) continue;
    if (!richCompareBool(a[i]!, b[i]!, 2)) break;
  }
  if (i >= n) {
    const d = a.length - b.length;
    switch (op) {
      case 0: return newBool(d < 0);
      case 1: return newBool(d <= 0);
      case 2: return newBool(d === 0);
      case 3: return newBool(d !== 0);
      case 4: return newBool(d > 0);
      default: return newBool(d >= 0);
    }
  }
  if (op === 2) return newBool(false);
  if (op === 3) return newBool(true);
  return richCompare(a[i]!, b[i]!, op);
}

export function installTuple(tupleType: PyType): void {
  tupleType.isGC = true;
  tupleType.sizeOf = (o) => tupleSizeOf((o as PyTuple).items.length);
  tupleType.length = (o) => (o as PyTuple).items.length;
  // tupletraverse visits items from the last to the first.
  tupleType.traverse = (o, visit: Visit) => {
    const items = (o as PyTuple).items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]!, 'item', i);
  };
  tupleType.references = (o, visit: Visit) => {
    const items = (o as PyTuple).items;
    for (let i = 0; i < items.length; i++) visit(items[i]!, 'item', i);
  };
  tupleType.dealloc = (o) => {
    const t = o as PyTuple;
    const h = rt.heap;
    untrackTuple(h, t);
    const items = t.items;
    // tupledealloc releases items last to first.
    for (let i = items.length - 1; i >= 0; i--) decref(items[i]!);
    const n = items.length;
    t.items = NO_ITEMS;
    if (t.type === tupleType && n < rt.profile.freeLists.tupleMaxSize && h.freeLists.tuple[n]!.length < rt.profile.freeLists.tuplePerSize) {
      h.freeLists.tuple[n]!.push(t);
      h.forget(t);
      return;
    }
    // Heap.release for a tuple (untracked above).
    h.countDeallocation();
    h.allocator.free(t.addr);
    h.forget(t);
  };
  tupleType.repr = (o) => {
    const items = (o as PyTuple).items;
    if (items.length === 0) return '()';
    if (!enterRepr(o)) return '(...)';
    try {
      if (items.length === 1) return `(${repr(items[0]!)},)`;
      return `(${items.map((x) => repr(x)).join(', ')})`;
    } finally {
      leaveRepr(o);
    }
  };
  tupleType.summary = (o) => `tuple of ${(o as PyTuple).items.length}`;
  tupleType.hash = (o) => tupleHash((o as PyTuple).items.map((x) => hashOf(x)));
  tupleType.richcompare = (a, b, op) => {
    if (!(b instanceof PyTuple)) return null;
    return sequenceCompare((a as PyTuple).items, b.items, op);
  };
  tupleType.contains = (o, item) => {
    for (const x of (o as PyTuple).items) if (x === item || richCompareBool(x, item, 2)) return true;
    return false;
  };
  tupleType.number.add = (a, b) => {
    if (!(a instanceof PyTuple) || !(b instanceof PyTuple)) return null;
    if (b.items.length === 0 && a.type === tupleType) return newref(a);
    if (a.items.length === 0 && b.type === tupleType) return newref(b);
    return newTupleFrom([...a.items, ...b.items]);
  };
  tupleType.number.mul = (a, b) => {
    const [t, n] = a instanceof PyTuple ? [a, b] : [b as PyTuple, a];
    if (!(t instanceof PyTuple) || !(n instanceof PyInt)) return null;
    const count = Math.max(0, Number(n.v));
    if (count === 1 && t.type === tupleType) return newref(t);
    if (t.items.length * count * 8 > rt.maxObjectBytes) raise(rt.exc.MemoryError!, '');
    const items: PyObject[] = [];
    for (let r = 0; r < count; r++) for (const x of t.items) items.push(newref(x));
    return newTuple(items);
  };
  defineMethods(tupleType, {
    index: (a, k, self) => {
      checkArgs(SIG.index, a, k, self);
      const v = a[0]!;
      const items = (self as PyTuple).items;
      const n = items.length;
      let start = a.length < 2 ? 0 : sliceIndex(a[1]!);
      let stop = a.length < 3 ? n : sliceIndex(a[2]!);
      if (start < 0) start = Math.max(0, start + n);
      if (stop < 0) stop = Math.max(0, stop + n);
      for (let i = start; i < stop && i < items.length; i++) if (items[i] === v || richCompareBool(items[i]!, v, 2)) return newInt(i);
      return valueError(rt.profile.messages.tupleIndexNotFound);
    },
    count: (a, k, self) => {
      const v = oneArg(SIG.count, a, k, self);
      let n = 0;
      for (const x of (self as PyTuple).items) if (x === v || richCompareBool(x, v, 2)) n++;
      return newInt(n);
    },
  });
}

/** tuple's methods (Objects/tupleobject.c, Objects/clinic/tupleobject.c.h). */
const SIG = methodSignatures('tuple', {
  index: '(value, start=0, stop=sys.maxsize, /)',
  count: '(value, /)',
});

/** tuple.index's start and stop (_PyEval_SliceIndexNotNone). */
function sliceIndex(o: PyObject): number {
  if (!(o instanceof PyInt)) typeError('slice indices must be integers or have an __index__ method');
  return Number(o.v);
}
