/**
 * Runs a folder of Python programs with recorded CPython outputs through the `pyheap` CLI
 * (--batch) and prints pass rates per topic and version.
 *
 * Two layouts are understood:
 *   - a corpus with `expected.json` = {case_id: {source, topic, outputs: {ver: {stdout, error}}}}
 *     (e.g. ../shared/conformance)
 *   - the project's own tests/programs: <topic>/<name>.py next to <name>.expected.json
 *
 * Usage: node scripts/conformance.ts DIR [--python 3.13] [--only SUBSTRING] [--diff] [--json FILE]
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Expected {
  stdout: string;
  error: string | null;
}
interface Case {
  id: string;
  topic: string;
  source: string;
  outputs: Record<string, Expected>;
}

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export function loadCases(dir: string): Case[] {
  const corpus = join(dir, 'expected.json');
  if (existsSync(corpus)) {
    const data = JSON.parse(readFileSync(corpus, 'utf8')) as Record<string, { source: string; topic: string; outputs: Record<string, Expected> }>;
    return Object.entries(data)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, c]) => ({ id, topic: c.topic, source: c.source, outputs: c.outputs }));
  }
  const cases: Case[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.py')) {
        const exp = p.replace(/\.py$/, '.expected.json');
        if (!existsSync(exp)) continue;
        const outputs = JSON.parse(readFileSync(exp, 'utf8')) as Record<string, Expected>;
        const rel = relative(dir, p).replace(/\.py$/, '');
        cases.push({ id: rel, topic: rel.includes('/') ? rel.split('/')[0]! : 'misc', source: readFileSync(p, 'utf8'), outputs });
      }
    }
  };
  walk(dir);
  return cases;
}

interface BatchResult {
  id: string;
  stdout: string;
  error: string | null;
}

export function runBatch(cases: { id: string; source: string }[], python: string): Map<string, BatchResult> {
  const input = cases.map((c) => JSON.stringify({ id: c.id, source: c.source, python })).join('\n') + '\n';
  const p = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings=ExperimentalWarning', join(ROOT, 'bin/pyheap.js'), '--batch'], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (p.status !== 0) throw new Error(`pyheap --batch failed: ${p.stderr}`);
  const out = new Map<string, BatchResult>();
  for (const line of p.stdout.split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as BatchResult;
    out.set(String(r.id), r);
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--python' && args[args.indexOf(a) - 1] !== '--only' && args[args.indexOf(a) - 1] !== '--json');
  if (dir === undefined) {
    console.error('usage: node scripts/conformance.ts DIR [--python V] [--only SUBSTRING] [--diff] [--json FILE]');
    process.exit(2);
  }
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1]! : null;
  const pythonOnly = args.includes('--python') ? args[args.indexOf('--python') + 1]! : null;
  const showDiff = args.includes('--diff');
  const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1]! : null;
  let cases = loadCases(resolve(dir));
  if (only !== null) cases = cases.filter((c) => c.id.includes(only));
  const versions = [...new Set(cases.flatMap((c) => Object.keys(c.outputs)))].sort();
  const table = new Map<string, [number, number]>();
  const failures: { id: string; version: string; want: Expected; got: BatchResult | undefined }[] = [];
  for (const v of versions) {
    if (pythonOnly !== null && v !== pythonOnly) continue;
    const items = cases.filter((c) => c.outputs[v] !== undefined);
    const got = runBatch(items, v);
    for (const c of items) {
      const want = c.outputs[v]!;
      const r = got.get(c.id);
      const ok = r !== undefined && r.stdout === want.stdout && r.error === want.error;
      const key = `${v}\t${c.topic}`;
      const cell = table.get(key) ?? [0, 0];
      cell[0] += ok ? 1 : 0;
      cell[1] += 1;
      table.set(key, cell);
      if (!ok) failures.push({ id: c.id, version: v, want, got: r });
    }
  }
  let passed = 0;
  let total = 0;
  const topics = [...new Set(cases.map((c) => c.topic))].sort();
  console.log(['version', ...topics, 'all'].join('\t'));
  for (const v of versions) {
    if (pythonOnly !== null && v !== pythonOnly) continue;
    let vp = 0;
    let vt = 0;
    const row = [v];
    for (const t of topics) {
      const cell = table.get(`${v}\t${t}`);
      if (cell === undefined) row.push('-');
      else {
        row.push(`${cell[0]}/${cell[1]}`);
        vp += cell[0];
        vt += cell[1];
      }
    }
    row.push(`${vp}/${vt}`);
    passed += vp;
    total += vt;
    console.log(row.join('\t'));
  }
  console.log(`total: ${passed}/${total} (${total ? ((100 * passed) / total).toFixed(1) : '0'}%)`);
  if (failures.length > 0) {
    console.log(`\nfailing (${failures.length}):`);
    for (const f of failures) {
      console.log(`  ${f.id} [${f.version}]`);
      if (showDiff) {
        console.log(`    want stdout: ${JSON.stringify(f.want.stdout)}  error: ${JSON.stringify(f.want.error)}`);
        console.log(`    got  stdout: ${JSON.stringify(f.got?.stdout)}  error: ${JSON.stringify(f.got?.error)}`);
      }
    }
  }
  if (jsonOut !== null) writeFileSync(jsonOut, JSON.stringify({ passed, total, table: Object.fromEntries(table), failures: failures.map((f) => `${f.id} [${f.version}]`) }, null, 2));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
