import { describe, expect, it } from 'vitest';
import { PlaygroundSession } from './session.ts';
import type { Scene } from './types.ts';

function scenes(source: string, python: '3.10' | '3.13' = '3.13', inline = false): Scene[] {
  const session = new PlaygroundSession();
  const summary = session.run(source, python);
  const out: Scene[] = [];
  for (let k = 0; k < summary.total; k++) out.push(session.scene(summary.runId, k, inline)!);
  return out;
}

const cycle = `class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
items = [1, 2, 3]
import gc
gc.collect()
`;

describe('the picture of a run', () => {
  it('never moves an object between two steps where it is drawn', () => {
    for (const inline of [false, true]) {
      const all = scenes(cycle, '3.13', inline);
      for (let k = 1; k < all.length; k++) {
        const before = new Map(all[k - 1]!.objects.map((o) => [o.id, o]));
        for (const o of all[k]!.objects) {
          const b = before.get(o.id);
          if (b !== undefined) expect([o.x, o.y], `${o.type} #${o.ord} at step ${k + 1}`).toEqual([b.x, b.y]);
        }
      }
    }
  });

  it('never draws two boxes on top of each other', () => {
    for (const scene of scenes(cycle)) {
      const boxes = scene.objects;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const overlap = a.x === b.x && a.y < b.y + b.height && b.y < a.y + a.height;
          expect(overlap, `${a.type} #${a.ord} and ${b.type} #${b.ord} at step ${scene.index + 1}`).toBe(false);
        }
      }
    }
  });

  it('marks a cycle as garbage after del, found by the collection, then freed by it', () => {
    const all = scenes(cycle);
    const nodes = (scene: Scene) => scene.objects.filter((o) => o.type === 'Node');
    const afterDel = all.find((s) => s.event === 'line' && s.line === 11)!;
    expect(nodes(afterDel).map((o) => o.status)).toEqual(['garbage', 'garbage']);
    const found = all.find((s) => s.event === 'gc-unreachable' && s.collection?.unreachable === 2)!;
    expect(nodes(found).map((o) => o.status)).toEqual(['found', 'found']);
    const done = all[found.index + 1]!;
    expect(done.event).toBe('gc-done');
    expect(nodes(done).map((o) => [o.status, o.death])).toEqual([
      ['dying', { cause: 'gc', generation: 2 }],
      ['dying', { cause: 'gc', generation: 2 }],
    ]);
    expect(nodes(all[done.index + 1]!)).toEqual([]);
  });

  it('shows an object dying of its refcount at the step it is freed, with who referred to it before', () => {
    const all = scenes('x = [1, 2]\ny = x\ndel x\ny = None\n');
    const live = all.find((s) => s.objects.some((o) => o.type === 'list' && o.refcount === 2))!;
    const list = live.objects.find((o) => o.type === 'list')!;
    expect(list.referrers.map((r) => r.text)).toEqual(['global variable x', 'global variable y']);
    const dying = all.find((s) => s.objects.some((o) => o.status === 'dying'))!;
    expect(dying.objects.find((o) => o.status === 'dying')).toMatchObject({ type: 'list', death: { cause: 'refcount' } });
  });

  it('keeps names pointing at objects by default and writes values inline on request', () => {
    const last = (inline: boolean) => scenes('n = 42\n', '3.13', inline).find((s) => s.event === 'end')!;
    expect(last(false).frames[0]!.rows[0]).toMatchObject({ label: 'n' });
    expect(last(false).frames[0]!.rows[0]!.inline).toBeUndefined();
    expect(last(false).objects.map((o) => o.type)).toEqual(['int']);
    expect(last(true).frames[0]!.rows[0]!.inline).toBe('42');
    expect(last(true).objects).toEqual([]);
  });

  it('draws a loop that makes a cycle per iteration with a bounded number of boxes', () => {
    const all = scenes('for i in range(200):\n    a = [i]\n    a.append(a)\n');
    for (const scene of all) expect(scene.objects.length).toBeLessThanOrEqual(60);
    expect(all.some((s) => (s.omitted?.garbage ?? 0) > 0)).toBe(true);
  });
});
