/**
 * A lesson's quiz: its questions (multiple choice, predict the output, predict the heap),
 * each graded the moment the learner checks it, with an explanation and a link to the
 * section that teaches it; a running score; a retry; and the result stored in the
 * learner's progress once every question has been answered.
 *
 * All the answers were computed at build time (src/lib/quiz/answers.ts) and arrive as
 * props; grading is src/lib/quiz/grade.ts. The island never loads the engine or the editor:
 * a heap question draws the build-time scene with the playground's Picture.
 *
 * Accessibility: each question is a form with a fieldset whose legend is the question;
 * every field has a label; feedback and the score are polite live regions; verdicts are
 * words and symbols, never colour alone.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChoiceQuestion, HeapQuestion, OutputQuestion, QuizQuestion } from '../lib/quiz/types.ts';
import { choiceMatches, gradeCounts, gradeSet, outputMatches, parseCount } from '../lib/quiz/grade.ts';
import { loadProgress, recordQuiz, updateProgress, type QuizProgress } from '../lib/quiz/progress.ts';
import { Picture, type Pick } from './playground/Picture.tsx';
import { objectName } from './playground/format.ts';
import './playground/playground.css';
import './quiz/quiz.css';

export interface QuizProps {
  quizId: string;
  lessonId: string;
  questions: QuizQuestion[];
}

/** The learner's answer to one question, as typed or picked. */
type Answer =
  | { kind: 'choice'; picked: number[] }
  | { kind: 'output'; text: string }
  | { kind: 'heap'; picked: number[]; counts: Record<number, string> };

interface Verdict {
  correct: boolean;
}

function emptyAnswer(question: QuizQuestion): Answer {
  if (question.kind === 'choice') return { kind: 'choice', picked: [] };
  if (question.kind === 'output') return { kind: 'output', text: '' };
  return { kind: 'heap', picked: [], counts: {} };
}

/** Whether the answer is complete enough to be graded (or why not). */
function incomplete(question: QuizQuestion, answer: Answer): string | null {
  if (answer.kind === 'choice') return answer.picked.length === 0 ? 'Pick an answer first.' : null;
  if (answer.kind === 'output') return answer.text.trim() === '' ? 'Type what it prints first.' : null;
  if (question.kind === 'heap' && question.mode === 'refcount') {
    const missing = question.counts.filter(([id]) => parseCount(answer.counts[id] ?? '') === null).length;
    return missing > 0 ? `Give a whole number for every object (${missing} missing).` : null;
  }
  return null;
}

function grade(question: QuizQuestion, answer: Answer): Verdict {
  if (question.kind === 'choice' && answer.kind === 'choice') return { correct: choiceMatches(answer.picked, question.options.map((o) => o.correct)) };
  if (question.kind === 'output' && answer.kind === 'output') return { correct: outputMatches(answer.text, question.answer) };
  if (question.kind === 'heap' && answer.kind === 'heap') {
    return { correct: question.mode === 'freed' ? gradeSet(answer.picked, question.freed).correct : gradeCounts(answer.counts, question.counts).correct };
  }
  return { correct: false };
}

export default function Quiz({ quizId, lessonId, questions }: QuizProps) {
  const [answers, setAnswers] = useState<Answer[]>(() => questions.map(emptyAnswer));
  const [verdicts, setVerdicts] = useState<(Verdict | null)[]>(() => questions.map(() => null));
  const [attempt, setAttempt] = useState(1);
  const [saved, setSaved] = useState<QuizProgress | null>(null);
  const [hydrated, setHydrated] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setHydrated(true);
    setSaved(loadProgress().progress.lessons[lessonId]?.quiz ?? null);
  }, [lessonId]);

  const answered = verdicts.filter((v) => v !== null).length;
  const score = verdicts.filter((v) => v?.correct === true).length;
  const total = questions.length;
  const complete = answered === total;

  const setAnswer = (index: number, answer: Answer) => setAnswers((all) => all.map((a, i) => (i === index ? answer : a)));

  const check = (index: number) => {
    const verdict = grade(questions[index]!, answers[index]!);
    const next = verdicts.map((v, i) => (i === index ? verdict : v));
    setVerdicts(next);
    if (next.every((v) => v !== null)) {
      const finalScore = next.filter((v) => v!.correct).length;
      const loaded = updateProgress((progress) => recordQuiz(progress, lessonId, finalScore, total));
      setSaved(loaded.progress.lessons[lessonId]?.quiz ?? null);
    }
  };

  const retry = () => {
    setAnswers(questions.map(emptyAnswer));
    setVerdicts(questions.map(() => null));
    setAttempt((n) => n + 1);
    requestAnimationFrame(() => rootRef.current?.querySelector<HTMLElement>('input, textarea')?.focus());
  };

  const savedText =
    saved !== null && saved.total === total ? `Saved result: ${saved.score} of ${saved.total}${saved.best > saved.score ? ` (best ${saved.best})` : ''}.` : null;

  return (
    <div class="quiz" ref={rootRef} data-hydrated={hydrated ? 'true' : undefined}>
      <div class="quiz__bar">
        <p class="quiz__score" role="status" aria-live="polite">
          {complete
            ? `Quiz complete: ${score} of ${total} correct.`
            : answered === 0
              ? `${total} questions. Answer each, then check it.`
              : `Score so far: ${score} of ${answered} answered correctly (${total - answered} to go).`}
        </p>
        {savedText !== null && <p class="quiz__saved">{savedText}</p>}
        {!hydrated && <p class="quiz__saved">The quiz becomes interactive once the page’s scripts have loaded.</p>}
      </div>
      <ol class="quiz__list">
        {questions.map((question, index) => (
          <li key={`${attempt}-${question.id}`} class="quiz__item">
            <QuestionView
              uid={`${quizId}-${attempt}-${question.id}`}
              number={index + 1}
              total={total}
              question={question}
              answer={answers[index]!}
              verdict={verdicts[index]!}
              disabled={!hydrated}
              onAnswer={(answer) => setAnswer(index, answer)}
              onCheck={() => check(index)}
            />
          </li>
        ))}
      </ol>
      {complete && (
        <div class="quiz__end">
          <p>
            <strong>
              You scored {score} of {total}.
            </strong>{' '}
            {score === total ? 'Every answer right.' : 'Read the explanations of the ones you missed, then try again.'}
          </p>
          <button type="button" class="quiz__button" onClick={retry}>
            Try the quiz again
          </button>
        </div>
      )}
    </div>
  );
}

interface QuestionViewProps {
  uid: string;
  number: number;
  total: number;
  question: QuizQuestion;
  answer: Answer;
  verdict: Verdict | null;
  disabled: boolean;
  onAnswer(answer: Answer): void;
  onCheck(): void;
}

function QuestionView({ uid, number, total, question, answer, verdict, disabled, onAnswer, onCheck }: QuestionViewProps) {
  const [problem, setProblem] = useState<string | null>(null);
  const locked = verdict !== null;
  const verdictClass = verdict === null ? '' : verdict.correct ? ' quiz-q--right' : ' quiz-q--wrong';
  const submit = (event: Event) => {
    event.preventDefault();
    if (locked || disabled) return;
    const missing = incomplete(question, answer);
    setProblem(missing);
    if (missing === null) onCheck();
  };
  const kindLabel = question.kind === 'choice' ? (question.multiple ? 'Choose all that apply' : 'Choose one') : question.kind === 'output' ? 'Predict the output' : question.mode === 'freed' ? 'Predict the collection' : 'Count the references';
  return (
    <form class={`quiz-q quiz-q--${question.kind}${verdictClass}`} onSubmit={submit} noValidate>
      <fieldset class="quiz-q__fieldset" aria-describedby={`${uid}-kind`}>
        <legend class="quiz-q__legend">
          <span class="quiz-q__number">
            Question {number} of {total}
            <span class="visually-hidden">: </span>
          </span>
          <span class="quiz-q__prompt" dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
        </legend>
        <p class="quiz-q__kind" id={`${uid}-kind`}>
          {kindLabel}
        </p>
        {question.kind === 'choice' && answer.kind === 'choice' && <ChoiceInputs uid={uid} question={question} picked={answer.picked} locked={locked} onPick={(picked) => onAnswer({ kind: 'choice', picked })} />}
        {question.kind === 'output' && answer.kind === 'output' && <OutputInput uid={uid} question={question} text={answer.text} locked={locked} onText={(text) => onAnswer({ kind: 'output', text })} />}
        {question.kind === 'heap' && answer.kind === 'heap' && <HeapInput uid={uid} question={question} answer={answer} locked={locked} onAnswer={onAnswer} />}
      </fieldset>
      <div class="quiz-q__actions">
        <button type="submit" class="quiz__button" aria-disabled={locked || disabled ? 'true' : undefined}>
          {locked ? 'Checked' : 'Check answer'}
        </button>
        {problem !== null && !locked && <p class="quiz-q__problem">{problem}</p>}
      </div>
      <div class="quiz-q__feedback" aria-live="polite">
        {verdict !== null && <Feedback question={question} answer={answer} verdict={verdict} />}
      </div>
    </form>
  );
}

function ChoiceInputs({ uid, question, picked, locked, onPick }: { uid: string; question: ChoiceQuestion; picked: number[]; locked: boolean; onPick(picked: number[]): void }) {
  return (
    <ul class="quiz-q__options">
      {question.options.map((option, index) => {
        const id = `${uid}-o${index}`;
        const chosen = picked.includes(index);
        const reveal = locked && (option.correct || chosen);
        return (
          <li key={index} class={`quiz-opt${reveal ? (option.correct ? ' quiz-opt--correct' : ' quiz-opt--wrong') : ''}`}>
            <input
              type={question.multiple ? 'checkbox' : 'radio'}
              id={id}
              name={`${uid}-options`}
              checked={chosen}
              disabled={locked}
              onChange={() => onPick(question.multiple ? (chosen ? picked.filter((p) => p !== index) : [...picked, index].sort()) : [index])}
            />
            <label for={id}>
              <span dangerouslySetInnerHTML={{ __html: option.html }} />
              {reveal && (
                <span class="quiz-opt__tag">
                  <span aria-hidden="true">{option.correct ? ' ✓' : ' ✗'}</span>
                  {option.correct ? (chosen ? ' (your choice, correct)' : ' (correct answer)') : ' (your choice, not correct)'}
                </span>
              )}
            </label>
          </li>
        );
      })}
    </ul>
  );
}

function OutputInput({ uid, question, text, locked, onText }: { uid: string; question: OutputQuestion; text: string; locked: boolean; onText(text: string): void }) {
  const id = `${uid}-answer`;
  return (
    <>
      <div class="quiz-q__code" dangerouslySetInnerHTML={{ __html: question.codeHtml }} />
      <p class="quiz-q__version">Runs on CPython {question.python}.</p>
      <label class="quiz-q__label" for={id}>
        Your answer{question.multiline ? ' (one line per printed line)' : ''}
      </label>
      {question.multiline ? (
        <textarea id={id} class="quiz-q__text" rows={4} spellcheck={false} autoComplete="off" value={text} readOnly={locked} onInput={(event) => onText((event.currentTarget as HTMLTextAreaElement).value)} />
      ) : (
        <input id={id} class="quiz-q__text" type="text" spellcheck={false} autoComplete="off" value={text} readOnly={locked} onInput={(event) => onText((event.currentTarget as HTMLInputElement).value)} />
      )}
    </>
  );
}

function HeapInput({ uid, question, answer, locked, onAnswer }: { uid: string; question: HeapQuestion; answer: Extract<Answer, { kind: 'heap' }>; locked: boolean; onAnswer(answer: Answer): void }) {
  const [highlight, setHighlight] = useState<number | null>(null);
  const ids = new Set(question.mode === 'freed' ? question.scene.objects.filter((o) => !o.builtin && !o.immortal).map((o) => o.id) : question.counts.map(([id]) => id));
  const marks = new Map<number, { ok: boolean; text: string }>();
  if (locked) {
    if (question.mode === 'freed') {
      const freed = new Set(question.freed);
      for (const id of ids) {
        const picked = answer.picked.includes(id);
        if (freed.has(id)) marks.set(id, { ok: picked, text: picked ? 'freed: you picked it' : 'freed: you missed it' });
        else if (picked) marks.set(id, { ok: false, text: 'not freed: it survives' });
      }
    } else {
      for (const [id, count] of question.counts) {
        const typed = parseCount(answer.counts[id] ?? '');
        marks.set(id, { ok: typed === count, text: typed === count ? `refcount ${count}, as you said` : `refcount ${count}; you said ${answer.counts[id]?.trim() ?? 'nothing'}` });
      }
    }
  }
  const pick: Pick = {
    mode: question.mode,
    ids,
    picked: new Set(answer.picked),
    counts: answer.counts,
    locked,
    marks,
    onToggle(id) {
      if (locked) return;
      onAnswer({ ...answer, picked: answer.picked.includes(id) ? answer.picked.filter((p) => p !== id) : [...answer.picked, id] });
    },
    onCount(id, text) {
      if (locked) return;
      onAnswer({ ...answer, counts: { ...answer.counts, [id]: text } });
    },
  };
  const scene = question.scene;
  return (
    <>
      <div class="quiz-q__code" dangerouslySetInnerHTML={{ __html: question.codeHtml }} />
      <p class="quiz-q__version">
        Memory on CPython {question.python} just before line {question.line} runs.{' '}
        {question.mode === 'freed'
          ? 'Tick each object the collection on that line frees (click the box or use its checkbox); leave the others.'
          : 'Type each object’s reference count: the references the picture draws to it. (sys.getrefcount would report one more.)'}
      </p>
      <div class="pg-vars pg-pic quiz-q__pic" role="group" aria-label={`Memory just before line ${question.line}`}>
        <Picture scene={scene} collector={question.collector} highlight={highlight} onHighlight={setHighlight} uid={uid} pick={pick} />
      </div>
      {question.mode === 'freed' && (
        <p class="quiz-q__picked" aria-live="polite">
          {answer.picked.length === 0
            ? 'Nothing picked: you predict the collection frees nothing.'
            : `Picked: ${scene.objects
                .filter((o) => answer.picked.includes(o.id))
                .map((o) => objectName(o))
                .join(', ')}.`}
        </p>
      )}
    </>
  );
}

function Feedback({ question, answer, verdict }: { question: QuizQuestion; answer: Answer; verdict: Verdict }) {
  let reveal: ComponentChildren = null;
  if (!verdict.correct) {
    if (question.kind === 'output') {
      reveal = (
        <p>
          It prints: <code class="quiz-q__answer">{question.answer}</code>
          {answer.kind === 'output' && (
            <>
              {' '}
              (you typed <code>{answer.text.trim()}</code>)
            </>
          )}
        </p>
      );
    } else if (question.kind === 'choice') {
      reveal = <p>The correct {question.options.filter((o) => o.correct).length === 1 ? 'answer is' : 'answers are'} marked ✓ above.</p>;
    } else if (question.kind === 'heap') {
      const names = new Map(question.scene.objects.map((o) => [o.id, objectName(o)]));
      reveal =
        question.mode === 'freed' ? (
          <p>The collection frees {question.freed.length === 0 ? 'nothing' : question.freed.map((id) => names.get(id)).join(', ')}. Each object says above what happened to it.</p>
        ) : (
          <p>The counts are {question.counts.map(([id, count]) => `${names.get(id)}: ${count}`).join(', ')}.</p>
        );
    }
  }
  return (
    <div class={`quiz-fb quiz-fb--${verdict.correct ? 'right' : 'wrong'}`}>
      <p class="quiz-fb__verdict">
        <span aria-hidden="true">{verdict.correct ? '✓ ' : '✗ '}</span>
        {verdict.correct ? 'Correct.' : 'Not quite.'}
      </p>
      {reveal}
      <div class="quiz-fb__explanation" dangerouslySetInnerHTML={{ __html: question.explanationHtml }} />
      {question.section !== null && (
        <p class="quiz-fb__review">
          Review: <a href={question.section.href}>{question.section.title}</a>
        </p>
      )}
    </div>
  );
}
