/**
 * The cycle collector.
 *
 * (a) Stress: the collector-related programs of tests/programs run with a collection at
 *     every GC allocation (`gcStress`) on one version per collector regime. Whatever the
 *     collector does, nothing reachable may be freed (the audit), the output must not change
 *     unless the program prints collection-timing figures (support.ts TIMING_DEPENDENT lists
 *     those, with the reason), and after the program's last full gc.collect() nothing
 *     unreachable may remain except where CPython leaves it (gc.garbage, frozen objects):
 *     heap-probe.ts checks that. Known failures: `stress:<program id> <version>` in
 *     tests/programs/skip.txt.
 *
 * (b) Focused scenarios in tests/programs/gc-scenarios (automatic collections observed
 *     through gc.callbacks in loops allocating thousands of containers, tracking per type,
 *     counts with free lists, the 25 % rule, freeze/unfreeze, referrers/referents,
 *     get_objects by generation, weakref callbacks, resurrection, gc.garbage), with outputs
 *     recorded from CPython 3.10-3.14 and compared on every version like programs.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { run, type PythonVersion } from '../../src/engine/index.ts';
import { GC_TOPICS, STRESS_VERSIONS, TIMING_DEPENDENT, loadPrograms, readSkips, skipReason, versionsOf } from './support.ts';
import { problemsOf, runChecks, type CheckJob } from './checks.ts';
import { runProbed, unreachableLeftovers } from './heap-probe.ts';

const programs = loadPrograms();
const skips = readSkips();
const stressed = programs.filter((p) => GC_TOPICS.includes(p.topic));
const scenarios = programs.filter((p) => p.topic === 'gc-scenarios');

// Every case runs once, on worker threads, in beforeAll; the tests read the results.
const jobs: CheckJob[] = [
  ...stressed.flatMap((p) => STRESS_VERSIONS.map((version) => ({ kind: 'stress' as const, id: p.id, version }))),
  ...scenarios.flatMap((p) => versionsOf(p).map((version) => ({ kind: 'program' as const, id: p.id, version }))),
];
let results = new Map<string, string[]>();
beforeAll(async () => {
  results = await runChecks(jobs);
}, 600_000);

const COUNT_COLLECTIONS = `import gc
class A:
    pass
n = 0
def cb(phase, info):
    global n
    if phase == "start":
        n += 1
gc.callbacks.append(cb)
for i in range(100):
    x = A()
gc.callbacks.remove(cb)
print(n, gc.get_threshold()[0] > 0)
`;

describe('the collector under stress (a collection at every GC allocation)', () => {
  it('ran every stressed program and every scenario', () => {
    expect(results.size).toBe(jobs.length);
  });

  it('covers every collector topic, and lists as timing-dependent only programs that exist', () => {
    expect(new Set(stressed.map((p) => p.topic))).toEqual(new Set(GC_TOPICS));
    const ids = new Set(programs.map((p) => p.id));
    expect(Object.keys(TIMING_DEPENDENT).filter((id) => !ids.has(id))).toEqual([]);
    const known = new Set([...stressed.map((p) => p.id), 'collects-every-allocation'].flatMap((id) => [...STRESS_VERSIONS, '*'].map((v) => `stress:${id} ${v}`)));
    expect([...skips.keys()].filter((k) => k.startsWith('stress:') && !known.has(k))).toEqual([]);
  });

  for (const v of STRESS_VERSIONS) {
    it(`has a leftover probe that sees exactly the garbage a full collection is about to free, and nothing after it, on ${v}`, () => {
      const src = 'import gc\ngc.collect()\nclass Node:\n    pass\na = Node()\na.me = a\nb = [a]\nb.append(b)\ndel a, b\nprint(gc.collect() > 0)\n';
      const seen: { unreachable: number[]; leftovers: number[] }[] = [];
      const probed = runProbed(src, { python: v }, {
        collections: true,
        onCollection: (runtime, ev) => {
          if (ev.phase === 'unreachable' && ev.trigger === 'manual' && ev.generation === 2) {
            seen.push({ unreachable: ev.unreachable.map((o) => o.serial), leftovers: unreachableLeftovers(runtime).map((l) => l.serial) });
          }
        },
      });
      expect(probed.result.stdout).toBe('True\n');
      expect(probed.fullCollections).toBe(2);
      const last = seen.at(-1)!;
      expect(last.unreachable.length).toBeGreaterThanOrEqual(2);
      expect(last.leftovers).toEqual(expect.arrayContaining(last.unreachable));
      expect(probed.leftovers).toEqual([]);
    });

    const name = `collects at each of 100 instance allocations on ${v}, invisibly to gc.get_threshold()`;
    const reason = skipReason(skips, 'stress:collects-every-allocation', v);
    (reason === undefined ? it : it.fails)(reason === undefined ? name : `${name} (skipped: ${reason})`, () => {
      const r = run(COUNT_COLLECTIONS, { python: v, gcStress: true });
      expect(r.error).toBeNull();
      const [n, visible] = r.stdout.trim().split(' ');
      expect(Number(n)).toBeGreaterThanOrEqual(100);
      expect(visible).toBe('True');
    });
  }

  for (const p of stressed) {
    for (const v of STRESS_VERSIONS) {
      const reason = skipReason(skips, `stress:${p.id}`, v);
      const body = (): void => {
        expect(problemsOf(results, { kind: 'stress', id: p.id, version: v })).toBe('');
      };
      if (reason === undefined) it(`${p.id} on ${v} under stress`, body);
      else it.fails(`${p.id} on ${v} under stress (skipped: ${reason})`, body);
    }
  }
});

describe('focused collector scenarios (tests/programs/gc-scenarios)', () => {
  it('exist, each recorded on 3.10 to 3.14', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(10);
    for (const p of scenarios) expect(versionsOf(p), p.id).toEqual(['3.10', '3.11', '3.12', '3.13', '3.14']);
  });

  for (const p of scenarios) {
    for (const v of versionsOf(p) as PythonVersion[]) {
      const reason = skipReason(skips, p.id, v);
      const body = (): void => {
        expect(problemsOf(results, { kind: 'program', id: p.id, version: v })).toBe('');
      };
      if (reason === undefined) it(`${p.id} on ${v}`, body);
      else it.fails(`${p.id} on ${v} (skipped: ${reason})`, body);
    }
  }
});
