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
  objects?: ObjectState[];
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
