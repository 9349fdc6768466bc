/**
 * The data of a lesson's quiz, as the build computes it and the quiz island receives it.
 * HTML fields hold what the author wrote in MDX (rendered at build time) or Shiki's
 * highlighting of a snippet; nothing a learner typed or stored is ever put in them.
 */
import type { PythonVersion, RunSummary, Scene } from '../playground/types.ts';

/** The lesson section that teaches a question's point. */
export interface SectionLink {
  /** "#freed-at-zero" */
  href: string;
  /** The heading's text. */
  title: string;
}

interface QuestionBase {
  /** "q1", "q2", … in the order of the quiz. */
  id: string;
  /** The question, inline HTML (it goes in a legend). */
  promptHtml: string;
  /** Shown with the feedback, right or wrong. */
  explanationHtml: string;
  section: SectionLink | null;
}

export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  /** Checkboxes (any number correct) rather than radio buttons (exactly one). */
  multiple: boolean;
  options: { html: string; correct: boolean }[];
}

export interface OutputQuestion extends QuestionBase {
  kind: 'output';
  python: PythonVersion;
  /** The snippet, highlighted. */
  codeHtml: string;
  /** What the engine printed, selected as the question asks (computed at build time). */
  answer: string;
  /** The answer has several lines: a text area instead of a one-line field. */
  multiline: boolean;
}

export interface HeapQuestion extends QuestionBase {
  kind: 'heap';
  /** freed: pick the objects the next gc.collect() frees; refcount: give each object's count. */
  mode: 'freed' | 'refcount';
  python: PythonVersion;
  codeHtml: string;
  /** The line about to run at the pictured step. */
  line: number;
  /** The memory picture at that step, with what would give the answer away removed. */
  scene: Scene;
  collector: RunSummary['collector'];
  /** freed: ids of the objects the collection frees (computed from the trace). */
  freed: number[];
  /** refcount: [object id, reference count] for each object asked about. */
  counts: [number, number][];
}

export type QuizQuestion = ChoiceQuestion | OutputQuestion | HeapQuestion;

/** What a challenge's island gets (see Challenge.astro). */
export interface ChallengeData {
  id: string;
  lessonId: string;
  /** The version the checks were verified on; solving counts only on it. */
  python: PythonVersion;
  checks: import('./checks.ts').Check[];
  /** describeCheck of each check, computed at build time. */
  goals: string[];
  /** Hints, HTML, revealed one at a time. */
  hints: string[];
  /** The author's reference solution (verified at build time), offered after the hints. */
  solution: string;
}
