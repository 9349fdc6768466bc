/**
 * Build-time answers: everything a quiz marks as correct is computed here by running the
 * question's snippet on PyHeap's engine, never typed by the author. Used by the quiz
 * components (src/components/quiz/) while the site is built, and by tests/quiz/ to check
 * the same answers against the output real CPython printed.
 *
 * Errors are ClaimErrors (an author's mistake): the build stops with the reason.
 */
import { TraceReader, type PythonVersion, type Trace } from '../../engine/index.ts';
import { ClaimError, outputLines, runSnippet, selectValue, type ValueSelector } from '../../components/lesson/engine-claims.ts';
import { LayoutPlanner } from '../playground/layout.ts';
import { buildScene } from '../playground/scene.ts';
import { PROFILES } from '../../engine/index.ts';
import type { Scene, SceneObject } from '../playground/types.ts';
import { allPass, describeCheck, evaluateCheck, factsOfRun, type Check, type RunFacts } from './checks.ts';
import { run } from '../../engine/index.ts';

export { ClaimError };

/**
 * What a predict-the-output question expects: with a selector, that part of the output
 * (as <Value> selects it); without one, the whole output.
 */
export function outputAnswer(code: string, python: PythonVersion, selector: ValueSelector): string {
  const { stdout } = runSnippet(code, python);
  const hasSelector = Object.values(selector).some((value) => value !== undefined);
  const text = hasSelector ? selectValue(stdout, selector) : outputLines(stdout).join('\n');
  if (text.trim() === '') throw new ClaimError('the selected output is empty: there is nothing to predict');
  return text;
}

/** Index of the step at which `line` is about to run for the first time. */
export function stepAtLine(trace: Trace, line: number): number {
  const index = trace.steps.findIndex((step) => step.event === 'line' && step.line === line);
  if (index < 0) throw new ClaimError(`line ${line} never runs`);
  return index;
}

/** The memory picture of step `index`, as the playground would draw it. */
export function sceneAt(trace: Trace, index: number): Scene {
  const reader = new TraceReader(trace);
  const planner = new LayoutPlanner(trace, false);
  planner.advanceTo(trace.steps.length - 1);
  const endIndex = trace.steps.findIndex((step) => step.event === 'end' || step.event === 'error');
  return buildScene({
    runId: 0,
    trace,
    view: reader.at(index),
    previous: index > 0 ? reader.at(index - 1) : null,
    plan: planner.plan,
    inline: false,
    endIndex,
  });
}

/**
 * The scene without what tells what just happened (counts going up or down, new objects,
 * changed references): a question's picture shows a state, not the step's changes.
 */
function withoutHints(scene: Scene): Scene {
  const plain = <T extends { changed?: boolean }>(row: T): T => {
    const { changed: _changed, ...rest } = row;
    return rest as T;
  };
  return {
    ...scene,
    frames: scene.frames.map((frame) => ({ ...frame, rows: frame.rows.map(plain) })),
    objects: scene.objects.map((o) => ({ ...o, refcountDelta: 0, isNew: false, rows: o.rows.map(plain) })),
  };
}

/** The program's own objects that a refcount question can ask about. */
function askable(o: SceneObject, types: readonly string[] | null): boolean {
  if (o.builtin || o.immortal || o.status === 'dying') return false;
  if (types !== null) return types.includes(o.type);
  return o.kind === 'container' || o.kind === 'instance';
}

export interface HeapAnswer {
  scene: Scene;
  collector: 'generational' | 'incremental';
  freed: number[];
  counts: [number, number][];
}

/**
 * A predict-the-heap question at the step where `line` is about to run.
 *
 * freed: `line` must call gc.collect(); the answer is the set of objects the collection it
 * runs finds unreachable (the trace's own record of it), all of which must be drawn. The
 * picture no longer marks them as unreachable, which would give the answer away.
 *
 * refcount: every program object drawn (containers and instances, or the given `types`)
 * is asked about; each must have no references the picture leaves out (temporaries), so
 * its count is exactly the number of arrows pointing at it. Counts and their changes are
 * removed from the picture.
 */
export function heapAnswer(code: string, python: PythonVersion, line: number, mode: 'freed' | 'refcount', types: readonly string[] | null = null): HeapAnswer {
  const trace = runSnippet(code, python, { trace: true }).trace!;
  const index = stepAtLine(trace, line);
  const scene = sceneAt(trace, index);
  const collector = PROFILES[python].collector;
  if (scene.omitted !== undefined) throw new ClaimError(`the picture at line ${line} leaves objects out; use a smaller snippet`);
  const drawn = new Map(scene.objects.map((o) => [o.id, o]));
  if (mode === 'freed') {
    const stack = trace.steps[index]!.stack.length;
    let collection: NonNullable<Trace['steps'][number]['collection']> | undefined;
    for (let i = index + 1; i < trace.steps.length; i++) {
      const step = trace.steps[i]!;
      if (step.event === 'gc-unreachable' && step.collection !== undefined) {
        collection = step.collection;
        break;
      }
      if ((step.event === 'line' && step.stack.length <= stack) || step.event === 'end' || step.event === 'error') break;
    }
    if (collection === undefined || collection.trigger !== 'manual') throw new ClaimError(`line ${line} does not run gc.collect()`);
    const missing = collection.unreachable.filter((id) => !drawn.has(id));
    if (missing.length > 0) throw new ClaimError(`the collection at line ${line} frees objects the picture does not draw`);
    const freed = [...collection.unreachable];
    const quizScene = withoutHints({
      ...scene,
      objects: scene.objects.map((o) => (o.status === 'garbage' || o.status === 'found' ? { ...o, status: 'live' } : o)),
    });
    return { scene: quizScene, collector, freed, counts: [] };
  }
  const asked = scene.objects.filter((o) => askable(o, types));
  if (asked.length === 0) throw new ClaimError(`the picture at line ${line} has no object to ask the reference count of`);
  const hidden = asked.filter((o) => o.unseenRefs !== 0);
  if (hidden.length > 0) {
    throw new ClaimError(`at line ${line}, ${hidden.map((o) => `${o.type} #${o.ord}`).join(', ')} has references the picture does not draw; pick another line`);
  }
  const counts: [number, number][] = asked.map((o) => [o.id, o.refcount]);
  return { scene: withoutHints(scene), collector, freed: [], counts };
}

/** Runs `code` the way a challenge is checked (in the browser the worker does the same). */
export function challengeFacts(code: string, python: PythonVersion): RunFacts {
  const result = run(code, { python, trace: true });
  return factsOfRun(result);
}

/**
 * Verifies a challenge: the reference solution meets every check, and the starting code
 * does not (otherwise there is nothing to do). Throws a ClaimError naming what fails.
 */
export function verifyChallenge(starter: string, solution: string, python: PythonVersion, checks: readonly Check[]): void {
  if (checks.length === 0) throw new ClaimError('a challenge needs at least one <Check>');
  const solved = challengeFacts(solution, python);
  const failing = checks.filter((check) => !evaluateCheck(check, solved).pass);
  if (failing.length > 0) {
    throw new ClaimError(
      `the reference solution does not pass on ${python}: ${failing.map((check) => `${describeCheck(check)} (${evaluateCheck(check, solved).detail})`).join('; ')}`,
    );
  }
  if (allPass(checks, challengeFacts(starter, python))) throw new ClaimError(`the starting code already passes every check on ${python}`);
}
