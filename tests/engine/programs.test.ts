/**
 * The conformance programs of tests/programs: every program, on every version CPython's
 * output was recorded for, prints exactly what CPython printed, ends with the same error
 * (or none), and keeps the heap consistent (the audit checks, after every line of small
 * programs and sampled lines of big ones, heap-probe.ts, that each object's refcount
 * equals the references actually held to it).
 *
 * Known failures are listed in tests/programs/skip.txt with their reason. A listed case is
 * expected to fail: when it starts passing, its test fails until the entry is removed
 * (`node tests/engine/update-skips.ts` rewrites the list from the current results).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPrograms, readSkips, skipReason, versionsOf } from './support.ts';
import { problemsOf, runChecks, type CheckJob } from './checks.ts';

// gc-scenarios are run by gc.test.ts (on every version, and under stress).
const programs = loadPrograms().filter((p) => p.topic !== 'gc-scenarios');
const skips = readSkips();

const jobs: CheckJob[] = programs.flatMap((p) => versionsOf(p).map((version) => ({ kind: 'program' as const, id: p.id, version })));
/** Every program runs once per version, on worker threads, in beforeAll; the tests read the results. */
let results = new Map<string, string[]>();

describe('conformance programs', () => {
  beforeAll(async () => {
    results = await runChecks(jobs);
  }, 600_000);

  it('ran every program on every recorded version', () => {
    expect(results.size).toBe(jobs.length);
  });

  it('are found, each with recorded outputs for 3.10 to 3.13 (3.14 where Pyodide could run it)', () => {
    expect(programs.length).toBeGreaterThan(300);
    for (const p of programs) expect(versionsOf(p).slice(0, 4), p.id).toEqual(['3.10', '3.11', '3.12', '3.13']);
  });

  it('are listed in skip.txt only under ids and versions that exist', () => {
    const all = loadPrograms();
    const known = new Set(all.flatMap((p) => [`${p.id} *`, ...versionsOf(p).map((v) => `${p.id} ${v}`)]));
    // entries with a "<test>:" prefix belong to other tests (hostile:, stress:, trace-closed:)
    expect([...skips.keys()].filter((k) => !/^[\w-]+:/.test(k) && !known.has(k))).toEqual([]);
  });

  for (const p of programs) {
    for (const v of versionsOf(p)) {
      const reason = skipReason(skips, p.id, v);
      const job: CheckJob = { kind: 'program', id: p.id, version: v };
      if (reason === undefined) {
        it(`${p.id} on ${v}`, () => {
          expect(problemsOf(results, job)).toBe('');
        });
      } else {
        // Passes only while the case still fails; an unexpected pass means: update skip.txt.
        it.fails(`${p.id} on ${v} (skipped: ${reason})`, () => {
          expect(problemsOf(results, job)).toBe('');
        });
      }
    }
  }
});
