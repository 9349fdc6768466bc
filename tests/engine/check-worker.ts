/**
 * A worker thread of checks.ts: runs conformance checks (support.ts checkProgram /
 * checkStress) one job at a time and posts back the problems found.
 */
import { parentPort } from 'node:worker_threads';
import type { PythonVersion } from '../../src/engine/index.ts';
import { checkProgram, checkStress, loadPrograms } from './support.ts';

const programs = new Map(loadPrograms().map((p) => [p.id, p]));

parentPort!.on('message', (job: { key: string; kind: 'program' | 'stress'; id: string; version: PythonVersion }) => {
  parentPort!.postMessage({ kind: 'started', key: job.key });
  let problems: string[];
  try {
    const p = programs.get(job.id);
    if (p === undefined) throw new Error(`no program ${job.id}`);
    problems = (job.kind === 'program' ? checkProgram(p, job.version) : checkStress(p, job.version)).problems;
  } catch (e) {
    problems = [`the check threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`];
  }
  parentPort!.postMessage({ kind: 'done', key: job.key, problems });
});
parentPort!.postMessage({ kind: 'ready' });
