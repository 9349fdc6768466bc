/**
 * A port of CPython 3.12/3.13's tokenizer (Parser/lexer/lexer.c), used only for what lezer
 * cannot tell us: CPython's *tokenizer-level* errors (unterminated strings, bad numbers,
 * unmatched brackets, inconsistent indentation, invalid characters, ...) with CPython's
 * messages and positions, plus a CPython-shaped token stream (NEWLINE / INDENT / DEDENT,
 * bracket levels) that the parser front end uses to phrase its own syntax errors.
 *
 * It never throws. Offsets are UTF-16 indices into the (newline-normalised) source.
 */

export type TokType =
  | 'NAME' | 'NUMBER' | 'STRING' | 'OP' | 'NEWLINE' | 'INDENT' | 'DEDENT' | 'ENDMARKER'
  | 'FSTRING_START' | 'FSTRING_MIDDLE' | 'FSTRING_END';

export interface Tok {
  type: TokType;
  /** Source offsets: [start, end). INDENT/DEDENT are empty, at the first character of the line. */
  start: number;
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** Bracket depth the token sits at (brackets themselves count as outside). */
  level: number;
}

/**
 * 'hard' errors are raised by CPython's tokenizer itself (PyErr set): they win over any
 * parser error found earlier in the file. 'soft' errors (E_DEDENT, E_TABSPACE, E_TOODEEP,
 * E_LINECONT, E_EOF) are only reported when the parser actually reaches them.
 */
export interface TokError {
  kind: 'hard' | 'soft';
  type: 'SyntaxError' | 'IndentationError' | 'TabError';
  message: string;
  /** Where to report it (1-based line, 0-based column in characters). */
  line: number;
  col: number;
  endLine?: number;
  endCol?: number;
  /** Source offset at which the tokenizer stopped (for ordering against parser errors). */
  offset: number;
}

export interface OpenBracket { ch: string; line: number; col: number; offset: number }

export interface TokenizeResult {
  tokens: Tok[];
  error: TokError | null;
  /** Brackets still open where the tokenizer stopped (innermost last). */
  open: OpenBracket[];
}

const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAX_EXPR_NESTING = 3;
const MAXFSTRINGLEVEL = 150;

const EOF = -1;

const TWO_CHAR_OPS = new Set([
  '!=', '%=', '&=', '**', '*=', '+=', '-=', '->', '//', '/=', ':=', '<<', '<=', '<>', '==', '>=',
  '>>', '@=', '^=', '|=',
]);
const THREE_CHAR_OPS = new Set(['**=', '...', '//=', '<<=', '>>=']);

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }
function isXDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}
function isPotentialIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
}
function isPotentialIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 128;
}

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
/** Python's str.isprintable() for one code point. */
export function isPrintable(cp: number): boolean {
  if (cp === 32) return true;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}
const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /\p{XID_Continue}/u;

function hex4(cp: number): string {
  const h = cp.toString(16).toUpperCase();
  return h.length < 4 ? '0'.repeat(4 - h.length) + h : h;
}

interface FMode {
  quote: number;
  quoteSize: number;
  raw: boolean;
  start: number; // offset of the f-string token start (prefix)
  startLine: number;
  curlyDepth: number;
  exprStartDepth: number;
  inFormatSpec: boolean;
  debug: boolean;
  regular: boolean; // TOK_REGULAR_MODE while inside a replacement field
}

class TokenizerError {
  err: TokError;
  constructor(err: TokError) { this.err = err; }
}

/** Tokenize `src` (already newline-normalised: only '\n' line breaks). */
export function tokenize(src: string): TokenizeResult {
  // CPython's string input always ends with a newline.
  const text = src.length === 0 || src.charCodeAt(src.length - 1) !== 10 ? src + '\n' : src;
  const n = text.length;
  const tokens: Tok[] = [];

  // Line table for columns.
  let cur = 0;
  let lineno = 1;
  let lineStart = 0;

  let atbol = true;
  let level = 0;
  const parenStack: OpenBracket[] = [];
  const indstack: number[] = [0];
  const altindstack: number[] = [0];
  let pendin = 0;
  const modes: FMode[] = [];
  // Position of a just-finished error (helpers below set these).
  let tokStart = 0;

  /** Column (in code points) of `offset` on the line starting at `ls`. */
  function colAt(ls: number, offset: number): number {
    let col = 0;
    for (let i = ls; i < offset && i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
      col++;
    }
    return col;
  }

  function nextc(): number {
    if (cur >= n) { cur = n + 1; return EOF; }
    const c = text.charCodeAt(cur++);
    if (c === 10) { /* line bookkeeping happens in newline() */ }
    return c;
  }
  function backup(c: number): void {
    if (c !== EOF) cur--;
    else if (cur > n) cur = n;
  }
  /** Called after consuming a '\n' so that lineno/lineStart follow CPython's per-line reading. */
  function markNewline(afterOffset: number): void {
    lineno++;
    lineStart = afterOffset;
  }

  // CPython reads one physical line at a time; tok->lineno / line_start change when the next
  // line is read. We emulate by updating when we *consume* past a '\n'. To keep that exact we
  // wrap nextc for the scanning loops below via `adv`.
  function adv(): number {
    const c = nextc();
    if (c === 10) markNewline(cur);
    return c;
  }
  function unadv(c: number): void {
    if (c === EOF) { backup(c); return; }
    cur--;
    if (c === 10) {
      lineno--;
      // recompute previous line start
      let i = cur - 1;
      while (i >= 0 && text.charCodeAt(i) !== 10) i--;
      lineStart = i + 1;
    }
  }

  function hard(message: string, col: number, endCol?: number, line = lineno): never {
    throw new TokenizerError({
      kind: 'hard', type: 'SyntaxError', message, line, col,
      endLine: line, endCol: endCol ?? col, offset: tokStart,
    });
  }
  /** _PyTokenizer_syntaxerror: column = characters consumed on the current line, minus one. */
  function syntaxError(message: string): never {
    const col = colAt(lineStart, Math.min(cur, n)) - 1;
    hard(message, Math.max(col, 0));
  }
  function soft(type: TokError['type'], message: string, line: number, col: number, endCol?: number): never {
    throw new TokenizerError({ kind: 'soft', type, message, line, col, endLine: line, endCol, offset: tokStart });
  }
  function neverClosed(): never {
    const b = parenStack[parenStack.length - 1];
    throw new TokenizerError({
      kind: 'soft', type: 'SyntaxError', message: `'${b.ch}' was never closed`,
      line: b.line, col: b.col, offset: n,
    });
  }
  function lineLength(ls: number): number {
    let e = ls;
    while (e < n && text.charCodeAt(e) !== 10) e++;
    return colAt(ls, e);
  }

  function push(type: TokType, start: number, end: number, line: number, lvl = level): void {
    tokens.push({ type, start, end, line, level: lvl });
  }

  /** tok_continuation_line: after a backslash. */
  function continuation(): void {
    const bsCol = colAt(lineStart, cur - 1);
    let c = adv();
    if (c !== 10) {
      // E_LINECONT: reported one column after the backslash.
      soft('SyntaxError', 'unexpected character after line continuation character', lineno, bsCol + 1);
    }
    c = adv();
    if (c === EOF) {
      if (level > 0) neverClosed();
      soft('SyntaxError', 'unexpected EOF while parsing', lineno - 1, lineLength(lineStartOf(lineno - 1)));
    }
    unadv(c);
  }
  function lineStartOf(line: number): number {
    // only used in rare error paths
    let l = 1, i = 0;
    while (l < line && i < n) { if (text.charCodeAt(i) === 10) l++; i++; }
    return i;
  }

  function verifyEndOfNumber(c: number, kind: string): void {
    // A keyword that may legally follow a number (1if x else y) only warns.
    let r = false;
    const at = cur; // cur is just past c
    const rest = (s: string): boolean => {
      if (text.startsWith(s, at)) {
        const after = at + s.length < n ? text.charCodeAt(at + s.length) : EOF;
        return !(after !== EOF && isPotentialIdentifierChar(after));
      }
      return false;
    };
    if (c === 97) r = rest('nd');
    else if (c === 101) r = rest('lse');
    else if (c === 102) r = rest('or');
    else if (c === 105) {
      const c2 = at < n ? text.charCodeAt(at) : EOF;
      r = c2 === 102 || c2 === 110 || c2 === 115;
    } else if (c === 111) r = rest('r');
    else if (c === 110) r = rest('ot');
    if (r) return;
    if (c !== EOF && c < 128 && isPotentialIdentifierChar(c)) {
      backup(c);
      syntaxError(`invalid ${kind} literal`);
    }
  }

  function decimalTail(): number {
    let c: number;
    for (;;) {
      do { c = adv(); } while (isDigit(c));
      if (c !== 95) break;
      c = adv();
      if (!isDigit(c)) {
        unadv(c);
        syntaxError('invalid decimal literal');
      }
    }
    return c;
  }

  /** Scan a number whose first character `c` (at `start`) has been consumed, and push it. */
  function number(c: number, start: number): void {
    const line = lineno;
    const done = (): void => { push('NUMBER', start, cur, line); };
    const end = (c2: number, kind: string): void => { verifyEndOfNumber(c2, kind); unadv(c2); done(); };
    const imaginary = (): void => { end(adv(), 'imaginary'); };
    const exponent = (e: number): void => {
      let c2 = adv();
      if (c2 === 43 || c2 === 45) {
        c2 = adv();
        if (!isDigit(c2)) { unadv(c2); syntaxError('invalid decimal literal'); }
      } else if (!isDigit(c2)) {
        unadv(c2);
        verifyEndOfNumber(e, 'decimal');
        unadv(e);
        done();
        return;
      }
      c2 = decimalTail();
      if (c2 === 106 || c2 === 74) { imaginary(); return; }
      end(c2, 'decimal');
    };
    const fraction = (c2: number): void => {
      if (isDigit(c2)) c2 = decimalTail();
      if (c2 === 101 || c2 === 69) { exponent(c2); return; }
      if (c2 === 106 || c2 === 74) { imaginary(); return; }
      end(c2, 'decimal');
    };
    if (c === 46) { fraction(adv()); return; } // ".5"
    if (c === 48) {
      c = adv();
      if (c === 120 || c === 88) {
        c = adv();
        do {
          if (c === 95) c = adv();
          if (!isXDigit(c)) { unadv(c); syntaxError('invalid hexadecimal literal'); }
          do { c = adv(); } while (isXDigit(c));
        } while (c === 95);
        end(c, 'hexadecimal');
        return;
      }
      if (c === 111 || c === 79) {
        c = adv();
        do {
          if (c === 95) c = adv();
          if (c < 48 || c >= 56) {
            if (isDigit(c)) syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
            unadv(c);
            syntaxError('invalid octal literal');
          }
          do { c = adv(); } while (c >= 48 && c < 56);
        } while (c === 95);
        if (isDigit(c)) syntaxError(`invalid digit '${String.fromCharCode(c)}' in octal literal`);
        end(c, 'octal');
        return;
      }
      if (c === 98 || c === 66) {
        c = adv();
        do {
          if (c === 95) c = adv();
          if (c !== 48 && c !== 49) {
            if (isDigit(c)) syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
            unadv(c);
            syntaxError('invalid binary literal');
          }
          do { c = adv(); } while (c === 48 || c === 49);
        } while (c === 95);
        if (isDigit(c)) syntaxError(`invalid digit '${String.fromCharCode(c)}' in binary literal`);
        end(c, 'binary');
        return;
      }
      let nonzero = false;
      for (;;) {
        if (c === 95) {
          c = adv();
          if (!isDigit(c)) { unadv(c); syntaxError('invalid decimal literal'); }
        }
        if (c !== 48) break;
        c = adv();
      }
      const zerosEnd = cur;
      if (isDigit(c)) {
        nonzero = true;
        c = decimalTail();
      }
      if (c === 46) { fraction(adv()); return; }
      if (c === 101 || c === 69) { exponent(c); return; }
      if (c === 106 || c === 74) { imaginary(); return; }
      if (nonzero) {
        unadv(c);
        hard('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
          colAt(lineStart, start), colAt(lineStart, zerosEnd) - 1);
      }
      end(c, 'decimal');
      return;
    }
    c = decimalTail();
    if (c === 46) { fraction(adv()); return; }
    if (c === 101 || c === 69) { exponent(c); return; }
    if (c === 106 || c === 74) { imaginary(); return; }
    end(c, 'decimal');
  }

  function fstringStart(prefixStart: number, quote: number): void {
    let quoteSize = 1;
    const after = adv();
    if (after === quote) {
      const after2 = adv();
      if (after2 === quote) quoteSize = 3;
      else { unadv(after2); unadv(after); }
    } else {
      unadv(after);
    }
    if (modes.length + 1 >= MAXFSTRINGLEVEL) syntaxError('too many nested f-strings');
    const p0 = text.charCodeAt(prefixStart) | 0x20;
    const raw = p0 === 114 /* r */ || (text.charCodeAt(prefixStart + 1) | 0x20) === 114;
    modes.push({
      quote, quoteSize, raw, start: prefixStart, startLine: lineno, curlyDepth: 0,
      exprStartDepth: -1, inFormatSpec: false, debug: false, regular: false,
    });
    push('FSTRING_START', prefixStart, cur, lineno);
  }

  /** letter_quote: a (non-f) string literal; the opening quote has been consumed. */
  function stringLiteral(start: number, quote: number): void {
    const firstLine = lineno;
    const firstLineStart = lineStart;
    let quoteSize = 1;
    let endQuoteSize = 0;
    let hasEscapedQuote = false;
    let c = adv();
    if (c === quote) {
      c = adv();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1;
    }
    if (c !== quote) unadv(c);
    while (endQuoteSize !== quoteSize) {
      c = adv();
      if (c === EOF || (quoteSize === 1 && c === 10)) {
        const detected = lineno - 1;
        const col = colAt(firstLineStart, start);
        const inF = modes.length > 0 ? modes[modes.length - 1] : null;
        if (inF && inF.quote === quote && inF.quoteSize === quoteSize) {
          hard("f-string: expecting '}'", col, col, firstLine);
        }
        if (quoteSize === 3) {
          hard(`unterminated triple-quoted string literal (detected at line ${detected})`, col, col, firstLine);
        }
        hard(hasEscapedQuote
          ? `unterminated string literal (detected at line ${detected}); perhaps you escaped the end quote?`
          : `unterminated string literal (detected at line ${detected})`, col, col, firstLine);
      }
      if (c === quote) {
        endQuoteSize += 1;
      } else {
        endQuoteSize = 0;
        if (c === 92) {
          c = adv();
          if (c === quote) hasEscapedQuote = true;
        }
      }
    }
    push('STRING', start, cur, firstLine);
  }

  function fstringMode(m: FMode): void {
    const start = cur;
    const startLine = lineno;
    tokStart = start;
    const startChar = adv();
    if (startChar === 123) {
      const peek1 = adv();
      unadv(peek1);
      unadv(startChar);
      if (peek1 !== 123) {
        m.exprStartDepth++;
        if (m.exprStartDepth >= MAX_EXPR_NESTING) {
          syntaxError('f-string: expressions nested too deeply');
        }
        m.regular = true;
        normalMode(m);
        return;
      }
    } else {
      unadv(startChar);
    }
    // End of the string?
    let isEnd = true;
    const save = cur, saveLine = lineno, saveLs = lineStart;
    for (let i = 0; i < m.quoteSize; i++) {
      const q = adv();
      if (q !== m.quote) { isEnd = false; break; }
    }
    if (isEnd) {
      push('FSTRING_END', start, cur, startLine);
      modes.pop();
      return;
    }
    cur = save; lineno = saveLine; lineStart = saveLs;

    let endQuoteSize = 0;
    let unicodeEscape = false;
    while (endQuoteSize !== m.quoteSize) {
      const c = adv();
      const inFormatSpec = m.inFormatSpec && m.exprStartDepth >= 0;
      if (c === EOF || (m.quoteSize === 1 && c === 10)) {
        if (inFormatSpec && c === 10) {
          unadv(c);
          m.regular = true;
          m.inFormatSpec = false;
          push('FSTRING_MIDDLE', start, cur, startLine);
          return;
        }
        const detected = lineno - 1;
        // Report at the f-string's start.
        let ls = m.start;
        while (ls > 0 && text.charCodeAt(ls - 1) !== 10) ls--;
        const col = colAt(ls, m.start);
        if (m.quoteSize === 3) {
          hard(`unterminated triple-quoted f-string literal (detected at line ${detected})`, col, col, m.startLine);
        }
        hard(`unterminated f-string literal (detected at line ${detected})`, col, col, m.startLine);
      }
      if (c === m.quote) { endQuoteSize += 1; continue; }
      endQuoteSize = 0;
      if (c === 123) {
        const peek = adv();
        if (peek !== 123 || inFormatSpec) {
          unadv(peek);
          unadv(c);
          m.exprStartDepth++;
          if (m.exprStartDepth >= MAX_EXPR_NESTING) {
            syntaxError('f-string: expressions nested too deeply');
          }
          m.regular = true;
          m.inFormatSpec = false;
        }
        if (cur > start) push('FSTRING_MIDDLE', start, cur, startLine);
        return;
      } else if (c === 125) {
        if (unicodeEscape) {
          push('FSTRING_MIDDLE', start, cur, startLine);
          return;
        }
        const peek = adv();
        if (peek === 125 && !inFormatSpec && m.curlyDepth === 0) {
          // '}}' escape
        } else {
          unadv(peek);
          unadv(c);
          m.regular = true;
          m.inFormatSpec = false;
        }
        if (cur > start) push('FSTRING_MIDDLE', start, cur, startLine);
        return;
      } else if (c === 92) {
        let peek = adv();
        if (peek === 123 || peek === 125) {
          unadv(peek);
          continue;
        }
        if (!m.raw && peek === 78) {
          peek = adv();
          if (peek === 123) unicodeEscape = true;
          else unadv(peek);
        }
      }
    }
    for (let i = 0; i < m.quoteSize; i++) unadv(m.quote);
    if (cur > start) push('FSTRING_MIDDLE', start, cur, startLine);
  }

  function normalMode(m: FMode | null): void {
    let c: number;
    let blankline: boolean;
    nextline: for (;;) {
      blankline = false;
      if (atbol) {
        let col = 0, altcol = 0, contLineCol = 0;
        atbol = false;
        for (;;) {
          c = adv();
          if (c === 32) { col++; altcol++; }
          else if (c === 9) { col = ((col / TABSIZE) | 0) * TABSIZE + TABSIZE; altcol++; }
          else if (c === 12) { col = altcol = 0; }
          else if (c === 92) {
            contLineCol = contLineCol || col;
            tokStart = cur - 1;
            continuation();
          } else break;
        }
        unadv(c);
        if (c === 35 || c === 10) blankline = true;
        if (!blankline && level === 0) {
          tokStart = cur;
          if (contLineCol) { col = contLineCol; altcol = contLineCol; }
          const top = indstack.length - 1;
          if (col === indstack[top]) {
            if (altcol !== altindstack[top]) {
              soft('TabError', 'inconsistent use of tabs and spaces in indentation', lineno, 0);
            }
          } else if (col > indstack[top]) {
            if (top + 1 >= MAXINDENT) soft('IndentationError', 'too many levels of indentation', lineno, 0);
            if (altcol <= altindstack[top]) {
              soft('TabError', 'inconsistent use of tabs and spaces in indentation', lineno, 0);
            }
            pendin++;
            indstack.push(col);
            altindstack.push(altcol);
          } else {
            while (indstack.length > 1 && col < indstack[indstack.length - 1]) {
              pendin--;
              indstack.pop();
              altindstack.pop();
            }
            if (col !== indstack[indstack.length - 1]) {
              soft('IndentationError', 'unindent does not match any outer indentation level',
                lineno, lineLength(lineStart));
            }
            if (altcol !== altindstack[altindstack.length - 1]) {
              soft('TabError', 'inconsistent use of tabs and spaces in indentation', lineno, 0);
            }
          }
        }
      }
      if (pendin !== 0) {
        if (pendin < 0) {
          pendin++;
          push('DEDENT', cur, cur, lineno);
        } else {
          pendin--;
          push('INDENT', cur, cur, lineno);
        }
        return;
      }

      // again:
      for (;;) {
        do { c = adv(); } while (c === 32 || c === 9 || c === 12);
        const start = c === EOF ? Math.min(cur, n) : cur - 1;
        tokStart = start;
        if (c === 35) {
          while (c !== EOF && c !== 10) c = adv();
        }
        if (c === EOF) {
          if (level > 0) neverClosed();
          push('ENDMARKER', n, n, lineno);
          return;
        }
        if (isPotentialIdentifierStart(c)) {
          let sawB = false, sawR = false, sawU = false, sawF = false;
          for (;;) {
            if (!(sawB || sawU || sawF) && (c === 98 || c === 66)) sawB = true;
            else if (!(sawB || sawU || sawR || sawF) && (c === 117 || c === 85)) sawU = true;
            else if (!(sawR || sawU) && (c === 114 || c === 82)) sawR = true;
            else if (!(sawF || sawB || sawU) && (c === 102 || c === 70)) sawF = true;
            else break;
            c = adv();
            if (c === 34 || c === 39) {
              if (sawF) { fstringStart(start, c); return; }
              stringLiteral(start, c);
              return;
            }
          }
          let nonascii = false;
          while (c !== EOF && isPotentialIdentifierChar(c)) {
            if (c >= 128) nonascii = true;
            c = adv();
          }
          unadv(c);
          if (nonascii) verifyIdentifier(start);
          push('NAME', start, cur, lineno);
          return;
        }
        if (c === 10) {
          atbol = true;
          if (blankline || level > 0) continue nextline;
          push('NEWLINE', start, start + 1, lineno - 1);
          return;
        }
        if (c === 46) {
          c = adv();
          if (isDigit(c)) {
            unadv(c);
            number(46, start);
            return;
          } else if (c === 46) {
            c = adv();
            if (c === 46) { push('OP', start, cur, lineno); return; }
            unadv(c);
            unadv(46);
          } else {
            unadv(c);
          }
          push('OP', start, cur, lineno);
          return;
        }
        if (isDigit(c)) {
          number(c, start);
          return;
        }
        if (c === 34 || c === 39) {
          stringLiteral(start, c);
          return;
        }
        if (c === 92) {
          continuation();
          continue;
        }
        // f-string punctuation
        const isPunct = c === 58 || c === 125 || c === 33 || c === 123;
        if (isPunct && m && m.exprStartDepth >= 0) {
          const cursor = m.curlyDepth - (c !== 123 ? 1 : 0);
          if (c === 58 && cursor === m.exprStartDepth) {
            m.regular = false;
            m.inFormatSpec = true;
            push('OP', start, cur, lineno);
            return;
          }
        }
        // two / three character operators
        {
          const c2 = adv();
          const two = String.fromCharCode(c) + (c2 === EOF ? '' : String.fromCharCode(c2));
          if (c2 !== EOF && TWO_CHAR_OPS.has(two)) {
            const c3 = adv();
            if (c3 !== EOF && THREE_CHAR_OPS.has(two + String.fromCharCode(c3))) {
              // three-char op
            } else {
              unadv(c3);
            }
            push('OP', start, cur, lineno);
            return;
          }
          unadv(c2);
        }
        if (c === 40 || c === 91 || c === 123) {
          if (level >= MAXLEVEL) syntaxError('too many nested parentheses');
          parenStack.push({ ch: String.fromCharCode(c), line: lineno, col: colAt(lineStart, start), offset: start });
          level++;
          if (m) m.curlyDepth++;
          push('OP', start, cur, lineno, level - 1);
          return;
        }
        if (c === 41 || c === 93 || c === 125) {
          if (m && m.curlyDepth === 0 && c === 125) syntaxError("f-string: single '}' is not allowed");
          if (level === 0) syntaxError(`unmatched '${String.fromCharCode(c)}'`);
          level--;
          const opening = parenStack.pop() as OpenBracket;
          const o = opening.ch;
          const ch = String.fromCharCode(c);
          if (!((o === '(' && ch === ')') || (o === '[' && ch === ']') || (o === '{' && ch === '}'))) {
            if (m && o === '{' && m.curlyDepth - 1 === m.exprStartDepth) {
              syntaxError(`f-string: unmatched '${ch}'`);
            }
            if (opening.line !== lineno) {
              syntaxError(`closing parenthesis '${ch}' does not match opening parenthesis '${o}' on line ${opening.line}`);
            }
            syntaxError(`closing parenthesis '${ch}' does not match opening parenthesis '${o}'`);
          }
          if (m) {
            m.curlyDepth--;
            if (m.curlyDepth < 0) syntaxError(`f-string: unmatched '${ch}'`);
            if (c === 125 && m.curlyDepth === m.exprStartDepth) {
              m.exprStartDepth--;
              m.regular = false;
              m.inFormatSpec = false;
              m.debug = false;
            }
          }
          push('OP', start, cur, lineno, level);
          return;
        }
        if (c < 128 && !isPrintable(c)) {
          syntaxError(`invalid non-printable character U+${hex4(c)}`);
        }
        if (c === 61 && m && m.exprStartDepth >= 0) m.debug = true;
        push('OP', start, cur, lineno);
        return;
      }
    }
  }

  function verifyIdentifier(start: number): void {
    const s = text.slice(start, cur);
    let i = 0;
    let first = true;
    for (const ch of s) {
      const ok = first ? ID_START.test(ch) : ID_CONTINUE.test(ch);
      if (!ok) {
        const cp = ch.codePointAt(0) as number;
        cur = start + i + ch.length;
        const col = colAt(lineStart, cur) - 1;
        if (isPrintable(cp)) hard(`invalid character '${ch}' (U+${hex4(cp)})`, col);
        hard(`invalid non-printable character U+${hex4(cp)}`, col);
      }
      first = false;
      i += ch.length;
    }
  }

  let error: TokError | null = null;
  try {
    if (text.indexOf('\0') >= 0) {
      const at = text.indexOf('\0');
      let l = 1;
      for (let i = 0; i < at; i++) if (text.charCodeAt(i) === 10) l++;
      throw new TokenizerError({
        kind: 'hard', type: 'SyntaxError', message: 'source code string cannot contain null bytes',
        line: l, col: 0, offset: 0,
      });
    }
    for (let guard = 0; guard < 4 * n + 1000; guard++) {
      const m = modes.length ? modes[modes.length - 1] : null;
      if (m && !m.regular) fstringMode(m);
      else normalMode(m);
      const last = tokens[tokens.length - 1];
      if (last && last.type === 'ENDMARKER') break;
    }
  } catch (e) {
    if (e instanceof TokenizerError) error = e.err;
    else {
      error = {
        kind: 'soft', type: 'SyntaxError', message: 'invalid syntax', line: lineno, col: 0, offset: tokStart,
      };
    }
  }
  return { tokens, error, open: parenStack.slice() };
}
