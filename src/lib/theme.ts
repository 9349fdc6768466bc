/**
 * The reader's colour theme: what they chose ("auto" follows the operating system) and the
 * scheme that choice resolves to. The choice is kept in localStorage under `themeStorageKey`.
 *
 * Two scripts use this: the inline one in ThemeScript.astro, which must run before first
 * paint and so cannot import modules (it repeats `resolveColorScheme` in a few lines), and
 * ThemeToggle.astro's bundled script.
 */

export const themeStorageKey = 'pyheap-theme';

export const themeChoices = ['light', 'dark', 'auto'] as const;

export type ThemeChoice = (typeof themeChoices)[number];

export type ColorScheme = 'light' | 'dark';

/** The stored choice, or "auto" for anything missing or unrecognised. */
export function parseThemeChoice(stored: string | null | undefined): ThemeChoice {
  return stored === 'light' || stored === 'dark' ? stored : 'auto';
}

export function resolveColorScheme(choice: ThemeChoice, systemPrefersDark: boolean): ColorScheme {
  if (choice === 'auto') return systemPrefersDark ? 'dark' : 'light';
  return choice;
}
