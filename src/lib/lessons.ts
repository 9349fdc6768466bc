/**
 * The course's lessons, read from the `lessons` content collection and put in order.
 * Pages and components ask here rather than calling `getCollection` themselves, so every
 * list of lessons (sidebar, course home, previous/next) has the same order.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { positionOf, sortLessons, type LessonPosition } from './lesson-order.ts';

export type Lesson = CollectionEntry<'lessons'>;

/** All lessons, sorted by `order`; fails the build if two share an order number. */
export async function getLessons(): Promise<Lesson[]> {
  return sortLessons(await getCollection('lessons'));
}

/** The address of a lesson's page. */
export function lessonHref(lesson: Pick<Lesson, 'id'>): string {
  return `/lessons/${lesson.id}/`;
}

export function lessonPosition(sortedLessons: readonly Lesson[], lesson: Pick<Lesson, 'id'>): LessonPosition<Lesson> {
  return positionOf(sortedLessons, lesson.id);
}
