/**
 * How lessons are named in URLs and put in order. Pure functions, so they are unit-tested
 * without Astro; `src/lib/lessons.ts` applies them to the content collection.
 */

/**
 * The URL id of a lesson, from its path relative to `content/lessons/`.
 *
 * A numeric prefix on a file or folder name only sorts files for authors; it is dropped so
 * that reordering lessons (which is done with `order:`) never changes a lesson's address.
 * A lesson may be a file (`02-stack-frames.mdx`) or a folder with an `index.mdx`
 * (`03-reference-counting/index.mdx`, next to its starter and solution programs).
 *
 *     lessonIdFromPath('01-memory-and-the-private-heap.mdx')  // 'memory-and-the-private-heap'
 *     lessonIdFromPath('03-reference-counting/index.mdx')     // 'reference-counting'
 */
export function lessonIdFromPath(entryPath: string): string {
  const segments = entryPath
    .replaceAll('\\', '/')
    .replace(/\.mdx?$/i, '')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
  if (segments.length > 1 && segments.at(-1)?.toLowerCase() === 'index') segments.pop();
  const id = segments
    .map((segment) =>
      segment
        .replace(/^\d+[-_.]/, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((segment) => segment !== '')
    .join('/');
  if (id === '') throw new Error(`Cannot derive a lesson id from "${entryPath}": give the file a name with letters in it.`);
  return id;
}

/** The little a lesson must have to be ordered: an id, its `order`, and where it came from. */
export interface OrderableLesson {
  id: string;
  /** The lesson file, for error messages. */
  filePath?: string | undefined;
  data: { order: number };
}

/**
 * Lessons sorted by `order`. Two lessons with the same `order` would make the sidebar and
 * the previous/next chain depend on file-system order, so that is an error naming both files.
 */
export function sortLessons<Lesson extends OrderableLesson>(lessons: readonly Lesson[]): Lesson[] {
  const sorted = [...lessons].sort((a, b) => a.data.order - b.data.order);
  for (let index = 1; index < sorted.length; index += 1) {
    const previous = sorted[index - 1]!;
    const current = sorted[index]!;
    if (previous.data.order === current.data.order) {
      throw new Error(
        `Two lessons have order: ${current.data.order}: ${describe(previous)} and ${describe(current)}. ` +
          'Give each lesson its own order number.',
      );
    }
  }
  return sorted;
}

function describe(lesson: OrderableLesson): string {
  return lesson.filePath ?? `"${lesson.id}"`;
}

/** A lesson's place in the course and its neighbours, for "Lesson 2 of 8" and previous/next links. */
export interface LessonPosition<Lesson> {
  /** 1-based position in the sorted course (not necessarily equal to `order`, which may skip numbers). */
  number: number;
  total: number;
  previous: Lesson | undefined;
  next: Lesson | undefined;
}

/** Where the lesson with `id` sits in `sortedLessons`; throws if it is not there. */
export function positionOf<Lesson extends { id: string }>(
  sortedLessons: readonly Lesson[],
  id: string,
): LessonPosition<Lesson> {
  const index = sortedLessons.findIndex((lesson) => lesson.id === id);
  if (index === -1) throw new Error(`No lesson with id "${id}"`);
  return {
    number: index + 1,
    total: sortedLessons.length,
    previous: sortedLessons[index - 1],
    next: sortedLessons[index + 1],
  };
}
