/**
 * Hostile programs: endless loops and recursion, huge allocations, absurdly nested source,
 * escapes from the sandbox (imports, files, eval/exec), floods of output. Each must end
 * with a clear error within its budgets: 'limit' naming the budget, MemoryError,
 * RecursionError, ModuleNotFoundError, or NotImplementedError naming the construct, with
 * the line, and return instead of running on (each run is in a worker thread whose
 * watchdog is set at 6 times the run's own time limit: it fires only if the engine
 * ignores its budget).
 *
 * Cases the engine does not handle yet are listed in tests/programs/skip.txt as
 * `hostile:<case id> *  # reason`: they are expected to fail until fixed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { RunError, RunOptions, RunResult } from '../../src/engine/index.ts';
import { runIsolated, stopIsolatedWorkers } from './isolated.ts';
import { readSkips } from './support.ts';

/** The time budget is generous so that step limits are what stops the step-limit cases even
 * on a loaded machine (cases about the time budget set their own). */
const BUDGET: RunOptions = { python: '3.13', maxSteps: 50_000, timeLimitMs: 5000 };
/** Six times the time budget; known failures (expected to hang) get a shorter leash. */
const WATCHDOG_MS = 30_000;
const WATCHDOG_KNOWN_FAILURE_MS = 2000;
const skips = readSkips();

interface Case {
  /** Short id for skip.txt (`hostile:<id> *`). */
  id: string;
  name: string;
  source: string;
  options?: RunOptions;
  /** Watchdog for this case (default WATCHDOG_MS). */
  watchdogMs?: number;
  /** What the run must end with (fields compared exactly, regexps matched). */
  error: { kind: RunError['kind']; type: string; message?: RegExp; line?: number | null } | null;
  stdout?: RegExp | string;
}

const repeat = (s: string, n: number): string => s.repeat(n);

const CASES: Case[] = [
  // ---- budgets: steps and time
  { id: 'while-true', name: 'while True: pass stops at the step budget', source: 'while True:\n    pass', error: { kind: 'limit', type: 'StepLimitExceeded', message: /50,000 steps/ } },
  { id: 'one-line-while', name: 'a one-line while loop stops at the step budget', source: 'x = 0\nwhile True: x += 1', error: { kind: 'limit', type: 'StepLimitExceeded', message: /50,000 steps/ } },
  {
    id: 'time-budget', name: 'an endless loop stops at the time budget when the step budget is larger',
    source: 'while True:\n    x = [i for i in range(20)]',
    options: { maxSteps: 100_000_000, timeLimitMs: 300 },
    watchdogMs: 3000,
    error: { kind: 'limit', type: 'StepLimitExceeded', message: /too long|time/ },
  },
  {
    id: 'time-budget-slow-lines', name: 'a loop of slow lines stops near the time budget (not 4,096 lines later)',
    source: 'while True:\n    x = [i for i in range(5000)]',
    options: { maxSteps: 100_000_000, timeLimitMs: 300 },
    watchdogMs: 3000,
    error: { kind: 'limit', type: 'StepLimitExceeded', message: /too long|time/ },
  },
  {
    id: 'generator-for', name: 'an endless generator consumed by a for loop stops at the step budget',
    source: 'def g():\n    while True:\n        yield 1\nfor x in g():\n    pass',
    error: { kind: 'limit', type: 'StepLimitExceeded', message: /50,000 steps/ },
  },
  {
    id: 'generator-sum', name: 'an endless generator consumed by sum() stops at the step budget',
    source: 'def g():\n    i = 0\n    while True:\n        yield i\n        i += 1\nprint(sum(g()))',
    error: { kind: 'limit', type: 'StepLimitExceeded', message: /50,000 steps/ },
  },
  {
    id: 'huge-comprehension', name: 'a comprehension over a huge range stops at a budget',
    source: 'x = [i * 2 for i in range(10**9)]',
    error: { kind: 'limit', type: 'StepLimitExceeded' },
  },
  {
    id: 'huge-genexp-sum', name: 'a generator expression over a huge range inside one call stops at a budget',
    source: 'x = sum(i for i in range(10**9))',
    error: { kind: 'limit', type: 'StepLimitExceeded' },
  },
  {
    id: 'limit-line', name: 'a step-limit error says at which line the program was stopped',
    source: 'x = 0\nwhile True:\n    x += 1',
    error: { kind: 'limit', type: 'StepLimitExceeded', line: 3 },
  },
  // ---- recursion
  {
    id: 'recursion', name: 'recursion without a base case raises RecursionError at the recursive line',
    source: 'def f(n):\n    return f(n + 1)\nf(0)',
    error: { kind: 'python', type: 'RecursionError', message: /^maximum recursion depth exceeded/, line: 2 },
  },
  {
    id: 'method-recursion', name: 'method recursion without a base case raises RecursionError',
    source: 'class A:\n    def f(self):\n        return self.f()\nA().f()',
    error: { kind: 'python', type: 'RecursionError', message: /^maximum recursion depth exceeded/, line: 3 },
  },
  {
    id: 'recursion-caught', name: 'RecursionError can be caught and the program goes on',
    source: 'def f():\n    f()\ntry:\n    f()\nexcept RecursionError as e:\n    print("caught", e)\nprint("after")',
    error: null,
    stdout: 'caught maximum recursion depth exceeded\nafter\n',
  },
  {
    id: 'recursion-limit-raised', name: 'a raised recursion limit still ends with RecursionError, not a JavaScript stack overflow',
    source: 'import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)',
    error: { kind: 'python', type: 'RecursionError', message: /^maximum recursion depth exceeded/, line: 4 },
  },
  {
    id: 'repr-recursion-caught', name: '__repr__ calling repr(self) raises a RecursionError the program can catch',
    source: 'class A:\n    def __repr__(self):\n        return repr(self)\ntry:\n    print(A())\nexcept RecursionError:\n    print("caught")',
    error: null,
    stdout: 'caught\n',
  },
  {
    id: 'deep-list-repr', name: 'repr of a 20,000-deep list raises a RecursionError the program can catch',
    source: 'x = []\nfor i in range(20000):\n    x = [x]\ntry:\n    print(x)\nexcept RecursionError:\n    print("caught")\ndel x\nprint("freed")',
    error: null,
    stdout: 'caught\nfreed\n',
  },
  {
    id: 'deep-list-free', name: 'freeing a 20,000-deep list does not overflow (the trashcan)',
    source: 'x = []\nfor i in range(20000):\n    x = [x]\ndel x\nd = {}\nfor i in range(20000):\n    d = {"k": d}\nd = None\nprint("freed")',
    options: { maxSteps: 200_000, timeLimitMs: 30_000 },
    error: null,
    stdout: 'freed\n',
  },
  // ---- memory
  { id: 'list-repeat', name: '[0] * 10**9 raises MemoryError', source: 'x = [0] * 10**9', error: { kind: 'python', type: 'MemoryError', line: 1 } },
  { id: 'str-repeat', name: '"x" * 10**10 raises MemoryError', source: 'x = "x" * 10**10', error: { kind: 'python', type: 'MemoryError', line: 1 } },
  { id: 'tuple-repeat', name: '(1,) * 10**9 raises MemoryError', source: 'x = (1,) * 10**9', error: { kind: 'python', type: 'MemoryError', line: 1 } },
  { id: 'str-zfill', name: '"42".zfill(10**10) raises MemoryError', source: 'x = "42".zfill(10**10)', error: { kind: 'python', type: 'MemoryError', line: 1 } },
  { id: 'str-center', name: '"ab".center(10**9) raises MemoryError', source: 'x = "ab".center(10**9)', error: { kind: 'python', type: 'MemoryError', line: 1 } },
  { id: 'format-width', name: 'an f-string field 10**9 wide raises MemoryError', source: 'w = 10**9\nx = f"{1:>{w}}"', error: { kind: 'python', type: 'MemoryError', line: 2 } },
  { id: 'list-range', name: 'list(range(10**9)) raises MemoryError', source: 'x = list(range(10**9))', error: { kind: 'python', type: 'MemoryError', line: 1 } },
  { id: 'pow-huge', name: '2 ** 10 ** 10 raises MemoryError', source: 'x = 2 ** 10 ** 10', error: { kind: 'python', type: 'MemoryError', line: 1 } },
  {
    id: 'pow-big', name: '2 ** 10 ** 7 is computed (1.25 MB, like CPython)',
    source: 'x = 2 ** 10 ** 7\nprint(x.bit_length())',
    error: null,
    stdout: '10000001\n',
  },
  {
    id: 'pow-big-budget', name: '2 ** 10 ** 7 over a 1 MiB object budget raises MemoryError',
    source: 'x = 2 ** 10 ** 7',
    options: { maxObjectBytes: 1 << 20 },
    error: { kind: 'python', type: 'MemoryError', line: 1 },
  },
  {
    id: 'huge-join', name: 'joining 10**8 strings stops at a budget',
    source: 'x = "".join(str(i) for i in range(10**8))',
    error: { kind: 'limit', type: 'StepLimitExceeded' },
  },
  {
    id: 'huge-dictcomp', name: 'a dict comprehension of 10**8 items stops at a budget',
    source: 'd = {i: i for i in range(10**8)}',
    error: { kind: 'limit', type: 'StepLimitExceeded' },
  },
  {
    id: 'huge-set', name: 'set(range(10**11)) stops at a budget',
    source: 's = set(range(10**11))',
    error: { kind: 'limit', type: 'StepLimitExceeded' },
  },
  // ---- source nesting
  { id: 'nest-200', name: '200 nested brackets are accepted', source: `x = ${repeat('[', 200)}${repeat(']', 200)}\nprint(len(x))`, error: null, stdout: '1\n' },
  {
    id: 'nest-201', name: '201 nested brackets are a SyntaxError (too many nested parentheses)',
    source: `x = ${repeat('[', 201)}${repeat(']', 201)}`,
    error: { kind: 'syntax', type: 'SyntaxError', message: /^too many nested parentheses$/, line: 1 },
  },
  {
    id: 'nest-parens-5000', name: '5,000 nested parentheses are a SyntaxError',
    source: `x = ${repeat('(', 5000)}1${repeat(')', 5000)}`,
    error: { kind: 'syntax', type: 'SyntaxError', message: /^too many nested parentheses$/, line: 1 },
  },
  {
    id: 'nest-dict-300', name: '300 nested dict displays are a SyntaxError',
    source: `x = ${repeat('{1: ', 300)}1${repeat('}', 300)}`,
    error: { kind: 'syntax', type: 'SyntaxError', message: /^too many nested parentheses$/, line: 1 },
  },
  {
    id: 'nest-blocks-120', name: '120 nested blocks are an IndentationError (too many levels of indentation)',
    source: `if True:\n${Array.from({ length: 120 }, (_, i) => `${' '.repeat(i + 1)}if True:`).join('\n')}\n${' '.repeat(122)}pass`,
    error: { kind: 'syntax', type: 'IndentationError', message: /^too many levels of indentation$/, line: 101 },
  },
  {
    id: 'chain-1000', name: 'a chain of 1,000 additions compiles and runs (as on CPython 3.10-3.13)',
    source: `x = 1${repeat(' + 1', 1000)}\nprint(x)`,
    error: null,
    stdout: '1001\n',
  },
  {
    id: 'chain-100000', name: 'a chain of 100,000 additions is a RecursionError during compilation (as on CPython)',
    source: `x = 1${repeat(' + 1', 100_000)}`,
    error: { kind: 'python', type: 'RecursionError', message: /^maximum recursion depth exceeded during compilation$/ },
  },
  // ---- the sandbox
  {
    id: 'import-os', name: 'import os is a ModuleNotFoundError naming os, at its line',
    source: 'x = 1\nimport os\nprint(os.getcwd())',
    error: { kind: 'python', type: 'ModuleNotFoundError', message: /^No module named 'os'/, line: 2 },
  },
  { id: 'from-os', name: 'from os import path is a ModuleNotFoundError', source: 'from os import path', error: { kind: 'python', type: 'ModuleNotFoundError', message: /^No module named 'os'/, line: 1 } },
  {
    id: 'import-in-function', name: 'import subprocess inside a function fails at the call, with its line',
    source: 'def f():\n    import subprocess\n    return subprocess\nf()',
    error: { kind: 'python', type: 'ModuleNotFoundError', message: /^No module named 'subprocess'/, line: 2 },
  },
  { id: 'open', name: 'open() is unsupported and says so', source: 'x = 1\nf = open("f")\nprint(f.read())', error: { kind: 'unsupported', type: 'NotImplementedError', message: /open\(\)/, line: 2 } },
  { id: 'eval', name: 'eval() is unsupported and says so', source: 'print(eval("1"))', error: { kind: 'unsupported', type: 'NotImplementedError', message: /eval\(\)/, line: 1 } },
  { id: 'exec', name: 'exec() is unsupported and says so', source: 'exec("x = 1")', error: { kind: 'unsupported', type: 'NotImplementedError', message: /exec\(\)/, line: 1 } },
  { id: 'compile', name: 'compile() is unsupported and says so', source: 'c = compile("1", "f", "eval")', error: { kind: 'unsupported', type: 'NotImplementedError', message: /compile\(\)/, line: 1 } },
  { id: 'dunder-import', name: '__import__() is unsupported and says so', source: 'm = __import__("os")', error: { kind: 'unsupported', type: 'NotImplementedError', message: /__import__\(\)/, line: 1 } },
  {
    id: 'class-new', name: 'a __new__ that calls a built-in type\'s own __new__ other than object\'s is unsupported and says so',
    source: 'x = 1\nclass Row(list):\n    def __new__(cls):\n        return super().__new__(cls)\ns = Row()',
    error: { kind: 'unsupported', type: 'NotImplementedError', message: /list\.__new__\(\) is not supported/, line: 4 },
  },
  {
    id: 'class-slots', name: '__slots__ in a subclass of a built-in type is unsupported and says so',
    source: 'class Row(list):\n    __slots__ = ("x", "y")\np = Row()',
    error: { kind: 'unsupported', type: 'NotImplementedError', message: /__slots__ in a subclass of 'list'/, line: 1 },
  },
  {
    id: 'metaclass', name: 'a metaclass other than type is unsupported and says so',
    source: 'class Meta(type):\n    pass\nclass C(metaclass=Meta):\n    pass',
    error: { kind: 'unsupported', type: 'NotImplementedError', message: /metaclass/, line: 3 },
  },
  {
    id: 'sys-stdout', name: 'a part of sys outside the subset says so instead of an AttributeError',
    source: 'import sys\nsys.stdout.write("hi")',
    error: { kind: 'unsupported', type: 'NotImplementedError', message: /^sys\.stdout is not supported here/, line: 2 },
  },
  {
    id: 'weakref-finalize', name: 'weakref.finalize says it is outside the subset',
    source: 'import weakref\nclass A:\n    pass\nweakref.finalize(A(), print, "bye")',
    error: { kind: 'unsupported', type: 'NotImplementedError', message: /^weakref\.finalize is not supported here/, line: 4 },
  },
  {
    id: 'float-hex', name: 'a built-in method outside the subset says so instead of an AttributeError',
    source: 'x = 1.5\nprint(x.hex())',
    error: { kind: 'unsupported', type: 'NotImplementedError', message: /^float\.hex\(\) is not supported here/, line: 2 },
  },
  { id: 'input', name: 'input() reads end of file', source: 'x = input()', error: { kind: 'python', type: 'EOFError', message: /^EOF when reading a line/, line: 1 } },
  // ---- output floods
  {
    id: 'print-loop', name: 'an endless print loop stops at the output budget',
    source: 'while True:\n    print("spam" * 100)',
    error: { kind: 'python', type: 'MemoryError', message: /printed more than 1,000,000 characters/, line: 2 },
  },
  {
    id: 'print-huge', name: 'one huge print stops at the output budget',
    source: 'print("x" * 10**7)',
    error: { kind: 'python', type: 'MemoryError', message: /printed more than 1,000,000 characters/, line: 1 },
  },
  {
    id: 'finalizers-while-stopping', name: 'finalizers that run while a step-budget stop unwinds are not counted',
    source: 'class F:\n    def __del__(self):\n        pass\nnodes = [F() for i in range(10**9)]',
    error: { kind: 'limit', type: 'StepLimitExceeded', message: /50,000 steps/ },
  },
  {
    id: 'print-numbers', name: 'printing ten million numbers stops at the step budget',
    source: 'for i in range(10**7):\n    print(i)',
    error: { kind: 'limit', type: 'StepLimitExceeded', message: /50,000 steps/ },
  },
];

function check(c: Case, r: RunResult, options: RunOptions): void {
  expect(r.steps).toBeLessThanOrEqual((options.maxSteps ?? 1_000_000) + 1);
  expect(r.stdout.length).toBeLessThanOrEqual(1_000_000 + 1000);
  if (c.error === null) {
    expect(r.error?.summary ?? null).toBeNull();
  } else {
    const e = r.error!;
    expect(e, 'the run should end with an error').not.toBeNull();
    expect({ kind: e.kind, type: e.type }).toEqual({ kind: c.error.kind, type: c.error.type });
    if (c.error.message !== undefined) expect(e.message).toMatch(c.error.message);
    if (c.error.line !== undefined) expect(e.line).toBe(c.error.line);
  }
  if (typeof c.stdout === 'string') expect(r.stdout).toBe(c.stdout);
  else if (c.stdout !== undefined) expect(r.stdout).toMatch(c.stdout);
}

describe('hostile programs', () => {
  afterAll(stopIsolatedWorkers);

  it('have unique ids and names, and skip.txt names only existing ones', () => {
    const ids = CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(ids.length);
    const listed = [...skips.keys()].filter((k) => k.startsWith('hostile:')).map((k) => k.slice('hostile:'.length));
    expect(listed.filter((k) => !ids.includes(k.replace(/ \*$/, '')) || !k.endsWith(' *'))).toEqual([]);
  });

  describe.concurrent('each ends with a clear error within its budgets', () => {
    for (const c of CASES) {
      const reason = skips.get(`hostile:${c.id} *`);
      const watchdog = Math.min(c.watchdogMs ?? WATCHDOG_MS, reason === undefined ? WATCHDOG_MS : WATCHDOG_KNOWN_FAILURE_MS);
      const body = async (): Promise<void> => {
        const options = { ...BUDGET, ...c.options };
        const out = await runIsolated(c.source, options, watchdog);
        if (out.status === 'hung') throw new Error(`the run did not return within ${watchdog} ms (time budget ${options.timeLimitMs} ms)`);
        if (out.status === 'crashed') throw new Error(`the worker died: ${out.message}`);
        if (out.status === 'threw') throw new Error(`run() threw: ${out.thrown}`);
        check(c, out.result, options);
      };
      if (reason === undefined) it(c.name, body, watchdog + 10_000);
      else it.fails(`${c.name} (skipped: ${reason})`, body, watchdog + 10_000);
    }
  });
});
