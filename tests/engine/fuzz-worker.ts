/**
 * The fuzz test's worker (runs under plain Node, started by fuzz.test.ts): mutates the
 * conformance programs deterministically, runs each mutant through the engine with small
 * budgets and reports every outcome that is not "program output or a Python-style error".
 * The parent watches the progress messages, so a run that never returns is caught too.
 *
 * Messages to the parent: {kind:'start', index, source, python} before each run,
 * {kind:'failure', ...} for the first bad outcome of each signature (with a minimized
 * mutant), {kind:'end', outcome} after each run, {kind:'done'} at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { run, PYTHON_VERSIONS, type PythonVersion, type RunResult } from '../../src/engine/index.ts';
import { loadPrograms, rng } from './support.ts';

export const BUDGET = { maxSteps: 20_000, timeLimitMs: 1000, maxObjectBytes: 16 * 1024 * 1024 };

// ---------------------------------------------------------------- mutations

const OPERATORS = ['+', '-', '*', '/', '//', '%', '**', '==', '<', 'is', 'not', 'in', 'and', 'or', '(', ')', '[', ']', '{', '}', ',', ':', '.', '=', 'lambda', 'yield', 'del', 'None', '*', '@', '~', '<<', '|', ';', 'return', 'global x', '\\', '"', '0', '-1', '10**9', 'f"{', 'async'];

/** Tokens of a line: runs of word characters, quoted strings, single symbols; whitespace kept apart. */
function tokens(line: string): string[] {
  return line.match(/\s+|\w+|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\*\*|\/\/|==|!=|<=|>=|\S/g) ?? [];
}

type Mutation = (lines: string[], r: () => number) => string[];

const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;
const at = (n: number, r: () => number): number => Math.floor(r() * n);

/** Applies `f` to the (non-space) token list of one random line. */
function onTokens(f: (toks: string[], r: () => number) => void): Mutation {
  return (lines, r) => {
    const i = at(lines.length, r);
    const toks = tokens(lines[i]!);
    const idx = toks.map((t, k) => (/^\s+$/.test(t) ? -1 : k)).filter((k) => k >= 0);
    if (idx.length === 0) return lines;
    const words = idx.map((k) => toks[k]!);
    f(words, r);
    const out = [...toks];
    // write the mutated words back into the non-space slots (extra words go to the end)
    idx.forEach((k, j) => (out[k] = words[j] ?? ''));
    if (words.length > idx.length) out.push(' ', ...words.slice(idx.length));
    const copy = [...lines];
    copy[i] = out.join('');
    return copy;
  };
}

export const MUTATIONS: Record<string, Mutation> = {
  dropLine: (lines, r) => lines.filter((_, k) => k !== at(lines.length, r)),
  duplicateLine: (lines, r) => {
    const i = at(lines.length, r);
    return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)];
  },
  swapLines: (lines, r) => {
    const c = [...lines];
    const i = at(c.length, r);
    const j = at(c.length, r);
    [c[i], c[j]] = [c[j]!, c[i]!];
    return c;
  },
  swapTokens: onTokens((w, r) => {
    const i = at(w.length, r);
    const j = at(w.length, r);
    [w[i], w[j]] = [w[j]!, w[i]!];
  }),
  dropToken: onTokens((w, r) => void w.splice(at(w.length, r), 1, '')),
  duplicateToken: onTokens((w, r) => {
    const i = at(w.length, r);
    w[i] = `${w[i]} ${w[i]}`;
  }),
  injectOperator: onTokens((w, r) => {
    const i = at(w.length, r);
    w[i] = r() < 0.5 ? `${pick(OPERATORS, r)} ${w[i]}` : `${w[i]} ${pick(OPERATORS, r)}`;
  }),
  replaceNumber: onTokens((w, r) => {
    const i = w.findIndex((t) => /^\d+$/.test(t));
    if (i >= 0) w[i] = pick(['0', '-1', '1', '257', '10**6', '2**64', '99999999999'], r);
  }),
  truncate: (lines, r) => {
    const text = lines.join('\n');
    return text.slice(0, at(text.length + 1, r)).split('\n');
  },
  /** Replaces one identifier by another of the same program (calls the wrong things). */
  renameIdentifier: (lines, r) => {
    const names = [...new Set(lines.join('\n').match(/\b[A-Za-z_]\w*\b/g) ?? [])];
    if (names.length < 2) return lines;
    const from = pick(names, r);
    const to = pick(names, r);
    const i = at(lines.length, r);
    const c = [...lines];
    c[i] = c[i]!.replace(new RegExp(`\\b${from}\\b`), to);
    return c;
  },
  indent: (lines, r) => {
    const c = [...lines];
    const i = at(c.length, r);
    const d = r();
    c[i] = d < 0.4 ? `    ${c[i]}` : d < 0.8 ? c[i]!.replace(/^ {1,4}/, '') : ` ${c[i]}`;
    return c;
  },
};

/** How often each mutation is drawn: line-level ones keep more mutants past the parser. */
const WEIGHTS: [string, number][] = [
  ['dropLine', 3], ['duplicateLine', 3], ['swapLines', 2], ['replaceNumber', 2], ['swapTokens', 1], ['dropToken', 1],
  ['duplicateToken', 1], ['injectOperator', 1], ['truncate', 1], ['indent', 1], ['renameIdentifier', 3],
];
const DRAW = WEIGHTS.flatMap(([name, w]) => Array<string>(w).fill(name));

/** Mutant number `index` of the run seeded `seed` (independent of every other mutant). */
export function mutant(programs: { source: string }[], seed: number, index: number): { source: string; python: PythonVersion; ops: string[] } {
  const r = rng(seed * 1_000_003 + index);
  let lines = pick(programs, r).source.split('\n');
  if (r() < 0.2) {
    // crossover: a line of another program, re-indented like its new neighbour
    const donor = pick(programs, r).source.split('\n');
    const line = pick(donor, r).trim();
    const i = at(lines.length + 1, r);
    const indent = /^\s*/.exec(lines[Math.max(0, i - 1)] ?? '')![0];
    lines = [...lines.slice(0, i), indent + line, ...lines.slice(i)];
  }
  const python = pick(PYTHON_VERSIONS, r);
  const ops: string[] = [];
  const n = 1 + at(2, r);
  for (let k = 0; k < n && lines.length > 0; k++) {
    const name = pick(DRAW, r);
    ops.push(name);
    lines = MUTATIONS[name]!(lines, r);
  }
  return { source: lines.join('\n'), python, ops };
}

// ---------------------------------------------------------------- judging an outcome

const SUGGESTION = /^(\. Did you mean: '[^']+'\?( Or did you forget to import '[\w.]+'\?)?|\. Did you forget to import '[\w.]+'\?)$/;
const TYPE_NAME = /^[A-Za-z_][\w.]*$/;

export interface Failure {
  /** Groups equal failures (the minimizer keeps it unchanged). */
  signature: string;
  detail: string;
}

/** Runs a mutant: how it ended ('ok', an error kind, or 'bad') and, if bad, why. */
export function judge(source: string, python: PythonVersion): { outcome: string; failure: Failure | null } {
  let r: RunResult;
  try {
    r = run(source, { python, ...BUDGET });
  } catch (e) {
    const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { outcome: 'bad', failure: { signature: `threw ${msg.slice(0, 80)}`, detail: e instanceof Error ? (e.stack ?? msg) : msg } };
  }
  const failure = badOutcome(r);
  return { outcome: failure !== null ? 'bad' : r.error === null ? 'ok' : r.error.kind, failure };
}

/** Why a result is not "program output or a Python-style error" (null when it is). */
function badOutcome(r: RunResult): Failure | null {
  const e = r.error;
  if (typeof r.stdout !== 'string') return { signature: 'stdout is not a string', detail: String(r.stdout) };
  if (e === null) return null;
  if (e.kind === 'internal') return { signature: `internal ${e.message.replace(/\d+/g, 'N').slice(0, 100)}`, detail: e.summary };
  if (!['python', 'syntax', 'unsupported', 'limit'].includes(e.kind)) return { signature: `unknown kind ${e.kind}`, detail: e.summary };
  if (!TYPE_NAME.test(e.type)) return { signature: 'error type is not a name', detail: JSON.stringify(e) };
  if (typeof e.message !== 'string') return { signature: 'error message is not a string', detail: JSON.stringify(e) };
  // The last line of CPython's traceback: "Type: message", and for a NameError or an
  // AttributeError the hint CPython adds ("Did you mean: 'x'?", "Did you forget to import 'm'?").
  const head = e.message === '' ? e.type : `${e.type}: ${e.message}`;
  const hint = e.summary.startsWith(head) ? e.summary.slice(head.length) : null;
  if (e.kind !== 'limit' && (hint === null || !(hint === '' || (/^(NameError|UnboundLocalError|AttributeError)$/.test(e.type) && SUGGESTION.test(hint))))) {
    return { signature: 'summary is not "Type: message"', detail: JSON.stringify(e) };
  }
  if (e.kind === 'limit' && !/steps|too long|time|memory/i.test(e.message)) return { signature: 'limit error does not name its budget', detail: e.message };
  if (r.steps > BUDGET.maxSteps + 1) return { signature: 'ran past maxSteps', detail: `${r.steps} steps` };
  return null;
}

/**
 * Shrinks a failing source while `judge` keeps returning the same signature: drops lines,
 * then tokens, greedily (at most `maxRuns` runs; `alive` tells the watchdog it is working).
 */
export function minimize(source: string, python: PythonVersion, signature: string, alive: () => void = () => {}, maxRuns = 300): string {
  let runs = 0;
  const same = (s: string): boolean => {
    if (runs++ >= maxRuns) return false;
    alive();
    return judge(s, python).failure?.signature === signature;
  };
  let lines = source.split('\n');
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = lines.length - 1; i >= 0; i--) {
      const cand = [...lines.slice(0, i), ...lines.slice(i + 1)];
      if (same(cand.join('\n'))) {
        lines = cand;
        changed = true;
      }
    }
  }
  for (let i = 0; i < lines.length; i++) {
    let toks = tokens(lines[i]!);
    for (let k = toks.length - 1; k >= 0; k--) {
      if (/^\s+$/.test(toks[k]!)) continue;
      const cand = [...toks.slice(0, k), ...toks.slice(k + 1)];
      const next = [...lines];
      next[i] = cand.join('');
      if (same(next.join('\n'))) {
        toks = cand;
        lines = next;
      }
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- worker main

if (parentPort !== null && workerData !== undefined) {
  const { seed, count, start, step } = workerData as { seed: number; count: number; start: number; step: number };
  const programs = loadPrograms();
  const seen = new Set<string>();
  for (let i = start; i < count; i += step) {
    const m = mutant(programs, seed, i);
    parentPort.postMessage({ kind: 'start', index: i, source: m.source, python: m.python, ops: m.ops });
    const { outcome, failure: bad } = judge(m.source, m.python);
    if (bad !== null && !seen.has(bad.signature)) {
      seen.add(bad.signature);
      parentPort.postMessage({ kind: 'failure', index: i, python: m.python, ops: m.ops, signature: bad.signature, detail: bad.detail, source: m.source, minimized: minimize(m.source, m.python, bad.signature, () => parentPort!.postMessage({ kind: 'alive' })) });
    }
    parentPort.postMessage({ kind: 'end', outcome });
  }
  parentPort.postMessage({ kind: 'done' });
}
