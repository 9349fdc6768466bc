/**
 * The snippet under every version side by side: what each prints and how it ends, with
 * the lines that differ from the selected version's output marked (in words as well as
 * colour).
 */

import type { CompareEntry, PythonVersion } from '../../lib/playground/types.ts';

interface ComparePanelProps {
  entries: CompareEntry[] | null;
  busy: boolean;
  failure: string | null;
  reference: PythonVersion;
  stale: boolean;
  onRefresh(): void;
  onClose(): void;
}

function outcome(entry: CompareEntry): string {
  if (entry.error === null) return 'finished';
  return entry.error.kind === 'limit' ? 'stopped: ran too long' : entry.error.summary;
}

export function ComparePanel({ entries, busy, failure, reference, stale, onRefresh, onClose }: ComparePanelProps) {
  const base = entries?.find((e) => e.python === reference) ?? entries?.[0];
  const baseLines = base?.stdout.split('\n') ?? [];
  const differing = entries?.filter((e) => e.stdout !== base?.stdout || outcome(e) !== (base === undefined ? '' : outcome(base))) ?? [];
  return (
    <div class="pg-compare" role="group" aria-label="Output under every Python version" aria-busy={busy}>
      <header class="pg-compare__head">
        <p class="pg-compare__summary" role="status">
          {busy
            ? 'Running under every version…'
            : failure !== null
              ? failure
              : entries === null
                ? ''
                : differing.length === 0
                  ? 'Every version prints the same and ends the same way.'
                  : `Differs from ${reference} in ${differing.map((e) => e.python).join(', ')}.`}
        </p>
        <div class="pg-compare__actions">
          {stale && (
            <button type="button" class="pg-button pg-button--quiet" onClick={onRefresh} disabled={busy}>
              Compare the edited code
            </button>
          )}
          <button type="button" class="pg-button pg-button--quiet" onClick={onClose}>
            Close comparison
          </button>
        </div>
      </header>
      {entries !== null && (
        <div class="pg-compare__grid">
          {entries.map((entry) => {
            const lines = entry.stdout.replace(/\n$/, '').split('\n');
            const same = entry.stdout === base?.stdout && outcome(entry) === (base === undefined ? '' : outcome(base));
            return (
              <article key={entry.python} class={`pg-compare__entry${same ? '' : ' pg-compare__entry--differs'}`} aria-label={`CPython ${entry.python}`}>
                <p class="pg-compare__version">
                  CPython {entry.python}
                  {entry.python === reference && <span class="pg-tag">selected</span>}
                  {!same && <span class="pg-tag pg-tag--differs">differs</span>}
                </p>
                <p class="pg-compare__label">{entry.pythonLabel}</p>
                <pre class="pg-compare__out">
                  {entry.stdout === '' ? (
                    <span class="pg-muted">(no output)</span>
                  ) : (
                    lines.map((line, i) => {
                      const differs = baseLines[i] !== line;
                      return differs ? (
                        <mark key={i} class="pg-compare__diff" title="differs from the selected version">
                          {line}
                          {'\n'}
                        </mark>
                      ) : (
                        <span key={i}>
                          {line}
                          {'\n'}
                        </span>
                      );
                    })
                  )}
                </pre>
                <p class={`pg-compare__end${entry.error === null ? '' : ' pg-compare__end--error'}`}>{outcome(entry)}</p>
              </article>
            );
          })}
        </div>
      )}
    </div>
  );
}
