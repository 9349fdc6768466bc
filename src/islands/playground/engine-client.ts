/**
 * The page's side of the engine worker: request ids, a watchdog, and a fresh worker when
 * the old one had to be terminated. One client per playground, so a runaway program in
 * one playground never stalls another.
 *
 * The watchdog: the engine stops a long program by itself after 1.8 s and still returns
 * what it recorded; if it has not reported back 2.2 s after it started (one enormous
 * operation that never reaches a step boundary), the worker is terminated. The clock starts
 * when the worker says it has started the program, not when the page asked: a worker that
 * is still loading the engine is not running anything yet.
 */

import type { CompareEntry, PythonVersion, RunSummary, Scene, WorkerRequest, WorkerResponse } from '../../lib/playground/types.ts';

/** How long a program may run before its worker is terminated. */
export const watchdogMs = 2200;
/** How long a worker may take to load the engine and start the program. */
const startupMs = 20_000;

export class WorkerStopped extends Error {
  constructor() {
    super('The program did not stop within 2 seconds, so it was terminated.');
    this.name = 'WorkerStopped';
  }
}

interface Pending {
  resolve: (message: WorkerResponse) => void;
  reject: (error: Error) => void;
  /** Only programs being run are watched; scene requests are bounded work. */
  watched: boolean;
  timer: ReturnType<typeof setTimeout> | null;
}

type RunRequest = Omit<Extract<WorkerRequest, { type: 'run' }>, 'id' | 'type'>;

export class EngineClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private readyPromise: Promise<void> | null = null;

  /** Starts the worker (and its warm-up run) ahead of the first Run. */
  warm(): Promise<void> {
    this.ensure();
    return this.readyPromise!;
  }

  private arm(pending: Pending, ms: number): void {
    if (pending.timer !== null) clearTimeout(pending.timer);
    pending.timer = setTimeout(() => this.restart(new WorkerStopped()), ms);
  }

  private ensure(): Worker {
    if (this.worker !== null) return this.worker;
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'pyheap-engine' });
    let markReady: () => void = () => {};
    this.readyPromise = new Promise((resolve) => (markReady = resolve));
    worker.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const message = event.data;
      if (message.type === 'ready') {
        markReady();
        return;
      }
      const pending = this.pending.get(message.id);
      if (pending === undefined) return;
      if (message.type === 'started') {
        this.arm(pending, watchdogMs);
        return;
      }
      if (message.type === 'ran') {
        // The engine finished a program: what remains (layout) is bounded work.
        if (pending.timer !== null) clearTimeout(pending.timer);
        pending.timer = null;
        return;
      }
      this.pending.delete(message.id);
      if (pending.timer !== null) clearTimeout(pending.timer);
      if (message.type === 'failed') pending.reject(new Error(message.message));
      else pending.resolve(message);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.restart(new Error(event.message || 'The engine worker failed.'));
    };
    this.worker = worker;
    return worker;
  }

  /** Ends the worker, failing whatever it was doing; the next request starts a new one. */
  private restart(error: Error): void {
    this.worker?.terminate();
    this.worker = null;
    this.readyPromise = null;
    for (const pending of this.pending.values()) {
      if (pending.timer !== null) clearTimeout(pending.timer);
      pending.reject(error);
    }
    this.pending.clear();
  }

  private send(request: WorkerRequest, watched: boolean): Promise<WorkerResponse> {
    const worker = this.ensure();
    return new Promise((resolve, reject) => {
      const pending: Pending = { resolve, reject, watched, timer: null };
      if (watched) this.arm(pending, startupMs);
      this.pending.set(request.id, pending);
      worker.postMessage(request);
    });
  }

  async run(request: RunRequest): Promise<{ summary: RunSummary; scene: Scene | null }> {
    const response = await this.send({ type: 'run', id: this.nextId++, ...request }, true);
    if (response.type !== 'result') throw new Error(`unexpected engine reply ${response.type}`);
    return { summary: response.summary, scene: response.scene };
  }

  async scene(runId: number, index: number, inline: boolean): Promise<Scene | null> {
    const response = await this.send({ type: 'scene', id: this.nextId++, runId, index, inline }, false);
    if (response.type !== 'scene') throw new Error(`unexpected engine reply ${response.type}`);
    return response.scene;
  }

  /** Runs `source` under every version; each version gets its own watchdog period. */
  async compare(source: string): Promise<CompareEntry[]> {
    const response = await this.send({ type: 'compare', id: this.nextId++, source }, true);
    if (response.type !== 'compare') throw new Error(`unexpected engine reply ${response.type}`);
    return response.entries;
  }

  dispose(): void {
    this.restart(new Error('disposed'));
  }
}

export type { PythonVersion };
