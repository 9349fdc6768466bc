/**
 * The trace recorder: subscribes to the interpreter's hooks (Tracer) and the heap's
 * birth/death observer, and at every step writes down only what changed (objects marked
 * dirty by incref/decref/mutation, frames whose variables changed, deaths, counts).
 * See docs/trace-format.md.
 */

import type { CollectionEvent, Runtime, Tracer } from '../runtime.ts';
import { engineRepr } from '../objects/reprguard.ts';
import { touch, type DeathCause } from '../heap/heap.ts';
import { PyObject, PyType } from '../objects/object.ts';
import type { Frame } from '../eval/frame.ts';
import { Frame as FrameClass } from '../eval/frame.ts';
import { PyDict } from '../objects/dict.ts';
import { PyStr } from '../objects/str.ts';
import { PyInt } from '../objects/int.ts';
import { PyFloat } from '../objects/float.ts';
import { PyCell, PyFunction } from '../objects/function.ts';
import { PyBuiltin } from '../objects/builtinfunc.ts';
import { PyWeakref } from '../objects/weakref.ts';
import { PyException, formatExceptionLine } from '../objects/exceptions.ts';
import { reportedRefcount, sizeOf } from '../modules/sysmodule.ts';
import { addressOf } from '../heap/allocator.ts';
import type {
  Death, FrameState, ObjectChange, ObjectKind, ObjectState, RecordedObject, RefKind, Step, StepEvent, Trace, TraceError,
} from './format.ts';

export type { Trace };

const HIDDEN_REF_LABELS = new Set([
  '__class__', '__globals__', '__builtins__', '__module__', '__name__', '__qualname__', '__doc__',
  '__code__', 'f_globals', 'f_builtins', 'f_code', 'f_func', 'f_locals', 'co_consts', '__objclass__', '__mro__', '__bases__', '__base__',
  '__thisclass__', '__self_class__', 'mapping',
]);
const HIDDEN_FRAME_VARS = new Set(['__name__', '__doc__', '__package__', '__spec__', '__builtins__', '__loader__', '__module__', '__qualname__', '__classcell__']);
const MAX_LABEL = 60;

export interface RecorderOptions {
  maxTraceSteps: number | undefined;
  maxTraceBytes: number | undefined;
}

export class TraceRecorder implements Tracer {
  readonly trace: Trace;
  private rt: Runtime;
  private last = new Map<number, ObjectState>();
  private lastFrames = new Map<number, FrameState>();
  private lastCounts: [number, number, number] = [-1, -1, -1];
  private lastThresholds: [number, number, number];
  private pendingDeaths: Death[] = [];
  /** Frame ids on the stack at the previous step. */
  private lastStack = new Set<number>();
  private lastStackIds: number[] = [];
  private maxSteps: number;
  private maxBytes: number;
  /** An estimate of the trace's size as JSON, to stop before it gets too big. */
  private bytes = 0;
  private done = false;

  constructor(rt: Runtime, source: string, opts: Partial<RecorderOptions> = {}) {
    this.rt = rt;
    this.maxSteps = opts.maxTraceSteps ?? 200_000;
    this.maxBytes = opts.maxTraceBytes ?? 64 * 1024 * 1024;
    this.lastThresholds = [...rt.heap.thresholds];
    this.trace = {
      format: 'pyheap-trace/1',
      python: rt.profile.version,
      pythonLabel: rt.profile.label,
      source,
      stdout: '',
      thresholds: [...rt.heap.thresholds],
      steps: [],
      error: null,
      truncated: false,
    };
    rt.heap.dirty = [];
    rt.heap.epoch = 1;
    rt.heap.observer = {
      born: () => {},
      died: (o, cause) => this.onDeath(o, cause),
      dying: (o, cause) => this.onDeath(o, cause),
    };
  }

  // ---------------------------------------------------------------- Tracer hooks

  line(frame: Frame, line: number): void {
    this.emit('line', frame, line);
  }

  call(frame: Frame): void {
    this.emit('call', frame, frame.line);
  }

  ret(frame: Frame, value: PyObject): void {
    const step = this.emit('return', frame, frame.line);
    if (step !== null && this.visible(value)) {
      this.ensureEmitted(value, step);
      step.returned = value.serial;
    }
  }

  exception(frame: Frame, exc: PyObject): void {
    const step = this.emit('exception', frame, frame.line);
    if (step !== null) step.exception = safe(() => formatExceptionLine(exc), exc.type.name);
  }

  collection(ev: CollectionEvent): void {
    // Survivors changed generation without being touched: record them again.
    if (ev.phase === 'done') this.markMovedObjects();
    const f = this.rt.frame;
    const step = this.emit(ev.phase === 'unreachable' ? 'gc-unreachable' : 'gc-done', f, f?.line ?? 0);
    if (step === null) return;
    step.collection = {
      generation: ev.generation,
      trigger: ev.trigger,
      examined: ev.examined,
      unreachable: ev.unreachable.filter((o) => this.visible(o)).map((o) => o.serial),
      collected: ev.collected,
      uncollectable: ev.uncollectable,
      promoted: ev.promoted,
    };
  }

  private markMovedObjects(): void {
    const h = this.rt.heap;
    for (const list of h.generations) {
      const head = list.head;
      for (let o = head.gcNext!; o !== head; o = o.gcNext!) {
        const known = this.last.get(o.serial);
        if (known !== undefined && known.generation !== o.gen) touch(o);
      }
    }
  }

  /** The step where the program's last line has run, or the error that stopped it. */
  programEnded(error: { kind: string; summary: string; line: number | null } | null): void {
    if (this.done) return;
    const lastLine = this.trace.steps.length > 0 ? this.trace.steps[this.trace.steps.length - 1]!.line : 1;
    const step = this.emit(error === null ? 'end' : 'error', null, error?.line ?? lastLine, true);
    if (step !== null && error !== null) step.exception = error.summary;
    this.ended = true;
  }

  /**
   * The last step: interpreter shutdown released what the program left alive (it follows
   * the 'end'/'error' step when shutdown ran). Detaches the recorder.
   */
  finish(error: { kind: string; type: string; message: string; summary: string; line: number | null } | null): void {
    const rt = this.rt;
    this.trace.stdout = rt.stdout.join('');
    const te: TraceError | null = error === null ? null : { kind: error.kind, type: error.type, message: error.message, summary: error.summary, line: error.line };
    this.trace.error = te;
    if (!this.ended) this.programEnded(error);
    else if (!this.done && this.shutdownRan) {
      const lastLine = this.trace.steps.length > 0 ? this.trace.steps[this.trace.steps.length - 1]!.line : 1;
      this.emit('shutdown', null, lastLine, true);
    }
    rt.heap.observer = null;
    rt.heap.dirty = null;
  }

  /** Interpreter shutdown ran after the program ended (see eval/shutdown.ts). */
  shutdownRan = false;
  private ended = false;

  // ---------------------------------------------------------------- recording

  private onDeath(o: PyObject, cause: DeathCause): void {
    if (!this.last.has(o.serial)) return;
    this.last.delete(o.serial);
    const d: Death = { id: o.serial, cause: cause.kind === 'gc' ? 'gc' : 'refcount' };
    if (cause.kind === 'gc') d.generation = cause.generation;
    this.pendingDeaths.push(d);
  }

  private emit(event: StepEvent, frame: Frame | null, line: number, force = false): Step | null {
    if (this.done) return null;
    const rt = this.rt;
    if (!force && (this.trace.steps.length >= this.maxSteps || this.bytes >= this.maxBytes)) {
      this.trace.truncated = true;
      this.done = true;
      rt.heap.dirty = null;
      return null;
    }
    const out = rt.stdoutLength;
    const stackFrames = this.stackFrames(frame);
    const step: Step = { event, line, out, stack: this.stackIds(stackFrames) };
    // Objects that changed since the previous step.
    const dirty = rt.heap.dirty!;
    // Objects marked during this step carry this epoch.
    const dirtyEpoch = rt.heap.epoch;
    rt.heap.dirty = [];
    rt.heap.epoch++;
    const objects: RecordedObject[] = [];
    const changedFrames = new Set<Frame>();
    for (const o of dirty) {
      if (o instanceof FrameClass) {
        changedFrames.add(o);
        // A generator shows its frame's variables as its own references.
        const gen = o.generator;
        if (gen !== null && gen.rc > 0 && this.visible(gen)) this.record(gen, objects, step);
        continue;
      }
      if (o.rc <= 0 && !o.imm) continue;
      if (!this.visible(o)) continue;
      this.record(o, objects, step);
    }
    // Frames: new ones, changed ones, and the namespace dicts behind module/class frames.
    const frames: FrameState[] = [];
    const onStack = new Set<number>();
    for (const f of stackFrames) {
      onStack.add(f.frameId);
      const known = this.lastFrames.get(f.frameId);
      const nsDirty = f.locals !== null && f.locals.mark === dirtyEpoch;
      // A frame coming back onto the stack (a resumed generator) was dropped by readers
      // when it left: send it again.
      const returning = known !== undefined && !this.lastStack.has(f.frameId);
      if (known === undefined || returning || changedFrames.has(f) || nsDirty || (f.finished !== known.finished)) {
        const fs = this.frameState(f, step, objects);
        if (known === undefined || returning || !sameFrame(known, fs)) {
          frames.push(fs);
          this.lastFrames.set(f.frameId, fs);
        }
      }
    }
    this.lastStack = onStack;
    if (objects.length > 0) step.objects = objects;
    if (frames.length > 0) step.frames = frames;
    if (this.pendingDeaths.length > 0) {
      step.died = this.pendingDeaths;
      this.pendingDeaths = [];
    }
    const c = rt.heap.counts;
    if (c[0] !== this.lastCounts[0] || c[1] !== this.lastCounts[1] || c[2] !== this.lastCounts[2]) {
      this.lastCounts = [c[0]!, c[1]!, c[2]!];
      step.counts = [c[0]!, c[1]!, c[2]!];
    }
    const t = rt.heap.thresholds;
    if (t[0] !== this.lastThresholds[0] || t[1] !== this.lastThresholds[1] || t[2] !== this.lastThresholds[2]) {
      this.lastThresholds = [t[0], t[1], t[2]];
      step.thresholds = [t[0], t[1], t[2]];
    }
    this.bytes += estimateBytes(step);
    this.trace.steps.push(step);
    return step;
  }

  /** The stack's frame ids; the previous step's array when it is the same stack (most steps
   *  are), so that a long trace does not hold one copy per step. */
  private stackIds(frames: Frame[]): number[] {
    const last = this.lastStackIds;
    if (last.length === frames.length && frames.every((f, i) => f.frameId === last[i])) return last;
    this.lastStackIds = frames.map((f) => f.frameId);
    return this.lastStackIds;
  }

  private stackFrames(current: Frame | null): Frame[] {
    const out: Frame[] = [];
    for (let f = current ?? this.rt.frame; f !== null; f = f.back) out.push(f);
    return out.reverse();
  }

  /** Objects a learner should see: the program's objects and the values they use. */
  private visible(o: PyObject): boolean {
    const t = o.type;
    if (t.internal || t === this.rt.types.sentinel) return false;
    if ((o as { hiddenFromGc?: boolean }).hiddenFromGc) return false;
    if ((o as { hiddenFromTrace?: boolean }).hiddenFromTrace) return false;
    if (o instanceof FrameClass) return false;
    if (o instanceof PyDict && o.isClassDict) return false;
    if (o.addr === 0) return false;
    if (o instanceof PyType && !o.isHeapType) return (o as { everReferenced?: boolean }).everReferenced === true;
    if (o instanceof PyBuiltin && o.self === null) return (o as { everReferenced?: boolean }).everReferenced === true;
    return true;
  }

  /** Emits an object referenced for the first time (static singletons never change). */
  private ensureEmitted(o: PyObject, step: Step, into?: RecordedObject[]): void {
    if (this.last.has(o.serial)) return;
    if (o instanceof PyType || o instanceof PyBuiltin) (o as { everReferenced?: boolean }).everReferenced = true;
    if (!this.visible(o)) return;
    const list = into ?? (step.objects ??= []);
    this.record(o, list, step);
  }

  private record(o: PyObject, into: RecordedObject[], step: Step): void {
    const state = this.objectState(o, step, into);
    const prev = this.last.get(o.serial);
    if (prev !== undefined && sameObject(prev, state)) return;
    this.last.set(o.serial, state);
    into.push(prev === undefined ? state : asChange(prev, state));
  }

  private objectState(o: PyObject, step: Step, into: RecordedObject[]): ObjectState {
    const rt = this.rt;
    const refs: [string, number, RefKind][] = [];
    const weakRefs: [string, number][] = [];
    // Unchanged references reuse the previous state's entries (less garbage per step).
    const previous = this.last.get(o.serial)?.refs;
    const follow = (x: PyObject, kind: RefKind, label: string): void => {
      if (x instanceof FrameClass) return;
      if (!this.last.has(x.serial)) {
        if (x instanceof PyType || x instanceof PyBuiltin) (x as { everReferenced?: boolean }).everReferenced = true;
        if (!this.visible(x)) return;
        this.last.set(x.serial, placeholder(x));
        const st = this.objectState(x, step, into);
        this.last.set(x.serial, st);
        into.push(st);
      }
      const p = previous?.[refs.length];
      if (p !== undefined && p[1] === x.serial && p[0] === label && p[2] === kind) refs.push(p);
      else refs.push([label, x.serial, kind]);
    };
    if (o instanceof PyType && o.isHeapType) {
      const d = o.dict as PyDict | null;
      if (d !== null) {
        d.isClassDict = true;
        for (let i = 0; i < d.keys.length; i++) {
          const k = d.keys[i];
          if (!(k instanceof PyStr)) continue;
          if (HIDDEN_FRAME_VARS.has(k.v) || k.v === '__dict__' || k.v === '__weakref__' || k.v === '__doc__') continue;
          follow(d.values[i]!, 'attr', k.v);
        }
      }
    } else {
      const t = o.type.references ?? o.type.traverse;
      if (t !== null) {
        t(o, (x, kind, label) => {
          const text = labelText(kind, label);
          if (kind === 'internal' && HIDDEN_REF_LABELS.has(text)) return;
          follow(x, kind, text);
        });
      }
    }
    if (o instanceof PyWeakref && o.referent !== null && this.visible(o.referent)) {
      this.ensureEmitted(o.referent, step, into);
      weakRefs.push(['referent', o.referent.serial]);
    }
    const address = addressOf(o.addr);
    const s: ObjectState = {
      id: o.serial,
      type: o.type.name,
      kind: kindOf(o, rt),
      label: labelOf(o),
      refcount: reportedRefcount(o),
      address,
      size: safe(() => sizeOf(o), 0),
      generation: o.gen,
      gcObject: o.type.isGC,
      immortal: o.imm && rt.profile.immortalObjects,
      builtin: o.type === rt.types.type ? !(o as PyType).isHeapType : address < 0x560000000000 && address > 0x550000000000,
      refs,
    };
    if (weakRefs.length > 0) s.weakRefs = weakRefs;
    return s;
  }

  private frameState(f: Frame, step: Step, into: RecordedObject[]): FrameState {
    const vars: [string, number][] = [];
    const add = (name: string, v: PyObject | null | undefined): void => {
      if (v === null || v === undefined) return;
      if (!this.last.has(v.serial)) {
        if (v instanceof PyType || v instanceof PyBuiltin) (v as { everReferenced?: boolean }).everReferenced = true;
        if (!this.visible(v)) return;
        this.record(v, into, step);
      }
      vars.push([name, v.serial]);
    };
    if (f.locals !== null) {
      const d = f.locals;
      for (let i = 0; i < d.keys.length; i++) {
        const k = d.keys[i];
        if (!(k instanceof PyStr) || HIDDEN_FRAME_VARS.has(k.v)) continue;
        add(k.v, d.values[i]);
      }
    }
    const code = f.code;
    const names = [...code.varnames, ...code.cellvars, ...code.freevars];
    for (let i = 0; i < f.fast.length; i++) {
      const name = names[i];
      if (name === undefined || name.startsWith('.')) continue;
      add(name, f.fast[i]);
    }
    return { id: f.frameId, name: code.name, qualname: code.qualname, vars, finished: f.finished };
  }
}

function placeholder(o: PyObject): ObjectState {
  return {
    id: o.serial, type: o.type.name, kind: 'other', label: '', refcount: 0, address: addressOf(o.addr), size: 0,
    generation: -1, gcObject: false, immortal: false, builtin: false, refs: [],
  };
}

const ITEM_LABELS: string[] = [];
for (let i = 0; i < 1024; i++) ITEM_LABELS.push(`[${i}]`);

function labelText(kind: RefKind, label: string | number | PyObject | null): string {
  if (label === null) return '';
  if (typeof label === 'number') return kind === 'item' ? (ITEM_LABELS[label] ?? `[${label}]`) : String(label);
  if (typeof label === 'string') return kind === 'attr' ? `.${label}` : label;
  // dict value: label is the key object
  return `[${keyText(label)}]`;
}

const PLAIN_TEXT = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;

function keyText(k: PyObject): string {
  if (k instanceof PyStr) {
    // Printable ASCII without quotes or backslashes needs no escaping (the common case).
    if (PLAIN_TEXT.test(k.v)) return `'${k.v}'`;
    return JSON.stringify(k.v).replace(/^"|"$/g, "'").replace(/^(?!')/, "'").replace(/([^'])$/, "$1'");
  }
  if (k instanceof PyInt) return String(k.v);
  if (k instanceof PyFloat) return String(k.v);
  return k.type.name;
}

function kindOf(o: PyObject, rt: Runtime): ObjectKind {
  const T = rt.types;
  const t = o.type;
  if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyStr || o === rt.none) return 'value';
  if (t === T.list || t === T.tuple || t === T.dict || t === T.set || t === T.frozenset) return 'container';
  if (o instanceof PyFunction || o instanceof PyBuiltin || t === T.method) return 'function';
  if (o instanceof PyType) return 'class';
  if (o instanceof PyCell) return 'other';
  if (o instanceof PyException) return 'instance';
  if (t.isHeapType) {
    if (t.isSubtypeOf(T.list) || t.isSubtypeOf(T.dict) || t.isSubtypeOf(T.tuple) || t.isSubtypeOf(T.set)) return 'container';
    return 'instance';
  }
  return 'other';
}

function labelOf(o: PyObject): string {
  const t = o.type;
  let text: string;
  if (o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat || t.name === 'NoneType') {
    text = safe(() => (t.repr !== null ? t.repr(o) : t.name), t.name);
  } else if (t.summary !== null && !t.isHeapType) text = safe(() => t.summary!(o), t.name);
  else if (t.summary !== null) text = safe(() => t.summary!(o), t.name);
  else text = t.name;
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return engineRepr(f);
  } catch {
    return fallback;
  }
}

/**
 * What a step records for an object seen before: only the fields that changed, and of its
 * references only the part after what it shares with the previous ones (format.ts). A list
 * appended to in a loop, or a namespace whose last variable changes, costs one reference.
 */
function asChange(prev: ObjectState, state: ObjectState): ObjectChange {
  const change: ObjectChange = { id: state.id, change: true };
  if (prev.refcount !== state.refcount) change.refcount = state.refcount;
  if (prev.label !== state.label) change.label = state.label;
  if (prev.size !== state.size) change.size = state.size;
  if (prev.generation !== state.generation) change.generation = state.generation;
  const a = prev.refs;
  const b = state.refs;
  const n = Math.min(a.length, b.length);
  let same = 0;
  while (same < n) {
    const x = a[same]!;
    const y = b[same]!;
    if (x !== y && (x[0] !== y[0] || x[1] !== y[1] || x[2] !== y[2])) break;
    same++;
  }
  if (same < a.length || same < b.length) {
    change.refs = b.slice(same);
    if (same > 0) change.refsFrom = same;
  }
  const wa = prev.weakRefs;
  const wb = state.weakRefs;
  if (!sameWeakRefs(wa ?? [], wb ?? [])) change.weakRefs = wb ?? null;
  return change;
}

/** Roughly what a step adds to the trace's JSON (within a few percent on real traces). */
function estimateBytes(step: Step): number {
  let n = 60 + 4 * step.stack.length;
  for (const o of step.objects ?? []) {
    n += 'change' in o ? 40 : 230;
    if (o.refs !== undefined && o.refs !== null) for (const r of o.refs) n += 16 + r[0].length;
  }
  for (const f of step.frames ?? []) n += 80 + 16 * f.vars.length;
  n += 30 * (step.died?.length ?? 0);
  if (step.collection !== undefined) n += 120 + 8 * step.collection.unreachable.length;
  return n;
}

function sameWeakRefs(a: [string, number][], b: [string, number][]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]![0] !== b[i]![0] || a[i]![1] !== b[i]![1]) return false;
  return true;
}

function sameObject(a: ObjectState, b: ObjectState): boolean {
  if (a.refcount !== b.refcount || a.label !== b.label || a.generation !== b.generation || a.size !== b.size || a.address !== b.address) return false;
  if (a.refs.length !== b.refs.length) return false;
  for (let i = 0; i < a.refs.length; i++) {
    const x = a.refs[i]!;
    const y = b.refs[i]!;
    if (x[0] !== y[0] || x[1] !== y[1] || x[2] !== y[2]) return false;
  }
  const wa = a.weakRefs ?? [];
  const wb = b.weakRefs ?? [];
  if (wa.length !== wb.length) return false;
  for (let i = 0; i < wa.length; i++) if (wa[i]![1] !== wb[i]![1]) return false;
  return true;
}

function sameFrame(a: FrameState, b: FrameState): boolean {
  if (a.finished !== b.finished || a.vars.length !== b.vars.length) return false;
  for (let i = 0; i < a.vars.length; i++) {
    if (a.vars[i]![0] !== b.vars[i]![0] || a.vars[i]![1] !== b.vars[i]![1]) return false;
  }
  return true;
}
