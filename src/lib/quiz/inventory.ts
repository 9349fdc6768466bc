/**
 * What a lesson's MDX contains in the way of questions and challenges, read from its
 * source. The course home uses it to say "Quiz 3 of 5" and "1 of 2 challenges solved"
 * for lessons the learner has not opened; tests/quiz/ checks it against the lessons.
 */

/** The components that are questions of a <Quiz>. */
export const questionComponents = ['Choice', 'PredictOutput', 'PredictHeap'] as const;

export interface QuizInventory {
  /** The <Quiz id="…">, or null when the lesson has none. */
  quizId: string | null;
  /** Questions in the quiz, by component. */
  questions: Record<(typeof questionComponents)[number], number>;
  /** The ids of the lesson's <Challenge>s, in order. */
  challenges: string[];
}

export function quizInventory(mdx: string): QuizInventory {
  const body = mdx.replace(/^export const \w+ = `[\s\S]*?`;$/gm, '').replace(/^```[\s\S]*?^```$/gm, '');
  const quizId = /<Quiz\s+id="([a-z0-9-]+)"/.exec(body)?.[1] ?? null;
  const questions = Object.fromEntries(questionComponents.map((name) => [name, body.match(new RegExp(`<${name}\\b`, 'g'))?.length ?? 0])) as QuizInventory['questions'];
  const challenges = [...body.matchAll(/<Challenge\b(?:[^>"{}]|"[^"]*"|\{[^{}]*\})*?\bid="([a-z0-9-]+)"/g)].map((match) => match[1]!);
  return { quizId, questions, challenges };
}

export function questionCount(inventory: QuizInventory): number {
  return Object.values(inventory.questions).reduce((sum, n) => sum + n, 0);
}

/** The lesson id of a lesson page's path ("/lessons/reference-counting/"), or null. */
export function lessonIdOfPath(pathname: string): string | null {
  return /^\/lessons\/([a-z0-9-]+)\/?$/.exec(pathname)?.[1] ?? null;
}
