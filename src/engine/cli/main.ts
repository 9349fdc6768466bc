/**
 * The `pyheap` command: runs a Python file the way `python FILE.py` would, on the
 * simulated interpreter, or many programs at once with --batch (JSON Lines in and out).
 *
 *   pyheap FILE.py [--python 3.13]
 *   pyheap --batch [--python 3.13] < cases.jsonl
 */

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { run } from '../api.ts';
import { DEFAULT_PYTHON, isPythonVersion, PYTHON_VERSIONS, type PythonVersion } from '../profiles/profiles.ts';

const USAGE = `usage: pyheap FILE.py [--python VERSION]
       pyheap --batch [--python VERSION] < cases.jsonl

Runs Python programs on PyHeap's simulation of CPython's memory model.
VERSION is one of ${PYTHON_VERSIONS.join(', ')} (default ${DEFAULT_PYTHON}).
--batch reads one JSON object per line: {"id": ..., "source": ..., "python": ...}
        and writes one per line: {"id": ..., "stdout": ..., "error": null | "Type: message"}`;

interface Args {
  file: string | null;
  batch: boolean;
  python: PythonVersion;
  maxSteps: number | undefined;
}

function parseArgs(argv: string[]): Args | string {
  const out: Args = { file: null, batch: false, python: DEFAULT_PYTHON, maxSteps: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--batch') out.batch = true;
    else if (a === '--python' || a.startsWith('--python=')) {
      const v = a.includes('=') ? a.split('=')[1]! : argv[++i];
      if (!isPythonVersion(v)) return `unknown Python version: ${v ?? '(missing)'} (choose from ${PYTHON_VERSIONS.join(', ')})`;
      out.python = v;
    } else if (a === '--max-steps') {
      out.maxSteps = Number(argv[++i]);
    } else if (a === '-h' || a === '--help') return USAGE;
    else if (a.startsWith('-')) return `unknown option: ${a}\n${USAGE}`;
    else if (out.file === null) out.file = a;
    else return `too many arguments\n${USAGE}`;
  }
  if (!out.batch && out.file === null) return USAGE;
  return out;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(args + '\n');
    return args === USAGE ? 0 : 2;
  }
  if (args.batch) return runBatch(args);
  let source: string;
  try {
    source = readFileSync(args.file!, 'utf8');
  } catch (e) {
    process.stderr.write(`pyheap: can't open file '${args.file}': ${(e as Error).message}\n`);
    return 2;
  }
  const result = run(source, { python: args.python, maxSteps: args.maxSteps, filename: args.file! });
  process.stdout.write(result.stdout);
  if (result.stderr) process.stderr.write(result.stderr);
  // A budget stop is not a Python error, so it has no traceback: say what happened.
  if (result.error !== null && result.error.kind === 'limit') {
    process.stderr.write(`pyheap: ${result.error.message}${result.error.line !== null ? ` (line ${result.error.line})` : ''}\n`);
  }
  return result.error === null ? 0 : 1;
}

async function runBatch(args: Args): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === '') continue;
    let id: unknown = null;
    let out: object;
    try {
      const req = JSON.parse(line) as { id?: unknown; source?: unknown; python?: unknown };
      id = req.id ?? null;
      const python = req.python === undefined ? args.python : req.python;
      if (typeof req.source !== 'string') throw new Error('"source" must be a string');
      if (!isPythonVersion(python)) throw new Error(`unknown Python version: ${String(python)}`);
      const r = run(req.source, { python, maxSteps: args.maxSteps, timeLimitMs: 20_000 });
      out = { id, stdout: r.stdout, error: r.error === null ? null : r.error.summary };
    } catch (e) {
      out = { id, stdout: '', error: `BatchError: ${(e as Error).message}` };
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`pyheap: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 70;
  },
);
