/**
 * Every lesson of the built site, as a learner meets it: the page loads with each of its
 * playgrounds (read from content/lessons/*.mdx, so a new playground is covered without
 * touching this file), axe finds no serious or critical violation, and every playground
 * runs its snippet to the end on the version it opens with, without an error and
 * without console errors.
 *
 * The playground island's contract used here: a region named by the playground's title,
 * a "Run" button, and a status line (role="status") that reads "Ran on CPython <version>
 * …" after a successful run (src/islands/Playground.tsx).
 */
import { expect, test, type Locator } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { lessonIdFromPath } from '../src/lib/lesson-order.ts';
import { readLessons } from '../tests/lessons/lesson-source.ts';

interface PlaygroundCase {
  title: string;
  python: string;
}

const lessons = readLessons().map((lesson) => ({
  path: `/lessons/${lessonIdFromPath(`${lesson.stem}.mdx`)}/`,
  title: lesson.frontmatter['title']!.replace(/^'(.*)'$/, '$1'),
  playgrounds: lesson.usages
    .filter((usage) => usage.component === 'Playground')
    .map((usage): PlaygroundCase => ({
      title: String(usage.props['title']),
      python: typeof usage.props['python'] === 'string' ? usage.props['python'] : '3.13',
    })),
}));

/** Runs one playground and waits for its verdict. */
async function runPlayground(region: Locator, playground: PlaygroundCase): Promise<void> {
  await region.scrollIntoViewIfNeeded();
  // The island hydrates when it comes near the viewport; until then the button is inert.
  await expect(region.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr', /.*/, { timeout: 30_000 });
  await region.getByRole('button', { name: 'Run', exact: true }).click();
  const status = region.getByRole('status').first();
  await expect(status, `"${playground.title}" runs to the end`).toHaveText(new RegExp(`^Ran on CPython ${playground.python.replace('.', '\\.')}\\b`), {
    timeout: 60_000,
  });
}

for (const lesson of lessons) {
  test(`${lesson.title}: loads, passes axe and runs every playground`, async ({ page }) => {
    test.setTimeout(60_000 + lesson.playgrounds.length * 60_000);
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(lesson.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
    await expect(page.getByRole('heading', { level: 2, name: 'Check your understanding' })).toBeVisible();

    const main = page.getByRole('main');
    for (const playground of lesson.playgrounds) {
      await expect(main.getByRole('region', { name: playground.title, exact: true }), `playground "${playground.title}"`).toHaveCount(1);
    }
    await expectNoSeriousAccessibilityViolations(page, `${lesson.path} as loaded`);

    for (const playground of lesson.playgrounds) {
      await test.step(`runs "${playground.title}"`, async () => {
        await runPlayground(main.getByRole('region', { name: playground.title, exact: true }), playground);
      });
    }
    await expectNoSeriousAccessibilityViolations(page, `${lesson.path} with every playground run`);
    expect(consoleErrors, 'console errors').toEqual([]);
  });
}
