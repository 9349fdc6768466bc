/**
 * The memory picture of one step: frames on the left, objects in columns, arrows for
 * references. Boxes are HTML (text, focus and screen readers work as usual); the arrows are
 * one SVG layer behind them, hidden from assistive technology because every row also says
 * in words what it refers to.
 *
 * Everything is positioned from the scene's coordinates (see geometry.ts), never measured,
 * so a step renders in one pass with no layout thrash, and boxes keyed by object id are
 * reused from step to step: only what changed touches the DOM.
 */

import { memo } from 'preact/compat';
import { useMemo } from 'preact/hooks';
import type { RunSummary, Scene, SceneFrame, SceneObject, SceneRow } from '../../lib/playground/types.ts';
import { arrowTargetOffset, frameRowCenter, geometry, objectRowCenter, columnX } from '../../lib/playground/geometry.ts';
import { formatBytes, formatCount, frameTitle, generationBadge, objectName, refcountText, rowTargetText, statusText } from './format.ts';

interface PictureProps {
  scene: Scene;
  collector: RunSummary['collector'];
  /** The object hovered or focused: its arrows are emphasised and its referrers listed. */
  highlight: number | null;
  onHighlight(id: number | null): void;
  /** Prefix for ids inside this playground (several playgrounds share a page). */
  uid: string;
  /**
   * Scale of the whole picture (CSS zoom: text, boxes and arrows together). Without one the
   * stylesheet decides: a quiz's picture shrinks to fit its box (src/islands/quiz/quiz.css).
   */
  zoom?: number | undefined;
  /** A predict-the-heap question (src/islands/Quiz.tsx): objects become answers. */
  pick?: Pick | undefined;
}

/**
 * The picture as a question: "freed" puts a checkbox on each object the learner may pick,
 * "refcount" replaces the count of each object asked about by a field. After grading,
 * `marks` says per object what was right, in words (never by colour alone).
 */
export interface Pick {
  mode: 'freed' | 'refcount';
  /** Objects that get a checkbox (freed) or a field (refcount). */
  ids: ReadonlySet<number>;
  picked: ReadonlySet<number>;
  counts: Readonly<Record<number, string>>;
  locked: boolean;
  marks: ReadonlyMap<number, { ok: boolean; text: string }>;
  onToggle(id: number): void;
  onCount(id: number, text: string): void;
}

type ArrowTone = 'plain' | 'changed' | 'garbage' | 'dying' | 'focus' | 'weak';

interface Arrow {
  key: string;
  d: string;
  tone: ArrowTone;
}

const dotInset = 16;

/** A cubic curve from a row's dot to the left edge of its target (or around, for back edges). */
function arrowPath(sx: number, sy: number, target: SceneObject): string {
  const w = geometry.objectWidth;
  const ty = target.y + arrowTargetOffset;
  if (target.x > sx) {
    const tx = target.x - 2;
    const dx = Math.max(28, (tx - sx) * 0.5);
    return `M${sx},${sy} C${sx + dx},${sy} ${tx - dx},${ty} ${tx},${ty}`;
  }
  // A target in the same or an earlier column: leave to the right and come back to the
  // target's right edge, so the curve stays in the gap between columns.
  const tx = target.x + w + 2;
  const bulge = Math.max(sx, tx) + 44;
  return `M${sx},${sy} C${bulge},${sy} ${bulge},${ty} ${tx},${ty}`;
}

function arrowsOf(scene: Scene, byId: Map<number, SceneObject>, highlight: number | null): Arrow[] {
  const arrows: Arrow[] = [];
  const add = (key: string, sx: number, sy: number, row: SceneRow, from: SceneObject | null) => {
    if (row.inline !== undefined) return;
    const target = byId.get(row.target);
    if (target === undefined) return;
    let tone: ArrowTone = 'plain';
    if (from?.status === 'dying' || target.status === 'dying') tone = 'dying';
    else if (from !== null && (from.status === 'garbage' || from.status === 'found')) tone = 'garbage';
    else if (row.changed === true) tone = 'changed';
    if (highlight !== null && (row.target === highlight || from?.id === highlight)) tone = 'focus';
    arrows.push({ key, d: arrowPath(sx, sy, target), tone });
  };
  for (const frame of scene.frames) {
    frame.rows.forEach((row, i) => add(`f${frame.id}:${i}`, frame.x + geometry.frameWidth - dotInset, frameRowCenter(frame.y, i), row, null));
  }
  for (const o of scene.objects) {
    o.rows.forEach((row, i) => add(`o${o.id}:${i}`, o.x + geometry.objectWidth - dotInset, objectRowCenter(o.y, i), row, o));
    // A weak reference leaves from the box's edge, dashed: it is not one of the counted
    // references its rows stand for.
    for (const [label, targetId] of o.weakRefs ?? []) {
      const target = byId.get(targetId);
      if (target === undefined) continue;
      arrows.push({ key: `w${o.id}:${label}`, d: arrowPath(o.x + geometry.objectWidth, o.y + arrowTargetOffset, target), tone: highlight === targetId || highlight === o.id ? 'focus' : 'weak' });
    }
  }
  // Emphasised arrows last, so they are drawn over the others.
  const rank: Record<ArrowTone, number> = { weak: 0, plain: 1, dying: 2, garbage: 3, changed: 4, focus: 5 };
  return arrows.sort((a, b) => rank[a.tone] - rank[b.tone]);
}

const tones: ArrowTone[] = ['plain', 'changed', 'garbage', 'dying', 'focus', 'weak'];

function Row({ row, target, uid }: { row: SceneRow; target: SceneObject | undefined; uid: string }) {
  const text = rowTargetText(target, row.inline);
  return (
    <li class={`pg-row${row.changed === true ? ' pg-row--changed' : ''}`}>
      <span class="pg-row__label" title={row.label}>
        {row.label}
      </span>
      {row.inline !== undefined ? (
        <span class="pg-row__inline" title={row.inline}>
          {row.inline}
        </span>
      ) : (
        <span class="pg-row__dot" aria-hidden="true" data-uid={uid} />
      )}
      {row.inline === undefined && <span class="visually-hidden">{` refers to ${text}`}</span>}
      {row.changed === true && <span class="visually-hidden"> (changed at this step)</span>}
    </li>
  );
}

const FrameBox = memo(function FrameBox({ frame, byId, uid }: { frame: SceneFrame; byId: Map<number, SceneObject>; uid: string }) {
  const title = frameTitle(frame);
  const state = frame.current ? 'running' : frame.finished ? 'finished' : 'waiting';
  return (
    <div
      role="group"
      class={`pg-frame${frame.current ? ' pg-frame--current' : ''}${frame.finished ? ' pg-frame--finished' : ''}`}
      style={{ left: `${frame.x}px`, top: `${frame.y}px`, height: `${frame.height}px`, width: `${geometry.frameWidth}px` }}
      aria-label={`${title}, ${state}`}
    >
      <header class="pg-frame__head">
        <span class="pg-frame__name" title={`${frame.qualname} (${state})`}>
          {title}
        </span>
        {/* A shape, not only a colour, says which frame runs: the same arrow as the editor's gutter. */}
        {frame.current && <span class="pg-frame__running" aria-hidden="true" />}
        {frame.finished && <span class="pg-tag">done</span>}
      </header>
      {frame.rows.length === 0 ? (
        <p class="pg-frame__empty">no variables yet</p>
      ) : (
        <ul class="pg-rows">
          {frame.rows.map((row) => (
            <Row key={row.label} row={row} target={byId.get(row.target)} uid={uid} />
          ))}
        </ul>
      )}
    </div>
  );
});

function emptyText(o: SceneObject): string {
  if (o.kind === 'instance') return 'no attributes';
  if (o.kind === 'class') return 'no methods';
  return 'empty';
}

interface ObjectBoxProps {
  pick?: Pick | undefined;
  o: SceneObject;
  scene: Scene;
  collector: RunSummary['collector'];
  byId: Map<number, SceneObject>;
  highlighted: boolean;
  uid: string;
  onHighlight(id: number | null): void;
}

const ObjectBox = memo(function ObjectBox({ o, scene, collector, byId, highlighted, uid, onHighlight, pick }: ObjectBoxProps) {
  const badge = generationBadge(o, collector);
  const status = statusText(o, scene);
  const name = objectName(o);
  const asked = pick !== undefined && pick.ids.has(o.id);
  const counting = asked && pick.mode === 'refcount';
  const rc = counting ? null : refcountText(o);
  const mark = pick?.marks.get(o.id);
  const inputId = `${uid}-pick-${o.id}`;
  const delta = o.refcountDelta;
  const describedBy = `${uid}-refs-${o.id}`;
  const valueLike = o.rows.length === 0 && o.hiddenRows === 0;
  const label = [name, o.kind === 'value' || o.kind === 'function' ? o.label : null, rc, badge.text, mark?.text ?? status].filter((part) => part !== null).join(', ');
  const toggle = (event: MouseEvent) => {
    // A click anywhere on the box picks it, as a click on its checkbox does.
    if (pick === undefined || !asked || pick.mode !== 'freed' || pick.locked) return;
    if ((event.target as HTMLElement).closest('input, label') !== null) return;
    pick.onToggle(o.id);
  };
  return (
    <div
      class={`pg-obj pg-obj--${o.status} pg-obj--${o.kind}${o.isNew ? ' pg-obj--new' : ''}${highlighted ? ' pg-obj--highlight' : ''}${asked ? ' pg-obj--asked' : ''}${asked && pick.mode === 'freed' && pick.picked.has(o.id) ? ' pg-obj--picked' : ''}`}
      onClick={toggle}
      style={{ left: `${o.x}px`, top: `${o.y}px`, height: `${o.height}px`, width: `${geometry.objectWidth}px` }}
      role="group"
      tabIndex={0}
      aria-label={label}
      aria-describedby={pick?.mode === 'refcount' ? undefined : describedBy}
      data-object-id={o.id}
      onMouseEnter={() => onHighlight(o.id)}
      onMouseLeave={() => onHighlight(null)}
      onFocus={() => onHighlight(o.id)}
      onBlur={() => onHighlight(null)}
    >
      {mark !== undefined && (
        <p class={`pg-obj__status pg-obj__mark pg-obj__mark--${mark.ok ? 'ok' : 'wrong'}`}>
          <span aria-hidden="true">{mark.ok ? '✓ ' : '✗ '}</span>
          {mark.text}
        </p>
      )}
      {mark === undefined && status !== null && (
        <p class={`pg-obj__status pg-obj__status--${o.status}`}>
          <span aria-hidden="true">{o.status === 'dying' ? '✕ ' : '⚠ '}</span>
          {status}
        </p>
      )}
      <div class="pg-obj__head">
        {asked && pick.mode === 'freed' && (
          <input
            type="checkbox"
            class="pg-obj__pick"
            id={inputId}
            checked={pick.picked.has(o.id)}
            disabled={pick.locked}
            aria-label={`${name} is freed`}
            onChange={() => pick.onToggle(o.id)}
          />
        )}
        <span class="pg-obj__type">{o.type}</span>
        <span class="pg-obj__ord">#{o.ord}</span>
        {counting ? (
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            class="pg-obj__count"
            id={inputId}
            size={3}
            maxLength={4}
            value={pick.counts[o.id] ?? ''}
            readOnly={pick.locked}
            aria-label={`Reference count of ${name}`}
            onInput={(event) => pick.onCount(o.id, (event.currentTarget as HTMLInputElement).value)}
          />
        ) : (
        <span
          class={`pg-rc${delta > 0 ? ' pg-rc--up' : delta < 0 ? ' pg-rc--down' : ''}${o.immortal ? ' pg-rc--immortal' : ''}`}
          title={o.immortal ? `Immortal: sys.getrefcount reports ${formatCount(o.refcount)} and it never changes` : `Reference count ${o.refcount}`}
        >
          {o.immortal ? 'immortal' : `rc ${formatCount(o.refcount)}`}
          {delta !== 0 && (
            <span class="pg-rc__delta">
              <span aria-hidden="true">{delta > 0 ? ' ▲' : ' ▼'}</span>
              <span class="visually-hidden">{delta > 0 ? ` (up ${delta})` : ` (down ${-delta})`}</span>
            </span>
          )}
        </span>
        )}
      </div>
      <div class="pg-obj__meta">
        <span class={`pg-badge pg-badge--${badge.tone}`} title={badge.title}>
          {badge.text}
        </span>
        <span class="pg-obj__size" title="sys.getsizeof()">
          {formatBytes(o.size)}
        </span>
        {o.isNew && <span class="pg-tag pg-tag--new">new</span>}
      </div>
      {valueLike ? (
        <p class={`pg-obj__value${o.kind === 'value' || o.kind === 'function' || o.kind === 'other' ? '' : ' pg-obj__value--empty'}`} title={o.label}>
          {o.kind === 'value' || o.kind === 'function' || o.kind === 'other' ? o.label : emptyText(o)}
        </p>
      ) : (
        <ul class="pg-rows">
          {o.rows.map((row, i) => (
            <Row key={`${i}:${row.label}`} row={row} target={byId.get(row.target)} uid={uid} />
          ))}
          {o.hiddenRows > 0 && <li class="pg-row pg-row--more">… {formatCount(o.hiddenRows)} more</li>}
        </ul>
      )}
      {!counting && pick?.mode !== 'refcount' && (
      <div class={`pg-refby${highlighted ? ' pg-refby--open' : ''}`} id={describedBy}>
        <p class="pg-refby__title">{o.referrers.length === 0 && o.unseenRefs === 0 ? 'Nothing refers to it.' : 'Referred to by:'}</p>
        <ul>
          {o.referrers.map((r, i) => (
            <li key={i}>{r.text}</li>
          ))}
          {o.unseenRefs > 0 && (
            <li class="pg-refby__unseen">
              {formatCount(o.unseenRefs)} more reference{o.unseenRefs === 1 ? '' : 's'} not drawn (temporaries, interpreter internals)
            </li>
          )}
          {o.immortal && <li class="pg-refby__unseen">Immortal: references to it are not counted.</li>}
        </ul>
        <p class="pg-refby__id">id() {o.address}</p>
      </div>
      )}
    </div>
  );
});

function canvasStyle(scene: Scene, zoom: number | undefined): Record<string, string> {
  const g = geometry;
  return {
    ...(zoom === undefined ? {} : { zoom: String(zoom) }),
    width: `${scene.width}px`,
    '--pg-scene-width': `${scene.width}px`,
    height: `${scene.height}px`,
    '--pg-row': `${g.rowHeight}px`,
    '--pg-obj-head': `${g.objectHeader}px`,
    '--pg-frame-head': `${g.frameHeader}px`,
    '--pg-value': `${g.valueLine}px`,
  };
}

export function Picture({ scene, collector, highlight, onHighlight, uid, zoom, pick }: PictureProps) {
  const byId = useMemo(() => new Map(scene.objects.map((o) => [o.id, o])), [scene]);
  const arrows = useMemo(() => arrowsOf(scene, byId, highlight), [scene, byId, highlight]);
  return (
    <div class="pg-pic__canvas" style={canvasStyle(scene, zoom)}>
      <p class="pg-pic__heading" style={{ left: `${geometry.margin}px` }} aria-hidden="true">
        Frames
      </p>
      <p class="pg-pic__heading" style={{ left: `${columnX(0)}px` }} aria-hidden="true">
        Objects
      </p>
      <svg class="pg-arrows" width={scene.width} height={scene.height} aria-hidden="true" focusable="false">
        <defs>
          {tones.map((tone) => (
            <marker
              key={tone}
              id={`${uid}-head-${tone}`}
              class={`pg-arrowhead pg-arrowhead--${tone}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" />
            </marker>
          ))}
        </defs>
        {arrows.map((a) => (
          <path key={a.key} class={`pg-arrow pg-arrow--${a.tone}`} d={a.d} marker-end={`url(#${uid}-head-${a.tone})`} />
        ))}
      </svg>
      {scene.frames.map((frame) => (
        <FrameBox key={frame.id} frame={frame} byId={byId} uid={uid} />
      ))}
      {scene.objects.map((o) => (
        <ObjectBox key={o.id} o={o} scene={scene} collector={collector} byId={byId} highlighted={highlight === o.id} uid={uid} onHighlight={onHighlight} pick={pick} />
      ))}
    </div>
  );
}
