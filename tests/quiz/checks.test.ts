/**
 * Challenge checks (src/lib/quiz/checks.ts) on real engine runs, and the build-time
 * answers of quiz questions (src/lib/quiz/answers.ts) and prediction gates (gate.ts).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/index.ts';
import { CheckError, describeCheck, evaluateCheck, factsOfRun, validateCheck, type Check } from '../../src/lib/quiz/checks.ts';
import { ClaimError, challengeFacts, heapAnswer, outputAnswer, verifyChallenge } from '../../src/lib/quiz/answers.ts';
import { gateOf, validatePredict } from '../../src/lib/quiz/gate.ts';

const cycle = `import gc

class Node:
    pass

gc.collect()
a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print(gc.collect())`;

const noCycle = cycle.replace('b.other = a\n', '');

const tinyThreshold = `import gc

class Node:
    pass

gc.collect()
gc.set_threshold(5)
keep = [Node() for i in range(8)]
gc.set_threshold(2000)
print(len(keep))`;

describe('validateCheck', () => {
  it('accepts each kind with its props', () => {
    expect(validateCheck({ kind: 'no-error' })).toEqual({ kind: 'no-error' });
    expect(validateCheck({ kind: 'output-line', line: -1, equals: '0' })).toEqual({ kind: 'output-line', line: -1, equals: '0' });
    expect(validateCheck({ kind: 'collections', generation: 0, trigger: 'threshold', count: 1 })).toEqual({ kind: 'collections', generation: 0, trigger: 'threshold', count: 1 });
    expect(validateCheck({ kind: 'collected', collection: -1, equals: 0 })).toEqual({ kind: 'collected', collection: -1, equals: 0 });
    expect(validateCheck({ kind: 'freed', type: 'Node', by: 'gc', count: 2 })).toEqual({ kind: 'freed', type: 'Node', by: 'gc', count: 2 });
  });

  it('rejects what an author could get wrong, saying what', () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ kind: 'outputs' }, /kind/],
      [{ kind: 'output-line', line: 0, equals: '1' }, /counts from 1/],
      [{ kind: 'output-line', line: 1 }, /exactly one of `equals` and `matches`/],
      [{ kind: 'output-line', line: 1, matches: '(' }, /regular expression/],
      [{ kind: 'output-line', line: '1', equals: '1' }, /whole number/],
      [{ kind: 'collections', count: 1, generation: 3 }, /generation/],
      [{ kind: 'collections', count: 1, trigger: 'shutdown' }, /trigger/],
      [{ kind: 'freed', type: 'Node', by: 'magic', count: 1 }, /by/],
      [{ kind: 'no-error', line: 1 }, /no other props/],
    ];
    for (const [props, message] of bad) expect(() => validateCheck(props), JSON.stringify(props)).toThrow(message);
    expect(() => validateCheck({ kind: 'x' })).toThrow(CheckError);
  });
});

describe('describeCheck', () => {
  it('writes the goal from the data', () => {
    expect(describeCheck({ kind: 'output-line', line: -1, equals: '0' })).toBe('The last line of output is 0.');
    expect(describeCheck({ kind: 'collections', generation: 0, trigger: 'threshold', count: 1 })).toBe('The program runs exactly 1 automatic generation-0 collection.');
    expect(describeCheck({ kind: 'collected', collection: -1, equals: 2 })).toBe('The last collection finds 2 unreachable objects.');
    expect(describeCheck({ kind: 'freed', type: 'Node', by: 'refcount', count: 1 })).toBe('Exactly 1 Node object is freed by reference counting while the program runs.');
  });
});

describe('evaluateCheck on engine runs', () => {
  const facts = (code: string) => challengeFacts(code, '3.13');

  it('reads output lines, collections and deaths from the run', () => {
    const withCycle = facts(cycle);
    const without = facts(noCycle);
    const collectedNothing: Check = { kind: 'output-line', line: -1, equals: '0' };
    expect(evaluateCheck(collectedNothing, withCycle)).toEqual({ pass: false, detail: 'That line is 2.' });
    expect(evaluateCheck(collectedNothing, without).pass).toBe(true);
    expect(evaluateCheck({ kind: 'collected', collection: -1, equals: 0 }, without).pass).toBe(true);
    expect(evaluateCheck({ kind: 'collected', collection: -1, equals: 0 }, withCycle).pass).toBe(false);
    expect(evaluateCheck({ kind: 'freed', type: 'Node', by: 'gc', count: 2 }, withCycle).pass).toBe(true);
    expect(evaluateCheck({ kind: 'freed', type: 'Node', by: 'refcount', count: 2 }, without).pass).toBe(true);
    expect(evaluateCheck({ kind: 'collections', trigger: 'manual', count: 2 }, without).pass).toBe(true);
    expect(evaluateCheck({ kind: 'collections', trigger: 'threshold', count: 0 }, without).pass).toBe(true);
  });

  it('counts automatic collections by generation', () => {
    const tiny = facts(tinyThreshold);
    const automatic = tiny.collections.filter((c) => c.trigger === 'threshold');
    expect(automatic.length).toBeGreaterThan(0);
    expect(evaluateCheck({ kind: 'collections', generation: 0, trigger: 'threshold', count: automatic.filter((c) => c.generation === 0).length }, tiny).pass).toBe(true);
    expect(evaluateCheck({ kind: 'collections', generation: 0, trigger: 'threshold', count: 99 }, tiny).detail).toMatch(/^The program ran \d+ automatic generation-0 collections?\.$/);
  });

  it('reports errors, missing lines and programs that do not parse', () => {
    const broken = facts('print(1)\nprint(undefined_name)');
    expect(evaluateCheck({ kind: 'no-error' }, broken)).toEqual({ pass: false, detail: "The program stopped with NameError: name 'undefined_name' is not defined on line 2." });
    expect(evaluateCheck({ kind: 'output-line', line: 3, equals: '1' }, broken)).toEqual({ pass: false, detail: 'The output has 1 line.' });
    const syntax = facts('print(');
    expect(syntax.collections).toEqual([]);
    expect(evaluateCheck({ kind: 'no-error' }, syntax).pass).toBe(false);
    expect(evaluateCheck({ kind: 'collected', collection: 1, equals: 0 }, syntax).detail).toBe('The program ran no collection.');
  });

  it('leaves out interpreter shutdown', () => {
    // The cycle is still alive at the end: only shutdown would collect it.
    const leftAlive = facts('class Node:\n    pass\n\na = Node()\na.me = a\ndel a\nprint("end")');
    expect(leftAlive.collections).toEqual([]);
    expect(leftAlive.freed.filter((f) => f.type === 'Node')).toEqual([]);
  });

  it('fails checks about events when the trace was cut short', () => {
    const result = run(cycle, { python: '3.13', trace: true, maxTraceSteps: 5 });
    const cut = factsOfRun(result);
    expect(cut.complete).toBe(false);
    expect(evaluateCheck({ kind: 'collections', count: cut.collections.length }, cut).pass).toBe(false);
  });
});

describe('verifyChallenge', () => {
  const checks: Check[] = [{ kind: 'output-line', line: -1, equals: '0' }, { kind: 'no-error' }];

  it('accepts a solution that passes and a start that does not', () => {
    expect(() => verifyChallenge(cycle, noCycle, '3.13', checks)).not.toThrow();
  });

  it('rejects a solution that fails, a start that already passes, and no checks', () => {
    expect(() => verifyChallenge(cycle, cycle, '3.13', checks)).toThrow(/reference solution does not pass on 3\.13: The last line of output is 0\. \(That line is 2\.\)/);
    expect(() => verifyChallenge(noCycle, noCycle, '3.13', checks)).toThrow(/starting code already passes/);
    expect(() => verifyChallenge(cycle, noCycle, '3.13', [])).toThrow(ClaimError);
  });
});

describe('build-time answers', () => {
  it('selects output as <Value> does, or takes all of it', () => {
    expect(outputAnswer('print(1)\nprint("a b")', '3.13', { line: -1 })).toBe('a b');
    expect(outputAnswer('print(1)\nprint("a b")', '3.13', { line: 2, part: 1 })).toBe('b');
    expect(outputAnswer('print(1)\nprint("a b")', '3.13', {})).toBe('1\na b');
    expect(() => outputAnswer('print()', '3.13', {})).toThrow(/empty/);
    expect(() => outputAnswer('print(x)', '3.13', {})).toThrow(/NameError/);
  });

  it('finds what gc.collect() frees from the trace, and hides that it is garbage', () => {
    const answer = heapAnswer(cycle, '3.13', 12, 'freed');
    const nodes = answer.scene.objects.filter((o) => o.type === 'Node').map((o) => o.id);
    expect(nodes).toHaveLength(2);
    expect(new Set(answer.freed)).toEqual(new Set(nodes));
    expect(answer.scene.objects.every((o) => o.status === 'live' || o.status === 'dying')).toBe(true);
    expect(heapAnswer(noCycle, '3.13', 11, 'freed').freed).toEqual([]);
    expect(() => heapAnswer(cycle, '3.13', 7, 'freed')).toThrow(/does not run gc\.collect\(\)/);
    expect(() => heapAnswer(cycle, '3.13', 99, 'freed')).toThrow(/never runs/);
  });

  it('gives each object’s count as the arrows to it, and hides the counts’ changes', () => {
    const answer = heapAnswer('first = [1]\nsecond = first\npair = [first, second]\ndel second\nprint(len(pair))', '3.13', 5, 'refcount');
    const byOrd = answer.counts.map(([id, count]) => [answer.scene.objects.find((o) => o.id === id)!.type, count]);
    expect(byOrd).toEqual([
      ['list', 3],
      ['list', 1],
    ]);
    expect(answer.scene.objects.every((o) => o.refcountDelta === 0)).toBe(true);
  });
});

describe('prediction gates', () => {
  it('find what the marked line printed, calls and finalizers included', () => {
    const code = 'def f():\n    print("in f")\n    return 1\nx = 1\nprint(f())\nprint("after")';
    const trace = run(code, { python: '3.13', trace: true }).trace!;
    expect(gateOf(trace, 5)?.answer).toBe('in f\n1');
    expect(gateOf(trace, 6)?.answer).toBe('after');
    expect(gateOf(trace, 4)?.answer).toBe('');
    expect(gateOf(trace, 9)).toBeNull();
  });

  it('validate the prop', () => {
    expect(validatePredict({ line: 2, prompt: 'What?' }, 3)).toEqual({ line: 2, prompt: 'What?' });
    expect(validatePredict({ line: 4, prompt: 'What?' }, 3)).toMatch(/1 to 3/);
    expect(validatePredict({ line: 1 }, 3)).toMatch(/prompt/);
    expect(validatePredict({ line: 1, prompt: 'x', step: 2 }, 3)).toMatch(/unknown keys step/);
  });
});
