/**
 * Types of the trace format `pyheap-trace/1`; docs/trace-format.md is the specification.
 * This module has no runtime dependencies, so renderers can import it alone.
 */

export type PythonVersionName = '3.10' | '3.11' | '3.12' | '3.13' | '3.14';

export type StepEvent = 'line' | 'call' | 'return' | 'exception' | 'gc-unreachable' | 'gc-done' | 'end' | 'error' | 'shutdown';
export type RefKind = 'item' | 'key' | 'value' | 'attr' | 'internal';
export type ObjectKind = 'value' | 'container' | 'instance' | 'function' | 'class' | 'frame' | 'other';

export interface FrameState {
  id: number;
  name: string;
  qualname: string;
  vars: [string, number][];
  finished: boolean;
}

export interface ObjectState {
  id: number;
  type: string;
  kind: ObjectKind;
  label: string;
  refcount: number;
  address: number;
  size: number;
  generation: number;
  gcObject: boolean;
  immortal: boolean;
  builtin: boolean;
  refs: [string, number, RefKind][];
  weakRefs?: [string, number][];
}

/**
 * An object recorded again: only what changed since its previous state. `refs`, when
 * present, replaces the previous references from index `refsFrom` (0 when absent) on, so
 * a list that grew by one item costs one reference; `weakRefs: null` means none any more.
 */
export interface ObjectChange {
  id: number;
  change: true;
  refcount?: number;
  label?: string;
  size?: number;
  generation?: number;
  refs?: [string, number, RefKind][];
  refsFrom?: number;
  weakRefs?: [string, number][] | null;
}

/** What a step records about an object: its full state the first time, then changes. */
export type RecordedObject = ObjectState | ObjectChange;

/** An object's full state after a step, from its state before and what the step recorded. */
export function resolveObjectState(previous: ObjectState | undefined, recorded: RecordedObject): ObjectState {
  if (!('change' in recorded)) return recorded;
  if (previous === undefined) throw new Error(`trace: a change to object #${recorded.id}, which is not alive`);
  const next: ObjectState = { ...previous };
  if (recorded.refcount !== undefined) next.refcount = recorded.refcount;
  if (recorded.label !== undefined) next.label = recorded.label;
  if (recorded.size !== undefined) next.size = recorded.size;
  if (recorded.generation !== undefined) next.generation = recorded.generation;
  if (recorded.refs !== undefined) next.refs = previous.refs.slice(0, recorded.refsFrom ?? 0).concat(recorded.refs);
  if (recorded.weakRefs === null) delete next.weakRefs;
  else if (recorded.weakRefs !== undefined) next.weakRefs = recorded.weakRefs;
  return next;
}

export interface Death {
  id: number;
  cause: 'refcount' | 'gc';
  generation?: number;
}

export interface Collection {
  generation: number;
  trigger: 'threshold' | 'manual' | 'shutdown';
  examined: number;
  unreachable: number[];
  collected: number;
  uncollectable: number;
  promoted: number;
}

export interface Step {
  event: StepEvent;
  line: number;
  out: number;
  stack: number[];
  frames?: FrameState[];
  objects?: RecordedObject[];
  died?: Death[];
  counts?: [number, number, number];
  thresholds?: [number, number, number];
  collection?: Collection;
  exception?: string;
  returned?: number;
}

export interface TraceError {
  kind: string;
  type: string;
  message: string;
  summary: string;
  line: number | null;
}

export interface Trace {
  format: 'pyheap-trace/1';
  python: PythonVersionName;
  pythonLabel: string;
  source: string;
  stdout: string;
  thresholds: [number, number, number];
  steps: Step[];
  error: TraceError | null;
  truncated: boolean;
}

/** The complete picture at one step, as TraceReader rebuilds it. */
export interface StepView {
  index: number;
  step: Step;
  /** Frames on the stack, outermost first. */
  stack: FrameState[];
  /** Every object alive at this step, by id. */
  objects: Map<number, ObjectState>;
  /** Every frame known at this step (finished frames kept alive included), by id. */
  frames: Map<number, FrameState>;
  counts: [number, number, number];
  thresholds: [number, number, number];
  stdout: string;
}
