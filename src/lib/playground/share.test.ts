import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, maxSharedCodeLength } from './share.ts';

function base64Url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

describe('share links', () => {
  it('round-trips code, version and step through a compressed fragment', async () => {
    const state = { code: 'x = [1]\ny = x  # café, 🐍\n', python: '3.12' as const, step: 7 };
    const fragment = await encodeShare(state);
    expect(fragment).toMatch(/^z=[\w-]+$/);
    expect(await decodeShare(`#${fragment}`)).toEqual(state);
  });

  it('reads the uncompressed form too', async () => {
    expect(await decodeShare(`b=${base64Url(JSON.stringify({ c: 'print(1)', p: '3.10' }))}`)).toEqual({ code: 'print(1)', python: '3.10' });
  });

  it('gives null for damaged, hostile or foreign fragments instead of throwing', async () => {
    const good = await encodeShare({ code: 'print("hi")', python: '3.13' });
    for (const fragment of [
      '',
      '#',
      'z=',
      good.slice(0, -6), // truncated by a chat app
      `${good}%3Cscript%3E`,
      'q=abc',
      `b=${base64Url('not json')}`,
      `b=${base64Url('[1, 2]')}`,
      `b=${base64Url(JSON.stringify({ c: 42, p: '3.13' }))}`,
      `b=${base64Url(JSON.stringify({ c: 'x'.repeat(maxSharedCodeLength + 1), p: '3.13' }))}`,
      `b=${'A'.repeat(70_000)}`,
    ]) {
      expect(await decodeShare(fragment), fragment.slice(0, 40)).toBeNull();
    }
  });

  it('keeps only what it understands: an unknown version falls back, a bad step is dropped', async () => {
    const fragment = `b=${base64Url(JSON.stringify({ c: 'x = 1', p: '2.7', s: -3, extra: '<img src=x>' }))}`;
    expect(await decodeShare(fragment)).toEqual({ code: 'x = 1', python: '3.13' });
  });

  it('refuses a small link that inflates to far more than any snippet', async () => {
    const bomb = await encodeShare({ code: ' '.repeat(5_000_000), python: '3.13' });
    expect(bomb.length).toBeLessThan(60_000);
    expect(await decodeShare(bomb)).toBeNull();
  });
});
