/**
 * What CPython's collector looks like when a program's first line runs (`python -S
 * file.py`), measured with gc.get_count(), len(gc.get_objects(i)) and gc.get_stats() on
 * the builds named in profiles.ts. The objects are CPython's own (modules, functions,
 * types); PyHeap models them as counts so scheduling decisions that depend on the size of
 * the old generation come out as in CPython. 3.14 comes from Pyodide 3.14.2.
 */

import type { PythonVersion } from './profiles.ts';

/**
 * What `import weakref` does to the collector (3.10–3.13 under -S, where weakref.py is not
 * loaded at start-up): `allocations` is how far generation 0's count rises with the
 * collector disabled (gc.get_count() before and after), `longLived` how many of the objects
 * it makes are still tracked after a full collection (len(gc.get_objects(2)) with and
 * without the import), `garbage` how many the collections it triggers find unreachable
 * (gc.get_stats()). With the collector enabled the count after the import ends lower than
 * the allocations alone make it: objects made before the import's last collection and freed
 * after it count down again, and from 3.12 a collection waits for the eval breaker while
 * the import goes on allocating. `lateFrees` is that difference, measured as gc.get_count()
 * after `import gc, weakref` less the count the allocations alone give, both taken relative
 * to the same script without the import (whose own count PyHeap does not match exactly:
 * CPython's count at a program's start also includes what compiling the script left, which
 * PyHeap does not model). Pyodide's 3.14 has weakref loaded already.
 */
export interface ImportCost {
  allocations: number;
  longLived: number;
  garbage: number;
  lateFrees: number;
}

export const WEAKREF_IMPORT: Partial<Record<PythonVersion, ImportCost>> = {
  '3.10': { allocations: 1537, longLived: 889, garbage: 7, lateFrees: 1 },
  '3.11': { allocations: 1288, longLived: 884, garbage: 7, lateFrees: 0 },
  '3.12': { allocations: 1337, longLived: 955, garbage: 7, lateFrees: 53 },
  '3.13': { allocations: 1572, longLived: 957, garbage: 7, lateFrees: 37 },
};

export interface StartupState {
  counts: [number, number, number];
  /** Objects in generations 0, 1, 2 at start-up. */
  phantoms: [number, number, number];
  /** Objects already in the permanent generation (gc.get_freeze_count() at start-up). */
  frozen?: number;
  /**
   * Tuples waiting in the tuple free lists, by size (index 0 = 1-tuples). Reusing one does
   * not count as an allocation, so these decide the first gc.get_count() steps of small
   * tuples. Measured as the difference between two runs of 300 `tuple(s)` per size in a
   * small script (start-up plus compiling that script leave them there).
   */
  tupleFreeList?: number[];
  stats: { collections: number; collected: number; uncollectable: number }[];
}

/**
 * 3.10/3.11, before immortal objects: the reference counts CPython's start-up leaves on its
 * singletons, small ints (-5..256), one-character strings and built-in types, which
 * sys.getrefcount shows (a program's own references come on top), and what importing gc
 * and weakref adds (keyed by the set imported, as the two do not simply add up). Measured
 * with sys.getrefcount under `python -S`, less the references the measuring program itself
 * holds as PyHeap counts them (scripts/measure-startup-refcounts.py checks them). Keys of
 * `imports`: 'none', 'int:0', 'char:46', 'type:object'. None's count also depends on the path
 * of the script CPython runs (by tens), so it is right only to within that.
 */
export interface StartupRefcounts {
  none: number;
  true: number;
  false: number;
  emptyTuple: number;
  emptyStr: number;
  smallInt: number[];
  char: number[];
  types: Record<string, number>;
  imports: Record<string, Record<string, number>>;
}

/** Expands [value, count] runs. */
function runs(pairs: [number, number][]): number[] {
  const out: number[] = [];
  for (const [value, count] of pairs) for (let i = 0; i < count; i++) out.push(value);
  return out;
}

export const STARTUP_REFCOUNTS: Partial<Record<PythonVersion, StartupRefcounts>> = {
  '3.10': {
    none: 4071, true: 50, false: 65, emptyTuple: 669, emptyStr: 44,
    smallInt: runs([[1, 1], [2, 3], [16, 1], [169, 1], [56, 1], [50, 1], [22, 1], [28, 1], [20, 1], [8, 2], [14, 1], [8, 2], [12, 1], [7, 1], [5, 2], [6, 1], [12, 1], [8, 1], [4, 1], [5, 2], [4, 2], [3, 1], [4, 1], [3, 1], [5, 1], [3, 1], [5, 1], [4, 1], [7, 1], [4, 2], [2, 1], [4, 1], [2, 7], [3, 1], [2, 3], [3, 1], [2, 6], [3, 1], [2, 6], [3, 1], [2, 2], [4, 1], [8, 1], [4, 1], [3, 6], [4, 1], [3, 6], [2, 24], [3, 2], [2, 3], [3, 1], [2, 1], [3, 2], [2, 2], [3, 2], [2, 12], [6, 1], [2, 3], [1, 124], [4, 1]]),
    char: runs([[1, 10], [5, 1], [1, 2], [2, 1], [1, 21], [2, 1], [1, 5], [2, 1], [3, 1], [1, 3], [19, 1], [6, 1], [1, 10], [2, 1], [1, 4], [3, 1], [1, 31], [4, 1], [1, 2], [2, 1], [3, 1], [2, 1], [1, 1], [2, 1], [1, 2], [16, 1], [1, 1], [2, 1], [1, 1], [3, 1], [1, 1], [2, 2], [1, 1], [40, 1], [1, 1], [10, 1], [1, 1], [2, 1], [3, 2], [1, 135]]),
    types: { object: 439, type: 39, int: 67, bool: 12, float: 51, str: 75, list: 39, tuple: 71, dict: 39, set: 49, frozenset: 36, range: 26, slice: 18, BaseException: 93, Exception: 90, ValueError: 13, TypeError: 6, KeyError: 6, IndexError: 6, AttributeError: 8, NameError: 9, StopIteration: 6, RuntimeError: 14, ZeroDivisionError: 6 },
    imports: {
      'gc': { 'none': -6, 'false': 2, 'emptyStr': 1 },
      'weakref': { 'none': 184, 'true': 44, 'false': 20, 'emptyTuple': 563, 'emptyStr': 5, 'int:-1': 5, 'int:0': 16, 'int:1': 10, 'int:2': 5, 'int:11': 1, 'int:16': 1, 'int:25': 1, 'int:32': 1, 'int:256': 2, 'char:46': 1, 'char:66': 1, 'char:67': 2, 'char:76': 1, 'char:93': 1, 'char:95': 1, 'char:97': 2, 'char:98': 1, 'char:99': 1, 'char:100': 5, 'char:101': 3, 'char:102': 4, 'char:104': 1, 'char:105': 6, 'char:107': 4, 'char:110': 2, 'char:111': 11, 'char:115': 3, 'char:116': 1, 'char:118': 9, 'char:119': 2, 'char:120': 3, 'type:object': 104 },
      'gc weakref': { 'none': 179, 'true': 44, 'false': 22, 'emptyTuple': 563, 'emptyStr': 6, 'int:-1': 5, 'int:0': 16, 'int:1': 10, 'int:2': 5, 'int:11': 1, 'int:16': 1, 'int:25': 1, 'int:32': 1, 'int:256': 2, 'char:46': 1, 'char:66': 1, 'char:67': 2, 'char:76': 1, 'char:93': 1, 'char:95': 1, 'char:97': 2, 'char:98': 1, 'char:99': 1, 'char:100': 5, 'char:101': 3, 'char:102': 4, 'char:104': 1, 'char:105': 6, 'char:107': 4, 'char:110': 2, 'char:111': 11, 'char:115': 3, 'char:116': 1, 'char:118': 9, 'char:119': 2, 'char:120': 3, 'type:object': 104 },
    },
  },
  '3.11': {
    none: 3784, true: 18, false: 49, emptyTuple: 1000000005, emptyStr: 1000000029,
    smallInt: runs([[999999999, 4], [1000000001, 1], [1000000120, 1], [1000000037, 1], [1000000032, 1], [1000000016, 1], [1000000021, 1], [1000000016, 1], [1000000005, 1], [1000000006, 2], [1000000005, 2], [1000000009, 1], [1000000002, 1], [1000000003, 1], [1000000002, 1], [1000000003, 1], [1000000004, 3], [1000000003, 1], [1000000002, 3], [1000000001, 3], [1000000002, 1], [1000000001, 2], [1000000002, 1], [1000000003, 1], [1000000001, 2], [1000000000, 1], [1000000001, 1], [1000000000, 18], [1000000001, 1], [1000000000, 6], [1000000001, 1], [1000000000, 2], [1000000001, 1], [1000000006, 1], [1000000002, 1], [1000000001, 13], [1000000000, 24], [1000000001, 2], [1000000000, 3], [1000000001, 1], [1000000000, 1], [1000000001, 2], [1000000000, 2], [1000000001, 2], [1000000000, 12], [1000000003, 1], [1000000000, 3], [999999999, 117], [1000000000, 1], [999999999, 6], [1000000002, 1]]),
    char: runs([[999999999, 10], [1000000002, 1], [999999999, 30], [1000000000, 2], [999999999, 3], [1000000001, 1], [999999999, 58], [999999998, 1], [999999999, 13], [1000000001, 1], [999999999, 136]]),
    types: { object: 448, type: 39, int: 67, bool: 12, float: 50, str: 75, list: 39, tuple: 74, dict: 39, set: 49, frozenset: 36, range: 26, slice: 18, BaseException: 96, Exception: 91, ValueError: 12, TypeError: 5, KeyError: 5, IndexError: 5, AttributeError: 7, NameError: 8, StopIteration: 5, RuntimeError: 13, ZeroDivisionError: 5 },
    imports: {
      'gc': { 'none': -6, 'false': 2, 'emptyStr': 1 },
      'weakref': { 'none': 143, 'true': 34, 'false': 17, 'emptyTuple': 63, 'emptyStr': 5, 'int:0': 9, 'int:1': 4, 'int:32': 1, 'int:256': 2, 'type:object': 104 },
      'gc weakref': { 'none': 131, 'true': 34, 'false': 19, 'emptyTuple': 63, 'emptyStr': 6, 'int:0': 9, 'int:1': 4, 'int:32': 1, 'int:256': 2, 'type:object': 104 },
    },
  },
};

const stats = (c0: number, collected0: number, c1 = 0, collected1 = 0): StartupState['stats'] => [
  { collections: c0, collected: collected0, uncollectable: 0 },
  { collections: c1, collected: collected1, uncollectable: 0 },
  { collections: 0, collected: 0, uncollectable: 0 },
];

export const STARTUP_STATE: Record<PythonVersion, StartupState> = {
  '3.10': {
    counts: [541, 7, 0], phantoms: [539, 3493, 0], stats: stats(7, 0),
    tupleFreeList: [3, 15, 2, 3, 2, 4, 1, 1, 1, 2, 1, 1, 0, 0, 1, 2, 3, 1, 3],
  },
  '3.11': {
    counts: [464, 6, 0], phantoms: [450, 3584, 0], stats: stats(6, 24),
    tupleFreeList: [2, 17, 2, 1, 1, 3, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0],
  },
  // 3.12.1 starts with 375 objects frozen (gc.get_freeze_count(), with or without -S).
  '3.12': {
    counts: [517, 3, 0], phantoms: [512, 3742, 0], frozen: 375, stats: stats(3, 24),
    tupleFreeList: [3, 6, 2, 2, 1, 3, 0, 0, 0, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0],
  },
  '3.13': {
    counts: [526, 2, 0], phantoms: [538, 3828, 0], stats: stats(2, 24),
    tupleFreeList: [6, 6, 2, 5, 1, 3, 2, 5, 1, 0, 3, 4, 3, 1, 2, 1, 1, 2, 2],
  },
  '3.14': { counts: [685, 0, 0], phantoms: [1048, 0, 19556], stats: stats(0, 0, 4, 230) },
};
