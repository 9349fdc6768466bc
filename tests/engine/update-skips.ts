/**
 * Rewrites tests/programs/skip.txt from the current results of the conformance programs
 * (the same checks as programs.test.ts and gc.test.ts: stdout, error, audit; and the
 * `stress:` entries of the programs run under gcStress). Other prefixed entries
 * (`hostile:...`, `stress:collects-every-allocation`) are kept as they are.
 *
 *   node tests/engine/update-skips.ts            rewrite skip.txt
 *   node tests/engine/update-skips.ts --check    print what would change, write nothing
 *
 * Entries of cases that still fail keep their reason; cases that pass now are dropped;
 * new failures get a reason guessed from the kind of difference ("3.14 wasm32 sizes",
 * the audit's int+weakref signature, ...) or "unclassified: <first difference>", which a
 * person should then replace with the real reason. A program failing on every version for
 * the same reason gets one `*` entry.
 */
import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import type { PythonVersion } from '../../src/engine/index.ts';
import { GC_TOPICS, SKIP_FILE, STRESS_VERSIONS, loadPrograms, readSkips, skipReason, versionsOf, type Program } from './support.ts';
import { jobKey, runChecks, type CheckJob } from './checks.ts';

const HEADER = `# Known failures of the engine tests (tests/engine: programs, gc, hostile, trace).
#
# One case per line: <program id> <version|*>  # reason
# A listed case must still fail: the test fails when it passes, so the list stays honest.
# Regenerate with \`node tests/engine/update-skips.ts\` (keeps the reasons of cases that
# still fail, drops cases that pass, guesses a reason for new failures).
#
# Entries with a prefix belong to other tests: "stress:<program id> <version>" = the program
# under gcStress (gc.test.ts), "hostile:<case id> *" = hostile.test.ts, "trace-closed:<sample>
# <version>" = trace.test.ts. Only the unprefixed and the stress:<program> entries are
# regenerated; the others are kept as written.
#
# Reasons: "3.14 wasm32 ..." = the 3.14 column was recorded on 32-bit Pyodide, whose
# sizes / immortal refcounts / heap population do not apply to PyHeap's 64-bit profile;
# "engine bug: ..." = a PyHeap bug (minimal program in the reason or the test report);
# "not modelled: ..." = a CPython behaviour PyHeap does not simulate yet.
`;

export function guessReason(p: Program, v: PythonVersion, problems: string[], stress: boolean): string {
  const first = problems[0]!.replace(/\s+/g, ' ').slice(0, 160);
  if (problems.every((x) => x.startsWith('audit:'))) return `engine bug: ${first}`;
  if (stress) {
    if (first.startsWith('unreachable after')) return `engine bug: ${first}`;
    if (/get_threshold/.test(p.source) && /stdout changed/.test(first)) return 'engine bug: gcStress is visible: gc.get_threshold()[0] becomes 0';
    return `unclassified (under stress): ${first}`;
  }
  if (v === '3.14') {
    if (/getsizeof/.test(p.source)) return '3.14 wasm32 sizes';
    if (/hash\(/.test(p.source)) return '3.14 wasm32 hash of ints (modulus 2**31-1)';
    if (/getrefcount/.test(p.source) && /None|True|False|immortal/.test(p.source)) return '3.14 wasm32 immortal refcounts';
    if (/get_count|callbacks|get_threshold|get_stats|collect\(/.test(p.source)) return '3.14 wasm32 heap population (incremental collector figures)';
  }
  return `unclassified: ${first}`;
}

/** Skip lines for one program under one check (one `*` line when all versions agree). */
function entries(prefix: string, p: Program, versions: readonly PythonVersion[], check: (v: PythonVersion) => string[], old: Map<string, string>): { lines: string[]; failing: number } {
  const reasons = new Map<PythonVersion, string>();
  for (const v of versions) {
    const problems = check(v);
    if (problems.length > 0) reasons.set(v, skipReason(old, `${prefix}${p.id}`, v) ?? guessReason(p, v, problems, prefix !== ''));
  }
  const distinct = new Set(reasons.values());
  if (reasons.size === versions.length && distinct.size === 1) return { lines: [`${prefix}${p.id} *  # ${[...distinct][0]}`], failing: reasons.size };
  return { lines: [...reasons].map(([v, r]) => `${prefix}${p.id} ${v}  # ${r}`), failing: reasons.size };
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const old = readSkips();
  const programs = loadPrograms();
  const jobs: CheckJob[] = programs.flatMap((p) => [
    ...versionsOf(p).map((version) => ({ kind: 'program' as const, id: p.id, version })),
    ...(GC_TOPICS.includes(p.topic) ? STRESS_VERSIONS.map((version) => ({ kind: 'stress' as const, id: p.id, version })) : []),
  ]);
  const results = await runChecks(jobs);
  const problems = (kind: CheckJob['kind'], id: string, version: PythonVersion): string[] => results.get(jobKey({ kind, id, version }))!;
  const before = existsSync(SKIP_FILE) ? readFileSync(SKIP_FILE, 'utf8') : '';
  const lines: string[] = [];
  const stressLines: string[] = [];
  let failing = 0;
  let total = 0;
  let stressFailing = 0;
  let stressTotal = 0;
  for (const p of programs) {
    const versions = versionsOf(p);
    total += versions.length;
    const e = entries('', p, versions, (v) => problems('program', p.id, v), old);
    lines.push(...e.lines);
    failing += e.failing;
    if (GC_TOPICS.includes(p.topic)) {
      const sv = STRESS_VERSIONS;
      stressTotal += sv.length;
      const s = entries('stress:', p, sv, (v) => problems('stress', p.id, v), old);
      stressLines.push(...s.lines);
      stressFailing += s.failing;
    }
  }
  // entries of other tests (hostile:, trace-closed:, stress:collects-every-allocation) are kept
  const kept = before.split('\n').filter((l) => /^[\w-]+:/.test(l) && !(l.startsWith('stress:') && !l.startsWith('stress:collects-every-allocation ')));
  const group = (title: string, ls: string[]): string => (ls.length === 0 ? '' : `\n# ---- ${title}\n${ls.join('\n')}\n`);
  const text =
    `${HEADER}\n${lines.join('\n')}\n` +
    group('under gcStress (gc.test.ts)', [...stressLines, ...kept.filter((l) => l.startsWith('stress:'))]) +
    group('hostile programs (hostile.test.ts)', kept.filter((l) => l.startsWith('hostile:'))) +
    group('traces (trace.test.ts)', kept.filter((l) => l.startsWith('trace-closed:'))) +
    group('other', kept.filter((l) => !/^(stress|hostile|trace-closed):/.test(l)));
  console.log(`programs: ${failing} of ${total} cases fail; under stress: ${stressFailing} of ${stressTotal}`);
  const oldLines = new Set(before.split('\n'));
  const newLines = new Set(text.split('\n'));
  for (const l of oldLines) if (!newLines.has(l) && l.trim() !== '' && !l.startsWith('#')) console.log(`- ${l}`);
  for (const l of newLines) if (!oldLines.has(l) && l.trim() !== '' && !l.startsWith('#')) console.log(`+ ${l}`);
  if (!check) writeFileSync(SKIP_FILE, text);
}

await main();
