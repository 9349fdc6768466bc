import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetSnippet, loadSnippet, saveSnippet, storageKey } from './storage.ts';
import { snippetId, snippetIdPattern } from './snippet-id.ts';

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const host = globalThis as { localStorage?: unknown };

describe('saved edits', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    host.localStorage = storage;
  });
  afterEach(() => {
    delete host.localStorage;
  });

  it('saves and restores code and version under a versioned key', () => {
    saveSnippet('abc', { code: 'x = 2', python: '3.11' });
    expect([...storage.items.keys()]).toEqual(['pyheap:playground:v1:abc']);
    expect(loadSnippet('abc')).toEqual({ code: 'x = 2', python: '3.11' });
    forgetSnippet('abc');
    expect(loadSnippet('abc')).toBeNull();
  });

  it('ignores corrupt or foreign entries instead of failing', () => {
    for (const raw of ['{', 'null', '42', '"text"', '{"code": 5}', '[]']) {
      storage.setItem(storageKey('s'), raw);
      expect(loadSnippet('s'), raw).toBeNull();
    }
    storage.setItem(storageKey('s'), JSON.stringify({ code: 'ok', python: '9.9' }));
    expect(loadSnippet('s')).toEqual({ code: 'ok', python: '3.13' });
  });

  it('works without storage at all (blocked, or not a browser)', () => {
    delete host.localStorage;
    expect(loadSnippet('s')).toBeNull();
    expect(() => saveSnippet('s', { code: 'x', python: '3.13' })).not.toThrow();
    expect(() => forgetSnippet('s')).not.toThrow();
  });
});

describe('snippet ids', () => {
  it('are stable for the same code and differ for different code', () => {
    expect(snippetId('x = 1')).toBe(snippetId('x = 1'));
    expect(snippetId('x = 1')).not.toBe(snippetId('x = 2'));
    expect(snippetId('x = 1')).toMatch(snippetIdPattern);
  });
});
