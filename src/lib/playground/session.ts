/**
 * What the engine worker does, without the worker: run a program, keep its trace, lay it
 * out, and answer "what does step k look like?" with a scene. Kept apart from the worker's
 * message plumbing so that tests and benchmarks can drive it directly under Node.
 */

import { run, TraceReader, PROFILES, PYTHON_VERSIONS } from '../../engine/index.ts';
import type { RunError, Trace, StepView } from '../../engine/index.ts';
import { LayoutPlanner } from './layout.ts';
import { buildScene } from './scene.ts';
import type { CompareEntry, PythonVersion, RunErrorInfo, RunExtras, RunSummary, Scene, TimelineMark } from './types.ts';
import { factsOfRun } from '../quiz/checks.ts';
import { gateOf } from '../quiz/gate.ts';

/** Executed lines after which a run stops: far beyond any lesson, short of a frozen tab. */
export const stepBudget = 1_000_000;
/** The engine stops itself after this long; the page's watchdog ends the worker soon after. */
export const engineTimeLimitMs = 1800;
/** Runs up to this many steps are laid out before their first picture is sent. */
const eagerPlanSteps = 5000;

function errorInfo(error: RunError | null): RunErrorInfo | null {
  if (error === null) return null;
  return { kind: error.kind, type: error.type, message: error.message, summary: error.summary, line: error.line, col: error.col };
}

const triggerText: Record<string, string> = { manual: 'gc.collect()', threshold: 'threshold', shutdown: 'interpreter shutdown' };

function endIndexOf(trace: Trace): number {
  return trace.steps.findIndex((step) => step.event === 'end' || step.event === 'error');
}

function marksOf(trace: Trace): TimelineMark[] {
  const marks: TimelineMark[] = [];
  const endIndex = endIndexOf(trace);
  trace.steps.forEach((step, index) => {
    if (index === endIndex && index < trace.steps.length - 1) {
      marks.push({ index, kind: 'end', label: 'The program ends; interpreter shutdown follows' });
    }
    if (step.event === 'gc-unreachable' && step.collection !== undefined) {
      const c = step.collection;
      const found = c.unreachable.length;
      marks.push({
        index,
        kind: 'gc',
        label: `Generation ${c.generation} collection (${triggerText[c.trigger] ?? c.trigger}): ${found} unreachable`,
      });
    } else if (step.event === 'exception') {
      marks.push({ index, kind: 'exception', label: step.exception ?? 'exception' });
    } else if (step.event === 'error') {
      marks.push({ index, kind: 'error', label: trace.error?.summary ?? 'error' });
    }
  });
  return marks;
}

export class PlaygroundSession {
  private runCounter = 0;
  private current: { runId: number; trace: Trace; reader: TraceReader; planners: Map<boolean, LayoutPlanner>; endIndex: number } | null = null;
  /** The last few views handed out: step k reuses the view of k - 1 built for the step before. */
  private views: StepView[] = [];

  /** Runs `source`; the layout is planned up to step `openAt` (the rest by planSome). */
  run(source: string, python: PythonVersion, onEngineDone?: () => void, openAt = 0, extras: RunExtras = {}): RunSummary {
    const runId = ++this.runCounter;
    const started = performance.now();
    const result = run(source, { python, trace: true, maxSteps: stepBudget, timeLimitMs: engineTimeLimitMs });
    const runMs = performance.now() - started;
    onEngineDone?.();
    this.current = null;
    this.views = [];
    const profile = PROFILES[python];
    const summary: RunSummary = {
      runId,
      python,
      pythonLabel: result.trace?.pythonLabel ?? profile.label,
      collector: profile.collector,
      stdout: result.stdout,
      stderr: result.stderr,
      error: errorInfo(result.error),
      total: 0,
      executed: result.steps,
      truncated: false,
      marks: [],
      endIndex: -1,
      runMs,
      planMs: 0,
    };
    const trace = result.trace;
    if (extras.facts === true) summary.facts = factsOfRun(result);
    if (extras.gateLine !== undefined) summary.gate = trace === null ? null : gateOf(trace, extras.gateLine);
    if (trace !== null && trace.steps.length > 0) {
      this.current = { runId, trace, reader: new TraceReader(trace), planners: new Map(), endIndex: endIndexOf(trace) };
      summary.total = trace.steps.length;
      summary.truncated = trace.truncated;
      summary.marks = marksOf(trace);
      summary.endIndex = endIndexOf(trace);
      const planStart = performance.now();
      // A lesson-sized run is planned whole at once (a millisecond or two), so its canvas
      // has its final size from the first picture; a long one up to the step shown first.
      this.planner(false).advanceTo(trace.steps.length <= eagerPlanSteps ? trace.steps.length - 1 : openAt);
      summary.planMs = performance.now() - planStart;
    }
    return summary;
  }

  private planner(inline: boolean): LayoutPlanner {
    const current = this.current!;
    let planner = current.planners.get(inline);
    if (planner === undefined) {
      planner = new LayoutPlanner(current.trace, inline);
      current.planners.set(inline, planner);
    }
    return planner;
  }

  /**
   * Plans more of the current run's layout for about `budgetMs` milliseconds, so that
   * later scene requests find their steps planned. Returns whether work remains.
   */
  planSome(budgetMs: number): boolean {
    const current = this.current;
    if (current === null) return false;
    const deadline = performance.now() + budgetMs;
    for (const planner of current.planners.values()) {
      while (!planner.done) {
        planner.advanceTo(planner.plan.planned + 255);
        if (performance.now() > deadline) return true;
      }
    }
    return false;
  }

  private view(index: number): StepView {
    const cached = this.views.find((v) => v.index === index);
    if (cached !== undefined) return cached;
    const view = this.current!.reader.at(index);
    this.views = [...this.views.slice(-3), view];
    return view;
  }

  /** The scene of step `index` of run `runId`, or null when that run is no longer held. */
  scene(runId: number, index: number, inline: boolean): Scene | null {
    const current = this.current;
    if (current === null || current.runId !== runId) return null;
    const k = Math.max(0, Math.min(index, current.trace.steps.length - 1));
    const view = this.view(k);
    const previous = k > 0 ? this.view(k - 1) : null;
    const planner = this.planner(inline);
    planner.advanceTo(k);
    return buildScene({ runId, trace: current.trace, view, previous, plan: planner.plan, inline, endIndex: current.endIndex });
  }

  /** Output and final error of `source` under every version, without traces. */
  compare(source: string, onStart?: () => void, onEach?: () => void): CompareEntry[] {
    return PYTHON_VERSIONS.map((python) => {
      onStart?.();
      const result = run(source, { python, maxSteps: stepBudget, timeLimitMs: engineTimeLimitMs });
      onEach?.();
      return { python, pythonLabel: PROFILES[python].label, stdout: result.stdout, error: errorInfo(result.error) };
    });
  }
}
