/**
 * The predict-before-reveal gate of a playground (`<Playground predict={{ line, prompt }}>`):
 * stepping stops at the step where the marked line is about to run until the learner has
 * said what it prints; then what it did print is shown beside the guess.
 *
 * What a line prints is read from the trace: the output written from the step where the
 * line is about to run (its first time) to the next step at which its frame, or one below
 * it, is at another line (or the program ended). Output of functions the line calls, and
 * of finalizers it sets off, is part of it, as it would be on a terminal.
 */
import type { Trace } from '../../engine/index.ts';

export interface Gate {
  /** 0-based index of the step where the line is about to run. */
  index: number;
  /** What the line printed, without the final newline. */
  answer: string;
}

export function gateOf(trace: Trace, line: number): Gate | null {
  const steps = trace.steps;
  const index = steps.findIndex((step) => step.event === 'line' && step.line === line);
  if (index < 0) return null;
  const depth = steps[index]!.stack.length;
  let end = steps.length - 1;
  for (let i = index + 1; i < steps.length; i++) {
    const step = steps[i]!;
    if (step.event === 'end' || step.event === 'error' || step.event === 'shutdown' || (step.event === 'line' && step.stack.length <= depth)) {
      end = i;
      break;
    }
  }
  const text = trace.stdout.slice(steps[index]!.out, steps[end]!.out);
  return { index, answer: text.replace(/\n$/, '') };
}

/** The prop as data, or a message saying what is wrong (the build stops on it). */
export function validatePredict(value: unknown, lines: number): { line: number; prompt: string } | string {
  if (typeof value !== 'object' || value === null) return 'expected predict={{ line: 4, prompt: "What does line 4 print?" }}';
  const { line, prompt, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `unknown keys ${Object.keys(rest).join(', ')}; expected line and prompt`;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > lines) return `line must be a line of the snippet (1 to ${lines}); received ${JSON.stringify(line)}`;
  if (typeof prompt !== 'string' || prompt.trim() === '') return 'prompt must be the question to ask, e.g. "What does line 4 print?"';
  return { line, prompt };
}
