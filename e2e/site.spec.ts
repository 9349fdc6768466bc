/**
 * One long walk through the built site, as a reader would take it: home, a lesson through
 * the sidebar, previous/next, the table of contents, search, the theme control, the phone
 * layout and the keyboard. Along the way it listens for console errors and for any request
 * that leaves the site's own origin, and runs axe on the pages it visits.
 */
import { expect, test } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { measureJavaScript } from './support/page-weight.ts';

const lessonTitles = [
  'Memory and the private heap',
  'Stack frames and heap objects',
  'Reference counting',
  'Reference cycles',
  'Generations and thresholds',
  'Collecting by hand',
  'Trade-offs of automatic collection',
  'Beyond the article: finalizers, weak references and sizes',
];
const firstLesson = { title: lessonTitles[0]!, path: '/lessons/memory-and-the-private-heap/' };
const secondLesson = { title: lessonTitles[1]!, path: '/lessons/stack-frames-and-heap-objects/' };
const thirdLesson = { title: lessonTitles[2]! };

/**
 * The most JavaScript (gzip) a lesson page may load before its first playground asks for
 * the code editor (Monaco, loaded only when a playground comes into view): the page's own
 * scripts, Preact and the playground island.
 */
const lessonJavaScriptBudgetBytes = 60 * 1024;
const editorChunk = /\/_astro\/editor\.[\w-]+\.js$/;

test('a reader finds, reads, searches and themes the course', async ({ page, baseURL }, testInfo) => {
  const siteOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs never leave the page; everything else must come from the site.
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== siteOrigin) foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  const sidebar = page.getByRole('navigation', { name: 'Lessons', exact: true });
  const html = page.locator('html');

  await test.step('the home page lists the lessons in order with their summaries', async () => {
    await page.goto('/');
    await expect(page).toHaveTitle('PyHeap: how Python manages memory');
    await expect(page.getByRole('heading', { level: 1, name: 'How Python manages memory' })).toBeVisible();
    const lessonList = page.getByRole('main').getByRole('list').first();
    await expect(lessonList.getByRole('heading', { level: 3 })).toHaveText(lessonTitles);
    await expect(lessonList.getByText(/Every Python value is an object on a heap/)).toBeVisible();
    await expect(sidebar.getByRole('link', { name: 'Course overview' })).toHaveAttribute('aria-current', 'page');
    await expectNoSeriousAccessibilityViolations(page, 'the home page');
  });

  await test.step('the sidebar leads to a lesson and marks it as the current page', async () => {
    await sidebar.getByRole('link', { name: firstLesson.title, exact: true }).click();
    await expect(page).toHaveURL(firstLesson.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstLesson.title);
    await expect(sidebar.getByRole('link', { name: firstLesson.title, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(sidebar.getByRole('link', { name: secondLesson.title, exact: true })).not.toHaveAttribute('aria-current');
    await expect(sidebar.getByRole('link', { name: 'Course overview' })).not.toHaveAttribute('aria-current');
    await expect(page.getByText('Lesson 1 of 8')).toBeVisible();
    await expect(page.getByText('CPython 3.13').first()).toBeVisible();
  });

  await test.step('the table of contents links to the lesson’s sections', async () => {
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents.getByRole('link')).toHaveText([
      'Learning goals',
      'Names refer to objects',
      'What allocation means',
      'The private heap',
      'Who frees objects',
      'Recap',
      'Check your understanding',
    ]);
    await contents.getByRole('link', { name: 'Who frees objects' }).click();
    await expect(page).toHaveURL(`${firstLesson.path}#who-frees-objects`);
    await expect(page.getByRole('heading', { level: 2, name: 'Who frees objects' })).toBeInViewport();
    await expect(contents.getByRole('link', { name: 'Who frees objects' })).toHaveAttribute('aria-current', 'true');
    await expect(contents.getByRole('link', { name: 'The private heap' })).not.toHaveAttribute('aria-current');
  });

  await test.step('previous and next links walk the course in order', async () => {
    await expect(page.getByRole('link', { name: /^Previous/ })).toHaveCount(0);
    await page.getByRole('link', { name: `Next ${secondLesson.title}` }).click();
    await expect(page).toHaveURL(secondLesson.path);
    await expect(sidebar.getByRole('link', { name: secondLesson.title, exact: true })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('link', { name: `Next ${thirdLesson.title}` })).toBeVisible();
    await page.getByRole('link', { name: `Previous ${firstLesson.title}` }).click();
    await expect(page).toHaveURL(firstLesson.path);
    await expectNoSeriousAccessibilityViolations(page, 'a lesson page (light theme)');
  });

  await test.step('search finds a lesson in the built Pagefind index', async () => {
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the course' });
    await expect(dialog).toBeVisible();
    const searchBox = dialog.getByRole('searchbox', { name: 'Search lessons' });
    await expect(searchBox).toBeFocused();
    await searchBox.fill('frame');
    await expect(dialog.getByRole('status')).toHaveText(/lessons? match/);
    await dialog.getByRole('link', { name: secondLesson.title, exact: true }).click();
    await expect(page).toHaveURL(secondLesson.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(secondLesson.title);

    // The keyboard shortcut opens it too, and Escape closes it even with a query typed.
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
    await expect(searchBox).toBeFocused();
    await page.keyboard.type('heap');
    await expect(dialog.getByRole('link', { name: firstLesson.title, exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  await test.step('the theme control switches the theme and the choice survives a reload', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await expectNoSeriousAccessibilityViolations(page, 'a lesson page (dark theme)');

    await page.getByRole('radio', { name: 'Light' }).check();
    await expect(html).toHaveAttribute('data-theme', 'light');

    // "Auto" follows the operating system, live.
    await page.getByRole('radio', { name: 'Auto' }).check();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('radio', { name: 'Auto' })).toBeChecked();
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test.step('the keyboard reaches the skip link first and focus is always visible', async () => {
    await page.goto(firstLesson.path);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await expect(skipLink).not.toHaveCSS('outline-style', 'none');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    // Every further stop in the header and sidebar shows a focus ring.
    await page.getByRole('button', { name: 'Search' }).focus();
    for (let stop = 0; stop < 6; stop += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const focused = document.activeElement;
        if (!focused || focused === document.body) return 'nothing focused';
        // Radios draw their ring on the surrounding label (see ThemeToggle.astro).
        const ringed = focused.matches('input[type="radio"]') ? focused.closest('label') ?? focused : focused;
        return getComputedStyle(ringed).outlineStyle;
      });
      expect(outline, `focus ring on tab stop ${stop + 1}`).not.toBe('none');
    }
  });

  await test.step('a lesson page loads little JavaScript before its editor', async () => {
    const weight = await measureJavaScript(page, secondLesson.path, editorChunk);
    const lines = weight.scripts.map((script) => `  ${script.source}: ${script.rawBytes} B raw, ${script.gzipBytes} B gzip`);
    const report = [`JavaScript on a lesson page: ${weight.totalRawBytes} B raw, ${weight.totalGzipBytes} B gzip`, ...lines].join('\n');
    console.log(report);
    testInfo.annotations.push({ type: 'lesson-page-js', description: report });
    expect(weight.totalGzipBytes).toBeLessThan(lessonJavaScriptBudgetBytes);
  });

  await test.step('on a 360 px phone the sidebar folds into a menu', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(firstLesson.path);
    await expect(sidebar).toBeHidden();
    const noHorizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(noHorizontalScroll, 'the page fits 360 px without sideways scrolling').toBe(true);

    const menuButton = page.getByRole('button', { name: 'Menu' });
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await menuButton.click();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    await expect(sidebar).toBeVisible();
    await expect(sidebar.getByRole('link', { name: firstLesson.title, exact: true })).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(menuButton).toBeFocused();

    await menuButton.click();
    await sidebar.getByRole('link', { name: secondLesson.title, exact: true }).click();
    await expect(page).toHaveURL(secondLesson.path);
    await expect(sidebar).toBeHidden();
  });

  expect(consoleErrors, 'console errors').toEqual([]);
  expect(foreignRequests, 'requests to other origins').toEqual([]);
});
