/**
 * Reads the lessons in content/lessons/ the way the tests need them: their snippets (the
 * `export const name = `…`;` blocks every <Playground>, <Value> and table uses), the
 * components that quote the engine, and the prose with code and components taken out.
 *
 * Lessons keep every snippet in an exported template literal, never inline in a prop:
 * the MDX compiler strips up to two spaces of indentation from continuation lines inside a
 * JSX attribute, which silently changes Python code (`code={`…`}` loses indentation;
 * an `export const` keeps it exactly).
 *
 * Also a command: `node tests/lessons/lesson-source.ts --write` writes every snippet to
 * tests/programs/lessons/<lesson file>-<n>.py (n = 1-based position of the export in the
 * file), removes files of snippets that no longer exist, and prints the commands that
 * record their CPython output.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const lessonsDir = join(root, 'content/lessons');
export const programsDir = join(root, 'tests/programs/lessons');

export interface Snippet {
  /** The const's name in the MDX. */
  name: string;
  /** 1-based position among the lesson's snippets. */
  index: number;
  /** The Python source, exactly as the components receive it. */
  code: string;
  /** tests/programs/lessons/<stem>-<index> (no extension). */
  programId: string;
}

export interface Usage {
  component: string;
  /** Attributes: strings for "…", numbers and identifiers for {…} (identifiers as { ref }), true when bare;
   * an object literal (only `predict={{ line: 4, prompt: '…' }}`) as { object: its text }. */
  props: Record<string, string | number | boolean | { ref: string } | { object: string }>;
  /** The snippet the `code` prop names, if any. */
  snippet: Snippet | null;
  /** The snippet the `solution` prop names (<Challenge>), if any. */
  solution: Snippet | null;
  /** Whether the tag is an opening tag with children (`<X …>`) rather than self-closing. */
  opening: boolean;
  /** Offset of the tag in the lesson body. */
  offset: number;
  /** The tag as written, for messages. */
  source: string;
}

export interface Lesson {
  file: string;
  /** File name without .mdx, e.g. "03-reference-counting". */
  stem: string;
  frontmatter: Record<string, string>;
  body: string;
  snippets: Snippet[];
  usages: Usage[];
  /** Problems found while reading (inline code literals, escapes); the tests report them. */
  problems: string[];
}

/** The components whose output comes from running a snippet on the engine. */
export const engineComponents = ['Playground', 'Value', 'VersionTable', 'GcSteps', 'Collections', 'PredictOutput', 'PredictHeap', 'Challenge'] as const;

const exportPattern = /^export const (\w+) = `([\s\S]*?)`;$/gm;
/** A component tag, self-closing or opening; attribute values in {…} may nest one level of braces. */
const componentPattern = /<([A-Z]\w*)\b((?:[^>"{}]|"[^"]*"|\{(?:[^{}]|\{[^{}]*\})*\})*?)(\/?)>/g;
const attributePattern = /([\w-]+)(?:=(?:"([^"]*)"|\{((?:[^{}]|\{[^{}]*\})*)\}))?/g;

export function lessonFiles(): string[] {
  return readdirSync(lessonsDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(lessonsDir, name));
}

export function readLesson(file: string): Lesson {
  const text = readFileSync(file, 'utf8');
  const stem = basename(file, '.mdx');
  const problems: string[] = [];
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (match === null) throw new Error(`${file}: no frontmatter`);
  const frontmatter: Record<string, string> = {};
  for (const line of match[1]!.split('\n')) {
    const field = /^(\w+):\s*(.*)$/.exec(line);
    if (field !== null) frontmatter[field[1]!] = field[2]!.replace(/^'(.*)'$/, '$1');
  }
  const body = match[2]!;
  const snippets: Snippet[] = [];
  for (const found of body.matchAll(exportPattern)) {
    const [, name, code] = found as unknown as [string, string, string];
    if (code.includes('\\') || code.includes('${') || code.includes('`')) {
      problems.push(`snippet ${name} contains a backslash, a backtick or \${: the template literal would not be the code as written`);
    }
    snippets.push({ name, index: snippets.length + 1, code, programId: `${stem}-${snippets.length + 1}` });
  }
  const byName = new Map(snippets.map((snippet) => [snippet.name, snippet]));
  const usages: Usage[] = [];
  for (const found of body.matchAll(componentPattern)) {
    const [source, component, attributes, selfClosing] = found as unknown as [string, string, string, string];
    const props: Usage['props'] = {};
    for (const attribute of attributes.matchAll(attributePattern)) {
      const [, key, quoted, braced] = attribute as unknown as [string, string, string | undefined, string | undefined];
      if (quoted !== undefined) props[key] = quoted;
      else if (braced === undefined) props[key] = true;
      else if (/^-?\d+(\.\d+)?$/.test(braced.trim())) props[key] = Number(braced);
      else if (/^\w+$/.test(braced.trim())) props[key] = { ref: braced.trim() };
      else if (key === 'predict' && /^\{[\s\S]*\}$/.test(braced.trim())) props[key] = { object: braced.trim() };
      else {
        problems.push(`${source.slice(0, 60)}…: prop ${key} must be a string, a number or a snippet name, not {${braced}}`);
      }
    }
    const code = props['code'];
    let snippet: Snippet | null = null;
    if ((engineComponents as readonly string[]).includes(component)) {
      if (typeof code === 'object' && 'ref' in code && byName.has(code.ref)) snippet = byName.get(code.ref)!;
      else problems.push(`<${component}> must get code={name} of an exported snippet of this lesson: ${source.slice(0, 80)}`);
    }
    const solutionProp = props['solution'];
    let solution: Snippet | null = null;
    if (component === 'Challenge') {
      if (typeof solutionProp === 'object' && 'ref' in solutionProp && byName.has(solutionProp.ref)) solution = byName.get(solutionProp.ref)!;
      else problems.push(`<Challenge> must get solution={name} of an exported snippet of this lesson: ${source.slice(0, 80)}`);
    }
    usages.push({ component, props, snippet, solution, source, opening: selfClosing !== '/', offset: found.index });
  }
  if (/\bcode=\{`/.test(body)) problems.push('a component gets an inline template literal; export it as a const instead');
  return { file, stem, frontmatter, body, snippets, usages, problems };
}

export function readLessons(): Lesson[] {
  return lessonFiles().map(readLesson);
}

/** The header every snippet program starts with (tests/programs/README.md: "# covers:"). */
export function programHeader(lesson: Lesson, snippet: Snippet): string {
  return `# covers: lesson "${lesson.frontmatter['title']}", snippet ${snippet.name} (content/lessons/${lesson.stem}.mdx)\n`;
}

/** A snippet program's text without its "# covers:" header lines. */
export function programCode(text: string): string {
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && lines[start]!.startsWith('# covers:')) start++;
  return lines.slice(start).join('\n').replace(/\n$/, '');
}

export function programPath(snippet: Snippet): string {
  return join(programsDir, `${snippet.programId}.py`);
}

export function expectedPath(snippet: Snippet): string {
  return join(programsDir, `${snippet.programId}.expected.json`);
}

export interface Recorded {
  stdout: string;
  error: string | null;
  platform: string;
}

/** What real CPython printed for the snippet, per version (tests/programs/lessons/*.expected.json). */
export function recorded(snippet: Snippet): Record<string, Recorded> | null {
  const path = expectedPath(snippet);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, Recorded>) : null;
}

/**
 * The lesson's prose: the body without ESM lines, snippets, fenced code, HTML comments,
 * component tags (their text children stay) and link targets.
 */
export function prose(lesson: Lesson): string {
  return lesson.body
    .replace(exportPattern, '')
    .replace(/^import .*$/gm, '')
    .replace(/^```[\s\S]*?^```$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(componentPattern, ' ')
    .replace(/<\/?[A-Z]\w*\b(?:[^>"]|"[^"]*")*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
}

/** Writes the snippet programs (see the module comment). */
function writePrograms(): void {
  const lessons = readLessons();
  const wanted = new Set<string>();
  for (const lesson of lessons) {
    for (const snippet of lesson.snippets) {
      const path = programPath(snippet);
      wanted.add(`${snippet.programId}.py`);
      const text = programHeader(lesson, snippet) + snippet.code + '\n';
      if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        writeFileSync(path, text);
        console.log(`wrote ${path}\n  record: python3 scripts/record-expected.py ${path}`);
      }
    }
  }
  for (const name of readdirSync(programsDir)) {
    const program = name.replace(/\.expected\.json$/, '.py');
    if (name.endsWith('.py') || name.endsWith('.expected.json')) {
      if (!wanted.has(program)) {
        rmSync(join(programsDir, name));
        console.log(`removed ${name} (no such snippet any more)`);
      }
    }
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) writePrograms();
  else console.log('usage: node tests/lessons/lesson-source.ts --write');
}
