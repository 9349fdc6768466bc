/**
 * The shape every lesson shares (GitHub issues 6 and 7): one lesson per article topic, in
 * the article's order; learning goals first; at least two playgrounds, each with its own
 * accessible name; a recap; a "Check your understanding" section, last, holding the quiz
 * (at least five questions and challenges together, of several kinds) and then any code
 * challenges; review links that name real headings; a prediction gate in a playground; and
 * a length that keeps the lesson focused.
 */
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { headingSlug } from '../../src/components/quiz/parts.ts';
import { lessonSchema, lessonTopics } from '../../src/lib/lesson-schema.ts';
import { prose, readLessons } from './lesson-source.ts';

const lessons = readLessons();

function headings(body: string): string[] {
  const withoutCode = body.replace(/^```[\s\S]*?^```$/gm, '').replace(/^export const \w+ = `[\s\S]*?`;$/gm, '');
  return [...withoutCode.matchAll(/^(##+) (.+)$/gm)].map((match) => `${match[1]} ${match[2]}`);
}

describe('the course', () => {
  it('has one lesson per article topic, in the article’s order', () => {
    const parsed = lessons.map((lesson) => lessonSchema.parse({ ...lesson.frontmatter, order: Number(lesson.frontmatter['order']) }));
    expect(parsed.map((data) => data.order)).toEqual(lessonTopics.map((_, index) => index + 1));
    expect(parsed.map((data) => data.topic)).toEqual([...lessonTopics]);
  });

  it('gives every quiz a distinct id', () => {
    const ids = lessons.flatMap((lesson) => lesson.usages.filter((usage) => usage.component === 'Quiz').map((usage) => usage.props['id']));
    expect(ids).toHaveLength(lessons.length);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

for (const lesson of lessons) {
  describe(lesson.stem, () => {
    const sections = headings(lesson.body);
    const playgrounds = lesson.usages.filter((usage) => usage.component === 'Playground');

    it('opens with its learning goals and ends with a recap and the quiz, then its challenges', () => {
      expect(sections[0]).toBe('## Learning goals');
      expect(sections.slice(-2)).toEqual(['## Recap', '## Check your understanding']);
      const quiz = lesson.body.slice(lesson.body.indexOf('## Check your understanding'));
      // Snippets, the quiz, then snippets and challenges: nothing else after the heading.
      const rest = quiz
        .replace('## Check your understanding', '')
        .replace(/^export const \w+ = `[\s\S]*?`;$/gm, '')
        .replace(/<Quiz id="[a-z0-9-]+">[\s\S]*?<\/Quiz>/, '')
        .replace(/<Challenge\b[\s\S]*?<\/Challenge>/g, '');
      expect(rest.trim()).toBe('');
      expect(quiz).toMatch(/<Quiz id="[a-z0-9-]+">/);
    });

    it('asks at least five questions of several kinds', () => {
      const kinds = lesson.usages.map((usage) => usage.component).filter((c) => ['Choice', 'PredictOutput', 'PredictHeap', 'Challenge'].includes(c));
      expect(kinds.length).toBeGreaterThanOrEqual(5);
      expect(new Set(kinds).size, `kinds used: ${[...new Set(kinds)].join(', ')}`).toBeGreaterThanOrEqual(3);
      expect(kinds.filter((c) => c === 'PredictOutput' || c === 'PredictHeap').length, 'predictions').toBeGreaterThanOrEqual(2);
    });

    it('links questions to sections that exist, with the ids Astro gives them', () => {
      const slugger = new GithubSlugger();
      const ids = new Set(sections.map((heading) => slugger.slug(heading.replace(/^#+ /, '').replace(/`/g, ''))));
      const texts = new Set(sections.map((heading) => heading.replace(/^#+ /, '').replace(/`/g, '')));
      const linked = lesson.usages.filter((usage) => usage.props['section'] !== undefined);
      expect(linked.length).toBeGreaterThan(0);
      for (const usage of linked) {
        const section = String(usage.props['section']);
        expect(texts, `${usage.component} section="${section}"`).toContain(section);
        expect(ids, `${usage.component} section="${section}"`).toContain(headingSlug(section));
      }
    });

    it('gates at least one playground behind a prediction', () => {
      expect(playgrounds.some((usage) => usage.props['predict'] !== undefined)).toBe(true);
    });

    it('has at least two playgrounds, each with a title of its own', () => {
      expect(playgrounds.length).toBeGreaterThanOrEqual(2);
      const titles = playgrounds.map((usage) => usage.props['title']);
      expect(titles.every((title) => typeof title === 'string' && title.length > 0)).toBe(true);
      expect(new Set(titles).size).toBe(titles.length);
    });

    it('starts its first playground from the article’s example when the article has one', () => {
      // Lessons whose topic the article illustrates with code open with that code.
      const articleExamples: Record<string, string> = {
        'stack-and-heap': 'def func():\n    a = 20\n    b = []\n    c = ""',
        'reference-counting': 'x = 10\ny = x\n\nif id(x) == id(y):',
        'generations-and-thresholds': 'print("Garbage collection thresholds:",',
        'manual-collection': 'collected = gc.collect()',
      };
      const example = articleExamples[lesson.frontmatter['topic']!];
      if (example === undefined) return;
      const first = playgrounds[0]!.snippet!.code;
      expect(first.replace(/\s+/g, ' ')).toContain(example.replace(/\s+/g, ' ').replace(/,$/, ''));
    });

    it('stays focused: roughly 800 to 1500 words of prose before the quiz', () => {
      const teaching = { ...lesson, body: lesson.body.slice(0, lesson.body.indexOf('## Check your understanding')) };
      const words = prose(teaching)
        .replace(/`[^`]*`/g, 'code')
        .split(/\s+/)
        .filter((word) => /[A-Za-z]/.test(word)).length;
      expect(words).toBeGreaterThanOrEqual(700);
      expect(words).toBeLessThanOrEqual(1700);
    });
  });
}
