/**
 * The Monaco editor of a playground, loaded on demand (this module and Monaco are one lazy
 * chunk: nothing here runs during server rendering or before the playground is near the
 * viewport or focused).
 *
 * Python is coloured by the same Shiki grammar and themes as the site's static code blocks
 * (@shikijs/monaco), so the snippet does not change colour when the editor replaces the
 * static block, and the theme follows <html data-theme> as the site's switch changes it.
 *
 * Keyboard: no trap (WCAG 2.1.2). Reaching the editor with Tab leaves Tab moving focus;
 * Enter (or typing, or a click) enters the editor, where Tab indents; Escape leaves it
 * again, so Escape then Tab moves on. This is Monaco's tabFocusMode, switched per editor.
 */

import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/wordOperations/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { shikiToMonaco } from '@shikijs/monaco';
import { createHighlighterCore } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import pythonGrammar from 'shiki/langs/python.mjs';
import githubLightDefault from 'shiki/themes/github-light-default.mjs';
import githubDarkDefault from 'shiki/themes/github-dark-default.mjs';
import { highlightThemes, type ColorScheme } from '../../lib/highlight-themes.ts';

// The editor's themes are imported by name; this fails to type-check if
// src/lib/highlight-themes.ts names other themes, so prose and editor cannot drift apart.
const editorThemes = {
  'github-light-default': githubLightDefault,
  'github-dark-default': githubDarkDefault,
} satisfies Record<(typeof highlightThemes)[ColorScheme], unknown>;

type MonacoEnvironmentHost = { MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker } };
(globalThis as MonacoEnvironmentHost).MonacoEnvironment = { getWorker: () => new EditorWorker() };

/** Python's editing rules: comments, brackets, and indenting after a colon. */
const pythonConfiguration: monaco.languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
  brackets: [
    ['{', '}'],
    ['[', ']'],
    ['(', ')'],
  ],
  autoClosingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"', notIn: ['string'] },
    { open: "'", close: "'", notIn: ['string', 'comment'] },
  ],
  surroundingPairs: [
    { open: '{', close: '}' },
    { open: '[', close: ']' },
    { open: '(', close: ')' },
    { open: '"', close: '"' },
    { open: "'", close: "'" },
  ],
  onEnterRules: [
    {
      beforeText: /^\s*(?:def|class|for|if|elif|else|while|try|with|finally|except|async|match|case)\b.*:\s*(#.*)?$/,
      action: { indentAction: monaco.languages.IndentAction.Indent },
    },
    {
      // After a statement that ends a block, the next line goes back one level.
      beforeText: /^\s+(?:return|pass|break|continue|raise)\b.*$/,
      action: { indentAction: monaco.languages.IndentAction.Outdent },
    },
  ],
};

function currentScheme(): ColorScheme {
  return document.documentElement.dataset['theme'] === 'dark' ? 'dark' : 'light';
}

let setup: Promise<void> | null = null;

/** Registers Python, the Shiki tokenizer and themes once, and follows the site theme. */
function setUp(): Promise<void> {
  setup ??= (async () => {
    monaco.languages.register({ id: 'python', extensions: ['.py'], aliases: ['Python'] });
    monaco.languages.setLanguageConfiguration('python', pythonConfiguration);
    const highlighter = await createHighlighterCore({
      themes: Object.values(editorThemes),
      langs: [pythonGrammar],
      engine: createJavaScriptRegexEngine(),
    });
    shikiToMonaco(highlighter, monaco as unknown as Parameters<typeof shikiToMonaco>[1]);
    monaco.editor.setTheme(highlightThemes[currentScheme()]);
    // One observer for every editor: Monaco's theme is global.
    new MutationObserver(() => monaco.editor.setTheme(highlightThemes[currentScheme()])).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
  })();
  return setup;
}

export interface EditorMarker {
  message: string;
  line: number;
  col: number | null;
}

export type KeyboardMode = 'navigating' | 'editing';

export interface EditorOptions {
  value: string;
  /** Accessible name of the editor, e.g. "Python code: Two names, one list". */
  label: string;
  /** Fixed CSS height; without one the editor grows with its content (up to 28 lines). */
  fixedHeight: boolean;
  onChange(value: string): void;
  onRun(): void;
  /** The keyboard mode when the editor has focus, null when it loses it. */
  onKeyboardMode(mode: KeyboardMode | null): void;
}

export interface EditorController {
  getValue(): string;
  setValue(value: string): void;
  setMarker(marker: EditorMarker | null): void;
  /** Highlights the line the current step is at; `kind` "error" for where the program stopped. */
  setCurrentLine(line: number | null, kind: 'current' | 'error'): void;
  focus(): void;
  dispose(): void;
}

const maxAutoLines = 28;
const lineHeight = 21;
const verticalPadding = 20;

export async function createEditor(host: HTMLElement, options: EditorOptions): Promise<EditorController> {
  await setUp();
  const model = monaco.editor.createModel(options.value, 'python');
  model.updateOptions({ tabSize: 4, insertSpaces: true });
  const fontFamily = getComputedStyle(document.documentElement).getPropertyValue('--font-mono').trim() || 'monospace';
  const editor = monaco.editor.create(host, {
    model,
    theme: highlightThemes[currentScheme()],
    ariaLabel: options.label,
    automaticLayout: true,
    fontFamily,
    fontSize: 14,
    lineHeight,
    padding: { top: verticalPadding / 2, bottom: verticalPadding / 2 },
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    // Long lines wrap rather than scroll sideways: phones are 360 px wide.
    wordWrap: 'on',
    wrappingIndent: 'indent',
    // The page scrolls past the editor instead of the wheel being captured by it.
    scrollbar: { alwaysConsumeMouseWheel: false, verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
    overviewRulerLanes: 0,
    hideCursorInOverviewRuler: true,
    glyphMargin: true,
    folding: false,
    lineNumbersMinChars: 3,
    lineDecorationsWidth: 6,
    renderLineHighlight: 'none',
    stickyScroll: { enabled: false },
    // A snippet editor, not an IDE: no pop-ups that compete with the picture.
    quickSuggestions: false,
    suggestOnTriggerCharacters: false,
    wordBasedSuggestions: 'off',
    parameterHints: { enabled: false },
    links: false,
    contextmenu: false,
    // Widgets (the error hover) may extend past the editor's box.
    fixedOverflowWidgets: true,
    tabFocusMode: true,
  });

  // Grow with the content, so short snippets take little room and nothing scrolls twice.
  const fit = () => {
    if (options.fixedHeight) return;
    const min = 3 * lineHeight + verticalPadding;
    const max = maxAutoLines * lineHeight + verticalPadding;
    host.style.height = `${Math.min(max, Math.max(min, editor.getContentHeight()))}px`;
  };
  fit();
  editor.onDidContentSizeChange(fit);

  // Keyboard modes (see the module comment). A pointer focus enters the editor directly.
  let pointerDown = false;
  let mode: KeyboardMode = 'navigating';
  const setMode = (next: KeyboardMode) => {
    if (next === mode) return;
    mode = next;
    editor.updateOptions({ tabFocusMode: next === 'navigating' });
    options.onKeyboardMode(next);
  };
  const onPointerDown = () => {
    pointerDown = true;
  };
  host.addEventListener('pointerdown', onPointerDown, true);
  editor.onDidFocusEditorText(() => {
    const next: KeyboardMode = pointerDown ? 'editing' : 'navigating';
    pointerDown = false;
    // Announce the mode on every keyboard arrival, even if it did not change.
    mode = next === 'editing' ? 'navigating' : 'editing';
    setMode(next);
  });
  editor.onDidBlurEditorText(() => {
    pointerDown = false;
    options.onKeyboardMode(null);
  });
  editor.onKeyDown((event) => {
    if (event.keyCode === monaco.KeyCode.Escape) {
      if (mode === 'editing') setMode('navigating');
      return; // Monaco still closes whatever widget is open
    }
    if (mode !== 'navigating') return;
    if (event.keyCode === monaco.KeyCode.Enter && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      event.stopPropagation();
      setMode('editing');
    }
  });
  editor.onDidChangeModelContent(() => {
    // Typing (or pasting) means the learner is editing, however they arrived.
    if (mode === 'navigating') setMode('editing');
    options.onChange(model.getValue());
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => options.onRun());

  const lineDecorations = editor.createDecorationsCollection();

  return {
    getValue: () => model.getValue(),
    setValue(value) {
      // pushEditOperations keeps the change undoable (Reset can be undone with Ctrl+Z).
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    },
    setMarker(marker) {
      if (marker === null) {
        monaco.editor.setModelMarkers(model, 'pyheap', []);
        return;
      }
      const line = Math.min(Math.max(1, marker.line), model.getLineCount());
      const text = model.getLineContent(line);
      const firstColumn = text.length - text.trimStart().length + 1;
      const startColumn = marker.col === null ? firstColumn : Math.min(Math.max(1, marker.col), text.length + 1);
      const endColumn = marker.col === null ? Math.max(text.length + 1, startColumn + 1) : Math.min(startColumn + 1, text.length + 2);
      monaco.editor.setModelMarkers(model, 'pyheap', [
        { severity: monaco.MarkerSeverity.Error, message: marker.message, startLineNumber: line, startColumn, endLineNumber: line, endColumn },
      ]);
    },
    setCurrentLine(line, kind) {
      if (line === null || line < 1 || line > model.getLineCount()) {
        lineDecorations.clear();
        return;
      }
      lineDecorations.set([
        {
          range: new monaco.Range(line, 1, line, 1),
          options: {
            isWholeLine: true,
            className: kind === 'error' ? 'pg-line pg-line--error' : 'pg-line',
            glyphMarginClassName: kind === 'error' ? 'pg-glyph pg-glyph--error' : 'pg-glyph',
            glyphMarginHoverMessage: { value: kind === 'error' ? 'The program stopped here' : 'The current step is at this line' },
          },
        },
      ]);
      editor.revealLineInCenterIfOutsideViewport(line, monaco.editor.ScrollType.Smooth);
    },
    focus: () => editor.focus(),
    dispose() {
      host.removeEventListener('pointerdown', onPointerDown, true);
      editor.dispose();
      model.dispose();
    },
  };
}
