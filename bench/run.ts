/**
 * PyHeap engine benchmark (`npm run bench`).
 *
 * 1. Every bench/programs/*.py runs untraced through the engine (in-process `run`, best of
 *    N) and through real CPython 3.13 on this machine (best of N, one process per run, the
 *    program's exec timed inside the process: interpreter start-up and compilation are not
 *    counted, so the ratio is, if anything, unfavourable to the engine, whose figure includes
 *    parsing, compiling and creating the interpreter). Prints each program's time ratio
 *    engine / CPython and the median ratio (target: at most 3).
 * 2. A parse benchmark: the bench programs, repeated to about 200 and 2,000 lines, parsed
 *    (best of many); the 2,000-line time over the 200-line time shows whether parsing stays
 *    linear (about 10).
 * 3. A trace benchmark: a program of about 100,000 steps run with `trace: true`: time to run
 *    and record, heap growth (process.memoryUsage after forced GCs; needs --expose-gc, which
 *    the npm script passes) and the size of the trace as JSON (targets: about 0.5 s, 100 MB).
 *
 * Usage: node --expose-gc bench/run.ts [--runs N] [--only NAME] [--python-bin PATH]
 * Environment: PYENV_ROOT (where CPython 3.13.0 lives) or PYHEAP_BENCH_PYTHON (the binary).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, TraceReader } from '../src/engine/index.ts';
import { parse } from '../src/engine/parse/parse.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const RUNS = Number(opt('--runs') ?? 5);
const ONLY = opt('--only');

function cpythonBinary(): string {
  const explicit = opt('--python-bin') ?? process.env.PYHEAP_BENCH_PYTHON;
  if (explicit !== undefined) return explicit;
  let root = process.env.PYENV_ROOT;
  if (root === undefined) {
    try {
      root = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
    } catch {
      root = join(homedir(), '.pyenv');
    }
  }
  return join(root, 'versions/3.13.0/bin/python');
}

/** Runs the program's code object under exec() and reports the seconds it took on stderr. */
const CPYTHON_TIMER = `
import sys, time
path = sys.argv[1]
code = compile(open(path).read(), path, "exec")
t = time.perf_counter()
exec(code, {"__name__": "__main__"})
sys.stderr.write("PYHEAP_BENCH_SECONDS %.6f\\n" % (time.perf_counter() - t))
`;

function timeCPython(python: string, file: string): { ms: number; stdout: string } {
  const p = spawnSync(python, ['-S', '-s', '-B', '-c', CPYTHON_TIMER, file], {
    encoding: 'utf8',
    env: { PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8', LC_ALL: 'C.UTF-8', PATH: '/usr/bin:/bin' },
  });
  const m = /PYHEAP_BENCH_SECONDS ([\d.]+)/.exec(p.stderr);
  if (p.status !== 0 || m === null) throw new Error(`CPython failed on ${file}: ${p.stderr}`);
  return { ms: Number(m[1]) * 1000, stdout: p.stdout };
}

function timeEngine(source: string): { ms: number; stdout: string; error: string | null } {
  const t = performance.now();
  const r = run(source, { python: '3.13', maxSteps: 1e9 });
  return { ms: performance.now() - t, stdout: r.stdout, error: r.error?.summary ?? null };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

function programsBenchmark(): void {
  const python = cpythonBinary();
  if (!existsSync(python)) throw new Error(`CPython 3.13 not found at ${python} (set PYENV_ROOT or PYHEAP_BENCH_PYTHON)`);
  const dir = join(HERE, 'programs');
  const files = readdirSync(dir).filter((f) => f.endsWith('.py') && (ONLY === undefined || f.includes(ONLY))).sort();
  console.log(`PyHeap engine vs CPython 3.13 (${python}), best of ${RUNS}, node ${process.version}\n`);
  console.log(['program', 'engine', 'CPython', 'ratio', 'output'].map((h, i) => (i === 0 ? h.padEnd(16) : h.padStart(10))).join(''));
  const ratios: number[] = [];
  for (const f of files) {
    const file = join(dir, f);
    const source = readFileSync(file, 'utf8');
    let engine = Infinity;
    let cpython = Infinity;
    let engineOut = '';
    let cpythonOut = '';
    let engineError: string | null = null;
    // alternate the two so that machine noise hits both alike
    for (let i = 0; i < RUNS; i++) {
      const e = timeEngine(source);
      engine = Math.min(engine, e.ms);
      engineOut = e.stdout;
      engineError = e.error;
      const c = timeCPython(python, file);
      cpython = Math.min(cpython, c.ms);
      cpythonOut = c.stdout;
    }
    const ratio = engine / cpython;
    ratios.push(ratio);
    const same = engineError === null && engineOut === cpythonOut ? 'same' : `DIFFERS${engineError ? ` (${engineError})` : ''}`;
    console.log(`${basename(f, '.py').padEnd(16)}${fmt(engine).padStart(10)}${fmt(cpython).padStart(10)}${`${ratio.toFixed(1)}x`.padStart(10)}${same.padStart(10)}`);
  }
  const m = median(ratios);
  console.log(`\nmedian ratio engine/CPython: ${m.toFixed(1)}x (target <= 3x: ${m <= 3 ? 'met' : 'NOT met'})`);
}

/** About 100,000 trace steps (70,000 lines plus calls and returns): a loop allocating, keeping
 * and dropping instances and lists. */
const TRACE_PROGRAM = `class Node:
    def __init__(self, v):
        self.v = v
keep = []
for i in range(14000):
    n = Node(i)
    keep.append([n, i])
    if len(keep) > 50:
        keep = keep[25:]
print(len(keep))
`;

interface TraceFigures {
  ms: number;
  heapGrowth: number;
  steps: number;
  recorded: number;
  truncated: boolean;
  jsonBytes: number;
  atMs: number;
}

/** One traced run, measured; the trace is garbage once this returns. */
function traceOnce(collect: () => void, measureJson: boolean): TraceFigures {
  collect();
  const before = process.memoryUsage();
  const t = performance.now();
  const r = run(TRACE_PROGRAM, { python: '3.13', trace: true, maxSteps: 1e7 });
  const ms = performance.now() - t;
  collect();
  const after = process.memoryUsage();
  if (r.error !== null) throw new Error(`trace program failed: ${r.error.summary}`);
  const trace = r.trace!;
  const figures: TraceFigures = {
    ms,
    heapGrowth: after.heapUsed + after.external + after.arrayBuffers - (before.heapUsed + before.external + before.arrayBuffers),
    steps: r.steps,
    recorded: trace.steps.length,
    truncated: trace.truncated,
    jsonBytes: 0,
    atMs: 0,
  };
  if (measureJson) {
    figures.jsonBytes = Buffer.byteLength(JSON.stringify(trace));
    // random access: rebuild 1,000 steps spread over the trace with one reader
    const reader = new TraceReader(trace);
    const t2 = performance.now();
    for (let k = 0; k < 1000; k++) reader.at((k * 7919) % figures.recorded);
    figures.atMs = (performance.now() - t2) / 1000;
  }
  return figures;
}

function traceBenchmark(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const collect = (): void => {
    for (let i = 0; i < 3; i++) gc?.();
  };
  console.log(`\ntrace benchmark (3.13, trace: true), best of ${RUNS}${gc === undefined ? ' (run with --expose-gc for exact heap figures)' : ''}`);
  const all = Array.from({ length: RUNS }, (_, i) => traceOnce(collect, i === RUNS - 1));
  const last = all[all.length - 1]!;
  // the fastest run's time and heap; JSON size and random access measured on the last run
  const b = { ...all.reduce((x, y) => (y.ms < x.ms ? y : x)), jsonBytes: last.jsonBytes, atMs: last.atMs };
  console.log(`  executed lines ${b.steps.toLocaleString('en')}, trace steps ${b.recorded.toLocaleString('en')}${b.truncated ? ' (TRUNCATED)' : ''}`);
  console.log(`  run + record: ${fmt(b.ms)} (target about 0.5 s)`);
  console.log(`  heap held by the result: ${(b.heapGrowth / 1e6).toFixed(1)} MB (target about 100 MB)`);
  console.log(`  trace as JSON: ${(b.jsonBytes / 1e6).toFixed(1)} MB`);
  console.log(`  TraceReader.at(k), random k: ${b.atMs.toFixed(2)} ms per step`);
}

/** Parsing time at two lengths: the bench programs, whole, repeated to about n lines. */
function parseBenchmark(): void {
  const dir = join(HERE, 'programs');
  const sources = readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => readFileSync(join(dir, f), 'utf8').trimEnd());
  const program = (lines: number): string => {
    const out: string[] = [];
    let count = 0;
    for (let i = 0; count < lines; i++) {
      const s = sources[i % sources.length]!;
      out.push(s);
      count += s.split('\n').length;
    }
    return out.join('\n') + '\n';
  };
  const best = (source: string, runs: number): number => {
    let min = Infinity;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const r = parse(source);
      min = Math.min(min, performance.now() - t);
      if (!r.ok) throw new Error(`parse benchmark: ${r.error.message} (line ${r.error.line})`);
    }
    return min;
  };
  const small = program(200);
  const big = program(2000);
  best(small, 50); // warm up
  const tSmall = best(small, 30);
  const tBig = best(big, 10);
  console.log(`\nparse benchmark, best of 30 / 10`);
  console.log(`  ${small.split('\n').length - 1} lines: ${tSmall.toFixed(2)} ms; ${big.split('\n').length - 1} lines: ${tBig.toFixed(2)} ms; ratio ${(tBig / tSmall).toFixed(1)} (linear: about 10)`);
}

programsBenchmark();
parseBenchmark();
traceBenchmark();
