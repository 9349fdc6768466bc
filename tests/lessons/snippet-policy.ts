/**
 * Which CPython versions each lesson snippet is checked on, and the known differences
 * between PyHeap and CPython that were reported to the engine's owner.
 *
 * Every snippet is recorded on all five versions (tests/engine/programs.test.ts expects
 * that of every conformance program). The 3.14 column comes from Pyodide (CPython 3.14.2
 * built for 32-bit WebAssembly), so for the snippets in `without314` (sys.getsizeof
 * figures, garbage left by Pyodide's own start-up) it does not describe the 64-bit CPython
 * PyHeap models: those are platform differences, not engine bugs. They are not compared
 * on 3.14, lessons never quote them on 3.14, and tests/programs/skip.txt lists them with
 * a "3.14 wasm32" reason.
 */
import type { PythonVersion } from '../../src/engine/index.ts';

export const allVersions: readonly PythonVersion[] = ['3.10', '3.11', '3.12', '3.13', '3.14'];

/** Snippets whose 3.14 recording does not apply to PyHeap's 64-bit model, with the reason. */
export const without314: Readonly<Record<string, string>> = {
  '01-memory-and-the-private-heap-2': 'prints sys.getsizeof figures (32-bit on the 3.14 build)',
  '02-stack-frames-and-heap-objects-4': 'prints sys.getsizeof figures (32-bit on the 3.14 build)',
  '06-collecting-by-hand-1': 'its first gc.collect() also collects garbage left by Pyodide’s start-up',
  '08-beyond-the-article-3': 'its first gc.collect() also collects garbage left by Pyodide’s start-up',
  '08-beyond-the-article-6': 'prints sys.getsizeof figures (32-bit on the 3.14 build)',
  '08-beyond-the-article-7': 'prints sys.getsizeof figures (32-bit on the 3.14 build)',
  '08-beyond-the-article-8': 'prints sys.getsizeof figures (32-bit on the 3.14 build)',
};

/**
 * Snippet versions where the engine's output differs from CPython's, reported to the lead
 * with a minimal program. Lessons never quote these versions; the tests expect the
 * difference to persist, so fixing the engine makes a test fail until the entry (and any
 * lesson text that mentions the difference) is updated.
 */
export const knownEngineDiscrepancies: Readonly<Record<string, { versions: readonly PythonVersion[]; note: string }>> = {};

/** The versions on which a snippet's recorded CPython output applies to PyHeap. */
export function snippetPolicy(programId: string): { versions: readonly PythonVersion[]; reason: string | null } {
  const reason = without314[programId];
  return reason === undefined ? { versions: allVersions, reason: null } : { versions: allVersions.filter((v) => v !== '3.14'), reason };
}
