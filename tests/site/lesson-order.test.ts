import { describe, expect, it } from 'vitest';
import { lessonIdFromPath, positionOf, sortLessons } from '../../src/lib/lesson-order.ts';

/** A lesson with just what ordering needs. */
function lesson(id: string, order: number, filePath = `content/lessons/${id}.mdx`) {
  return { id, filePath, data: { order } };
}

describe('lessonIdFromPath', () => {
  it.each([
    ['01-memory-and-the-private-heap.mdx', 'memory-and-the-private-heap'],
    ['03-reference-counting/index.mdx', 'reference-counting'],
    ['10_Generations And Thresholds.mdx', 'generations-and-thresholds'],
    ['part-2/04-cycles.mdx', 'part-2/cycles'],
    ['2024-notes.mdx', 'notes'],
    ['index.mdx', 'index'],
  ])('turns %s into %s', (path, id) => {
    expect(lessonIdFromPath(path)).toBe(id);
  });

  it('refuses a path with nothing left to name the lesson', () => {
    expect(() => lessonIdFromPath('01-.mdx')).toThrow('Cannot derive a lesson id from "01-.mdx"');
  });
});

describe('sortLessons', () => {
  it('orders by the order field, not by file name', () => {
    const sorted = sortLessons([lesson('b', 3), lesson('a', 1), lesson('c', 2)]);
    expect(sorted.map((entry) => entry.id)).toEqual(['a', 'c', 'b']);
  });

  it('names both files when two lessons share an order number', () => {
    expect(() => sortLessons([lesson('frames', 2), lesson('heap', 1), lesson('stack', 2)])).toThrow(
      'Two lessons have order: 2: content/lessons/frames.mdx and content/lessons/stack.mdx. Give each lesson its own order number.',
    );
  });
});

describe('positionOf', () => {
  const course = sortLessons([lesson('one', 1), lesson('two', 5), lesson('three', 9)]);

  it('numbers lessons by position, even when order numbers skip', () => {
    const position = positionOf(course, 'two');
    expect(position.number).toBe(2);
    expect(position.total).toBe(3);
    expect(position.previous?.id).toBe('one');
    expect(position.next?.id).toBe('three');
  });

  it('has no previous lesson at the start and no next one at the end', () => {
    expect(positionOf(course, 'one').previous).toBeUndefined();
    expect(positionOf(course, 'three').next).toBeUndefined();
  });

  it('throws for an unknown lesson', () => {
    expect(() => positionOf(course, 'four')).toThrow('No lesson with id "four"');
  });
});
