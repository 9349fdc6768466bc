/**
 * Code challenges: the conditions a learner's program must meet, as declarative data, and
 * how they are checked against a run of PyHeap's engine.
 *
 * A lesson states them with `<Check>` (src/components/quiz/Check.astro), for example
 *
 *   <Check kind="output-line" line={-1} equals="0" />
 *   <Check kind="collections" generation={0} trigger="threshold" count={1} />
 *   <Check kind="no-error" />
 *
 * `validateCheck` turns the props into a `Check` or says what is wrong (the build stops);
 * `describeCheck` writes the sentence the learner reads, from the data, so the goal shown
 * and the goal checked cannot differ; `factsOfRun` reduces a run (output, error, trace) to
 * the facts the checks look at; `evaluateCheck` decides. The build runs the author's
 * reference solution and starting code through the same functions (Challenge.astro), and
 * the playground's worker computes the facts of the learner's runs with `factsOfRun` too.
 *
 * Only type imports from the engine: the page imports this module without the engine.
 */
import type { Trace } from '../../engine/index.ts';

export type Check =
  | { kind: 'no-error' }
  /** An output line (1-based; negative from the end) equal to `equals` (compared as typed answers are) or matching `matches`. */
  | { kind: 'output-line'; line: number; equals?: string; matches?: string }
  /** The number of the program's collections, optionally only of one generation and one trigger. */
  | { kind: 'collections'; generation?: number; trigger?: 'threshold' | 'manual'; count: number }
  /** What one of the program's collections found unreachable (gc.collect()'s value for it). */
  | { kind: 'collected'; collection: number; equals: number }
  /** How many objects of a type were freed while the program ran, by counting or by the collector. */
  | { kind: 'freed'; type: string; by: 'refcount' | 'gc'; count: number };

export type CheckKind = Check['kind'];
export const checkKinds: readonly CheckKind[] = ['no-error', 'output-line', 'collections', 'collected', 'freed'];

export class CheckError extends Error {
  override name = 'CheckError';
}

const allowedProps: Record<CheckKind, readonly string[]> = {
  'no-error': [],
  'output-line': ['line', 'equals', 'matches'],
  collections: ['generation', 'trigger', 'count'],
  collected: ['collection', 'equals'],
  freed: ['type', 'by', 'count'],
};

function integer(value: unknown, name: string, options: { min?: number; nonZero?: boolean } = {}): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new CheckError(`\`${name}\` must be a whole number, e.g. ${name}={1}; received ${JSON.stringify(value)}`);
  if (options.min !== undefined && value < options.min) throw new CheckError(`\`${name}\` must be at least ${options.min}; received ${value}`);
  if (options.nonZero === true && value === 0) throw new CheckError(`\`${name}\` counts from 1 (or from -1 at the end); 0 is not a position`);
  return value;
}

/** The props of a `<Check>` as a Check, or a CheckError saying what is wrong. */
export function validateCheck(props: Readonly<Record<string, unknown>>): Check {
  const kind = props['kind'];
  if (typeof kind !== 'string' || !(checkKinds as readonly string[]).includes(kind)) {
    throw new CheckError(`\`kind\` must be one of ${checkKinds.map((k) => JSON.stringify(k)).join(', ')}; received ${JSON.stringify(kind)}`);
  }
  const k = kind as CheckKind;
  const unknown = Object.keys(props).filter((key) => key !== 'kind' && props[key] !== undefined && !allowedProps[k].includes(key));
  if (unknown.length > 0) throw new CheckError(`a "${k}" check takes ${allowedProps[k].length === 0 ? 'no other props' : allowedProps[k].join(', ')}, not ${unknown.join(', ')}`);
  switch (k) {
    case 'no-error':
      return { kind: k };
    case 'output-line': {
      const line = integer(props['line'], 'line', { nonZero: true });
      const equals = props['equals'];
      const matches = props['matches'];
      if ((equals === undefined) === (matches === undefined)) throw new CheckError('an "output-line" check needs exactly one of `equals` and `matches`');
      if (equals !== undefined) {
        if (typeof equals !== 'string') throw new CheckError('`equals` must be a string, e.g. equals="0"');
        return { kind: k, line, equals };
      }
      if (typeof matches !== 'string') throw new CheckError('`matches` must be a string holding a regular expression');
      try {
        new RegExp(matches);
      } catch {
        throw new CheckError(`\`matches\` is not a valid regular expression: ${matches}`);
      }
      return { kind: k, line, matches };
    }
    case 'collections': {
      const count = integer(props['count'], 'count', { min: 0 });
      const check: Check = { kind: k, count };
      if (props['generation'] !== undefined) {
        const generation = integer(props['generation'], 'generation', { min: 0 });
        if (generation > 2) throw new CheckError('`generation` is 0, 1 or 2');
        check.generation = generation;
      }
      if (props['trigger'] !== undefined) {
        const trigger = props['trigger'];
        if (trigger !== 'threshold' && trigger !== 'manual') throw new CheckError(`\`trigger\` is "threshold" (automatic) or "manual" (gc.collect()); received ${JSON.stringify(trigger)}`);
        check.trigger = trigger;
      }
      return check;
    }
    case 'collected':
      return { kind: k, collection: integer(props['collection'], 'collection', { nonZero: true }), equals: integer(props['equals'], 'equals', { min: 0 }) };
    case 'freed': {
      const type = props['type'];
      const by = props['by'];
      if (typeof type !== 'string' || !/^[A-Za-z_]\w*$/.test(type)) throw new CheckError(`\`type\` must be a type name such as "Node"; received ${JSON.stringify(type)}`);
      if (by !== 'refcount' && by !== 'gc') throw new CheckError(`\`by\` is "refcount" or "gc"; received ${JSON.stringify(by)}`);
      return { kind: k, type, by, count: integer(props['count'], 'count', { min: 0 }) };
    }
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function ordinalLine(line: number): string {
  if (line === -1) return 'The last line of output';
  if (line === -2) return 'The second-to-last line of output';
  if (line < 0) return `Output line ${-line} from the end`;
  return line === 1 ? 'The first line of output' : `Output line ${line}`;
}

function collectionName(n: number): string {
  if (n === -1) return 'The last collection';
  if (n === 1) return 'The first collection';
  return n < 0 ? `Collection ${-n} from the end` : `Collection ${n}`;
}

function collectionsPhrase(check: Extract<Check, { kind: 'collections' }>, n: number): string {
  const trigger = check.trigger === 'threshold' ? 'automatic ' : check.trigger === 'manual' ? 'manual (gc.collect()) ' : '';
  const generation = check.generation === undefined ? '' : `generation-${check.generation} `;
  return `${n} ${trigger}${generation}collection${n === 1 ? '' : 's'}`;
}

/** The goal in words, for the learner (plain text). */
export function describeCheck(check: Check): string {
  switch (check.kind) {
    case 'no-error':
      return 'The program runs to the end without an error.';
    case 'output-line':
      return check.equals !== undefined ? `${ordinalLine(check.line)} is ${check.equals}.` : `${ordinalLine(check.line)} matches /${check.matches}/.`;
    case 'collections':
      return `The program runs exactly ${collectionsPhrase(check, check.count)}.`;
    case 'collected':
      return `${collectionName(check.collection)} finds ${plural(check.equals, 'unreachable object')}.`;
    case 'freed':
      return `Exactly ${plural(check.count, `${check.type} object`)} ${check.count === 1 ? 'is' : 'are'} freed ${check.by === 'refcount' ? 'by reference counting' : 'by the cycle collector'} while the program runs.`;
  }
}

/** What the checks look at in one run. */
export interface RunFacts {
  stdout: string;
  error: { summary: string; line: number | null } | null;
  /** The program's collections in order (interpreter shutdown's left out). */
  collections: { generation: number; trigger: 'threshold' | 'manual'; collected: number; line: number }[];
  /** Objects freed before the program ended, in order. */
  freed: { type: string; by: 'refcount' | 'gc' }[];
  /** False when the trace was cut short (a very long run): later collections and deaths are unknown. */
  complete: boolean;
}

/** Reduces a run to its facts. `trace` is the run's trace (null when the program did not start). */
export function factsOfRun(run: { stdout: string; error: { summary: string; line: number | null } | null; trace: Trace | null }): RunFacts {
  const facts: RunFacts = {
    stdout: run.stdout,
    error: run.error === null ? null : { summary: run.error.summary, line: run.error.line },
    collections: [],
    freed: [],
    complete: run.trace === null || !run.trace.truncated,
  };
  const trace = run.trace;
  if (trace === null) return facts;
  const types = new Map<number, string>();
  for (const step of trace.steps) {
    if (step.event === 'end' || step.event === 'error' || step.event === 'shutdown') break;
    for (const object of step.objects ?? []) if (!('change' in object)) types.set(object.id, object.type);
    for (const death of step.died ?? []) facts.freed.push({ type: types.get(death.id) ?? '?', by: death.cause });
    const c = step.collection;
    if (step.event === 'gc-done' && c !== undefined && c.trigger !== 'shutdown') {
      facts.collections.push({ generation: c.generation, trigger: c.trigger, collected: c.collected, line: step.line });
    }
  }
  return facts;
}

/** The output's lines, without the final newline's empty line. */
function lines(stdout: string): string[] {
  const all = stdout.split('\n');
  if (all.at(-1) === '') all.pop();
  return all;
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').replace(/"/g, "'");
}

export interface CheckResult {
  pass: boolean;
  /** What the run did, in words: shown next to a goal that is not met. */
  detail: string;
}

export function evaluateCheck(check: Check, facts: RunFacts): CheckResult {
  const incomplete = ' (the run was too long to record whole, so later events are unknown)';
  switch (check.kind) {
    case 'no-error':
      return facts.error === null
        ? { pass: true, detail: 'The program ran to the end.' }
        : { pass: false, detail: `The program stopped with ${facts.error.summary}${facts.error.line === null ? '' : ` on line ${facts.error.line}`}.` };
    case 'output-line': {
      const all = lines(facts.stdout);
      const index = check.line < 0 ? all.length + check.line : check.line - 1;
      const line = all[index];
      if (index < 0 || line === undefined) return { pass: false, detail: all.length === 0 ? 'The program printed nothing.' : `The output has ${plural(all.length, 'line')}.` };
      const pass = check.equals !== undefined ? normalize(line) === normalize(check.equals) : new RegExp(check.matches!).test(line);
      return { pass, detail: `That line is ${line === '' ? 'empty' : line}.` };
    }
    case 'collections': {
      const n = facts.collections.filter(
        (c) => (check.generation === undefined || c.generation === check.generation) && (check.trigger === undefined || c.trigger === check.trigger),
      ).length;
      const pass = n === check.count && facts.complete;
      return { pass, detail: `The program ran ${collectionsPhrase(check, n)}${facts.complete ? '' : incomplete}.` };
    }
    case 'collected': {
      const all = facts.collections;
      const c = all.at(check.collection > 0 ? check.collection - 1 : check.collection);
      if (c === undefined) return { pass: false, detail: all.length === 0 ? 'The program ran no collection.' : `The program ran ${plural(all.length, 'collection')}.` };
      return { pass: c.collected === check.equals, detail: `That collection found ${plural(c.collected, 'unreachable object')}.` };
    }
    case 'freed': {
      const n = facts.freed.filter((f) => f.type === check.type && f.by === check.by).length;
      const pass = n === check.count && facts.complete;
      return {
        pass,
        detail: `${plural(n, `${check.type} object`)} ${n === 1 ? 'was' : 'were'} freed ${check.by === 'refcount' ? 'by reference counting' : 'by the cycle collector'}${facts.complete ? '' : incomplete}.`,
      };
    }
  }
}

/** Whether every check passes. */
export function allPass(checks: readonly Check[], facts: RunFacts): boolean {
  return checks.every((check) => evaluateCheck(check, facts).pass);
}
