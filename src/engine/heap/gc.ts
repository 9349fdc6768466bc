/**
 * The cyclic garbage collector, as CPython's Modules/gcmodule.c (3.10–3.12) and
 * Python/gc.c (3.13) implement it. See InternalDocs/garbage_collector.md.
 *
 * A collection of generation g:
 *   1. update_refs      gc_refs = ob_refcnt for every object in generations 0..g
 *   2. subtract_refs    subtract the references those objects hold to each other; what
 *                       remains counts references from outside the set
 *   3. move_unreachable objects with gc_refs > 0 and everything they reach are reachable;
 *                       the rest move to the unreachable list
 *   4. handle_weakrefs  clear weak references to unreachable objects, run the callbacks of
 *                       reachable weakrefs
 *   5. finalize_garbage run __del__ once per object (PEP 442)
 *   6. handle_resurrected_objects   repeat 1–3: anything __del__ made reachable survives
 *   7. delete_garbage   tp_clear each remaining object; refcounting frees them
 * Survivors move to generation g+1. The number returned is what CPython returns.
 *
 * CPython's own start-up objects are modelled as uncollectable "phantoms" per generation,
 * so the full-collection rule (long_lived_pending vs long_lived_total / 4) sees the same
 * old-generation sizes CPython does.
 */

import { rt, type CollectionEvent } from '../runtime.ts';
import { decref, incref, type GcList, type Heap, unlink } from './heap.ts';
import { GC_COLLECTING, GC_FINALIZED, GC_FROZEN, GC_UNREACHABLE, PyError, type PyObject } from '../objects/object.ts';
import { PyTuple, tupleMaybeUntrack } from '../objects/tuple.ts';
import { PyDict, dictEntries } from '../objects/dict.ts';
import { PyWeakref, clearWeakref, handleCallback } from '../objects/weakref.ts';
import { callFinalizer } from '../objects/typeobject.ts';
import { mayBeTracked, typeLookup, callObject } from '../abstract.ts';
import { newDict, dictSetStr } from '../objects/dict.ts';
import { newInt } from '../objects/int.ts';
import { newStr } from '../objects/str.ts';
import { reportUnraisable } from '../objects/unraisable.ts';
import { PyList } from '../objects/list.ts';

export interface GenerationStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

/** Collector state that is not in the Heap (statistics, phantom start-up objects). */
export interface CollectorState {
  stats: GenerationStats[];
  /** CPython's own objects per generation (0..2, 3 = permanent). */
  phantoms: number[];
  /** Objects examined by the last collection, for traces. */
  lastExamined: number;
}

export function newCollectorState(initial: { counts: [number, number, number]; phantoms: [number, number, number]; stats: GenerationStats[] }): CollectorState {
  return {
    stats: initial.stats.map((s) => ({ ...s })),
    phantoms: [...initial.phantoms, 0],
    lastExamined: 0,
  };
}

let state: CollectorState;
export function bindCollector(s: CollectorState): void {
  state = s;
}
export function collectorState(): CollectorState {
  return state;
}

// ------------------------------------------------------------------ scheduling

/** Called by the heap when generation 0's count passes its threshold. */
export function onThresholdCrossed(): void {
  const h = rt.heap;
  if (rt.profile.collectAt === 'allocation') collectGenerations(h);
  else h.collectionScheduled = true;
}

/** The eval breaker noticed a scheduled collection (3.12+, _Py_RunGC). */
export function runScheduledCollection(): void {
  const h = rt.heap;
  h.collectionScheduled = false;
  if (!h.enabled || h.collecting || h.thresholds[0] === 0) return;
  collectGenerations(h);
}

/** gc_collect_generations: collect the oldest generation whose count exceeds its threshold. */
export function collectGenerations(h: Heap): number {
  if (rt.profile.collector === 'incremental') return collectIncrementalAuto(h);
  for (let i = 2; i >= 0; i--) {
    if (h.counts[i]! > h.thresholds[i]!) {
      // Full collections wait until enough long-lived objects are pending (issue #4074).
      if (i === 2 && h.longLivedPending < Math.trunc(h.longLivedTotal / 4)) continue;
      h.collecting = true;
      try {
        return collectWithCallback(h, i, 'threshold');
      } finally {
        h.collecting = false;
      }
    }
  }
  return 0;
}

/** gc.collect(generation): returns 0 when a collection is already running. */
export function collectManually(generation: number): number {
  const h = rt.heap;
  if (h.collecting) return 0;
  h.collecting = true;
  try {
    if (rt.profile.collector === 'incremental') return collectIncrementalManual(h, generation);
    return collectWithCallback(h, generation, 'manual');
  } finally {
    h.collecting = false;
  }
}

// ------------------------------------------------------------------ callbacks

function invokeCallbacks(phase: 'start' | 'stop', generation: number, collected: number, uncollectable: number): void {
  const cbs = rt.gcCallbacks as PyList;
  if (cbs.items.length === 0) return;
  const info = newDict();
  const g = newInt(generation);
  const c = newInt(collected);
  const u = newInt(uncollectable);
  dictSetStr(info, 'generation', g);
  dictSetStr(info, 'collected', c);
  dictSetStr(info, 'uncollectable', u);
  decref(g);
  decref(c);
  decref(u);
  const phaseObj = newStr(phase);
  for (const cb of cbs.items.slice()) {
    incref(cb);
    try {
      const r = callObject(cb, [phaseObj, info], null);
      decref(r);
    } catch (e) {
      if (e instanceof PyError) reportUnraisable(e.exc, `Exception ignored in: ${'callback'}`);
      else throw e;
    } finally {
      decref(cb);
    }
  }
  decref(phaseObj);
  decref(info);
}

function collectWithCallback(h: Heap, generation: number, trigger: CollectionEvent['trigger']): number {
  invokeCallbacks('start', generation, 0, 0);
  const [collected, uncollectable] = collectMain(h, generation, trigger);
  invokeCallbacks('stop', generation, collected, uncollectable);
  return collected + uncollectable;
}

// ------------------------------------------------------------------ the algorithm

/** A temporary GC list with its own sentinel. */
function tempList(): GcList {
  const sentinel = { gcNext: null, gcPrev: null } as unknown as PyObject;
  sentinel.gcNext = sentinel;
  sentinel.gcPrev = sentinel;
  return {
    head: sentinel,
    isEmpty() {
      return sentinel.gcNext === sentinel;
    },
    append(o: PyObject) {
      const last = sentinel.gcPrev!;
      last.gcNext = o;
      o.gcPrev = last;
      o.gcNext = sentinel;
      sentinel.gcPrev = o;
    },
    merge(from: GcList) {
      if (from.isEmpty()) return;
      const tail = sentinel.gcPrev!;
      const first = from.head.gcNext!;
      const last = from.head.gcPrev!;
      tail.gcNext = first;
      first.gcPrev = tail;
      last.gcNext = sentinel;
      sentinel.gcPrev = last;
      from.head.gcNext = from.head;
      from.head.gcPrev = from.head;
    },
    size() {
      let n = 0;
      for (let o = sentinel.gcNext!; o !== sentinel; o = o.gcNext!) n++;
      return n;
    },
    toArray() {
      const out: PyObject[] = [];
      for (let o = sentinel.gcNext!; o !== sentinel; o = o.gcNext!) out.push(o);
      return out;
    },
  } as GcList;
}

function moveTo(o: PyObject, list: GcList): void {
  unlink(o);
  list.append(o);
}

/** The refcount CPython would see (3.14 borrowed references do not count). */
function cpythonRefcount(o: PyObject): number {
  return o.rc - o.borrowed;
}

/** update_refs + subtract_refs: afterwards gc_refs counts references from outside `list`. */
function computeExternalRefs(list: GcList): void {
  const head = list.head;
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
    o.gcRefs = cpythonRefcount(o);
    o.gcFlags |= GC_COLLECTING;
  }
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
    const t = o.type.traverse;
    if (t === null) continue;
    t(o, (target) => {
      if ((target.gcFlags & GC_COLLECTING) !== 0 && target.gen >= 0 && target.type.isGC && target.gcRefs > 0) target.gcRefs--;
    });
  }
}

/**
 * move_unreachable: scans `young` in order; objects with gc_refs > 0 are reachable and
 * make everything they reference reachable; the others move (tentatively) to
 * `unreachable` and come back if something reachable refers to them.
 */
function moveUnreachable(young: GcList, unreachable: GcList): void {
  const head = young.head;
  let o = head.gcNext!;
  while (o !== head) {
    const next = o.gcNext!;
    if (o.gcRefs > 0) {
      const t = o.type.traverse;
      if (t !== null) {
        t(o, (target) => {
          if ((target.gcFlags & GC_COLLECTING) === 0 || target.gen < 0) return;
          if ((target.gcFlags & GC_UNREACHABLE) !== 0) {
            // Tentatively unreachable, but reachable after all: back to the end of young.
            target.gcFlags &= ~GC_UNREACHABLE;
            unlink(target);
            young.append(target);
            target.gcRefs = 1;
          } else if (target.gcRefs === 0) target.gcRefs = 1;
        });
      }
      o.gcFlags &= ~GC_COLLECTING;
      o = o.gcNext!;
    } else {
      o.gcFlags |= GC_UNREACHABLE;
      unlink(o);
      unreachable.append(o);
      o = next;
    }
  }
  // Clear the marks: what stays in `unreachable` keeps COLLECTING for later phases.
  for (let u = unreachable.head.gcNext!; u !== unreachable.head; u = u.gcNext!) u.gcFlags &= ~GC_UNREACHABLE;
}

function deduceUnreachable(base: GcList, unreachable: GcList): void {
  computeExternalRefs(base);
  moveUnreachable(base, unreachable);
}

/**
 * Runs one collection of `generation` (gc_collect_main). Returns [collected, uncollectable]
 * where collected counts unreachable objects plus weakrefs freed while clearing.
 */
function collectMain(h: Heap, generation: number, trigger: CollectionEvent['trigger']): [number, number] {
  const gens = h.generations;
  const ph = state.phantoms;
  if (generation + 1 < 3) h.counts[generation + 1]!++;
  for (let i = 0; i <= generation; i++) h.counts[i] = 0;
  // Merge younger generations into the one being collected.
  for (let i = 0; i < generation; i++) {
    for (const o of gens[i]!.toArray()) o.gen = generation;
    gens[generation]!.merge(gens[i]!);
    ph[generation]! += ph[i]!;
    ph[i] = 0;
  }
  const young = gens[generation]!;
  const old = generation < 2 ? gens[generation + 1]! : young;
  const examined = young.size() + ph[generation]!;
  state.lastExamined = examined;

  const unreachable = tempList();
  deduceUnreachable(young, unreachable);
  untrackTuples(young);
  // Survivors move to the next generation.
  if (young !== old) {
    if (generation === 1) h.longLivedPending += young.size() + ph[generation]!;
    for (const o of young.toArray()) o.gen = generation + 1;
    old.merge(young);
    ph[generation + 1]! += ph[generation]!;
    ph[generation] = 0;
  } else {
    untrackDicts(young);
    h.longLivedPending = 0;
    h.longLivedTotal = young.size() + ph[generation]!;
  }
  const unreachableObjects = unreachable.toArray();
  for (const o of unreachableObjects) o.gen = generation;
  const tracer = rt.tracer;
  if (tracer !== null) {
    tracer.collection({
      phase: 'unreachable', generation, trigger, examined, unreachable: unreachableObjects,
      collected: 0, uncollectable: 0, promoted: 0,
    });
  }
  // Legacy finalizers (tp_del) cannot be written in Python; gc.garbage stays empty.
  let m = handleWeakrefs(unreachable, old, generation);
  finalizeGarbage(unreachable);
  const finalUnreachable = tempList();
  handleResurrected(unreachable, finalUnreachable, old, generation);
  m += finalUnreachable.size();
  const saveCause = h.deathCause;
  h.deathCause = { kind: 'gc', generation };
  try {
    deleteGarbage(finalUnreachable, old, generation);
  } finally {
    h.deathCause = saveCause;
  }
  if (generation === 2) clearFreeLists(h);
  const st = state.stats[generation]!;
  st.collections++;
  st.collected += m;
  if (tracer !== null) {
    tracer.collection({
      phase: 'done', generation, trigger, examined, unreachable: unreachableObjects,
      collected: m, uncollectable: 0, promoted: examined - unreachableObjects.length,
    });
  }
  return [m, 0];
}

/** untrack_tuples: survivors that are tuples of untracked items leave the collector. */
function untrackTuples(list: GcList): void {
  const head = list.head;
  let o = head.gcNext!;
  while (o !== head) {
    const next = o.gcNext!;
    if (o instanceof PyTuple) tupleMaybeUntrack(o);
    o = next;
  }
}

/** untrack_dicts (full collections only, 3.10–3.13): dicts of untracked keys and values. */
function untrackDicts(list: GcList): void {
  if (!rt.profile.lazyDictTracking) return;
  const head = list.head;
  let o = head.gcNext!;
  while (o !== head) {
    const next = o.gcNext!;
    if (o instanceof PyDict && o.type === rt.types.dict) {
      let any = false;
      for (const [k, v] of dictEntries(o)) {
        if (mayBeTracked(k) || mayBeTracked(v)) {
          any = true;
          break;
        }
      }
      if (!any) rt.heap.untrack(o);
    }
    o = next;
  }
}

function handleWeakrefs(unreachable: GcList, old: GcList, generation: number): number {
  const toCall = tempList();
  const head = unreachable.head;
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
    if (o instanceof PyWeakref) clearWeakref(o);
    const refs = o.weakrefs;
    if (refs === null) continue;
    for (const wr of refs.slice() as PyWeakref[]) {
      clearWeakref(wr);
      if (wr.callback === null) continue;
      if ((wr.gcFlags & GC_COLLECTING) !== 0 && wr.gen >= 0) continue; // trash itself: no callback
      incref(wr);
      if (wr.gen >= 0) moveTo(wr, toCall);
      else toCall.append(wr);
    }
  }
  let freed = 0;
  while (!toCall.isEmpty()) {
    const wr = toCall.head.gcNext! as PyWeakref;
    const cb = wr.callback!;
    handleCallback(wr, cb);
    decref(wr);
    if (toCall.head.gcNext === wr) {
      unlink(wr);
      old.append(wr);
      wr.gen = generation < 2 ? generation + 1 : 2;
    } else freed++;
  }
  return freed;
}

function finalizeGarbage(collectable: GcList): void {
  const seen = tempList();
  while (!collectable.isEmpty()) {
    const o = collectable.head.gcNext!;
    moveTo(o, seen);
    if ((o.gcFlags & GC_FINALIZED) === 0 && typeLookup(o.type, '__del__') !== null) {
      incref(o);
      callFinalizer(o);
      decref(o);
    }
  }
  collectable.merge(seen);
}

function handleResurrected(unreachable: GcList, stillUnreachable: GcList, old: GcList, generation: number): void {
  const head = unreachable.head;
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) o.gcFlags &= ~GC_COLLECTING;
  deduceUnreachable(unreachable, stillUnreachable);
  for (const o of unreachable.toArray()) {
    o.gcFlags &= ~GC_COLLECTING;
    o.gen = generation < 2 ? generation + 1 : 2;
  }
  old.merge(unreachable);
}

function deleteGarbage(collectable: GcList, old: GcList, generation: number): void {
  while (!collectable.isEmpty()) {
    const o = collectable.head.gcNext!;
    const clear = o.type.clear;
    if (clear !== null) {
      incref(o);
      try {
        clear(o);
      } catch (e) {
        if (e instanceof PyError) reportUnraisable(e.exc, `Exception ignored in tp_clear of: ${o.type.name}`);
        else throw e;
      }
      decref(o);
    }
    if (collectable.head.gcNext === o) {
      // Still alive (a tuple, or something else holds it): it survives into `old`.
      o.gcFlags &= ~GC_COLLECTING;
      unlink(o);
      old.append(o);
      o.gen = generation < 2 ? generation + 1 : 2;
    }
  }
}

/** Full collections empty the list, dict, tuple, float (and 3.10 frame) free lists. */
export function clearFreeLists(h: Heap): void {
  const fl = h.freeLists;
  const release = (o: PyObject, gc: boolean): void => {
    o.gen = -1;
    if (gc) h.countDeallocation();
    h.allocator.free(o.addr);
  };
  for (const o of fl.list) release(o, true);
  fl.list.length = 0;
  for (const o of fl.dict) release(o, true);
  fl.dict.length = 0;
  for (const bucket of fl.tuple) {
    for (const o of bucket) release(o, true);
    bucket.length = 0;
  }
  for (const o of fl.float) release(o, false);
  fl.float.length = 0;
  for (const o of fl.frame) release(o, true);
  fl.frame.length = 0;
}

// ------------------------------------------------------------------ freeze

/** gc.freeze(): every generation moves to the permanent one and the counts reset. */
export function freeze(h: Heap): void {
  const perm = h.generations[3]!;
  for (let i = 0; i < 3; i++) {
    for (const o of h.generations[i]!.toArray()) {
      o.gen = 3;
      o.gcFlags |= GC_FROZEN;
    }
    perm.merge(h.generations[i]!);
    state.phantoms[3]! += state.phantoms[i]!;
    state.phantoms[i] = 0;
    h.counts[i] = 0;
  }
}

/** gc.unfreeze(): the permanent generation joins the oldest. */
export function unfreeze(h: Heap): void {
  for (const o of h.generations[3]!.toArray()) {
    o.gen = 2;
    o.gcFlags &= ~GC_FROZEN;
  }
  h.generations[2]!.merge(h.generations[3]!);
  state.phantoms[2]! += state.phantoms[3]!;
  state.phantoms[3] = 0;
}

export function freezeCount(h: Heap): number {
  return h.generations[3]!.size() + state.phantoms[3]!;
}

// ------------------------------------------------------------------ 3.14 incremental collector

/**
 * CPython 3.14.0–3.14.2 (Python/gc.c, incremental): automatic runs collect the young
 * generation plus an increment of the old space, and report generation 1 to callbacks.
 * PyHeap models the young part exactly and treats each increment as a collection of the
 * young objects together with the pending old ones.
 */
function collectIncrementalAuto(h: Heap): number {
  h.collecting = true;
  try {
    invokeCallbacks('start', 1, 0, 0);
    const [collected, uncollectable] = collectMain(h, 1, 'threshold');
    h.counts[2] = 0;
    invokeCallbacks('stop', 1, collected, uncollectable);
    return collected + uncollectable;
  } finally {
    h.collecting = false;
  }
}

function collectIncrementalManual(h: Heap, generation: number): number {
  const g = generation === 0 ? 0 : generation === 1 ? 1 : 2;
  invokeCallbacks('start', g, 0, 0);
  const [collected, uncollectable] = collectMain(h, g, 'manual');
  h.counts[1] = 0;
  h.counts[2] = 0;
  invokeCallbacks('stop', g, collected, uncollectable);
  return collected + uncollectable;
}
