/**
 * Builds the scene of one step (what the picture draws, see types.ts) from the state
 * TraceReader rebuilds for that step and the one before, plus the run's layout plan.
 *
 * What is drawn:
 * - every object reachable from a frame's variables (through drawn rows);
 * - garbage: objects still alive that nothing outside garbage refers to, i.e. cycles that
 *   reference counting cannot free. Found the way CPython's collector finds them
 *   (docs: InternalDocs/garbage_collector.md): an object whose refcount exceeds the
 *   references other objects of the trace hold is referred to from outside (a variable,
 *   the interpreter) and is a root; whatever no root reaches is garbage. References the
 *   trace does not list (an instance's reference to its class) only make an object look
 *   more referred to, so this errs towards "alive", never towards calling live data garbage;
 * - objects freed at this step, at their last place, with the reason.
 *
 * Interpreter plumbing the program cannot name (the module's namespace dict, its key
 * strings, import machinery) is reachable from roots but not from a frame, so it stays out.
 */

import type { FrameState, ObjectState, StepView, Trace } from '../../engine/trace/format.ts';
import { columnX, frameHeight, geometry, objectHeight } from './geometry.ts';
import { drawnFrames, drawnInline, drawnRefs, drawnVars, maxDrawnObjects, maxGhosts, placementAt, walkFromFrames, type LayoutPlan } from './layout.ts';
import type { Referrer, Scene, SceneFrame, SceneObject, SceneRow } from './types.ts';

/** Alive objects that no root reaches: what the cycle collector would call unreachable. */
export function findGarbage(objects: ReadonlyMap<number, ObjectState>, frames: readonly FrameState[]): Set<number> {
  const incoming = new Map<number, number>();
  for (const o of objects.values()) for (const ref of o.refs) incoming.set(ref[1], (incoming.get(ref[1]) ?? 0) + 1);
  const reached = new Set<number>();
  const pending: number[] = [];
  const reach = (id: number) => {
    if (!reached.has(id) && objects.has(id)) {
      reached.add(id);
      pending.push(id);
    }
  };
  for (const o of objects.values()) if (o.immortal || o.refcount > (incoming.get(o.id) ?? 0)) reach(o.id);
  for (const f of frames) for (const [, id] of f.vars) reach(id);
  while (pending.length > 0) {
    const o = objects.get(pending.pop()!)!;
    for (const ref of o.refs) reach(ref[1]);
  }
  const garbage = new Set<number>();
  for (const id of objects.keys()) if (!reached.has(id)) garbage.add(id);
  return garbage;
}

/** "list #3", the name the picture and its text use for an object. */
export function objectName(type: string, ord: number): string {
  return `${type} #${ord}`;
}

function refText(label: string, kind: SceneRow['kind'], holder: string): string {
  switch (kind) {
    case 'item':
      return `item ${label} of ${holder}`;
    case 'key':
      return `a key of ${holder}`;
    case 'value':
      return `value ${label} of ${holder}`;
    case 'attr':
      return `attribute ${label.startsWith('.') ? label : `.${label}`} of ${holder}`;
    default:
      return `${label} of ${holder}`;
  }
}

export interface SceneInput {
  runId: number;
  trace: Trace;
  view: StepView;
  /** The step before (null at step 0): for what changed and what died. */
  previous: StepView | null;
  plan: LayoutPlan;
  inline: boolean;
  /** Index of the program's "end" or "error" step (-1 if none): later steps are shutdown. */
  endIndex: number;
}

export function buildScene({ runId, trace, view, previous, plan, inline, endIndex }: SceneInput): Scene {
  const g = geometry;
  const k = view.index;
  const step = view.step;
  const frameList = drawnFrames(step, view.frames, previous?.stack ?? []);
  const frameStates = frameList.map((entry) => entry.frame);
  const objects = view.objects;

  // Frames, top to bottom, with the same heights the planner reserved.
  const frames: SceneFrame[] = [];
  let frameBottom = g.top;
  const previousFrames = previous?.frames;
  frameList.forEach(({ frame, finished }, i) => {
    const height = plan.frameHeights.get(frame.id) ?? frameHeight(frame.vars.length);
    const before = previousFrames?.get(frame.id);
    const rows: SceneRow[] = drawnVars(frame, objects).map(([name, target]) => {
      const row: SceneRow = { label: name, target, kind: 'var' };
      const value = objects.get(target);
      if (drawnInline(value, inline)) row.inline = value!.label;
      if (before !== undefined && !before.vars.some(([n, t]) => n === name && t === target)) row.changed = true;
      if (before === undefined && previous !== null && !finished) row.changed = true;
      return row;
    });
    frames.push({
      id: frame.id,
      name: frame.name,
      qualname: frame.qualname,
      x: g.margin,
      y: frameBottom,
      height,
      rows,
      current: !finished && i === step.stack.length - 1,
      finished,
    });
    frameBottom += height + g.frameGap;
  });

  // Who is drawn, and in which state.
  const visible = walkFromFrames(frameStates, objects, inline).map((v) => v.id);
  const status = new Map<number, SceneObject['status']>();
  for (const id of visible) status.set(id, 'live');
  const garbage = findGarbage(objects, frameStates);
  const found = new Set(step.event === 'gc-unreachable' ? (step.collection?.unreachable ?? []) : []);
  // Garbage the learner saw become garbage keeps its place; garbage never seen goes on a
  // shelf, and past a couple of dozen boxes it is only counted (a loop can make thousands).
  let shelfRoom = maxGhosts;
  let omittedGarbage = 0;
  const drawnGarbage: number[] = [];
  const garbageIds = [...garbage].filter((id) => !status.has(id) && !drawnInline(objects.get(id), inline));
  garbageIds.sort((a, b) => Number(placementAt(plan, b, k) !== undefined) - Number(placementAt(plan, a, k) !== undefined) || a - b);
  for (const id of garbageIds) {
    if (placementAt(plan, id, k) === undefined) {
      if (shelfRoom === 0) {
        omittedGarbage++;
        continue;
      }
      shelfRoom--;
    }
    status.set(id, found.has(id) ? 'found' : 'garbage');
    drawnGarbage.push(id);
  }
  // What garbage refers to is drawn too (its arrows must land somewhere).
  for (const id of drawnGarbage) {
    for (const [, target] of drawnRefs(objects.get(id)!, objects).slice(0, g.maxRows)) {
      if (!status.has(target) && objects.has(target) && !drawnInline(objects.get(target), inline)) {
        status.set(target, 'live');
        visible.push(target);
      }
    }
  }

  // Objects freed at this step, drawn once more where they were.
  const dying: { state: ObjectState; death: SceneObject['death'] }[] = [];
  let omittedFreed = 0;
  if (step.died !== undefined && previous !== null) {
    let previousGarbage: Set<number> | null = null;
    for (const d of step.died) {
      const state = previous.objects.get(d.id);
      if (state === undefined || drawnInline(state, inline)) continue;
      const placed = placementAt(plan, d.id, k) !== undefined;
      if (!placed) {
        previousGarbage ??= findGarbage(previous.objects, previous.stack);
        if (!previousGarbage.has(d.id)) continue; // never drawn: a temporary
        if (shelfRoom === 0) {
          omittedFreed++;
          continue;
        }
        shelfRoom--;
      }
      const death: SceneObject['death'] = d.generation === undefined ? { cause: d.cause } : { cause: d.cause, generation: d.generation };
      dying.push({ state, death });
      status.set(d.id, 'dying');
    }
  }

  // What a dying object referred to stays in view while it dies, so its arrows land.
  for (const { state } of dying) {
    for (const [, target] of drawnRefs(state, previous!.objects).slice(0, g.maxRows)) {
      if (!status.has(target) && objects.has(target) && !drawnInline(objects.get(target), inline)) status.set(target, 'live');
    }
  }

  const states = new Map<number, ObjectState>();
  for (const [id] of status) {
    const state = objects.get(id) ?? dying.find((d) => d.state.id === id)?.state;
    if (state !== undefined) states.set(id, state);
  }

  // Ordinals: the plan's, then in id order for anything only the scene draws (garbage that
  // was never visible from a frame), after all of the plan's.
  let nextOrdinal = plan.ordinals.size;
  const ordinal = new Map<number, number>();
  const unplaced: number[] = [];
  for (const id of [...states.keys()].sort((a, b) => a - b)) {
    const planned = plan.ordinals.get(id);
    ordinal.set(id, planned ?? ++nextOrdinal);
    if (placementAt(plan, id, k) === undefined) unplaced.push(id);
  }
  const nameOf = (id: number): string => {
    const o = states.get(id) ?? objects.get(id);
    const ord = ordinal.get(id);
    return o === undefined ? 'an object' : ord === undefined ? `a ${o.type}` : objectName(o.type, ord);
  };

  // Positions: the plan's; objects it never placed go on a shelf below everything.
  let width = Math.max(plan.width, g.margin + g.frameWidth + g.margin);
  let height = Math.max(plan.height, frameBottom - g.frameGap + g.margin);
  const position = new Map<number, { x: number; y: number; height: number }>();
  for (const [id, state] of states) {
    const p = placementAt(plan, id, k);
    if (p !== undefined) {
      position.set(id, { x: columnX(p.column), y: p.y, height: objectHeight(plan.objectRows.get(id) ?? drawnRefs(state, objects).length) });
    }
  }
  if (unplaced.length > 0) {
    const perRow = Math.max(1, plan.columns);
    let top = height + g.objectGap;
    for (let i = 0; i < unplaced.length; i += perRow) {
      let rowHeight = 0;
      unplaced.slice(i, i + perRow).forEach((id, j) => {
        const state = states.get(id)!;
        const h = objectHeight(Math.max(plan.objectRows.get(id) ?? 0, drawnRefs(state, objects).length));
        position.set(id, { x: columnX(j), y: top, height: h });
        rowHeight = Math.max(rowHeight, h);
        width = Math.max(width, columnX(j) + g.objectWidth + g.margin);
      });
      top += rowHeight + g.objectGap;
    }
    height = top - g.objectGap + g.margin;
  }

  // Referrers of every drawn object: the frame variables and the drawn rows pointing at it.
  const referrers = new Map<number, Referrer[]>();
  const addReferrer = (target: number, referrer: Referrer) => {
    const list = referrers.get(target);
    if (list === undefined) referrers.set(target, [referrer]);
    else list.push(referrer);
  };
  for (const { frame } of frameList) {
    const where = frame.name === '<module>' ? 'global variable' : `variable`;
    const suffix = frame.name === '<module>' ? '' : ` in ${frame.qualname}()`;
    for (const [name, target] of frame.vars) addReferrer(target, { text: `${where} ${name}${suffix}`, from: null });
  }
  for (const [id, state] of states) {
    if (status.get(id) === 'dying') continue;
    for (const [label, target, kind] of state.refs) addReferrer(target, { text: refText(label, kind, nameOf(id)), from: id });
    for (const [, target] of state.weakRefs ?? []) addReferrer(target, { text: `a weak reference from ${nameOf(id)} (not counted)`, from: id, weak: true });
  }

  const sceneObjects: SceneObject[] = [];
  for (const [id, state] of states) {
    const before = previous?.objects.get(id);
    const allRows = drawnRefs(state, objects);
    const rows: SceneRow[] = allRows.slice(0, g.maxRows).map(([label, target, kind]) => {
      const row: SceneRow = { label, target, kind };
      const value = objects.get(target) ?? states.get(target);
      if (drawnInline(value, inline)) row.inline = value!.label;
      if (before !== undefined && before !== state && !before.refs.some(([l, t]) => l === label && t === target)) row.changed = true;
      return row;
    });
    const pos = position.get(id)!;
    const s = status.get(id)!;
    const refs = referrers.get(id) ?? [];
    const counted = refs.filter((r) => r.weak !== true).length;
    const unseen = state.immortal || s === 'dying' ? 0 : Math.max(0, state.refcount - counted);
    const entry: SceneObject = {
      id,
      ord: ordinal.get(id)!,
      type: state.type,
      kind: state.kind,
      label: state.label,
      refcount: s === 'dying' ? 0 : state.refcount,
      immortal: state.immortal,
      builtin: state.builtin,
      generation: state.generation,
      gcObject: state.gcObject,
      size: state.size,
      address: state.address,
      x: pos.x,
      y: pos.y,
      height: pos.height,
      rows,
      hiddenRows: Math.max(0, allRows.length - rows.length),
      status: s,
      isNew: previous !== null && before === undefined && s !== 'dying',
      refcountDelta: before === undefined || s === 'dying' || state.immortal ? 0 : state.refcount - before.refcount,
      referrers: refs,
      unseenRefs: unseen,
    };
    const death = dying.find((d) => d.state.id === id)?.death;
    if (death !== undefined) entry.death = death;
    if (state.weakRefs !== undefined && state.weakRefs.length > 0) entry.weakRefs = state.weakRefs;
    sceneObjects.push(entry);
  }
  // Stable order (by ordinal) so the text view and tab order read like the picture.
  sceneObjects.sort((a, b) => a.ord - b.ord);

  const scene: Scene = {
    runId,
    index: k,
    total: trace.steps.length,
    event: step.event,
    line: step.line,
    out: step.out,
    frames,
    objects: sceneObjects,
    counts: view.counts,
    thresholds: view.thresholds,
    shutdown: endIndex >= 0 && k > endIndex,
    width,
    height,
  };
  if (omittedGarbage > 0 || omittedFreed > 0 || visible.length >= maxDrawnObjects) {
    scene.omitted = { garbage: omittedGarbage, freed: omittedFreed, reachable: visible.length >= maxDrawnObjects };
  }
  if (step.collection !== undefined) {
    const c = step.collection;
    scene.collection = {
      generation: c.generation,
      trigger: c.trigger,
      examined: c.examined,
      unreachable: c.unreachable.length,
      collected: c.collected,
      uncollectable: c.uncollectable,
      promoted: c.promoted,
    };
  }
  if (step.exception !== undefined) scene.exception = step.exception;
  if (step.returned !== undefined) {
    const r = states.get(step.returned) ?? objects.get(step.returned);
    scene.returned = r === undefined ? 'a value' : r.kind === 'value' ? r.label : ordinal.has(step.returned) ? nameOf(step.returned) : `a ${r.type}`;
  }
  return scene;
}
