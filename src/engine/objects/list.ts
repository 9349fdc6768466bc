/**
 * list (Objects/listobject.c): over-allocation exactly as list_resize does it (so
 * sys.getsizeof grows in the same steps), the list free list, and release of items last to
 * first when a list dies, is cleared or loses a slice.
 */

import { rt } from '../runtime.ts';
import { decref, newref, touch, type Heap } from '../heap/heap.ts';
import { GC_FROZEN, PyObject, type PyType, type Visit } from './object.ts';
import { PyInt, newInt } from './int.ts';
import { defineMethods } from './builtinfunc.ts';
import { checkArgs, methodSignatures, noArgs, oneArg, parseArgs } from './argspec.ts';
import { indexError, raise, typeError, valueError } from './errors.ts';
import { callObject, isTrue, iterate, lengthHint, lengthOf, repr, richCompareBool } from '../abstract.ts';
import { sequenceCompare } from './tuple.ts';
import { enterRepr, leaveRepr } from './reprguard.ts';

export class PyList extends PyObject {
  items: PyObject[];
  /** Slots allocated in CPython's ob_item array (len <= allocated). */
  allocated: number;
  constructor(type: PyType, items: PyObject[]) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.items = items;
    this.allocated = items.length;
  }
}

export function isList(o: PyObject): o is PyList {
  return o instanceof PyList;
}

function checkSize(n: number): void {
  if (n * 8 > rt.maxObjectBytes) raise(rt.exc.MemoryError!, '');
}

/**
 * PyList_New: a list owning `items`, recycled from the free list when possible. The heap's
 * header work (Heap.reborn/allocate/track) is done here, where V8 sees only PyList.
 */
export function newList(items: PyObject[]): PyList {
  checkSize(items.length);
  const h = rt.heap;
  let l: PyList;
  if (h.freeLists.list.length > 0) {
    l = h.freeLists.list.pop() as PyList;
    l.items = items;
    l.allocated = items.length;
    l.serial = h.takeSerial();
    l.rc = 1;
    l.gcFlags = 0;
    l.mark = h.epoch;
    h.noteRebirth(l);
  } else {
    l = new PyList(rt.types.list, items);
    l.addr = h.allocator.alloc(rt.profile.sizes.list);
    h.noteBirth(l);
    l.serial = h.takeSerial();
    l.mark = h.epoch;
    h.countAllocation();
  }
  trackList(h, l);
  return l;
}

/** Heap.track for a list. */
function trackList(h: Heap, l: PyList): void {
  if (l.gen >= 0) return;
  const head = h.youngHead;
  const last = head.gcPrev!;
  l.gen = 0;
  l.gcPrev = last;
  l.gcNext = head;
  h.linkYoung(l, last);
}

/** Heap.untrack for a list. */
function untrackList(h: Heap, l: PyList): void {
  if (l.gen < 0) return;
  h.unlinkNeighbours(l.gcPrev!, l.gcNext!);
  l.gcNext = null;
  l.gcPrev = null;
  l.gen = -1;
  if (h.dirty !== null && l.mark !== h.epoch) {
    l.mark = h.epoch;
    h.dirty.push(l);
  }
  l.gcFlags &= ~GC_FROZEN;
  h.countUntracked();
}

/** A list allocated through the type (list(), subclasses): never from the free list. */
export function newListOfType(type: PyType, items: PyObject[]): PyList {
  checkSize(items.length);
  const l = rt.heap.allocate(new PyList(type, items), rt.profile.sizes.list, true);
  rt.heap.track(l);
  return l;
}

/** list_resize: the capacity CPython ends up with after growing/shrinking to `newsize`. */
export function listResize(l: PyList, newsize: number, oldsize = l.items.length): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - oldsize > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  checkSize(newAllocated);
  l.allocated = newAllocated;
}

/** Appends, taking ownership of `item` (the caller's reference moves into the list). */
export function listAppendSteal(l: PyList, item: PyObject): void {
  const n = l.items.length;
  if (n + 1 > l.allocated) listResize(l, n + 1);
  l.items.push(item);
  touch(l);
}

export function listAppend(l: PyList, item: PyObject): void {
  listAppendSteal(l, newref(item));
}

/** Releases items last to first, as list_dealloc and _list_clear do. */
function releaseItems(items: PyObject[]): void {
  for (let i = items.length - 1; i >= 0; i--) decref(items[i]!);
}

export function listClear(l: PyList): void {
  const items = l.items;
  l.items = [];
  l.allocated = 0;
  touch(l);
  releaseItems(items);
}

function normIndex(l: PyList, i: number, what: string): number {
  if (i < 0) i += l.items.length;
  if (i < 0 || i >= l.items.length) indexError(what);
  return i;
}

/**
 * list_preallocate_exact: an empty list that is about to receive `n` items allocates
 * exactly n slots, rounded up to an even number (pymalloc's granularity makes odd sizes
 * pointless).
 */
function preallocateExact(l: PyList, n: number): void {
  checkSize(n);
  l.allocated = (n + 1) & ~1;
}

/** Extends with every item of an iterable (list.extend / list += ...). */
export function listExtend(l: PyList, iterable: PyObject): void {
  if (iterable instanceof PyList || iterable.type === rt.types.tuple) {
    const src = (iterable as PyList).items.slice();
    if (src.length === 0) return;
    if (l.allocated === 0) preallocateExact(l, src.length);
    else listResize(l, l.items.length + src.length);
    for (const x of src) l.items.push(newref(x));
    touch(l);
    return;
  }
  // Other iterables: presize by the length hint, fill, then cut back.
  const hint = lengthHint(iterable, 8);
  if (l.allocated === 0) {
    if (hint > 0) preallocateExact(l, hint);
  } else listResize(l, l.items.length + hint);
  iterate(iterable, (item) => {
    if (l.items.length < l.allocated) {
      l.items.push(newref(item));
      touch(l);
    } else listAppend(l, item);
  });
  if (l.items.length < l.allocated) listResize(l, l.items.length);
}

/** list(iterable) / list.__init__: presize exactly when the iterable has a length. */
export function listInit(l: PyList, iterable: PyObject): void {
  if (iterable.type.length !== null) {
    const n = lengthOf(iterable);
    if (n > 0 && l.allocated === 0) preallocateExact(l, n);
  }
  listExtend(l, iterable);
}

/** Removes l[lo:hi] (step 1), releasing the removed items last to first. */
export function listDeleteSlice(l: PyList, lo: number, hi: number): void {
  if (hi <= lo) return;
  const removed = l.items.splice(lo, hi - lo);
  listResize(l, l.items.length);
  touch(l);
  releaseItems(removed);
}

/** l[lo:hi] = items (new references taken), the old items released last to first. */
export function listAssignSlice(l: PyList, lo: number, hi: number, items: PyObject[]): void {
  if (hi < lo) hi = lo;
  const newItems = items.map((x) => newref(x));
  const oldLength = l.items.length;
  const removed = l.items.splice(lo, hi - lo, ...newItems);
  // list_ass_slice resizes to the new length when it grows or shrinks.
  if (newItems.length !== removed.length) listResize(l, l.items.length, oldLength);
  touch(l);
  releaseItems(removed);
}

export function installList(listType: PyType): void {
  listType.isGC = true;
  listType.sizeOf = (o) => rt.profile.sizes.list - rt.profile.sizes.gcHeader + 8 * (o as PyList).allocated;
  listType.length = (o) => (o as PyList).items.length;
  // list_traverse visits items from the last to the first.
  listType.traverse = (o, visit: Visit) => {
    const items = (o as PyList).items;
    for (let i = items.length - 1; i >= 0; i--) visit(items[i]!, 'item', i);
  };
  listType.references = (o, visit: Visit) => {
    const items = (o as PyList).items;
    for (let i = 0; i < items.length; i++) visit(items[i]!, 'item', i);
  };
  listType.clear = (o) => listClear(o as PyList);
  listType.dealloc = (o) => {
    const l = o as PyList;
    const h = rt.heap;
    untrackList(h, l);
    const items = l.items;
    l.items = [];
    l.allocated = 0;
    releaseItems(items);
    if (l.type === listType && h.freeLists.list.length < rt.profile.freeLists.list) {
      h.freeLists.list.push(l);
      h.forget(l);
      return;
    }
    // Heap.release for a list (untracked above).
    h.countDeallocation();
    h.allocator.free(l.addr);
    h.forget(l);
  };
  listType.repr = (o) => {
    const l = o as PyList;
    if (l.items.length === 0) return '[]';
    if (!enterRepr(l)) return '[...]';
    try {
      return `[${l.items.map((x) => repr(x)).join(', ')}]`;
    } finally {
      leaveRepr(l);
    }
  };
  listType.summary = (o) => `list of ${(o as PyList).items.length}`;
  listType.richcompare = (a, b, op) => {
    if (!(b instanceof PyList)) return null;
    return sequenceCompare((a as PyList).items, b.items, op);
  };
  listType.contains = (o, item) => {
    const items = (o as PyList).items;
    for (let i = 0; i < items.length; i++) {
      const x = items[i]!;
      if (x === item || richCompareBool(x, item, 2)) return true;
    }
    return false;
  };
  listType.number.add = (a, b) => {
    if (!(a instanceof PyList)) return null;
    if (!(b instanceof PyList)) typeError(`can only concatenate list (not "${b.type.name}") to list`);
    return newList([...a.items, ...b.items].map((x) => newref(x)));
  };
  listType.number.iadd = (a, b) => {
    if (!(a instanceof PyList)) return null;
    listExtend(a, b);
    return newref(a);
  };
  listType.number.mul = (a, b) => {
    const [l, n] = a instanceof PyList ? [a, b] : [b as PyList, a];
    if (!(l instanceof PyList) || !(n instanceof PyInt)) return null;
    const count = Math.max(0, Number(n.v));
    const total = l.items.length * count;
    checkSize(total);
    const items: PyObject[] = new Array(total);
    for (let r = 0, k = 0; r < count; r++) for (const x of l.items) items[k++] = newref(x);
    return newList(items);
  };
  listType.number.imul = (a, b) => {
    if (!(a instanceof PyList) || !(b instanceof PyInt)) return null;
    const count = Number(b.v);
    if (count <= 0) {
      listClear(a);
      return newref(a);
    }
    const src = a.items.slice();
    checkSize(src.length * count);
    listResize(a, src.length * count);
    for (let r = 1; r < count; r++) for (const x of src) a.items.push(newref(x));
    touch(a);
    return newref(a);
  };

  const L = (o: PyObject | null): PyList => o as PyList;
  defineMethods(listType, {
    append: (a, k, self) => {
      listAppend(L(self), oneArg(SIG.append, a, k, self));
      return newref(rt.none);
    },
    extend: (a, k, self) => {
      listExtend(L(self), oneArg(SIG.extend, a, k, self));
      return newref(rt.none);
    },
    insert: (a, k, self) => {
      checkArgs(SIG.insert, a, k, self);
      const l = L(self);
      let i = Number(asIndex(a[0]!));
      const n = l.items.length;
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      listResize(l, n + 1);
      l.items.splice(i, 0, newref(a[1]!));
      touch(l);
      return newref(rt.none);
    },
    pop: (a, k, self) => {
      checkArgs(SIG.pop, a, k, self);
      const l = L(self);
      if (l.items.length === 0) indexError('pop from empty list');
      const i = normIndex(l, a.length === 0 ? -1 : Number(asIndex(a[0]!)), 'pop index out of range');
      const [item] = l.items.splice(i, 1);
      listResize(l, l.items.length);
      touch(l);
      return item!; // the list's reference moves to the caller
    },
    remove: (a, k, self) => {
      const x = oneArg(SIG.remove, a, k, self);
      const l = L(self);
      for (let i = 0; i < l.items.length; i++) {
        if (l.items[i] === x || richCompareBool(l.items[i]!, x, 2)) {
          const [item] = l.items.splice(i, 1);
          listResize(l, l.items.length);
          touch(l);
          decref(item!);
          return newref(rt.none);
        }
      }
      return valueError('list.remove(x): x not in list');
    },
    index: (a, k, self) => {
      checkArgs(SIG.index, a, k, self);
      const x = a[0]!;
      const l = L(self);
      const n = l.items.length;
      let start = a.length < 2 ? 0 : Number(asIndex(a[1]!));
      let stop = a.length < 3 ? n : Number(asIndex(a[2]!));
      if (start < 0) start = Math.max(0, start + n);
      if (stop < 0) stop = Math.max(0, stop + n);
      for (let i = start; i < Math.min(stop, l.items.length); i++) {
        if (l.items[i] === x || richCompareBool(l.items[i]!, x, 2)) return newInt(i);
      }
      return valueError(rt.profile.messages.listIndexNotFound(repr(x)));
    },
    count: (a, k, self) => {
      const x = oneArg(SIG.count, a, k, self);
      let n = 0;
      for (const y of L(self).items.slice()) if (y === x || richCompareBool(y, x, 2)) n++;
      return newInt(n);
    },
    clear: (a, k, self) => {
      noArgs(SIG.clear, a, k, self);
      listClear(L(self));
      return newref(rt.none);
    },
    copy: (a, k, self) => {
      noArgs(SIG.copy, a, k, self);
      return newList(L(self).items.map((x) => newref(x)));
    },
    reverse: (a, k, self) => {
      noArgs(SIG.reverse, a, k, self);
      L(self).items.reverse();
      touch(self!);
      return newref(rt.none);
    },
    sort: (a, k, self) => {
      const [key, rev] = parseArgs(SIG.sort, a, k, self);
      listSort(L(self), key === undefined || key === rt.none ? null : key, rev !== undefined && isTrue(rev));
      return newref(rt.none);
    },
  });
}

/** list's methods (Objects/listobject.c, Objects/clinic/listobject.c.h). */
const SIG = methodSignatures('list', {
  append: '(object, /)',
  extend: '(iterable, /)',
  insert: '(index, object, /)',
  pop: '(index=-1, /)',
  remove: '(value, /)',
  index: '(value, start=0, stop=sys.maxsize, /)',
  count: '(value, /)',
  clear: '()',
  copy: '()',
  reverse: '()',
  sort: '(*, key=None, reverse=False)',
});

export const LIST_SORT = SIG.sort;

function asIndex(o: PyObject): number | bigint {
  if (!(o instanceof PyInt)) typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  return o.v;
}

/**
 * list.sort: stable, comparing with `<` only (as CPython's timsort does). While sorting the
 * list appears empty, and keys are computed once per item.
 */
export function listSort(l: PyList, key: PyObject | null, reverse: boolean): void {
  const items = l.items;
  l.items = [];
  const saveAllocated = l.allocated;
  let keys: PyObject[] | null = null;
  try {
    if (key !== null) {
      keys = [];
      for (const it of items) keys.push(callObject(key, [it], null));
    }
    const idx = items.map((_, i) => i);
    const kv = keys ?? items;
    if (reverse) idx.reverse();
    // Merge sort with Python's < as the only comparison: stable and exceptions propagate.
    const sorted = mergeSort(idx, (x, y) => richCompareBool(kv[y]!, kv[x]!, 0));
    if (reverse) sorted.reverse();
    const result = sorted.map((i) => items[i]!);
    if (l.items.length !== 0) valueError('list modified during sort');
    l.items = result;
    l.allocated = saveAllocated;
    touch(l);
  } catch (e) {
    if (l.items.length === 0) {
      l.items = items;
      l.allocated = saveAllocated;
    }
    throw e;
  } finally {
    if (keys !== null) for (const kk of keys) decref(kk);
  }
}

/** Stable merge sort; `less(a, b)` is true when b must come before a... (b < a). */
function mergeSort(a: number[], bLessA: (a: number, b: number) => boolean): number[] {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const left = mergeSort(a.slice(0, mid), bLessA);
  const right = mergeSort(a.slice(mid), bLessA);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (bLessA(left[i]!, right[j]!)) out.push(right[j++]!);
    else out.push(left[i++]!);
  }
  while (i < left.length) out.push(left[i++]!);
  while (j < right.length) out.push(right[j++]!);
  return out;
}
