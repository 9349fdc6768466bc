/**
 * One long walk through quizzes, challenges, predictions and progress on the production
 * build, as a learner would take it: answer a quiz with right and wrong answers (typed,
 * picked and counted in the memory picture, partly by keyboard) and see the score and the
 * review links; predict a line before stepping past it; solve a code challenge with a hint;
 * reload and find the progress kept; see it on the course home; export it, reset it and
 * import it back; refuse a bad file; and survive a corrupted progress entry, which is set
 * aside and reported rather than lost. A heap question's memory picture fits its question
 * at a 1280 px window, with no sideways scrolling. Axe checks a lesson page with answered questions
 * and the home page with progress. The answers the test types are computed by the engine
 * here, from the lessons' own snippets, never copied by hand.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousAccessibilityViolations } from './support/accessibility.ts';
import { heapAnswer, outputAnswer } from '../src/lib/quiz/answers.ts';
import { readLessons } from '../tests/lessons/lesson-source.ts';

const lessons = new Map(readLessons().map((lesson) => [lesson.stem, lesson]));
function snippet(stem: string, name: string): string {
  const found = lessons.get(stem)?.snippets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no snippet ${name} in ${stem}`);
  return found.code;
}

/** Waits until the island around `inside` has hydrated (Astro removes its ssr attribute). */
async function hydrated(inside: Locator): Promise<void> {
  await inside.scrollIntoViewIfNeeded();
  await expect(inside.locator('xpath=ancestor-or-self::astro-island[1]')).not.toHaveAttribute('ssr', /.*/, { timeout: 30_000 });
}

/** Replaces the editor's whole text, as a learner would by selecting all and typing. */
async function replaceCode(page: Page, playground: Locator, code: string): Promise<void> {
  await playground.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

/**
 * A heap question's memory picture, at a desktop width, shows all its objects without
 * scrolling sideways (1 px allowed for rounding). The picture is laid out for a playground
 * and once scrolled 55 px inside a question at 1280 px.
 */
async function expectPictureFits(page: Page, picture: Locator): Promise<void> {
  expect(page.viewportSize()?.width, 'the window is 1280 px wide').toBe(1280);
  const { scrollWidth, clientWidth } = await picture.evaluate((box) => ({ scrollWidth: box.scrollWidth, clientWidth: box.clientWidth }));
  expect(scrollWidth, `no sideways scrolling: the picture's content is ${scrollWidth} px wide, its box ${clientWidth} px`).toBeLessThanOrEqual(clientWidth + 1);
}

const counting = '/lessons/reference-counting/';
const cycles = '/lessons/reference-cycles/';

test('a learner takes quizzes, predicts, solves a challenge and keeps, moves and recovers progress', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  const question = (n: number, of: number) => page.getByRole('group', { name: new RegExp(`^Question ${n} of ${of}\\b`) });
  const form = (n: number, of: number) => question(n, of).locator('xpath=ancestor::form[1]');

  await page.goto(counting);
  await test.step('a quiz is graded question by question, with explanations and review links', async () => {
    const first = question(1, 6);
    await hydrated(first);
    await expect(page.getByText('6 questions. Answer each, then check it.')).toBeVisible();

    // 1. Several answers: one right and one wrong pick is wrong, and the right ones are shown.
    await first.getByRole('checkbox', { name: 'alias = data', exact: true }).check();
    await first.getByRole('checkbox', { name: 'clone = data.copy()' }).check();
    await form(1, 6).getByRole('button', { name: 'Check answer' }).click();
    await expect(form(1, 6).getByText('Not quite.')).toBeVisible();
    await expect(first.getByText('(correct answer)')).toBeVisible();
    await expect(first.getByText('(your choice, not correct)')).toBeVisible();
    await expect(page.getByText('Score so far: 0 of 1 answered correctly (5 to go).')).toBeVisible();

    // 2. A typed output, checked by the keyboard (Enter submits).
    const count = outputAnswer(snippet('03-reference-counting', 'quizDictCount'), '3.13', { line: -1 });
    await question(2, 6).getByRole('textbox', { name: 'Your answer' }).fill(` ${count} `);
    await question(2, 6).getByRole('textbox', { name: 'Your answer' }).press('Enter');
    await expect(form(2, 6).getByText('Correct.')).toBeVisible();

    // 3. Reference counts typed into the memory picture, which fits the question.
    const arrows = heapAnswer(snippet('03-reference-counting', 'quizArrows'), '3.13', 5, 'refcount');
    await expectPictureFits(page, question(3, 6).getByRole('group', { name: 'Memory just before line 5' }));
    const fields = question(3, 6).getByRole('textbox', { name: /^Reference count of / });
    await expect(fields).toHaveCount(arrows.counts.length);
    for (const [id, value] of arrows.counts) {
      const o = arrows.scene.objects.find((object) => object.id === id)!;
      await question(3, 6).getByRole('textbox', { name: `Reference count of ${o.type} #${o.ord}` }).fill(String(value));
    }
    await form(3, 6).getByRole('button', { name: 'Check answer' }).click();
    await expect(form(3, 6).getByText('Correct.')).toBeVisible();

    // 4. A whole output, typed with other quotes and spacing: still right.
    const tags = outputAnswer(snippet('03-reference-counting', 'quizTags'), '3.13', {});
    await question(4, 6).getByRole('textbox', { name: /Your answer/ }).fill(`\n${tags.split('\n').map((line) => `  ${line}`).join('\n')}\n\n`);
    await form(4, 6).getByRole('button', { name: 'Check answer' }).click();
    await expect(form(4, 6).getByText('Correct.')).toBeVisible();

    // 5. One answer, picked with the keyboard.
    await question(5, 6).getByRole('radio').first().focus();
    await page.keyboard.press('Space');
    await expect(question(5, 6).getByRole('radio').first()).toBeChecked();
    await form(5, 6).getByRole('button', { name: 'Check answer' }).press('Enter');
    await expect(form(5, 6).getByText('Correct.')).toBeVisible();

    // 6. A wrong number: the feedback shows what the engine printed.
    const immortal = outputAnswer(snippet('03-reference-counting', 'quizImmortalTrue'), '3.13', { line: -1 });
    await question(6, 6).getByRole('textbox', { name: 'Your answer' }).fill(`${immortal}1`);
    await form(6, 6).getByRole('button', { name: 'Check answer' }).click();
    await expect(form(6, 6).getByText('Not quite.')).toBeVisible();
    await expect(form(6, 6).getByText(`It prints: ${immortal}`)).toBeVisible();

    await expect(page.getByRole('status').filter({ hasText: 'Quiz complete: 4 of 6 correct.' })).toBeVisible();
    await expect(page.getByText('You scored 4 of 6.')).toBeVisible();
    await expect(page.getByText('Saved result: 4 of 6.')).toBeVisible();
    // One quiz script for the page. (Whether the engine's worker loaded meanwhile is not
    // checked: a playground warms it up when the pointer or focus enters it, which a scroll
    // under a resting mouse can do; tests/quiz proves the answers are computed at build time.)
    expect(scripts.filter((path) => /\/Quiz\.[\w-]+\.js$/.test(path))).toHaveLength(1);

    // The feedback links to the section that teaches the point.
    await form(6, 6).getByRole('link', { name: 'Immortal objects since 3.12' }).click();
    await expect(page).toHaveURL(`${counting}#immortal-objects-since-312`);
    await expect(page.getByRole('heading', { name: 'Immortal objects since 3.12' })).toBeInViewport();
  });

  await test.step('a retry starts the quiz afresh and keeps the best score', async () => {
    await page.getByRole('button', { name: 'Try the quiz again' }).click();
    await expect(page.getByText('6 questions. Answer each, then check it.')).toBeVisible();
    await expect(question(1, 6).getByRole('checkbox', { name: 'alias = data', exact: true })).not.toBeChecked();
    await expect(page.getByText('Saved result: 4 of 6.')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, 'a lesson page with a quiz');
  });

  await test.step('a playground stops before the marked line until the learner predicts it', async () => {
    const playground = page.getByRole('region', { name: 'Freed the moment the count reaches zero', exact: true });
    await hydrated(playground);
    await playground.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(playground.getByRole('status').first()).toHaveText(/^Ran on CPython 3\.13/, { timeout: 60_000 });
    await playground.getByRole('button', { name: 'Last step' }).click();
    const guess = playground.getByRole('textbox', { name: 'Predict first: What does line 13, del backup, print?' });
    await expect(guess).toBeFocused();
    await expect(playground.getByRole('slider', { name: 'Step' })).toHaveAttribute('aria-valuetext', /line 13$/);
    // Stepping on is refused until there is an answer.
    await playground.getByRole('button', { name: 'Next step' }).click();
    await expect(playground.getByText('Type your prediction first: stepping continues after it.')).toBeVisible();
    await expect(playground.getByRole('slider', { name: 'Step' })).toHaveAttribute('aria-valuetext', /line 13$/);
    await guess.fill('freed backup');
    await guess.press('Enter');
    await expect(playground.getByText('Not what you predicted.')).toBeVisible();
    await expect(playground.getByText(/line 13 printed freed report\./)).toBeVisible();
    await playground.getByRole('button', { name: 'Next step' }).click();
    await expect(playground.getByRole('slider', { name: 'Step' })).not.toHaveAttribute('aria-valuetext', /line 13$/);
    // Running a playground loads the engine's worker.
    expect(scripts.some((path) => /engine\.worker/.test(path))).toBe(true);
  });

  await test.step('a code challenge is checked by the engine, with hints, until it is solved', async () => {
    const challenge = page.getByRole('region', { name: 'Challenge: One more reference', exact: true });
    await hydrated(challenge);
    const goals = challenge.getByRole('group', { name: 'Challenge goals' });
    await expect(goals.getByText('Run your code to check it against the 2 goals.')).toBeVisible();
    await challenge.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(goals.getByText('1 of 2 goals met. Change the code and run it again.')).toBeVisible({ timeout: 60_000 });
    await expect(goals.getByText(/^That line is \d+\.$/)).toBeVisible();
    await goals.getByRole('button', { name: 'Show a hint (1 of 2)' }).click();
    await expect(goals.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
    await expect(challenge.getByRole('textbox', { name: /^Python code:/ })).toBeAttached();
    await replaceCode(page, challenge, snippet('03-reference-counting', 'challengeCountSolved'));
    await expect(goals.getByText(/You changed the code since this check/)).toBeVisible();
    await challenge.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(goals.getByText('Solved: every goal is met on CPython 3.13.')).toBeVisible({ timeout: 60_000 });
  });

  await test.step('reloading keeps the quiz result and the solved challenge', async () => {
    await page.reload();
    await hydrated(question(1, 6));
    await expect(page.getByText('Saved result: 4 of 6.')).toBeVisible();
    const challenge = page.getByRole('region', { name: 'Challenge: One more reference', exact: true });
    await hydrated(challenge);
    await expect(challenge.getByRole('heading', { name: 'Goals (you solved this before)' })).toBeVisible();
  });

  await test.step('a heap question is answered by picking objects, by mouse and keyboard', async () => {
    await page.goto(cycles);
    const which = question(1, 5);
    await hydrated(which);
    const answer = heapAnswer(snippet('04-reference-cycles', 'quizWhichFreed'), '3.13', 14, 'freed');
    const freed = answer.scene.objects.filter((o) => answer.freed.includes(o.id));
    const survivor = answer.scene.objects.find((o) => !o.builtin && !answer.freed.includes(o.id))!;
    await expectPictureFits(page, which.getByRole('group', { name: 'Memory just before line 14' }));
    // A wrong pick by clicking the box, undone with the keyboard on its checkbox.
    await which.getByRole('group', { name: new RegExp(`^${survivor.type} #${survivor.ord},`) }).click({ position: { x: 120, y: 40 } });
    const wrongBox = which.getByRole('checkbox', { name: `${survivor.type} #${survivor.ord} is freed` });
    await expect(wrongBox).toBeChecked();
    await wrongBox.focus();
    await page.keyboard.press('Space');
    await expect(wrongBox).not.toBeChecked();
    for (const o of freed) await which.getByRole('checkbox', { name: `${o.type} #${o.ord} is freed` }).check();
    await form(1, 5).getByRole('button', { name: 'Check answer' }).click();
    await expect(form(1, 5).getByText('Correct.')).toBeVisible();
    await expect(which.getByText('freed: you picked it').first()).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, 'a lesson page with an answered heap question');
  });

  let exported = '';
  await test.step('the course home shows progress per lesson; it exports, resets and imports', async () => {
    await page.goto('/');
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Reference counting', exact: true }) });
    await expect(card.getByText('Read · Quiz 4 of 6 · 1 of 1 challenge solved')).toBeVisible();
    const other = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Memory and the private heap', exact: true }) });
    await expect(other.getByText('Not started')).toBeVisible();

    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export progress' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^pyheap-progress-\d{4}-\d\d-\d\d\.json$/);
    exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'pyheap-progress', version: 1, lessons: { 'reference-counting': { quiz: { score: 4, total: 6 } } } });

    await page.getByRole('button', { name: 'Reset progress' }).click();
    await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.getByRole('button', { name: 'Yes, reset progress' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your progress was reset.' })).toBeVisible();
    await expect(card.getByText('Not started')).toBeVisible();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import progress' }).click();
    await (await chooser).setFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(page.getByRole('status').filter({ hasText: /^Imported progress for \d+ lessons from mine\.json/ })).toBeVisible();
    await expect(card.getByText('Read · Quiz 4 of 6 · 1 of 1 challenge solved')).toBeVisible();

    const badChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import progress' }).click();
    await (await badChooser).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "pyheap-progress", "version": 1, "lessons": {"reference-counting": {"quiz": "<b>10/10</b>"}}}') });
    await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported from notes.json. The file cannot be imported: lesson "reference-counting": "quiz" is not a quiz result.' })).toBeVisible();
    await expect(card.getByText('Read · Quiz 4 of 6 · 1 of 1 challenge solved')).toBeVisible();
    await expectNoSeriousAccessibilityViolations(page, 'the home page with progress');
  });

  await test.step('a corrupted progress entry is set aside and reported; the pages keep working', async () => {
    const corrupt = '{"version": 1, "lessons": {"reference-counting": {"quiz": {"score": 4, "tot';
    await page.evaluate((value) => localStorage.setItem('pyheap:progress', value), corrupt);
    await page.goto(counting);
    const note = page.getByRole('region', { name: 'Saved progress set aside' });
    await expect(note).toBeVisible();
    await expect(note.getByText(/not valid JSON \(perhaps cut short\)/)).toBeVisible();
    const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pyheap:progress:quarantine:')).map((key) => localStorage.getItem(key)));
    expect(kept).toEqual([corrupt]);
    // The quiz still works, from a fresh start.
    await hydrated(question(1, 6));
    await expect(page.getByText(/^Saved result/)).toHaveCount(0);
    await question(5, 6).getByRole('radio').first().check();
    await form(5, 6).getByRole('button', { name: 'Check answer' }).click();
    await expect(form(5, 6).getByText('Correct.')).toBeVisible();

    // On the home page the set-aside data can be downloaded, then deleted after a confirmation.
    await page.goto('/');
    const homeNote = page.getByRole('region', { name: 'Saved progress set aside' });
    const downloadPromise = page.waitForEvent('download');
    await homeNote.getByRole('button', { name: 'Download it' }).click();
    expect(readFileSync((await (await downloadPromise).path())!, 'utf8')).toBe(corrupt);
    await homeNote.getByRole('button', { name: 'Delete it' }).click();
    await homeNote.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(homeNote).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'The set-aside data was deleted.' })).toBeVisible();
  });

  expect(consoleErrors, 'console errors').toEqual([]);
});
