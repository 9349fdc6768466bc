/**
 * A worker thread of isolated.ts: runs programs one at a time and posts back their
 * results, announcing each start so that the parent's watchdog times the run alone.
 */
import { parentPort } from 'node:worker_threads';
import { run, type RunOptions } from '../../src/engine/index.ts';

parentPort!.on('message', ({ id, source, options }: { id: number; source: string; options: RunOptions }) => {
  parentPort!.postMessage({ id, kind: 'started' });
  try {
    const r = run(source, options);
    parentPort!.postMessage({ id, kind: 'returned', result: { ...r, trace: null } });
  } catch (e) {
    parentPort!.postMessage({ id, kind: 'threw', thrown: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
parentPort!.postMessage({ kind: 'ready' });
