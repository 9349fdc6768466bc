/**
 * `runIsolated`: the engine's `run` in a pool of worker threads, with a watchdog per run.
 * The watchdog is not a speed check: callers set it far above the run's own time budget
 * (timeLimitMs), so it fires only when the engine ignores that budget. A worker whose run
 * is stopped by the watchdog (or that dies) is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { RunOptions, RunResult } from '../../src/engine/index.ts';

export type Isolated =
  | { status: 'returned'; result: RunResult }
  | { status: 'threw'; thrown: string }
  | { status: 'hung' }
  | { status: 'crashed'; message: string };

interface Job {
  id: number;
  source: string;
  options: RunOptions;
  watchdogMs: number;
  resolve: (r: Isolated) => void;
}

const POOL_SIZE = 2;
const queue: Job[] = [];
const idle: Worker[] = [];
let workers = 0;
let nextId = 1;

function spawn(): void {
  workers++;
  const w = new Worker(new URL('./run-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
  w.unref();
  w.once('message', () => {
    idle.push(w);
    pump();
  });
}

function retire(w: Worker): void {
  workers--;
  w.removeAllListeners();
  void w.terminate();
}

function pump(): void {
  while (idle.length > 0 && queue.length > 0) {
    const w = idle.pop()!;
    const job = queue.shift()!;
    let timer: NodeJS.Timeout | undefined;
    const finish = (r: Isolated, healthy: boolean): void => {
      clearTimeout(timer);
      w.removeAllListeners('message');
      w.removeAllListeners('error');
      if (healthy) idle.push(w);
      else retire(w);
      job.resolve(r);
      pump();
    };
    w.on('message', (m: { id: number; kind: string; result?: RunResult; thrown?: string }) => {
      if (m.id !== job.id) return;
      if (m.kind === 'started') timer = setTimeout(() => finish({ status: 'hung' }, false), job.watchdogMs);
      else if (m.kind === 'returned') finish({ status: 'returned', result: m.result! }, true);
      else finish({ status: 'threw', thrown: m.thrown! }, true);
    });
    w.on('error', (e) => finish({ status: 'crashed', message: e.message }, false));
    w.postMessage({ id: job.id, source: job.source, options: job.options });
  }
  while (workers < POOL_SIZE && queue.length > 0) spawn();
}

export function runIsolated(source: string, options: RunOptions, watchdogMs: number): Promise<Isolated> {
  return new Promise((resolve) => {
    queue.push({ id: nextId++, source, options, watchdogMs, resolve });
    pump();
  });
}

/** Stops the idle workers (call from afterAll). */
export async function stopIsolatedWorkers(): Promise<void> {
  for (const w of idle.splice(0)) {
    workers--;
    await w.terminate();
  }
}
