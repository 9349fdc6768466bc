/**
 * Constant folding, as CPython's AST optimizer (Python/ast_opt.c) does before compiling:
 * `-5`, `2 * 3`, `"a" + "b"`, tuples of constants, and list displays used only for
 * iteration or membership (`for x in [1, 2]`, `x in [1, 2]`) becoming constant tuples.
 * It matters for identity: folded constants are shared objects in co_consts.
 */

import type * as A from '../parse/ast.ts';

/** A folded constant value, including tuples of constants. */
export type FoldedValue = A.ConstantValue | { kind: 'tuple'; items: FoldedValue[] };

const MAX_INT_BITS = 128; // ast_opt.c MAX_INT_SIZE
const MAX_COLLECTION = 256;
const MAX_STR = 4096;

export function constantOf(e: A.Expr): FoldedValue | null {
  if (e.type === 'Constant') return e.value;
  if (e.type === 'Tuple' && e.ctx === 'Load') {
    const items: FoldedValue[] = [];
    for (const x of e.elts) {
      const c = constantOf(x);
      if (c === null || x.type === 'Starred') return null;
      items.push(c);
    }
    return { kind: 'tuple', items };
  }
  if ((e as { folded?: FoldedValue }).folded !== undefined) return (e as { folded?: FoldedValue }).folded!;
  return null;
}

function numeric(v: FoldedValue): number | bigint | null {
  if (v.kind === 'int') return v.value;
  if (v.kind === 'bool') return v.value ? 1n : 0n;
  if (v.kind === 'float') return v.value;
  return null;
}

function bitLength(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

/** Returns the folded value of a binary operation on constants, or null if CPython would not fold. */
function foldBinary(op: A.BinaryOperator, l: FoldedValue, r: FoldedValue): FoldedValue | null {
  if (l.kind === 'str' && r.kind === 'str' && op === 'Add') {
    const s = l.value + r.value;
    return s.length <= MAX_STR ? { kind: 'str', value: s } : null;
  }
  if (l.kind === 'str' && (r.kind === 'int') && op === 'Mult') {
    const n = Number(r.value);
    if (n < 0) return { kind: 'str', value: '' };
    return l.value.length * n <= MAX_STR ? { kind: 'str', value: l.value.repeat(n) } : null;
  }
  if (l.kind === 'tuple' && r.kind === 'tuple' && op === 'Add') {
    return { kind: 'tuple', items: [...l.items, ...r.items] };
  }
  if (l.kind === 'tuple' && r.kind === 'int' && op === 'Mult') {
    const n = Number(r.value);
    const items: FoldedValue[] = [];
    if (l.items.length * Math.max(0, n) > MAX_COLLECTION) return null;
    for (let i = 0; i < n; i++) items.push(...l.items);
    return { kind: 'tuple', items };
  }
  const a = numeric(l);
  const b = numeric(r);
  if (a === null || b === null) return null;
  const isFloat = l.kind === 'float' || r.kind === 'float';
  if (isFloat) {
    const x = Number(a);
    const y = Number(b);
    let v: number;
    switch (op) {
      case 'Add': v = x + y; break;
      case 'Sub': v = x - y; break;
      case 'Mult': v = x * y; break;
      case 'Div': if (y === 0) return null; v = x / y; break;
      case 'FloorDiv': if (y === 0) return null; v = Math.floor(x / y); break;
      case 'Mod': {
        if (y === 0) return null;
        const m = x % y;
        v = m !== 0 && (m < 0) !== (y < 0) ? m + y : m;
        break;
      }
      case 'Pow': if (x === 0 && y < 0) return null; if (x < 0 && !Number.isInteger(y)) return null; v = x ** y; break;
      default: return null;
    }
    if (!Number.isFinite(v) && Number.isFinite(x) && Number.isFinite(y)) return null;
    return { kind: 'float', value: v };
  }
  const x = a as bigint;
  const y = b as bigint;
  let v: bigint;
  switch (op) {
    case 'Add': v = x + y; break;
    case 'Sub': v = x - y; break;
    case 'Mult':
      if (bitLength(x) + bitLength(y) > MAX_INT_BITS) return null;
      v = x * y;
      break;
    case 'FloorDiv': {
      if (y === 0n) return null;
      v = x / y;
      if (x % y !== 0n && (x < 0n) !== (y < 0n)) v -= 1n;
      break;
    }
    case 'Mod': {
      if (y === 0n) return null;
      v = x % y;
      if (v !== 0n && (v < 0n) !== (y < 0n)) v += y;
      break;
    }
    case 'Div':
      if (y === 0n) return null;
      return { kind: 'float', value: Number(x) / Number(y) };
    case 'Pow':
      if (y < 0n) {
        if (x === 0n) return null;
        return { kind: 'float', value: Number(x) ** Number(y) };
      }
      if (x !== 0n && y > 128n) return null;
      if (bitLength(x) * Number(y) > MAX_INT_BITS) return null;
      v = x ** y;
      break;
    case 'LShift':
      if (y < 0n || y > 128n || bitLength(x) + Number(y) > MAX_INT_BITS) return null;
      v = x << y;
      break;
    case 'RShift':
      if (y < 0n) return null;
      v = x >> y;
      break;
    case 'BitAnd': v = x & y; break;
    case 'BitOr': v = x | y; break;
    case 'BitXor': v = x ^ y; break;
    default: return null;
  }
  return { kind: 'int', value: v };
}

function foldUnary(op: A.UnaryOperator, v: FoldedValue): FoldedValue | null {
  if (op === 'Not') return null; // `not` on constants is folded in the flow graph, not here
  if (v.kind === 'int' || v.kind === 'bool') {
    const x = v.kind === 'int' ? v.value : v.value ? 1n : 0n;
    if (op === 'USub') return { kind: 'int', value: -x };
    if (op === 'UAdd') return { kind: 'int', value: x };
    if (op === 'Invert') return { kind: 'int', value: -x - 1n };
  }
  if (v.kind === 'float') {
    if (op === 'USub') return { kind: 'float', value: -v.value };
    if (op === 'UAdd') return v;
  }
  return null;
}

/** Rewrites the tree in place, replacing foldable expressions with Constant nodes. */
export function foldModule(mod: A.Module): void {
  for (const s of mod.body) foldStmt(s);
}

function foldBody(body: A.Stmt[]): void {
  for (const s of body) foldStmt(s);
}

function foldStmt(s: A.Stmt): void {
  switch (s.type) {
    case 'FunctionDef':
      s.decorators = s.decorators.map(foldExpr);
      foldArgs(s.args);
      foldBody(s.body);
      return;
    case 'ClassDef':
      s.bases = s.bases.map(foldExpr);
      s.decorators = s.decorators.map(foldExpr);
      for (const k of s.keywords) k.value = foldExpr(k.value);
      foldBody(s.body);
      return;
    case 'Return':
      if (s.value) s.value = foldExpr(s.value);
      return;
    case 'Delete':
      s.targets = s.targets.map(foldExpr);
      return;
    case 'Assign':
      s.targets = s.targets.map(foldExpr);
      s.value = foldExpr(s.value);
      return;
    case 'AugAssign':
      s.value = foldExpr(s.value);
      if (s.target.type !== 'Name') foldChildren(s.target);
      return;
    case 'AnnAssign':
      if (s.value) s.value = foldExpr(s.value);
      return;
    case 'For':
      s.target = foldExpr(s.target);
      s.iter = foldIter(foldExpr(s.iter));
      foldBody(s.body);
      foldBody(s.orelse);
      return;
    case 'While':
      s.test = foldExpr(s.test);
      foldBody(s.body);
      foldBody(s.orelse);
      return;
    case 'If':
      s.test = foldExpr(s.test);
      foldBody(s.body);
      foldBody(s.orelse);
      return;
    case 'With':
      for (const it of s.items) it.contextExpr = foldExpr(it.contextExpr);
      foldBody(s.body);
      return;
    case 'Raise':
      if (s.exc) s.exc = foldExpr(s.exc);
      if (s.cause) s.cause = foldExpr(s.cause);
      return;
    case 'Try':
      foldBody(s.body);
      for (const h of s.handlers) {
        if (h.excType) h.excType = foldExpr(h.excType);
        foldBody(h.body);
      }
      foldBody(s.orelse);
      foldBody(s.finalbody);
      return;
    case 'Assert':
      s.test = foldExpr(s.test);
      if (s.msg) s.msg = foldExpr(s.msg);
      return;
    case 'Expr':
      s.value = foldExpr(s.value);
      return;
    default:
      return;
  }
}

function foldArgs(a: A.Arguments): void {
  a.defaults = a.defaults.map(foldExpr);
  a.kwDefaults = a.kwDefaults.map((d) => (d ? foldExpr(d) : null));
}

/** `for x in [1, 2]` / `x in [a, b]`: a list display becomes a tuple (then maybe a constant). */
function foldIter(e: A.Expr): A.Expr {
  if (e.type === 'List' && !e.elts.some((x) => x.type === 'Starred')) {
    const t: A.TupleExpr = { ...e, type: 'Tuple' };
    return foldTuple(t);
  }
  if (e.type === 'Set' && !e.elts.some((x) => x.type === 'Starred')) {
    const items = e.elts.map(constantOf);
    if (items.every((x) => x !== null)) {
      return { ...e, type: 'Constant', value: { kind: 'frozenset', items } as unknown as A.ConstantValue } as A.Constant;
    }
  }
  return e;
}

function foldTuple(t: A.TupleExpr): A.Expr {
  const items = t.elts.map((x) => (x.type === 'Starred' ? null : constantOf(x)));
  if (t.ctx === 'Load' && items.every((x) => x !== null)) {
    const folded: FoldedValue = { kind: 'tuple', items: items as FoldedValue[] };
    return Object.assign({ ...t }, { folded });
  }
  return t;
}

function foldChildren(e: A.Expr): void {
  switch (e.type) {
    case 'Attribute':
      e.value = foldExpr(e.value);
      return;
    case 'Subscript':
      e.value = foldExpr(e.value);
      e.slice = foldExpr(e.slice);
      return;
    default:
      return;
  }
}

export function foldExpr(e: A.Expr): A.Expr {
  switch (e.type) {
    case 'BinOp': {
      e.left = foldExpr(e.left);
      e.right = foldExpr(e.right);
      const l = constantOf(e.left);
      const r = constantOf(e.right);
      if (l !== null && r !== null) {
        const v = foldBinary(e.op, l, r);
        if (v !== null) return makeConst(e, v);
      }
      return e;
    }
    case 'UnaryOp': {
      e.operand = foldExpr(e.operand);
      const v = constantOf(e.operand);
      if (v !== null) {
        const f = foldUnary(e.op, v);
        if (f !== null) return makeConst(e, f);
      }
      return e;
    }
    case 'BoolOp':
      e.values = e.values.map(foldExpr);
      return e;
    case 'Compare':
      e.left = foldExpr(e.left);
      e.comparators = e.comparators.map(foldExpr);
      e.comparators = e.comparators.map((c, i) => (e.ops[i] === 'In' || e.ops[i] === 'NotIn' ? foldIter(c) : c));
      return e;
    case 'Call':
      e.func = foldExpr(e.func);
      e.args = e.args.map(foldExpr);
      for (const k of e.keywords) k.value = foldExpr(k.value);
      return e;
    case 'Tuple':
      e.elts = e.elts.map(foldExpr);
      return foldTuple(e);
    case 'List':
    case 'Set':
      e.elts = e.elts.map(foldExpr);
      return e;
    case 'Dict':
      e.keys = e.keys.map((k) => (k ? foldExpr(k) : null));
      e.values = e.values.map(foldExpr);
      return e;
    case 'IfExp':
      e.test = foldExpr(e.test);
      e.body = foldExpr(e.body);
      e.orelse = foldExpr(e.orelse);
      return e;
    case 'Lambda':
      foldArgs(e.args);
      e.body = foldExpr(e.body);
      return e;
    case 'ListComp':
    case 'SetComp':
    case 'GeneratorExp':
      e.elt = foldExpr(e.elt);
      foldGenerators(e.generators);
      return e;
    case 'DictComp':
      e.key = foldExpr(e.key);
      e.value = foldExpr(e.value);
      foldGenerators(e.generators);
      return e;
    case 'Attribute':
      e.value = foldExpr(e.value);
      return e;
    case 'Subscript': {
      e.value = foldExpr(e.value);
      e.slice = foldExpr(e.slice);
      return e;
    }
    case 'Starred':
      e.value = foldExpr(e.value);
      return e;
    case 'Slice':
      if (e.lower) e.lower = foldExpr(e.lower);
      if (e.upper) e.upper = foldExpr(e.upper);
      if (e.step) e.step = foldExpr(e.step);
      return e;
    case 'JoinedStr':
      for (const v of e.values) if (v.type === 'FormattedValue') v.value = foldExpr(v.value);
      return e;
    case 'NamedExpr':
      e.value = foldExpr(e.value);
      return e;
    default:
      return e;
  }
}

function foldGenerators(gens: A.Comprehension[]): void {
  for (const g of gens) {
    g.iter = foldIter(foldExpr(g.iter));
    g.ifs = g.ifs.map(foldExpr);
  }
}

function makeConst(e: A.Position, v: FoldedValue): A.Expr {
  if (v.kind === 'tuple') {
    return Object.assign({ type: 'Tuple', elts: [], ctx: 'Load' } as unknown as A.TupleExpr, pos(e), { folded: v });
  }
  return { type: 'Constant', value: v, ...pos(e) };
}

function pos(e: A.Position): A.Position {
  return { line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol };
}
