/**
 * The picture as text: every frame with its variables, every object with its value,
 * refcount, generation, state, references and referrers. For screen readers, for narrow
 * screens, and for anyone who wants to read rather than look.
 */

import type { RunSummary, Scene, SceneObject } from '../../lib/playground/types.ts';
import { formatBytes, formatCount, frameTitle, generationBadge, objectName, refcountText, rowTargetText, statusText } from './format.ts';

interface TextViewProps {
  scene: Scene;
  collector: RunSummary['collector'];
}

function ObjectEntry({ o, scene, collector, byId }: { o: SceneObject; scene: Scene; collector: RunSummary['collector']; byId: Map<number, SceneObject> }) {
  const badge = generationBadge(o, collector);
  const status = statusText(o, scene);
  const facts = [
    refcountText(o) + (o.refcountDelta === 0 ? '' : ` (${o.refcountDelta > 0 ? 'up' : 'down'} ${Math.abs(o.refcountDelta)})`),
    badge.title,
    formatBytes(o.size),
    `id() ${o.address}`,
  ];
  return (
    <li class={`pg-text__object pg-text__object--${o.status}`}>
      <p>
        <strong>{objectName(o)}</strong>
        {o.kind === 'value' || o.kind === 'function' || o.kind === 'other' ? <>: <code>{o.label}</code></> : <> ({o.label})</>}
        {o.isNew && <span class="pg-tag pg-tag--new">new</span>}
        {status !== null && <span class={`pg-text__status pg-text__status--${o.status}`}>{status}</span>}
      </p>
      <p class="pg-text__facts">{facts.join(' · ')}</p>
      {o.rows.length > 0 && (
        <p>
          Holds:{' '}
          {o.rows.map((row, i) => (
            <span key={i}>
              {i > 0 && '; '}
              <code>{row.label}</code> → {rowTargetText(byId.get(row.target), row.inline)}
              {row.changed === true && ' (changed)'}
            </span>
          ))}
          {o.hiddenRows > 0 && `; and ${formatCount(o.hiddenRows)} more`}
        </p>
      )}
      {o.weakRefs !== undefined && (
        <p>
          Weakly refers to: {o.weakRefs.map(([, id]) => rowTargetText(byId.get(id), undefined)).join('; ')} (not counted in refcounts)
        </p>
      )}
      <p>
        Referred to by:{' '}
        {o.referrers.length === 0 ? 'nothing drawn' : o.referrers.map((r) => r.text).join('; ')}
        {o.unseenRefs > 0 && `; and ${formatCount(o.unseenRefs)} reference${o.unseenRefs === 1 ? '' : 's'} not drawn`}
      </p>
    </li>
  );
}

export function TextView({ scene, collector }: TextViewProps) {
  const byId = new Map(scene.objects.map((o) => [o.id, o]));
  return (
    <div class="pg-text">
      <p class="pg-text__heading">Frames</p>
      {scene.frames.length === 0 ? (
        <p>No frames.</p>
      ) : (
        <ul class="pg-text__list">
          {scene.frames.map((frame) => (
            <li key={frame.id}>
              <strong>{frameTitle(frame)}</strong> ({frame.current ? 'running' : frame.finished ? 'finished' : 'waiting for a call to return'})
              {frame.rows.length === 0 ? (
                <p>No variables yet.</p>
              ) : (
                <ul>
                  {frame.rows.map((row) => (
                    <li key={row.label}>
                      <code>{row.label}</code> → {rowTargetText(byId.get(row.target), row.inline)}
                      {row.changed === true && ' (changed)'}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <p class="pg-text__heading">Objects</p>
      {scene.objects.length === 0 ? (
        <p>No objects to show.</p>
      ) : (
        <ul class="pg-text__list">
          {scene.objects.map((o) => (
            <ObjectEntry key={o.id} o={o} scene={scene} collector={collector} byId={byId} />
          ))}
        </ul>
      )}
    </div>
  );
}
