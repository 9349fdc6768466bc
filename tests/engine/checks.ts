/**
 * Runs many conformance checks (support.ts checkProgram / checkStress) on worker threads,
 * one job at a time per worker, so that a test file uses both cores; each job runs its
 * program exactly once. A job that does not finish within WATCHDOG_MS (far beyond any
 * program's budget: a hang) is reported as a problem and its worker replaced.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { PythonVersion } from '../../src/engine/index.ts';

export interface CheckJob {
  kind: 'program' | 'stress';
  id: string;
  version: PythonVersion;
}

export const jobKey = (j: CheckJob): string => `${j.kind} ${j.id} ${j.version}`;

const WATCHDOG_MS = 120_000;

/** Problems per job key (an empty list means the case passes). */
export function runChecks(jobs: CheckJob[], threads = Math.max(1, Math.min(2, availableParallelism()))): Promise<Map<string, string[]>> {
  const results = new Map<string, string[]>();
  const queue = [...jobs];
  return new Promise((resolve) => {
    let running = 0;
    const finishIfDone = (): void => {
      if (running === 0 && queue.length === 0) resolve(results);
    };
    const start = (): void => {
      running++;
      const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
      let current: CheckJob | null = null;
      let timer: NodeJS.Timeout | undefined;
      const next = (): void => {
        current = queue.shift() ?? null;
        if (current === null) {
          running--;
          void worker.terminate();
          finishIfDone();
          return;
        }
        worker.postMessage({ ...current, key: jobKey(current) });
      };
      const replace = (problem: string): void => {
        clearTimeout(timer);
        worker.removeAllListeners();
        void worker.terminate();
        if (current !== null) results.set(jobKey(current), [problem]);
        running--;
        if (queue.length > 0) start();
        else finishIfDone();
      };
      worker.on('message', (m: { kind: string; key?: string; problems?: string[] }) => {
        if (m.kind === 'ready') next();
        else if (m.kind === 'started') timer = setTimeout(() => replace(`did not finish within ${WATCHDOG_MS} ms`), WATCHDOG_MS);
        else if (m.kind === 'done') {
          clearTimeout(timer);
          results.set(m.key!, m.problems!);
          next();
        }
      });
      worker.on('error', (e) => replace(`the worker died: ${e.message}`));
    };
    if (queue.length === 0) resolve(results);
    for (let i = 0; i < threads && i < jobs.length; i++) start();
  });
}

/** The problems of one case as one string ('' = passes); throws if the case never ran. */
export function problemsOf(results: Map<string, string[]>, job: CheckJob): string {
  const found = results.get(jobKey(job));
  if (found === undefined) throw new Error(`no result for ${jobKey(job)}`);
  return found.join('\n');
}
