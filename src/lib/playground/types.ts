/**
 * The messages between the playground island and its engine worker, and the "scene": what
 * the picture shows at one step, already filtered and positioned.
 *
 * Why a scene and not the trace: a long run's trace is tens of megabytes (every step repeats
 * the state of each object that changed), so it stays in the worker that recorded it, and
 * the page asks for one step at a time. A scene holds only what is drawn (a few dozen
 * objects), so copying it across the worker boundary costs well under a millisecond.
 *
 * Everything here is derived from the trace (docs/trace-format.md) alone.
 */

import type { ObjectKind, RefKind, StepEvent } from '../../engine/trace/format.ts';
import type { RunFacts } from '../quiz/checks.ts';
import type { Gate } from '../quiz/gate.ts';

export type PythonVersion = '3.10' | '3.11' | '3.12' | '3.13' | '3.14';
export const pythonVersions: readonly PythonVersion[] = ['3.10', '3.11', '3.12', '3.13', '3.14'];
export const defaultPython: PythonVersion = '3.13';

export function isPythonVersion(value: unknown): value is PythonVersion {
  return typeof value === 'string' && (pythonVersions as readonly string[]).includes(value);
}

/** A reference drawn as a row of its holder: a variable, a list slot, an attribute... */
export interface SceneRow {
  /** What the holder calls it: "x", "[0]", "['key']", ".name". */
  label: string;
  target: number;
  kind: RefKind | 'var';
  /** The target's value, when values are drawn inline instead of as separate objects. */
  inline?: string;
  /** Changed since the previous step (a new or rebound reference). */
  changed?: boolean;
}

export interface SceneFrame {
  id: number;
  name: string;
  qualname: string;
  x: number;
  y: number;
  height: number;
  rows: SceneRow[];
  /** The innermost frame, where the current line runs. */
  current: boolean;
  /** Returned, but kept alive (by a generator or a traceback), or shown after the end. */
  finished: boolean;
}

/**
 * live: reachable from a frame.
 * garbage: alive but unreachable (a reference cycle that counting cannot free).
 * found: in the unreachable set of the collection running at this step.
 * dying: freed at this step; drawn one last time with `death`.
 */
export type ObjectStatus = 'live' | 'garbage' | 'found' | 'dying';

export interface Referrer {
  /** "variable x in <module>", "item [0] of list #2", "attribute .next of Node #4". */
  text: string;
  /** The holder object's id, or null for a frame variable. */
  from: number | null;
  /** A weak reference: it does not count in the refcount and does not keep the object alive. */
  weak?: boolean;
}

export interface SceneObject {
  id: number;
  /** Small number in order of first appearance, so names stay short: "list #3". */
  ord: number;
  type: string;
  kind: ObjectKind;
  label: string;
  refcount: number;
  immortal: boolean;
  builtin: boolean;
  generation: number;
  gcObject: boolean;
  size: number;
  address: number;
  x: number;
  y: number;
  height: number;
  rows: SceneRow[];
  /** Rows not drawn because the container is long. */
  hiddenRows: number;
  status: ObjectStatus;
  death?: { cause: 'refcount' | 'gc'; generation?: number };
  /** Created at this step. */
  isNew: boolean;
  /** refcount minus the previous step's, 0 when unchanged or new. */
  refcountDelta: number;
  referrers: Referrer[];
  /** References counted in refcount that the picture does not show (temporaries, internals). */
  unseenRefs: number;
  /** Weak references this object holds: [label, target id]. */
  weakRefs?: [string, number][];
}

export interface SceneCollection {
  generation: number;
  trigger: string;
  examined: number;
  unreachable: number;
  collected: number;
  uncollectable: number;
  promoted: number;
}

export interface Scene {
  runId: number;
  /** 0-based step index. */
  index: number;
  total: number;
  event: StepEvent;
  line: number;
  /** Length of the program's output at this step. */
  out: number;
  frames: SceneFrame[];
  objects: SceneObject[];
  counts: [number, number, number];
  thresholds: [number, number, number];
  collection?: SceneCollection;
  exception?: string;
  /** "list #3" for a return step. */
  returned?: string;
  /** After the program's end: interpreter shutdown (docs/trace-format.md). */
  shutdown: boolean;
  /** What was too much to draw: counted instead (see layout.ts, maxGhosts and maxDrawnObjects). */
  omitted?: { garbage: number; freed: number; reachable: boolean };
  width: number;
  height: number;
}

export interface RunErrorInfo {
  kind: 'python' | 'syntax' | 'unsupported' | 'limit' | 'internal' | 'killed';
  type: string;
  message: string;
  summary: string;
  line: number | null;
  col: number | null;
}

/** A step worth a marker on the timeline. */
export interface TimelineMark {
  index: number;
  /** 'end': where the program ended and interpreter shutdown begins. */
  kind: 'gc' | 'exception' | 'error' | 'end';
  label: string;
}

export interface RunSummary {
  runId: number;
  python: PythonVersion;
  pythonLabel: string;
  collector: 'generational' | 'incremental';
  stdout: string;
  stderr: string;
  error: RunErrorInfo | null;
  /** Steps in the trace (0 when the program could not start, e.g. a syntax error). */
  total: number;
  /** Executed steps, which can exceed `total` when the trace was truncated. */
  executed: number;
  truncated: boolean;
  marks: TimelineMark[];
  /** Index of the "end" or "error" step (-1 when the trace has none, e.g. truncated). */
  endIndex: number;
  /** Milliseconds the engine ran, and the time spent laying out the picture. */
  runMs: number;
  planMs: number;
  /** What a challenge's checks look at (src/lib/quiz/checks.ts), when the run asked for it. */
  facts?: RunFacts;
  /** The prediction gate's step and answer (src/lib/quiz/gate.ts), when the run asked for one and the line ran. */
  gate?: Gate | null;
}

/** Extras a run can ask the worker for. */
export interface RunExtras {
  facts?: boolean;
  /** The line of a prediction gate. */
  gateLine?: number;
}

export interface CompareEntry {
  python: PythonVersion;
  pythonLabel: string;
  stdout: string;
  error: RunErrorInfo | null;
}

export type WorkerRequest =
  | { type: 'run'; id: number; source: string; python: PythonVersion; openAt: number; inline: boolean; extras?: RunExtras }
  | { type: 'scene'; id: number; runId: number; index: number; inline: boolean }
  | { type: 'compare'; id: number; source: string };

export type WorkerResponse =
  | { type: 'ready' }
  /** The worker starts running a program now: the watchdog's time counts from here. */
  | { type: 'started'; id: number }
  /** The engine finished (the watchdog can stand down); layout may still be running. */
  | { type: 'ran'; id: number }
  | { type: 'result'; id: number; summary: RunSummary; scene: Scene | null }
  | { type: 'scene'; id: number; scene: Scene | null }
  | { type: 'compare'; id: number; entries: CompareEntry[] }
  | { type: 'failed'; id: number; message: string };
