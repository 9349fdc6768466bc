/**
 * The learner's progress, kept in localStorage under one versioned key:
 *
 *   'pyheap:progress' → { "version": 1, "lessons": { "<lesson id>": LessonProgress } }
 *
 * Storage can hold anything: a value written by a future PyHeap, by an older one, by hand,
 * or cut short. Such a value never breaks a page and is never silently destroyed: it is
 * moved aside to 'pyheap:progress:quarantine:<timestamp>', progress starts empty, and the
 * pages say so in a visible note (src/scripts/progress-note.ts) from which the learner can
 * download or delete what was kept aside.
 *
 * The same validation reads an imported file, so a bad file is refused with a reason and
 * the progress already stored stays as it was. Everything here is data: the pages render it
 * with textContent, never as HTML.
 */

export const progressKey = 'pyheap:progress';
export const quarantinePrefix = 'pyheap:progress:quarantine:';
export const progressVersion = 1;
/** The "format" field of an exported file. */
export const exportFormat = 'pyheap-progress';

export interface QuizProgress {
  /** Correct answers in the latest complete attempt. */
  score: number;
  /** Questions in the quiz. */
  total: number;
  /** The best score of any complete attempt. */
  best: number;
  /** When the latest attempt was completed (ISO 8601). */
  at: string;
}

export interface LessonProgress {
  /** When the learner reached the end of the lesson (ISO 8601). */
  read?: string;
  quiz?: QuizProgress;
  /** Challenge id → when it was first solved (ISO 8601). */
  challenges?: Record<string, string>;
}

export interface Progress {
  version: typeof progressVersion;
  lessons: Record<string, LessonProgress>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export function emptyProgress(): Progress {
  return { version: progressVersion, lessons: {} };
}

const idPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;
const maxLessons = 200;
const maxChallenges = 50;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && /^\d{4}-\d\d-\d\dT/.test(value) && !Number.isNaN(Date.parse(value));
}

function isCount(value: unknown, max = 1000): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function unexpected(record: Record<string, unknown>, allowed: readonly string[]): string | null {
  const extra = Object.keys(record).find((key) => !allowed.includes(key));
  return extra === undefined ? null : extra;
}

function parseLesson(id: string, value: unknown): Parsed<LessonProgress> {
  const where = `lesson "${id}"`;
  if (!isRecord(value)) return { ok: false, reason: `${where} is not an object` };
  const extra = unexpected(value, ['read', 'quiz', 'challenges']);
  if (extra !== null) return { ok: false, reason: `${where} has an unknown field "${extra}"` };
  const lesson: LessonProgress = {};
  if (value['read'] !== undefined) {
    if (!isDate(value['read'])) return { ok: false, reason: `${where}: "read" is not a date` };
    lesson.read = value['read'];
  }
  if (value['quiz'] !== undefined) {
    const quiz = value['quiz'];
    if (!isRecord(quiz) || unexpected(quiz, ['score', 'total', 'best', 'at']) !== null) return { ok: false, reason: `${where}: "quiz" is not a quiz result` };
    const { score, total, best, at } = quiz;
    if (!isCount(total) || total === 0 || !isCount(score, total) || !isCount(best, total) || best < score || !isDate(at)) {
      return { ok: false, reason: `${where}: the quiz result is inconsistent (score, best and total must be whole numbers with score ≤ best ≤ total)` };
    }
    lesson.quiz = { score, total, best, at };
  }
  if (value['challenges'] !== undefined) {
    const challenges = value['challenges'];
    if (!isRecord(challenges)) return { ok: false, reason: `${where}: "challenges" is not an object` };
    const entries = Object.entries(challenges);
    if (entries.length > maxChallenges) return { ok: false, reason: `${where} lists too many challenges` };
    const out: Record<string, string> = {};
    for (const [challenge, at] of entries) {
      if (!idPattern.test(challenge)) return { ok: false, reason: `${where}: "${challenge.slice(0, 40)}" is not a challenge id` };
      if (!isDate(at)) return { ok: false, reason: `${where}: challenge "${challenge}" has no valid date` };
      out[challenge] = at;
    }
    lesson.challenges = out;
  }
  return { ok: true, value: lesson };
}

function parseLessons(value: unknown): Parsed<Record<string, LessonProgress>> {
  if (!isRecord(value)) return { ok: false, reason: '"lessons" is not an object' };
  const entries = Object.entries(value);
  if (entries.length > maxLessons) return { ok: false, reason: 'it lists too many lessons' };
  const lessons: Record<string, LessonProgress> = {};
  for (const [id, lesson] of entries) {
    if (!idPattern.test(id)) return { ok: false, reason: `"${id.slice(0, 40)}" is not a lesson id` };
    const parsed = parseLesson(id, lesson);
    if (!parsed.ok) return parsed;
    lessons[id] = parsed.value;
  }
  return { ok: true, value: lessons };
}

/** Validates stored progress (already parsed from JSON). */
export function parseProgress(value: unknown): Parsed<Progress> {
  if (!isRecord(value)) return { ok: false, reason: 'it is not an object' };
  const version = value['version'];
  if (version !== progressVersion) {
    if (typeof version === 'number' && version > progressVersion) return { ok: false, reason: `it was written by a newer PyHeap (format version ${version})` };
    if (typeof version === 'number') return { ok: false, reason: `it is in an older format (version ${version}) that this PyHeap cannot read` };
    return { ok: false, reason: 'it has no format version' };
  }
  const extra = unexpected(value, ['version', 'lessons']);
  if (extra !== null) return { ok: false, reason: `it has an unknown field "${extra}"` };
  const lessons = parseLessons(value['lessons']);
  return lessons.ok ? { ok: true, value: { version: progressVersion, lessons: lessons.value } } : lessons;
}

/** Validates the text of an exported progress file. */
export function parseExport(text: string): Parsed<Progress> {
  if (text.length > 1_000_000) return { ok: false, reason: 'The file is too large to be a PyHeap progress file.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON, so it is not a PyHeap progress file.' };
  }
  if (!isRecord(value) || value['format'] !== exportFormat) return { ok: false, reason: 'The file is JSON, but not a PyHeap progress file (it has no "format": "pyheap-progress").' };
  const extra = unexpected(value, ['format', 'version', 'exportedAt', 'lessons']);
  if (extra !== null) return { ok: false, reason: `The file has an unknown field "${extra}".` };
  const { exportedAt, ...rest } = value;
  if (exportedAt !== undefined && !isDate(exportedAt)) return { ok: false, reason: 'The file’s "exportedAt" is not a date.' };
  const { format: _format, ...stored } = rest;
  const parsed = parseProgress(stored);
  return parsed.ok ? parsed : { ok: false, reason: `The file cannot be imported: ${parsed.reason}.` };
}

/** The text of an export file for `progress`. */
export function exportProgress(progress: Progress, now: Date = new Date()): string {
  return `${JSON.stringify({ format: exportFormat, version: progressVersion, exportedAt: now.toISOString(), lessons: progress.lessons }, null, 2)}\n`;
}

/** The part of the Storage interface used here (tests pass a Map-backed one). */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface Loaded {
  progress: Progress;
  /** Set when a stored value could not be read and was moved aside now. */
  quarantined: { key: string; reason: string } | null;
  /** False when storage cannot be used (disabled, or a bad value that could not be moved aside). */
  writable: boolean;
}

function defaultStorage(): ProgressStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Reads the stored progress. A value that cannot be read is moved aside under a quarantine
 * key (see the module comment); if even that fails, it stays where it is and nothing is
 * written over it (`writable: false`).
 */
export function loadProgress(storage: ProgressStorage | null = defaultStorage(), now: () => number = Date.now): Loaded {
  if (storage === null) return { progress: emptyProgress(), quarantined: null, writable: false };
  let raw: string | null;
  try {
    raw = storage.getItem(progressKey);
  } catch {
    return { progress: emptyProgress(), quarantined: null, writable: false };
  }
  if (raw === null) return { progress: emptyProgress(), quarantined: null, writable: true };
  let reason: string;
  try {
    const parsed = parseProgress(JSON.parse(raw));
    if (parsed.ok) return { progress: parsed.value, quarantined: null, writable: true };
    reason = parsed.reason;
  } catch {
    reason = 'it is not valid JSON (perhaps cut short)';
  }
  let stamp = now();
  while (safeGet(storage, quarantinePrefix + stamp) !== null) stamp += 1;
  const key = quarantinePrefix + stamp;
  try {
    storage.setItem(key, raw);
    storage.removeItem(progressKey);
  } catch {
    return { progress: emptyProgress(), quarantined: null, writable: false };
  }
  return { progress: emptyProgress(), quarantined: { key, reason }, writable: true };
}

function safeGet(storage: ProgressStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `progress`; false when storage refused. */
export function saveProgress(progress: Progress, storage: ProgressStorage | null = defaultStorage()): boolean {
  if (storage === null) return false;
  try {
    storage.setItem(progressKey, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads, changes and stores progress in one go. Returns the new progress (or the old one,
 * unchanged, when storage cannot be written).
 */
export function updateProgress(change: (progress: Progress) => void, storage: ProgressStorage | null = defaultStorage()): Loaded {
  const loaded = loadProgress(storage);
  if (!loaded.writable) return loaded;
  change(loaded.progress);
  saveProgress(loaded.progress, storage);
  return loaded;
}

function lessonOf(progress: Progress, lessonId: string): LessonProgress {
  progress.lessons[lessonId] ??= {};
  return progress.lessons[lessonId];
}

export function markRead(progress: Progress, lessonId: string, now: Date = new Date()): void {
  const lesson = lessonOf(progress, lessonId);
  lesson.read ??= now.toISOString();
}

/** Records a complete quiz attempt; the best score is kept. */
export function recordQuiz(progress: Progress, lessonId: string, score: number, total: number, now: Date = new Date()): void {
  const lesson = lessonOf(progress, lessonId);
  const previousBest = lesson.quiz?.total === total ? lesson.quiz.best : 0;
  lesson.quiz = { score, total, best: Math.max(previousBest, score), at: now.toISOString() };
}

export function recordChallenge(progress: Progress, lessonId: string, challengeId: string, now: Date = new Date()): void {
  const lesson = lessonOf(progress, lessonId);
  lesson.challenges ??= {};
  lesson.challenges[challengeId] ??= now.toISOString();
}

export interface QuarantineEntry {
  key: string;
  /** When it was moved aside (from the key), or null if the key has no timestamp. */
  at: Date | null;
  value: string;
}

/** Everything moved aside so far, oldest first. */
export function listQuarantine(storage: ProgressStorage | null = defaultStorage()): QuarantineEntry[] {
  if (storage === null) return [];
  const entries: QuarantineEntry[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === null || !key.startsWith(quarantinePrefix)) continue;
      const value = storage.getItem(key);
      if (value === null) continue;
      const stamp = Number(key.slice(quarantinePrefix.length));
      entries.push({ key, at: Number.isFinite(stamp) && stamp > 0 ? new Date(stamp) : null, value });
    }
  } catch {
    return entries;
  }
  return entries.sort((a, b) => (a.at?.getTime() ?? 0) - (b.at?.getTime() ?? 0));
}

/** One line per lesson state, in words, e.g. "Read · Quiz 4 of 5 (best 5) · 1 of 1 challenge solved". */
export function describeLesson(lesson: LessonProgress | undefined, challengeIds: readonly string[], questions: number): string {
  const parts: string[] = [];
  if (lesson?.read !== undefined) parts.push('Read');
  if (lesson?.quiz !== undefined && lesson.quiz.total === questions) {
    const q = lesson.quiz;
    parts.push(`Quiz ${q.score} of ${q.total}${q.best > q.score ? ` (best ${q.best})` : ''}`);
  } else if (questions > 0) {
    parts.push('Quiz not taken');
  }
  if (challengeIds.length > 0) {
    const solved = challengeIds.filter((id) => lesson?.challenges?.[id] !== undefined).length;
    parts.push(`${solved} of ${challengeIds.length} challenge${challengeIds.length === 1 ? '' : 's'} solved`);
  }
  const started = lesson !== undefined && (lesson.read !== undefined || lesson.quiz !== undefined || Object.keys(lesson.challenges ?? {}).length > 0);
  return started ? parts.join(' · ') : 'Not started';
}
