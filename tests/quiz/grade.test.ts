/** Grading of typed and picked answers (src/lib/quiz/grade.ts). */
import { describe, expect, it } from 'vitest';
import { choiceMatches, gradeCounts, gradeSet, normalizeAnswer, outputMatches, parseCount } from '../../src/lib/quiz/grade.ts';

describe('typed output', () => {
  it('ignores whitespace around and between tokens, and blank lines around the answer', () => {
    expect(outputMatches('  3 ', '3')).toBe(true);
    expect(outputMatches('\n\nrebound\nfreed a  \n\n', 'rebound\nfreed a')).toBe(true);
    expect(outputMatches('(1,2)', '(1, 2)')).toBe(true);
    expect(outputMatches('[ 1 , 2 ]', '[1, 2]')).toBe(true);
    expect(outputMatches('True  False', 'True False')).toBe(true);
    expect(outputMatches('a\r\nb', 'a\nb')).toBe(true);
  });

  it('treats both quote styles, and typographic quotes, alike', () => {
    expect(outputMatches('"heap"', "'heap'")).toBe(true);
    expect(outputMatches('[“a”, ‘b’]', "['a', 'b']")).toBe(true);
  });

  it('is exact about everything else', () => {
    expect(outputMatches('true', 'True')).toBe(false);
    expect(outputMatches('3.0', '3')).toBe(false);
    expect(outputMatches('[2, 1]', '[1, 2]')).toBe(false);
    expect(outputMatches('TrueFalse', 'True False')).toBe(false);
    expect(outputMatches('freed a\nrebound', 'rebound\nfreed a')).toBe(false);
    expect(outputMatches('rebound', 'rebound\nfreed a')).toBe(false);
    expect(outputMatches('', '0')).toBe(false);
  });

  it('keeps blank lines inside an answer', () => {
    expect(normalizeAnswer('a\n\nb')).toEqual(['a', '', 'b']);
    expect(outputMatches('a\nb', 'a\n\nb')).toBe(false);
  });
});

describe('choices', () => {
  it('are right only when exactly the correct options are picked', () => {
    expect(choiceMatches([0, 1], [true, true, false])).toBe(true);
    expect(choiceMatches([1, 0], [true, true, false])).toBe(true);
    expect(choiceMatches([0], [true, true, false])).toBe(false);
    expect(choiceMatches([0, 1, 2], [true, true, false])).toBe(false);
    expect(choiceMatches([], [false, true])).toBe(false);
    expect(choiceMatches([1, 7], [false, true])).toBe(false);
  });
});

describe('picked objects and counts', () => {
  it('report what was missed and what was picked wrongly', () => {
    expect(gradeSet([3, 4], [4, 3])).toEqual({ correct: true, missed: [], extra: [] });
    expect(gradeSet([3, 9], [3, 4])).toEqual({ correct: false, missed: [4], extra: [9] });
    expect(gradeSet([], [])).toEqual({ correct: true, missed: [], extra: [] });
  });

  it('parse counts strictly and grade each object', () => {
    expect(parseCount(' 3 ')).toBe(3);
    expect(parseCount('3.0')).toBeNull();
    expect(parseCount('-1')).toBeNull();
    expect(parseCount('')).toBeNull();
    expect(gradeCounts({ 1: '3', 4: '1' }, [[1, 3], [4, 1]])).toEqual({ correct: true, wrong: [] });
    expect(gradeCounts({ 1: '2', 4: '' }, [[1, 3], [4, 1]])).toEqual({ correct: false, wrong: [1, 4] });
  });
});
