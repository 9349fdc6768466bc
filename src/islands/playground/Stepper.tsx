/**
 * Step controls: first / previous / play / next / last, a slider with the run's notable
 * steps (collections, exceptions) marked on it, the step counter and the playback speed.
 */

import type { TimelineMark } from '../../lib/playground/types.ts';

export const speeds = [1, 2, 5, 10, 30] as const;

interface StepperProps {
  index: number;
  total: number;
  marks: TimelineMark[];
  /** The program's last step; steps after it are interpreter shutdown. */
  endIndex: number;
  playing: boolean;
  speed: number;
  /** Text for the slider's aria-valuetext, e.g. "Step 4 of 20, line 3". */
  valueText: string;
  onStep(index: number): void;
  onPlay(playing: boolean): void;
  onSpeed(speed: number): void;
  uid: string;
}

/** At most this many marks are drawn; a run with thousands of collections gets a sample. */
const maxMarks = 160;

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={d} />
    </svg>
  );
}

const icons = {
  first: 'M5 4v12M15 4 7.5 10 15 16Z',
  previous: 'M14 4 6 10l8 6Z',
  next: 'M6 4l8 6-8 6Z',
  last: 'M15 4v12M5 4l7.5 6L5 16Z',
  play: 'M6 3.5v13l10.5-6.5Z',
  pause: 'M5.5 4h3v12h-3ZM11.5 4h3v12h-3Z',
};

/** Where step `i` sits on the slider track, as a CSS length (the thumb's centre travels 8px in from each end). */
function trackPosition(i: number, last: number): string {
  const f = last <= 0 ? 0 : i / last;
  return `calc(${f * 100}% + ${8 - 16 * f}px)`;
}

export function Stepper({ index, total, marks, endIndex, playing, speed, valueText, onStep, onPlay, onSpeed, uid }: StepperProps) {
  const last = Math.max(0, total - 1);
  const atStart = index <= 0;
  const atEnd = index >= last;
  const shown = marks.length > maxMarks ? marks.filter((_, i) => i % Math.ceil(marks.length / maxMarks) === 0) : marks;
  const gcMarks = marks.filter((m) => m.kind === 'gc');
  const nextGc = gcMarks.find((m) => m.index > index);
  const previousGc = [...gcMarks].reverse().find((m) => m.index < index);
  return (
    <div class="pg-stepper">
      <div class="pg-stepper__buttons">
        <button type="button" class="pg-icon-button" onClick={() => onStep(0)} disabled={atStart} aria-label="First step" title="First step (Home)">
          <Icon d={icons.first} />
        </button>
        <button type="button" class="pg-icon-button" onClick={() => onStep(index - 1)} disabled={atStart} aria-label="Previous step" title="Previous step (←)">
          <Icon d={icons.previous} />
        </button>
        <button
          type="button"
          class="pg-icon-button pg-icon-button--primary"
          onClick={() => onPlay(!playing)}
          disabled={total <= 1}
          aria-label={playing ? 'Pause' : 'Play'}
          title={playing ? 'Pause (Space)' : 'Play (Space)'}
        >
          <Icon d={playing ? icons.pause : icons.play} />
        </button>
        <button type="button" class="pg-icon-button" onClick={() => onStep(index + 1)} disabled={atEnd} aria-label="Next step" title="Next step (→)">
          <Icon d={icons.next} />
        </button>
        <button type="button" class="pg-icon-button" onClick={() => onStep(last)} disabled={atEnd} aria-label="Last step" title="Last step (End)">
          <Icon d={icons.last} />
        </button>
        <p class="pg-stepper__count" aria-hidden="true">
          Step <strong>{index + 1}</strong> of {total}
        </p>
      </div>
      <div class="pg-stepper__track">
        <input
          id={`${uid}-slider`}
          class="pg-stepper__slider"
          type="range"
          min={1}
          max={Math.max(1, total)}
          value={index + 1}
          aria-label="Step"
          aria-valuetext={valueText}
          onInput={(event) => onStep(Number((event.currentTarget as HTMLInputElement).value) - 1)}
        />
        <div class="pg-stepper__marks" aria-hidden="true">
          {endIndex >= 0 && endIndex < last && (
            <span class="pg-stepper__shutdown" style={{ left: trackPosition(endIndex, last) }} title="Interpreter shutdown, after the program" />
          )}
          {shown.map((mark) => (
            <span key={`${mark.kind}${mark.index}`} class={`pg-mark pg-mark--${mark.kind}`} style={{ left: trackPosition(mark.index, last) }} title={`Step ${mark.index + 1}: ${mark.label}`} />
          ))}
        </div>
      </div>
      <div class="pg-stepper__extra">
        {endIndex >= 0 && endIndex < last && (
          <button type="button" class="pg-text-button" disabled={index === endIndex} onClick={() => onStep(endIndex)}>
            End of program
          </button>
        )}
        {gcMarks.length > 0 && (
          <span class="pg-stepper__gc">
            <button type="button" class="pg-text-button" disabled={previousGc === undefined} onClick={() => previousGc && onStep(previousGc.index)}>
              <span aria-hidden="true">◂ </span>Previous collection
            </button>
            <button type="button" class="pg-text-button" disabled={nextGc === undefined} onClick={() => nextGc && onStep(nextGc.index)}>
              Next collection<span aria-hidden="true"> ▸</span>
            </button>
          </span>
        )}
        <label class="pg-stepper__speed">
          Speed
          <select value={String(speed)} onChange={(event) => onSpeed(Number((event.currentTarget as HTMLSelectElement).value))}>
            {speeds.map((s) => (
              <option key={s} value={String(s)}>
                {s} step{s === 1 ? '' : 's'}/s
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
