/**
 * Scope analysis (Python/symtable.c): decides for every name in every scope whether it is
 * a local, a global, a cell (a local captured by an inner function), or a free variable
 * (a captured variable from an enclosing function), following CPython's rules, so the
 * compiler can emit LOAD_FAST / LOAD_GLOBAL / LOAD_NAME / LOAD_DEREF as CPython does.
 */

import type * as A from '../parse/ast.ts';

export type ScopeKind = 'module' | 'class' | 'function' | 'comprehension';
export type NameScope = 'local' | 'cell' | 'free' | 'global-explicit' | 'global-implicit';

const DEF_LOCAL = 1; // bound in this scope
const DEF_PARAM = 2;
const DEF_GLOBAL = 4;
const DEF_NONLOCAL = 8;
const USE = 16;
/** Bound by an iteration target of a comprehension (PEP 709 treats them specially). */
const DEF_COMP_ITER = 32;

export interface CompileError {
  type: 'SyntaxError' | 'NotImplementedError';
  message: string;
  line: number;
  col: number;
}

export class Scope {
  kind: ScopeKind;
  name: string;
  node: A.Module | A.FunctionDef | A.ClassDef | A.Lambda | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;
  parent: Scope | null;
  children: Scope[] = [];
  flags = new Map<string, number>();
  /** Final classification after analysis. */
  scopes = new Map<string, NameScope>();
  /** Parameters in order (positional, *args, kw-only, **kwargs). */
  params: string[] = [];
  isGenerator = false;
  /** A method uses super() or __class__: the class body needs a __class__ cell. */
  needsClassCell = false;
  /** This class scope provides __class__ to its methods. */
  hasClassCell = false;
  /** Comprehension compiled inline into its parent (3.12+, PEP 709). */
  inlined = false;
  /** Names this scope gets from inlined comprehensions (hidden iteration variables). */
  inlinedNames: string[] = [];
  hasNestedScopes = false;
  /** Class scopes: free variables the body does not use but its methods need. */
  passThrough = new Set<string>();
  constructor(kind: ScopeKind, name: string, node: Scope['node'], parent: Scope | null) {
    this.kind = kind;
    this.name = name;
    this.node = node;
    this.parent = parent;
  }
  add(name: string, flag: number): void {
    this.flags.set(name, (this.flags.get(name) ?? 0) | flag);
  }
  scopeOf(name: string): NameScope {
    return this.scopes.get(name) ?? (this.kind === 'module' ? 'global-implicit' : 'global-implicit');
  }
  isFunctionLike(): boolean {
    return this.kind === 'function' || this.kind === 'comprehension';
  }
}

export class SymbolTableError extends Error {
  info: CompileError;
  constructor(info: CompileError) {
    super(info.message);
    this.info = info;
  }
}

/** Builds and analyses the scopes of a module. `inlineComprehensions` is PEP 709 (3.12+). */
export function buildSymbolTable(mod: A.Module, inlineComprehensions: boolean): Map<object, Scope> {
  const table = new Map<object, Scope>();
  const top = new Scope('module', '<module>', mod, null);
  table.set(mod, top);
  const b = new Builder(table, inlineComprehensions);
  b.visitBody(mod.body, top);
  analyze(top, new Set(), new Set(), null);
  return table;
}

class Builder {
  table: Map<object, Scope>;
  inline: boolean;
  constructor(table: Map<object, Scope>, inline: boolean) {
    this.table = table;
    this.inline = inline;
  }

  newScope(kind: ScopeKind, name: string, node: Scope['node'], parent: Scope): Scope {
    const s = new Scope(kind, name, node, parent);
    parent.children.push(s);
    parent.hasNestedScopes = true;
    this.table.set(node, s);
    return s;
  }

  visitBody(body: A.Stmt[], s: Scope): void {
    for (const st of body) this.stmt(st, s);
  }

  bind(name: string, s: Scope, node: A.Position): void {
    const f = s.flags.get(name) ?? 0;
    if (f & DEF_GLOBAL && s.kind !== 'module') {
      // assignment to a declared global is fine
    }
    void node;
    s.add(name, DEF_LOCAL);
  }

  stmt(st: A.Stmt, s: Scope): void {
    switch (st.type) {
      case 'FunctionDef': {
        for (const d of st.decorators) this.expr(d, s);
        this.argDefaults(st.args, s);
        // Annotations are evaluated where the def is (3.10–3.13), or by __annotate__ (3.14).
        if (st.annotate !== undefined) this.expr(st.annotate, s);
        else {
          const a = st.args;
          for (const p of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) if (p?.annotation) this.expr(p.annotation, s);
          if (st.returns) this.expr(st.returns, s);
        }
        this.bind(st.binding ?? st.name, s, st);
        const fs = this.newScope('function', st.name, st, s);
        this.params(st.args, fs);
        this.visitBody(st.body, fs);
        return;
      }
      case 'ClassDef': {
        for (const d of st.decorators) this.expr(d, s);
        for (const b of st.bases) this.expr(b, s);
        for (const k of st.keywords) this.expr(k.value, s);
        this.bind(st.binding ?? st.name, s, st);
        const cs = this.newScope('class', st.name, st, s);
        this.visitBody(st.body, cs);
        return;
      }
      case 'Return':
        if (s.kind !== 'function') this.error('SyntaxError', "'return' outside function", st);
        if (st.value) this.expr(st.value, s);
        return;
      case 'Delete':
        for (const t of st.targets) this.target(t, s);
        return;
      case 'Assign':
        this.expr(st.value, s);
        for (const t of st.targets) this.target(t, s);
        return;
      case 'AugAssign':
        this.expr(st.value, s);
        if (st.target.type === 'Name') {
          s.add(st.target.id, USE);
          this.bind(st.target.id, s, st.target);
        } else this.expr(st.target, s);
        return;
      case 'AnnAssign':
        if (st.value) this.expr(st.value, s);
        this.expr(st.annotation, s);
        if (st.value || st.target.type !== 'Name') this.target(st.target, s);
        else if (st.target.type === 'Name') this.bind(st.target.id, s, st.target);
        return;
      case 'For':
        this.expr(st.iter, s);
        this.target(st.target, s);
        this.visitBody(st.body, s);
        this.visitBody(st.orelse, s);
        return;
      case 'While':
        this.expr(st.test, s);
        this.visitBody(st.body, s);
        this.visitBody(st.orelse, s);
        return;
      case 'If':
        this.expr(st.test, s);
        this.visitBody(st.body, s);
        this.visitBody(st.orelse, s);
        return;
      case 'With':
        for (const it of st.items) {
          this.expr(it.contextExpr, s);
          if (it.optionalVars) this.target(it.optionalVars, s);
        }
        this.visitBody(st.body, s);
        return;
      case 'Raise':
        if (st.exc) this.expr(st.exc, s);
        if (st.cause) this.expr(st.cause, s);
        return;
      case 'Try':
        this.visitBody(st.body, s);
        for (const h of st.handlers) {
          if (h.excType) this.expr(h.excType, s);
          if (h.name) this.bind(h.name, s, h);
          this.visitBody(h.body, s);
        }
        this.visitBody(st.orelse, s);
        this.visitBody(st.finalbody, s);
        return;
      case 'Assert':
        this.expr(st.test, s);
        if (st.msg) this.expr(st.msg, s);
        return;
      case 'Import':
        for (const a of st.names) this.bind(a.asname ?? a.name.split('.')[0]!, s, a);
        return;
      case 'ImportFrom':
        for (const a of st.names) {
          if (a.name === '*') this.error('NotImplementedError', "'from module import *' is not supported here", st);
          this.bind(a.asname ?? a.name, s, a);
        }
        return;
      case 'Global':
        for (const n of st.names) {
          const f = s.flags.get(n) ?? 0;
          if (f & DEF_PARAM) this.error('SyntaxError', `name '${n}' is parameter and global`, st);
          if (f & USE) this.error('SyntaxError', `name '${n}' is used prior to global declaration`, st);
          if (f & DEF_LOCAL) this.error('SyntaxError', `name '${n}' is assigned to before global declaration`, st);
          s.add(n, DEF_GLOBAL);
        }
        return;
      case 'Nonlocal':
        if (s.kind === 'module') this.error('SyntaxError', 'nonlocal declaration not allowed at module level', st);
        for (const n of st.names) {
          const f = s.flags.get(n) ?? 0;
          if (f & DEF_PARAM) this.error('SyntaxError', `name '${n}' is parameter and nonlocal`, st);
          if (f & USE) this.error('SyntaxError', `name '${n}' is used prior to nonlocal declaration`, st);
          if (f & DEF_LOCAL) this.error('SyntaxError', `name '${n}' is assigned to before nonlocal declaration`, st);
          s.add(n, DEF_NONLOCAL);
        }
        return;
      case 'Expr':
        this.expr(st.value, s);
        return;
      default:
        return;
    }
  }

  argDefaults(a: A.Arguments, s: Scope): void {
    for (const d of a.defaults) this.expr(d, s);
    for (const d of a.kwDefaults) if (d) this.expr(d, s);
  }

  params(a: A.Arguments, fs: Scope): void {
    const all = [...a.posonlyargs, ...a.args];
    for (const p of all) this.param(p.arg, fs, p);
    if (a.vararg) this.param(a.vararg.arg, fs, a.vararg);
    for (const p of a.kwonlyargs) this.param(p.arg, fs, p);
    if (a.kwarg) this.param(a.kwarg.arg, fs, a.kwarg);
    // CPython orders varnames: positional, kw-only, *args, **kwargs
    fs.params = [...all.map((p) => p.arg), ...a.kwonlyargs.map((p) => p.arg)];
    if (a.vararg) fs.params.push(a.vararg.arg);
    if (a.kwarg) fs.params.push(a.kwarg.arg);
  }

  param(name: string, fs: Scope, node: A.Position): void {
    if ((fs.flags.get(name) ?? 0) & DEF_PARAM) this.error('SyntaxError', `duplicate argument '${name}' in function definition`, node);
    fs.add(name, DEF_PARAM | DEF_LOCAL);
  }

  target(t: A.Expr, s: Scope): void {
    switch (t.type) {
      case 'Name':
        this.bind(t.id, s, t);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.target(e, s);
        return;
      case 'Starred':
        this.target(t.value, s);
        return;
      case 'Attribute':
        this.expr(t.value, s);
        return;
      case 'Subscript':
        this.expr(t.value, s);
        this.expr(t.slice, s);
        return;
      default:
        this.error('SyntaxError', 'cannot assign to expression', t);
    }
  }

  expr(e: A.Expr, s: Scope): void {
    switch (e.type) {
      case 'Name':
        if (e.ctx === 'Load') {
          s.add(e.id, USE);
          if (e.id === 'super' || e.id === '__class__') {
            // zero-argument super() needs the class cell (symtable.c: __class__ implicit use)
            if (s.kind === 'function') s.add('__class__', USE);
          }
        } else this.bind(e.id, s, e);
        return;
      case 'Constant':
        return;
      case 'BoolOp':
        for (const v of e.values) this.expr(v, s);
        return;
      case 'NamedExpr': {
        this.expr(e.value, s);
        // The target binds in the nearest enclosing non-comprehension scope.
        let t: Scope = s;
        while (t.kind === 'comprehension' && t.parent !== null) t = t.parent;
        this.bind(e.target.id, t, e.target);
        if (t !== s) s.add(e.target.id, USE);
        return;
      }
      case 'BinOp':
        this.expr(e.left, s);
        this.expr(e.right, s);
        return;
      case 'UnaryOp':
        this.expr(e.operand, s);
        return;
      case 'Lambda': {
        this.argDefaults(e.args, s);
        const ls = this.newScope('function', e.name ?? '<lambda>', e, s);
        this.params(e.args, ls);
        this.expr(e.body, ls);
        return;
      }
      case 'IfExp':
        this.expr(e.test, s);
        this.expr(e.body, s);
        this.expr(e.orelse, s);
        return;
      case 'Dict':
        for (const k of e.keys) if (k) this.expr(k, s);
        for (const v of e.values) this.expr(v, s);
        return;
      case 'Set':
      case 'List':
      case 'Tuple':
        for (const v of e.elts) this.expr(v, s);
        return;
      case 'ListComp':
      case 'SetComp':
      case 'GeneratorExp':
        this.comprehension(e, [e.elt], s);
        return;
      case 'DictComp':
        this.comprehension(e, [e.key, e.value], s);
        return;
      case 'Await':
      case 'YieldFrom':
        this.expr(e.value, s);
        if (e.type === 'YieldFrom') this.markGenerator(s, e);
        return;
      case 'Yield':
        if (e.value) this.expr(e.value, s);
        this.markGenerator(s, e);
        return;
      case 'Compare':
        this.expr(e.left, s);
        for (const c of e.comparators) this.expr(c, s);
        return;
      case 'Call':
        this.expr(e.func, s);
        for (const a of e.args) this.expr(a, s);
        for (const k of e.keywords) this.expr(k.value, s);
        return;
      case 'FormattedValue':
        this.expr(e.value, s);
        if (e.formatSpec) this.expr(e.formatSpec, s);
        return;
      case 'JoinedStr':
        for (const v of e.values) this.expr(v, s);
        return;
      case 'Attribute':
        this.expr(e.value, s);
        return;
      case 'Subscript':
        this.expr(e.value, s);
        this.expr(e.slice, s);
        return;
      case 'Starred':
        this.expr(e.value, s);
        return;
      case 'Slice':
        if (e.lower) this.expr(e.lower, s);
        if (e.upper) this.expr(e.upper, s);
        if (e.step) this.expr(e.step, s);
        return;
    }
  }

  markGenerator(s: Scope, node: A.Position): void {
    if (s.kind === 'module' || s.kind === 'class') this.error('SyntaxError', "'yield' outside function", node);
    if (s.kind === 'comprehension' && s.name !== '<genexpr>') {
      this.error('SyntaxError', "'yield' inside list comprehension", node);
    }
    s.isGenerator = true;
  }

  comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, elts: A.Expr[], s: Scope): void {
    const names: Record<string, string> = {
      ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>',
    };
    // The first iterable is evaluated in the enclosing scope.
    this.expr(e.generators[0]!.iter, s);
    const cs = this.newScope('comprehension', names[e.type]!, e, s);
    if (e.type === 'GeneratorExp') cs.isGenerator = true;
    cs.add('.0', DEF_PARAM | DEF_LOCAL);
    cs.params = ['.0'];
    e.generators.forEach((g, i) => {
      if (i > 0) this.expr(g.iter, cs);
      this.compTarget(g.target, cs);
      for (const c of g.ifs) this.expr(c, cs);
    });
    for (const x of elts) this.expr(x, cs);
    cs.inlined = this.inline && e.type !== 'GeneratorExp' && s.kind !== 'class';
  }

  compTarget(t: A.Expr, s: Scope): void {
    if (t.type === 'Name') s.add(t.id, DEF_LOCAL | DEF_COMP_ITER);
    else if (t.type === 'Tuple' || t.type === 'List') for (const x of t.elts) this.compTarget(x, s);
    else if (t.type === 'Starred') this.compTarget(t.value, s);
    else this.target(t, s);
  }

  error(type: CompileError['type'], message: string, node: A.Position): never {
    throw new SymbolTableError({ type, message, line: node.line, col: node.col });
  }
}

/**
 * analyze_block: resolves names bottom-up. `bound` are names bound by enclosing function
 * scopes; `globals` are names declared global in enclosing scopes. A child's free names
 * turn the parent's matching locals into cells.
 */
function analyze(s: Scope, bound: Set<string>, globals: Set<string>, _classEnclosing: Scope | null): Set<string> {
  const local = new Set<string>();
  const newGlobals = new Set(globals);
  for (const [name, f] of s.flags) {
    if (f & DEF_GLOBAL) {
      s.scopes.set(name, 'global-explicit');
      newGlobals.add(name);
    } else if (f & DEF_NONLOCAL) {
      if (!bound.has(name)) {
        throw new SymbolTableError({
          type: 'SyntaxError',
          message: `no binding for nonlocal '${name}' found`,
          line: (s.node as A.Position).line,
          col: 0,
        });
      }
      s.scopes.set(name, 'free');
    } else if (f & DEF_LOCAL) {
      s.scopes.set(name, 'local');
      local.add(name);
      newGlobals.delete(name);
    } else if (s.kind !== 'class' && bound.has(name)) {
      s.scopes.set(name, 'free');
    } else if (globals.has(name)) {
      s.scopes.set(name, 'global-explicit');
    } else if (s.kind === 'class' && bound.has(name)) {
      s.scopes.set(name, 'free'); // class bodies read it with LOAD_CLASSDEREF
    } else {
      s.scopes.set(name, 'global-implicit');
    }
  }
  // Names visible as bindings to children.
  const childBound = new Set(bound);
  if (s.isFunctionLike()) for (const n of local) childBound.add(n);
  if (s.kind === 'class') {
    // Methods see __class__ from the class scope.
    childBound.add('__class__');
  }
  for (const n of local) if (s.isFunctionLike()) newGlobals.delete(n);

  // Children first, collecting their free variables.
  const childFree = new Set<string>();
  for (const c of s.children) {
    const free = analyze(c, childBound, newGlobals, s.kind === 'class' ? s : null);
    for (const n of free) childFree.add(n);
  }
  // A local captured by a child becomes a cell; any other captured name passes through
  // this scope as a free variable (class bodies pass names through to their methods).
  const free = new Set<string>();
  for (const [name, sc] of s.scopes) if (sc === 'free') free.add(name);
  for (const n of childFree) {
    if (s.kind === 'class' && n === '__class__') {
      s.hasClassCell = true;
      continue;
    }
    if (s.isFunctionLike() && local.has(n)) {
      s.scopes.set(n, 'cell');
      continue;
    }
    if (s.kind === 'module') continue;
    if (s.isFunctionLike() && !s.scopes.has(n)) s.scopes.set(n, 'free');
    if (s.kind === 'class' && !s.scopes.has(n)) s.passThrough.add(n);
    free.add(n);
  }
  return free;
}
