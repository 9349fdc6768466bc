/**
 * The frontmatter every lesson in `content/lessons/` must have.
 *
 * This module imports only `astro/zod` (plain Zod 4), not `astro:content`, so the unit tests
 * can validate frontmatter without booting Astro. `src/content.config.ts` plugs it into the
 * `lessons` collection; Astro then reports a bad lesson as
 * `lessons → <id> data does not match collection schema`, with the file's path as the error
 * location and one `**field**: message` line per problem.
 *
 * Every message below starts with the field's name, so it still says which field is wrong
 * when it is read without Astro's framing (in an editor, a test, or a log).
 */
import { z } from 'astro/zod';

/**
 * The topics of the article this course is built on, in the article's order, plus `beyond`
 * for material the article does not cover. Each lesson covers exactly one.
 */
export const lessonTopics = [
  'allocation-and-private-heap',
  'stack-and-heap',
  'reference-counting',
  'reference-cycles',
  'generations-and-thresholds',
  'manual-collection',
  'gc-tradeoffs',
  'beyond',
] as const;

export type LessonTopic = (typeof lessonTopics)[number];

/** How each topic is named to readers (lesson headers, the course home). */
export const lessonTopicLabels: Readonly<Record<LessonTopic, string>> = {
  'allocation-and-private-heap': 'Allocation and the private heap',
  'stack-and-heap': 'Stack and heap',
  'reference-counting': 'Reference counting',
  'reference-cycles': 'Reference cycles',
  'generations-and-thresholds': 'Generations and thresholds',
  'manual-collection': 'Manual collection',
  'gc-tradeoffs': 'Trade-offs of garbage collection',
  beyond: 'Beyond the article',
};

/**
 * CPython versions whose memory behaviour the course models. Reference counts, the
 * collector's thresholds and even which objects it tracks differ between them, so every
 * lesson names the one its examples assume.
 */
export const pythonVersions = ['3.10', '3.11', '3.12', '3.13', '3.14'] as const;

export type PythonVersion = (typeof pythonVersions)[number];

/** Lists allowed values the way a reader would type them: 'a', 'b' or 'c'. */
function quoteChoices(choices: readonly string[]): string {
  const quoted = choices.map((choice) => `'${choice}'`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}

/** Describes a received value briefly, for "received …" in error messages. */
function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (typeof input === 'string') return `'${input}'`;
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  return Array.isArray(input) ? 'a list' : `a ${typeof input}`;
}

/** A non-empty, trimmed, single-line string whose errors name `field`. */
function requiredText(field: string, hint: string) {
  return z
    .string({ error: (issue) => `${field} is required and must be text (${hint}); received ${describeReceived(issue.input)}` })
    .trim()
    .min(1, { error: `${field} must not be empty (${hint})` })
    .refine((text) => !text.includes('\n'), { error: `${field} must fit on one line` });
}

/** One of `choices`, with an error that names `field` and lists every choice. */
function oneOf<const Choices extends readonly [string, ...string[]]>(field: string, choices: Choices, numberHint = '') {
  return z.enum(choices, {
    error: (issue) =>
      `${field} must be one of ${quoteChoices(choices)}; received ${describeReceived(issue.input)}` +
      (typeof issue.input === 'number' ? numberHint : ''),
  });
}

export const lessonSchema = z.strictObject(
  {
    /**
     * The lesson's heading and the text of every link to it (sidebar, course home,
     * previous/next). Sentence case, no trailing full stop: "Stack frames and heap objects".
     */
    title: requiredText('title', 'the lesson heading, e.g. "Stack frames and heap objects"'),

    /**
     * Position in the course, starting at 1. Lessons are listed and chained by this number
     * alone (file names do not matter), and no two lessons may share one.
     */
    order: z
      .number({ error: (issue) => `order is required and must be a whole number from 1; received ${describeReceived(issue.input)}` })
      .int({ error: 'order must be a whole number (1, 2, 3, …)' })
      .min(1, { error: 'order must be 1 or more' }),

    /**
     * One or two sentences on what the reader will learn. Shown under the title, on the
     * course home and as the page's meta description, so keep it under about 160 characters.
     */
    summary: requiredText('summary', 'one or two sentences on what the lesson teaches').refine(
      (text) => text.length <= 200,
      { error: 'summary must be at most 200 characters; it is the page description and a course-home blurb' },
    ),

    /** The topic of the source article this lesson covers (one of `lessonTopics`). */
    topic: oneOf('topic', lessonTopics),

    /**
     * The CPython version the lesson's examples and figures assume. Refcounts, thresholds
     * and collector behaviour differ between versions, so the lesson states it to the reader.
     */
    python: oneOf(
      'python',
      pythonVersions,
      // YAML reads an unquoted 3.10 as the number 3.1, a classic trap for version fields.
      ` (a number: put the version in quotes, as in python: '3.12')`,
    ),
  },
  {
    // Strict, because a misspelt key (`sumary:`) would otherwise be dropped silently and
    // reported as a missing field; naming it points the author at the typo.
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown frontmatter field ${quoteChoices(issue.keys)}; allowed fields are title, order, summary, topic and python`
        : undefined,
  },
);

/** A lesson's validated frontmatter. */
export type LessonFrontmatter = z.output<typeof lessonSchema>;
