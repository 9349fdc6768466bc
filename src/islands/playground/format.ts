/**
 * The words the playground uses for what it draws, shared by the picture, its text view
 * and the screen-reader announcements, so all three say the same thing.
 */

import type { RunSummary, Scene, SceneFrame, SceneObject } from '../../lib/playground/types.ts';

type Collector = RunSummary['collector'];

const grouped = new Intl.NumberFormat('en');
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** 1,234 up to a million, then 4.3B: 3.11's counts of static objects start near a billion. */
export function formatCount(n: number): string {
  return Math.abs(n) >= 1_000_000 ? compact.format(n) : grouped.format(n);
}

export function formatBytes(n: number): string {
  return `${grouped.format(n)} B`;
}

export function objectName(o: Pick<SceneObject, 'type' | 'ord'>): string {
  return `${o.type} #${o.ord}`;
}

export function frameTitle(frame: Pick<SceneFrame, 'name' | 'qualname'>): string {
  return frame.name === '<module>' ? 'Global frame' : `${frame.qualname}()`;
}

export interface Badge {
  text: string;
  /** Longer explanation for a tooltip and the text view. */
  title: string;
  tone: 'gen0' | 'gen1' | 'gen2' | 'frozen' | 'untracked' | 'immortal';
}

/** What the collector knows about an object: its generation, or why it has none. */
export function generationBadge(o: Pick<SceneObject, 'gcObject' | 'generation' | 'immortal'>, collector: Collector): Badge {
  if (!o.gcObject) {
    return { text: 'untracked', title: 'Not a container: the cycle collector never tracks it', tone: 'untracked' };
  }
  const g = o.generation;
  if (g < 0) return { text: 'untracked', title: 'A container the cycle collector is not tracking at this step', tone: 'untracked' };
  if (g >= 3) return { text: 'frozen', title: 'In the permanent generation (gc.freeze()): never examined', tone: 'frozen' };
  if (collector === 'incremental') {
    return g === 0
      ? { text: 'young', title: 'Tracked, in the young generation of the incremental collector', tone: 'gen0' }
      : { text: 'old', title: `Tracked, in old space ${g - 1} of the incremental collector`, tone: g === 1 ? 'gen1' : 'gen2' };
  }
  return { text: `gen ${g}`, title: `Tracked by the cycle collector, in generation ${g}`, tone: g === 0 ? 'gen0' : g === 1 ? 'gen1' : 'gen2' };
}

export function refcountText(o: Pick<SceneObject, 'immortal' | 'refcount'>): string {
  return o.immortal ? 'immortal' : `refcount ${formatCount(o.refcount)}`;
}

export function deathText(death: NonNullable<SceneObject['death']>): string {
  if (death.cause === 'refcount') return 'freed: refcount reached 0';
  return death.generation === undefined ? 'collected by the cycle collector' : `collected by a generation-${death.generation} collection`;
}

/** The status line a box carries above it, or null for an ordinary live object. */
export function statusText(o: SceneObject, scene: Scene): string | null {
  switch (o.status) {
    case 'dying':
      return o.death === undefined ? 'freed' : deathText(o.death);
    case 'garbage':
      return 'unreachable — waiting for the cycle collector';
    case 'found':
      return scene.collection === undefined
        ? 'found unreachable'
        : `found unreachable by the generation-${scene.collection.generation} collection`;
    default:
      return null;
  }
}

export function rowTargetText(target: SceneObject | undefined, inline: string | undefined): string {
  if (inline !== undefined) return inline;
  return target === undefined ? 'an object not drawn' : objectName(target);
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function shortList(names: string[], limit = 3): string {
  return names.length > limit ? `${list(names.slice(0, limit))} and ${names.length - limit} more` : list(names);
}

/** What happens at this step, in one or two sentences. */
export function eventSentence(scene: Scene, summary: RunSummary, lineText?: string): string {
  const frame = scene.frames.find((f) => f.current) ?? scene.frames[scene.frames.length - 1];
  const where = frame === undefined ? '' : frameTitle(frame);
  const c = scene.collection;
  switch (scene.event) {
    case 'call':
      if (scene.shutdown) return `Shutdown calls ${where}.`;
      return frame?.name === '<module>' ? 'The program starts.' : `Calling ${where}.`;
    case 'line':
      if (scene.shutdown) return `Shutdown runs line ${scene.line}${frame !== undefined ? `, in ${where}` : ''}${lineText ? `: ${lineText}` : '.'}`;
      return `Line ${scene.line} runs next${frame !== undefined && frame.name !== '<module>' ? `, in ${where}` : ''}${lineText ? `: ${lineText}` : '.'}`;
    case 'return':
      return `${where === 'Global frame' ? 'The module' : where} returns ${scene.returned ?? 'a value'}.`;
    case 'exception':
      return `Line ${scene.line} raises ${scene.exception ?? 'an exception'}.`;
    case 'gc-unreachable':
      return c === undefined
        ? 'A collection found unreachable objects.'
        : `A generation-${c.generation} collection (${c.trigger === 'manual' ? 'gc.collect()' : c.trigger === 'shutdown' ? 'interpreter shutdown' : `count over threshold`}) examined ${formatCount(c.examined)} objects and found ${formatCount(c.unreachable)} unreachable.`;
    case 'gc-done':
      return c === undefined
        ? 'The collection is done.'
        : `The collection freed ${formatCount(c.unreachable)} object${c.unreachable === 1 ? '' : 's'}${c.promoted > 0 ? ` and moved ${formatCount(c.promoted)} survivors to an older generation` : ''}.`;
    case 'end':
      return 'The program finished.';
    case 'error':
      return summary.error === null ? 'The program stopped.' : `The program stopped: ${summary.error.summary}`;
    case 'shutdown':
      return 'The interpreter shut down: __main__ was cleared and what the program left alive was released.';
  }
}

/** What changed in memory at this step: created, re-counted, unreachable, freed. */
export function changeSentences(scene: Scene): string[] {
  const created = scene.objects.filter((o) => o.isNew).map(objectName);
  const rose = scene.objects.filter((o) => o.refcountDelta > 0).map((o) => `${objectName(o)} to ${formatCount(o.refcount)}`);
  const fell = scene.objects.filter((o) => o.refcountDelta < 0).map((o) => `${objectName(o)} to ${formatCount(o.refcount)}`);
  const freed = scene.objects.filter((o) => o.status === 'dying');
  const garbage = scene.objects.filter((o) => o.status === 'garbage' || o.status === 'found').map(objectName);
  const out: string[] = [];
  if (created.length > 0) out.push(`Created ${shortList(created)}.`);
  if (rose.length > 0) out.push(`Refcount up: ${shortList(rose)}.`);
  if (fell.length > 0) out.push(`Refcount down: ${shortList(fell)}.`);
  for (const o of freed.slice(0, 3)) out.push(`${objectName(o)} ${o.death === undefined ? 'freed' : deathText(o.death)}.`);
  if (freed.length > 3) out.push(`${freed.length - 3} more objects freed.`);
  if (garbage.length > 0 && scene.event !== 'gc-done') {
    out.push(`${shortList(garbage)} ${garbage.length === 1 ? 'is' : 'are'} unreachable${scene.event === 'gc-unreachable' ? '' : ', waiting for the cycle collector'}.`);
  }
  return out;
}

export function stepAnnouncement(scene: Scene, summary: RunSummary, lineText?: string): string {
  return [`Step ${scene.index + 1} of ${scene.total}.`, eventSentence(scene, summary, lineText), ...changeSentences(scene)].join(' ');
}
