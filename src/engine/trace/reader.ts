/**
 * Rebuilds the complete picture at any step of a trace from its recorded changes
 * (docs/trace-format.md, "Rebuilding a step"). Checkpoints every 256 steps keep random
 * access cheap: at most 255 steps are replayed to reach any step.
 */

import { resolveObjectState, type FrameState, type ObjectState, type StepView, type Trace } from './format.ts';

const CHECKPOINT_EVERY = 256;

interface Snapshot {
  objects: Map<number, ObjectState>;
  frames: Map<number, FrameState>;
  counts: [number, number, number];
  thresholds: [number, number, number];
}

export class TraceReader {
  readonly trace: Trace;
  private checkpoints: Snapshot[] = [];

  constructor(trace: Trace) {
    this.trace = trace;
  }

  get length(): number {
    return this.trace.steps.length;
  }

  /** The state at step `index` (0-based), everything included. */
  at(index: number): StepView {
    const steps = this.trace.steps;
    if (steps.length === 0) throw new RangeError('the trace has no steps');
    const k = Math.max(0, Math.min(index, steps.length - 1));
    const cpIndex = Math.floor(k / CHECKPOINT_EVERY);
    this.buildCheckpointsUpTo(cpIndex);
    const base = this.checkpoints[cpIndex]!;
    const snap: Snapshot = {
      objects: new Map(base.objects),
      frames: new Map(base.frames),
      counts: base.counts,
      thresholds: base.thresholds,
    };
    for (let i = cpIndex * CHECKPOINT_EVERY; i <= k; i++) apply(snap, steps[i]!);
    const step = steps[k]!;
    const stack: FrameState[] = [];
    for (const id of step.stack) {
      const f = snap.frames.get(id);
      if (f !== undefined) stack.push(f);
    }
    return {
      index: k,
      step,
      stack,
      objects: snap.objects,
      frames: snap.frames,
      counts: snap.counts,
      thresholds: snap.thresholds,
      stdout: this.trace.stdout.slice(0, step.out),
    };
  }

  /** Checkpoint c holds the state before step c * 256 is applied. */
  private buildCheckpointsUpTo(c: number): void {
    if (this.checkpoints.length === 0) {
      this.checkpoints.push({ objects: new Map(), frames: new Map(), counts: [0, 0, 0], thresholds: [...this.trace.thresholds] });
    }
    while (this.checkpoints.length <= c) {
      const prev = this.checkpoints[this.checkpoints.length - 1]!;
      const snap: Snapshot = { objects: new Map(prev.objects), frames: new Map(prev.frames), counts: prev.counts, thresholds: prev.thresholds };
      const start = (this.checkpoints.length - 1) * CHECKPOINT_EVERY;
      const end = Math.min(start + CHECKPOINT_EVERY, this.trace.steps.length);
      for (let i = start; i < end; i++) apply(snap, this.trace.steps[i]!);
      this.checkpoints.push(snap);
    }
  }
}

function apply(s: Snapshot, step: Trace['steps'][number]): void {
  if (step.died) for (const d of step.died) s.objects.delete(d.id);
  if (step.objects) for (const o of step.objects) s.objects.set(o.id, resolveObjectState(s.objects.get(o.id), o));
  if (step.frames) for (const f of step.frames) s.frames.set(f.id, f);
  if (step.counts) s.counts = step.counts;
  if (step.thresholds) s.thresholds = step.thresholds;
  // Frames that left the stack and were not kept alive disappear.
  const onStack = new Set(step.stack);
  for (const [id, f] of s.frames) if (!onStack.has(id) && !f.finished) s.frames.delete(id);
}
