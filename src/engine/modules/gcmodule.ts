/**
 * The gc module (Modules/gcmodule.c), backed by the simulated collector.
 */

import { rt } from '../runtime.ts';
import { decref, makeImmortal, newref } from '../heap/heap.ts';
import { PyObject, type NativeCall } from '../objects/object.ts';
import { PyInt, newBool, newInt } from '../objects/int.ts';
import { newTuple } from '../objects/tuple.ts';
import { newList } from '../objects/list.ts';
import { newDict, dictSetStr } from '../objects/dict.ts';
import { checkArgs, functionSignatures, noArgs, oneArg, parseArgs } from '../objects/argspec.ts';
import { typeError, valueError } from '../objects/errors.ts';
import { indexValue } from '../abstract.ts';
import { DEBUG_COLLECTABLE, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE, collectManually, collectorState, freeze, freezeCount, incrementalCounts, unfreeze } from '../heap/gc.ts';
import { encodeAddress } from '../heap/allocator.ts';

/** gc.DEBUG_* constants (DEBUG_LEAK = COLLECTABLE | UNCOLLECTABLE | SAVEALL). */
export const GC_DEBUG_CONSTANTS: Record<string, number> = {
  DEBUG_STATS,
  DEBUG_COLLECTABLE,
  DEBUG_UNCOLLECTABLE,
  DEBUG_SAVEALL,
  DEBUG_LEAK: DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL,
};

/**
 * Stand-ins for `n` of CPython's start-up objects in generation `generation`: static,
 * immortal and hidden from traces; the same objects on every call. Their type says what
 * they are: `<startup_object>`.
 */
const STARTUP_OBJECTS_BASE = 0x7f3a58000000;

/**
 * The object lists gc.get_objects(generation) reads. The incremental collector (3.14.0–3.14.2)
 * has a young generation and two old spaces, which PyHeap keeps as generations 1 and 2:
 * there get_objects(1) is always empty and get_objects(2) lists both old spaces
 * (_PyGC_GetObjects in Python/gc.c: "1: No objects, 2: All old objects").
 */
function listedGenerations(generation: number): number[] {
  if (rt.profile.collector !== 'incremental' || generation === 0) return [generation];
  return generation === 1 ? [] : [1, 2];
}

function startupStandIns(n: number, generation: number): PyObject[] {
  const pool = rt.startupObjects;
  const offset = generation === 0 ? 0 : generation === 1 ? collectorState().phantoms[0]! : collectorState().phantoms[0]! + collectorState().phantoms[1]!;
  while (pool.length < offset + n) {
    const o = new PyObject(rt.types.startupObject);
    // Below the program's arenas: CPython allocated these before the program started.
    rt.heap.allocateStatic(o, encodeAddress(STARTUP_OBJECTS_BASE + 64 * pool.length));
    makeImmortal(o);
    pool.push(o);
  }
  return pool.slice(offset, offset + n);
}

/** Objects the program can see in the collector's lists (never the interpreter's own). */
function trackedObjects(generation: number | null): PyObject[] {
  const h = rt.heap;
  const gens = generation === null ? [0, 1, 2] : [generation];
  const out: PyObject[] = [];
  for (const g of gens) for (const o of h.generations[g]!.toArray()) if (!o.type.internal && !isHidden(o)) out.push(o);
  return out;
}

function isHidden(o: PyObject): boolean {
  return (o as { hiddenFromGc?: boolean }).hiddenFromGc === true;
}

/** The gc module's signatures (Modules/gcmodule.c, Python/gc*.c, Modules/clinic/gcmodule.c.h). */
const SIG = functionSignatures('gc', {
  collect: '(generation=2)',
  get_count: '()',
  get_threshold: '()',
  set_threshold: 'groups(threshold0, threshold1=None, threshold2=None, /)',
  enable: '()',
  disable: '()',
  isenabled: '()',
  is_tracked: '(obj, /)',
  is_finalized: '(obj, /)',
  get_stats: '()',
  freeze: '()',
  unfreeze: '()',
  get_freeze_count: '()',
  set_debug: '(flags, /)',
  get_debug: '()',
  get_objects: '(generation=None)',
  get_referrers: '(*objs)',
  get_referents: '(*objs)',
});

export function gcFunctions(): Record<string, NativeCall> {
  const h = () => rt.heap;
  return {
    collect: (args, kwnames) => {
      const [g] = parseArgs(SIG.collect, args, kwnames);
      const gen = g === undefined ? 2 : Number(indexValue(g));
      if (gen < 0 || gen > 2) valueError('invalid generation');
      return newInt(collectManually(gen));
    },
    get_count: (args, kwnames) => {
      noArgs(SIG.get_count, args, kwnames, null);
      const c = h().countOnTrack ? incrementalCounts(h()) : h().counts;
      return newTuple([newInt(c[0]!), newInt(c[1]!), newInt(c[2]!)]);
    },
    get_threshold: (args, kwnames) => {
      noArgs(SIG.get_threshold, args, kwnames, null);
      const t = h().thresholds;
      // 3.14's incremental collector has no third threshold: it always reads 0.
      return newTuple([newInt(t[0]), newInt(t[1]), newInt(h().countOnTrack ? 0 : t[2])]);
    },
    set_threshold: (args, kwnames) => {
      checkArgs(SIG.set_threshold, args, kwnames, null);
      const t = h().thresholds;
      for (let i = 0; i < args.length; i++) {
        if (!(args[i] instanceof PyInt)) typeError(`'${args[i]!.type.name}' object cannot be interpreted as an integer`);
        t[i] = Number((args[i] as PyInt).v);
      }
      return newref(rt.none);
    },
    enable: (args, kwnames) => {
      noArgs(SIG.enable, args, kwnames, null);
      h().enabled = true;
      return newref(rt.none);
    },
    disable: (args, kwnames) => {
      noArgs(SIG.disable, args, kwnames, null);
      h().enabled = false;
      return newref(rt.none);
    },
    isenabled: (args, kwnames) => {
      noArgs(SIG.isenabled, args, kwnames, null);
      return newBool(h().enabled);
    },
    is_tracked: (args, kwnames) => newBool(oneArg(SIG.is_tracked, args, kwnames, null).gen >= 0),
    is_finalized: (args, kwnames) => newBool((oneArg(SIG.is_finalized, args, kwnames, null).gcFlags & 1) !== 0),
    get_stats: (args, kwnames) => {
      noArgs(SIG.get_stats, args, kwnames, null);
      const st = collectorState().stats;
      return newList(st.map((s) => {
        const d = newDict();
        const a = newInt(s.collections);
        const b = newInt(s.collected);
        const c = newInt(s.uncollectable);
        dictSetStr(d, 'collections', a);
        dictSetStr(d, 'collected', b);
        dictSetStr(d, 'uncollectable', c);
        decref(a);
        decref(b);
        decref(c);
        return d;
      }));
    },
    freeze: (args, kwnames) => {
      noArgs(SIG.freeze, args, kwnames, null);
      freeze(h());
      return newref(rt.none);
    },
    unfreeze: (args, kwnames) => {
      noArgs(SIG.unfreeze, args, kwnames, null);
      unfreeze(h());
      return newref(rt.none);
    },
    get_freeze_count: (args, kwnames) => {
      noArgs(SIG.get_freeze_count, args, kwnames, null);
      return newInt(freezeCount(h()));
    },
    set_debug: (args, kwnames) => {
      collectorState().debug = Number(indexValue(oneArg(SIG.set_debug, args, kwnames, null)));
      return newref(rt.none);
    },
    get_debug: (args, kwnames) => {
      noArgs(SIG.get_debug, args, kwnames, null);
      return newInt(collectorState().debug);
    },
    get_objects: (args, kwnames) => {
      const [g] = parseArgs(SIG.get_objects, args, kwnames);
      let gen: number | null = null;
      if (g !== undefined && g !== rt.none) {
        gen = Number(indexValue(g));
        if (gen >= 3) valueError('generation parameter must be less than the number of available generations (3)');
        if (gen < -1) valueError('generation parameter cannot be negative');
        if (gen === -1) gen = null; // -1 means every generation, as in gc_get_objects_impl
      }
      // CPython lists its own objects too; PyHeap models them as counts per generation
      // (profiles/startup.ts), so opaque stand-ins take their places, oldest first.
      const ph = collectorState().phantoms;
      const out: PyObject[] = [];
      for (const g2 of gen === null ? [0, 1, 2] : listedGenerations(gen)) {
        for (const o of startupStandIns(ph[g2]!, g2)) out.push(o);
        for (const o of trackedObjects(g2)) out.push(newref(o));
      }
      return newList(out);
    },
    get_referrers: (args, kwnames) => {
      checkArgs(SIG.get_referrers, args, kwnames, null);
      const targets = new Set(args);
      const out: PyObject[] = [];
      for (const o of trackedObjects(null)) {
        const t = o.type.traverse;
        // The call's own argument tuple refers to the targets but is not reported.
        if (t === null || o === rt.packedArgs) continue;
        let found = false;
        t(o, (x) => {
          if (targets.has(x)) found = true;
        });
        if (found) out.push(newref(o));
      }
      return newList(out);
    },
    get_referents: (args, kwnames) => {
      checkArgs(SIG.get_referents, args, kwnames, null);
      const out: PyObject[] = [];
      for (const o of args) {
        if (!o.type.isGC) continue;
        const t = o.type.traverse;
        if (t === null) continue;
        t(o, (x, kind) => {
          if (kind !== 'internal' || !x.type.internal) out.push(newref(x));
        });
      }
      return newList(out);
    },
  };
}
