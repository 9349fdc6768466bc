/**
 * Seeded fuzzing of the engine: thousands of mutants of the conformance programs (lines
 * dropped, duplicated, swapped; tokens swapped, dropped, duplicated; operators injected;
 * numbers replaced; truncations; indentation changes), each run on a random version with
 * small budgets (fuzz-worker.ts: 20,000 steps, 1 s, 16 MiB objects).
 *
 * Every run must end with the program's output or a Python-style error (a type name and a
 * message; 'limit' errors naming their budget): never a JavaScript exception, never an
 * 'internal' error, never a run that does not return. Mutants run in two worker threads;
 * a worker silent for WATCHDOG_MS on one mutant is reported as a hang with that mutant.
 * Failures print the mutant and a minimized version of it.
 *
 * PYHEAP_FUZZ_SEED / PYHEAP_FUZZ_COUNT override the seed and the number of mutants.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { loadPrograms } from './support.ts';
import { mutant } from './fuzz-worker.ts';

const SEED = Number(process.env.PYHEAP_FUZZ_SEED ?? 20240601);
const COUNT = Number(process.env.PYHEAP_FUZZ_COUNT ?? 3000);
const SHARDS = 2;
/** Not a speed limit: a mutant that keeps a worker silent this long is hanging. */
const WATCHDOG_MS = 8_000;

interface Report {
  failures: { index: number; python: string; ops: string[]; signature: string; detail: string; source: string; minimized: string }[];
  runs: number;
  outcomes: Record<string, number>;
}

/** Runs one worker over mutants start, start + SHARDS, ...; after a hang, a new worker goes on. */
function runWorker(start: number, report: Report): Promise<number | null> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./fuzz-worker.ts', import.meta.url), {
      workerData: { seed: SEED, count: COUNT, start, step: SHARDS },
      // a runaway mutant exhausts the worker's heap, not the test process's
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    let current: { index: number; source: string; python: string; ops: string[] } | null = null;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;
    const settle = (next: number | null): void => {
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(next);
    };
    const fail = (signature: string, detail: string): void => {
      const c = current ?? { index: start, source: '', python: '', ops: [] };
      report.failures.push({ ...c, signature, detail, minimized: `(not minimized: the mutant as run)\n${c.source}` });
      report.runs++;
      report.outcomes.bad = (report.outcomes.bad ?? 0) + 1;
    };
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        fail('hang: the run did not return', `no progress for ${WATCHDOG_MS} ms`);
        settle(current === null ? null : current.index + SHARDS);
      }, WATCHDOG_MS);
    };
    arm();
    worker.on('message', (m: { kind: string } & Record<string, unknown>) => {
      if (settled) return;
      arm();
      if (m.kind === 'start') current = m as unknown as typeof current;
      else if (m.kind === 'failure') report.failures.push(m as unknown as Report['failures'][number]);
      else if (m.kind === 'end') {
        report.runs++;
        const k = m.outcome as string;
        report.outcomes[k] = (report.outcomes[k] ?? 0) + 1;
      } else if (m.kind === 'done') settle(null);
    });
    worker.on('error', (e) => {
      if (settled) return;
      fail(`worker crashed: ${e.message}`, e.stack ?? '');
      settle(current === null ? null : current.index + SHARDS);
    });
  });
}

async function runShard(shard: number): Promise<Report> {
  const report: Report = { failures: [], runs: 0, outcomes: {} };
  for (let next: number | null = shard; next !== null && next < COUNT; ) next = await runWorker(next, report);
  return report;
}

function describeFailure(f: Report['failures'][number]): string {
  return [
    `--- mutant #${f.index} on ${f.python} (${f.ops.join(', ')}): ${f.signature}`,
    f.detail.split('\n').slice(0, 6).join('\n'),
    'minimized:',
    f.minimized,
    '',
  ].join('\n');
}

describe('the engine under fuzzed programs', () => {
  it('generates the same mutants for the same seed, and different ones for another', () => {
    const programs = loadPrograms();
    expect(mutant(programs, SEED, 7)).toEqual(mutant(programs, SEED, 7));
    expect(mutant(programs, SEED, 7).source).not.toBe(mutant(programs, SEED + 1, 7).source);
  });

  it(`ends every one of ${COUNT} mutants with output or a Python-style error`, async () => {
    const reports = await Promise.all(Array.from({ length: SHARDS }, (_, s) => runShard(s)));
    const failures = reports.flatMap((r) => r.failures);
    const runs = reports.reduce((n, r) => n + r.runs, 0);
    const outcomes: Record<string, number> = {};
    for (const r of reports) for (const [k, n] of Object.entries(r.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + n;
    console.log(`fuzz seed ${SEED}: ${runs} mutants, outcomes ${JSON.stringify(outcomes)}`);
    if (failures.length > 0) console.log(failures.map(describeFailure).join('\n'));
    expect(failures.map((f) => `#${f.index} ${f.python}: ${f.signature}`)).toEqual([]);
    expect(runs).toBe(COUNT);
    // The mutants exercise every kind of ending, not only syntax errors.
    expect(Object.keys(outcomes)).toEqual(expect.arrayContaining(['ok', 'python', 'syntax']));
  }, 600_000);
});
