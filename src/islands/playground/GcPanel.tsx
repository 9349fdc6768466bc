/**
 * The collector at this step: each generation's count against its threshold (what
 * gc.get_count() and gc.get_threshold() return), and the collection running, if any.
 */

import type { RunSummary, Scene } from '../../lib/playground/types.ts';
import { formatCount } from './format.ts';

interface GcPanelProps {
  scene: Scene;
  summary: RunSummary;
}

function meterNames(collector: RunSummary['collector']): string[] {
  return collector === 'incremental'
    ? ['Young generation', 'Count 1', 'Count 2']
    : ['Generation 0', 'Generation 1', 'Generation 2'];
}

export function GcPanel({ scene, summary }: GcPanelProps) {
  const names = meterNames(summary.collector);
  const c = scene.collection;
  return (
    <div class="pg-gc" role="group" aria-label="Garbage collector">
      <p class="pg-gc__label">{summary.pythonLabel}</p>
      <div class="pg-gc__meters">
        {scene.counts.map((count, i) => {
          const threshold = scene.thresholds[i] ?? 0;
          const unused = threshold === 0;
          const fraction = unused ? 0 : Math.min(1, count / threshold);
          const title = i === 0 ? 'allocations of container objects minus deallocations since the last collection' : `collections of generation ${i - 1} since generation ${i} was last collected`;
          return (
            <div key={i} class={`pg-meter${count > threshold && !unused ? ' pg-meter--over' : ''}`}>
              <span class="pg-meter__name">
                {names[i]}
              </span>
              <span
                class="pg-meter__bar"
                role="meter"
                aria-label={`${names[i]}: count ${count}${unused ? '' : ` of threshold ${threshold}`}`}
                aria-valuemin={0}
                aria-valuemax={unused ? Math.max(1, count) : threshold}
                aria-valuenow={unused ? count : Math.min(count, threshold)}
                title={summary.collector === 'incremental' ? undefined : title}
              >
                <span class="pg-meter__fill" style={{ width: `${fraction * 100}%` }} />
              </span>
              <span class="pg-meter__value">
                {formatCount(count)}
                <span class="pg-meter__threshold"> / {unused ? 'unused' : formatCount(threshold)}</span>
              </span>
            </div>
          );
        })}
      </div>
      {c !== undefined && (
        <p class="pg-gc__collection">
          <strong>
            Generation {c.generation} collection ({c.trigger === 'manual' ? 'gc.collect()' : c.trigger === 'shutdown' ? 'shutdown' : 'threshold'})
          </strong>
          : examined {formatCount(c.examined)}, unreachable {formatCount(c.unreachable)}
          {scene.event === 'gc-done' && `, collected ${formatCount(c.collected)}, promoted ${formatCount(c.promoted)}`}
        </p>
      )}
    </div>
  );
}
