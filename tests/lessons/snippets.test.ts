/**
 * Every lesson snippet is a conformance program, and PyHeap prints what CPython printed.
 *
 * - Each `export const` snippet of content/lessons/*.mdx is, byte for byte after its
 *   "# covers:" header, tests/programs/lessons/<lesson>-<n>.py (regenerate with
 *   `node tests/lessons/lesson-source.ts --write`), so the lessons and the programs
 *   cannot drift apart.
 * - Each program has its CPython output recorded (scripts/record-expected.py) on all five
 *   versions, and ran to the end on every one.
 * - The engine prints exactly the recorded output on every version where the recording
 *   applies (snippet-policy.ts), except for the known discrepancies listed there, which
 *   must still be there (so a fix is noticed).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isPythonVersion, run } from '../../src/engine/index.ts';
import {
  programCode,
  programHeader,
  programPath,
  programsDir,
  readLessons,
  recorded,
} from './lesson-source.ts';
import { allVersions, knownEngineDiscrepancies, snippetPolicy } from './snippet-policy.ts';

const lessons = readLessons();

describe('lesson snippets', () => {
  it('are read without problems', () => {
    expect(lessons.flatMap((lesson) => lesson.problems.map((problem) => `${lesson.stem}: ${problem}`))).toEqual([]);
  });

  it('are the conformance programs in tests/programs/lessons, unchanged', () => {
    const drift: string[] = [];
    for (const lesson of lessons) {
      for (const snippet of lesson.snippets) {
        const path = programPath(snippet);
        if (!existsSync(path)) {
          drift.push(`${snippet.programId}.py is missing`);
          continue;
        }
        const text = readFileSync(path, 'utf8');
        if (!text.startsWith(programHeader(lesson, snippet))) drift.push(`${snippet.programId}.py: header differs`);
        if (programCode(text) !== snippet.code) drift.push(`${snippet.programId}.py differs from ${lesson.stem}.mdx's ${snippet.name}`);
      }
    }
    const wanted = new Set(lessons.flatMap((lesson) => lesson.snippets.map((snippet) => snippet.programId)));
    for (const name of readdirSync(programsDir)) {
      const id = name.replace(/\.(py|expected\.json)$/, '');
      if (!wanted.has(id)) drift.push(`${name} belongs to no snippet`);
    }
    expect(drift, 'run: node tests/lessons/lesson-source.ts --write, then record the changed programs').toEqual([]);
  });

  it('have CPython output recorded for every version, without errors', () => {
    const missing: string[] = [];
    for (const lesson of lessons) {
      for (const snippet of lesson.snippets) {
        const outputs = recorded(snippet);
        if (outputs === null) {
          missing.push(`${snippet.programId}: not recorded`);
          continue;
        }
        expect(Object.keys(outputs).sort(), snippet.programId).toEqual([...allVersions]);
        for (const [version, output] of Object.entries(outputs)) {
          if (output.error !== null) missing.push(`${snippet.programId} [${version}] ends with ${output.error}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('PyHeap prints what CPython printed', () => {
  for (const lesson of lessons) {
    for (const snippet of lesson.snippets) {
      const outputs = recorded(snippet) ?? {};
      for (const [version, output] of Object.entries(outputs)) {
        if (!isPythonVersion(version)) throw new Error(`${snippet.programId}: unknown version ${version}`);
        const python = version;
        const known = knownEngineDiscrepancies[snippet.programId]?.versions.includes(python) === true;
        const { versions, reason } = snippetPolicy(snippet.programId);
        if (!versions.includes(python)) {
          it.skip(`${snippet.programId} on ${version} (not comparable: ${reason})`, () => {});
          continue;
        }
        it(`${snippet.programId} on ${version}${known ? ' (known discrepancy, reported)' : ''}`, () => {
          const result = run(snippet.code, { python });
          expect(result.error?.summary ?? null).toBeNull();
          if (known) expect(result.stdout, 'the engine now agrees: remove the entry from snippet-policy.ts').not.toBe(output.stdout);
          else expect(result.stdout).toBe(output.stdout);
        });
      }
    }
  }
});
