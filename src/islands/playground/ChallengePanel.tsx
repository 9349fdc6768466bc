/**
 * A code challenge's panel under its playground: the goals (each a check the engine's run
 * is held to, src/lib/quiz/checks.ts), whether the last run met them, hints revealed one at
 * a time, and, once every hint is out, the author's solution. Solving it on the version
 * the challenge was verified on records it in the learner's progress.
 */
import { useEffect, useState } from 'preact/hooks';
import { evaluateCheck, type CheckResult } from '../../lib/quiz/checks.ts';
import { loadProgress, recordChallenge, updateProgress } from '../../lib/quiz/progress.ts';
import type { ChallengeData } from '../../lib/quiz/types.ts';
import type { RunSummary } from '../../lib/playground/types.ts';
import '../quiz/quiz.css';

interface ChallengePanelProps {
  challenge: ChallengeData;
  summary: RunSummary | null;
  /** The code changed since the run the summary describes. */
  stale: boolean;
  running: boolean;
  onShowSolution(): void;
}

export function ChallengePanel({ challenge, summary, stale, running, onShowSolution }: ChallengePanelProps) {
  const [hints, setHints] = useState(0);
  const [solvedBefore, setSolvedBefore] = useState(false);
  const [solutionShown, setSolutionShown] = useState(false);
  const facts = summary?.facts;
  const results: CheckResult[] | null = facts === undefined ? null : challenge.checks.map((check) => evaluateCheck(check, facts));
  const met = results?.filter((r) => r.pass).length ?? 0;
  const rightVersion = summary?.python === challenge.python;
  const solved = results !== null && met === results.length && rightVersion;

  useEffect(() => {
    setSolvedBefore(loadProgress().progress.lessons[challenge.lessonId]?.challenges?.[challenge.id] !== undefined);
  }, [challenge.lessonId, challenge.id]);

  useEffect(() => {
    // Solved with the author's solution pasted in does not count as the learner's own.
    if (!solved || solutionShown) return;
    updateProgress((progress) => recordChallenge(progress, challenge.lessonId, challenge.id));
    setSolvedBefore(true);
  }, [solved, solutionShown, challenge.lessonId, challenge.id]);

  let verdict: string;
  if (running) verdict = 'Checking…';
  else if (results === null) verdict = `Run your code to check it against the ${challenge.goals.length === 1 ? 'goal' : `${challenge.goals.length} goals`}.`;
  else if (solved) verdict = solutionShown ? `The solution meets every goal on CPython ${challenge.python}. Reset the code and solve it your own way to count it.` : `Solved: every goal is met on CPython ${challenge.python}.`;
  else if (!rightVersion && met === results.length) verdict = `Every goal is met on CPython ${summary?.python}, but this challenge counts on CPython ${challenge.python}: switch back and run it.`;
  else verdict = `${met} of ${results.length} goals met. Change the code and run it again.`;

  return (
    <div class="pg-challenge" role="group" aria-label="Challenge goals">
      <h4>Goals{solvedBefore && !solved ? ' (you solved this before)' : ''}</h4>
      <ul class="pg-goals">
        {challenge.goals.map((goal, i) => {
          const result = results?.[i];
          const state = result === undefined ? 'open' : result.pass ? 'pass' : 'fail';
          return (
            <li key={i} class={`pg-goal pg-goal--${state}`}>
              <span class="pg-goal__icon" aria-hidden="true">
                {state === 'pass' ? '✓' : state === 'fail' ? '✗' : '○'}
              </span>
              <span>
                <span class="visually-hidden">{state === 'pass' ? 'Met: ' : state === 'fail' ? 'Not met: ' : 'Not checked yet: '}</span>
                {goal}
                {result !== undefined && !result.pass && <span class="pg-goal__detail">{result.detail}</span>}
              </span>
            </li>
          );
        })}
      </ul>
      <p class="pg-challenge__verdict" role="status">
        {stale && results !== null && !running ? 'You changed the code since this check: run it again. ' : ''}
        {verdict}
      </p>
      {hints > 0 && (
        <ol class="pg-challenge__hints" aria-label="Hints">
          {challenge.hints.slice(0, hints).map((hint, i) => (
            <li key={i} dangerouslySetInnerHTML={{ __html: hint }} />
          ))}
        </ol>
      )}
      <div class="pg-challenge__actions">
        {hints < challenge.hints.length && (
          <button type="button" class="pg-button pg-button--quiet" onClick={() => setHints((n) => n + 1)}>
            Show a hint ({hints + 1} of {challenge.hints.length})
          </button>
        )}
        {hints >= challenge.hints.length && !solutionShown && (
          <button
            type="button"
            class="pg-button pg-button--quiet"
            onClick={() => {
              setSolutionShown(true);
              onShowSolution();
            }}
          >
            Show a solution
          </button>
        )}
      </div>
    </div>
  );
}
