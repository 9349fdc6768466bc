/**
 * Number literals -> constant values, as CPython's tokenizer + parser read them.
 * The text has already been validated by the tokenizer (underscores, digits, prefixes).
 */
import type { ConstantValue } from './ast.ts';

export function parseNumber(text: string): ConstantValue {
  const t = text.indexOf('_') >= 0 ? text.replace(/_/g, '') : text;
  const last = t.charCodeAt(t.length - 1) | 0x20;
  if (last === 0x6a /* j */) return { kind: 'complex', imag: Number(t.slice(0, -1)) };
  if (t.length > 1 && t.charCodeAt(0) === 48) {
    const p = t.charCodeAt(1) | 0x20;
    if (p === 0x78 || p === 0x6f || p === 0x62) return { kind: 'int', value: BigInt(t) };
  }
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 46 || c === 101 || c === 69) return { kind: 'float', value: Number(t) };
  }
  // Small ints go through Number to avoid BigInt parsing cost; exact below 2**53.
  if (t.length < 16) return { kind: 'int', value: BigInt(Number(t)) };
  return { kind: 'int', value: BigInt(t) };
}
