import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Op } from '../../src/engine/compile/opcodes.ts';

// The dispatch switch of eval/interpreter.ts writes opcodes as number literals, each
// followed by its name in a comment, so that V8 can compile it into a jump table.
describe('the interpreter dispatch switch', () => {
  const source = readFileSync(new URL('../../src/engine/eval/interpreter.ts', import.meta.url), 'utf8');
  const cases = [...source.matchAll(/case (\d+) \/\* ([A-Z_0-9]+) \*\/:/g)].map((m) => ({ n: Number(m[1]), name: m[2]! }));

  it('names every opcode by its number', () => {
    expect(cases.length).toBeGreaterThan(80);
    for (const { n, name } of cases) expect({ name, n }).toEqual({ name, n: (Op as Record<string, number>)[name] });
  });

  it('handles each opcode at most once', () => {
    const names = cases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has no case written with the Op object', () => {
    expect(source).not.toMatch(/case Op\./);
  });
});
