import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { lessonSchema, lessonTopicLabels, lessonTopics } from '../../src/lib/lesson-schema.ts';

const validFrontmatter = {
  title: 'Stack frames and heap objects',
  order: 2,
  summary: 'What a frame keeps, and what survives when it ends.',
  topic: 'stack-and-heap',
  python: '3.12',
};

/** Validates `frontmatter` and returns its issues as "field: message" lines, as Astro reports them. */
function problems(frontmatter: Record<string, unknown>): string[] {
  const result = lessonSchema.safeParse(frontmatter);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('lesson frontmatter schema', () => {
  it('accepts a complete lesson and trims its text', () => {
    const parsed = lessonSchema.parse({ ...validFrontmatter, title: '  Stack frames and heap objects ' });
    expect(parsed).toEqual(validFrontmatter);
  });

  it('names each missing field', () => {
    expect(problems({})).toEqual([
      'title: title is required and must be text (the lesson heading, e.g. "Stack frames and heap objects"); received nothing',
      'order: order is required and must be a whole number from 1; received nothing',
      'summary: summary is required and must be text (one or two sentences on what the lesson teaches); received nothing',
      "topic: topic must be one of 'allocation-and-private-heap', 'stack-and-heap', 'reference-counting', 'reference-cycles', 'generations-and-thresholds', 'manual-collection', 'gc-tradeoffs' or 'beyond'; received nothing",
      "python: python must be one of '3.10', '3.11', '3.12', '3.13' or '3.14'; received nothing",
    ]);
  });

  it('names the field and the received value for a topic outside the article', () => {
    expect(problems({ ...validFrontmatter, topic: 'garbage-collection' })).toEqual([
      "topic: topic must be one of 'allocation-and-private-heap', 'stack-and-heap', 'reference-counting', 'reference-cycles', 'generations-and-thresholds', 'manual-collection', 'gc-tradeoffs' or 'beyond'; received 'garbage-collection'",
    ]);
  });

  it('explains an unquoted Python version, which YAML reads as a number', () => {
    // `python: 3.10` in YAML is the number 3.1.
    const [problem] = problems({ ...validFrontmatter, python: 3.1 });
    expect(problem).toMatch(/^python: python must be one of .*; received 3\.1 \(a number: put the version in quotes/);
  });

  it('rejects an unsupported Python version', () => {
    expect(problems({ ...validFrontmatter, python: '3.9' })).toEqual([
      "python: python must be one of '3.10', '3.11', '3.12', '3.13' or '3.14'; received '3.9'",
    ]);
  });

  it.each([
    [0, 'order: order must be 1 or more'],
    [1.5, 'order: order must be a whole number (1, 2, 3, …)'],
    ['2', "order: order is required and must be a whole number from 1; received '2'"],
  ])('rejects order %j with a message naming order', (order, message) => {
    expect(problems({ ...validFrontmatter, order })).toEqual([message]);
  });

  it('rejects empty, multi-line and overlong text', () => {
    expect(problems({ ...validFrontmatter, title: '   ' })).toEqual([
      'title: title must not be empty (the lesson heading, e.g. "Stack frames and heap objects")',
    ]);
    expect(problems({ ...validFrontmatter, title: 'Two\nlines' })).toEqual(['title: title must fit on one line']);
    expect(problems({ ...validFrontmatter, summary: 'x'.repeat(201) })).toEqual([
      'summary: summary must be at most 200 characters; it is the page description and a course-home blurb',
    ]);
  });

  it('names a misspelt field instead of ignoring it', () => {
    const { summary, ...withoutSummary } = validFrontmatter;
    expect(problems({ ...withoutSummary, sumary: summary })).toEqual([
      'summary: summary is required and must be text (one or two sentences on what the lesson teaches); received nothing',
      ": unknown frontmatter field 'sumary'; allowed fields are title, order, summary, topic and python",
    ]);
  });

  it('reads well as one report, the way a build log shows it', () => {
    const result = lessonSchema.safeParse({ ...validFrontmatter, topic: 'gc', python: '2.7' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(z.prettifyError(result.error)).toMatchInlineSnapshot(`
      "✖ topic must be one of 'allocation-and-private-heap', 'stack-and-heap', 'reference-counting', 'reference-cycles', 'generations-and-thresholds', 'manual-collection', 'gc-tradeoffs' or 'beyond'; received 'gc'
        → at topic
      ✖ python must be one of '3.10', '3.11', '3.12', '3.13' or '3.14'; received '2.7'
        → at python"
    `);
  });

  it('has a reader-facing label for every topic', () => {
    expect(Object.keys(lessonTopicLabels).sort()).toEqual([...lessonTopics].sort());
  });
});
