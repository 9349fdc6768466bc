/**
 * Content collections. Lessons live in the top-level `content/lessons/` (not `src/content/`)
 * so authors find course text apart from site code. The schema is in
 * `src/lib/lesson-schema.ts`, where unit tests can reach it without Astro.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lib/lesson-schema.ts';
import { lessonIdFromPath } from './lib/lesson-order.ts';

const lessons = defineCollection({
  loader: glob({
    base: './content/lessons',
    pattern: '**/*.mdx',
    generateId: ({ entry }) => lessonIdFromPath(entry),
  }),
  schema: lessonSchema,
});

export const collections = { lessons };
