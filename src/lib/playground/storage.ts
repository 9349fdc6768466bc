/**
 * The learner's edits, kept per snippet in localStorage so they survive a reload.
 *
 * The key carries a format version ("v1"): a later format gets a new key instead of
 * misreading old entries. Storage can be full, disabled (private windows, sandboxed
 * frames) or hold anything another script put there, so every read validates and every
 * failure falls back to the snippet as the author wrote it.
 */

import { isPythonVersion, type PythonVersion } from './types.ts';

const prefix = 'pyheap:playground:v1:';

export interface SavedSnippet {
  code: string;
  python: PythonVersion;
}

export function storageKey(snippetId: string): string {
  return prefix + snippetId;
}

export function loadSnippet(snippetId: string): SavedSnippet | null {
  try {
    const raw = localStorage.getItem(storageKey(snippetId));
    if (raw === null || raw.length > 200_000) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { code, python } = value as Record<string, unknown>;
    if (typeof code !== 'string') return null;
    return { code, python: isPythonVersion(python) ? python : '3.13' };
  } catch {
    return null;
  }
}

export function saveSnippet(snippetId: string, snippet: SavedSnippet): void {
  try {
    localStorage.setItem(storageKey(snippetId), JSON.stringify({ code: snippet.code, python: snippet.python, savedAt: Date.now() }));
  } catch {
    // Full or blocked storage: edits still work, they just will not survive a reload.
  }
}

export function forgetSnippet(snippetId: string): void {
  try {
    localStorage.removeItem(storageKey(snippetId));
  } catch {
    // As above: nothing to undo.
  }
}
