/**
 * PyHeap's parser front end: Python source -> PyHeap's AST (ast.ts), using @lezer/python for
 * the grammar and a port of CPython's tokenizer (tokenizer.ts) for CPython's tokenizer-level
 * errors. The result mirrors CPython 3.12's `ast.parse` (field for field, position for
 * position) and syntax errors follow CPython 3.13's wording and locations (3.12's where the
 * two agree, which is almost always).
 *
 * How it works:
 *  - tokenize() runs CPython's tokenizer over the source: its errors, and its token stream
 *    (NEWLINE / INDENT / DEDENT, bracket levels) to phrase parser errors the way CPython does;
 *  - lezer parses the source, with a few same-length rewrites where its grammar is narrower
 *    than Python's (see `Rewrite`); the converter turns lezer's tree into ast.ts nodes,
 *    re-associating operators with Python's precedence (lezer gets `not` and `await` wrong)
 *    and checking what CPython's grammar checks (assignment targets, parameter order, ...);
 *  - the error to report is chosen as CPython's parser would (see the end of parseInner).
 *
 * Positions: lines are 1-based, columns 0-based and counted in *characters* (code points).
 * CPython's ast uses UTF-8 byte offsets for col_offset; the two differ only on lines with
 * non-ASCII text before the node. (CPython's SyntaxError offsets are characters too.)
 *
 * `parse` never throws: every input yields either a Module or a PythonSyntaxError.
 */
import { parser as lezerPython } from '@lezer/python';
import type { SyntaxNode, Tree } from '@lezer/common';
import type * as A from './ast.ts';
import { tokenize } from './tokenizer.ts';
import type { Tok, TokenizeResult } from './tokenizer.ts';
import { parseNumber } from './numbers.ts';
import { decodeBytes, decodeStr } from './strings.ts';

export interface PythonSyntaxError {
  /** 'SyntaxError' or 'IndentationError' (or 'TabError'), as CPython names it. */
  type: 'SyntaxError' | 'IndentationError' | 'TabError';
  message: string;
  /** 1-based. */
  line: number;
  /** 0-based, in characters. */
  col: number;
  endLine?: number;
  endCol?: number;
}
export type ParseResult = { ok: true; module: A.Module } | { ok: false; error: PythonSyntaxError };

// ---------------------------------------------------------------- lezer set-up

interface LezerInput {
  next: number;
  peek(offset: number): number;
  acceptToken(term: number, endOffset?: number): void;
}
interface LezerStack { canShift(term: number): boolean }
type TokenFn = (input: LezerInput, stack: LezerStack) => void;
interface ExtTokenizer { token: TokenFn; contextual: boolean; fallback: boolean; extend: boolean }
interface LezerParser { parse(input: string): Tree; configure(config: unknown): LezerParser }

/**
 * @lezer/python 1.1.19 needs two fixes, both made by swapping its external tokenizers:
 *  - its Python 2 `print x` statement tokenizer turns valid Python 3 such as `print = 5` or
 *    `print -1` into errors: it is replaced by one that never fires (we report CPython's
 *    "Missing parentheses in call to 'print'" ourselves);
 *  - its Number token does not accept a trailing dot (`1.`, `1.e5`, `1.j`): the `newlines`
 *    tokenizer, which runs in every state, is wrapped to accept those.
 */
function configureParser(): LezerParser {
  const base = lezerPython as unknown as LezerParser & {
    tokenizers?: unknown[];
    nodeSet: { types: readonly { id: number; name: string }[] };
  };
  const toks = base.tokenizers;
  if (!Array.isArray(toks) || toks.length < 3) return base;
  const legacyPrint = toks[0] as ExtTokenizer;
  const newlines = toks[2] as ExtTokenizer;
  if (typeof legacyPrint?.token !== 'function' || typeof newlines?.token !== 'function') return base;
  const numberType = base.nodeSet.types.find((t) => t.name === 'Number');
  if (!numberType) return base;
  const NumberTerm = numberType.id;
  const Ext = (legacyPrint as object).constructor as new (
    fn: TokenFn, opts: { contextual?: boolean; fallback?: boolean; extend?: boolean },
  ) => ExtTokenizer;
  const isDigit = (c: number): boolean => c >= 48 && c <= 57;
  const trailingDotFloat = (input: LezerInput, stack: LezerStack): boolean => {
    let c = input.next;
    if (!isDigit(c)) return false;
    let i = 0;
    while (isDigit(c) || c === 95) c = input.peek(++i);
    if (c !== 46 || isDigit(input.peek(i + 1))) return false;
    if (!stack.canShift(NumberTerm)) return false;
    i++;
    c = input.peek(i);
    if (c === 101 || c === 69) {
      let j = i + 1;
      let d = input.peek(j);
      if (d === 43 || d === 45) d = input.peek(++j);
      if (isDigit(d)) {
        while (isDigit(d) || d === 95) d = input.peek(++j);
        i = j;
        c = d;
      }
    }
    if (c === 106 || c === 74) i++;
    input.acceptToken(NumberTerm, i);
    return true;
  };
  const noPrint = new Ext(() => {}, {});
  const newlinesPlus = new Ext((input, stack) => {
    if (!trailingDotFloat(input, stack)) newlines.token(input, stack);
  }, { contextual: newlines.contextual, fallback: newlines.fallback, extend: newlines.extend });
  return base.configure({ tokenizers: [{ from: legacyPrint, to: noPrint }, { from: newlines, to: newlinesPlus }] });
}

let configured: LezerParser | null = null;
function pyParser(): LezerParser {
  if (!configured) configured = configureParser();
  return configured;
}

// ---------------------------------------------------------------- errors

/** A CPython-style syntax error found while converting, at source offset `offset`. */
class Fail {
  err: PythonSyntaxError;
  /** Source offset where parsing failed (orders candidate errors). */
  offset: number;
  /** Index of the token at which CPython's parser would fail, when known. */
  tokIndex = -1;
  /** Furthest source offset CPython's parser reads to phrase the error (for "never closed"). */
  reach = -1;
  constructor(err: PythonSyntaxError, offset: number) {
    this.err = err;
    this.offset = offset;
  }
}
/** The tree has a shape we cannot convert (an error node or lezer leniency) at `offset`. */
class Bail {
  offset: number;
  constructor(offset: number) { this.offset = offset; }
}

const BIN_OPS: Record<string, A.BinaryOperator> = {
  '+': 'Add', '-': 'Sub', '*': 'Mult', '@': 'MatMult', '/': 'Div', '%': 'Mod', '**': 'Pow',
  '<<': 'LShift', '>>': 'RShift', '|': 'BitOr', '^': 'BitXor', '&': 'BitAnd', '//': 'FloorDiv',
};
const CMP_OPS: Record<string, A.CompareOperator> = {
  '==': 'Eq', '!=': 'NotEq', '<': 'Lt', '<=': 'LtE', '>': 'Gt', '>=': 'GtE',
  'in': 'In', 'not in': 'NotIn', 'is': 'Is', 'is not': 'IsNot',
};
const PREC: Record<string, number> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '/': 6, '//': 6, '%': 6, '@': 6,
};
const OPERATOR_EXPRS = new Set(['BinaryExpression', 'UnaryExpression', 'AwaitExpression']);

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
  'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
  'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'with', 'def', 'class', 'try', 'except', 'finally', 'async', 'match', 'case']);

/** CPython's _PyPegen_get_expr_name. */
function exprName(e: A.Expr): string {
  switch (e.type) {
    case 'Attribute': return 'attribute';
    case 'Subscript': return 'subscript';
    case 'Starred': return 'starred';
    case 'Name': return 'name';
    case 'List': return 'list';
    case 'Tuple': return 'tuple';
    case 'Lambda': return 'lambda';
    case 'Call': return 'function call';
    case 'BoolOp': case 'BinOp': case 'UnaryOp': return 'expression';
    case 'GeneratorExp': return 'generator expression';
    case 'Yield': case 'YieldFrom': return 'yield expression';
    case 'Await': return 'await expression';
    case 'ListComp': return 'list comprehension';
    case 'SetComp': return 'set comprehension';
    case 'DictComp': return 'dict comprehension';
    case 'Dict': return 'dict literal';
    case 'Set': return 'set display';
    case 'JoinedStr': case 'FormattedValue': return 'f-string expression';
    case 'Constant': {
      const v = e.value;
      if (v.kind === 'None') return 'None';
      if (v.kind === 'bool') return v.value ? 'True' : 'False';
      if (v.kind === 'Ellipsis') return 'ellipsis';
      return 'literal';
    }
    case 'Compare': return 'comparison';
    case 'IfExp': return 'conditional expression';
    case 'NamedExpr': return 'named expression';
    default: return 'expression';
  }
}

type TargetKind = 'store' | 'del' | 'for';

/** CPython's _PyPegen_get_invalid_target: the first sub-target that cannot be assigned. */
function invalidTarget(e: A.Expr, kind: TargetKind): A.Expr | null {
  switch (e.type) {
    case 'List': case 'Tuple':
      for (const x of e.elts) {
        const bad = invalidTarget(x, kind);
        if (bad) return bad;
      }
      return null;
    case 'Starred':
      if (kind === 'del') return e;
      return invalidTarget(e.value, kind);
    case 'Compare':
      if (kind === 'for' && e.ops[0] === 'In') return invalidTarget(e.left, kind);
      return e;
    case 'Name': case 'Subscript': case 'Attribute':
      return null;
    default:
      return e;
  }
}

function setCtx(e: A.Expr, ctx: A.ExprContext): void {
  switch (e.type) {
    case 'Name': case 'Attribute': case 'Subscript':
      e.ctx = ctx;
      return;
    case 'Starred':
      e.ctx = ctx;
      setCtx(e.value, ctx);
      return;
    case 'List': case 'Tuple':
      e.ctx = ctx;
      for (const x of e.elts) setCtx(x, ctx);
      return;
    default:
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
/** Identifiers are NFKC-normalised, as CPython does for non-ASCII names. */
function ident(s: string): string {
  return isAscii(s) ? s : s.normalize('NFKC');
}

interface Span { e: A.Expr; from: number; to: number }
type OpItem =
  | { op: false; node: SyntaxNode; from: number; to: number }
  | { op: true; text: string; from: number; to: number };

/**
 * Where lezer's grammar is narrower than Python's, the text lezer sees is rewritten (same
 * length, so offsets hold) and the converter, which reads the original source, makes up for it:
 *  - 'with': `with <items>:` -> `if(1   ):`, items parsed by us (non-name targets, parentheses);
 *  - 'decorator': `@<expr>` -> `@_(   )`, the expression parsed by us (PEP 614);
 *  - 'slash': `/` in lambda parameters -> `_`;
 *  - 'star': `*` in `a[*b]` / `for x in *a, b:` -> ` ` (the element becomes Starred);
 *  - 'fspec': a character blanked for lezer only (f-string `\{`, `{x:=^9}`, `lambda a,:`).
 */
interface Rewrite {
  kind: 'with' | 'decorator' | 'slash' | 'fspec' | 'star';
  /** The rewritten offset, or the start of the statement (`with`/`async` or `@` token). */
  start: number;
  /** The original text to parse ourselves: the with items, or the decorator expression. */
  headerFrom: number;
  headerTo: number;
  isAsync: boolean;
}

interface LitPiece { lit: true; value: string; from: number; to: number }
type FPiece = LitPiece | { lit: false; v: A.FormattedValue };

// ---------------------------------------------------------------- the converter

class Converter {
  readonly src: string;
  readonly tokens: Tok[];
  readonly lineStarts: number[];
  readonly astral: boolean;
  /** Expressions that were written in parentheses (matters for a few error rules). */
  readonly parenthesized = new WeakSet<A.Expr>();
  /** Headers that lezer cannot parse, replaced before parsing (see `findRewrite`). */
  rewrites = new Map<number, Rewrite>();
  private lastLine = 0;

  constructor(src: string, tk: TokenizeResult) {
    this.src = src;
    this.tokens = tk.tokens;
    const ls = [0];
    for (let i = src.indexOf('\n'); i >= 0; i = src.indexOf('\n', i + 1)) ls.push(i + 1);
    this.lineStarts = ls;
    this.astral = /[\uD800-\uDBFF]/.test(src);
  }

  // ------------------------------------------------------------ positions

  lineIndex(off: number): number {
    const ls = this.lineStarts;
    let i = this.lastLine;
    if (off >= ls[i] && (i + 1 >= ls.length || off < ls[i + 1])) return i;
    if (i + 1 < ls.length && off >= ls[i + 1] && (i + 2 >= ls.length || off < ls[i + 2])) {
      this.lastLine = i + 1;
      return i + 1;
    }
    let lo = 0, hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= off) lo = mid; else hi = mid - 1;
    }
    this.lastLine = lo;
    return lo;
  }
  lineOf(off: number): number { return this.lineIndex(off) + 1; }
  colOf(off: number): number {
    const start = this.lineStarts[this.lineIndex(off)];
    if (!this.astral) return off - start;
    let col = 0;
    for (let i = start; i < off; i++) {
      const c = this.src.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < off) i++;
      col++;
    }
    return col;
  }
  pos(from: number, to: number): A.Position {
    return { line: this.lineOf(from), col: this.colOf(from), endLine: this.lineOf(to), endCol: this.colOf(to) };
  }
  fail(message: string, from: number, to: number, type: PythonSyntaxError['type'] = 'SyntaxError'): Fail {
    const p = this.pos(from, to);
    return new Fail({ type, message, line: p.line, col: p.col, endLine: p.endLine, endCol: p.endCol }, from);
  }
  failAt(message: string, e: A.Position & object, offset: number): Fail {
    return new Fail({ type: 'SyntaxError', message, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol }, offset);
  }
  /** Fail at a token (CPython's RAISE_SYNTAX_ERROR at the last token read). */
  failTok(message: string, t: Tok | undefined, fallback: number): Fail {
    if (!t) return this.fail(message, fallback, fallback);
    if (t.type === 'NEWLINE') {
      const line = this.lineOf(t.start);
      const col = this.colOf(t.start);
      return new Fail({ type: 'SyntaxError', message, line, col, endLine: line, endCol: col + 1 }, t.start);
    }
    return this.fail(message, t.start, t.end);
  }
  text(n: SyntaxNode): string { return this.src.slice(n.from, n.to); }
  /** Where CPython reports errors found at the end of the input: the end of the last line. */
  eofPos(): { line: number; col: number } {
    const n = this.src.length;
    const endsWithNewline = n > 0 && this.src.charCodeAt(n - 1) === 10;
    const line = this.lineStarts.length - (endsWithNewline ? 1 : 0);
    return { line, col: this.colOf(endsWithNewline ? n - 1 : n) };
  }

  /** Index of the first token that starts at or after `off` (or contains it). */
  tokenAt(off: number): number {
    const t = this.tokens;
    let lo = 0, hi = t.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t[mid].end <= off && !(t[mid].start === off && t[mid].end === off)) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  tokenAfter(off: number): Tok | undefined {
    const t = this.tokens;
    let i = this.tokenAt(off);
    while (i < t.length && t[i].start < off) i++;
    return t[i];
  }

  /**
   * Parse the source text [from, to) as one expression, keeping source offsets: the rest of
   * the text is blanked and the whole is wrapped in parentheses. Returns null when the text is
   * not exactly one valid expression. Conversion errors (Fail) propagate.
   */
  parseExprAt(from: number, to: number, allowTuple = false): A.Expr | null {
    if (from < 0 || to <= from) return null;
    // At offset 0 there is no room for the '(': parse it as an expression statement.
    const synthetic = from === 0 ? this.src.slice(0, to)
      : '(' + this.src.slice(1, from).replace(/[^\n]/g, ' ') + this.src.slice(from, to) + ')';
    const tree = pyParser().parse(synthetic);
    let bad = false;
    tree.iterate({ enter: (r) => { if (r.type.isError) bad = true; return !bad; } });
    if (bad) return null;
    const stmt = tree.topNode.firstChild;
    if (!stmt || stmt.name !== 'ExpressionStatement' || stmt.nextSibling) return null;
    if (from === 0) {
      try {
        const k0 = this.kids(stmt);
        if (!allowTuple && k0.some((x) => x.name === ',')) return null;
        return this.exprList(k0, stmt);
      } catch (e) {
        if (e instanceof Bail) return null;
        throw e;
      }
    }
    const paren = stmt.firstChild;
    if (allowTuple && paren && paren.name === 'TupleExpression' && !paren.nextSibling) {
      // (The tuple's own position includes the synthetic parentheses; its elements are exact.)
      try { return this.expr(paren); } catch (e) { if (e instanceof Bail) return null; throw e; }
    }
    if (!paren || paren.name !== 'ParenthesizedExpression' || paren.nextSibling) return null;
    const k = this.kids(paren);
    if (k.length !== 3) return null;
    try {
      return k[1].name === 'YieldExpression' ? this.yieldExpr(k[1]) : this.expr(k[1]);
    } catch (e) {
      if (e instanceof Bail) return null;
      throw e;
    }
  }

  /** Like parseExprAt, but a failure becomes CPython's generic error at the region. */
  exprAt(from: number, to: number, at: number): A.Expr {
    const e = from < to ? this.parseExprAt(from, to) : null;
    if (e) return e;
    const t = this.tokenAfter(from < to ? from : at);
    throw this.failTok('invalid syntax', t, at);
  }

  // ------------------------------------------------------------ tree helpers

  kids(n: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.type.isError) {
        if (this.benignError(c)) continue;
        throw new Bail(c.from);
      }
      if (c.name === 'Comment') continue;
      out.push(c);
    }
    return out;
  }
  /** A bare `yield` (lezer requires a value after it). */
  benignError(c: SyntaxNode): boolean {
    if (c.from !== c.to) return false;
    let next = c.nextSibling;
    while (next && next.name === 'Comment') next = next.nextSibling;
    if (next) return false;
    const p = c.parent;
    let prev = c.prevSibling;
    while (prev && prev.name === 'Comment') prev = prev.prevSibling;
    return !!p && !!prev && (p.name === 'YieldStatement' || p.name === 'YieldExpression') && prev.name === 'yield';
  }
  /** Split children at ',' nodes. */
  splitCommas(nodes: SyntaxNode[], start = 0, end = nodes.length): { groups: SyntaxNode[][]; trailing: boolean; commas: number } {
    const groups: SyntaxNode[][] = [];
    let cur: SyntaxNode[] = [];
    let commas = 0;
    for (let i = start; i < end; i++) {
      const c = nodes[i];
      if (c.name === ',') {
        groups.push(cur);
        cur = [];
        commas++;
      } else {
        cur.push(c);
      }
    }
    const trailing = commas > 0 && cur.length === 0;
    if (!trailing) groups.push(cur);
    return { groups, trailing, commas };
  }

  // ------------------------------------------------------------ module and statements

  module(top: SyntaxNode): A.Module {
    const body: A.Stmt[] = [];
    for (const c of this.kids(top)) this.stmtInto(c, body);
    return { type: 'Module', body };
  }

  block(n: SyntaxNode | undefined, at: number): A.Stmt[] {
    if (!n || n.name !== 'Body') throw new Bail(n ? n.from : at);
    const body: A.Stmt[] = [];
    for (const c of this.kids(n)) {
      if (c.name === ':') continue;
      this.stmtInto(c, body);
    }
    if (body.length === 0) throw new Bail(n.to);
    return body;
  }

  stmtInto(n: SyntaxNode, out: A.Stmt[]): void {
    if (n.name === 'StatementGroup') {
      let prevSemi = false;
      for (const c of this.kids(n)) {
        if (c.name === ';') {
          if (prevSemi) throw this.fail('invalid syntax', c.from, c.to);
          prevSemi = true;
          continue;
        }
        prevSemi = false;
        this.stmtInto(c, out);
      }
      return;
    }
    out.push(this.stmt(n));
  }

  /** End of a block: its last statement, plus a trailing ';' (CPython counts it). */
  end(stmts: A.Stmt[]): { endLine: number; endCol: number } {
    const last = stmts[stmts.length - 1];
    const off = this.offsetAt(last.endLine, last.endCol);
    const t = this.tokenAfter(off);
    if (t && t.type === 'OP' && this.src.charCodeAt(t.start) === 59 /* ; */) {
      return { endLine: this.lineOf(t.end), endCol: this.colOf(t.end) };
    }
    return { endLine: last.endLine, endCol: last.endCol };
  }
  /** Source offset of a (line, col) position. */
  offsetAt(line: number, col: number): number {
    const start = this.lineStarts[line - 1];
    if (!this.astral) return start + col;
    let i = start;
    for (let c = 0; c < col && i < this.src.length; c++) {
      const ch = this.src.charCodeAt(i);
      i += ch >= 0xd800 && ch <= 0xdbff ? 2 : 1;
    }
    return i;
  }
  /** Position from a keyword at `from` to the end of the last statement of `body`. */
  compoundPos(from: number, body: A.Stmt[]): A.Position {
    return { line: this.lineOf(from), col: this.colOf(from), ...this.end(body) };
  }

  stmt(n: SyntaxNode): A.Stmt {
    switch (n.name) {
      case 'ExpressionStatement': {
        const value = this.exprList(this.kids(n), n);
        return { type: 'Expr', value, ...this.pos(n.from, n.to) };
      }
      case 'AssignStatement': return this.assign(n);
      case 'UpdateStatement': return this.augAssign(n);
      case 'PassStatement': return { type: 'Pass', ...this.pos(n.from, n.to) };
      case 'BreakStatement': return { type: 'Break', ...this.pos(n.from, n.to) };
      case 'ContinueStatement': return { type: 'Continue', ...this.pos(n.from, n.to) };
      case 'ReturnStatement': {
        const k = this.kids(n);
        const value = k.length > 1 ? this.exprList(k.slice(1), n) : null;
        return { type: 'Return', value, ...this.pos(n.from, n.to) };
      }
      case 'DeleteStatement': return this.del(n);
      case 'YieldStatement': {
        const value = this.yieldExpr(n);
        return { type: 'Expr', value, line: value.line, col: value.col, endLine: value.endLine, endCol: value.endCol };
      }
      case 'RaiseStatement': return this.raise(n);
      case 'ImportStatement': return this.importStmt(n);
      case 'ScopeStatement': {
        const k = this.kids(n);
        const names: string[] = [];
        for (const c of k.slice(1)) if (c.name === 'VariableName') names.push(ident(this.text(c)));
        if (k[k.length - 1].name === ',') throw this.failTok('invalid syntax', this.tokenAfter(n.to), n.to);
        const type = k[0].name === 'global' ? 'Global' : 'Nonlocal';
        return { type, names, ...this.pos(n.from, n.to) };
      }
      case 'AssertStatement': {
        const k = this.kids(n);
        const { groups, commas } = this.splitCommas(k, 1);
        if (commas > 1 || groups.length > 2) {
          const second = k.filter((c) => c.name === ',')[1] ?? k[k.length - 1];
          throw this.fail('invalid syntax', second.from, second.to);
        }
        if (groups[0].length !== 1 || (groups[1] && groups[1].length !== 1)) throw new Bail(n.from);
        const test = this.expr(groups[0][0]);
        const msg = groups[1] ? this.expr(groups[1][0]) : null;
        return { type: 'Assert', test, msg, ...this.pos(n.from, n.to) };
      }
      case 'TypeDefinition': return { type: 'Unsupported', construct: 'type', ...this.pos(n.from, n.to) };
      case 'IfStatement': return this.ifStmt(n);
      case 'WhileStatement': {
        const k = this.kids(n);
        const test = this.expr(k[1]);
        const body = this.block(k[2], n.to);
        const orelse = k[3] && k[3].name === 'else' ? this.block(k[4], n.to) : [];
        return { type: 'While', test, body, orelse, ...this.compoundPos(n.from, orelse.length ? orelse : body) };
      }
      case 'ForStatement': return this.forStmt(n);
      case 'TryStatement': return this.tryStmt(n);
      case 'WithStatement': return this.withStmt(n);
      case 'FunctionDefinition': return this.funcDef(n, []);
      case 'ClassDefinition': return this.classDef(n, []);
      case 'DecoratedStatement': {
        const k = this.kids(n);
        const decorators: A.Expr[] = [];
        let i = 0;
        for (; i < k.length && k[i].name === 'Decorator'; i++) decorators.push(this.decorator(k[i]));
        const def = k[i];
        if (!def) throw new Bail(n.to);
        if (def.name === 'FunctionDefinition') return this.funcDef(def, decorators);
        if (def.name === 'ClassDefinition') return this.classDef(def, decorators);
        throw new Bail(def.from);
      }
      case 'MatchStatement': {
        // Only the statement's extent is needed; lezer's match grammar is incomplete, so
        // error nodes inside a match statement are ignored.
        return { type: 'Unsupported', construct: 'match', ...this.pos(n.from, this.trimEnd(n.to)) };
      }
      case 'PrintStatement':
      default:
        throw new Bail(n.from);
    }
  }

  /** End offset of the last real token before `to` (drops trailing newlines/comments). */
  trimEnd(to: number): number {
    const t = this.tokens;
    let i = this.tokenAt(to) - 1;
    while (i >= 0 && (t[i].start >= to || t[i].type === 'NEWLINE' || t[i].type === 'INDENT' || t[i].type === 'DEDENT')) i--;
    return i >= 0 ? t[i].end : to;
  }

  /** `a, *b` style lists (commaSep<"*" expression | test>): one expression or a bare Tuple. */
  exprList(nodes: SyntaxNode[], at: SyntaxNode): A.Expr {
    const { groups, commas } = this.splitCommas(nodes);
    if (groups.length === 0 || groups.some((g) => g.length === 0)) throw new Bail(at.from);
    const elts = groups.map((g) => this.maybeStarred(g, at));
    if (commas === 0) return elts[0];
    const star = this.rewrites.size ? this.starBefore(nodes[0].from) : -1;
    const from = star >= 0 ? star : nodes[0].from;
    const to = nodes[nodes.length - 1].to;
    return { type: 'Tuple', elts, ctx: 'Load', ...this.pos(from, to) };
  }
  maybeStarred(g: SyntaxNode[], at: SyntaxNode): A.Expr {
    if (g.length === 1) {
      const star = this.rewrites.size ? this.starBefore(g[0].from) : -1;
      const value = this.expr(g[0]);
      if (star < 0) return value;
      return { type: 'Starred', value, ctx: 'Load', ...this.pos(star, g[0].to) };
    }
    if (g.length === 2 && g[0].name === '*') {
      const value = this.expr(g[1]);
      return { type: 'Starred', value, ctx: 'Load', ...this.pos(g[0].from, g[1].to) };
    }
    throw new Bail(g[0] ? g[0].from : at.from);
  }

  /** Offset of a `*` blanked out before `from` (see findRewrite), or -1. */
  starBefore(from: number): number {
    let i = from - 1;
    while (i >= 0 && (this.src[i] === ' ' || this.src[i] === '\t')) i--;
    const rw = this.rewrites.get(i);
    return rw && rw.kind === 'star' ? i : -1;
  }

  assign(n: SyntaxNode): A.Stmt {
    const k = this.kids(n);
    const parts: SyntaxNode[][] = [];
    let cur: SyntaxNode[] = [];
    let typeDef: SyntaxNode | null = null;
    const eqs: SyntaxNode[] = [];
    for (const c of k) {
      if (c.name === 'AssignOp') { parts.push(cur); cur = []; eqs.push(c); }
      else if (c.name === 'TypeDef' && parts.length === 0) typeDef = c;
      else cur.push(c);
    }
    parts.push(cur);
    const exprs = parts.map((p) => {
      if (p.length === 1 && p[0].name === 'YieldExpression') return this.yieldExpr(p[0]);
      return this.exprList(p, n);
    });
    if (typeDef) {
      const target = exprs[0];
      const tk = this.kids(typeDef);
      if (tk.length !== 2) throw new Bail(typeDef.from);
      const annotation = this.expr(tk[1]);
      if (exprs.length > 2) throw this.failTok('invalid syntax', this.tokenAfter(eqs[1].from), eqs[1].from);
      if (target.type === 'Tuple' || target.type === 'List') {
        // (A bare tuple is reported at its first element.)
        const at = target.type === 'Tuple' && !this.parenthesized.has(target) && target.elts.length ? target.elts[0] : target;
        throw this.failAt(`only single target (not ${target.type === 'List' ? 'list' : 'tuple'}) can be annotated`, at, n.from);
      }
      if (target.type !== 'Name' && target.type !== 'Attribute' && target.type !== 'Subscript') {
        throw this.failAt('illegal target for annotation', target, n.from);
      }
      setCtx(target, 'Store');
      const value = exprs.length > 1 ? exprs[1] : null;
      const simple = target.type === 'Name' && !this.parenthesized.has(target);
      return { type: 'AnnAssign', target, annotation, value, simple, ...this.stmtPos(n, value) };
    }
    const targets = exprs.slice(0, -1);
    const value = exprs[exprs.length - 1];
    this.checkAssignTargets(targets, value, n);
    for (const t of targets) setCtx(t, 'Store');
    return { type: 'Assign', targets, value, ...this.stmtPos(n, value) };
  }

  /** A simple statement's position; a trailing bare `yield` ends the statement itself. */
  stmtPos(n: SyntaxNode, value: A.Expr | null): A.Position {
    if (value && value.type === 'Yield' && !value.value && !this.parenthesized.has(value)) {
      return { line: this.lineOf(n.from), col: this.colOf(n.from), endLine: value.endLine, endCol: value.endCol };
    }
    return this.pos(n.from, n.to);
  }

  /** Reproduces which of CPython's invalid_assignment / invalid_named_expression rules fires. */
  checkAssignTargets(targets: A.Expr[], value: A.Expr, n: SyntaxNode): void {
    let anyBad = false;
    for (const t of targets) {
      if (t.type === 'Yield' || t.type === 'YieldFrom' || invalidTarget(t, 'store')) { anyBad = true; break; }
    }
    if (!anyBad) return;
    const first = targets[0];
    const em = first.type === 'Tuple' && !this.parenthesized.has(first) ? first.elts[first.elts.length - 1] : first;
    const next = targets.length > 1 ? targets[1] : value;
    const b = this.leadingBitwiseOr(next);
    const nextIsSimple = this.isBitwiseOr(next) && !(next.type === 'Tuple' && !this.parenthesized.has(next));
    const match = b !== null && (targets.length === 1 || !nextIsSimple);
    if (match && b) {
      if (em.type === 'Name' && !this.parenthesized.has(em)) {
        const p = this.pos(this.offsetOf(em), 0);
        throw new Fail({
          type: 'SyntaxError', message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
          line: p.line, col: p.col, endLine: b.endLine, endCol: b.endCol,
        }, n.from);
      }
      if (this.isBitwiseOr(em) && !this.startsWithDisplay(em)) {
        throw this.failAt(`cannot assign to ${exprName(em)} here. Maybe you meant '==' instead of '='?`, em, n.from);
      }
    }
    for (const t of targets) {
      if (t.type === 'Yield' || t.type === 'YieldFrom') throw this.failAt('assignment to yield expression not possible', t, n.from);
      const bad = invalidTarget(t, 'store');
      if (bad) throw this.failAt(`cannot assign to ${exprName(bad)}`, bad, n.from);
    }
  }
  /** Source offset of an expression's start. */
  offsetOf(e: A.Position): number {
    return this.offsetAt(e.line, e.col);
  }
  isBitwiseOr(e: A.Expr): boolean {
    if (this.parenthesized.has(e)) return true;
    switch (e.type) {
      case 'Compare': case 'BoolOp': case 'IfExp': case 'Lambda': case 'NamedExpr': case 'Starred':
      case 'Yield': case 'YieldFrom':
        return false;
      case 'UnaryOp': return e.op !== 'Not';
      case 'Tuple': return false;
      default: return true;
    }
  }
  leadingBitwiseOr(e: A.Expr): A.Expr | null {
    if (this.parenthesized.has(e)) return e;
    switch (e.type) {
      case 'Tuple': return e.elts.length ? this.leadingBitwiseOr(e.elts[0]) : null;
      case 'Compare': return this.leadingBitwiseOr(e.left);
      case 'BoolOp': return this.leadingBitwiseOr(e.values[0]);
      case 'IfExp': return this.leadingBitwiseOr(e.body);
      case 'UnaryOp': return e.op === 'Not' ? null : e;
      case 'Lambda': case 'Starred': case 'Yield': case 'YieldFrom': case 'NamedExpr': return null;
      default: return e;
    }
  }
  /** Does the expression's text start with a list/tuple/genexp display or True/None/False? */
  startsWithDisplay(e: A.Expr): boolean {
    for (;;) {
      if (this.parenthesized.has(e)) return e.type === 'Tuple' || e.type === 'GeneratorExp';
      switch (e.type) {
        case 'List': case 'Tuple': case 'GeneratorExp': return true;
        case 'Constant': return e.value.kind === 'bool' || e.value.kind === 'None';
        case 'Attribute': case 'Subscript': e = e.value; continue;
        case 'Call': e = e.func; continue;
        case 'BinOp': e = e.left; continue;
        case 'Await': return false;
        default: return false;
      }
    }
  }

  augAssign(n: SyntaxNode): A.Stmt {
    const k = this.kids(n);
    const opIdx = k.findIndex((c) => c.name === 'UpdateOp');
    if (opIdx <= 0 || opIdx === k.length - 1) throw new Bail(n.from);
    const target = this.exprList(k.slice(0, opIdx), n);
    const opText = this.text(k[opIdx]).slice(0, -1);
    const op = BIN_OPS[opText];
    const rest = k.slice(opIdx + 1);
    const value = rest.length === 1 && rest[0].name === 'YieldExpression' ? this.yieldExpr(rest[0]) : this.exprList(rest, n);
    if (target.type !== 'Name' && target.type !== 'Attribute' && target.type !== 'Subscript') {
      throw this.failAt(`'${exprName(target)}' is an illegal expression for augmented assignment`, target, n.from);
    }
    setCtx(target, 'Store');
    return { type: 'AugAssign', target, op, value, ...this.stmtPos(n, value) };
  }

  del(n: SyntaxNode): A.Stmt {
    const k = this.kids(n);
    const { groups } = this.splitCommas(k, 1);
    const targets = groups.map((g) => this.maybeStarred(g, n));
    for (const t of targets) {
      const bad = invalidTarget(t, 'del');
      if (bad) throw this.failAt(`cannot delete ${exprName(bad)}`, bad, n.from);
      setCtx(t, 'Del');
    }
    return { type: 'Delete', targets, ...this.pos(n.from, n.to) };
  }

  raise(n: SyntaxNode): A.Stmt {
    const k = this.kids(n);
    const comma = k.find((c) => c.name === ',');
    if (comma) throw this.fail('invalid syntax', comma.from, comma.to);
    let exc: A.Expr | null = null;
    let cause: A.Expr | null = null;
    if (k.length >= 2) exc = this.expr(k[1]);
    if (k.length >= 4 && k[2].name === 'from') cause = this.expr(k[3]);
    return { type: 'Raise', exc, cause, ...this.pos(n.from, n.to) };
  }

  importStmt(n: SyntaxNode): A.Stmt {
    const k = this.kids(n);
    if (k[0].name === 'import') {
      if (k[k.length - 1].name === ',') throw this.failTok('invalid syntax', this.tokenAfter(n.to), n.to);
      const names = this.aliases(k, 1, k.length, n);
      return { type: 'Import', names, ...this.pos(n.from, n.to) };
    }
    // from
    let i = 1;
    let level = 0;
    for (; i < k.length; i++) {
      if (k[i].name === '.') level += 1;
      else if (k[i].name === 'Ellipsis') level += 3;
      else break;
    }
    let module: string | null = null;
    if (k[i] && k[i].name === 'VariableName') {
      const parts: string[] = [];
      while (k[i] && k[i].name === 'VariableName') {
        parts.push(ident(this.text(k[i])));
        i++;
        if (k[i] && k[i].name === '.' && k[i + 1] && k[i + 1].name === 'VariableName') i++;
        else break;
      }
      module = parts.join('.');
    }
    if (!k[i] || k[i].name !== 'import') throw new Bail(k[i] ? k[i].from : n.to);
    i++;
    let names: A.Alias[];
    if (k[i] && k[i].name === '*') {
      names = [{ name: '*', asname: null, ...this.pos(k[i].from, k[i].to) }];
    } else if (k[i] && k[i].name === '(') {
      const close = k.length - 1;
      if (k[close].name !== ')') throw new Bail(n.to);
      names = this.aliases(k, i + 1, close, n);
    } else {
      const last = k[k.length - 1];
      if (last && last.name === ',') {
        throw this.failTok('trailing comma not allowed without surrounding parentheses', this.tokenAfter(last.to), last.to);
      }
      names = this.aliases(k, i, k.length, n);
    }
    return { type: 'ImportFrom', module, names, level, ...this.pos(n.from, n.to) };
  }
  aliases(k: SyntaxNode[], start: number, end: number, n: SyntaxNode): A.Alias[] {
    const { groups } = this.splitCommas(k, start, end);
    return groups.map((g) => {
      if (g.length === 0) throw new Bail(n.from);
      const parts: string[] = [];
      let j = 0;
      let asname: string | null = null;
      for (; j < g.length; j++) {
        const c = g[j];
        if (c.name === 'VariableName') parts.push(ident(this.text(c)));
        else if (c.name === '.') continue;
        else if (c.name === 'as') {
          const a = g[j + 1];
          if (!a || a.name !== 'VariableName') throw new Bail(c.to);
          asname = ident(this.text(a));
          j += 2;
          break;
        } else throw new Bail(c.from);
      }
      if (j < g.length || parts.length === 0) throw new Bail(g[0].from);
      return { name: parts.join('.'), asname, ...this.pos(g[0].from, g[g.length - 1].to) };
    });
  }

  ifStmt(n: SyntaxNode): A.Stmt {
    const rw = this.rewrites.get(n.from);
    if (rw && rw.kind === 'with') return this.rewrittenWith(n, rw);
    const k = this.kids(n);
    // clauses: [keywordNode, test|null, body]
    const clauses: { kw: SyntaxNode; test: A.Expr | null; body: A.Stmt[] }[] = [];
    let i = 0;
    while (i < k.length) {
      const kw = k[i];
      if (kw.name === 'if' || kw.name === 'elif') {
        if (!k[i + 1] || k[i + 1].name === 'Body') throw new Bail(kw.to);
        const test = this.expr(k[i + 1]);
        const body = this.block(k[i + 2], n.to);
        clauses.push({ kw, test, body });
        i += 3;
      } else if (kw.name === 'else') {
        clauses.push({ kw, test: null, body: this.block(k[i + 1], n.to) });
        i += 2;
      } else {
        throw new Bail(kw.from);
      }
    }
    let orelse: A.Stmt[] = [];
    for (let j = clauses.length - 1; j >= 0; j--) {
      const c = clauses[j];
      if (c.test === null) { orelse = c.body; continue; }
      const node: A.If = {
        type: 'If', test: c.test, body: c.body, orelse,
        ...this.compoundPos(c.kw.from, orelse.length ? orelse : c.body),
      };
      orelse = [node];
    }
    return orelse[0];
  }

  forStmt(n: SyntaxNode): A.Stmt {
    const k = this.kids(n);
    let i = 0;
    const isAsync = k[0].name === 'async';
    if (isAsync) i++;
    if (!k[i] || k[i].name !== 'for') throw new Bail(n.from);
    i++;
    const inIdx = k.findIndex((c, j) => j > i && c.name === 'in');
    const bodyIdx = k.findIndex((c) => c.name === 'Body');
    if (inIdx < 0 || bodyIdx < 0) throw new Bail(n.from);
    const target = this.exprList(k.slice(i, inIdx), n);
    const iter = this.exprList(k.slice(inIdx + 1, bodyIdx), n);
    const bad = invalidTarget(target, 'for');
    if (bad) throw this.failAt(`cannot assign to ${exprName(bad)}`, bad, n.from);
    setCtx(target, 'Store');
    const body = this.block(k[bodyIdx], n.to);
    const orelse = k[bodyIdx + 1] && k[bodyIdx + 1].name === 'else' ? this.block(k[bodyIdx + 2], n.to) : [];
    return { type: 'For', target, iter, body, orelse, isAsync, ...this.compoundPos(n.from, orelse.length ? orelse : body) };
  }

  tryStmt(n: SyntaxNode): A.Stmt {
    const k = this.kids(n);
    const body = this.block(k[1], n.to);
    const handlers: A.ExceptHandler[] = [];
    let orelse: A.Stmt[] = [];
    let finalbody: A.Stmt[] = [];
    let star: boolean | null = null;
    let i = 2;
    while (i < k.length) {
      const kw = k[i];
      if (kw.name === 'except') {
        if (orelse.length || finalbody.length) throw new Bail(kw.from);
        let j = i + 1;
        let isStar = false;
        if (k[j] && k[j].name === '*') { isStar = true; j++; }
        let excType: A.Expr | null = null;
        let name: string | null = null;
        if (k[j] && k[j].name !== 'Body') {
          excType = this.expr(k[j]);
          j++;
          if (k[j] && (k[j].name === 'as' || k[j].name === ',')) {
            const nameNode = k[j + 1];
            if (!nameNode || nameNode.name !== 'VariableName') throw new Bail(k[j].to);
            if (k[j].name === ',') {
              throw this.fail('multiple exception types must be parenthesized', k[j - 1].from, nameNode.to);
            }
            name = ident(this.text(nameNode));
            j += 2;
          }
        } else if (isStar) {
          throw this.fail('expected one or more exception types', k[j] ? k[j].from : kw.to, k[j] ? k[j].from + 1 : kw.to);
        }
        if (star !== null && star !== isStar) {
          throw this.fail("cannot have both 'except' and 'except*' on the same 'try'", kw.from, kw.to);
        }
        star = isStar;
        const hbody = this.block(k[j], n.to);
        handlers.push({ type: 'ExceptHandler', excType, name, body: hbody, ...this.compoundPos(kw.from, hbody) });
        i = j + 1;
      } else if (kw.name === 'else') {
        if (handlers.length === 0) throw this.failTok("expected 'except' or 'finally' block", this.tokenAfter(kw.from), kw.from);
        orelse = this.block(k[i + 1], n.to);
        i += 2;
      } else if (kw.name === 'finally') {
        finalbody = this.block(k[i + 1], n.to);
        i += 2;
      } else {
        throw new Bail(kw.from);
      }
    }
    if (handlers.length === 0 && finalbody.length === 0) {
      // CPython reports the token that follows the try block.
      const after = this.tokenAfter(this.trimEnd(n.to));
      let t = after;
      let idx = t ? this.tokens.indexOf(t) : -1;
      while (idx >= 0 && idx < this.tokens.length && (this.tokens[idx].type === 'NEWLINE' || this.tokens[idx].type === 'DEDENT')) idx++;
      t = idx >= 0 ? this.tokens[idx] : undefined;
      if (!t || t.type === 'ENDMARKER') {
        const nl = after && after.type === 'NEWLINE' ? after : undefined;
        if (nl) {
          const p = this.eofPos();
          throw new Fail({ type: 'SyntaxError', message: "expected 'except' or 'finally' block", line: p.line, col: p.col }, nl.start);
        }
      }
      throw this.failTok("expected 'except' or 'finally' block", t, n.to);
    }
    const last = finalbody.length ? finalbody : orelse.length ? orelse : handlers[handlers.length - 1].body;
    return {
      type: 'Try', body, handlers, orelse, finalbody, isStar: star === true, ...this.compoundPos(n.from, last),
    };
  }

  withStmt(n: SyntaxNode): A.Stmt {
    const k = this.kids(n);
    let i = 0;
    const isAsync = k[0].name === 'async';
    if (isAsync) i++;
    i++; // with
    const bodyIdx = k.findIndex((c) => c.name === 'Body');
    if (bodyIdx < 0) throw new Bail(n.to);
    const { groups } = this.splitCommas(k, i, bodyIdx);
    let items: A.WithItem[] = groups.map((g) => {
      if (g.length === 1) return { contextExpr: this.expr(g[0]), optionalVars: null };
      if (g.length === 3 && g[1].name === 'as') {
        const v = this.expr(g[2]);
        const bad = invalidTarget(v, 'store');
        if (bad) throw this.failAt(`cannot assign to ${exprName(bad)}`, bad, n.from);
        setCtx(v, 'Store');
        return { contextExpr: this.expr(g[0]), optionalVars: v };
      }
      throw new Bail(g[0] ? g[0].from : n.from);
    });
    // `with (a, b):` is two items since Python 3.9.
    if (items.length === 1 && !items[0].optionalVars && groups[0][0].name === 'TupleExpression') {
      const t = items[0].contextExpr;
      if (t.type === 'Tuple' && t.elts.length > 0 && !t.elts.some((e) => e.type === 'Starred')) {
        items = t.elts.map((e) => ({ contextExpr: e, optionalVars: null }));
      }
    }
    const body = this.block(k[bodyIdx], n.to);
    return { type: 'With', items, body, isAsync, ...this.compoundPos(n.from, body) };
  }

  /**
   * Splits a `with` header (the text between `with` and `:`) into items, as token ranges:
   * [from, asIndex (or -1), to). Handles the parenthesised form `with (a as b, c):`.
   */
  withItems(headerFrom: number, headerTo: number): { start: number; as: number; end: number }[] | null {
    const toks = this.tokens;
    const isOp = (t: Tok | undefined, ch: string): boolean => !!t && t.type === 'OP' && this.src.slice(t.start, t.end) === ch;
    let i = this.tokenAt(headerFrom);
    let j = this.tokenAt(headerTo); // the ':' token
    if (i >= j) return null;
    let level = toks[i].level;
    if (isOp(toks[i], '(') && isOp(toks[j - 1], ')') && toks[j - 1].level === toks[i].level) {
      let depth = 0;
      let m = i;
      for (; m < j; m++) {
        const t = toks[m];
        if (t.type !== 'OP') continue;
        const s2 = this.src.slice(t.start, t.end);
        if (s2 === '(' || s2 === '[' || s2 === '{') depth++;
        else if (s2 === ')' || s2 === ']' || s2 === '}') { depth--; if (depth === 0) break; }
      }
      if (m === j - 1) {
        level = toks[i].level + 1;
        i++;
        j--;
      }
    }
    const items: { start: number; as: number; end: number }[] = [];
    let start = i;
    for (let m = i; m <= j; m++) {
      if (m === j || (toks[m].level === level && isOp(toks[m], ','))) {
        if (start === m) {
          if (m === j && level > toks[i - 1].level && items.length > 0) break; // trailing comma
          return null;
        }
        let as = -1;
        for (let q = start; q < m; q++) {
          if (toks[q].level === level && toks[q].type === 'NAME' && this.src.slice(toks[q].start, toks[q].end) === 'as') { as = q; break; }
        }
        if (as === start || as === m - 1) return null;
        items.push({ start, as, end: m });
        start = m + 1;
      }
    }
    return items;
  }

  /** A `with` statement whose header lezer could not parse (rewritten to `if(1 ...):`). */
  rewrittenWith(n: SyntaxNode, rw: Rewrite): A.Stmt {
    const k = this.kids(n);
    if (k.length > 3) throw this.fail('invalid syntax', k[3].from, k[3].to);
    const toks = this.tokens;
    const ranges = this.withItems(rw.headerFrom, rw.headerTo);
    if (!ranges) throw this.failTok('invalid syntax', this.tokenAfter(rw.headerFrom), rw.headerFrom);
    const items: A.WithItem[] = ranges.map((r) => {
      const from = toks[r.start].start;
      const to = toks[r.end - 1].end;
      if (r.as < 0) return { contextExpr: this.exprAt(from, to, from), optionalVars: null };
      const ctx = this.exprAt(from, toks[r.as - 1].end, from);
      const v = this.exprAt(toks[r.as + 1].start, to, toks[r.as].end);
      const bad = invalidTarget(v, 'store');
      if (bad) throw this.failAt(`cannot assign to ${exprName(bad)}`, bad, this.offsetOf(bad));
      setCtx(v, 'Store');
      return { contextExpr: ctx, optionalVars: v };
    });
    const body = this.block(k[2], n.to);
    return { type: 'With', items, body, isAsync: rw.isAsync, ...this.compoundPos(rw.start, body) };
  }

  decorator(n: SyntaxNode): A.Expr {
    const rw = this.rewrites.get(n.from);
    if (rw && rw.kind === 'decorator') return this.exprAt(rw.headerFrom, rw.headerTo, rw.headerFrom);
    const k = this.kids(n);
    let e: A.Expr | null = null;
    let from = -1;
    for (let i = 1; i < k.length; i++) {
      const c = k[i];
      if (c.name === 'VariableName') {
        if (!e) {
          from = c.from;
          e = { type: 'Name', id: ident(this.text(c)), ctx: 'Load', ...this.pos(c.from, c.to) };
        } else {
          e = { type: 'Attribute', value: e, attr: ident(this.text(c)), ctx: 'Load', ...this.pos(from, c.to) };
        }
      } else if (c.name === '.') {
        continue;
      } else if (c.name === 'ArgList' && e) {
        const { args, keywords } = this.args(c);
        e = { type: 'Call', func: e, args, keywords, ...this.pos(from, c.to) };
      } else {
        throw new Bail(c.from);
      }
    }
    if (!e) throw new Bail(n.from);
    return e;
  }

  funcDef(n: SyntaxNode, decorators: A.Expr[]): A.Stmt {
    const k = this.kids(n);
    let i = 0;
    const isAsync = k[0].name === 'async';
    if (isAsync) i++;
    i++; // def
    const nameNode = k[i++];
    if (!nameNode || nameNode.name !== 'VariableName') throw new Bail(nameNode ? nameNode.from : n.to);
    if (k[i] && k[i].name === 'TypeParamList') {
      return { type: 'Unsupported', construct: 'generic function', ...this.pos(n.from, this.trimEnd(n.to)) };
    }
    const plist = k[i++];
    if (!plist || plist.name !== 'ParamList') throw new Bail(plist ? plist.from : n.to);
    const args = this.params(plist, false);
    let returns: A.Expr | null = null;
    if (k[i] && k[i].name === 'TypeDef') {
      const tk = this.kids(k[i]);
      if (tk.length !== 1) throw new Bail(k[i].from);
      returns = this.expr(tk[0]);
      i++;
    }
    const body = this.block(k[i], n.to);
    return {
      type: 'FunctionDef', name: ident(this.text(nameNode)), args, body, decorators, isAsync, returns,
      ...this.compoundPos(n.from, body),
    };
  }

  classDef(n: SyntaxNode, decorators: A.Expr[]): A.Stmt {
    const k = this.kids(n);
    const nameNode = k[1];
    if (!nameNode || nameNode.name !== 'VariableName') throw new Bail(n.from);
    let i = 2;
    if (k[i] && k[i].name === 'TypeParamList') {
      return { type: 'Unsupported', construct: 'generic class', ...this.pos(n.from, this.trimEnd(n.to)) };
    }
    let bases: A.Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (k[i] && k[i].name === 'ArgList') {
      ({ args: bases, keywords } = this.args(k[i], false));
      i++;
    }
    const body = this.block(k[i], n.to);
    return {
      type: 'ClassDef', name: ident(this.text(nameNode)), bases, keywords, body, decorators,
      ...this.compoundPos(n.from, body),
    };
  }

  // ------------------------------------------------------------ parameters

  /** Source text between two offsets, without comments and whitespace. */
  gapText(from: number, to: number): string {
    return this.src.slice(from, to).replace(/#[^\n]*/g, '').replace(/[\s\\]+/g, '');
  }

  params(plist: SyntaxNode, isLambda: boolean): A.Arguments {
    const all = this.kids(plist);
    let k = all;
    let innerFrom = plist.from;
    let innerTo = plist.to;
    if (!isLambda) {
      if (k.length < 2 || k[0].name !== '(' || k[k.length - 1].name !== ')') throw new Bail(plist.from);
      innerFrom = k[0].to;
      innerTo = k[k.length - 1].from;
      k = k.slice(1, -1);
    }
    // Groups between commas, with their source extent (the '/' marker is not a tree node).
    type Group = { nodes: SyntaxNode[]; from: number; to: number };
    const groups: Group[] = [];
    let cur: Group = { nodes: [], from: innerFrom, to: innerTo };
    for (const c of k) {
      if (c.name === ',') {
        cur.to = c.from;
        groups.push(cur);
        cur = { nodes: [], from: c.to, to: innerTo };
      } else {
        cur.nodes.push(c);
      }
    }
    groups.push(cur);

    const posonlyargs: A.Arg[] = [];
    let args: A.Arg[] = [];
    let vararg: A.Arg | null = null;
    const kwonlyargs: A.Arg[] = [];
    const kwDefaults: (A.Expr | null)[] = [];
    let kwarg: A.Arg | null = null;
    const defaults: A.Expr[] = [];
    let seenSlash = false;
    let star: SyntaxNode | null = null; // the '*' (bare or not)
    let bareStar = false;
    let seenDefault = false;
    let kwargSeen = false;

    const mkArg = (name: SyntaxNode, annotation: SyntaxNode | null): A.Arg => {
      let expr: A.Expr | null = null;
      if (annotation) {
        const ak = this.kids(annotation);
        if (ak.length !== 2) throw new Bail(annotation.from);
        expr = this.expr(ak[1]);
      }
      return { arg: ident(this.text(name)), annotation: expr, ...this.pos(name.from, annotation ? annotation.to : name.to) };
    };

    for (let gi = 0; gi < groups.length; gi++) {
      const g = groups[gi];
      const nodes = g.nodes;
      const slashRw = nodes.length === 1 && this.rewrites.get(nodes[0].from);
      if (slashRw && slashRw.kind === 'slash') nodes.length = 0;
      if (nodes.length === 0) {
        const t = slashRw ? '/' : this.gapText(g.from, g.to);
        if (t === '/') {
          const at = slashRw ? slashRw.start : this.src.indexOf('/', g.from);
          if (kwargSeen) throw this.fail('arguments cannot follow var-keyword argument', at, at + 1);
          if (seenSlash) throw this.fail('/ may appear only once', at, at + 1);
          if (star) throw this.fail('/ must be ahead of *', at, at + 1);
          if (args.length === 0) {
            throw this.fail(gi === groups.length - 1 ? 'invalid syntax' : 'at least one argument must precede /', at, at + 1);
          }
          posonlyargs.push(...args);
          args = [];
          seenSlash = true;
          continue;
        }
        if (t === '' && gi === groups.length - 1 && gi > 0) continue; // trailing comma
        if (t === '' && groups.length === 1) continue; // no parameters
        throw new Bail(g.from);
      }
      const first = nodes[0];
      if (kwargSeen) throw this.fail('arguments cannot follow var-keyword argument', first.from, first.to);
      if (first.name === '*') {
        if (star) throw this.fail('* argument may appear only once', first.from, first.to);
        star = first;
        if (nodes.length === 1) { bareStar = true; continue; }
        if (nodes[1].name !== 'VariableName') throw new Bail(nodes[1].from);
        const ann = nodes[2] && nodes[2].name === 'TypeDef' ? nodes[2] : null;
        vararg = mkArg(nodes[1], ann);
        continue;
      }
      if (first.name === '**') {
        if (!nodes[1] || nodes[1].name !== 'VariableName') throw new Bail(first.to);
        const ann = nodes[2] && nodes[2].name === 'TypeDef' ? nodes[2] : null;
        kwarg = mkArg(nodes[1], ann);
        kwargSeen = true;
        continue;
      }
      if (first.name !== 'VariableName') throw new Bail(first.from);
      let j = 1;
      let ann: SyntaxNode | null = null;
      if (nodes[j] && nodes[j].name === 'TypeDef') ann = nodes[j++];
      let dflt: A.Expr | null = null;
      if (nodes[j] && nodes[j].name === 'AssignOp') {
        if (!nodes[j + 1]) throw new Bail(nodes[j].to);
        dflt = this.expr(nodes[j + 1]);
        j += 2;
      }
      if (j !== nodes.length) throw new Bail(nodes[j].from);
      const a = mkArg(first, ann);
      if (!star) {
        if (dflt) { seenDefault = true; defaults.push(dflt); }
        else if (seenDefault) {
          throw this.fail('parameter without a default follows parameter with a default', first.from, first.to);
        }
        args.push(a);
      } else {
        kwonlyargs.push(a);
        kwDefaults.push(dflt);
      }
    }
    if (bareStar && kwonlyargs.length === 0 && star) {
      throw this.fail('named arguments must follow bare *', star.from, star.to);
    }
    return { posonlyargs, args, vararg, kwonlyargs, kwDefaults, kwarg, defaults };
  }

  // ------------------------------------------------------------ call arguments

  args(argList: SyntaxNode, allowGenexp = true): { args: A.Expr[]; keywords: A.Keyword[] } {
    const k = this.kids(argList);
    if (k.length < 2 || k[0].name !== '(' || k[k.length - 1].name !== ')') throw new Bail(argList.from);
    // Split at commas, except those of a generator argument's targets (`f(x for a, b in c)`).
    const groups: SyntaxNode[][] = [];
    let cur: SyntaxNode[] = [];
    let inTargets = false;
    for (let i = 1; i < k.length - 1; i++) {
      const c = k[i];
      if (c.name === 'for') inTargets = true;
      else if (c.name === 'in') inTargets = false;
      if (c.name === ',' && !inTargets) { groups.push(cur); cur = []; } else cur.push(c);
    }
    const trailing = groups.length > 0 && cur.length === 0;
    if (!trailing) groups.push(cur);
    const args: A.Expr[] = [];
    const keywords: A.Keyword[] = [];
    let sawKeyword = false;
    let sawKwUnpack = false;
    if (groups.length === 1 && groups[0].length === 0) return { args, keywords };
    for (const g of groups) {
      if (g.length === 0) throw new Bail(argList.from);
      const first = g[0];
      const compIdx = g.findIndex((c) => c.name === 'for' || c.name === 'async');
      if (compIdx > 0) {
        if (compIdx !== 1) throw new Bail(g[1].from);
        if (!allowGenexp) throw this.fail('invalid syntax', g[1].from, g[1].to);
        const elt = this.expr(first);
        const generators = this.comprehension(g, 1, g.length);
        if (groups.length !== 1 || trailing) {
          throw this.fail('Generator expression must be parenthesized', first.from, g[g.length - 1].to);
        }
        args.push({ type: 'GeneratorExp', elt, generators, ...this.pos(argList.from, argList.to) });
        continue;
      }
      if (first.name === '**' && g.length === 2) {
        const value = this.expr(g[1]);
        keywords.push({ arg: null, value, ...this.pos(first.from, g[1].to) });
        sawKwUnpack = true;
        continue;
      }
      if (first.name === '*' && g.length === 2) {
        if (sawKwUnpack) {
          // (3.13 spans the preceding comma and the starred argument.)
          const comma = k[k.indexOf(first) - 1];
          throw this.fail('iterable argument unpacking follows keyword argument unpacking', comma ? comma.from : first.from, g[1].to);
        }
        const value = this.expr(g[1]);
        args.push({ type: 'Starred', value, ctx: 'Load', ...this.pos(first.from, g[1].to) });
        continue;
      }
      if (first.name === 'VariableName' && g.length === 3 && g[1].name === 'AssignOp') {
        const value = this.expr(g[2]);
        if (this.text(g[1]) === ':=') {
          const target: A.Name = { type: 'Name', id: ident(this.text(first)), ctx: 'Store', ...this.pos(first.from, first.to) };
          const ne: A.NamedExpr = { type: 'NamedExpr', target, value, ...this.pos(first.from, g[2].to) };
          this.positional(k[k.length - 1], sawKeyword, sawKwUnpack);
          args.push(ne);
          continue;
        }
        keywords.push({ arg: ident(this.text(first)), value, ...this.pos(first.from, g[2].to) });
        sawKeyword = true;
        continue;
      }
      if (g.length !== 1) throw new Bail(g[1].from);
      const e = this.expr(first);
      this.positional(k[k.length - 1], sawKeyword, sawKwUnpack);
      args.push(e);
    }
    return { args, keywords };
  }
  positional(close: SyntaxNode, sawKeyword: boolean, sawKwUnpack: boolean): void {
    // CPython reports these at the last token it read: the closing parenthesis.
    if (sawKwUnpack) throw this.fail('positional argument follows keyword argument unpacking', close.from, close.to);
    if (sawKeyword) throw this.fail('positional argument follows keyword argument', close.from, close.to);
  }

  // ------------------------------------------------------------ comprehensions

  /** Parses `[async] for targets in iter (if cond)* ...` clauses from k[start..end). */
  comprehension(k: SyntaxNode[], start: number, end: number): A.Comprehension[] {
    const gens: A.Comprehension[] = [];
    let i = start;
    while (i < end) {
      let isAsync = false;
      if (k[i].name === 'async') { isAsync = true; i++; }
      if (!k[i] || k[i].name !== 'for') throw new Bail(k[i] ? k[i].from : k[end - 1].to);
      i++;
      let inIdx = i;
      while (inIdx < end && k[inIdx].name !== 'in') inIdx++;
      if (inIdx >= end || inIdx === i) throw new Bail(k[i] ? k[i].from : k[end - 1].to);
      const target = this.exprList(k.slice(i, inIdx), k[i]);
      const bad = invalidTarget(target, 'for');
      if (bad) throw this.failAt(`cannot assign to ${exprName(bad)}`, bad, this.offsetOf(bad));
      setCtx(target, 'Store');
      if (inIdx + 1 >= end) throw new Bail(k[inIdx].to);
      const iter = this.expr(k[inIdx + 1]);
      i = inIdx + 2;
      const ifs: A.Expr[] = [];
      while (i < end && k[i].name === 'if') {
        if (i + 1 >= end) throw new Bail(k[i].to);
        if (k[i + 1].name === 'LambdaExpression') {
          const kw = k[i + 1].firstChild;
          throw this.fail('invalid syntax', k[i + 1].from, kw ? kw.to : k[i + 1].to);
        }
        ifs.push(this.expr(k[i + 1]));
        i += 2;
      }
      gens.push({ target, iter, ifs, isAsync });
    }
    return gens;
  }

  // ------------------------------------------------------------ expressions

  expr(n: SyntaxNode): A.Expr {
    switch (n.name) {
      case 'VariableName':
        return { type: 'Name', id: ident(this.text(n)), ctx: 'Load', ...this.pos(n.from, n.to) };
      case 'Number':
        return { type: 'Constant', value: parseNumber(this.text(n)), ...this.pos(n.from, n.to) };
      case 'String': case 'FormatString': case 'ContinuedString':
        return this.strings(n);
      case 'Boolean':
        return { type: 'Constant', value: { kind: 'bool', value: this.text(n) === 'True' }, ...this.pos(n.from, n.to) };
      case 'None':
        return { type: 'Constant', value: { kind: 'None' }, ...this.pos(n.from, n.to) };
      case 'Ellipsis':
        return { type: 'Constant', value: { kind: 'Ellipsis' }, ...this.pos(n.from, n.to) };
      case 'ParenthesizedExpression': {
        const k = this.kids(n);
        if (k.length === 4 && k[1].name === '*') {
          throw this.fail('cannot use starred expression here', k[1].from, k[2].to);
        }
        if (k.length !== 3) throw new Bail(n.from);
        const inner = k[1].name === 'YieldExpression' ? this.yieldExpr(k[1]) : this.expr(k[1]);
        this.parenthesized.add(inner);
        return inner;
      }
      case 'TupleExpression': {
        const k = this.kids(n);
        const elts = this.elements(k, 1, k.length - 1, n);
        const t: A.TupleExpr = { type: 'Tuple', elts, ctx: 'Load', ...this.pos(n.from, n.to) };
        this.parenthesized.add(t);
        return t;
      }
      case 'ArrayExpression': {
        const k = this.kids(n);
        return { type: 'List', elts: this.elements(k, 1, k.length - 1, n), ctx: 'Load', ...this.pos(n.from, n.to) };
      }
      case 'SetExpression': {
        const k = this.kids(n);
        return { type: 'Set', elts: this.elements(k, 1, k.length - 1, n), ...this.pos(n.from, n.to) };
      }
      case 'DictionaryExpression': return this.dict(n);
      case 'ComprehensionExpression': case 'ArrayComprehensionExpression': case 'SetComprehensionExpression': {
        const k = this.kids(n);
        if (k[1] && k[1].name === '*') {
          throw this.fail('iterable unpacking cannot be used in comprehension', k[1].from, k[2] ? k[2].to : k[1].to);
        }
        const elt = this.expr(k[1]);
        const generators = this.comprehension(k, 2, k.length - 1);
        const type = n.name === 'ComprehensionExpression' ? 'GeneratorExp'
          : n.name === 'ArrayComprehensionExpression' ? 'ListComp' : 'SetComp';
        const e = { type, elt, generators, ...this.pos(n.from, n.to) } as A.GeneratorExp | A.ListComp | A.SetComp;
        if (type === 'GeneratorExp') this.parenthesized.add(e);
        return e;
      }
      case 'DictionaryComprehensionExpression': {
        const k = this.kids(n);
        if (k[1] && k[1].name === '**') throw this.fail('dict unpacking cannot be used in dict comprehension', k[1].from, k[1].to);
        if (!k[2] || k[2].name !== ':') throw new Bail(n.from);
        const key = this.expr(k[1]);
        const value = this.expr(k[3]);
        const generators = this.comprehension(k, 4, k.length - 1);
        return { type: 'DictComp', key, value, generators, ...this.pos(n.from, n.to) };
      }
      case 'CallExpression': {
        const k = this.kids(n);
        if (k.length !== 2 || k[1].name !== 'ArgList') throw new Bail(n.from);
        const func = this.expr(k[0]);
        const { args, keywords } = this.args(k[1]);
        return { type: 'Call', func, args, keywords, ...this.pos(n.from, n.to) };
      }
      case 'MemberExpression': return this.member(n);
      case 'BinaryExpression': case 'UnaryExpression': case 'AwaitExpression':
        return this.opExpr(n);
      case 'ConditionalExpression': {
        const k = this.kids(n);
        if (k.length !== 5 || k[1].name !== 'if' || k[3].name !== 'else') throw new Bail(n.from);
        const body = this.expr(k[0]);
        const test = this.expr(k[2]);
        const orelse = this.expr(k[4]);
        return { type: 'IfExp', test, body, orelse, ...this.pos(n.from, n.to) };
      }
      case 'LambdaExpression': {
        const k = this.kids(n);
        const colon = k.findIndex((c) => c.name === ':');
        if (colon < 0 || colon !== k.length - 2) throw new Bail(n.from);
        const plist = k.find((c) => c.name === 'ParamList');
        const args: A.Arguments = plist
          ? this.params(plist, true)
          : { posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] };
        const body = this.expr(k[k.length - 1]);
        return { type: 'Lambda', args, body, ...this.pos(n.from, n.to) };
      }
      case 'NamedExpression': {
        const k = this.kids(n);
        if (k.length !== 3) throw new Bail(n.from);
        const target = this.expr(k[0]);
        const value = this.expr(k[2]);
        if (target.type !== 'Name') {
          throw this.failAt(`cannot use assignment expressions with ${exprName(target)}`, target, n.from);
        }
        target.ctx = 'Store';
        return { type: 'NamedExpr', target, value, ...this.pos(n.from, n.to) };
      }
      case 'YieldExpression':
        return this.yieldExpr(n);
      default:
        throw new Bail(n.from);
    }
  }

  /** Elements of a list/tuple/set display, from k[start..end). */
  elements(k: SyntaxNode[], start: number, end: number, n: SyntaxNode): A.Expr[] {
    if (start >= end) return [];
    const { groups } = this.splitCommas(k, start, end);
    return groups.map((g) => this.maybeStarred(g, n));
  }

  dict(n: SyntaxNode): A.Expr {
    const k = this.kids(n);
    const keys: (A.Expr | null)[] = [];
    const values: A.Expr[] = [];
    if (k.length > 2) {
      const { groups } = this.splitCommas(k, 1, k.length - 1);
      for (const g of groups) {
        if (g.length === 2 && g[0].name === '**') {
          keys.push(null);
          values.push(this.expr(g[1]));
        } else if (g.length === 3 && g[1].name === ':') {
          keys.push(this.expr(g[0]));
          values.push(this.expr(g[2]));
        } else {
          throw new Bail(g[0] ? g[0].from : n.from);
        }
      }
    }
    return { type: 'Dict', keys, values, ...this.pos(n.from, n.to) };
  }

  member(n: SyntaxNode): A.Expr {
    const k = this.kids(n);
    const value = this.expr(k[0]);
    if (k[1] && k[1].name === '.') {
      if (!k[2] || k[2].name !== 'PropertyName') throw new Bail(n.to);
      if (KEYWORDS.has(this.text(k[2]))) throw this.fail('invalid syntax', k[2].from, k[2].to);
      return { type: 'Attribute', value, attr: ident(this.text(k[2])), ctx: 'Load', ...this.pos(n.from, n.to) };
    }
    if (!k[1] || k[1].name !== '[' || k[k.length - 1].name !== ']') throw new Bail(n.from);
    const { groups, commas } = this.splitCommas(k, 2, k.length - 1);
    if (groups.length === 0 || groups.some((g) => g.length === 0)) throw new Bail(k[1].to);
    const items = groups.map((g) => this.sliceItem(g));
    let slice: A.Expr;
    if (commas === 0) {
      slice = items[0];
      // `a[*b]` is a one-element tuple, as in CPython.
      if (slice.type === 'Starred') slice = { type: 'Tuple', elts: [slice], ctx: 'Load', line: slice.line, col: slice.col, endLine: slice.endLine, endCol: slice.endCol };
    } else {
      const star = this.rewrites.size ? this.starBefore(k[2].from) : -1;
      slice = { type: 'Tuple', elts: items, ctx: 'Load', ...this.pos(star >= 0 ? star : k[2].from, k[k.length - 2].to) };
    }
    return { type: 'Subscript', value, slice, ctx: 'Load', ...this.pos(n.from, n.to) };
  }
  sliceItem(g: SyntaxNode[]): A.Expr {
    if (!g.some((c) => c.name === ':')) {
      if (g.length > 2 || (g.length === 2 && g[0].name !== '*')) throw new Bail(g[1].from);
      return this.maybeStarred(g, g[0]);
    }
    const parts: (A.Expr | null)[] = [null, null, null];
    let idx = 0;
    for (const c of g) {
      if (c.name === ':') { idx++; if (idx > 2) throw new Bail(c.from); continue; }
      if (parts[idx]) throw new Bail(c.from);
      parts[idx] = this.expr(c);
    }
    return { type: 'Slice', lower: parts[0], upper: parts[1], step: parts[2], ...this.pos(g[0].from, g[g.length - 1].to) };
  }

  yieldExpr(n: SyntaxNode): A.Expr {
    const k = this.kids(n);
    if (k[1] && k[1].name === 'from') {
      if (k.length !== 3) throw new Bail(n.from);
      return { type: 'YieldFrom', value: this.expr(k[2]), ...this.pos(n.from, n.to) };
    }
    const value = k.length > 1 ? this.exprList(k.slice(1), n) : null;
    return { type: 'Yield', value, ...this.pos(n.from, value ? n.to : k[0].to) };
  }

  // ------------------------------------------------------------ operators

  /**
   * lezer's grammar gives `not`, `await` and comparisons the wrong precedence
   * (`not a == b and c` parses as `not (a == b and c)`), so operator trees are flattened to
   * their operands and operators in source order and re-associated with Python's grammar.
   */
  opExpr(n: SyntaxNode): A.Expr {
    const items: OpItem[] = [];
    this.flatten(n, items);
    const p = new OpParser(this, items);
    const r = p.disjunction();
    if (p.i !== items.length) {
      const it = items[p.i];
      throw this.fail('invalid syntax', it.from, it.to);
    }
    return r.e;
  }
  flatten(n: SyntaxNode, out: OpItem[]): void {
    // Iterative: long operator chains (a + b + ... ) nest as deeply as they are long.
    const stack: (SyntaxNode | null)[] = [n.firstChild];
    while (stack.length) {
      const c = stack.pop();
      if (!c) continue;
      stack.push(c.nextSibling);
      if (c.type.isError) throw new Bail(c.from);
      const name = c.name;
      if (name === 'Comment') continue;
      if (OPERATOR_EXPRS.has(name)) { stack.push(c.firstChild); continue; }
      switch (name) {
        case 'ArithOp': case 'BitOp': case 'CompareOp': case 'or': case 'and': case 'in': case 'not':
        case 'is': case 'await':
          // (An operator lezer inserted to recover from an error is empty.)
          if (c.from === c.to) throw new Bail(c.from);
          out.push({ op: true, text: this.text(c), from: c.from, to: c.to });
          break;
        default:
          out.push({ op: false, node: c, from: c.from, to: c.to });
      }
    }
  }

  // ------------------------------------------------------------ strings

  strings(n: SyntaxNode): A.Expr {
    const parts = n.name === 'ContinuedString' ? this.kids(n) : [n];
    let hasBytes = false, hasStr = false, hasF = false;
    type Part = { node: SyntaxNode; bytes: boolean; raw: boolean; f: boolean; bodyFrom: number; bodyTo: number };
    const ps: Part[] = [];
    for (const p of parts) {
      if (p.name !== 'String' && p.name !== 'FormatString') throw new Bail(p.from);
      const text = this.text(p);
      let pl = 0;
      while (pl < text.length && text[pl] !== '"' && text[pl] !== "'") pl++;
      const prefix = text.slice(0, pl).toLowerCase();
      const q = text[pl];
      const long = text.length >= pl + 6 && text.startsWith(q + q + q, pl) && text.endsWith(q + q + q);
      const qs = long ? 3 : 1;
      if (text.length < pl + 2 * qs || text[text.length - 1] !== q) throw new Bail(p.to);
      const part: Part = {
        node: p, bytes: prefix.includes('b'), raw: prefix.includes('r'), f: prefix.includes('f'),
        bodyFrom: p.from + pl + qs, bodyTo: p.to - qs,
      };
      if (part.bytes) hasBytes = true; else hasStr = true;
      if (part.f) hasF = true;
      ps.push(part);
    }
    if (hasBytes && hasStr) {
      throw this.failTok('cannot mix bytes and nonbytes literals', this.tokenAfter(n.to), n.to);
    }
    const whole = this.pos(n.from, n.to);
    if (hasBytes) {
      let value = '';
      for (const p of ps) {
        const d = decodeBytes(this.src.slice(p.bodyFrom, p.bodyTo), p.raw);
        if (!d.ok) throw this.fail(d.message, p.node.from, p.node.to);
        value += d.value;
      }
      return { type: 'Constant', value: { kind: 'bytes', value }, ...whole };
    }
    if (!hasF) {
      let value = '';
      for (const p of ps) value += this.decodeLit(p.bodyFrom, p.bodyTo, p.raw, p.node, false);
      return { type: 'Constant', value: { kind: 'str', value }, ...whole };
    }
    const pieces: FPiece[] = [];
    for (const p of ps) {
      if (!p.f) {
        pieces.push({ lit: true, value: this.decodeLit(p.bodyFrom, p.bodyTo, p.raw, p.node, false), from: p.node.from, to: p.node.to });
      } else {
        this.fstringPieces(p.node, p.bodyFrom, p.bodyTo, p.raw, pieces);
      }
    }
    return { type: 'JoinedStr', values: this.joinPieces(pieces), ...whole };
  }

  decodeLit(from: number, to: number, raw: boolean, node: SyntaxNode, fstring: boolean): string {
    let body = this.src.slice(from, to);
    if (fstring) body = body.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    const d = decodeStr(body, raw);
    if (!d.ok) throw this.fail(d.message, node.from, node.to);
    return d.value;
  }

  /** Literal pieces and replacement fields of one f-string, from body [from, to). */
  fstringPieces(node: SyntaxNode, from: number, to: number, raw: boolean, out: FPiece[]): void {
    let cur = from;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.type.isError) throw new Bail(c.from);
      // lezer reads `\{` as an escape; in Python the `{` still opens a field (see findRewrite).
      if (c.name === 'Escape' && this.src.charCodeAt(c.from + 1) === 123) throw new Bail(c.from);
      if (c.name !== 'FormatReplacement') continue;
      if (c.from > cur) out.push({ lit: true, value: this.decodeLit(cur, c.from, raw, node, true), from: cur, to: c.from });
      this.replacement(c, raw, node, out);
      cur = c.to;
    }
    if (to > cur) out.push({ lit: true, value: this.decodeLit(cur, to, raw, node, true), from: cur, to });
  }

  replacement(c: SyntaxNode, raw: boolean, strNode: SyntaxNode, out: FPiece[]): void {
    const k = this.kids(c);
    if (k.length < 2 || k[0].name !== '{') throw new Bail(c.from);
    let i = 1;
    const exprNodes: SyntaxNode[] = [];
    while (i < k.length && !['FormatSelfDoc', 'FormatConversion', 'FormatSpec', '}'].includes(k[i].name)) exprNodes.push(k[i++]);
    if (exprNodes.length === 0) {
      const at = k[i] ?? k[0];
      throw this.fail(`f-string: valid expression required before '${this.src[at.from] ?? '}'}'`, at.from, at.from + 1);
    }
    if (exprNodes[0].name === 'LambdaExpression') {
      const colon = exprNodes[0].getChild(':');
      throw this.fail('f-string: lambda expressions are not allowed without parentheses', exprNodes[0].from, colon ? colon.to : exprNodes[0].to);
    }
    const value = exprNodes.length === 1 && exprNodes[0].name === 'YieldExpression'
      ? this.yieldExpr(exprNodes[0]) : this.exprList(exprNodes, c);
    let conversion = -1;
    let formatSpec: A.JoinedStr | null = null;
    let debug = false;
    if (k[i] && k[i].name === 'FormatSelfDoc') {
      debug = true;
      const next = k[i + 1];
      const textEnd = next ? next.from : c.to - 1;
      // CPython drops comments from the text (naively: any '#' to the end of its line).
      const text = this.src.slice(k[0].to, textEnd).replace(/#[^\n]*/g, '');
      out.push({ lit: true, value: text, from: k[0].to, to: textEnd });
      i++;
    }
    if (k[i] && k[i].name === 'FormatConversion') {
      conversion = this.src.charCodeAt(k[i].to - 1);
      i++;
    }
    if (k[i] && k[i].name === 'FormatSpec') {
      const spec = k[i];
      const pieces: FPiece[] = [];
      let cur = spec.from + 1;
      for (let s = spec.firstChild; s; s = s.nextSibling) {
        if (s.type.isError) throw new Bail(s.from);
        if (s.name !== 'FormatReplacement') continue;
        if (s.from > cur) pieces.push({ lit: true, value: this.decodeLit(cur, s.from, raw, strNode, true), from: cur, to: s.from });
        this.replacement(s, raw, strNode, pieces);
        cur = s.to;
      }
      if (spec.to > cur) pieces.push({ lit: true, value: this.decodeLit(cur, spec.to, raw, strNode, true), from: cur, to: spec.to });
      formatSpec = { type: 'JoinedStr', values: this.joinPieces(pieces), ...this.pos(spec.from, spec.to) };
      i++;
    }
    if (!k[i] || k[i].name !== '}' || i !== k.length - 1) throw new Bail(k[i] ? k[i].from : c.to);
    if (debug && conversion === -1 && !formatSpec) conversion = 114; // 'r'
    out.push({ lit: false, v: { type: 'FormattedValue', value, conversion, formatSpec, ...this.pos(c.from, c.to) } });
  }

  /** Merge adjacent literal pieces (dropping empty ones), as CPython does. */
  joinPieces(pieces: FPiece[]): (A.Constant | A.FormattedValue)[] {
    const values: (A.Constant | A.FormattedValue)[] = [];
    let pend: LitPiece | null = null;
    const flush = (): void => {
      if (pend && pend.value !== '') {
        values.push({ type: 'Constant', value: { kind: 'str', value: pend.value }, ...this.pos(pend.from, pend.to) });
      }
      pend = null;
    };
    for (const p of pieces) {
      if (p.lit) {
        if (pend) pend = { lit: true, value: pend.value + p.value, from: pend.from, to: p.to };
        else pend = p;
      } else {
        flush();
        values.push(p.v);
      }
    }
    flush();
    return values;
  }
}

/** Precedence climbing over a flattened operator expression (Python's grammar). */
class OpParser {
  c: Converter;
  items: OpItem[];
  i = 0;
  constructor(c: Converter, items: OpItem[]) {
    this.c = c;
    this.items = items;
  }
  peekOp(): string | null {
    const it = this.items[this.i];
    return it && it.op ? it.text : null;
  }
  bad(): never {
    const it = this.items[this.i] ?? this.items[this.items.length - 1];
    throw this.c.fail('invalid syntax', it.from, it.to);
  }
  mk(e: A.Expr, from: number, to: number): Span { return { e, from, to }; }

  disjunction(): Span {
    const first = this.conjunction();
    if (this.peekOp() !== 'or') return first;
    const values = [first];
    while (this.peekOp() === 'or') { this.i++; values.push(this.conjunction()); }
    const from = first.from, to = values[values.length - 1].to;
    return this.mk({ type: 'BoolOp', op: 'Or', values: values.map((v) => v.e), ...this.c.pos(from, to) }, from, to);
  }
  conjunction(): Span {
    const first = this.inversion();
    if (this.peekOp() !== 'and') return first;
    const values = [first];
    while (this.peekOp() === 'and') { this.i++; values.push(this.inversion()); }
    const from = first.from, to = values[values.length - 1].to;
    return this.mk({ type: 'BoolOp', op: 'And', values: values.map((v) => v.e), ...this.c.pos(from, to) }, from, to);
  }
  inversion(): Span {
    if (this.peekOp() === 'not') {
      const op = this.items[this.i++];
      const operand = this.inversion();
      return this.mk({ type: 'UnaryOp', op: 'Not', operand: operand.e, ...this.c.pos(op.from, operand.to) }, op.from, operand.to);
    }
    return this.comparison();
  }
  compOp(): A.CompareOperator | null {
    const t = this.peekOp();
    if (t === null) return null;
    if (t === 'not') {
      if (this.items[this.i + 1]?.op && (this.items[this.i + 1] as { text: string }).text === 'in') { this.i += 2; return 'NotIn'; }
      return null;
    }
    if (t === 'is') {
      const nx = this.items[this.i + 1];
      if (nx && nx.op && nx.text === 'not') { this.i += 2; return 'IsNot'; }
      this.i++;
      return 'Is';
    }
    if (t === 'in') { this.i++; return 'In'; }
    const op = CMP_OPS[t];
    if (op) { this.i++; return op; }
    if (t === '<>') this.bad();
    return null;
  }
  comparison(): Span {
    const left = this.binary(1);
    const ops: A.CompareOperator[] = [];
    const comparators: A.Expr[] = [];
    let to = left.to;
    for (;;) {
      const op = this.compOp();
      if (!op) break;
      const r = this.binary(1);
      ops.push(op);
      comparators.push(r.e);
      to = r.to;
    }
    if (!ops.length) return left;
    return this.mk({ type: 'Compare', left: left.e, ops, comparators, ...this.c.pos(left.from, to) }, left.from, to);
  }
  binary(level: number): Span {
    if (level > 6) return this.factor();
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.peekOp();
      if (t === null || PREC[t] !== level) return left;
      this.i++;
      const right = this.binary(level + 1);
      left = this.mk({ type: 'BinOp', left: left.e, op: BIN_OPS[t], right: right.e, ...this.c.pos(left.from, right.to) }, left.from, right.to);
    }
  }
  factor(): Span {
    const t = this.peekOp();
    if (t === '+' || t === '-' || t === '~') {
      const op = this.items[this.i++];
      const operand = this.factor();
      const uop: A.UnaryOperator = t === '+' ? 'UAdd' : t === '-' ? 'USub' : 'Invert';
      return this.mk({ type: 'UnaryOp', op: uop, operand: operand.e, ...this.c.pos(op.from, operand.to) }, op.from, operand.to);
    }
    return this.power();
  }
  power(): Span {
    const base = this.awaitPrimary();
    if (this.peekOp() === '**') {
      this.i++;
      const exp = this.factor();
      return this.mk({ type: 'BinOp', left: base.e, op: 'Pow', right: exp.e, ...this.c.pos(base.from, exp.to) }, base.from, exp.to);
    }
    return base;
  }
  awaitPrimary(): Span {
    if (this.peekOp() === 'await') {
      const op = this.items[this.i++];
      const v = this.primary();
      return this.mk({ type: 'Await', value: v.e, ...this.c.pos(op.from, v.to) }, op.from, v.to);
    }
    return this.primary();
  }
  primary(): Span {
    const it = this.items[this.i];
    if (!it || it.op) this.bad();
    this.i++;
    return this.mk(this.c.expr(it.node), it.from, it.to);
  }
}

// ---------------------------------------------------------------- errors from the token stream

export function parse(source: string): ParseResult {
  try {
    return parseInner(source);
  } catch {
    // Defensive: parse must never throw. Point at the end of the input.
    const lines = source.split(/\r\n?|\n/);
    return { ok: false, error: { type: 'SyntaxError', message: 'invalid syntax', line: lines.length, col: 0 } };
  }
}

function parseInner(source: string): ParseResult {
  const src = source.indexOf('\r') >= 0 ? source.replace(/\r\n?/g, '\n') : source;
  const tk = tokenize(src);
  const conv = new Converter(src, tk);
  // What lezer parses: the source with a few same-length rewrites (see `Rewrite`).
  let parseSrc = src;
  // In f-strings lezer pairs a backslash with the next character, so `\{` (raw or not) hides a
  // replacement field from it; CPython keeps the backslash and opens the field. Blank such
  // backslashes (literal text is read from the original source).
  for (const t of tk.tokens) {
    if (t.type !== 'FSTRING_MIDDLE') continue;
    for (let i = t.start; i < t.end; i++) {
      if (src.charCodeAt(i) !== 92) continue;
      let j = i;
      while (j < t.end && src.charCodeAt(j) === 92) j++;
      if ((j - i) % 2 === 1 && src.charCodeAt(j) === 123) {
        parseSrc = parseSrc.slice(0, j - 1) + ' ' + parseSrc.slice(j);
        conv.rewrites.set(j - 1, { kind: 'fspec', start: j - 1, headerFrom: j - 1, headerTo: j, isAsync: false });
      }
      i = j - 1;
    }
  }
  // Rewrite the `with` headers and decorators that lezer cannot parse up front (the loop below
  // would find them one parse at a time).
  for (let k = 0; k < tk.tokens.length; k++) {
    const prevTok = tk.tokens[k - 1];
    if (k > 0 && prevTok.type !== 'NEWLINE' && prevTok.type !== 'INDENT' && prevTok.type !== 'DEDENT') continue;
    const rw = needsRewrite(conv, k);
    if (rw) {
      parseSrc = parseSrc.slice(0, rw.from) + rw.text + parseSrc.slice(rw.to);
      conv.rewrites.set(rw.rewrite.start, rw.rewrite);
    }
  }
  let tree: Tree = pyParser().parse(parseSrc);
  let module: A.Module | null = null;
  let fail: Fail | null = null;
  let bail = -1;
  let lezerErr = -1;
  for (let attempt = 0; ; attempt++) {
    module = null;
    fail = null;
    bail = -1;
    try {
      module = conv.module(tree.topNode);
    } catch (e) {
      if (e instanceof Fail) fail = e;
      else if (e instanceof Bail) bail = e.offset;
      else if (e instanceof RangeError) {
        // Nesting too deep for the converter's recursion (CPython gives up too: "too many
        // nested parentheses", or a MemoryError "source too complex to parse").
        if (tk.error) return { ok: false, error: fromTokError(tk.error) };
        return { ok: false, error: { type: 'SyntaxError', message: 'Python source too complex to parse', line: 1, col: 0 } };
      } else throw e;
    }
    // (lezer may hide an error inside a token it inserted, so look at the whole tree.)
    lezerErr = firstError(tree, conv);
    const at = lezerErr >= 0 ? lezerErr : bail;
    if (at < 0 || attempt >= 64) break;
    // Where the failure is one of lezer's gaps (parenthesised or non-name `with` targets, PEP
    // 614 decorators, ...), rewrite, re-parse and convert again (see findRewrite).
    const rw = findRewrite(conv, at);
    if (!rw) break;
    parseSrc = parseSrc.slice(0, rw.from) + rw.text + parseSrc.slice(rw.to);
    conv.rewrites.set(rw.rewrite.start, rw.rewrite);
    tree = pyParser().parse(parseSrc);
  }

  const errs = new ErrorFinder(conv, tree);
  // Parser-level candidates, earliest first.
  const cands: Fail[] = [];
  // A generic error from the converter is only ours to report where lezer saw nothing wrong.
  if (fail && fail.err.message === 'invalid syntax' && lezerErr >= 0 && lezerErr <= fail.offset) fail = null;
  if (fail) {
    fail.tokIndex = conv.tokenAt(fail.offset);
    const lg = errs.legacyStatement(fail.tokIndex);
    if (lg) {
      lg.offset = fail.offset;
      lg.tokIndex = fail.tokIndex;
      fail = lg;
    }
    cands.push(fail);
  }
  const failAt = lezerErr >= 0 ? lezerErr : bail;
  if (failAt >= 0) {
    const d = errs.describe(failAt);
    d.offset = Math.max(d.offset, failAt);
    d.tokIndex = errs.failIndex(failAt);
    cands.push(d);
  }
  const indent = errs.indentationError();
  if (indent) cands.push(indent);
  let parserErr: Fail | null = null;
  for (const c of cands) {
    if (!parserErr || c.offset < parserErr.offset || (c === indent && c.offset === parserErr.offset)) parserErr = c;
  }

  // How CPython picks between its tokenizer's and its parser's errors (pegen_errors.c):
  //  - the parser fails before the tokenizer does: its error stands, except that a hard
  //    tokenizer error anywhere later in the file (unterminated string, bad number,
  //    unmatched bracket, ...) replaces it - but not "unexpected indent", nor an error
  //    inside an f-string the tokenizer never finished - and an unclosed bracket opened on
  //    an earlier line replaces it with "'(' was never closed";
  //  - otherwise (the parser reads one token ahead, so failing at the last token before the
  //    tokenizer's error counts) the tokenizer's error is reported.
  const tokErr = tk.error;
  const nTok = tk.tokens.length;
  const lastEnd = nTok ? tk.tokens[nTok - 1].end : 0;
  const reachesTokErr = (f: Fail): boolean =>
    !!tokErr && (f.offset >= tokErr.offset || f.tokIndex >= nTok - 1 || (f.reach >= lastEnd && tk.open.length > 0));
  if (tokErr && (!parserErr || reachesTokErr(parserErr))) {
    return { ok: false, error: fromTokError(tokErr) };
  }
  if (parserErr) {
    const isIndent = parserErr.err.message === 'unexpected indent' || errs.inUnfinishedFString(parserErr.tokIndex);
    if (!isIndent && tokErr && tokErr.kind === 'hard') return { ok: false, error: fromTokError(tokErr) };
    if (!isIndent && tk.open.length) {
      const b = tk.open[tk.open.length - 1];
      const errLine = conv.lineOf(Math.max(parserErr.offset, lezerErr, parserErr.reach));
      if (errLine > b.line) {
        return { ok: false, error: { type: 'SyntaxError', message: `'${b.ch}' was never closed`, line: b.line, col: b.col } };
      }
    }
    return { ok: false, error: parserErr.err };
  }
  if (!module) {
    return { ok: false, error: { type: 'SyntaxError', message: 'invalid syntax', line: 1, col: 0 } };
  }
  return { ok: true, module };
}

/** Offset of the first lezer error node (document order), or -1. */
function firstError(tree: Tree, conv: Converter): number {
  let err = -1;
  tree.iterate({
    enter: (ref) => {
      if (err >= 0) return false;
      if (ref.type.isError) {
        const node = ref.node;
        if (!conv.benignError(node) && !insideCasePattern(conv, node)) err = ref.from;
        return false;
      }
      return undefined;
    },
  });
  return err;
}

/** Blank `s`, keeping newlines (so that lines stay where they were). */
function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** The rewrite for a statement starting at token k that lezer's grammar cannot parse, if any. */
function needsRewrite(conv: Converter, k: number): { from: number; to: number; text: string; rewrite: Rewrite } | null {
  const toks = conv.tokens;
  const src = conv.src;
  const text = (t: Tok | undefined): string => (t ? src.slice(t.start, t.end) : '');
  const first = toks[k];
  if (!first) return null;
  if (first.type === 'OP' && text(first) === '@') {
    // lezer knows `@name.name(args)` only.
    let j = k + 1;
    let ok = toks[j]?.type === 'NAME';
    while (ok && text(toks[j + 1]) === '.' && toks[j + 2]?.type === 'NAME') j += 2;
    if (ok && text(toks[j + 1]) === '(') {
      let depth = 0;
      for (j = j + 1; j < toks.length; j++) {
        if (toks[j].type === 'NEWLINE' || toks[j].type === 'ENDMARKER') break;
        const s2 = text(toks[j]);
        if (s2 === '(' || s2 === '[' || s2 === '{') depth++;
        else if (s2 === ')' || s2 === ']' || s2 === '}') { depth--; if (depth === 0) break; }
      }
      j = depth === 0 ? j : toks.length;
    }
    ok = ok && toks[j + 1]?.type === 'NEWLINE';
    return ok ? null : findRewrite(conv, toks[k + 1] ? toks[k + 1].start : first.end);
  }
  if (first.type === 'NAME' && (text(first) === 'with' || (text(first) === 'async' && text(toks[k + 1]) === 'with'))) {
    const withTok = text(first) === 'async' ? toks[k + 1] : first;
    let colon = -1;
    for (let j = k + 1; j < toks.length && toks[j].type !== 'NEWLINE' && toks[j].type !== 'ENDMARKER'; j++) {
      if (toks[j].level === 0 && toks[j].type === 'OP' && text(toks[j]) === ':') { colon = j; break; }
    }
    if (colon < 0) return null;
    const items = conv.withItems(withTok.end, toks[colon].start);
    if (!items) return null;
    const parenthesised = items.length > 0 && items[0].start > 0 && text(toks[items[0].start - 1]) === '(' &&
      toks[items[0].start - 1].start >= withTok.end && items[0].start - 1 === toks.indexOf(withTok) + 1;
    const hard = items.some((it) => it.as >= 0 && (parenthesised || it.end - it.as !== 2 || toks[it.as + 1].type !== 'NAME'));
    return hard ? findRewrite(conv, toks[items[0].start].start) : null;
  }
  return null;
}

/** If the error at `off` is inside a `with` header or a decorator, the rewrite to apply. */
function findRewrite(conv: Converter, off: number): { from: number; to: number; text: string; rewrite: Rewrite } | null {
  const toks = conv.tokens;
  const src = conv.src;
  let k = conv.tokenAt(off);
  if (k >= toks.length) k = toks.length - 1;
  if (k < 0) return null;
  let ls = k;
  while (ls > 0 && toks[ls - 1].type !== 'NEWLINE' && toks[ls - 1].type !== 'INDENT' && toks[ls - 1].type !== 'DEDENT') ls--;
  const text = (t: Tok | undefined): string => (t ? src.slice(t.start, t.end) : '');
  const first = toks[ls];
  if (!first) return null;
  if (first.type === 'NAME' && (text(first) === 'with' || (text(first) === 'async' && text(toks[ls + 1]) === 'with'))) {
    const isAsync = text(first) === 'async';
    const withTok = isAsync ? toks[ls + 1] : first;
    let colon = -1;
    for (let j = ls + 1; j < toks.length && toks[j].type !== 'NEWLINE' && toks[j].type !== 'ENDMARKER'; j++) {
      if (toks[j].level === 0 && toks[j].type === 'OP' && text(toks[j]) === ':') { colon = j; break; }
    }
    if (colon < 0) return null;
    const c = toks[colon];
    if (off > c.start || conv.rewrites.has(first.start)) return null;
    const from = first.start;
    const to = c.end;
    if (to - from < 6 || colon === ls + (isAsync ? 2 : 1)) return null;
    // Only when every item parses: otherwise the error is a real one, described as usual.
    const items = conv.withItems(withTok.end, c.start);
    if (!items) return null;
    for (const it of items) {
      const ranges = it.as < 0 ? [[it.start, it.end]] : [[it.start, it.as], [it.as + 1, it.end]];
      for (const [x, y] of ranges) {
        let ok = true;
        try { ok = conv.parseExprAt(toks[x].start, toks[y - 1].end) !== null; } catch { ok = true; }
        if (!ok) return null;
      }
    }
    const replacement = 'if(1' + blank(src.slice(from + 4, to - 2)) + '):';
    return {
      from, to, text: replacement,
      rewrite: { kind: 'with', start: from, headerFrom: withTok.end, headerTo: c.start, isAsync },
    };
  }
  const t = toks[k];
  if (src[off] === '\\' && src[off + 1] === '{' && !conv.rewrites.has(off) && t && t.type === 'FSTRING_MIDDLE') {
    // f'\{x}': for lezer that is an escape; blank the backslash (values come from the source).
    return { from: off, to: off + 1, text: ' ', rewrite: { kind: 'fspec', start: off, headerFrom: off, headerTo: off + 1, isAsync: false } };
  }
  if (t && t.type === 'OP' && text(t) === ':' && t.start === off && src[off + 1] === '=' &&
      toks[k + 1]?.type === 'FSTRING_MIDDLE' && !conv.rewrites.has(off + 1)) {
    // f'{x:=^9}': a format spec starting with '=' (lezer reads ':=' as the walrus). The
    // converter reads spec text from the original source, so any spec character will do.
    return { from: off + 1, to: off + 2, text: ' ', rewrite: { kind: 'fspec', start: off + 1, headerFrom: off + 1, headerTo: off + 2, isAsync: false } };
  }
  // `lambda a,: 0`: lezer's lambda parameters take no trailing comma.
  for (const c of [t, toks[k - 1]]) {
    if (!c || c.type !== 'OP' || text(c) !== ',' || conv.rewrites.has(c.start)) continue;
    const ci = toks.indexOf(c);
    const nx = toks[ci + 1];
    if (!nx || nx.type !== 'OP' || text(nx) !== ':') continue;
    const pv = toks[ci - 1];
    if (!pv || (pv.type === 'OP' && text(pv) === ',') || (pv.type === 'NAME' && text(pv) === 'lambda')) continue;
    let lambda = false;
    for (let j = ci - 1; j >= ls; j--) {
      const u = toks[j];
      if (u.level < c.level) break;
      if (u.level !== c.level) continue;
      if (u.type === 'OP' && text(u) === ':') break;
      if (u.type === 'NAME' && text(u) === 'lambda') { lambda = true; break; }
    }
    if (lambda) return { from: c.start, to: c.end, text: ' ', rewrite: { kind: 'fspec', start: c.start, headerFrom: c.start, headerTo: c.end, isAsync: false } };
  }
  if (t && t.type === 'OP' && text(t) === '*' && t.start === off && !conv.rewrites.has(off)) {
    // `a[*b]` and `for x in *a, b:` (Python 3.11+ / 3.9+), which lezer's grammar lacks.
    const prev = toks[k - 1];
    let ok = false;
    if (prev && prev.type === 'OP' && (text(prev) === '[' || text(prev) === ',')) {
      let depth = 0;
      for (let j = k - 1; j >= 0 && toks[j].type !== 'NEWLINE'; j--) {
        const s2 = text(toks[j]);
        if (toks[j].type !== 'OP') continue;
        if (s2 === ')' || s2 === ']' || s2 === '}') depth++;
        else if (s2 === '(' || s2 === '{') { if (depth === 0) break; depth--; }
        else if (s2 === '[') {
          if (depth === 0) {
            const b = toks[j - 1];
            ok = !!b && (b.type === 'NAME' || b.type === 'STRING' || b.type === 'FSTRING_END' || (b.type === 'OP' && [')', ']', '}'].includes(text(b))));
            break;
          }
          depth--;
        }
      }
    }
    if (!ok && t.level === 0 && first.type === 'NAME' && (text(first) === 'for' || (text(first) === 'async' && text(toks[ls + 1]) === 'for'))) {
      for (let j = ls; j < k; j++) if (toks[j].level === 0 && toks[j].type === 'NAME' && text(toks[j]) === 'in') ok = true;
    }
    if (ok) return { from: off, to: off + 1, text: ' ', rewrite: { kind: 'star', start: off, headerFrom: off, headerTo: off + 1, isAsync: false } };
  }
  if (t && t.type === 'OP' && text(t) === '/' && t.start === off && !conv.rewrites.has(t.start)) {
    // `lambda a, /, b: ...` (lezer's lambda parameters have no '/'): make it a name.
    let lambda = false;
    for (let j = k - 1; j >= ls; j--) {
      const u = toks[j];
      if (u.level < t.level) break;
      if (u.level !== t.level) continue;
      if (u.type === 'OP' && text(u) === ':') break;
      if (u.type === 'NAME' && text(u) === 'lambda') { lambda = true; break; }
    }
    if (lambda) {
      return { from: t.start, to: t.end, text: '_', rewrite: { kind: 'slash', start: t.start, headerFrom: t.start, headerTo: t.end, isAsync: false } };
    }
  }
  if (first.type === 'OP' && text(first) === '@') {
    let nl = ls + 1;
    while (nl < toks.length && toks[nl].type !== 'NEWLINE' && toks[nl].type !== 'ENDMARKER') nl++;
    const end = toks[nl - 1];
    if (nl === ls + 1 || !end || conv.rewrites.has(first.start)) return null;
    const from = first.end;
    const to = end.end;
    if (to - from < 3) return null;
    return {
      from, to, text: '_(' + blank(src.slice(from + 2, to - 1)) + ')',
      rewrite: { kind: 'decorator', start: first.start, headerFrom: toks[ls + 1].start, headerTo: end.end, isAsync: false },
    };
  }
  return null;
}

/**
 * lezer's `case` patterns are incomplete (`case Point():` fails): an error inside a pattern
 * whose `case ...:` line is otherwise well formed is ignored (match becomes Unsupported).
 */
function insideCasePattern(conv: Converter, n: SyntaxNode): boolean {
  let clause: SyntaxNode | null = null;
  for (let p = n.parent; p; p = p.parent) if (p.name === 'MatchClause') { clause = p; break; }
  if (!clause) return false;
  const toks = conv.tokens;
  let k = conv.tokenAt(clause.from);
  while (toks[k] && (toks[k].type === 'INDENT' || toks[k].type === 'DEDENT')) k++;
  if (!toks[k] || conv.src.slice(toks[k].start, toks[k].end) !== 'case') return false;
  for (k++; k < toks.length && toks[k].type !== 'NEWLINE'; k++) {
    const t = toks[k];
    if (t.level === 0 && t.type === 'OP' && conv.src.slice(t.start, t.end) === ':') return n.from < t.start;
  }
  return false;
}

function fromTokError(e: NonNullable<TokenizeResult['error']>): PythonSyntaxError {
  const out: PythonSyntaxError = { type: e.type, message: e.message, line: e.line, col: e.col };
  if (e.endLine !== undefined && e.endCol !== undefined) {
    out.endLine = e.endLine;
    out.endCol = e.endCol;
  }
  return out;
}

/** Turns a failure position into CPython's message, using the token stream and the tree. */
class ErrorFinder {
  c: Converter;
  tree: Tree;
  toks: Tok[];
  constructor(c: Converter, tree: Tree) {
    this.c = c;
    this.tree = tree;
    this.toks = c.tokens;
  }
  tokText(t: Tok | undefined): string { return t ? this.c.src.slice(t.start, t.end) : ''; }
  isOp(t: Tok | undefined, s: string): boolean { return !!t && t.type === 'OP' && this.tokText(t) === s; }
  isKw(t: Tok | undefined, s: string): boolean { return !!t && t.type === 'NAME' && this.tokText(t) === s; }

  /** Index of the first token of the logical line containing token i. */
  lineStart(i: number): number {
    let j = i - 1;
    while (j >= 0 && this.toks[j].type !== 'NEWLINE' && this.toks[j].type !== 'INDENT' && this.toks[j].type !== 'DEDENT') j--;
    return j + 1;
  }

  canEnd(t: Tok | undefined): boolean {
    if (!t) return false;
    if (t.type === 'NUMBER' || t.type === 'STRING' || t.type === 'FSTRING_END') return true;
    if (t.type === 'NAME') {
      const s = this.tokText(t);
      return !KEYWORDS.has(s) || s === 'True' || s === 'False' || s === 'None';
    }
    if (t.type === 'OP') {
      const s = this.tokText(t);
      return s === ')' || s === ']' || s === '}' || s === '...';
    }
    return false;
  }
  canStart(t: Tok | undefined): boolean {
    if (!t) return false;
    if (t.type === 'NUMBER' || t.type === 'STRING' || t.type === 'FSTRING_START') return true;
    if (t.type === 'NAME') {
      const s = this.tokText(t);
      return !KEYWORDS.has(s) || s === 'True' || s === 'False' || s === 'None' || s === 'not' || s === 'lambda' || s === 'await';
    }
    if (t.type === 'OP') {
      const s = this.tokText(t);
      return s === '{' || s === '~' || s === '...';
    }
    return false;
  }

  /** Start index of the expression (a disjunction) that ends at token j. */
  exprStartBack(j: number): number {
    const lvl = this.toks[j].level;
    let i = j;
    for (;;) {
      const t = this.toks[i];
      // Jump over a bracketed group.
      if (this.isCloser(t)) {
        let depth = 0;
        let m = i;
        for (; m >= 0; m--) {
          if (this.isCloser(this.toks[m])) depth++;
          else if (this.isOpener(this.toks[m])) { depth--; if (depth === 0) break; }
        }
        if (m < 0) return i;
        i = m;
      }
      const prev = this.toks[i - 1];
      if (!prev || prev.level !== lvl) return i;
      if (prev.type === 'NEWLINE' || prev.type === 'INDENT' || prev.type === 'DEDENT') return i;
      const s = this.tokText(prev);
      if (prev.type === 'OP' && [',', '(', '[', '{', ':', '=', ':=', ';', '->', '+=', '-=', '*=', '/=', '//=', '%=', '**=', '@=', '&=', '|=', '^=', '>>=', '<<='].includes(s)) return i;
      if (prev.type === 'NAME' && ['if', 'else', 'lambda', 'for', 'return', 'yield', 'in', 'elif', 'while', 'assert', 'del', 'import', 'from', 'raise', 'with', 'as', 'await', 'print', 'exec'].includes(s) && KEYWORDS.has(s)) return i;
      if (prev.type === 'NAME' && !KEYWORDS.has(s) && (this.canEnd(prev) && this.canStart(this.toks[i]) && !this.isOp(this.toks[i], '(') && !this.isOp(this.toks[i], '['))) return i;
      if (prev.type === 'FSTRING_START' || prev.type === 'FSTRING_MIDDLE') return i;
      i--;
    }
  }
  /** End index (inclusive) of the expression that starts at token i. */
  exprEndForward(i: number): number {
    const lvl = this.toks[i].level;
    let j = i;
    for (;;) {
      const t = this.toks[j];
      if (this.isOpener(t)) {
        let depth = 0;
        let m = j;
        for (; m < this.toks.length; m++) {
          if (this.isOpener(this.toks[m])) depth++;
          else if (this.isCloser(this.toks[m])) { depth--; if (depth === 0) break; }
        }
        // Unclosed: CPython's parser reads on to the end of the file.
        if (m >= this.toks.length) return this.toks.length - 1;
        j = m;
      }
      const next = this.toks[j + 1];
      if (!next || next.level !== lvl || next.type === 'NEWLINE' || next.type === 'ENDMARKER') return j;
      const s = this.tokText(next);
      if (next.type === 'OP' && [',', ')', ']', '}', ':', '=', ';', ':='].includes(s)) return j;
      if (next.type === 'NAME' && ['for', 'async', 'if', 'else', 'as'].includes(s)) return j;
      if (this.canEnd(t) && this.canStart(next)) return j;
      j++;
    }
  }
  isOpener(t: Tok | undefined): boolean {
    return !!t && t.type === 'OP' && (this.tokText(t) === '(' || this.tokText(t) === '[' || this.tokText(t) === '{');
  }
  isCloser(t: Tok | undefined): boolean {
    return !!t && t.type === 'OP' && (this.tokText(t) === ')' || this.tokText(t) === ']' || this.tokText(t) === '}');
  }
  range(message: string, a: Tok, b: Tok): Fail {
    const f = this.c.fail(message, a.start, b.end);
    f.reach = b.end;
    return f;
  }

  describe(off: number): Fail {
    const c = this.c;
    const toks = this.toks;
    let k = c.tokenAt(off);
    while (k < toks.length && toks[k].start < off && toks[k].end <= off) k++;
    if (k >= toks.length) k = toks.length - 1;
    if (toks[k] && toks[k].type === 'INDENT' && toks[k + 1] && this.isOp(toks[k - 2], ':') && toks[k - 1]?.type === 'NEWLINE') k++;
    while (toks[k] && toks[k].type === 'DEDENT' && toks[k + 1] && toks[k + 1].type !== 'ENDMARKER') k++;
    const t = toks[k];
    if (!t) return c.fail('invalid syntax', off, off);
    const prev = toks[k - 1];
    const ls = this.lineStart(k);
    const first = toks[ls];
    const firstText = this.tokText(first);

    // f-string replacement fields
    if (this.isOp(t, '!') && this.inFString(k)) {
      const nx = toks[k + 1];
      if (nx && nx.type === 'NAME') {
        return c.fail(`f-string: invalid conversion character '${this.tokText(nx)}': expected 's', 'r', or 'a'`, nx.start, nx.end);
      }
      if (nx && !this.isOp(nx, '=')) return c.fail('f-string: missing conversion character', nx.start, nx.end);
    }
    if (this.isOp(t, '}') || this.isOp(t, '!') || this.isOp(t, ':')) {
      if (prev && this.isOp(prev, '{') && this.inFString(k)) {
        return c.fail(`f-string: valid expression required before '${this.tokText(t)}'`, t.start, t.end);
      }
    }
    if (prev && this.isOp(prev, '!') && this.inFString(k)) {
      if (t.type === 'NAME') {
        return c.fail(`f-string: invalid conversion character '${this.tokText(t)}': expected 's', 'r', or 'a'`, t.start, t.end);
      }
      return c.fail('f-string: missing conversion character', t.start, t.end);
    }

    // print "x" / exec "x"
    const lg = prev && this.legacyAt(k - 1) ? this.legacyFail(k - 1) : this.legacyStatement(k);
    if (lg) return lg;

    // Compound statement headers: missing ':' (or '(' after def NAME).
    if (first && first.type === 'NAME' && COMPOUND.has(firstText) && t.level === 0) {
      let kw = ls;
      if (firstText === 'async') kw++;
      const kwText = this.tokText(toks[kw]);
      if ((kwText === 'else' || kwText === 'try' || kwText === 'finally') && k === kw + 1 && !this.isOp(t, ':')) {
        return c.failTok("expected ':'", t, t.start);
      }
      if (kwText === 'def' && k === kw + 2 && toks[kw + 1].type === 'NAME' && !this.isOp(t, '(')) {
        return c.failTok("expected '('", t, t.start);
      }
      if (kwText === 'def' && prev && this.isOp(prev, ')') && prev.level === 0 && !this.isOp(t, ':') && !this.isOp(t, '->')) {
        return c.failTok("expected ':'", t, t.start);
      }
      let hdrOk = k > kw + 1 || kwText === 'except' || kwText === 'else' || kwText === 'try' || kwText === 'finally';
      if ((kwText === 'class' || kwText === 'def') && toks[kw + 1]?.type !== 'NAME') hdrOk = false;
      if (kwText === 'for') {
        hdrOk = false;
        for (let j = kw + 1; j < k; j++) if (toks[j].level === 0 && this.isKw(toks[j], 'in')) hdrOk = true;
      }
      if (t.type === 'NEWLINE' && hdrOk && !this.hasTopColon(ls, k)) {
        return c.failTok("expected ':'", t, t.start);
      }
      if (kwText === 'except' && this.isOp(t, ',')) {
        // except A, B: -> handled when the tree has it; otherwise generic
      }
    }

    // `=` where it cannot be: parameters, call arguments, conditions.
    if (this.isOp(t, '=') && prev) {
      const innermost = this.innermostOpener(k);
      const inDefParams = innermost !== null && this.isOp(toks[innermost], '(') && this.isKw(toks[innermost - 2], 'def');
      const inLambda = this.inLambdaParams(k);
      if ((inDefParams || inLambda) && prev.type === 'NAME' && (this.isOp(toks[k - 2], '*') || this.isOp(toks[k - 2], '**'))) {
        const what = this.isOp(toks[k - 2], '*') ? 'var-positional' : 'var-keyword';
        return c.fail(`${what} argument cannot have default value`, t.start, t.end);
      }
      const inCall = innermost !== null && !inDefParams && this.isCallParen(innermost);
      if (inCall) {
        let a = k - 1;
        while (a > innermost + 1 && !(toks[a - 1].level === t.level && this.isOp(toks[a - 1], ','))) a--;
        if (a <= innermost) return c.failTok('invalid syntax', t, off);
        const at = toks[a];
        const aText = this.tokText(at);
        if (!(at.type === 'NAME' && this.isOp(toks[a + 1], '='))) {
          if (a === k - 1 && (aText === 'True' || aText === 'False' || aText === 'None')) {
            return this.range(`cannot assign to ${aText}`, at, at);
          }
          return c.fail('expression cannot contain assignment, perhaps you meant "=="?', at.start, t.end);
        }
      }
      const inHeader = first && first.type === 'NAME' && ['if', 'elif', 'while'].includes(firstText) && t.level === 0;
      if (!inCall && !inDefParams && !inLambda && (inHeader || t.level > 0) && this.canEnd(prev)) {
        const a = this.exprStartBack(k - 1);
        const b = k + 1 < toks.length && this.canStartExpr(toks[k + 1]) ? this.exprEndForward(k + 1) : -1;
        if (b >= 0 && !this.isOp(toks[b + 1], '=') && !this.isOp(toks[b + 1], ':=')) {
          if (a === k - 1 && toks[a].type === 'NAME' && !KEYWORDS.has(this.tokText(toks[a]))) {
            return this.range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", toks[a], toks[b]);
          }
          let e: A.Expr | null = null;
          try { e = c.parseExprAt(toks[a].start, toks[k - 1].end); } catch { e = null; }
          if (e && c.isBitwiseOr(e) && !this.startsWithDisplayTok(toks[a])) {
            return c.failAt(`cannot assign to ${exprName(e)} here. Maybe you meant '==' instead of '='?`, e, toks[a].start);
          }
        }
      }
    }

    // Call arguments: f(*), f(x=), {a:}
    if ((this.isOp(t, ')') || this.isOp(t, ',')) && prev) {
      const innermost = this.innermostOpener(k);
      const inCall = innermost !== null && !this.isKw(toks[innermost - 2], 'def') && this.isCallParen(innermost);
      if (inCall && this.isOp(prev, '*')) return c.fail('Invalid star expression', t.start, t.end);
      if (inCall && this.isOp(prev, '=') && toks[k - 2]?.type === 'NAME' &&
          (this.isOp(toks[k - 3], '(') || this.isOp(toks[k - 3], ','))) {
        return this.range('expected argument value expression', toks[k - 2], prev);
      }
    }
    if ((this.isOp(t, '}') || this.isOp(t, ',')) && this.canEnd(prev)) {
      const opener = this.innermostOpener(k);
      if (opener !== null && this.isOp(toks[opener], '{') && !this.inFString(k)) {
        // The current element has no ':' while an earlier one shows this is a dict.
        const lvl = toks[opener].level + 1;
        let start = k - 1;
        while (start > opener + 1 && !(toks[start - 1].level === lvl && this.isOp(toks[start - 1], ','))) start--;
        let colon = false;
        for (let j = start; j < k; j++) if (toks[j].level === lvl && (this.isOp(toks[j], ':') || this.isOp(toks[j], '**'))) colon = true;
        let dict = false;
        for (let j = opener + 1; j < start; j++) if (toks[j].level === lvl && (this.isOp(toks[j], ':') || this.isOp(toks[j], '**'))) dict = true;
        if (dict && !colon) {
          // (CPython points at the key's last character.)
          const p = c.pos(prev.end - 1, prev.end - 1);
          return new Fail({ type: 'SyntaxError', message: "':' expected after dictionary key", line: p.line, col: p.col }, prev.start);
        }
      }
    }
    if ((this.isOp(t, '}') || this.isOp(t, ',')) && this.isOp(prev, ':')) {
      const innermost = this.innermostOpener(k);
      if (innermost !== null && this.isOp(toks[innermost], '{') && !this.inFString(k)) {
        return c.fail("expression expected after dictionary key and ':'", prev.start, prev.end);
      }
    }
    if (this.isOp(t, '*') && prev && (this.isKw(prev, 'del') || (this.isOp(prev, ',') && this.isKw(first, 'del') && t.level === 0))) {
      const end = k + 1 < toks.length && this.canStartExpr(toks[k + 1]) ? toks[this.exprEndForward(k + 1)] : t;
      return this.range('cannot delete starred', t, end);
    }
    // `x = 1 =` at the end of a line: the last target is checked like any other.
    if (t.type === 'NEWLINE' && this.isOp(prev, '=') && prev.level === 0 && first && !(first.type === 'NAME' && KEYWORDS.has(firstText))) {
      let a = k - 2;
      while (a > ls && !(toks[a - 1].level === 0 && this.isOp(toks[a - 1], '='))) a--;
      if (a <= k - 2) {
        let e: A.Expr | null = null;
        try { e = c.parseExprAt(toks[a].start, toks[k - 2].end, true); } catch { e = null; }
        const bad = e ? invalidTarget(e, 'store') : null;
        if (bad) return c.failAt(`cannot assign to ${exprName(bad)}`, bad, toks[a].start);
      }
    }
    if (t.type === 'NEWLINE' && this.isKw(prev, 'import')) {
      const p = c.pos(t.start, t.start);
      return new Fail({ type: 'SyntaxError', message: "Expected one or more names after 'import'", line: p.line, col: p.col, endLine: p.line, endCol: p.col }, t.start);
    }

    // `x if y` without else
    if (t.type !== 'NAME' || this.tokText(t) !== 'else') {
      const ifIdx = this.pendingIf(k);
      if (ifIdx >= 0 && !this.isOp(t, ':')) {
        const a = this.exprStartBack(ifIdx - 1);
        return this.range("expected 'else' after 'if' expression", toks[a], toks[k - 1]);
      }
    }

    // f(x[]): an empty subscript reads as `x` followed by the list `[]`.
    if (this.isOp(t, ']') && this.isOp(prev, '[') && this.canEnd(toks[k - 2]) && prev.level > 0 && !this.inFString(k)) {
      const a = this.exprStartBack(k - 2);
      return this.range('invalid syntax. Perhaps you forgot a comma?', toks[a], t);
    }

    // [x for y z]: 'in' expected
    if (t.level > 0 && !this.isKw(t, 'in')) {
      for (let j = k - 1; j >= 0; j--) {
        const u = toks[j];
        if (u.level < t.level || u.type === 'NEWLINE') break;
        if (u.level !== t.level) continue;
        if (this.isKw(u, 'in') || this.isOp(u, ':') || this.isOp(u, '=') || this.isKw(u, 'if') || this.isKw(u, 'lambda')) break;
        if (this.isKw(u, 'for')) {
          if (j < k - 1) return c.failTok("'in' expected after for-loop variables", t, off);
          break;
        }
      }
    }

    // Two expressions in a row inside brackets: a missing comma.
    const opener = this.innermostOpener(k);
    let inParams = (opener !== null && this.isOp(toks[opener], '(') && this.isKw(toks[opener - 2], 'def')) || this.inLambdaParams(k);
    if (inParams) {
      // Inside an annotation or a default value, expressions follow the usual rule.
      for (let j = k - 1; j >= 0 && !(toks[j].level === t.level && this.isOp(toks[j], ',')) && !this.isOpener(toks[j]); j--) {
        if (toks[j].level === t.level && (this.isOp(toks[j], ':') || this.isOp(toks[j], '='))) { inParams = false; break; }
      }
    }
    const inImport = this.isKw(first, 'from') || this.isKw(first, 'import');
    if (t.level > 0 && !inParams && !inImport && this.canEnd(prev) && this.canStart(t)) {
      const a = this.exprStartBack(k - 1);
      const at = toks[a];
      const legacy = a === k - 1 && (this.tokText(at) === 'print' || this.tokText(at) === 'exec');
      const nameString = at.type === 'NAME' && !KEYWORDS.has(this.tokText(at)) && (toks[a + 1]?.type === 'STRING' || toks[a + 1]?.type === 'FSTRING_START');
      // (CPython compares only the name's length of each soft keyword, so `t`, `ma`, `cas`...
      // count as soft keywords here.)
      const soft = at.type === 'NAME' && ['match', 'case', 'type', '_'].some((kw) => kw.startsWith(this.tokText(at)));
      if (!legacy && !nameString && !soft) {
        const b = this.exprEndForward(k);
        return this.range('invalid syntax. Perhaps you forgot a comma?', at, toks[b]);
      }
    }

    // [x, y for x in z]
    if (this.isKw(t, 'for') && t.level > 0) {
      const open = this.innermostOpener(k);
      if (open !== null && (this.isOp(toks[open], '[') || this.isOp(toks[open], '{') || this.isOp(toks[open], '('))) {
        let hasComma = false;
        for (let j = open + 1; j < k; j++) if (toks[j].level === t.level && this.isOp(toks[j], ',')) hasComma = true;
        if (hasComma) return this.range('did you forget parentheses around the comprehension target?', toks[open + 1], toks[k - 1]);
      }
    }

    // import a from b
    if (this.isKw(t, 'from') && first && this.isKw(first, 'import')) {
      const end = this.exprListEnd(k);
      return this.range("Did you mean to use 'from ... import ...' instead?", first, end);
    }

    if (t.type === 'INDENT') {
      return this.indentFail(k);
    }
    if (t.type === 'DEDENT' || t.type === 'ENDMARKER') {
      // Error at the end of a block: report the newline before it.
      let j = k;
      while (j > 0 && (toks[j].type === 'DEDENT' || toks[j].type === 'ENDMARKER')) j--;
      const nl = toks[j];
      if (t.type === 'ENDMARKER' && nl) return c.fail('invalid syntax', nl.start, nl.type === 'NEWLINE' ? nl.start + 1 : nl.end);
    }
    return c.failTok('invalid syntax', t, off);
  }

  /** `print x` / `exec x` at token j (a name not followed by '(' but by an expression)? */
  legacyAt(j: number): boolean {
    const toks = this.toks;
    const p0 = toks[j], nx = toks[j + 1];
    return !!p0 && p0.type === 'NAME' && (this.tokText(p0) === 'print' || this.tokText(p0) === 'exec') &&
      !this.isOp(toks[j - 1], '.') && !!nx && !this.isOp(nx, '(') &&
      (this.canStart(nx) || ['-', '+', '[', '*'].some((o) => this.isOp(nx, o)));
  }
  legacyFail(j: number): Fail {
    const name = this.tokText(this.toks[j]);
    return this.range(`Missing parentheses in call to '${name}'. Did you mean ${name}(...)?`, this.toks[j], this.exprListEnd(j + 1));
  }
  /**
   * CPython tries the `print x` rule as soon as it parses an expression that starts with the
   * name, so it wins for any error in a statement that starts that way.
   */
  legacyStatement(k: number): Fail | null {
    if (k < 0 || k >= this.toks.length) return null;
    const ls = this.lineStart(k);
    return this.legacyAt(ls) ? this.legacyFail(ls) : null;
  }

  /** Token index at which the parse failed, for a lezer error at `off`. */
  failIndex(off: number): number {
    const toks = this.toks;
    let k = this.c.tokenAt(off);
    while (k < toks.length && toks[k].start < off && toks[k].end <= off) k++;
    if (toks[k] && toks[k].type === 'INDENT' && this.isOp(toks[k - 2], ':') && toks[k - 1]?.type === 'NEWLINE') k++;
    return k;
  }
  /** Is token k inside an f-string that the tokenizer never finished? */
  inUnfinishedFString(k: number): boolean {
    if (k < 0 || k >= this.toks.length || !this.inFString(k)) return false;
    for (let j = k; j < this.toks.length; j++) if (this.toks[j].type === 'FSTRING_END') return false;
    return true;
  }
  canStartExpr(t: Tok): boolean {
    return this.canStart(t) || this.isOp(t, '(') || this.isOp(t, '[') || this.isOp(t, '-') || this.isOp(t, '+');
  }
  startsWithDisplayTok(t: Tok): boolean {
    const s = this.tokText(t);
    return s === '[' || s === '(' || s === 'True' || s === 'False' || s === 'None';
  }
  inFString(k: number): boolean {
    let depth = 0;
    for (let j = k - 1; j >= 0; j--) {
      const t = this.toks[j];
      if (t.type === 'FSTRING_END') depth++;
      else if (t.type === 'FSTRING_START') { if (depth === 0) return true; depth--; }
      else if (t.type === 'NEWLINE') return false;
    }
    return false;
  }
  /** Index of the innermost unclosed opening bracket before token k. */
  innermostOpener(k: number): number | null {
    let depth = 0;
    for (let j = k - 1; j >= 0; j--) {
      const t = this.toks[j];
      if (t.type === 'NEWLINE') return null;
      if (this.isCloser(t)) depth++;
      else if (this.isOpener(t)) { if (depth === 0) return j; depth--; }
    }
    return null;
  }
  /** Is token k inside the parameter list of a lambda (before its ':')? */
  inLambdaParams(k: number): boolean {
    const lvl = this.toks[k].level;
    for (let j = k - 1; j >= 0; j--) {
      const u = this.toks[j];
      if (u.type === 'NEWLINE' || u.level < lvl) return false;
      if (u.level !== lvl) continue;
      if (this.isOp(u, ':')) return false;
      if (this.isKw(u, 'lambda')) return true;
    }
    return false;
  }
  isCallParen(j: number): boolean {
    const t = this.toks[j];
    if (!this.isOp(t, '(')) return false;
    const p = this.toks[j - 1];
    if (!p) return false;
    if (p.type === 'NAME') return !KEYWORDS.has(this.tokText(p)) || this.tokText(p) === 'print';
    return this.isCloser(p) || p.type === 'STRING' || p.type === 'FSTRING_END';
  }
  hasTopColon(from: number, to: number): boolean {
    for (let j = from; j < to; j++) {
      const t = this.toks[j];
      if (t.level === 0 && this.isOp(t, ':')) return true;
      if (t.level === 0 && this.isKw(t, 'lambda')) return true;
    }
    return false;
  }
  /** An `if` (of a conditional expression) before token k at its level with no `else` yet. */
  pendingIf(k: number): number {
    const t = this.toks[k];
    const lvl = t.level;
    let open = -1;
    const ls = this.lineStart(k);
    for (let j = k - 1; j > ls; j--) {
      const u = this.toks[j];
      if (u.level < lvl) break;
      if (u.level !== lvl) continue;
      if (this.isKw(u, 'else')) return -1;
      if (this.isOp(u, ',') || this.isOp(u, '=') || this.isOp(u, ':') || this.isKw(u, 'for') || this.isKw(u, 'lambda')) break;
      if (this.isKw(u, 'if')) {
        const p = this.toks[j - 1];
        if (p && this.canEnd(p) && !this.comprehensionIf(j)) { open = j; break; }
        break;
      }
    }
    return open;
  }
  /** Is the `if` at token j a comprehension filter (a `for` before it in its brackets)? */
  comprehensionIf(j: number): boolean {
    const lvl = this.toks[j].level;
    if (lvl === 0) return false;
    for (let m = j - 1; m >= 0; m--) {
      const u = this.toks[m];
      if (u.level < lvl) return false;
      if (u.level === lvl && this.isKw(u, 'for')) return true;
    }
    return false;
  }
  /** Last token of a comma-separated expression list starting at token k. */
  exprListEnd(k: number): Tok {
    const toks = this.toks;
    let depth = 0;
    let j = k;
    for (let m = k; m < toks.length; m++) {
      const n = toks[m];
      if (n.type === 'ENDMARKER') break;
      if (depth === 0 && n.type === 'NEWLINE') break;
      if (this.isOpener(n)) depth++;
      else if (this.isCloser(n)) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && n.type === 'OP' && [';', '=', ':'].includes(this.tokText(n))) break;
      j = m;
    }
    return toks[j];
  }

  indentFail(k: number): Fail {
    const t = this.toks[k];
    // CPython reports "unexpected indent" one column before the first character.
    const line = t.line;
    const col = Math.max(this.c.colOf(t.start) - 1, 0);
    const f = new Fail({ type: 'IndentationError', message: 'unexpected indent', line, col }, t.start);
    f.tokIndex = k;
    return f;
  }

  /** Indentation structure errors that CPython's parser reports (not the tokenizer ones). */
  indentationError(): Fail | null {
    const toks = this.toks;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (t.type === 'INDENT') {
        const nl = toks[k - 1];
        const colon = toks[k - 2];
        if (!(nl && nl.type === 'NEWLINE' && colon && this.isOp(colon, ':'))) return this.indentFail(k);
      } else if (t.type === 'NEWLINE' && this.isOp(toks[k - 1], ':')) {
        const next = toks[k + 1];
        if (next && next.type !== 'INDENT') {
          const ls = this.lineStart(k);
          const what = this.blockName(ls);
          if (!what) continue;
          const msg = `expected an indented block after ${what.text} on line ${what.line}`;
          // Ordered at the colon: whatever lezer makes of the missing block, this comes first.
          let f: Fail;
          if (next.type === 'ENDMARKER') {
            const p = this.c.eofPos();
            f = new Fail({ type: 'IndentationError', message: msg, line: p.line, col: p.col }, toks[k - 1].end);
          } else if (next.type === 'DEDENT') {
            // (CPython reports column -1 here; we say 0.)
            f = new Fail({ type: 'IndentationError', message: msg, line: next.line, col: 0 }, toks[k - 1].end);
          } else {
            f = this.c.fail(msg, next.start, next.end, 'IndentationError');
            f.offset = toks[k - 1].end;
          }
          f.tokIndex = k + 1;
          return f;
        }
      }
    }
    return null;
  }
  blockName(ls: number): { text: string; line: number } | null {
    let t = this.toks[ls];
    if (this.isKw(t, 'async')) t = this.toks[ls + 1];
    if (!t || t.type !== 'NAME') return null;
    const s = this.tokText(t);
    switch (s) {
      case 'if': case 'elif': case 'else': case 'while': case 'for': case 'with': case 'try': case 'finally':
        return { text: `'${s}' statement`, line: t.line };
      case 'except': {
        const star = this.toks[ls + 1];
        return { text: this.isOp(star, '*') ? "'except*' statement" : "'except' statement", line: t.line };
      }
      case 'def': return { text: 'function definition', line: t.line };
      case 'class': return { text: 'class definition', line: t.line };
      case 'match': return { text: "'match' statement", line: t.line };
      case 'case': return { text: "'case' statement", line: t.line };
      default: return null;
    }
  }
}
