/**
 * The simulated heap: allocation, reference counting and deallocation, the generation
 * lists of the cycle collector and the free lists.
 *
 * All objects are born in `allocate` and die in `release`, like CPython's
 * PyObject_GC_New / PyObject_GC_Del pair, so the generation-0 count moves exactly where
 * CPython's does: +1 for each GC object allocated, -1 (never below 0) for each GC object
 * freed, and neither for objects recycled through a free list.
 */

import { EngineStop, GC_FROZEN, GC_OLD_SPACE_1, setReleaseRef, type PyObject } from '../objects/object.ts';
import type { PythonProfile } from '../profiles/profiles.ts';
import { Allocator } from './allocator.ts';

/** A generation: a circular doubly-linked list through gcNext/gcPrev, like PyGC_Head lists. */
export class GcList {
  /** Sentinel; only its links are used. */
  readonly head: PyObject;
  constructor(sentinel: PyObject) {
    this.head = sentinel;
    sentinel.gcNext = sentinel;
    sentinel.gcPrev = sentinel;
  }
  isEmpty(): boolean {
    return this.head.gcNext === this.head;
  }
  append(o: PyObject): void {
    const last = this.head.gcPrev!;
    last.gcNext = o;
    o.gcPrev = last;
    o.gcNext = this.head;
    this.head.gcPrev = o;
  }
  /** Moves every object of `from` to the end of this list (gc_list_merge). */
  merge(from: GcList): void {
    if (from.isEmpty()) return;
    const tail = this.head.gcPrev!;
    const first = from.head.gcNext!;
    const last = from.head.gcPrev!;
    tail.gcNext = first;
    first.gcPrev = tail;
    last.gcNext = this.head;
    this.head.gcPrev = last;
    from.head.gcNext = from.head;
    from.head.gcPrev = from.head;
  }
  size(): number {
    let n = 0;
    for (let o = this.head.gcNext!; o !== this.head; o = o.gcNext!) n++;
    return n;
  }
  toArray(): PyObject[] {
    const out: PyObject[] = [];
    for (let o = this.head.gcNext!; o !== this.head; o = o.gcNext!) out.push(o);
    return out;
  }
}

export function unlink(o: PyObject): void {
  const prev = o.gcPrev!;
  const next = o.gcNext!;
  prev.gcNext = next;
  next.gcPrev = prev;
  o.gcNext = null;
  o.gcPrev = null;
}

/** Why an object died, for traces: refcounting, or a collection of some generation. */
export type DeathCause = { kind: 'refcount' } | { kind: 'gc'; generation: number } | { kind: 'freelist-clear' };

export interface HeapObserver {
  /** An object came to life (after its fields are set). */
  born(o: PyObject): void;
  /** An object's memory was released. */
  died(o: PyObject, cause: DeathCause): void;
  /**
   * An object's reference count reached zero: its deallocation starts (finalizers and the
   * release of what it holds come next). For a learner, this is when it dies.
   */
  dying?(o: PyObject, cause: DeathCause): void;
}

export class Heap {
  readonly profile: PythonProfile;
  readonly allocator: Allocator;
  private nextSerial = 1;
  /** generations[0..2]; index 3 is the permanent generation used by gc.freeze(). */
  readonly generations: GcList[];
  readonly counts = [0, 0, 0];
  thresholds: [number, number, number];
  enabled = true;
  collecting = false;
  /** 3.12+: a threshold was crossed; collect at the next eval-breaker check. */
  collectionScheduled = false;
  /** Statistics used by the full-collection rule (gcmodule.c long_lived_total/pending). */
  longLivedTotal = 0;
  longLivedPending = 0;
  /** Live objects, kept only when someone needs to enumerate them (traces, audits). */
  live: Set<PyObject> | null = null;
  observer: HeapObserver | null = null;
  /** Called when generation-0's count crosses the threshold (set by the collector). */
  onThreshold: (() => void) | null = null;
  /** Current cause of deaths, so traces can say who freed an object. */
  deathCause: DeathCause = { kind: 'refcount' };

  readonly freeLists: {
    list: PyObject[];
    dict: PyObject[];
    /** Indexed by tuple length. */
    tuple: PyObject[][];
    float: PyObject[];
    frame: PyObject[];
  } = { list: [], dict: [], tuple: [], float: [], frame: [] };

  /**
   * Freed exact ints whose JavaScript objects newInt reuses (their blocks went back to the
   * allocator like any other): fewer objects for V8 to allocate and collect. Only while
   * nothing records traces or audits, which keep dead objects' identities.
   */
  readonly spareInts: PyObject[] = [];

  /** The trashcan (Include/cpython/object.h): deallocations nested deeper than 50 wait. */
  trashDepth = 0;
  readonly trashLater: PyObject[] = [];

  /**
   * The memory budget: at most this many objects alive at once (CPython would go on until
   * the machine runs out of memory; a browser tab would die first).
   */
  maxBlocks = 5_000_000;
  /** Where the running program is, for the memory-budget error (set by the runtime). */
  currentLine: () => number | null = () => null;

  private memoryBudgetExceeded(): never {
    throw new EngineStop('memory-budget', `the program had more than ${this.maxBlocks.toLocaleString('en-US')} objects alive at once and was stopped`, this.currentLine());
  }

  /** Test mode (gcStress): every allocation triggers an automatic collection. */
  stress = false;

  /** Dirty-object tracking for the trace recorder: null when nobody records. */
  dirty: PyObject[] | null = null;
  epoch = 0;

  constructor(profile: PythonProfile, makeSentinel: () => PyObject) {
    this.profile = profile;
    this.countOnTrack = profile.collector === 'incremental';
    this.allocator = new Allocator();
    this.generations = [
      new GcList(makeSentinel()),
      new GcList(makeSentinel()),
      new GcList(makeSentinel()),
      new GcList(makeSentinel()),
    ];
    this.thresholds = [...profile.thresholds];
    for (let i = 0; i < profile.freeLists.tupleMaxSize; i++) this.freeLists.tuple.push([]);
  }

  /**
   * Gives a freshly constructed object its identity: an address and a serial, and counts
   * it if it is a GC object. `bytes` is the block size requested from the allocator.
   */
  allocate<T extends PyObject>(o: T, bytes: number, isGC: boolean): T {
    o.addr = this.allocator.alloc(bytes);
    if (this.allocator.blocksInUse > this.maxBlocks) this.memoryBudgetExceeded();
    this.reborn(o);
    if (isGC) this.countAllocation();
    return o;
  }

  /**
   * The serial of the next object born. Hot classes set their header where V8 sees only
   * their class (see `noteBirth`): `allocate` and `reborn` see every class, so their
   * stores to the header are megamorphic.
   */
  takeSerial(): number {
    return this.nextSerial++;
  }

  /**
   * The part of a birth that does not touch the header, for callers that set it themselves
   * (addr from the allocator, serial from takeSerial, rc 1, gcFlags 0, mark = epoch).
   */
  noteBirth(o: PyObject): void {
    if (this.allocator.blocksInUse > this.maxBlocks) this.memoryBudgetExceeded();
    this.noteRebirth(o);
  }

  /** noteBirth for an object taken from a free list (reborn's work besides the header). */
  noteRebirth(o: PyObject): void {
    if (this.dirty !== null) this.dirty.push(o);
    if (this.live !== null) this.live.add(o);
  }

  // -- Tracking in per-class code (as noteBirth is for allocation): track and untrack touch
  // the object's GC header at sites that see every GC class. A hot class links and unlinks
  // its own objects and calls these for the neighbours' side and the counts.

  /** Generation 0's list head (its sentinel). */
  get youngHead(): PyObject {
    return this.generations[0]!.head;
  }

  /**
   * track(o) for a class that set o.gen = 0, o.gcPrev = youngHead.gcPrev and
   * o.gcNext = youngHead itself: links `o` in after `last`.
   */
  linkYoung(o: PyObject, last: PyObject): void {
    last.gcNext = o;
    this.generations[0]!.head.gcPrev = o;
    if (this.countOnTrack) this.countTracked(o);
  }

  /**
   * untrack(o) for a class that does o's side itself: unlinkNeighbours(o.gcPrev, o.gcNext),
   * then o.gcNext = o.gcPrev = null, o.gen = -1, the trace mark, o.gcFlags &= ~GC_FROZEN
   * (only set in generation 3) and countUntracked().
   */
  unlinkNeighbours(prev: PyObject, next: PyObject): void {
    prev.gcNext = next;
    next.gcPrev = prev;
  }

  /** An object taken from a free list: same address, new identity for traces. */
  reborn(o: PyObject): void {
    o.serial = this.nextSerial++;
    o.rc = 1;
    o.gcFlags = 0;
    if (this.dirty !== null) {
      o.mark = this.epoch;
      this.dirty.push(o);
    } else o.mark = this.epoch;
    if (this.live !== null) this.live.add(o);
  }

  /**
   * Static objects (small ints, singletons) at fixed addresses, never freed. `code` is
   * encodeAddress(address) or a block from the allocator.
   */
  allocateStatic<T extends PyObject>(o: T, code: number): T {
    o.addr = code;
    o.serial = this.nextSerial++;
    o.mark = this.epoch;
    return o;
  }

  /**
   * 3.14.0–3.14.2 (incremental collector) count tracked objects instead of allocations:
   * _PyObject_GC_TRACK adds one to young.count and heap_size, _PyObject_GC_UNTRACK takes
   * one away. `heapSize` is only used by that collector.
   */
  readonly countOnTrack: boolean;
  heapSize = 0;
  /** Incremental collector: which old space holds visited objects (0 or 1). */
  visitedSpace = 0;

  countAllocation(): void {
    if (this.countOnTrack) return;
    this.countYoung();
  }

  /** Generation 0's count goes up; crossing its threshold (or stress mode) asks for a collection. */
  private countYoung(): void {
    const c = ++this.counts[0]!;
    if (((c > this.thresholds[0] && this.thresholds[0] !== 0) || this.stress) && this.enabled && !this.collecting) {
      if (this.onThreshold !== null) this.onThreshold();
    }
  }

  /** PyObject_GC_Del's count decrement: never below zero. */
  countDeallocation(): void {
    if (this.countOnTrack) return;
    if (this.counts[0]! > 0) this.counts[0]!--;
  }

  /** Returns an object's memory; `isGC` objects also lower generation 0's count. */
  release(o: PyObject, isGC: boolean): void {
    if (o.gen >= 0) this.untrack(o);
    if (isGC) this.countDeallocation();
    this.allocator.free(o.addr);
    this.forget(o);
  }

  /** An object leaves the live set (freed, or parked on a free list). */
  forget(o: PyObject): void {
    if (this.live !== null) this.live.delete(o);
    if (this.observer !== null) this.observer.died(o, this.deathCause);
  }

  track(o: PyObject): void {
    if (o.gen >= 0) return;
    o.gen = 0;
    this.generations[0]!.append(o);
    if (this.countOnTrack) this.countTracked(o);
  }

  /** The incremental collector counts tracked objects. */
  private countTracked(o: PyObject): void {
    // New young objects belong to the not-visited space (pycore_gc.h _PyObject_GC_TRACK).
    if (this.visitedSpace === 0) o.gcFlags |= GC_OLD_SPACE_1;
    else o.gcFlags &= ~GC_OLD_SPACE_1;
    this.heapSize++;
    this.countYoung();
  }

  countUntracked(): void {
    if (this.countOnTrack) {
      this.heapSize--;
      if (this.counts[0]! > 0) this.counts[0]!--;
    }
  }

  untrack(o: PyObject): void {
    const gen = o.gen;
    if (gen < 0) return;
    unlink(o);
    o.gen = -1;
    // Traces show the generation: an object the collector untracks has changed.
    if (this.dirty !== null && o.mark !== this.epoch) {
      o.mark = this.epoch;
      this.dirty.push(o);
    }
    // Only the permanent generation's objects carry GC_FROZEN (gc.freeze sets both): the
    // others skip a load and a store that see every GC class.
    if (gen === 3) o.gcFlags &= ~GC_FROZEN;
    this.countUntracked();
  }

  isTracked(o: PyObject): boolean {
    return o.gen >= 0;
  }
}

// ------------------------------------------------------------------ reference counting
//
// The hot path. `H` is the heap of the running interpreter (one per run; see runtime.ts).

let H: Heap;
let deallocate: (o: PyObject) => void = () => {};

export function bindHeap(heap: Heap, dealloc: (o: PyObject) => void): void {
  H = heap;
  deallocate = dealloc;
}

/** Forgets the finished run's heap, so that nothing of it stays reachable from this module. */
export function unbindHeap(): void {
  H = undefined as unknown as Heap;
  deallocate = () => {};
}

export function currentHeap(): Heap {
  return H;
}

/**
 * Immortal objects (PEP 683 on 3.12+; on every version, the stand-ins for CPython's own
 * objects) carry this much more in `rc`, so that reference counting need not look at
 * `imm` (one load less on the hottest paths): their count moves but never reaches zero.
 * What they report never comes from `rc` (sysmodule.reportedRefcount). Traced runs leave
 * their count alone, as they always did, because traces compare states step by step.
 */
export const IMMORTAL_BIAS = 2 ** 29;

export function makeImmortal(o: PyObject): void {
  if (o.imm) return;
  o.imm = true;
  o.rc += IMMORTAL_BIAS;
}

export function incref(o: PyObject): void {
  if (H.dirty === null) o.rc++;
  else increfTraced(o);
}

/** Returns `o` after taking a new reference to it (Py_NewRef). */
export function newref<T extends PyObject>(o: T): T {
  if (H.dirty === null) o.rc++;
  else increfTraced(o);
  return o;
}

function increfTraced(o: PyObject): void {
  if (o.imm) return;
  o.rc++;
  if (o.mark !== H.epoch) markDirty(o);
}

export function decref(o: PyObject): void {
  if (H.dirty === null) {
    if (--o.rc === 0) deallocate(o);
    return;
  }
  if (o.imm) return;
  if (o.mark !== H.epoch) markDirty(o);
  if (--o.rc === 0) deallocate(o);
}

export function xdecref(o: PyObject | null | undefined): void {
  if (o !== null && o !== undefined) decref(o);
}

/** Records that an object's contents changed without a refcount change (sort, reverse). */
export function touch(o: PyObject): void {
  if (H.dirty !== null && o.mark !== H.epoch) markDirty(o);
}

function markDirty(o: PyObject): void {
  o.mark = H.epoch;
  H.dirty!.push(o);
}

setReleaseRef(decref);
