/**
 * How a quiz component learns what its children said.
 *
 * An MDX author writes a question as nested components (`<Choice>` holding `<Option>`s and
 * an `<Explanation>`), but Astro gives a component no handle on its children's props. So
 * each child records its data here under a fresh token and renders only a marker comment
 * carrying that token (optionally around some HTML of its own, such as a highlighted
 * snippet); the parent renders its slot to a string and reads the markers in document
 * order, which is the author's order whatever the order of rendering was. The text around
 * the markers is the parent's own content (a question's prompt, a challenge's goal).
 *
 * Tokens are unique in the build process, so concurrent pages cannot mix their parts, and
 * each part is deleted once claimed.
 */
import { AstroError } from 'astro/errors';
import type { Check } from '../../lib/quiz/checks.ts';
import type { QuizQuestion } from '../../lib/quiz/types.ts';

/** A question before the quiz numbers it and adds the HTML its component rendered. */
export type QuestionDraft = QuizQuestion extends infer Q ? (Q extends QuizQuestion ? Omit<Q, 'id' | 'codeHtml'> : never) : never;

export type Part =
  | { kind: 'option'; correct: boolean; html: string }
  | { kind: 'explanation'; html: string }
  | { kind: 'hint'; html: string }
  | { kind: 'check'; check: Check }
  | { kind: 'question'; question: QuestionDraft };

export interface Claimed {
  part: Part;
  /** The HTML the child rendered between its markers ('' for a bare marker). */
  content: string;
}

const parts = new Map<string, Part>();
let counter = 0;

function register(part: Part): string {
  counter += 1;
  const token = `p${counter.toString(36)}`;
  parts.set(token, part);
  return token;
}

/** Records `part` and returns the marker its component renders in its place. */
export function partMarker(part: Part): string {
  return `<!--pyheap-part:${register(part)}-->`;
}

/** Records `part` and returns the markers to render before and after its own HTML. */
export function partMarkers(part: Part): { open: string; close: string } {
  const token = register(part);
  return { open: `<!--pyheap-part:${token}-->`, close: `<!--/pyheap-part:${token}-->` };
}

const markerPattern = /<!--pyheap-part:(\w+)-->(?:([\s\S]*?)<!--\/pyheap-part:\1-->)?/g;

/**
 * Splits a parent's rendered slot into its children's parts, in document order, and its own
 * HTML: the text outside the markers, with the paragraphs MDX wraps around a lone marker
 * (and empty ones) removed.
 */
export function claimParts(html: string): { parts: Claimed[]; html: string } {
  const found: Claimed[] = [];
  const own = html.replace(markerPattern, (_, token: string, content: string | undefined) => {
    const part = parts.get(token);
    if (part === undefined) throw new AstroError(`A quiz part was rendered twice or outside its parent (marker ${token}).`);
    parts.delete(token);
    found.push({ part, content: content ?? '' });
    return '';
  });
  return { parts: found, html: own.replace(/<p>\s*<\/p>/g, '').trim() };
}

/** A prompt's HTML for a legend: one paragraph's content (legends hold phrasing content only). */
export function inlinePrompt(component: string, html: string): string {
  const trimmed = html.trim();
  if (trimmed === '') throw new AstroError(`<${component}> needs its question as text inside it, before its other parts.`);
  const single = /^<p>([\s\S]*)<\/p>$/.exec(trimmed);
  const inner = single !== null && !single[1]!.includes('<p>') ? single[1]! : trimmed;
  if (/<(?:p|div|pre|ul|ol|table|h\d|blockquote)\b/i.test(inner)) {
    throw new AstroError(`<${component}>'s question must be one short paragraph (it becomes the group's legend); put code in the \`code\` prop.`, `Received: ${trimmed.slice(0, 200)}`);
  }
  return inner.trim();
}

/** The href and text of a link to a section of the lesson, from the heading's text. */
export function sectionLink(component: string, section: unknown): { href: string; title: string } | null {
  if (section === undefined) return null;
  if (typeof section !== 'string' || section.trim() === '') {
    throw new AstroError(`Invalid \`section\` prop passed to <${component}>: received ${JSON.stringify(section)}.`, 'Expected the text of a heading of this lesson, e.g. section="Freed at zero".');
  }
  const title = section.replace(/`/g, '').trim();
  return { href: `#${headingSlug(title)}`, title };
}

/** The id Astro gives a heading (github-slugger's rule): lower case, punctuation dropped, spaces to "-". */
export function headingSlug(text: string): string {
  return text
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The explanation among `claimed`, or a build error if there is none (every question explains itself). */
export function explanationOf(component: string, claimed: readonly Claimed[]): string {
  const explanations = claimed.filter((c) => c.part.kind === 'explanation');
  if (explanations.length !== 1) throw new AstroError(`<${component}> needs exactly one <Explanation> (found ${explanations.length}).`);
  return (explanations[0]!.part as Extract<Part, { kind: 'explanation' }>).html;
}

/** Fails the build when `claimed` holds parts `component` does not take. */
export function onlyParts(component: string, claimed: readonly Claimed[], kinds: readonly Part['kind'][]): void {
  const stray = claimed.find((c) => !kinds.includes(c.part.kind));
  if (stray !== undefined) throw new AstroError(`<${component}> cannot hold a ${stray.part.kind} part (allowed: ${kinds.join(', ')}).`);
}
