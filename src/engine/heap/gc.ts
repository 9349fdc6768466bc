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
 *   5. finalize_garbage run tp_finalize (__del__, generator close) once per object (PEP 442)
 *   6. handle_resurrected_objects   repeat 1–3: anything __del__ made reachable survives
 *   7. delete_garbage   tp_clear each remaining object; refcounting frees them
 * Survivors move to generation g+1. The number returned is what CPython returns.
 *
 * CPython's own start-up objects are modelled as uncollectable "phantoms" per generation,
 * so the full-collection rule (long_lived_pending vs long_lived_total / 4) sees the same
 * old-generation sizes CPython does.
 */

import { rt, type CollectionEvent } from '../runtime.ts';
import { GcList, decref, incref, type Heap, unlink } from './heap.ts';
import { GC_COLLECTING, GC_FINALIZED, GC_FROZEN, GC_OLD_SPACE_1, PyError, PyObject, type Visit } from '../objects/object.ts';
import { PyTuple, tupleMaybeUntrack } from '../objects/tuple.ts';
import { PyDict, dictEntries } from '../objects/dict.ts';
import { PyWeakref, clearWeakref, handleCallback } from '../objects/weakref.ts';
import { callFinalizer, hasFinalizer } from '../objects/typeobject.ts';
import { mayBeTracked, callObject, hexAddress } from '../abstract.ts';
import { newDict, dictSetStr } from '../objects/dict.ts';
import { newInt } from '../objects/int.ts';
import { newStr } from '../objects/str.ts';
import { reportUnraisable } from '../objects/unraisable.ts';
import { PyList, listAppend } from '../objects/list.ts';

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
  /** gc.set_debug() flags (DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL). */
  debug: number;
  /**
   * CPython's own unreachable objects in generation 0 (what importing weakref leaves for a
   * collection to find): the next collection counts them as examined and collected.
   */
  youngGarbage: number;
}

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;

export function newCollectorState(initial: { counts: [number, number, number]; phantoms: [number, number, number]; frozen?: number; stats: GenerationStats[] }): CollectorState {
  return {
    stats: initial.stats.map((s) => ({ ...s })),
    phantoms: [...initial.phantoms, initial.frozen ?? 0],
    lastExamined: 0,
    debug: 0,
    youngGarbage: 0,
  };
}

let state: CollectorState;
export function bindCollector(s: CollectorState): void {
  state = s;
}
/** Forgets the finished run's collector state (see unbindHeap). */
export function unbindCollector(): void {
  state = undefined as unknown as CollectorState;
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
  if (!h.enabled || h.collecting || (h.thresholds[0] === 0 && !h.stress)) return;
  collectGenerations(h);
}

/** gc_collect_generations: collect the oldest generation whose count exceeds its threshold. */
export function collectGenerations(h: Heap): number {
  if (rt.profile.collector === 'incremental') return collectIncrementalAuto(h);
  for (let i = 2; i >= 0; i--) {
    if (h.counts[i]! > h.thresholds[i]!) {
      // Full collections wait until enough long-lived objects are pending (issue #4074).
      if (i === 2 && h.longLivedPending < Math.trunc(h.longLivedTotal / 4)) continue;
      return collectGenerationNow(h, i);
    }
  }
  // gcStress: a young collection even below the threshold.
  if (h.stress) return collectGenerationNow(h, 0);
  return 0;
}

function collectGenerationNow(h: Heap, generation: number): number {
  h.collecting = true;
  try {
    return collectWithCallback(h, generation, 'threshold');
  } finally {
    h.collecting = false;
  }
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

/**
 * The collections of interpreter shutdown (Py_FinalizeEx): PyGC_Collect runs only when
 * the collector is enabled and calls gc.callbacks; _PyGC_CollectNoFail always runs and
 * calls none. Both collect everything.
 */
export function collectAtShutdown(withCallbacks: boolean): void {
  const h = rt.heap;
  if (h.collecting || (withCallbacks && !h.enabled)) return;
  h.collecting = true;
  try {
    if (withCallbacks) {
      if (rt.profile.collector === 'incremental') incrementalCollect(h, 2, 'shutdown');
      else collectWithCallback(h, 2, 'shutdown');
    } else if (rt.profile.collector === 'incremental') collectFull(h, 'shutdown');
    else collectMain(h, 2, 'shutdown');
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

/**
 * A temporary GC list with its own sentinel. The sentinel is a PyObject like the
 * generations' sentinels, so the collector's loops over gcNext/gcPrev see one more object
 * of a familiar shape rather than a plain object.
 */
function tempList(): GcList {
  return new GcList(new PyObject(rt.types.sentinel));
}

function moveTo(o: PyObject, list: GcList): void {
  unlink(o);
  list.append(o);
}

/** The refcount CPython would see (3.14 borrowed references do not count). */
function cpythonRefcount(o: PyObject): number {
  return o.rc - o.borrowed;
}

/** subtract_refs' visitor: a reference from inside the collected set is not external. */
const visitDecref: Visit = (target) => {
  if ((target.gcFlags & GC_COLLECTING) !== 0 && target.gen >= 0 && target.type.isGC && target.gcRefs > 0) target.gcRefs--;
};

/**
 * update_refs + subtract_refs: afterwards gc_refs counts references from outside `list`.
 * Returns the number of objects in `list` (one walk of the list less for the caller).
 */
function computeExternalRefs(list: GcList): number {
  const head = list.head;
  let n = 0;
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
    o.gcRefs = cpythonRefcount(o);
    o.gcFlags |= GC_COLLECTING;
    n++;
  }
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
    const t = o.type.traverse;
    if (t !== null) t(o, visitDecref);
  }
  return n;
}

/**
 * gc_refs of an object move_unreachable moved to `unreachable` (CPython marks it in the
 * prev pointer): no header flag to set and clear again object by object.
 */
const TENTATIVELY_UNREACHABLE = -1;

/** The list move_unreachable is scanning, for visitReachable (one visitor for every object). */
let scanning: GcList | null = null;

/** move_unreachable's visitor: what a reachable object refers to is reachable too. */
const visitReachable: Visit = (target) => {
  if ((target.gcFlags & GC_COLLECTING) === 0 || target.gen < 0) return;
  const refs = target.gcRefs;
  if (refs === TENTATIVELY_UNREACHABLE) {
    // Tentatively unreachable, but reachable after all: back to the end of young.
    unlink(target);
    scanning!.append(target);
    target.gcRefs = 1;
  } else if (refs === 0) target.gcRefs = 1;
};

/**
 * move_unreachable: scans `young` in order; objects with gc_refs > 0 are reachable and
 * make everything they reference reachable; the others move (tentatively) to
 * `unreachable` and come back if something reachable refers to them.
 */
function moveUnreachable(young: GcList, unreachable: GcList): void {
  const head = young.head;
  const outer = scanning;
  scanning = young;
  const unreachableHead = unreachable.head;
  let o = head.gcNext!;
  while (o !== head) {
    if (o.gcRefs > 0) {
      const t = o.type.traverse;
      if (t !== null) t(o, visitReachable);
      o.gcFlags &= ~GC_COLLECTING;
      o = o.gcNext!;
    } else {
      // A run of neighbours with gc_refs 0 moves to `unreachable` in one splice, in order:
      // the same list as moving them one by one, without relinking each object.
      const first = o;
      let last = o;
      o.gcRefs = TENTATIVELY_UNREACHABLE;
      o = o.gcNext!;
      while (o !== head && !(o.gcRefs > 0)) {
        o.gcRefs = TENTATIVELY_UNREACHABLE;
        last = o;
        o = o.gcNext!;
      }
      const before = first.gcPrev!;
      before.gcNext = o;
      o.gcPrev = before;
      const tail = unreachableHead.gcPrev!;
      tail.gcNext = first;
      first.gcPrev = tail;
      last.gcNext = unreachableHead;
      unreachableHead.gcPrev = last;
    }
  }
  scanning = outer;
  // What stays in `unreachable` keeps COLLECTING for later phases; its gc_refs stay
  // TENTATIVELY_UNREACHABLE, read by no later phase (handle_resurrected recomputes them).
}

/** Returns the number of objects `base` had. */
function deduceUnreachable(base: GcList, unreachable: GcList): number {
  const n = computeExternalRefs(base);
  moveUnreachable(base, unreachable);
  return n;
}

/**
 * Runs one collection of `generation` (gc_collect_main, 3.10–3.13). Returns
 * [collected, uncollectable]: collected counts the unreachable objects plus the weakrefs
 * freed while clearing, as CPython does.
 */
function collectMain(h: Heap, generation: number, trigger: CollectionEvent['trigger']): [number, number] {
  const gens = h.generations;
  const ph = state.phantoms;
  const debugStats = (state.debug & DEBUG_STATS) !== 0;
  if (debugStats) {
    const sizes = [0, 1, 2].map((i) => gens[i]!.size() + ph[i]!);
    rt.stderr.push(
      `gc: collecting generation ${generation}...\n` +
        `gc: objects in each generation: ${sizes.join(' ')}\n` +
        `gc: objects in permanent generation: ${gens[3]!.size() + ph[3]!}\n`,
    );
  }
  if (generation + 1 < 3) h.counts[generation + 1]!++;
  for (let i = 0; i <= generation; i++) h.counts[i] = 0;
  // Merge younger generations into the one being collected.
  for (let i = 0; i < generation; i++) {
    const head = gens[i]!.head;
    for (let o = head.gcNext!; o !== head; o = o.gcNext!) o.gen = generation;
    gens[generation]!.merge(gens[i]!);
    ph[generation]! += ph[i]!;
    ph[i] = 0;
  }
  const young = gens[generation]!;
  const old = generation < 2 ? gens[generation + 1]! : young;
  const toGen = generation < 2 ? generation + 1 : 2;
  // Examined: young's objects (counted while the region scans them) and phantoms.
  const region = collectRegion(h, young, old, toGen, generation, trigger, null, () => {
    // Survivors move to the next generation (the region merged them into `old`).
    if (young !== old) {
      if (generation === 1) h.longLivedPending += lastSurvivors + ph[generation]!;
      ph[generation + 1]! += ph[generation]!;
      ph[generation] = 0;
    } else {
      untrackDicts(young);
      h.longLivedPending = 0;
      h.longLivedTotal = young.size() + ph[generation]!;
    }
  });
  if (generation === 2) clearFreeLists(h);
  // CPython's own garbage in generation 0 (any collection includes generation 0).
  const ownGarbage = state.youngGarbage;
  state.youngGarbage = 0;
  region.collected += ownGarbage;
  region.unreachableCount += ownGarbage;
  state.lastExamined += ownGarbage;
  const st = state.stats[generation]!;
  st.collections++;
  st.collected += region.collected;
  // CPython also prints the elapsed time, which a simulation cannot reproduce.
  if (debugStats) rt.stderr.push(`gc: done, ${region.unreachableCount} unreachable, 0 uncollectable, 0.0000s elapsed\n`);
  return [region.collected, 0];
}

let lastSurvivors = 0;

/**
 * gc_collect_region: finds what in `from` is unreachable, moves the survivors to `to`
 * (whose objects get generation `toGen`), runs weakref callbacks and finalizers, handles
 * resurrection and clears the garbage. `afterSurvivors` runs once the survivors are known.
 * `examined` null: the objects of `from` plus generation `generation`'s phantoms.
 */
function collectRegion(
  h: Heap,
  from: GcList,
  to: GcList,
  toGen: number,
  generation: number,
  trigger: CollectionEvent['trigger'],
  examinedOrNull: number | null,
  afterSurvivors: () => void,
): { collected: number; unreachableCount: number } {
  const unreachable = tempList();
  const scanned = deduceUnreachable(from, unreachable);
  const examined = examinedOrNull ?? scanned + state.phantoms[generation]!;
  state.lastExamined = examined;
  untrackTuples(from);
  let survivors = 0;
  const fromHead = from.head;
  for (let o = fromHead.gcNext!; o !== fromHead; o = o.gcNext!) {
    survivors++;
    if (from !== to) setGeneration(h, o, toGen);
  }
  lastSurvivors = survivors;
  if (from !== to) to.merge(from);
  afterSurvivors();
  let unreachableCount = 0;
  const unreachableHead = unreachable.head;
  for (let o = unreachableHead.gcNext!; o !== unreachableHead; o = o.gcNext!) {
    o.gen = generation;
    unreachableCount++;
  }
  const tracer = rt.tracer;
  // The list as an array only for those who look at it (traces, DEBUG_COLLECTABLE).
  const unreachableObjects = tracer !== null || (state.debug & DEBUG_COLLECTABLE) !== 0 ? unreachable.toArray() : null;
  if (tracer !== null) {
    tracer.collection({
      phase: 'unreachable', generation, trigger, examined, unreachable: unreachableObjects!,
      collected: 0, uncollectable: 0, promoted: 0,
    });
  }
  if ((state.debug & DEBUG_COLLECTABLE) !== 0) {
    for (const o of unreachableObjects!) rt.stderr.push(`gc: collectable <${o.type.name} ${hexAddress(o.addr)}>\n`);
  }
  // Legacy finalizers (tp_del) cannot be written in Python, so nothing is uncollectable.
  let m = handleWeakrefs(h, unreachable, to, toGen);
  const ranFinalizers = finalizeGarbage(unreachable);
  const finalUnreachable = tempList();
  if (ranFinalizers || weakrefCallbacksRun > 0) {
    handleResurrected(h, unreachable, finalUnreachable, to, toGen);
    m += finalUnreachable.size();
  } else {
    // No Python code ran since the unreachable set was found, so no reference changed and
    // handle_resurrected_objects would find every object still unreachable, in order:
    // the list moves over as it is (its objects keep GC_COLLECTING, as they would). Only
    // a weakref with a callback leaves the list, and none ran: its size is still the count.
    finalUnreachable.merge(unreachable);
    m += unreachableCount;
  }
  const saveCause = h.deathCause;
  h.deathCause = { kind: 'gc', generation };
  try {
    deleteGarbage(h, finalUnreachable, to, toGen);
  } finally {
    h.deathCause = saveCause;
  }
  if (tracer !== null) {
    tracer.collection({
      phase: 'done', generation, trigger, examined, unreachable: unreachableObjects!,
      collected: m, uncollectable: 0, promoted: examined - unreachableCount,
    });
  }
  return { collected: m, unreachableCount };
}

/** An object joins list `gen` (for the incremental collector, old lists carry a space bit). */
function setGeneration(h: Heap, o: PyObject, gen: number): void {
  o.gen = gen;
  if (h.countOnTrack && (gen === 1 || gen === 2)) {
    if (gen === 2) o.gcFlags |= GC_OLD_SPACE_1;
    else o.gcFlags &= ~GC_OLD_SPACE_1;
  }
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

/** How many weakref callbacks the last handleWeakrefs ran. */
let weakrefCallbacksRun = 0;

function handleWeakrefs(h: Heap, unreachable: GcList, old: GcList, toGen: number): number {
  weakrefCallbacksRun = 0;
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
    weakrefCallbacksRun++;
    handleCallback(wr, cb);
    decref(wr);
    if (toCall.head.gcNext === wr) {
      unlink(wr);
      old.append(wr);
      setGeneration(h, wr, toGen);
    } else freed++;
  }
  return freed;
}

/** finalize_garbage; returns whether any finalizer ran (and so could have resurrected objects). */
function finalizeGarbage(collectable: GcList): boolean {
  const head = collectable.head;
  let any = false;
  for (let o = head.gcNext!; o !== head && !any; o = o.gcNext!) any = (o.gcFlags & GC_FINALIZED) === 0 && hasFinalizer(o);
  if (!any) return false;
  const seen = tempList();
  while (!collectable.isEmpty()) {
    const o = collectable.head.gcNext!;
    moveTo(o, seen);
    if ((o.gcFlags & GC_FINALIZED) === 0 && hasFinalizer(o)) {
      incref(o);
      callFinalizer(o);
      decref(o);
    }
  }
  collectable.merge(seen);
  return true;
}

function handleResurrected(h: Heap, unreachable: GcList, stillUnreachable: GcList, old: GcList, toGen: number): void {
  const head = unreachable.head;
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) o.gcFlags &= ~GC_COLLECTING;
  deduceUnreachable(unreachable, stillUnreachable);
  for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
    o.gcFlags &= ~GC_COLLECTING;
    setGeneration(h, o, toGen);
  }
  old.merge(unreachable);
}

function deleteGarbage(h: Heap, collectable: GcList, old: GcList, toGen: number): void {
  while (!collectable.isEmpty()) {
    const o = collectable.head.gcNext!;
    const clear = o.type.clear;
    if ((state.debug & DEBUG_SAVEALL) !== 0) {
      // DEBUG_SAVEALL: the garbage goes to gc.garbage instead of being cleared.
      listAppend(rt.gcGarbage as PyList, o);
    } else if (clear !== null) {
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
      setGeneration(h, o, toGen);
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
  if (h.countOnTrack) {
    freezeIncremental(h);
    return;
  }
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
  if (h.countOnTrack) {
    unfreezeIncremental(h);
    return;
  }
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
//
// CPython 3.14.0–3.14.2 (Python/gc.c, incremental): a young list and two old spaces.
// Objects in old[visited_space] have been marked or scanned in the current cycle; the
// other space is pending. Automatic runs are increments reported as generation 1: the
// first of a cycle only marks what is reachable from the roots and stacks; later ones
// collect the young objects plus a slice of the pending space sized by `work_to_do`.
// When the pending space is empty the cycle completes and the spaces swap.
//
// List mapping: generations[0] = young, [1] = old[0], [2] = old[1], [3] = permanent.

const SCAN_RATE_DIVISOR = 10;

interface IncrementalState {
  phase: 'mark' | 'collect';
  workToDo: number;
}

const inc: IncrementalState = { phase: 'mark', workToDo: 0 };

export function resetIncremental(): void {
  inc.phase = 'mark';
  inc.workToDo = 0;
}

function oldList(h: Heap, space: number): GcList {
  return h.generations[1 + space]!;
}

function spaceOf(o: PyObject): number {
  return (o.gcFlags & GC_OLD_SPACE_1) !== 0 ? 1 : 0;
}

function setSpace(o: PyObject, space: number): void {
  if (space === 1) o.gcFlags |= GC_OLD_SPACE_1;
  else o.gcFlags &= ~GC_OLD_SPACE_1;
}

function moveToVisited(h: Heap, o: PyObject, list: GcList): void {
  unlink(o);
  list.append(o);
  setSpace(o, h.visitedSpace);
}

/** visit_add_to_container / move_to_reachable: a tracked object not yet visited. */
function markable(h: Heap, o: PyObject): boolean {
  return o.gen >= 0 && o.gen !== 3 && !o.imm && o.type.isGC && spaceOf(o) !== h.visitedSpace;
}

/** mark_all_reachable: moves everything reachable from `reachable` into the visited space. */
function markAllReachable(h: Heap, reachable: GcList): number {
  const visited = oldList(h, h.visitedSpace);
  let n = 0;
  while (!reachable.isEmpty()) {
    const o = reachable.head.gcNext!;
    unlink(o);
    visited.append(o);
    o.gen = 1 + h.visitedSpace;
    const t = o.type.traverse;
    if (t !== null) {
      t(o, (x) => {
        if (markable(h, x)) {
          moveToVisited(h, x, reachable);
          n++;
        }
      });
    }
  }
  return n;
}

function markRoots(h: Heap, roots: PyObject[]): number {
  const reachable = tempList();
  let n = 0;
  for (const r of roots) {
    if (markable(h, r)) {
      moveToVisited(h, r, reachable);
      n++;
    }
  }
  return n + markAllReachable(h, reachable);
}

/** The interpreter's roots (sys, builtins, modules) and what the running frames hold. */
function globalRoots(): PyObject[] {
  const roots: PyObject[] = [];
  for (const m of rt.modules.values()) {
    const d = (m as { dict?: PyObject }).dict;
    if (d !== undefined) roots.push(d);
  }
  for (const list of [rt.gcCallbacks, rt.gcGarbage]) roots.push(...(list as PyList).items);
  return roots;
}

function stackRoots(start: boolean): PyObject[] {
  const roots: PyObject[] = [];
  for (let f = rt.frame; f !== null; f = f.back) {
    if (f.locals !== null) roots.push(f.locals);
    if (f.func !== null) roots.push(f.func);
    for (const v of f.fast) if (v !== null && v !== undefined) roots.push(v);
    for (let i = 0; i < f.sp; i++) {
      const v = f.stack[i];
      if (v !== null && v !== undefined) roots.push(v);
    }
    const visitedFrame = f as { gcVisited?: boolean };
    if (!start && visitedFrame.gcVisited) break;
    visitedFrame.gcVisited = true;
  }
  return roots;
}

/** Phantom start-up objects are reachable: marking moves them to the visited space. */
function markPhantoms(h: Heap): number {
  const ph = state.phantoms;
  const pending = 1 + (h.visitedSpace ^ 1);
  const n = ph[0]! + ph[pending]!;
  ph[1 + h.visitedSpace]! += n;
  ph[0] = 0;
  ph[pending] = 0;
  return n;
}

function assessWorkToDo(h: Heap): number {
  const scale = Math.max(2, h.thresholds[1]);
  const newObjects = h.counts[0]!;
  const maxHeapFraction = Math.trunc((newObjects * 3) / 2);
  let heapFraction = Math.trunc(Math.trunc(h.heapSize / SCAN_RATE_DIVISOR) / scale);
  if (heapFraction > maxHeapFraction) heapFraction = maxHeapFraction;
  h.counts[0] = 0;
  return newObjects + heapFraction;
}

function completedScavenge(h: Heap): void {
  const ph = state.phantoms;
  if (h.generations[3]!.isEmpty() && ph[3] === 0) {
    // The permanent generation is empty: flip which space counts as visited.
    const notVisited = h.visitedSpace;
    h.visitedSpace ^= 1;
    for (const o of h.generations[0]!.toArray()) setSpace(o, notVisited);
  } else {
    // Move the visited objects to the pending space.
    const visited = h.visitedSpace;
    const notVisited = visited ^ 1;
    for (const o of oldList(h, visited).toArray()) {
      o.gen = 1 + notVisited;
      setSpace(o, notVisited);
    }
    oldList(h, notVisited).merge(oldList(h, visited));
    ph[1 + notVisited]! += ph[1 + visited]!;
    ph[1 + visited] = 0;
  }
  inc.workToDo = 0;
  inc.phase = 'mark';
}

/** gc_collect_increment (automatic runs and gc.collect(1)). */
function collectIncrement(h: Heap, trigger: CollectionEvent['trigger']): [number, number] {
  inc.workToDo += assessWorkToDo(h);
  untrackTuples(h.generations[0]!);
  const st = state.stats[1]!;
  if (inc.phase === 'mark') {
    const marked = markRoots(h, [...globalRoots(), ...stackRoots(true)]) + markPhantoms(h);
    inc.workToDo -= marked;
    inc.phase = 'collect';
    // A marking-only increment is not counted in gc.get_stats().
    return [0, 0];
  }
  const visited = oldList(h, h.visitedSpace);
  const notVisited = oldList(h, h.visitedSpace ^ 1);
  inc.workToDo -= markRoots(h, stackRoots(false));
  const increment = tempList();
  const ph = state.phantoms;
  for (const o of h.generations[0]!.toArray()) setSpace(o, h.visitedSpace);
  increment.merge(h.generations[0]!);
  let incrementSize = increment.size() + ph[0]!;
  let phantomsInIncrement = ph[0]!;
  ph[0] = 0;
  const pendingIdx = 1 + (h.visitedSpace ^ 1);
  while (incrementSize < inc.workToDo) {
    if (notVisited.isEmpty()) {
      if (ph[pendingIdx]! > 0) {
        const take = Math.min(ph[pendingIdx]!, inc.workToDo - incrementSize);
        ph[pendingIdx]! -= take;
        phantomsInIncrement += take;
        incrementSize += take;
        continue;
      }
      break;
    }
    const o = notVisited.head.gcNext!;
    unlink(o);
    increment.append(o);
    setSpace(o, h.visitedSpace);
    incrementSize++;
    // expand_region_transitively_reachable
    for (let x = o; x !== increment.head; x = x.gcNext!) {
      const t = x.type.traverse;
      if (t === null) continue;
      t(x, (y) => {
        if (markable(h, y)) {
          unlink(y);
          increment.append(y);
          setSpace(y, h.visitedSpace);
          incrementSize++;
        }
      });
    }
  }
  const region = collectRegion(h, increment, visited, 1 + h.visitedSpace, 1, trigger, incrementSize, () => {});
  ph[1 + h.visitedSpace]! += phantomsInIncrement;
  const scale = Math.max(2, h.thresholds[1]);
  inc.workToDo += Math.trunc(Math.trunc(h.heapSize / SCAN_RATE_DIVISOR) / scale);
  inc.workToDo -= incrementSize;
  st.collections++;
  st.collected += region.collected;
  if (notVisited.isEmpty() && ph[pendingIdx] === 0) completedScavenge(h);
  return [region.collected, 0];
}

/** gc_collect_young (gc.collect(0)). */
function collectYoung(h: Heap, trigger: CollectionEvent['trigger']): [number, number] {
  const young = h.generations[0]!;
  const visited = oldList(h, h.visitedSpace);
  untrackTuples(young);
  for (const o of young.toArray()) setSpace(o, h.visitedSpace);
  const ph = state.phantoms;
  const examined = young.size() + ph[0]!;
  const region = collectRegion(h, young, visited, 1 + h.visitedSpace, 0, trigger, examined, () => {
    ph[1 + h.visitedSpace]! += ph[0]!;
    ph[0] = 0;
  });
  h.counts[0] = 0;
  h.counts[1 + h.visitedSpace]!++;
  const st = state.stats[0]!;
  st.collections++;
  st.collected += region.collected;
  return [region.collected, 0];
}

/** gc_collect_full (gc.collect() / gc.collect(2)). */
function collectFull(h: Heap, trigger: CollectionEvent['trigger']): [number, number] {
  const young = h.generations[0]!;
  const visited = oldList(h, h.visitedSpace);
  const pending = oldList(h, h.visitedSpace ^ 1);
  const ph = state.phantoms;
  untrackTuples(young);
  pending.merge(young);
  for (const o of pending.toArray()) {
    o.gen = 1 + h.visitedSpace;
    setSpace(o, h.visitedSpace);
  }
  h.counts[0] = 0;
  visited.merge(pending);
  ph[1 + h.visitedSpace]! += ph[0]! + ph[1 + (h.visitedSpace ^ 1)]!;
  ph[0] = 0;
  ph[1 + (h.visitedSpace ^ 1)] = 0;
  const examined = visited.size() + ph[1 + h.visitedSpace]!;
  const region = collectRegion(h, visited, visited, 1 + h.visitedSpace, 2, trigger, examined, () => {});
  h.counts[0] = 0;
  h.counts[1] = 0;
  h.counts[2] = 0;
  completedScavenge(h);
  clearFreeLists(h);
  const st = state.stats[2]!;
  st.collections++;
  st.collected += region.collected;
  return [region.collected, 0];
}

function incrementalCollect(h: Heap, generation: number, trigger: CollectionEvent['trigger']): number {
  invokeCallbacks('start', generation, 0, 0);
  const [collected, uncollectable] =
    generation === 0 ? collectYoung(h, trigger) : generation === 1 ? collectIncrement(h, trigger) : collectFull(h, trigger);
  invokeCallbacks('stop', generation, collected, uncollectable);
  return collected + uncollectable;
}

function collectIncrementalAuto(h: Heap): number {
  h.collecting = true;
  try {
    return incrementalCollect(h, 1, 'threshold');
  } finally {
    h.collecting = false;
  }
}

function collectIncrementalManual(h: Heap, generation: number): number {
  return incrementalCollect(h, generation, 'manual');
}

/** gc.get_count() for the incremental collector: young, visited space, pending space. */
export function incrementalCounts(h: Heap): [number, number, number] {
  return [h.counts[0]!, h.counts[1 + h.visitedSpace]!, h.counts[1 + (h.visitedSpace ^ 1)]!];
}

/** gc.freeze() on 3.14 (_PyGC_Freeze): young and both old spaces join the permanent list. */
export function freezeIncremental(h: Heap): void {
  const perm = h.generations[3]!;
  for (let i = 0; i < 3; i++) {
    for (const o of h.generations[i]!.toArray()) {
      o.gen = 3;
      o.gcFlags |= GC_FROZEN;
      setSpace(o, h.visitedSpace);
    }
    perm.merge(h.generations[i]!);
    state.phantoms[3]! += state.phantoms[i]!;
    state.phantoms[i] = 0;
    h.counts[i] = 0;
  }
}

/** gc.unfreeze() on 3.14: the permanent list joins the visited space. */
export function unfreezeIncremental(h: Heap): void {
  const to = 1 + h.visitedSpace;
  for (const o of h.generations[3]!.toArray()) {
    o.gen = to;
    o.gcFlags &= ~GC_FROZEN;
  }
  h.generations[to]!.merge(h.generations[3]!);
  state.phantoms[to]! += state.phantoms[3]!;
  state.phantoms[3] = 0;
}
