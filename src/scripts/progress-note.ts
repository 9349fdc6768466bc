/**
 * The visible note about progress that could not be read: loadProgress()
 * (src/lib/quiz/progress.ts) moves such a value aside under a quarantine key instead of
 * deleting it, and this note tells the learner, with the reason, and lets them download it
 * or delete it for good (after a confirmation). Shown on the course home and on lesson
 * pages while anything is set aside. Stored text is only ever rendered as text.
 */
import { listQuarantine, parseProgress, type QuarantineEntry } from '../lib/quiz/progress.ts';

/** Why a set-aside value could not be read, recomputed from the value itself. */
export function quarantineReason(value: string): string {
  try {
    const parsed = parseProgress(JSON.parse(value));
    return parsed.ok ? 'it could not be read when it was set aside' : parsed.reason;
  } catch {
    return 'it is not valid JSON (perhaps cut short)';
  }
}

/** Offers `text` as a file download. */
export function downloadText(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

function when(entry: QuarantineEntry): string {
  return entry.at === null ? '' : ` on ${entry.at.toLocaleString()}`;
}

/** Fills `host` with the note (or hides it when nothing is set aside). */
export function renderQuarantineNote(host: HTMLElement): void {
  const entries = listQuarantine();
  host.replaceChildren();
  host.hidden = entries.length === 0;
  if (entries.length === 0) return;
  host.classList.add('progress-note');
  host.setAttribute('role', 'region');
  host.setAttribute('aria-label', 'Saved progress set aside');
  host.append(
    element('p', `Some saved progress could not be read, so PyHeap set it aside instead of deleting it, and your progress started afresh. ${entries.length === 1 ? 'It' : 'Each'} stays in this browser until you delete it.`),
  );
  const list = element('ul');
  for (const entry of entries) {
    const item = element('li');
    item.append(element('span', `Set aside${when(entry)}: ${quarantineReason(entry.value)}. `));
    const download = element('button', 'Download it', 'quiz__button quiz__button--quiet');
    download.type = 'button';
    download.addEventListener('click', () => downloadText(`pyheap-progress-set-aside-${entry.at?.getTime() ?? 'unknown'}.json`, entry.value));
    const remove = element('button', 'Delete it', 'quiz__button quiz__button--quiet');
    remove.type = 'button';
    remove.addEventListener('click', () => {
      const confirmBox = element('span');
      confirmBox.append(element('span', ' Delete this set-aside data for good? '));
      const yes = element('button', 'Yes, delete it', 'quiz__button');
      yes.type = 'button';
      yes.addEventListener('click', () => {
        try {
          localStorage.removeItem(entry.key);
        } catch {
          // Storage refused: the note stays, which is the truth.
        }
        renderQuarantineNote(host);
        host.dispatchEvent(new CustomEvent('pyheap:quarantine-changed', { bubbles: true }));
      });
      const no = element('button', 'Keep it', 'quiz__button quiz__button--quiet');
      no.type = 'button';
      no.addEventListener('click', () => {
        confirmBox.remove();
        remove.hidden = false;
        remove.focus();
      });
      confirmBox.append(yes, ' ', no);
      remove.hidden = true;
      item.append(confirmBox);
      no.focus();
    });
    item.append(download, ' ', remove);
    list.append(item);
  }
  host.append(list);
}
