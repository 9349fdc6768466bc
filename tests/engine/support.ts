/**
 * Shared helpers of the engine tests (not a test file itself): the conformance programs of
 * tests/programs, their recorded CPython outputs, the skip list, and one checker that runs
 * a program once and lists every way it differs from what CPython printed.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type PythonVersion, type RunOptions, type RunResult } from '../../src/engine/index.ts';
import { runProbed } from './heap-probe.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PROGRAMS_DIR = join(ROOT, 'tests/programs');
export const SKIP_FILE = join(PROGRAMS_DIR, 'skip.txt');

export interface Expected {
  stdout: string;
  error: string | null;
  platform?: string;
}

export interface Program {
  /** "<topic>/<name>" */
  id: string;
  topic: string;
  source: string;
  expected: Partial<Record<PythonVersion, Expected>>;
}

/** Every `X.py` under tests/programs that has an `X.expected.json`, sorted by id. */
export function loadPrograms(dir = PROGRAMS_DIR): Program[] {
  const out: Program[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.py') && existsSync(p.replace(/\.py$/, '.expected.json'))) {
        const id = relative(dir, p).replace(/\.py$/, '');
        out.push({
          id,
          topic: id.split('/')[0]!,
          source: readFileSync(p, 'utf8'),
          expected: JSON.parse(readFileSync(p.replace(/\.py$/, '.expected.json'), 'utf8')) as Program['expected'],
        });
      }
    }
  };
  walk(dir);
  return out;
}

export function versionsOf(p: Program): PythonVersion[] {
  return (Object.keys(p.expected) as PythonVersion[]).sort();
}

/**
 * tests/programs/skip.txt: `<program id> <version|*>  # reason` per line, `#` comments.
 * Returns reason by "id version" key ("*" entries expanded by `skipReason`).
 */
export function readSkips(file = SKIP_FILE): Map<string, string> {
  const skips = new Map<string, string>();
  if (!existsSync(file)) return skips;
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(\S+)\s+(\S+)\s*(?:#\s*(.*))?$/.exec(line);
    if (m === null) throw new Error(`skip.txt: cannot read line: ${raw}`);
    skips.set(`${m[1]} ${m[2]}`, m[3]?.trim() || '(no reason given)');
  }
  return skips;
}

export function skipReason(skips: Map<string, string>, id: string, version: string): string | undefined {
  return skips.get(`${id} ${version}`) ?? skips.get(`${id} *`);
}

export interface Outcome {
  result: RunResult;
  /** Human-readable differences from CPython (empty = the case passes). */
  problems: string[];
}

/** Runs one program once on one version and compares stdout, error and the (sampled) audit. */
export function checkProgram(p: Program, version: PythonVersion, options: RunOptions = {}): Outcome {
  const want = p.expected[version];
  if (want === undefined) throw new Error(`${p.id} has no recorded output for ${version}`);
  const result = runProbed(p.source, { python: version, ...options }).result;
  const problems: string[] = [];
  if (result.stdout !== want.stdout) problems.push(`stdout differs:\n${firstDifference(want.stdout, result.stdout)}`);
  const gotError = result.error?.summary ?? null;
  if (gotError !== want.error) problems.push(`error: want ${JSON.stringify(want.error)}, got ${JSON.stringify(gotError)}`);
  if (result.audit !== null && result.audit.problems.length > 0) {
    problems.push(`audit: ${result.audit.problems.slice(0, 5).map((a) => `${a.kind} ${a.type} #${a.serial} (${a.what}) refcount ${a.refcount}, held ${a.expected}`).join('; ')}`);
  }
  return { result, problems };
}

// ---------------------------------------------------------------- the collector under stress

/** Topics whose programs exercise the collector (gc.test.ts runs them with gcStress). */
export const GC_TOPICS = ['cycles', 'finalizers', 'weakref', 'generations', 'manual-gc', 'gc-api', 'tracking', 'dealloc-order', 'gc-scenarios'];
/** One version per collector regime: collections at allocation (3.10), scheduled (3.13), incremental (3.14). */
export const STRESS_VERSIONS: PythonVersion[] = ['3.10', '3.13', '3.14'];

/**
 * Programs whose output depends on when collections run, so that a collection at every
 * allocation legitimately changes it (their stdout is not compared under stress; the audit
 * and the leftover check still apply). Decided by reading each program.
 */
export const TIMING_DEPENDENT: Record<string, string> = {
  'cycles/atomic_tuple_in_cycle_counted': 'prints gc.collect() results: earlier collections already freed the cycles',
  'cycles/function_local_cycle': 'prints gc.collect() result: an automatic collection frees the cycle first',
  'finalizers/del_during_collect_triggers_refcount': 'finalizer order follows the collector list order, which depends on when collections ran',
  'finalizers/del_sees_attributes_in_cycle': 'finalizer order follows the collector list order, which depends on when collections ran',
  'finalizers/resurrect_one_of_pair': 'finalizer order follows the collector list order, which depends on when collections ran',
  'gc-api/freeze_resets_counts': 'prints generation counts',
  'gc-api/get_objects_count_own': 'prints which generation objects are in',
  'gc-api/get_objects_generations': 'prints which generation objects are in',
  'gc-api/get_stats_deltas': 'prints gc.get_stats() collection counters',
  'generations/count_after_collect': 'prints generation counts',
  'generations/create_drop_balanced': 'prints generation-0 count deltas',
  'generations/free_list_dicts': 'prints generation-0 count deltas',
  'generations/free_list_reuse': 'prints generation-0 count deltas',
  'generations/genexp_and_iter_objects': 'prints generation-0 count deltas',
  'generations/get_count_during_callback': 'prints generation counts seen by callbacks',
  'generations/get_count_tuple_artifact': 'prints generation-0 count deltas',
  'generations/instance_free_is_minus_one': 'prints generation-0 count deltas',
  'generations/kept_bound_methods_iterators': 'prints generation-0 count deltas',
  'generations/kept_dicts_and_sets': 'prints generation-0 count deltas',
  'generations/kept_functions_closures': 'prints generation-0 count deltas',
  'generations/kept_instances': 'prints generation-0 count deltas',
  'generations/kept_lists_count': 'prints generation-0 count deltas',
  'generations/kept_tuples': 'prints generation-0 count deltas',
  'generations/mixed_alloc_dealloc_sequence': 'prints generation-0 count deltas',
  'generations/survivor_promotion': 'prints generation counts after survivors are promoted',
  'manual-gc/collect_many_at_once': 'prints gc.collect() results: earlier collections already freed the cycles',
  'manual-gc/collect_generation_arg_forms': 'prints gc.collect() results: earlier collections already freed the cycles',
  'tracking/constant_tuple_tracking': 'collections untrack tuples of atoms: is_tracked depends on whether one ran',
  'tracking/dict_lazy_tracking': 'collections untrack tuples of atoms: is_tracked depends on whether one ran',
  'tracking/nested_tuple_untracking': 'collections untrack tuples of atoms: is_tracked depends on whether one ran',
  'gc-scenarios/auto_collections_lists': 'counts automatic collections',
  'gc-scenarios/auto_collections_cycles': 'counts automatic collections',
  'gc-scenarios/auto_collections_dicts_tuples': 'counts automatic collections',
  'gc-scenarios/counts_with_free_lists': 'prints generation-0 count deltas',
  'gc-scenarios/full_collection_rule': 'counts automatic collections',
  'gc-scenarios/freeze_unfreeze_cycle': 'prints gc.collect() results: earlier collections already freed the young cycle',
  'gc-scenarios/garbage_stays_empty': 'prints gc.collect() results: earlier collections already freed the cycles',
  'gc-scenarios/weakref_callbacks_cycles': 'prints gc.collect() results: earlier collections already freed the cycle',
  'gc-scenarios/debug_saveall': 'prints gc.collect() results',
  'gc-scenarios/tracking_per_type': 'collections untrack tuples and dicts of atoms: is_tracked depends on whether one ran',
};


/**
 * Runs a program with a collection at every GC allocation and compares it with its normal
 * run: same output and error (unless TIMING_DEPENDENT), no audit problem, and nothing
 * unreachable left after its last full gc.collect().
 */
export function checkStress(p: Program, version: PythonVersion): Outcome {
  const normal = run(p.source, { python: version });
  const probed = runProbed(p.source, { python: version, gcStress: true }, { collections: true });
  const result = probed.result;
  const problems: string[] = [];
  if (!(p.id in TIMING_DEPENDENT)) {
    if (result.stdout !== normal.stdout) problems.push(`stdout changed under stress:\n${firstDifference(normal.stdout, result.stdout)}`);
    const a = normal.error?.summary ?? null;
    const b = result.error?.summary ?? null;
    if (a !== b) problems.push(`error changed under stress: ${JSON.stringify(a)} became ${JSON.stringify(b)}`);
  }
  if (result.error?.kind === 'internal') problems.push(`internal error: ${result.error.message}`);
  if (result.audit!.problems.length > 0) {
    problems.push(`audit: ${result.audit!.problems.slice(0, 5).map((a) => `${a.kind} ${a.type} #${a.serial} (${a.what}) refcount ${a.refcount}, held ${a.expected}`).join('; ')}`);
  }
  if (probed.leftovers.length > 0) {
    problems.push(`unreachable after the last full gc.collect(): ${probed.leftovers.slice(0, 8).map((l) => `${l.type} #${l.serial} (generation ${l.generation})`).join(', ')}`);
  }
  return { result, problems };
}


/** The first differing line of two outputs, with its line number, for readable failures. */
export function firstDifference(want: string, got: string): string {
  const a = want.split('\n');
  const b = got.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `  line ${i + 1}: want ${JSON.stringify(a[i] ?? '<end>')}\n  line ${i + 1}: got  ${JSON.stringify(b[i] ?? '<end>')}`;
  }
  return '  (identical)';
}

/** A small deterministic PRNG (mulberry32) for the fuzz test. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
