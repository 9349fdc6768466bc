/**
 * The engine's public entry point: run a Python program under a chosen CPython version
 * and get its output, its error (as a value, never a JavaScript exception) and, when
 * asked, a trace of what memory did at every step (docs/trace-format.md).
 */

import { parse } from './parse/parse.ts';
import { compileModule, CompileFailure } from './compile/compiler.ts';
import { createRuntime } from './bootstrap.ts';
import { rt, setRuntime, type Runtime } from './runtime.ts';
import { DEFAULT_PYTHON, isPythonVersion, profileFor, type PythonVersion } from './profiles/profiles.ts';
import { EngineStop, PyError, type PyObject } from './objects/object.ts';
import { Frame, newFrame, resetFrameIds } from './eval/frame.ts';
import { runFrame } from './eval/interpreter.ts';
import { PyException, exceptionQualifiedName, exceptionStr } from './objects/exceptions.ts';
import { tracebackEntries } from './eval/traceback.ts';
import { suggestionFor } from './eval/suggestions.ts';
import { decref, unbindHeap } from './heap/heap.ts';
import { unbindCollector } from './heap/gc.ts';
import type { PyDict } from './objects/dict.ts';
import { TraceRecorder, type Trace } from './trace/recorder.ts';
import { auditHeap, type AuditReport } from './heap/audit.ts';
import { finalizeInterpreter } from './eval/shutdown.ts';

export interface RunOptions {
  /** CPython version to simulate (default 3.13). */
  python?: PythonVersion;
  /** Executed source lines after which the program is stopped (default 1,000,000). */
  maxSteps?: number;
  /** Wall-clock limit in milliseconds (default: none). */
  timeLimitMs?: number;
  /** Record a trace for the playground (default false). */
  trace?: boolean;
  /** With `trace`: keep at most this many steps (default 200,000); later ones are dropped and `trace.truncated` is set. */
  maxTraceSteps?: number;
  /** With `trace`: stop recording once the trace would take about this many bytes as JSON (default 64 MB). */
  maxTraceBytes?: number;
  /** Check after every step that refcounts match the references held (tests). */
  audit?: boolean;
  /** Collect on every allocation of a GC object (tests of the collector). */
  gcStress?: boolean;
  /** Upper bound for one object's size in bytes (default 256 MiB). */
  maxObjectBytes?: number;
  /** File name shown in tracebacks (default "main.py"). */
  filename?: string;
}

export interface TracebackEntry {
  name: string;
  line: number;
}

/** A Python-style error, or an engine limit, reported as data. */
export interface RunError {
  /** 'python' for exceptions the program raised or caused; 'syntax' for SyntaxError;
   * 'unsupported' for constructs outside PyHeap's subset; 'limit' for step/time budgets;
   * 'internal' for an engine bug (never expected). */
  kind: 'python' | 'syntax' | 'unsupported' | 'limit' | 'internal';
  /** Exception class name, e.g. "NameError". */
  type: string;
  message: string;
  /** The last line CPython prints: "Type: message", with the "Did you mean" hint CPython adds to an uncaught NameError or AttributeError. */
  summary: string;
  line: number | null;
  col: number | null;
  traceback: TracebackEntry[];
}

export interface RunResult {
  python: PythonVersion;
  stdout: string;
  /** What CPython would have printed to stderr (ignored exceptions, the traceback). */
  stderr: string;
  error: RunError | null;
  steps: number;
  trace: Trace | null;
  /** Audit failures, when `audit` was on (empty means the heap was consistent). */
  audit: AuditReport | null;
}

const DEFAULT_MAX_STEPS = 1_000_000;

/** Runs `source`; never throws for anything the program does. */
export function run(source: string, options: RunOptions = {}): RunResult {
  const python = options.python ?? DEFAULT_PYTHON;
  if (!isPythonVersion(python)) throw new Error(`unknown Python version: ${String(python)}`);
  const profile = profileFor(python);
  const parsed = parse(source);
  const base: RunResult = { python, stdout: '', stderr: '', error: null, steps: 0, trace: null, audit: null };
  if (!parsed.ok) {
    const e = parsed.error;
    const summary = `${e.type}: ${e.message}`;
    return {
      ...base,
      stderr: `  File "${options.filename ?? 'main.py'}", line ${e.line}\n${summary}\n`,
      error: { kind: 'syntax', type: e.type, message: e.message, summary, line: e.line, col: e.col, traceback: [] },
    };
  }
  const previous = rt;
  const runtime = createRuntime(profile, {
    maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
    deadline: options.timeLimitMs === undefined ? Infinity : Date.now() + options.timeLimitMs,
    maxObjectBytes: options.maxObjectBytes ?? 256 * 1024 * 1024,
    trackLive: options.trace === true || options.audit === true,
    filename: options.filename ?? 'main.py',
  });
  runtime.sourceLines = source.split('\n');
  resetFrameIds();
  let recorder: TraceRecorder | null = null;
  const auditReport: AuditReport | null = options.audit ? { checks: 0, problems: [] } : null;
  try {
    if (options.gcStress) enableStress(runtime);
    if (options.trace) {
      recorder = new TraceRecorder(runtime, source, { maxTraceSteps: options.maxTraceSteps, maxTraceBytes: options.maxTraceBytes });
      runtime.tracer = recorder;
    }
    if (auditReport !== null) {
      const inner = runtime.tracer;
      runtime.tracer = auditingTracer(runtime, inner, auditReport);
    }
    let error: RunError | null = null;
    let uncaught: PyObject | null = null;
    try {
      const code = compileModule(parsed.module, { filename: options.filename ?? 'main.py' });
      const globals = (runtime.mainModule as unknown as { dict: PyDict }).dict;
      const frame = newFrame(code, null, globals, globals);
      frame.entry = true;
      const result = runFrame(frame);
      decref(result);
    } catch (e) {
      if (e instanceof PyError) uncaught = e.exc;
      error = describeFailure(e, runtime);
    }
    if (recorder !== null) recorder.programEnded(error);
    // The exception that ended the program is still held (sys.last_exc, until shutdown).
    if (auditReport !== null) auditHeap(runtime, auditReport, uncaught === null ? [] : [uncaught]);
    // CPython prints the traceback, then shuts the interpreter down.
    const stderrParts = [...runtime.stderr];
    runtime.stderr.length = 0;
    if (error !== null && error.kind !== 'limit') stderrParts.push(formatTraceback(error, options.filename ?? 'main.py', runtime));
    if (error === null || error.kind === 'python') {
      if (recorder !== null) recorder.shutdownRan = true;
      try {
        finalizeInterpreter(uncaught);
      } catch (e) {
        // A finalizer ran out of the step budget (or the engine failed): report that.
        if (error === null) error = describeFailure(e, runtime);
      }
      uncaught = null;
      stderrParts.push(...runtime.stderr);
    }
    if (recorder !== null) recorder.finish(error);
    if (auditReport !== null) auditHeap(runtime, auditReport, uncaught === null ? [] : [uncaught]);
    return {
      python,
      stdout: runtime.stdout.join(''),
      stderr: stderrParts.join(''),
      error,
      steps: runtime.steps,
      trace: recorder === null ? null : recorder.trace,
      audit: auditReport,
    };
  } finally {
    setRuntime(previous);
    // The run's heap must not outlive it through module state (a 100k-step trace's heap is
    // 100 MB); runs do not nest, so there is nothing to rebind.
    if (previous === undefined) {
      unbindHeap();
      unbindCollector();
    }
  }
}

/** gcStress: a collection at every allocation (tests), thresholds left as the program sees them. */
function enableStress(runtime: Runtime): void {
  runtime.heap.stress = true;
}

function auditingTracer(runtime: Runtime, inner: Runtime['tracer'], report: AuditReport): NonNullable<Runtime['tracer']> {
  return {
    line(frame, line) {
      // References held by native code in progress (a class body run by __build_class__,
      // __init__ run by a type call) are invisible to the audit, so audit only when every
      // frame on the stack was entered directly from Python.
      let nested = false;
      // (Finalizers run at shutdown have no caller frame but are nested in a deallocation.)
      for (let f = runtime.frame; f !== null; f = f.back) if (f.entry && (f.back !== null || f.code.name !== '<module>')) nested = true;
      if (!nested) auditHeap(runtime, report);
      inner?.line(frame, line);
    },
    call(frame) {
      inner?.call(frame);
    },
    ret(frame, value) {
      inner?.ret(frame, value);
    },
    exception(frame, exc) {
      inner?.exception(frame, exc);
    },
    collection(event) {
      inner?.collection(event);
    },
  };
}

function describeFailure(e: unknown, runtime: Runtime): RunError {
  if (e instanceof PyError) {
    const exc = e.exc;
    const type = exceptionQualifiedName(exc.type);
    let message: string;
    try {
      message = exceptionStr(exc);
    } catch {
      message = '<exception str() failed>';
    }
    const tb = exc instanceof PyException ? tracebackEntries(exc.traceback) : [];
    const last = tb[tb.length - 1];
    const unsupported = type === 'NotImplementedError' && / is not (supported|available) here/.test(message);
    return {
      kind: unsupported ? 'unsupported' : 'python',
      type,
      message,
      summary: (message === '' ? type : `${type}: ${message}`) + (exc instanceof PyException ? suggestionFor(exc) : ''),
      line: last?.line ?? null,
      col: null,
      traceback: tb.map((t) => ({ name: t.name, line: t.line })),
    };
  }
  if (e instanceof CompileFailure) {
    const i = e.info;
    return {
      kind: i.type === 'NotImplementedError' ? 'unsupported' : 'syntax',
      type: i.type,
      message: i.message,
      summary: `${i.type}: ${i.message}`,
      line: i.line,
      col: i.col,
      traceback: [],
    };
  }
  if (e instanceof EngineStop) {
    const line = e.line ?? runtime.frame?.line ?? null;
    return { kind: 'limit', type: 'StepLimitExceeded', message: e.message, summary: e.message, line, col: null, traceback: [] };
  }
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return {
      kind: 'python', type: 'RecursionError', message: 'maximum recursion depth exceeded',
      summary: 'RecursionError: maximum recursion depth exceeded', line: runtime.frame?.line ?? null, col: null, traceback: [],
    };
  }
  const msg = e instanceof Error ? `${e.message}` : String(e);
  return {
    kind: 'internal', type: 'InternalError', message: `PyHeap engine error: ${msg}`,
    summary: `InternalError: PyHeap engine error: ${msg}`, line: runtime.frame?.line ?? null, col: null, traceback: [],
  };
}

function formatTraceback(err: RunError, filename: string, runtime: Runtime): string {
  if (err.kind === 'syntax' || err.kind === 'unsupported') {
    if (err.traceback.length === 0) return `  File "${filename}", line ${err.line ?? '?'}\n${err.summary}\n`;
  }
  let out = 'Traceback (most recent call last):\n';
  for (const t of err.traceback) {
    out += `  File "${filename}", line ${t.line}, in ${t.name}\n`;
    const text = runtime.sourceLines[t.line - 1];
    if (text !== undefined && text.trim() !== '') out += `    ${text.trim()}\n`;
  }
  return `${out}${err.summary}\n`;
}

export type { Trace, Frame, PyObject };
