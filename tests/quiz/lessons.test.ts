/**
 * The lessons' quizzes and challenges, checked without building the site:
 * - each <Challenge>'s checks are valid, its reference solution passes them on the
 *   engine and its starting code does not (Challenge.astro does the same at build time);
 * - checks on output hold for the output real CPython printed for the solution too, and
 *   fail for the starting code's, so the goal is CPython's, not only the model's;
 * - the inventory the course home uses counts what the lessons contain.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPythonVersion } from '../../src/engine/index.ts';
import { verifyChallenge } from '../../src/lib/quiz/answers.ts';
import { evaluateCheck, validateCheck, type Check, type RunFacts } from '../../src/lib/quiz/checks.ts';
import { questionCount, quizInventory } from '../../src/lib/quiz/inventory.ts';
import { readLessons, recorded, type Lesson, type Usage } from '../lessons/lesson-source.ts';

interface ChallengeCase {
  usage: Usage;
  checks: Check[];
}

/** Each <Challenge> with the <Check>s written inside it. */
function challengesOf(lesson: Lesson): ChallengeCase[] {
  const cases: ChallengeCase[] = [];
  for (const usage of lesson.usages) {
    if (usage.component === 'Challenge') cases.push({ usage, checks: [] });
    else if (usage.component === 'Check') {
      const current = cases.at(-1);
      if (current === undefined) throw new Error(`${lesson.stem}: a <Check> outside any <Challenge>`);
      const end = lesson.body.indexOf('</Challenge>', current.usage.offset);
      if (usage.offset > end) throw new Error(`${lesson.stem}: a <Check> outside any <Challenge>`);
      current.checks.push(validateCheck(usage.props as Record<string, unknown>));
    }
  }
  return cases;
}

/** Facts of a recorded CPython run, for the checks that look only at output. */
function outputFacts(stdout: string): RunFacts {
  return { stdout, error: null, collections: [], freed: [], complete: true };
}

const lessons = readLessons();

for (const lesson of lessons) {
  describe(lesson.stem, () => {
    const challenges = challengesOf(lesson);

    it('has at least one code challenge', () => {
      expect(challenges.length).toBeGreaterThan(0);
    });

    for (const { usage, checks } of challenges) {
      const id = String(usage.props['id']);
      const python = String(usage.props['python']);
      it(`challenge "${id}": the solution passes on the engine, the starting code does not`, () => {
        expect(isPythonVersion(python)).toBe(true);
        expect(checks.length).toBeGreaterThan(0);
        expect(() => verifyChallenge(usage.snippet!.code, usage.solution!.code, python as '3.13', checks)).not.toThrow();
      });

      it(`challenge "${id}": its output goals hold for CPython's own output`, () => {
        const outputChecks = checks.filter((check) => check.kind === 'output-line');
        const solved = recorded(usage.solution!)?.[python];
        const start = recorded(usage.snippet!)?.[python];
        expect(solved, 'the solution has a CPython recording').toBeDefined();
        expect(start, 'the starting code has a CPython recording').toBeDefined();
        expect(solved!.error).toBeNull();
        expect(start!.error).toBeNull();
        for (const check of outputChecks) expect(evaluateCheck(check, outputFacts(solved!.stdout)).pass, JSON.stringify(check)).toBe(true);
        if (outputChecks.length === checks.filter((check) => check.kind !== 'no-error').length && outputChecks.length > 0) {
          expect(outputChecks.every((check) => evaluateCheck(check, outputFacts(start!.stdout)).pass)).toBe(false);
        }
      });
    }

    it('is counted right by the course home’s inventory', () => {
      const inventory = quizInventory(readFileSync(lesson.file, 'utf8'));
      const count = (name: string) => lesson.usages.filter((u) => u.component === name).length;
      expect(inventory.quizId).toBe(lesson.usages.find((u) => u.component === 'Quiz')?.props['id']);
      expect(inventory.questions).toEqual({ Choice: count('Choice'), PredictOutput: count('PredictOutput'), PredictHeap: count('PredictHeap') });
      expect(questionCount(inventory)).toBeGreaterThan(0);
      expect(inventory.challenges).toEqual(challenges.map((c) => String(c.usage.props['id'])));
    });
  });
}
