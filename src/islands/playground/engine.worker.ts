/**
 * The engine's Web Worker: runs programs off the page's thread and keeps the last run's
 * trace here, answering the page's requests for one step at a time (see
 * src/lib/playground/types.ts for why the trace never crosses over whole).
 *
 * A program that never ends is stopped by the engine's own time limit, which keeps the
 * partial trace; if even that fails (one enormous operation), the page terminates this
 * worker and starts a fresh one.
 */

import { PlaygroundSession } from '../../lib/playground/session.ts';
import type { WorkerRequest, WorkerResponse } from '../../lib/playground/types.ts';

const session = new PlaygroundSession();

/**
 * Lays out the rest of a long run in slices of a few milliseconds after its first picture
 * has been sent, so requests for steps (scrubbing) are answered in between and later find
 * their steps planned.
 */
let planning = false;
function planInBackground(): void {
  if (planning) return;
  planning = true;
  const slice = () => {
    if (session.planSome(6)) setTimeout(slice, 0);
    else planning = false;
  };
  setTimeout(slice, 0);
}
const scope = self as unknown as { postMessage(message: WorkerResponse): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };

function reply(message: WorkerResponse): void {
  scope.postMessage(message);
}

scope.onmessage = (event) => {
  const request = event.data;
  try {
    switch (request.type) {
      case 'run': {
        reply({ type: 'started', id: request.id });
        const summary = session.run(request.source, request.python, () => reply({ type: 'ran', id: request.id }), request.openAt, request.extras);
        const scene = summary.total > 0 ? session.scene(summary.runId, request.openAt, request.inline) : null;
        reply({ type: 'result', id: request.id, summary, scene });
        planInBackground();
        break;
      }
      case 'scene':
        reply({ type: 'scene', id: request.id, scene: session.scene(request.runId, request.index, request.inline) });
        // A first scene with values inline starts that layout too.
        planInBackground();
        break;
      case 'compare':
        reply({
          type: 'compare',
          id: request.id,
          entries: session.compare(
            request.source,
            () => reply({ type: 'started', id: request.id }),
            () => reply({ type: 'ran', id: request.id }),
          ),
        });
        break;
    }
  } catch (error) {
    // Engine errors are values; anything thrown here is a bug in the playground or engine.
    reply({ type: 'failed', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
};

// A first run compiles the interpreter's hot paths (and the layout's), so the learner's
// first Run is as fast as the later ones: a cold engine runs loops at half speed.
session.run(
  [
    'class Node:',
    '    def __init__(self, value):',
    '        self.value = value',
    '        self.next = None',
    'def link(n):',
    '    head = Node(0)',
    '    for i in range(n):',
    '        node = Node(i)',
    '        node.next = head',
    '        head = node',
    '    return {"head": head, "size": n}',
    'for _ in range(40):',
    '    info = link(50)',
    'a = [1, 2]',
    'a.append(a)',
    'del a',
    'import gc',
    'gc.collect()',
  ].join('\n'),
  '3.13',
);
reply({ type: 'ready' });
