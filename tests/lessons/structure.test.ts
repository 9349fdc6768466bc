/**
 * The shape every lesson shares (GitHub issue 6): one lesson per article topic, in the
 * article's order; learning goals first; at least two playgrounds, each with its own
 * accessible name; a recap; a "Check your understanding" section holding the quiz slot,
 * last; and a length that keeps the lesson focused.
 */
import { describe, expect, it } from 'vitest';
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

  it('gives every quiz slot a distinct id', () => {
    const ids = lessons.flatMap((lesson) => lesson.usages.filter((usage) => usage.component === 'QuizSlot').map((usage) => usage.props['id']));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

for (const lesson of lessons) {
  describe(lesson.stem, () => {
    const sections = headings(lesson.body);
    const playgrounds = lesson.usages.filter((usage) => usage.component === 'Playground');

    it('opens with its learning goals and ends with a recap and the quiz slot', () => {
      expect(sections[0]).toBe('## Learning goals');
      expect(sections.slice(-2)).toEqual(['## Recap', '## Check your understanding']);
      const quiz = lesson.body.slice(lesson.body.indexOf('## Check your understanding'));
      expect(quiz).toMatch(/<QuizSlot id="[a-z0-9-]+" \/>\s*$/);
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

    it('stays focused: roughly 800 to 1500 words of prose', () => {
      const words = prose(lesson)
        .replace(/`[^`]*`/g, 'code')
        .split(/\s+/)
        .filter((word) => /[A-Za-z]/.test(word)).length;
      expect(words).toBeGreaterThanOrEqual(700);
      expect(words).toBeLessThanOrEqual(1700);
    });
  });
}
