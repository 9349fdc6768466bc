/**
 * Where every object of a run is drawn, decided once per run so that nothing jumps while
 * the learner steps back and forth.
 *
 * The picture follows Python Tutor's reading order: frames in a column on the left, each
 * object to the right of whatever first referred to it, level with the row (variable, list
 * slot, attribute) that refers to it. `planLayout` walks the trace forward once, replaying
 * each step's changes as docs/trace-format.md describes, and gives an object its place at
 * the step where it first becomes visible. The place is kept for the object's whole life;
 * it is handed to another object only when the first one is dead, or is a plain value
 * (int, str…) nobody visible refers to any more. Containers and instances that drop out of
 * sight keep their place, because they usually come back as garbage (a cycle) that the
 * picture must show where the learner last saw it.
 *
 * The planner needs no graph-layout library: objects live in columns by reference depth,
 * so the only decision is a free vertical slot in one column, and one forward pass over a
 * 100,000-step trace takes tens of milliseconds. (A global layout such as dagre's would
 * have to see every object of the run at once, and would move everything whenever one
 * object appeared.)
 */

import { resolveObjectState, type FrameState, type ObjectState, type RefKind, type Step, type Trace } from '../../engine/trace/format.ts';
import { columnX, frameHeight, frameRowCenter, geometry, objectHeight, objectRowCenter, arrowTargetOffset } from './geometry.ts';

const dunderPattern = /^__\w+__$/;
/** `__name__`-style names; the first-character test keeps the regex off the hot path. */
function isDunder(name: string): boolean {
  return name.charCodeAt(0) === 95 && name.charCodeAt(1) === 95 && dunderPattern.test(name);
}

/**
 * Whether a reference is drawn as a row of its holder.
 *
 * A dict lists each key as a reference of its own, then the value under a label that
 * already shows the key ("['name']"). Keys that are plain values are therefore drawn once,
 * in that label; keys that are containers or instances (a tuple key) keep a row and arrow.
 *
 * A class body fills the class with bookkeeping (`__module__`, `__qualname__`,
 * `__firstlineno__`, `__static_attributes__`…). Drawing those would bury the methods the
 * learner wrote, so dunder names are drawn only when they hold functions (`__init__`).
 */
export function isDrawnRef(holderKind: string | undefined, label: string, refKind: RefKind, targetKind: string | undefined): boolean {
  if (refKind === 'key' && targetKind === 'value') return false;
  if (holderKind === 'class' && isDunder(label) && targetKind !== 'function') return false;
  return true;
}

/** The references of `o` the picture draws as rows, in order. */
export function drawnRefs(o: ObjectState, objects: ReadonlyMap<number, ObjectState>): [string, number, RefKind][] {
  let all = true;
  for (const [label, target, kind] of o.refs) {
    if (!isDrawnRef(o.kind, label, kind, objects.get(target)?.kind)) {
      all = false;
      break;
    }
  }
  if (all) return o.refs;
  return o.refs.filter(([label, target, kind]) => isDrawnRef(o.kind, label, kind, objects.get(target)?.kind));
}

/** A frame's variables as drawn: the class-body bookkeeping names are left out, as above. */
export function drawnVars(frame: FrameState, objects: ReadonlyMap<number, ObjectState>): [string, number][] {
  let all = true;
  for (const [name, target] of frame.vars) if (isDunder(name) && objects.get(target)?.kind !== 'function') all = false;
  if (all) return frame.vars;
  return frame.vars.filter(([name, target]) => !isDunder(name) || objects.get(target)?.kind === 'function');
}

/** Values (ints, strings, None…) can be written inside their referrer instead of drawn. */
export function drawnInline(target: ObjectState | undefined, inline: boolean): boolean {
  return inline && target !== undefined && target.kind === 'value';
}

/**
 * The frames drawn at a step: the call stack (outermost first), then frames that returned
 * but are kept alive (a generator's, a traceback's). At the "end" or "error" step the stack
 * is empty, and the frames of the step before are shown, finished, so the last picture of
 * the program still says what each name referred to. Interpreter shutdown, after that, has
 * cleared __main__: its steps show no module frame.
 */
export function drawnFrames(
  step: Pick<Step, 'stack' | 'event'>,
  frames: ReadonlyMap<number, FrameState>,
  previousStack: readonly FrameState[],
): { frame: FrameState; finished: boolean }[] {
  const stack = step.stack;
  const out: { frame: FrameState; finished: boolean }[] = [];
  if (stack.length === 0) {
    if (step.event === 'end' || step.event === 'error') for (const frame of previousStack) out.push({ frame, finished: true });
  } else {
    for (const id of stack) {
      const frame = frames.get(id);
      if (frame !== undefined) out.push({ frame, finished: false });
    }
  }
  // Frames off the stack are kept only when finished (see Replay.apply): usually none.
  if (frames.size > stack.length) {
    const shown = new Set(out.map((entry) => entry.frame.id));
    const kept = [...frames.values()].filter((f) => f.finished && !shown.has(f.id)).sort((a, b) => a.id - b.id);
    for (const frame of kept) out.push({ frame, finished: true });
  }
  return out;
}

/**
 * Most objects drawn through references from the frames at one step. A picture with more
 * boxes is no longer readable, and the text view lists them all anyway.
 */
export const maxDrawnObjects = 120;

/**
 * Most objects that are out of sight (usually garbage cycles) keep their place at once;
 * the least recently seen give theirs up first. A loop that makes a cycle per iteration
 * would otherwise leave thousands of places reserved.
 */
export const maxGhosts = 6;

/** Columns of objects; a chain deeper than this continues down the last column. */
export const maxColumns = 6;

/** One first visit of the depth-first walk from the frames: who led to the object, and from which row. */
export interface Visit {
  id: number;
  /** Frame index in the drawn frame list, when a variable led here. */
  frameIndex: number;
  /** Holder object id, when a row of an object led here (-1 for a variable). */
  parent: number;
  row: number;
}

/**
 * Every object reachable from the drawn frames through drawn rows, in depth-first order
 * (variables top to bottom, each object's rows top to bottom), so that an object's children
 * are placed right after it.
 *
 * The planner walks at almost every step of a run (a hundred thousand walks for a long
 * loop), so the walker keeps its buffers between walks: visits are parallel number arrays,
 * and "seen" is a stamp per id rather than a new Set. An explicit stack instead of
 * recursion: a linked list of ten thousand nodes must not overflow the JavaScript stack.
 */
export class Walker {
  /** The visits of the last walk: ids[i] was reached from frame frameIndex[i], holder parent[i] (-1 for a variable), row row[i]. */
  ids: number[] = [];
  frameIndex: number[] = [];
  parent: number[] = [];
  row: number[] = [];
  count = 0;
  private stamps = new Map<number, number>();
  private walkNumber = 0;
  private stackId: number[] = [];
  private stackFrame: number[] = [];
  private stackParent: number[] = [];
  private stackRow: number[] = [];

  has(id: number): boolean {
    return this.stamps.get(id) === this.walkNumber;
  }

  walk(frameList: readonly FrameState[], objects: ReadonlyMap<number, ObjectState>, inline: boolean, limit: number = maxDrawnObjects): number {
    const walkNumber = ++this.walkNumber;
    const stamps = this.stamps;
    const { stackId, stackFrame, stackParent, stackRow } = this;
    let top = 0;
    let count = 0;
    const push = (id: number, frame: number, parent: number, row: number) => {
      stackId[top] = id;
      stackFrame[top] = frame;
      stackParent[top] = parent;
      stackRow[top] = row;
      top++;
    };
    for (let f = frameList.length - 1; f >= 0; f--) {
      const vars = drawnVars(frameList[f]!, objects);
      for (let i = vars.length - 1; i >= 0; i--) push(vars[i]![1], f, -1, i);
    }
    while (top > 0 && count < limit) {
      top--;
      const id = stackId[top]!;
      if (stamps.get(id) === walkNumber) continue;
      const o = objects.get(id);
      if (o === undefined || (inline && o.kind === 'value')) continue;
      stamps.set(id, walkNumber);
      this.ids[count] = id;
      this.frameIndex[count] = stackFrame[top]!;
      this.parent[count] = stackParent[top]!;
      this.row[count] = stackRow[top]!;
      count++;
      const refs = drawnRefs(o, objects);
      const frame = stackFrame[top]!;
      for (let i = Math.min(refs.length, geometry.maxRows) - 1; i >= 0; i--) {
        const target = refs[i]![1];
        if (stamps.get(target) !== walkNumber) push(target, frame, id, i);
      }
    }
    // Stamps of ids that left the heap would pile up over a long run.
    if (stamps.size > 50_000) {
      for (const [id, stamp] of stamps) if (stamp !== walkNumber) stamps.delete(id);
    }
    this.count = count;
    return count;
  }
}

/** The walk as a list (for the scene builder, which walks once per step drawn). */
export function walkFromFrames(
  frameList: readonly FrameState[],
  objects: ReadonlyMap<number, ObjectState>,
  inline: boolean,
  limit: number = maxDrawnObjects,
): Visit[] {
  const walker = new Walker();
  const n = walker.walk(frameList, objects, inline, limit);
  const visits: Visit[] = [];
  for (let i = 0; i < n; i++) visits.push({ id: walker.ids[i]!, frameIndex: walker.frameIndex[i]!, parent: walker.parent[i]!, row: walker.row[i]! });
  return visits;
}

/** An object's place from step `from` to step `to` (inclusive). */
export interface Placement {
  from: number;
  to: number;
  column: number;
  y: number;
}

export interface LayoutPlan {
  inline: boolean;
  placements: Map<number, Placement[]>;
  /** 1, 2, 3… in order of first appearance: "list #3" reads better than an id like 883. */
  ordinals: Map<number, number>;
  /** Each frame's height, from the most variables it ever has, so frames below never shift. */
  frameHeights: Map<number, number>;
  /** Each object's reference count at its largest, for its reserved height. */
  objectRows: Map<number, number>;
  width: number;
  height: number;
  columns: number;
  /** Steps planned so far (the plan is built incrementally, see LayoutPlanner). */
  planned: number;
}

const open = Number.MAX_SAFE_INTEGER;

export function placementAt(plan: LayoutPlan, id: number, step: number): Placement | undefined {
  const list = plan.placements.get(id);
  if (list === undefined) return undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    const p = list[i]!;
    if (p.from <= step && step <= p.to) return p;
    if (p.to < step) return undefined;
  }
  return undefined;
}

/** The replayed state of a trace, step by step (docs/trace-format.md, "Rebuilding a step"). */
export class Replay {
  readonly objects = new Map<number, ObjectState>();
  readonly frames = new Map<number, FrameState>();

  apply(step: Step): void {
    if (step.died) for (const d of step.died) this.objects.delete(d.id);
    if (step.objects) for (const o of step.objects) this.objects.set(o.id, resolveObjectState(this.objects.get(o.id), o));
    if (step.frames) for (const f of step.frames) this.frames.set(f.id, f);
    // Frames that left the stack and were not kept alive disappear.
    // (Every frame on the stack is in the table, so equal sizes mean nothing is off it.)
    if (this.frames.size !== step.stack.length || step.frames !== undefined) {
      for (const [id, f] of this.frames) if (!f.finished && !step.stack.includes(id)) this.frames.delete(id);
    }
  }
}

interface Interval {
  top: number;
  bottom: number;
  id: number;
}

function sameStack(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The planner, step by step. It is incremental so that a long run's first picture does not
 * wait for the whole run to be laid out: the worker plans up to the step it must draw,
 * answers, and plans the rest in small slices between requests (see session.ts). A place
 * decided at step k depends only on steps up to k, so planning further never moves what
 * was already drawn; only the canvas may grow.
 */
export class LayoutPlanner {
  readonly plan: LayoutPlan;
  private readonly steps: Step[];
  private readonly inline: boolean;
  /** The next step to plan. */
  private next = 0;
  private readonly replay = new Replay();
  private readonly walker = new Walker();
  private readonly current = new Map<number, Placement>();
  private readonly columns: Interval[][] = [];
  private readonly columnOf = new Map<number, number>();
  private readonly lastSeen = new Map<number, number>();
  private readonly previousIds: number[] = [];
  private diedBefore: readonly { id: number }[] = [];
  private previousStack: FrameState[] = [];
  private lastStack: readonly number[] = [];

  constructor(trace: Trace, inline: boolean) {
    this.steps = trace.steps;
    this.inline = inline;
    // Pass 1: the largest size of every frame and object over its life, so that a box
    // never grows into its neighbour (a list appended to keeps the room it will need).
    const frameVars = new Map<number, number>();
    const objectRows = new Map<number, number>();
    const kinds = new Map<number, string>();
    // Objects' full states: steps may record only how references changed (refsFrom).
    const states = new Map<number, ObjectState>();
    for (const step of trace.steps) {
      if (step.died) for (const d of step.died) states.delete(d.id);
      if (step.objects) {
        for (const recorded of step.objects) if (!('change' in recorded) && !kinds.has(recorded.id)) kinds.set(recorded.id, recorded.kind);
        for (const recorded of step.objects) {
          const o = resolveObjectState(states.get(recorded.id), recorded);
          states.set(o.id, o);
          // Drawn rows never outnumber references: most re-recorded states (a namespace
          // dict changing at every step of a loop) are skipped here without counting.
          if (o.refs.length <= (objectRows.get(o.id) ?? -1)) continue;
          let rows = 0;
          for (const [label, target, kind] of o.refs) if (isDrawnRef(o.kind, label, kind, kinds.get(target))) rows++;
          if (rows > (objectRows.get(o.id) ?? -1)) objectRows.set(o.id, rows);
        }
      }
      if (step.frames) {
        for (const f of step.frames) {
          if (f.vars.length <= (frameVars.get(f.id) ?? -1)) continue;
          let vars = 0;
          for (const [name, target] of f.vars) if (!isDunder(name) || kinds.get(target) === 'function') vars++;
          frameVars.set(f.id, Math.max(frameVars.get(f.id) ?? 0, vars));
        }
      }
    }
    const frameHeights = new Map<number, number>();
    for (const [id, n] of frameVars) frameHeights.set(id, frameHeight(n));
    const g = geometry;
    this.plan = {
      inline,
      placements: new Map(),
      ordinals: new Map(),
      frameHeights,
      objectRows,
      width: columnX(0) + g.objectWidth + g.margin,
      height: 0,
      columns: 1,
      planned: 0,
    };
  }

  get done(): boolean {
    return this.next >= this.steps.length;
  }

  /** Plans every step up to and including `step`. */
  advanceTo(step: number): void {
    const last = Math.min(step, this.steps.length - 1);
    while (this.next <= last) this.planStep(this.next++);
    this.plan.planned = this.next;
  }

  private release(id: number, lastStep: number): void {
    const p = this.current.get(id);
    if (p === undefined) return;
    p.to = lastStep;
    this.current.delete(id);
    const column = this.columns[this.columnOf.get(id)!]!;
    const i = column.findIndex((interval) => interval.id === id);
    if (i >= 0) column.splice(i, 1);
  }

  private planStep(k: number): void {
    const g = geometry;
    const plan = this.plan;
    const step = this.steps[k]!;
    const { replay, walker, current, lastSeen } = this;
    // Objects freed at the step before were drawn dying there; their place is free now.
    for (const d of this.diedBefore) {
      this.release(d.id, k - 1);
      lastSeen.delete(d.id);
    }
    this.diedBefore = step.died ?? [];

    const frameStatesBefore = this.previousStack;
    replay.apply(step);
    const stackChanged = !sameStack(step.stack, this.lastStack);
    this.lastStack = step.stack;
    const stackFrames: FrameState[] = [];
    for (const id of step.stack) {
      const f = replay.frames.get(id);
      if (f !== undefined) stackFrames.push(f);
    }
    if (stackFrames.length > 0) this.previousStack = stackFrames;

    // What is visible depends only on the drawn frames' variables and the visible objects'
    // references: a step that changed neither shows the same objects, and nothing new
    // needs a place.
    let relevant = stackChanged || k === 0 || step.frames !== undefined;
    if (!relevant && step.objects !== undefined) for (const o of step.objects) if (walker.has(o.id)) relevant = true;
    if (!relevant && step.died !== undefined) for (const d of step.died) if (walker.has(d.id)) relevant = true;
    if (!relevant) return;

    const frameList = drawnFrames(step, replay.frames, frameStatesBefore);
    const frameTops: number[] = [];
    let y = g.top;
    for (const { frame } of frameList) {
      frameTops.push(y);
      y += (plan.frameHeights.get(frame.id) ?? frameHeight(frame.vars.length)) + g.frameGap;
    }
    plan.height = Math.max(plan.height, y - g.frameGap + g.margin);
    const previousCount = walker.count;
    const previousIds = this.previousIds;
    for (let i = 0; i < previousCount; i++) previousIds[i] = walker.ids[i]!;
    const frameStates: FrameState[] = [];
    for (const entry of frameList) frameStates.push(entry.frame);
    const visitCount = walker.walk(frameStates, replay.objects, this.inline);
    // An object that just dropped out of sight was last seen at the step before.
    for (let i = 0; i < previousCount; i++) if (!walker.has(previousIds[i]!)) lastSeen.set(previousIds[i]!, k - 1);

    // Which current places may be taken over at this step: computed only when a new
    // object needs room, since most steps place nothing.
    let keep: Set<number> | null = null;
    const keepSet = (): Set<number> => {
      if (keep !== null) return keep;
      const kept = new Set(walker.ids.slice(0, visitCount));
      const ghosts: ObjectState[] = [];
      for (const id of current.keys()) {
        if (kept.has(id)) continue;
        const o = replay.objects.get(id);
        if (o === undefined) kept.add(id); // dying at this step: still drawn here
        else if (o.gcObject) ghosts.push(o);
      }
      ghosts.sort((a, b) => (lastSeen.get(b.id) ?? 0) - (lastSeen.get(a.id) ?? 0));
      for (const o of ghosts.slice(0, maxGhosts)) {
        kept.add(o.id);
        for (const [, target] of drawnRefs(o, replay.objects)) kept.add(target);
      }
      keep = kept;
      return kept;
    };

    for (let v = 0; v < visitCount; v++) {
      const id = walker.ids[v]!;
      if (!plan.ordinals.has(id)) plan.ordinals.set(id, plan.ordinals.size + 1);
      if (current.has(id)) continue;
      let column: number;
      let desired: number;
      const parentId = walker.parent[v]!;
      if (parentId === -1) {
        column = 0;
        desired = frameRowCenter(frameTops[walker.frameIndex[v]!]!, walker.row[v]!) - arrowTargetOffset;
      } else {
        const parent = current.get(parentId);
        if (parent === undefined) continue; // cannot happen: parents are visited first
        // Deep chains (a linked list) turn downwards in the last column instead of
        // running off to the right.
        column = Math.min(parent.column + 1, maxColumns - 1);
        desired = objectRowCenter(parent.y, walker.row[v]!) - arrowTargetOffset;
      }
      const boxHeight = objectHeight(plan.objectRows.get(id) ?? 0);
      const slots = (this.columns[column] ??= []);
      let top = Math.max(g.top, desired);
      const kept = keepSet();
      // Slide down past every kept box in the way (the column is short: a few dozen boxes).
      for (let moved = true; moved; ) {
        moved = false;
        for (const s of slots) {
          if (s.bottom + g.objectGap > top && s.top < top + boxHeight + g.objectGap && kept.has(s.id)) {
            top = s.bottom + g.objectGap;
            moved = true;
          }
        }
      }
      // Anything else overlapping the new box gives its place up.
      for (let i = slots.length - 1; i >= 0; i--) {
        const s = slots[i]!;
        if (s.bottom + g.objectGap > top && s.top < top + boxHeight + g.objectGap) this.release(s.id, k - 1);
      }
      const placement: Placement = { from: k, to: open, column, y: top };
      slots.push({ top, bottom: top + boxHeight, id });
      this.columnOf.set(id, column);
      current.set(id, placement);
      const list = plan.placements.get(id);
      if (list === undefined) plan.placements.set(id, [placement]);
      else list.push(placement);
      plan.width = Math.max(plan.width, columnX(column) + g.objectWidth + g.margin);
      plan.height = Math.max(plan.height, top + boxHeight + g.margin);
      plan.columns = Math.max(plan.columns, column + 1);
    }
  }
}

/** The whole run's plan at once (tests, and the benchmark of the planner). */
export function planLayout(trace: Trace, inline: boolean): LayoutPlan {
  const planner = new LayoutPlanner(trace, inline);
  planner.advanceTo(trace.steps.length - 1);
  return planner.plan;
}
