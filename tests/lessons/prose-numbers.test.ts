/**
 * No number in a lesson's prose is typed by hand.
 *
 * Outputs and figures reach the prose only through <Value> and the other build-time
 * components, which this test does not see (lesson-source.ts's prose() removes them). What
 * is left may contain digits only where they are not claims about output:
 * - inline code that quotes one of the lesson's own snippets (`[0] * 10`, `gc.collect(0)`);
 * - version numbers (3.12, 3.14.2), PEP and issue numbers, 64-bit and 32-bit;
 * - references by a single digit to lessons, generations, thresholds, counts and steps
 *   ("lesson 5", "generation 2", "threshold 0", "step 3");
 * - the entries of `allowed` below, each with its reason.
 * Anything else fails, with the sentence it sits in.
 */
import { describe, expect, it } from 'vitest';
import { prose, readLessons } from './lesson-source.ts';

/** Hand-typed numbers that are not claims about output, per lesson, with the reason. */
const allowed: Record<string, { text: string; reason: string }[]> = {
  '05-generations-and-thresholds': [
    { text: '`long_lived_pending < long_lived_total / 4`', reason: 'quotes CPython’s source (gc_collect_generations / gc_select_generation)' },
    { text: 'April 2026', reason: 'the date of the core developers’ decision (GC_FACTS.md §7)' },
  ],
};

/** Words after which a number names something rather than states a value ("lesson 5"). */
const namingWords = /\b(?:lessons?|generations?|thresholds?|counts?|steps?)\s+\d\b(?:(?:,\s*|\s+(?:and|to|or)\s+)\d\b)*|\bPEP\s+\d+/gi;

function problems(stem: string, text: string, snippets: readonly string[]): string[] {
  const found: string[] = [];
  let rest = text
    .replace(/^\s*\d+\.\s/gm, ' ') // ordered-list markers
    .replace(/\s+/g, ' ');
  for (const entry of allowed[stem] ?? []) rest = rest.split(entry.text).join(' ');
  // Inline code: fine when it quotes the lesson's code.
  rest = rest.replace(/`([^`]+)`/g, (_, code: string) => {
    if (/\d/.test(code) && !snippets.some((snippet) => snippet.includes(code))) found.push(`inline code \`${code}\` is not in any snippet`);
    return ' ';
  });
  rest = rest
    .replace(namingWords, ' ')
    .replace(/\b3\.\d+(?:\.\d+)?\b/g, ' ') // versions
    .replace(/\b(?:32|64)-bit\b/g, ' ')
    .replace(/\bgh-\d+\b/g, ' ')
    .replace(/\bgeneration-\d\b/g, ' ');
  for (const match of rest.matchAll(/\d+/g)) {
    const start = Math.max(0, match.index - 50);
    found.push(`"${match[0]}" in …${rest.slice(start, match.index + match[0].length + 30)}…`);
  }
  return found;
}

describe('numbers in lesson prose', () => {
  for (const lesson of readLessons()) {
    it(`${lesson.stem} types no output or figure by hand`, () => {
      expect(problems(lesson.stem, prose(lesson), lesson.snippets.map((snippet) => snippet.code))).toEqual([]);
    });
  }

  it('allows only entries that are still used', () => {
    const lessons = new Map(readLessons().map((lesson) => [lesson.stem, prose(lesson).replace(/\s+/g, ' ')]));
    const unused = Object.entries(allowed).flatMap(([stem, entries]) =>
      entries.filter((entry) => !(lessons.get(stem) ?? '').includes(entry.text)).map((entry) => `${stem}: ${entry.text}`),
    );
    expect(unused).toEqual([]);
  });
});
