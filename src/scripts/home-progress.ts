/**
 * The course home's progress panel: each lesson's state in words (read, quiz score,
 * challenges solved), export of progress as a JSON file, import from such a file
 * (validated: a bad file is refused with the reason and nothing changes), and reset after
 * a confirmation. Everything stored is rendered with textContent, never as HTML.
 */
import { describeLesson, emptyProgress, exportProgress, loadProgress, parseExport, saveProgress, type Progress } from '../lib/quiz/progress.ts';
import { downloadText, renderQuarantineNote } from './progress-note.ts';

function byData<T extends HTMLElement>(name: string): T | null {
  return document.querySelector<T>(`[data-${name}]`);
}

export function initHomeProgress(): void {
  const panel = byData<HTMLElement>('progress-panel');
  if (panel === null) return;
  const status = byData<HTMLElement>('progress-status')!;
  const summary = byData<HTMLElement>('progress-summary')!;
  const note = byData<HTMLElement>('progress-note')!;
  const fileInput = byData<HTMLInputElement>('progress-file')!;
  const confirmBox = byData<HTMLElement>('progress-confirm')!;
  const resetButton = byData<HTMLButtonElement>('progress-reset')!;

  let loaded = loadProgress();

  const say = (text: string, tone: 'ok' | 'error' = 'ok') => {
    status.textContent = text;
    status.dataset['tone'] = tone;
  };

  const render = (progress: Progress) => {
    let started = 0;
    for (const line of document.querySelectorAll<HTMLElement>('[data-lesson-progress]')) {
      const id = line.dataset['lessonProgress']!;
      const questions = Number(line.dataset['questions'] ?? '0');
      const challenges = (line.dataset['challenges'] ?? '').split(',').filter((c) => c !== '');
      const lesson = progress.lessons[id];
      line.textContent = describeLesson(lesson, challenges, questions);
      line.hidden = false;
      if (lesson !== undefined) started += 1;
    }
    summary.textContent =
      started === 0
        ? 'Nothing saved yet. Read a lesson to the end, take its quiz and solve its challenges, and your progress appears here. It is saved in this browser only.'
        : `Progress saved in this browser for ${started} lesson${started === 1 ? '' : 's'}. Export it to keep a copy or to move it to another browser.`;
    renderQuarantineNote(note);
  };

  render(loaded.progress);
  if (!loaded.writable) say('This browser does not let PyHeap store progress (storage is disabled or full), so nothing will be saved.', 'error');

  byData<HTMLButtonElement>('progress-export')!.addEventListener('click', () => {
    loaded = loadProgress();
    const date = new Date().toISOString().slice(0, 10);
    downloadText(`pyheap-progress-${date}.json`, exportProgress(loaded.progress));
    say(`Exported progress for ${Object.keys(loaded.progress.lessons).length} lessons as pyheap-progress-${date}.json.`);
  });

  byData<HTMLButtonElement>('progress-import')!.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file === undefined) return;
    const parsed = parseExport(await file.text());
    if (!parsed.ok) {
      say(`Nothing was imported from ${file.name}. ${parsed.reason}`, 'error');
      return;
    }
    if (!saveProgress(parsed.value)) {
      say('The browser refused to store the imported progress.', 'error');
      return;
    }
    loaded = loadProgress();
    render(loaded.progress);
    say(`Imported progress for ${Object.keys(parsed.value.lessons).length} lessons from ${file.name}; it replaces what was saved before.`);
  });

  resetButton.addEventListener('click', () => {
    confirmBox.hidden = false;
    confirmBox.querySelector<HTMLButtonElement>('[data-progress-cancel]')!.focus();
  });
  confirmBox.querySelector<HTMLButtonElement>('[data-progress-cancel]')!.addEventListener('click', () => {
    confirmBox.hidden = true;
    resetButton.focus();
    say('Nothing was reset.');
  });
  confirmBox.querySelector<HTMLButtonElement>('[data-progress-confirm-reset]')!.addEventListener('click', () => {
    saveProgress(emptyProgress());
    loaded = loadProgress();
    render(loaded.progress);
    confirmBox.hidden = true;
    resetButton.focus();
    say('Your progress was reset.');
  });
  note.addEventListener('pyheap:quarantine-changed', () => say('The set-aside data was deleted.'));
}
