/**
 * The playground island: an editable Python snippet, a Run button, and the picture of
 * memory (frames, objects, references, the collector) at every step of the run.
 *
 * What loads when:
 * - server rendering and the first paint: the toolbar and the snippet as a static Shiki
 *   block (the `children` Playground.astro passes in), so the page reads at once;
 * - hydration (when the island is near the viewport, Astro's client:visible): this module
 *   and Preact, a few kilobytes, which start loading Monaco (editor.ts, a lazy chunk);
 * - on first interaction (or Run): the engine, in a Web Worker of its own per playground,
 *   so a runaway program in one playground never stalls the page or another playground.
 *
 * The picture is drawn only from scenes the worker builds out of the trace (see
 * src/lib/playground/types.ts); this module never sees the interpreter.
 */

import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EditorController, KeyboardMode } from './playground/editor.ts';
import { EngineClient, WorkerStopped } from './playground/engine-client.ts';
import { Picture } from './playground/Picture.tsx';
import { TextView } from './playground/TextView.tsx';
import { Stepper } from './playground/Stepper.tsx';
import { GcPanel } from './playground/GcPanel.tsx';
import { ComparePanel } from './playground/ComparePanel.tsx';
import { SharePanel } from './playground/SharePanel.tsx';
import { eventSentence, changeSentences, formatCount, stepAnnouncement } from './playground/format.ts';
import { ChallengePanel } from './playground/ChallengePanel.tsx';
import { outputMatches } from '../lib/quiz/grade.ts';
import type { ChallengeData } from '../lib/quiz/types.ts';
import { decodeShare, encodeShare } from '../lib/playground/share.ts';
import { forgetSnippet, loadSnippet, saveSnippet } from '../lib/playground/storage.ts';
import { pythonVersions, type CompareEntry, type PythonVersion, type RunErrorInfo, type RunSummary, type Scene } from '../lib/playground/types.ts';
import './playground/playground.css';

export interface PlaygroundProps {
  code: string;
  python: PythonVersion;
  /** 1-based step to open the picture at after the first run (the run starts by itself). */
  step?: number | undefined;
  /** CSS height of the editor; without one it fits the code. */
  height?: string | undefined;
  title: string;
  snippetId: string;
  /** Unique per playground on a page (see src/lib/playground/instance.ts), for element ids. */
  instance: number;
  /** The full-page scratchpad (/playground): reads share links from the URL. */
  page?: boolean;
  /** The static, highlighted snippet shown until the editor has loaded. */
  children?: ComponentChildren;
  /** A prediction gate: stepping stops before this line until the learner says what it prints. */
  predict?: { line: number; prompt: string } | undefined;
  /** A code challenge: goals checked on every run, hints, a solution (Challenge.astro). */
  challenge?: ChallengeData | undefined;
}

/** The learner's prediction at the gate and what the line really printed. */
interface GateResult {
  guess: string;
  answer: string;
  correct: boolean;
}

type EditorState = 'static' | 'loading' | 'ready' | 'failed';

interface CompareState {
  busy: boolean;
  entries: CompareEntry[] | null;
  failure: string | null;
  /** The code the entries are for. */
  code: string;
}

/** Picture sizes offered; phones start smaller so more of the picture fits. */
const zoomLevels = [1, 0.85, 0.7] as const;

const keyboardHints: Record<KeyboardMode, string> = {
  navigating: 'Tab moves to the next control. Press Enter to edit the code.',
  editing: 'Editing: Tab indents. Press Esc, then Tab, to leave the editor. Ctrl+Enter runs.',
};

function limitNotice(summary: RunSummary): string | null {
  const e = summary.error;
  if (e?.kind === 'limit') {
    return `Stopped after ${formatCount(summary.executed)} steps: ${e.message}. You can step through everything it did until then.`;
  }
  if (summary.truncated) {
    return `The picture keeps the first ${formatCount(summary.total)} of ${formatCount(summary.executed)} steps; the output below is complete.`;
  }
  return null;
}

export default function Playground(props: PlaygroundProps) {
  // From props only, so the server and the browser render the same ids.
  const uid = `pg${props.instance}-${props.snippetId}`;
  const [code, setCode] = useState(props.code);
  const [python, setPython] = useState<PythonVersion>(props.python);
  const [restored, setRestored] = useState(false);
  const [editorState, setEditorState] = useState<EditorState>('static');
  const [keyboardHint, setKeyboardHint] = useState('');
  const [running, setRunning] = useState(false);
  const [summary, setSummary] = useState<RunSummary | null>(null);
  const [failure, setFailure] = useState<RunErrorInfo | null>(null);
  const [scene, setScene] = useState<Scene | null>(null);
  const [index, setIndex] = useState(0);
  const [ranCode, setRanCode] = useState<string | null>(null);
  const [inline, setInline] = useState(false);
  const [view, setView] = useState<'picture' | 'text'>('picture');
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);
  const [highlight, setHighlight] = useState<number | null>(null);
  const [zoom, setZoom] = useState(1);
  const [announcement, setAnnouncement] = useState('');
  const [compare, setCompare] = useState<CompareState | null>(null);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [gateGuess, setGateGuess] = useState('');
  const [gateResult, setGateResult] = useState<GateResult | null>(null);
  const [gateProblem, setGateProblem] = useState(false);

  // Handlers run from Monaco, timers and the worker read the latest values through refs.
  const codeRef = useRef(code);
  const pythonRef = useRef(python);
  const inlineRef = useRef(inline);
  const summaryRef = useRef<RunSummary | null>(null);
  const indexRef = useRef(0);
  const editorRef = useRef<EditorController | null>(null);
  const clientRef = useRef<EngineClient | null>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const staticRef = useRef<HTMLDivElement>(null);
  const wantsFocusRef = useRef(false);
  const sceneRequest = useRef<{ inflight: boolean; pending: number | null }>({ inflight: false, pending: null });
  const timing = useRef<{ run: number | null; step: number | null }>({ run: null, step: null });
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const gateInputRef = useRef<HTMLInputElement>(null);
  /** The step stepping may not pass until the learner has predicted (null: no gate now). */
  const gateIndexRef = useRef<number | null>(null);
  const clearHashOnEdit = useRef(false);
  const applyingShare = useRef(false);
  codeRef.current = code;
  pythonRef.current = python;
  inlineRef.current = inline;
  summaryRef.current = summary;
  indexRef.current = index;

  const client = useCallback((): EngineClient => {
    clientRef.current ??= new EngineClient();
    return clientRef.current;
  }, []);

  const persist = useCallback(() => {
    if (saveTimer.current !== null) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      saveTimer.current = null;
      if (codeRef.current === props.code && pythonRef.current === props.python) forgetSnippet(props.snippetId);
      else saveSnippet(props.snippetId, { code: codeRef.current, python: pythonRef.current });
    }, 250);
  }, [props.code, props.python, props.snippetId]);

  // ------------------------------------------------------------------ running

  const run = useCallback(
    async (openAt = 0) => {
      const source = codeRef.current;
      const version = pythonRef.current;
      timing.current.run = performance.now();
      setRunning(true);
      setPlaying(false);
      setFailure(null);
      setHighlight(null);
      editorRef.current?.setMarker(null);
      setAnnouncement('Running…');
      try {
        const gateLine = props.predict !== undefined && source === props.code ? props.predict.line : undefined;
        const extras = { ...(props.challenge !== undefined ? { facts: true } : {}), ...(gateLine !== undefined ? { gateLine } : {}) };
        const result = await client().run({ source, python: version, openAt, inline: inlineRef.current, extras });
        const s = result.summary;
        summaryRef.current = s;
        gateIndexRef.current = gateSatisfied.current || s.gate === undefined || s.gate === null ? null : s.gate.index;
        sceneRequest.current = { inflight: false, pending: null };
        setSummary(s);
        setRanCode(source);
        const gateIndex = gateIndexRef.current;
        if (gateIndex !== null && result.scene !== null && result.scene.index > gateIndex) {
          // Opened past the gate (a `step` prop): show the gate's step instead.
          setScene(result.scene);
          setIndex(gateIndex);
          requestSceneRef.current(gateIndex);
        } else {
          setScene(result.scene);
          setIndex(result.scene?.index ?? 0);
        }
        if (s.error !== null && s.error.line !== null) {
          editorRef.current?.setMarker({ message: s.error.summary, line: s.error.line, col: s.error.col });
        }
        if (result.scene === null) {
          timing.current.run = null;
          setAnnouncement(s.error === null ? 'The program ran.' : `The program did not run: ${s.error.summary}`);
        }
      } catch (error) {
        setSummary(null);
        setScene(null);
        const message = error instanceof WorkerStopped ? error.message : `The engine failed: ${error instanceof Error ? error.message : String(error)}`;
        setFailure({ kind: error instanceof WorkerStopped ? 'killed' : 'internal', type: 'Stopped', message, summary: message, line: null, col: null });
        setAnnouncement(message);
      } finally {
        setRunning(false);
      }
    },
    [client],
  );
  const requestSceneRef = useRef<(k: number) => void>(() => {});
  const runRef = useRef(run);
  runRef.current = run;
  const gateSatisfied = useRef(false);

  /** Asks the worker for step `k`; while a request is out, only the latest wish is kept. */
  const requestScene = useCallback(
    (k: number) => {
      const s = summaryRef.current;
      if (s === null || s.total === 0) return;
      const state = sceneRequest.current;
      if (state.inflight) {
        state.pending = k;
        return;
      }
      state.inflight = true;
      client()
        .scene(s.runId, k, inlineRef.current)
        .then((next) => {
          state.inflight = false;
          if (next !== null && next.runId === summaryRef.current?.runId) setScene(next);
          const pending = state.pending;
          state.pending = null;
          if (pending !== null && pending !== next?.index) requestScene(pending);
        })
        .catch(() => {
          state.inflight = false;
          state.pending = null;
        });
    },
    [client],
  );

  requestSceneRef.current = requestScene;

  const goTo = useCallback(
    (target: number) => {
      const s = summaryRef.current;
      if (s === null || s.total === 0) return;
      let k = Math.max(0, Math.min(s.total - 1, target));
      const gate = gateIndexRef.current;
      if (gate !== null && k > gate) {
        // The prediction gate: no stepping past the marked line before the learner answers.
        k = gate;
        setGateProblem(indexRef.current === gate);
        gateInputRef.current?.focus();
      }
      timing.current.step = performance.now();
      setIndex(k);
      requestScene(k);
    },
    [requestScene],
  );

  // ------------------------------------------------------------------ start-up

  const sectionRef = useRef<HTMLElement>(null);
  useEffect(() => {
    // On a phone-sized playground, start the picture smaller so a frame and an object fit.
    if ((sectionRef.current?.clientWidth ?? 1000) < 480) setZoom(0.85);
  }, []);

  useEffect(() => {
    let disposed = false;
    let initialCode = props.code;
    let autoRun: number | null = props.step === undefined ? null : props.step - 1;

    const restore = async () => {
      if (props.page === true) {
        const shared = await decodeShare(location.hash);
        if (shared !== null) {
          initialCode = shared.code;
          setPython(shared.python);
          pythonRef.current = shared.python;
          autoRun = (shared.step ?? 1) - 1;
          clearHashOnEdit.current = true;
          return;
        }
      }
      const saved = loadSnippet(props.snippetId);
      if (saved !== null) {
        setPython(saved.python);
        pythonRef.current = saved.python;
        if (saved.code !== props.code) {
          initialCode = saved.code;
          setRestored(true);
        }
      }
    };

    void (async () => {
      await restore();
      if (disposed) return;
      setCode(initialCode);
      codeRef.current = initialCode;
      // Until the editor arrives, other code than the author's shows as plain text rather
      // than the highlighted original.
      setRestored(initialCode !== props.code);
      if (autoRun !== null) void runRef.current(autoRun);
      setEditorState('loading');
      try {
        const { createEditor } = await import('./playground/editor.ts');
        if (disposed || hostRef.current === null) return;
        const editor = await createEditor(hostRef.current, {
          value: initialCode,
          label: `Python code: ${props.title}`,
          fixedHeight: props.height !== undefined,
          onChange(value) {
            setCode(value);
            codeRef.current = value;
            setRestored(value !== props.code);
            if (applyingShare.current) return;
            if (clearHashOnEdit.current) {
              // The shared state is now the learner's own: a reload should show their edits.
              clearHashOnEdit.current = false;
              history.replaceState(null, '', location.pathname + location.search);
            }
            persist();
          },
          onRun: () => void runRef.current(),
          onKeyboardMode: (mode) => setKeyboardHint(mode === null ? '' : keyboardHints[mode]),
        });
        if (disposed) {
          editor.dispose();
          return;
        }
        editorRef.current = editor;
        setEditorState('ready');
        // The scratchpad exists to run code: start the engine now. Lesson playgrounds start
        // theirs when the learner reaches for them (pointer or focus), not one per snippet.
        if (props.page === true) void client().warm();
        if (wantsFocusRef.current || (staticRef.current?.contains(document.activeElement) ?? false)) editor.focus();
      } catch (error) {
        console.warn('PyHeap: the editor could not load', error);
        if (!disposed) setEditorState('failed');
      }
    })();

    return () => {
      disposed = true;
      editorRef.current?.dispose();
      editorRef.current = null;
      clientRef.current?.dispose();
      clientRef.current = null;
    };
    // Mount-only: the props of an island never change after hydration.
  }, []);

  // A share link opened while the scratchpad is already showing.
  useEffect(() => {
    if (props.page !== true) return;
    const onHash = async () => {
      const shared = await decodeShare(location.hash);
      if (shared === null) return;
      // Opening a link is not an edit: the scratchpad's saved code stays until the learner types.
      applyingShare.current = true;
      editorRef.current?.setValue(shared.code);
      applyingShare.current = false;
      setCode(shared.code);
      codeRef.current = shared.code;
      setPython(shared.python);
      pythonRef.current = shared.python;
      clearHashOnEdit.current = true;
      void runRef.current((shared.step ?? 1) - 1);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [props.page]);

  // ------------------------------------------------------------------ per step

  useEffect(() => {
    const editor = editorRef.current;
    if (editor === null) return;
    if (scene === null) editor.setCurrentLine(null, 'current');
    else editor.setCurrentLine(scene.line, scene.event === 'error' ? 'error' : 'current');
  }, [scene, editorState]);

  // Timings for the benchmark (bench/playground): from the click or key to the frame that
  // shows the result (a task queued from requestAnimationFrame runs after that paint).
  useLayoutEffect(() => {
    if (scene === null) return;
    const { run: runStart, step: stepStart } = timing.current;
    timing.current = { run: null, step: null };
    const name = runStart !== null ? 'pyheap:run-to-draw' : stepStart !== null ? 'pyheap:step-draw' : null;
    const start = runStart ?? stepStart;
    if (name === null || start === null) return;
    requestAnimationFrame(() => setTimeout(() => performance.measure(name, { start, end: performance.now(), detail: scene.index })));
  }, [scene]);

  // Keep what changed in view: if the step created, freed or re-counted objects and none of
  // them is inside the picture's scrolled area, scroll (the picture only, never the page)
  // to the first one.
  const pictureRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = pictureRef.current;
    if (scene === null || box === null || view !== 'picture') return;
    const changed = scene.objects.filter((o) => o.isNew || o.status === 'dying' || o.status === 'found' || o.refcountDelta !== 0);
    if (changed.length === 0) return;
    const inView = (o: (typeof changed)[number]) =>
      o.y * zoom >= box.scrollTop && (o.y + 40) * zoom <= box.scrollTop + box.clientHeight && o.x * zoom >= box.scrollLeft && (o.x + 60) * zoom <= box.scrollLeft + box.clientWidth;
    if (changed.some(inView)) return;
    const target = changed[0]!;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches && !playing;
    box.scrollTo({ top: Math.max(0, target.y * zoom - 48), left: Math.max(0, target.x * zoom - 48), behavior: smooth ? 'smooth' : 'auto' });
  }, [scene, view, zoom, playing]);

  const lineText = scene === null || ranCode === null ? undefined : ranCode.split('\n')[scene.line - 1]?.trim() || undefined;

  useEffect(() => {
    if (scene === null || summary === null || playing) return;
    setAnnouncement(stepAnnouncement(scene, summary, lineText));
  }, [scene, summary, playing, lineText]);

  // Playback paces itself on the scenes actually drawn, so a slow step never piles up.
  useEffect(() => {
    if (!playing || scene === null) return;
    if (scene.index >= scene.total - 1 || (gateIndexRef.current !== null && scene.index >= gateIndexRef.current)) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => goTo(scene.index + 1), 1000 / speed);
    return () => clearTimeout(timer);
  }, [playing, scene, speed, goTo]);

  // The gate's question takes the focus when stepping reaches it.
  const atGate = scene !== null && gateIndexRef.current !== null && scene.index === gateIndexRef.current;
  useEffect(() => {
    if (atGate) {
      gateInputRef.current?.focus();
      setAnnouncement(`Predict before stepping on. ${props.predict?.prompt ?? ''}`);
    }
  }, [atGate]);

  const submitGate = (event: Event) => {
    event.preventDefault();
    const gate = summaryRef.current?.gate;
    if (gate === undefined || gate === null) return;
    if (gateGuess.trim() === '') {
      setGateProblem(true);
      return;
    }
    const result = { guess: gateGuess, answer: gate.answer, correct: outputMatches(gateGuess, gate.answer) };
    setGateResult(result);
    setGateProblem(false);
    gateSatisfied.current = true;
    gateIndexRef.current = null;
    setAnnouncement(`${result.correct ? 'Right.' : 'Not quite.'} Line ${props.predict?.line ?? ''} printed: ${gate.answer}. You can step on.`);
    pictureRef.current?.focus();
  };

  // ------------------------------------------------------------------ actions

  const changePython = (next: PythonVersion) => {
    setPython(next);
    pythonRef.current = next;
    persist();
    // The point of switching is to see the difference: run again at the same step.
    if (summaryRef.current !== null) void run(indexRef.current);
  };

  const reset = () => {
    if (editorRef.current !== null) editorRef.current.setValue(props.code);
    setCode(props.code);
    codeRef.current = props.code;
    setPython(props.python);
    pythonRef.current = props.python;
    setRestored(false);
    forgetSnippet(props.snippetId);
    setAnnouncement('The original code is back. Ctrl+Z in the editor undoes the reset.');
  };

  const toggleInline = (next: boolean) => {
    setInline(next);
    inlineRef.current = next;
    if (summaryRef.current !== null && summaryRef.current.total > 0) requestScene(indexRef.current);
  };

  const openCompare = async () => {
    const source = codeRef.current;
    setCompare({ busy: true, entries: compare?.entries ?? null, failure: null, code: source });
    try {
      const entries = await client().compare(source);
      setCompare({ busy: false, entries, failure: null, code: source });
    } catch (error) {
      const message = error instanceof WorkerStopped ? 'One version ran for more than 2 seconds and was stopped.' : 'The comparison failed.';
      setCompare({ busy: false, entries: null, failure: message, code: source });
    }
  };

  const openShare = async () => {
    const fragment = await encodeShare({ code: codeRef.current, python: pythonRef.current, ...(summary !== null && summary.total > 0 ? { step: index + 1 } : {}) });
    setShareUrl(`${location.origin}/playground#${fragment}`);
  };

  const onVizKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea, .monaco-editor') !== null) return;
    const last = (summary?.total ?? 1) - 1;
    let handled = true;
    switch (event.key) {
      case 'ArrowRight':
        goTo(index + 1);
        break;
      case 'ArrowLeft':
        goTo(index - 1);
        break;
      case 'Home':
        goTo(0);
        break;
      case 'End':
        goTo(last);
        break;
      case 'PageDown':
        goTo(index + 10);
        break;
      case 'PageUp':
        goTo(index - 10);
        break;
      case ' ':
        if (target.closest('button, a') !== null) handled = false;
        else setPlaying((p) => !p);
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  };

  const onSectionKeyDown = (event: KeyboardEvent) => {
    // Ctrl/Cmd+Enter runs from anywhere in the playground (the editor handles its own).
    if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && (event.target as HTMLElement).closest('.monaco-editor') === null) {
      event.preventDefault();
      void run();
    }
  };

  const warm = () => {
    if (editorState === 'ready') void client().warm();
  };

  // ------------------------------------------------------------------ rendering

  const stale = ranCode !== null && ranCode !== code;
  const error = summary?.error ?? failure;
  const notice = summary === null ? null : limitNotice(summary);
  const total = summary?.total ?? 0;
  const stdout = summary === null ? '' : scene === null ? summary.stdout : summary.stdout.slice(0, scene.out);
  const atEnd = scene !== null && scene.index === total - 1;
  const showStderr = summary !== null && summary.stderr !== '' && (scene === null || atEnd);
  const valueText = scene === null ? '' : `Step ${scene.index + 1} of ${total}${scene.line > 0 ? `, line ${scene.line}` : ''}`;
  const editorStyle = props.height === undefined ? undefined : { height: props.height };

  let status: string;
  if (running) status = 'Running…';
  else if (failure !== null) status = failure.message;
  else if (summary === null) status = editorState === 'loading' ? 'Loading the editor…' : '';
  else if (summary.error?.kind === 'limit') status = `Stopped on CPython ${summary.python}: the program ran too long`;
  else if (summary.error !== null) status = `${summary.error.summary}${summary.error.line === null ? '' : ` (line ${summary.error.line})`}`;
  else status = `Ran on CPython ${summary.python} in ${Math.round(summary.runMs)} ms: ${formatCount(summary.total)} steps`;

  return (
    <section
      ref={sectionRef}
      class={`pg${props.page === true ? ' pg--page' : ''}`}
      aria-label={props.title}
      onKeyDown={onSectionKeyDown}
      onPointerEnter={warm}
      onFocusIn={warm}
      data-pagefind-ignore
      data-state={running ? 'running' : scene !== null ? 'ready' : 'idle'}
    >
      <div class="pg__bar">
        <button type="button" class="pg-button pg-button--run" onClick={() => void run()} disabled={running} aria-describedby={`${uid}-run-key`}>
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M6 3.5v13l10.5-6.5Z" />
          </svg>
          {running ? 'Running…' : 'Run'}
        </button>
        <span class="pg__key" id={`${uid}-run-key`}>
          <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </span>
        <label class="pg-select">
          <span class="pg-select__label">Python</span>
          <select value={python} onChange={(event) => changePython((event.currentTarget as HTMLSelectElement).value as PythonVersion)}>
            {pythonVersions.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="pg-button pg-button--quiet" onClick={reset} disabled={!restored && python === props.python}>
          Reset
        </button>
        <button type="button" class="pg-button pg-button--quiet" onClick={() => void openCompare()} aria-expanded={compare !== null}>
          Compare versions
        </button>
        <button type="button" class="pg-button pg-button--quiet" onClick={() => void openShare()} aria-expanded={shareUrl !== null}>
          Share
        </button>
        <p class={`pg__status${error !== null && error.kind !== 'limit' ? ' pg__status--error' : ''}`} role="status">
          {status}
        </p>
      </div>

      {shareUrl !== null && <SharePanel url={shareUrl} uid={uid} onClose={() => setShareUrl(null)} />}
      {compare !== null && (
        <ComparePanel
          entries={compare.entries}
          busy={compare.busy}
          failure={compare.failure}
          reference={python}
          stale={compare.code !== code}
          onRefresh={() => void openCompare()}
          onClose={() => setCompare(null)}
        />
      )}

      <div class="pg__main">
        <div class="pg__code">
          <div class="pg__editor">
            {editorState !== 'ready' && (
              <div
                ref={staticRef}
                class="pg__static"
                onPointerDown={() => (wantsFocusRef.current = true)}
                onFocusIn={() => (wantsFocusRef.current = true)}
                style={editorStyle}
              >
                {restored ? <pre class="pg__plain" tabIndex={0}>{code}</pre> : props.children}
                {editorState === 'failed' && <p class="pg__note">The editor could not load; Run still runs the code shown.</p>}
              </div>
            )}
            <div ref={hostRef} class={`pg__monaco${editorState === 'ready' ? '' : ' pg__monaco--hidden'}`} style={editorStyle} />
          </div>
          <p class="pg__hint" aria-live="polite">
            {editorState === 'ready' && keyboardHint !== '' ? keyboardHint : null}
          </p>
          <div class="pg-console" role="group" aria-label="Output">
            <p class="pg-console__title">Output</p>
            <pre class="pg-console__out" tabIndex={0}>
              {stdout === '' && !showStderr ? <span class="pg-muted">{summary === null ? 'Run the code to see what it prints.' : 'Nothing printed yet.'}</span> : stdout}
              {showStderr && <span class="pg-console__err">{summary!.stderr}</span>}
            </pre>
            {notice !== null && <p class="pg-console__notice">{notice}</p>}
          </div>
        </div>

        <div class="pg__viz" onKeyDown={onVizKeyDown}>
          {summary !== null && total > 0 && scene !== null ? (
            <>
              <Stepper
                index={index}
                total={total}
                marks={summary.marks}
                endIndex={summary.endIndex}
                playing={playing}
                speed={speed}
                valueText={valueText}
                onStep={goTo}
                onPlay={setPlaying}
                onSpeed={setSpeed}
                uid={uid}
              />
              {atGate && props.predict !== undefined && (
                <form class="pg-gate" onSubmit={submitGate}>
                  <label for={`${uid}-gate`}>Predict first: {props.predict.prompt}</label>
                  <p class="pg-gate__note">Stepping on waits for your answer; then the real output appears beside it.</p>
                  <div class="pg-gate__row">
                    <input
                      ref={gateInputRef}
                      id={`${uid}-gate`}
                      type="text"
                      autoComplete="off"
                      spellcheck={false}
                      value={gateGuess}
                      aria-describedby={gateProblem ? `${uid}-gate-problem` : undefined}
                      onInput={(event) => setGateGuess((event.currentTarget as HTMLInputElement).value)}
                    />
                    <button type="submit" class="pg-button">
                      Reveal
                    </button>
                  </div>
                  {gateProblem && (
                    <p class="pg-gate__problem" id={`${uid}-gate-problem`}>
                      Type your prediction first: stepping continues after it.
                    </p>
                  )}
                </form>
              )}
              {gateResult !== null && props.predict !== undefined && ranCode === props.code && (
                <div class={`pg-gate pg-gate--${gateResult.correct ? 'right' : 'wrong'}`}>
                  <p class="pg-gate__result">
                    <span aria-hidden="true">{gateResult.correct ? '✓ ' : '✗ '}</span>
                    <strong>{gateResult.correct ? 'Your prediction was right.' : 'Not what you predicted.'}</strong> You said <code>{gateResult.guess.trim()}</code>; line{' '}
                    {props.predict.line} printed <code>{gateResult.answer}</code>.
                  </p>
                </div>
              )}
              <div class={`pg-event pg-event--${scene.event}${scene.shutdown ? ' pg-event--shutdown' : ''}`}>
                {scene.shutdown && <p class="pg-event__phase">After the program: interpreter shutdown</p>}
                <p class="pg-event__main">{eventSentence(scene, summary, lineText)}</p>
                {changeSentences(scene).length > 0 && <p class="pg-event__changes">{changeSentences(scene).join(' ')}</p>}
                {stale && <p class="pg-event__stale">The code has changed since this run: run it again to update the picture.</p>}
              </div>
              <div class="pg-viewbar">
                <div class="pg-seg" role="group" aria-label="Show memory as">
                  <button type="button" aria-pressed={view === 'picture'} onClick={() => setView('picture')}>
                    Picture
                  </button>
                  <button type="button" aria-pressed={view === 'text'} onClick={() => setView('text')}>
                    Text
                  </button>
                </div>
                <label class="pg-select pg-select--small">
                  <span class="pg-select__label">Size</span>
                  <select value={String(zoom)} onChange={(event) => setZoom(Number((event.currentTarget as HTMLSelectElement).value))}>
                    {zoomLevels.map((z) => (
                      <option key={z} value={String(z)}>
                        {Math.round(z * 100)}%
                      </option>
                    ))}
                  </select>
                </label>
                <label class="pg-check">
                  <input type="checkbox" checked={inline} onChange={(event) => toggleInline((event.currentTarget as HTMLInputElement).checked)} />
                  Write values inside boxes
                </label>
              </div>
              <div
                ref={pictureRef}
                class="pg-pic"
                role="group"
                aria-label={`Memory at step ${scene.index + 1}`}
                aria-keyshortcuts="ArrowLeft ArrowRight Home End PageUp PageDown Space"
                tabIndex={0}
                data-step={scene.index}
              >
                {view === 'picture' ? (
                  <Picture scene={scene} collector={summary.collector} highlight={highlight} onHighlight={setHighlight} uid={uid} zoom={zoom} />
                ) : (
                  <TextView scene={scene} collector={summary.collector} />
                )}
              </div>
              {scene.omitted !== undefined && (
                <p class="pg-pic__omitted">
                  {[
                    scene.omitted.reachable ? 'More objects are reachable than the picture draws.' : null,
                    scene.omitted.garbage > 0 ? `${formatCount(scene.omitted.garbage)} more unreachable objects are not drawn.` : null,
                    scene.omitted.freed > 0 ? `${formatCount(scene.omitted.freed)} more objects freed at this step are not drawn.` : null,
                  ]
                    .filter((part) => part !== null)
                    .join(' ')}
                </p>
              )}
              <GcPanel scene={scene} summary={summary} />
            </>
          ) : (
            <div class="pg-empty">
              {error !== null ? (
                <>
                  <p class="pg-empty__title">{error.kind === 'syntax' ? 'The code does not parse' : error.kind === 'killed' ? 'Stopped' : 'The program did not run'}</p>
                  <p class="pg-empty__error">{error.summary}</p>
                  {error.line !== null && <p>See line {error.line} in the editor.</p>}
                </>
              ) : (
                <>
                  <p class="pg-empty__title">Memory, step by step</p>
                  <p>
                    Press <strong>Run</strong> to see the frames, the objects their names refer to, each object’s reference count and
                    generation, and what the garbage collector does. Predict first: what will be freed, and when?
                  </p>
                </>
              )}
            </div>
          )}
        </div>
      </div>
      {props.challenge !== undefined && (
        <ChallengePanel
          challenge={props.challenge}
          summary={summary}
          stale={stale}
          running={running}
          onShowSolution={() => {
            const solution = props.challenge!.solution;
            if (editorRef.current !== null) editorRef.current.setValue(solution);
            else {
              setCode(solution);
              codeRef.current = solution;
            }
            setRestored(true);
            persist();
          }}
        />
      )}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}
