/**
 * What CPython's collector looks like when a program's first line runs (`python -S
 * file.py`), measured with gc.get_count(), len(gc.get_objects(i)) and gc.get_stats() on
 * the builds named in profiles.ts. The objects are CPython's own (modules, functions,
 * types); PyHeap models them as counts so scheduling decisions that depend on the size of
 * the old generation come out as in CPython. 3.14 comes from Pyodide 3.14.2.
 */

import type { PythonVersion } from './profiles.ts';

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
