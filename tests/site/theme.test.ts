import { describe, expect, it } from 'vitest';
import { parseThemeChoice, resolveColorScheme } from '../../src/lib/theme.ts';

describe('theme choice', () => {
  it('keeps an explicit light or dark choice', () => {
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('dark')).toBe('dark');
  });

  it('falls back to auto for a missing or unknown stored value', () => {
    expect(parseThemeChoice(null)).toBe('auto');
    expect(parseThemeChoice(undefined)).toBe('auto');
    expect(parseThemeChoice('sepia')).toBe('auto');
  });

  it('resolves auto from the system preference and leaves explicit choices alone', () => {
    expect(resolveColorScheme('auto', true)).toBe('dark');
    expect(resolveColorScheme('auto', false)).toBe('light');
    expect(resolveColorScheme('light', true)).toBe('light');
    expect(resolveColorScheme('dark', false)).toBe('dark');
  });
});
