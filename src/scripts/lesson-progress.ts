/**
 * Lesson pages' progress: reading the stored progress once at load (which sets aside a
 * value that cannot be read, and shows the note about it), and marking the lesson as read
 * when the learner reaches its "Check your understanding" section.
 */
import { loadProgress, markRead, updateProgress } from '../lib/quiz/progress.ts';
import { renderQuarantineNote } from './progress-note.ts';

export function initLessonProgress(): void {
  const article = document.querySelector<HTMLElement>('[data-lesson-id]');
  const lessonId = article?.dataset['lessonId'];
  if (article === null || lessonId === undefined) return;
  const loaded = loadProgress();
  const note = document.querySelector<HTMLElement>('[data-progress-note]');
  if (note !== null) renderQuarantineNote(note);
  if (loaded.progress.lessons[lessonId]?.read !== undefined || !loaded.writable) return;
  const end = document.getElementById('check-your-understanding') ?? article.querySelector('.lesson__nav');
  if (end === null || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    observer.disconnect();
    updateProgress((progress) => markRead(progress, lessonId));
  });
  observer.observe(end);
}
