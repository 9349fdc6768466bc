/**
 * Every number and output a lesson quotes is what real CPython printed.
 *
 * Lessons quote outputs only through build-time components (<Value>, <VersionTable>,
 * <GcSteps>, <Collections>) that run a snippet on PyHeap's engine. This test finds each
 * such use in content/lessons/*.mdx and checks, for the version it names:
 * - the snippet's CPython output was recorded for that version and is not a known engine
 *   discrepancy;
 * - the text the component shows, computed from the engine's output, is the same text
 *   computed from CPython's recorded output.
 * Figures that exist only in the engine's model (objects examined by a collection, the
 * collector's walk-through) are checked for consistency instead: the snippet's printed
 * output must match CPython on that version, and the walk-through must agree with the
 * engine's own result.
 * Playgrounds are included: the version a playground opens with must be one where the
 * engine matches CPython. So are the quizzes: a <PredictOutput>'s expected answer is
 * checked like a <Value>; a <PredictHeap>'s snippet must print what CPython printed (its
 * answer is a figure of the model, recomputed here); a <Challenge>'s starting code and
 * solution must both print what CPython printed on the challenge's version.
 */
import { describe, expect, it } from 'vitest';
import { isPythonVersion, type PythonVersion } from '../../src/engine/index.ts';
import {
  collectionsOf,
  gcWalkthrough,
  outputLines,
  runSnippet,
  selectValue,
  type ValueSelector,
} from '../../src/components/lesson/engine-claims.ts';
import { heapAnswer } from '../../src/lib/quiz/answers.ts';
import { readLessons, recorded, type Usage } from './lesson-source.ts';
import { allVersions, knownEngineDiscrepancies, snippetPolicy } from './snippet-policy.ts';

function versionsOf(usage: Usage): PythonVersion[] {
  const python = usage.props['python'];
  if (usage.component === 'VersionTable') {
    const list = typeof usage.props['versions'] === 'string' ? usage.props['versions'].split(',') : [...allVersions];
    return list.map((v) => {
      if (!isPythonVersion(v.trim())) throw new Error(`unknown version ${v}`);
      return v.trim() as PythonVersion;
    });
  }
  if (python === undefined) {
    if (usage.component === 'Value') throw new Error(`<Value> without python: ${usage.source}`);
    return ['3.13'];
  }
  if (typeof python !== 'string' || !isPythonVersion(python)) throw new Error(`bad python prop: ${usage.source}`);
  return [python];
}

function selectorOf(usage: Usage): ValueSelector {
  const selector: ValueSelector = {};
  const { line, label, part, match } = usage.props;
  if (typeof line === 'number') selector.line = line;
  if (typeof label === 'string') selector.label = label;
  if (typeof part === 'number') selector.part = part;
  if (typeof match === 'string') selector.match = match;
  return selector;
}

const lessons = readLessons();

for (const lesson of lessons) {
  describe(lesson.stem, () => {
    const usages = lesson.usages.filter((usage) => usage.snippet !== null);
    it('quotes engine output through components only', () => {
      expect(usages.length).toBeGreaterThan(0);
    });
    usages.forEach((usage, position) => {
      const snippet = usage.snippet!;
      for (const python of versionsOf(usage)) {
        it(`${usage.component} #${position + 1} (${snippet.name}, ${python})`, () => {
          const outputs = recorded(snippet);
          expect(outputs?.[python], `${snippet.programId} has no CPython ${python} recording`).toBeDefined();
          expect(
            snippetPolicy(snippet.programId).versions,
            `${snippet.programId}'s ${python} recording does not apply to PyHeap (snippet-policy.ts); the lesson must not show it`,
          ).toContain(python);
          expect(
            knownEngineDiscrepancies[snippet.programId]?.versions.includes(python) ?? false,
            `${snippet.programId} on ${python} is a known engine discrepancy; the lesson must not show it`,
          ).toBe(false);
          const cpython = outputs![python]!.stdout;
          const selector = selectorOf(usage);
          if (usage.component === 'PredictOutput') {
            if (Object.keys(selector).length > 0) expect(selectValue(runSnippet(snippet.code, python).stdout, selector)).toBe(selectValue(cpython, selector));
            else expect(outputLines(runSnippet(snippet.code, python).stdout)).toEqual(outputLines(cpython));
          } else if (usage.component === 'PredictHeap') {
            expect(runSnippet(snippet.code, python).stdout).toBe(cpython);
            const ask = usage.props['ask'] === 'freed' ? 'freed' : 'refcount';
            const answer = heapAnswer(snippet.code, python, Number(usage.props['line']), ask);
            expect(ask === 'freed' ? answer.freed.length >= 0 : answer.counts.length > 0).toBe(true);
          } else if (usage.component === 'Challenge') {
            expect(outputLines(runSnippet(snippet.code, python).stdout)).toEqual(outputLines(cpython));
            const solution = usage.solution!;
            const solved = recorded(solution)?.[python];
            expect(solved, `${solution.programId} has no CPython ${python} recording`).toBeDefined();
            expect(outputLines(runSnippet(solution.code, python).stdout)).toEqual(outputLines(solved!.stdout));
          } else if (usage.component === 'Value' && usage.props['collection'] === undefined) {
            expect(selectValue(runSnippet(snippet.code, python).stdout, selector)).toBe(selectValue(cpython, selector));
          } else if (usage.component === 'VersionTable' || usage.component === 'Playground') {
            expect(outputLines(runSnippet(snippet.code, python).stdout)).toEqual(outputLines(cpython));
          } else {
            // Model-only figures: the printed output agrees with CPython, and the figure exists.
            const result = runSnippet(snippet.code, python, { trace: true });
            expect(result.stdout).toBe(cpython);
            const rows = collectionsOf(result.trace!);
            if (usage.component === 'GcSteps') {
              const which = typeof usage.props['collection'] === 'number' ? usage.props['collection'] : undefined;
              const walk = gcWalkthrough(result.trace!, which);
              expect(walk.rows.filter((row) => row.unreachable).length).toBe(walk.collection.collected);
            } else if (usage.component === 'Value') {
              const which = usage.props['collection'] as number;
              expect(rows.at(which > 0 ? which - 1 : which), `collection ${which}`).toBeDefined();
            } else {
              expect(rows.length).toBeGreaterThan(0);
            }
          }
        });
      }
    });
  });
}
