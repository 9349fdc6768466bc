/**
 * One long walk through the playground, as a learner would take it, on the production
 * build: type a program, run it, step with the keyboard and watch a refcount change and an
 * object die; leave the editor with the keyboard; stop an endless loop and carry on;
 * share a link and open it; reload and find the edits; then check a lesson page with an
 * open playground with axe. Along the way it fails on console errors and on any request
 * that leaves the site.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Replaces the editor's whole text, as a learner would by selecting all and typing. */
async function replaceCode(page: Page, playground: Locator, code: string): Promise<void> {
  // Monaco draws its text in .view-lines; a click there places the caret (ENVIRONMENT.md).
  await playground.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/**
 * Presses → until `done` holds, waiting for each step to be drawn. The engine decides how
 * many steps a program takes (collections add some), so the test looks for what it wants
 * to see rather than counting steps.
 */
async function stepUntil(page: Page, slider: Locator, done: () => Promise<boolean>, limit = 30): Promise<void> {
  for (let i = 0; i < limit && !(await done()); i++) {
    const before = (await slider.getAttribute('aria-valuetext')) ?? '';
    await page.keyboard.press('ArrowRight');
    await expect(slider).not.toHaveAttribute('aria-valuetext', before);
  }
  expect(await done(), 'reached the step looked for').toBe(true);
}

const program = `items = [1, 2]
alias = items
del alias
items = None
print("done")`;

test('a learner runs, steps, stops a runaway loop, shares and keeps edits', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const siteOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const watch = (p: Page) => {
    p.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== siteOrigin) foreignRequests.push(request.url());
    });
    p.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    p.on('pageerror', (error) => consoleErrors.push(error.message));
  };
  watch(page);

  await page.goto('/playground/');
  const playground = page.getByRole('region', { name: 'Playground', exact: true });
  const editor = playground.getByRole('textbox', { name: 'Python code: Playground' });
  const status = playground.getByRole('status').first();
  const slider = playground.getByRole('slider', { name: 'Step' });
  const output = playground.getByRole('group', { name: 'Output' });

  await test.step('the editor loads, and the keyboard can leave it', async () => {
    await expect(editor).toBeAttached();
    await playground.getByRole('button', { name: 'Share' }).focus();
    await page.keyboard.press('Tab');
    await expect(editor).toBeFocused();
    await expect(playground.getByText('Tab moves to the next control. Press Enter to edit the code.')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(editor).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(editor).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(playground.getByText(/Editing: Tab indents/)).toBeVisible();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    await expect(editor).not.toBeFocused();
  });

  await test.step('a typed program runs with Ctrl+Enter', async () => {
    await replaceCode(page, playground, program);
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(status).toHaveText(/^Ran on CPython 3\.13 in \d+ ms: \d+ steps$/);
    await expect(slider).toHaveAttribute('aria-valuetext', /^Step 1 of \d+/);
  });

  await test.step('the arrow keys step forward and back: a refcount rises, falls, and the list dies', async () => {
    const picture = playground.getByRole('group', { name: /^Memory at step/ });
    const atLine = (n: number) => async () => ((await slider.getAttribute('aria-valuetext')) ?? '').endsWith(`line ${n}`);
    await picture.focus();
    await stepUntil(page, slider, atLine(2));
    await expect(picture.getByRole('group', { name: /^list #1, refcount 1, gen 0/ })).toBeVisible();
    await stepUntil(page, slider, atLine(3));
    await expect(picture.getByRole('group', { name: /^list #1, refcount 2, gen 0/ })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(picture.getByRole('group', { name: /^list #1, refcount 1, gen 0/ })).toBeVisible();
    const dying = picture.getByRole('group', { name: /^list #1, refcount 0, .*freed: refcount reached 0/ });
    await stepUntil(page, slider, () => dying.isVisible());
    await expect(dying.getByText('freed: refcount reached 0')).toBeVisible();
    // Hovering an object lists who refers to it.
    const none = picture.getByRole('group', { name: /^NoneType #\d+, None/ });
    await none.hover();
    await expect(none.getByText('global variable items')).toBeVisible();
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', /^Step 1 of/);
    await page.keyboard.press('End');
    await expect(output).toContainText('done');
  });

  await test.step('an endless loop is stopped, its steps can be explored, and the page keeps working', async () => {
    await replaceCode(page, playground, 'n = 0\nwhile True:\n    n += 1\n');
    await playground.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(playground.getByText(/^Stopped after [\d,.MK]+ steps: the program ran/)).toBeVisible({ timeout: 20_000 });
    await expect(slider).toHaveAttribute('aria-valuetext', /^Step 1 of [\d,]+/);
    await playground.getByRole('button', { name: 'Last step' }).click();
    await expect(slider).not.toHaveAttribute('aria-valuetext', /^Step 1 of/);
    await replaceCode(page, playground, 'print("still here")');
    await playground.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(status).toHaveText(/^Ran on CPython 3\.13/);
    await playground.getByRole('button', { name: 'Last step' }).click();
    await expect(output).toContainText('still here');
  });

  await test.step('an error is marked in the editor with Python’s message', async () => {
    await replaceCode(page, playground, 'x = 1\nprint(y)');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(status).toHaveText("NameError: name 'y' is not defined (line 2)");
    await expect(playground.locator('.squiggly-error')).toHaveCount(1);
  });

  let link = '';
  await test.step('a share link carries code, version and step', async () => {
    await replaceCode(page, playground, program);
    await playground.getByRole('combobox', { name: 'Python' }).selectOption('3.12');
    await playground.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(status).toHaveText(/^Ran on CPython 3\.12/);
    await playground.getByRole('button', { name: 'Next step' }).click();
    await expect(slider).toHaveAttribute('aria-valuetext', /^Step 2 of/);
    await playground.getByRole('button', { name: 'Next step' }).click();
    await expect(slider).toHaveAttribute('aria-valuetext', /^Step 3 of/);
    const sharedStep = (await slider.getAttribute('aria-valuetext')) ?? '';
    await playground.getByRole('button', { name: 'Share' }).click();
    const field = playground.getByRole('textbox', { name: 'Link to this code, Python version and step' });
    await expect(field).toHaveValue(/\/playground#z=[\w-]+$/);
    link = await field.inputValue();

    const other = await page.context().newPage();
    watch(other);
    await other.goto(link);
    const shared = other.getByRole('region', { name: 'Playground', exact: true });
    await expect(shared.getByRole('combobox', { name: 'Python' })).toHaveValue('3.12');
    await expect(shared.getByRole('slider', { name: 'Step' })).toHaveAttribute('aria-valuetext', sharedStep);
    await expect(shared.locator('.view-lines')).toContainText('alias = items');
    await other.close();
  });

  await test.step('a damaged share link opens the scratchpad instead of failing', async () => {
    const other = await page.context().newPage();
    watch(other);
    await other.goto(`${link.slice(0, -12)}%3Cimg%20src=x%3E`);
    await expect(other.getByRole('region', { name: 'Playground', exact: true }).getByRole('textbox', { name: 'Python code: Playground' })).toBeAttached();
    await expect(other.locator('img[src="x"]')).toHaveCount(0);
    await other.close();
  });

  await test.step('edits survive a reload, and Reset brings the original back', async () => {
    await replaceCode(page, playground, 'kept = "after reload"\nprint(kept)');
    await expect(playground.getByRole('button', { name: 'Reset' })).toBeEnabled();
    // Saving is debounced; the storage event of another tab is not needed, only time.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('pyheap:playground:v1:scratchpad') ?? '')).toContain('after reload');
    await page.reload();
    await expect(playground.locator('.view-lines')).toContainText('kept = "after reload"');
    await playground.getByRole('button', { name: 'Reset' }).click();
    await expect(playground.locator('.view-lines')).toContainText('Two names, one list');
    await expect(playground.getByRole('button', { name: 'Reset' })).toBeDisabled();
  });

  await test.step('a lesson page with an open playground has no serious accessibility problems', async () => {
    await page.goto('/');
    await page.getByRole('main').getByRole('link').filter({ hasText: /^Start with lesson 1/ }).click();
    const lessonPlayground = page.getByRole('region').filter({ has: page.getByRole('button', { name: 'Run', exact: true }) }).first();
    await lessonPlayground.scrollIntoViewIfNeeded();
    await expect(lessonPlayground.locator('.monaco-editor')).toBeVisible();
    await lessonPlayground.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(lessonPlayground.getByRole('slider', { name: 'Step' })).toBeVisible();
    await lessonPlayground.getByRole('button', { name: 'Last step' }).click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
  });

  expect(foreignRequests, 'requests to other origins').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
});
