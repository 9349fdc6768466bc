/**
 * Progress storage (src/lib/quiz/progress.ts): the versioned schema, quarantine of values
 * that cannot be read, export and import, and the per-lesson summary the course home shows.
 */
import { describe, expect, it } from 'vitest';
import {
  describeLesson,
  emptyProgress,
  exportProgress,
  listQuarantine,
  loadProgress,
  markRead,
  parseExport,
  parseProgress,
  progressKey,
  quarantinePrefix,
  recordChallenge,
  recordQuiz,
  saveProgress,
  updateProgress,
  type ProgressStorage,
} from '../../src/lib/quiz/progress.ts';

/** A Storage backed by a Map; `failWrites` makes setItem throw (a full or blocked storage). */
function memoryStorage(initial: Record<string, string> = {}, failWrites = false): ProgressStorage & { map: Map<string, string> } {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      if (failWrites) throw new Error('QuotaExceededError');
      map.set(key, String(value));
    },
    removeItem: (key) => void map.delete(key),
    key: (index) => [...map.keys()][index] ?? null,
    get length() {
      return map.size;
    },
  };
}

const at = new Date('2025-03-01T10:00:00.000Z');

describe('progress', () => {
  it('starts empty and round-trips through storage', () => {
    const storage = memoryStorage();
    expect(loadProgress(storage)).toEqual({ progress: emptyProgress(), quarantined: null, writable: true });
    updateProgress((p) => {
      markRead(p, 'reference-counting', at);
      recordQuiz(p, 'reference-counting', 4, 6, at);
      recordChallenge(p, 'reference-counting', 'one-more-reference', at);
    }, storage);
    const loaded = loadProgress(storage);
    expect(loaded.progress.lessons['reference-counting']).toEqual({
      read: at.toISOString(),
      quiz: { score: 4, total: 6, best: 4, at: at.toISOString() },
      challenges: { 'one-more-reference': at.toISOString() },
    });
    expect(JSON.parse(storage.map.get(progressKey)!).version).toBe(1);
  });

  it('keeps the best score across attempts, and the first solve time', () => {
    const p = emptyProgress();
    recordQuiz(p, 'x', 5, 6, at);
    recordQuiz(p, 'x', 2, 6, new Date('2025-03-02T00:00:00Z'));
    expect(p.lessons['x']!.quiz).toMatchObject({ score: 2, best: 5, total: 6 });
    // A quiz that changed length starts its best afresh.
    recordQuiz(p, 'x', 3, 7, at);
    expect(p.lessons['x']!.quiz).toMatchObject({ score: 3, best: 3, total: 7 });
    recordChallenge(p, 'x', 'c', at);
    recordChallenge(p, 'x', 'c', new Date('2026-01-01T00:00:00Z'));
    expect(p.lessons['x']!.challenges!['c']).toBe(at.toISOString());
  });

  it('moves a value it cannot read aside, reports it, and starts afresh', () => {
    for (const [raw, reason] of [
      ['{"version": 1, "lessons": {"x": {"quiz": {"score": 9, "total": 3', /not valid JSON/],
      ['{"version": 2, "lessons": {}}', /newer PyHeap \(format version 2\)/],
      ['{"version": 0, "lessons": {}}', /older format/],
      ['["not", "an", "object"]', /not an object/],
      ['{"version": 1, "lessons": {"x": {"quiz": {"score": 9, "total": 3, "best": 9, "at": "2025-01-01T00:00:00Z"}}}}', /inconsistent/],
      ['{"version": 1, "lessons": {"<img src=x onerror=alert(1)>": {}}}', /is not a lesson id/],
    ] as const) {
      const storage = memoryStorage({ [progressKey]: raw });
      const loaded = loadProgress(storage, () => 1700000000000);
      expect(loaded.progress).toEqual(emptyProgress());
      expect(loaded.quarantined?.key).toBe(`${quarantinePrefix}1700000000000`);
      expect(loaded.quarantined?.reason).toMatch(reason);
      // Not destroyed: the very same text is kept under the quarantine key.
      expect(storage.map.get(`${quarantinePrefix}1700000000000`)).toBe(raw);
      expect(storage.map.has(progressKey)).toBe(false);
      expect(listQuarantine(storage).map((entry) => entry.value)).toEqual([raw]);
      // Loading again finds nothing wrong: the bad value is only reported once as new.
      expect(loadProgress(storage).quarantined).toBeNull();
    }
  });

  it('never overwrites an earlier quarantined value', () => {
    const storage = memoryStorage({ [progressKey]: 'broken', [`${quarantinePrefix}5`]: 'older' });
    const loaded = loadProgress(storage, () => 5);
    expect(loaded.quarantined?.key).toBe(`${quarantinePrefix}6`);
    expect(listQuarantine(storage).map((entry) => entry.value)).toEqual(['older', 'broken']);
  });

  it('leaves a bad value where it is, and writes nothing, when it cannot be moved aside', () => {
    const storage = memoryStorage({ [progressKey]: 'broken' }, true);
    const loaded = loadProgress(storage);
    expect(loaded.writable).toBe(false);
    expect(updateProgress((p) => markRead(p, 'x'), storage).writable).toBe(false);
    expect(storage.map.get(progressKey)).toBe('broken');
  });

  it('survives storage that throws on every access', () => {
    const throwing: ProgressStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => {},
      key: () => null,
      length: 0,
    };
    expect(loadProgress(throwing).writable).toBe(false);
    expect(saveProgress(emptyProgress(), throwing)).toBe(false);
    expect(loadProgress(null).progress).toEqual(emptyProgress());
  });
});

describe('export and import', () => {
  it('round-trips', () => {
    const p = emptyProgress();
    markRead(p, 'reference-counting', at);
    recordQuiz(p, 'reference-counting', 5, 6, at);
    const text = exportProgress(p, at);
    expect(JSON.parse(text)).toMatchObject({ format: 'pyheap-progress', version: 1, exportedAt: at.toISOString() });
    expect(parseExport(text)).toEqual({ ok: true, value: p });
  });

  it('refuses bad files with a reason a learner can read', () => {
    expect(parseExport('hello')).toEqual({ ok: false, reason: expect.stringMatching(/not JSON/) });
    expect(parseExport('{"version": 1, "lessons": {}}')).toEqual({ ok: false, reason: expect.stringMatching(/not a PyHeap progress file/) });
    expect(parseExport('{"format": "pyheap-progress", "version": 7, "lessons": {}}')).toEqual({ ok: false, reason: expect.stringMatching(/newer PyHeap/) });
    expect(parseExport('{"format": "pyheap-progress", "version": 1, "lessons": {"a": {"read": "yesterday"}}}')).toEqual({
      ok: false,
      reason: expect.stringMatching(/"read" is not a date/),
    });
    expect(parseExport('{"format": "pyheap-progress", "version": 1, "lessons": {}, "extra": 1}')).toEqual({ ok: false, reason: expect.stringMatching(/unknown field "extra"/) });
    expect(parseExport('x'.repeat(1_000_001)).ok).toBe(false);
  });

  it('validates stored values field by field', () => {
    expect(parseProgress({ version: 1, lessons: { a: { challenges: { 'b c': '2025-01-01T00:00:00Z' } } } }).ok).toBe(false);
    expect(parseProgress({ version: 1, lessons: { a: { unknown: true } } }).ok).toBe(false);
    expect(parseProgress({ version: 1, lessons: { a: {} } }).ok).toBe(true);
  });
});

describe('the course home’s line per lesson', () => {
  it('says what was done, in words', () => {
    expect(describeLesson(undefined, ['c'], 6)).toBe('Not started');
    const p = emptyProgress();
    markRead(p, 'x', at);
    expect(describeLesson(p.lessons['x'], ['c', 'd'], 6)).toBe('Read · Quiz not taken · 0 of 2 challenges solved');
    recordQuiz(p, 'x', 6, 6, at);
    recordQuiz(p, 'x', 4, 6, at);
    recordChallenge(p, 'x', 'c', at);
    expect(describeLesson(p.lessons['x'], ['c', 'd'], 6)).toBe('Read · Quiz 4 of 6 (best 6) · 1 of 2 challenges solved');
  });
});
