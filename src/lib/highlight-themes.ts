/**
 * The two Shiki themes used for Python code everywhere on the site: Astro highlights code
 * blocks with them at build time (`astro.config.mjs`), and the playground's Monaco editor
 * loads the same ones through `@shikijs/monaco`, so code looks the same in prose and editor.
 *
 * Chosen for contrast: the "-default" GitHub themes keep comments at or above WCAG AA
 * (4.5:1) on their own backgrounds in both modes, which the older `github-dark` does not.
 */
import type { BundledTheme } from 'shiki';

export const highlightThemes = {
  light: 'github-light-default',
  dark: 'github-dark-default',
} as const satisfies Record<'light' | 'dark', BundledTheme>;

export type ColorScheme = keyof typeof highlightThemes;
