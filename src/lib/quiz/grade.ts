/**
 * How a typed or picked answer is graded. Plain functions of the learner's input and the
 * answer computed at build time, shared by the quiz island and the unit tests.
 *
 * Typed answers are compared tolerantly, the way a teacher reading them would: whitespace
 * around and between tokens, blank lines before and after, and the quote style of string
 * reprs (' or ") do not matter. Everything else does: `True` is not `true`, `[1, 2]` is
 * not `[2, 1]`, and `3` is not `3.0`.
 */

/** One line reduced to what the comparison looks at. */
export function normalizeLine(line: string): string {
  return line
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/"/g, "'")
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/\s*([,:()[\]{}])\s*/g, '$1');
}

/** The lines of an answer, normalized, without blank lines before and after. */
export function normalizeAnswer(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(normalizeLine);
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** Whether the learner typed the expected output (see the module comment). */
export function outputMatches(typed: string, expected: string): boolean {
  const a = normalizeAnswer(typed);
  const b = normalizeAnswer(expected);
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

/** Whether the picked options are exactly the correct ones. */
export function choiceMatches(picked: readonly number[], correct: readonly boolean[]): boolean {
  const set = new Set(picked);
  return correct.every((isCorrect, index) => isCorrect === set.has(index)) && [...set].every((i) => i >= 0 && i < correct.length);
}

export interface SetGrade {
  correct: boolean;
  /** Expected but not picked. */
  missed: number[];
  /** Picked but not expected. */
  extra: number[];
}

/** Picked objects against the expected set (ids). */
export function gradeSet(picked: Iterable<number>, expected: readonly number[]): SetGrade {
  const pickedSet = new Set(picked);
  const expectedSet = new Set(expected);
  const missed = expected.filter((id) => !pickedSet.has(id));
  const extra = [...pickedSet].filter((id) => !expectedSet.has(id));
  return { correct: missed.length === 0 && extra.length === 0, missed, extra };
}

/** A typed whole number, or null when the text is not one. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}

export interface CountGrade {
  correct: boolean;
  /** Ids whose typed count is missing, not a number, or wrong. */
  wrong: number[];
}

/** Typed counts per object id against the expected ones. */
export function gradeCounts(typed: Readonly<Record<number, string>>, expected: ReadonlyArray<readonly [number, number]>): CountGrade {
  const wrong = expected.filter(([id, count]) => parseCount(typed[id] ?? '') !== count).map(([id]) => id);
  return { correct: wrong.length === 0, wrong };
}
