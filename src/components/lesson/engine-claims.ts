/**
 * What lessons may say about a snippet, computed by PyHeap's engine.
 *
 * Every number or output a lesson's prose states is rendered by a build-time component
 * (`<Value>`, `<VersionTable>`, `<GcSteps>`, `<Collections>`) that runs the snippet through
 * the engine here, so prose and engine cannot disagree. The same functions are used by
 * `tests/lessons/claims.test.ts`, which checks each quoted value against the output real
 * CPython printed for that snippet (`tests/programs/lessons/*.expected.json`).
 *
 * Plain TypeScript with no Astro imports, so Node and Vitest can load it too.
 */
import { run, TraceReader, type PythonVersion, type RunResult } from '../../engine/index.ts';
import type { Collection, ObjectState, Trace } from '../../engine/index.ts';

/** An author's mistake in a claim (a missing line, a snippet that fails): stops the build. */
export class ClaimError extends Error {
  override name = 'ClaimError';
}

const runs = new Map<string, RunResult>();

/**
 * Runs `code` on the engine for `python`, once per (code, version, trace) per process.
 * Throws ClaimError when the snippet ends with an error: a lesson never quotes from a
 * snippet that fails, so an error here means the snippet or the engine changed.
 */
export function runSnippet(code: string, python: PythonVersion, options: { trace?: boolean } = {}): RunResult {
  const trace = options.trace === true;
  const key = `${python}\u0000${trace ? 't' : '-'}\u0000${code}`;
  let result = runs.get(key);
  if (result === undefined) {
    result = run(code, { python, trace });
    runs.set(key, result);
  }
  if (result.error !== null) {
    throw new ClaimError(
      `the snippet ends with ${result.error.summary} on Python ${python} (line ${result.error.line ?? '?'}); ` +
        `a lesson may only quote snippets that run to the end. Snippet starts: ${firstLine(code)}`,
    );
  }
  return result;
}

function firstLine(code: string): string {
  return JSON.stringify(code.split('\n').find((line) => line.trim() !== '') ?? '');
}

/** The output's lines, without the final newline's empty line. */
export function outputLines(stdout: string): string[] {
  const lines = stdout.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** How a `<Value>` picks its text out of a snippet's output. */
export interface ValueSelector {
  /** 1-based output line; negative counts from the end (-1 is the last line). */
  line?: number;
  /** Alternatively: the first output line that starts with this text; the label is removed. */
  label?: string;
  /** Then a whitespace-separated word of what is left (0-based; negative from the end). */
  part?: number;
  /** Or: a regular expression; the value is its first group (or the whole match). */
  match?: string;
}

/** The text a `<Value>` with `selector` shows for `stdout`. */
export function selectValue(stdout: string, selector: ValueSelector): string {
  const lines = outputLines(stdout);
  let text: string;
  if (selector.label !== undefined) {
    const found = lines.find((line) => line.startsWith(selector.label!));
    if (found === undefined) {
      throw new ClaimError(`no output line starts with ${JSON.stringify(selector.label)}; the output is:\n${stdout}`);
    }
    text = found.slice(selector.label.length).trim();
  } else {
    const lineNumber = selector.line ?? 1;
    const index = lineNumber < 0 ? lines.length + lineNumber : lineNumber - 1;
    if (!Number.isInteger(lineNumber) || lineNumber === 0 || index < 0 || index >= lines.length) {
      throw new ClaimError(`the output has no line ${lineNumber} (it has ${lines.length}); the output is:\n${stdout}`);
    }
    text = lines[index]!;
  }
  if (selector.part !== undefined) {
    const words = text.trim().split(/\s+/);
    const index = selector.part < 0 ? words.length + selector.part : selector.part;
    if (index < 0 || index >= words.length) {
      throw new ClaimError(`the line ${JSON.stringify(text)} has no word ${selector.part}`);
    }
    text = words[index]!;
  }
  if (selector.match !== undefined) {
    const found = new RegExp(selector.match).exec(text);
    if (found === null) throw new ClaimError(`${JSON.stringify(text)} does not match /${selector.match}/`);
    text = found[1] ?? found[0];
  }
  return text;
}

/** One collection the program ran, as the playground shows it. */
export interface CollectionRow {
  /** 1-based position among the program's collections. */
  number: number;
  /** Source line running when it happened. */
  line: number;
  generation: number;
  automatic: boolean;
  /** Objects the collection examined (PyHeap's model, CPython's own start-up objects included). */
  examined: number;
  /** Objects found unreachable (what gc.collect() returns for it). */
  collected: number;
}

/**
 * Whether a trace step ends one of the program's own collections: automatic or by
 * gc.collect(), not the ones interpreter shutdown runs after the program has finished.
 */
function isProgramCollection(step: Trace['steps'][number]): boolean {
  return step.event === 'gc-done' && step.collection !== undefined && step.collection.trigger !== 'shutdown';
}

/** Every collection the program ran, in order (shutdown's collections left out). */
export function collectionsOf(trace: Trace): CollectionRow[] {
  const rows: CollectionRow[] = [];
  for (const step of trace.steps) {
    if (isProgramCollection(step)) rows.push(toRow(rows.length + 1, step.line, step.collection!));
  }
  return rows;
}

function toRow(number: number, line: number, collection: Collection): CollectionRow {
  return {
    number,
    line,
    generation: collection.generation,
    automatic: collection.trigger === 'threshold',
    examined: collection.examined,
    collected: collection.collected,
  };
}

/** One object's row in the collector's walk-through (see gcWalkthrough). */
export interface WalkthroughRow {
  id: number;
  /** The last variable name that referred to it, or a description such as "list". */
  name: string;
  /** Whether `name` is a former variable name. */
  named: boolean;
  type: string;
  /** Step 1: the reference count the collector copies. */
  refcount: number;
  /** Step 2: references to it from objects inside the examined set. */
  internal: number;
  /** What is left: references from outside the set. */
  external: number;
  /** Step 3: still unreachable after following references from the survivors. */
  unreachable: boolean;
  /** How a survivor with nothing left from outside was reached: the name of the object that led to it. */
  reachedFrom: string | null;
}

export interface Walkthrough {
  collection: CollectionRow;
  rows: WalkthroughRow[];
}

/**
 * The cycle collector's three steps for one collection of `trace`, recomputed from the
 * objects the trace shows just before it (CPython's update_refs / subtract_refs /
 * move_unreachable). `which` is the 1-based number of the collection (default: the last).
 *
 * Only collections whose examined objects all belong to the program can be explained
 * this way (a young collection after a full one, typically); otherwise this throws,
 * because references from CPython's own objects are not in the trace. The result is also
 * checked against the unreachable set the engine found.
 */
export function gcWalkthrough(trace: Trace, which?: number): Walkthrough {
  const doneSteps = trace.steps.flatMap((step, index) => (isProgramCollection(step) ? [index] : []));
  if (doneSteps.length === 0) throw new ClaimError('the snippet runs no collection');
  const number = which ?? doneSteps.length;
  const doneIndex = doneSteps[number - 1];
  if (doneIndex === undefined) throw new ClaimError(`the snippet runs ${doneSteps.length} collections, not ${number}`);
  const done = trace.steps[doneIndex]!;
  const collection = done.collection!;
  // The state just before the collection: the step before its gc-unreachable step.
  const unreachableIndex = trace.steps.findLastIndex((step, index) => index < doneIndex && step.event === 'gc-unreachable');
  const reader = new TraceReader(trace);
  const before = reader.at(unreachableIndex - 1);
  const members = [...before.objects.values()].filter(
    (object) => object.gcObject && object.generation >= 0 && object.generation <= collection.generation,
  );
  if (members.length !== collection.examined) {
    throw new ClaimError(
      `collection ${number} examined ${collection.examined} objects, of which the trace shows ${members.length}; ` +
        'only a collection of objects the program made can be walked through (collect generation 0 right after a full collection)',
    );
  }
  const inSet = new Set(members.map((object) => object.id));
  const names = lastNames(trace, unreachableIndex);
  const internal = new Map<number, number>(members.map((object) => [object.id, 0]));
  for (const object of members) {
    for (const [, target] of object.refs) if (inSet.has(target)) internal.set(target, internal.get(target)! + 1);
  }
  // move_unreachable: everything reachable from an object with references left from outside.
  const reachedFrom = new Map<number, number | null>();
  const queue: ObjectState[] = members.filter((object) => object.refcount - internal.get(object.id)! > 0);
  for (const object of queue) reachedFrom.set(object.id, null);
  const byId = new Map(members.map((object) => [object.id, object]));
  for (let i = 0; i < queue.length; i++) {
    const object = queue[i]!;
    for (const [, target] of object.refs) {
      if (inSet.has(target) && !reachedFrom.has(target)) {
        reachedFrom.set(target, object.id);
        queue.push(byId.get(target)!);
      }
    }
  }
  const describe = (id: number): string => names.get(id) ?? byId.get(id)!.type;
  const rows = members.map((object): WalkthroughRow => {
    const from = reachedFrom.get(object.id);
    return {
      id: object.id,
      name: describe(object.id),
      named: names.has(object.id),
      type: object.type,
      refcount: object.refcount,
      internal: internal.get(object.id)!,
      external: object.refcount - internal.get(object.id)!,
      unreachable: !reachedFrom.has(object.id),
      reachedFrom: from === undefined || from === null ? null : describe(from),
    };
  });
  const engineUnreachable = new Set(collection.unreachable);
  const mismatch = rows.filter((row) => row.unreachable !== engineUnreachable.has(row.id));
  if (mismatch.length > 0) {
    throw new ClaimError(
      `recomputing collection ${number} disagrees with the engine about ${mismatch.map((row) => row.name).join(', ')}`,
    );
  }
  return { collection: toRow(number, done.line, collection), rows };
}

/** For each object, the last variable name bound to it before step `end`. */
function lastNames(trace: Trace, end: number): Map<number, string> {
  const names = new Map<number, string>();
  for (let index = 0; index < end; index++) {
    for (const frame of trace.steps[index]!.frames ?? []) {
      for (const [name, id] of frame.vars) names.set(id, name);
    }
  }
  return names;
}
