/**
 * The compiler: AST to code objects (Python/compile.c, Python/codegen.c).
 *
 * It emits the instruction shapes CPython emits, because reference counts and allocation
 * counts follow from them: arguments pushed on the value stack for a call, PUSH_NULL /
 * LOAD_METHOD pairs, BUILD_LIST + LIST_EXTEND of a constant tuple for list displays of
 * three or more constants, SWAP instead of a tuple for `a, b = b, a`, comprehensions as
 * functions (3.10/3.11) or inlined (3.12+), `except ... as e` deleting `e` afterwards, and
 * `finally` bodies copied onto every exit path.
 */

import type * as A from '../parse/ast.ts';
import { rt } from '../runtime.ts';
import { BINARY_OPS, INPLACE_OFFSET, Intrinsic, Op, OP_NAMES, type Instruction } from './opcodes.ts';
import { buildSymbolTable, type CompileError, type Scope, SymbolTableError } from './symtable.ts';
import { constantOf, foldModule, type FoldedValue } from './fold.ts';
import { manglePrivateNames } from './mangle.ts';
import { deferFunctionAnnotations } from './annotations.ts';
import { optimizeLoadFast } from './borrow.ts';
import {
  CO_GENERATOR, CO_NESTED, CO_NEWLOCALS, CO_OPTIMIZED, CO_VARARGS, CO_VARKEYWORDS, PyCode, type HandlerEntry,
} from '../objects/function.ts';
import type { PyObject } from '../objects/object.ts';
import { newInt } from '../objects/int.ts';
import { newFloat } from '../objects/float.ts';
import { internStr, newStr } from '../objects/str.ts';
import { newTuple } from '../objects/tuple.ts';
import { newref } from '../heap/heap.ts';
import { newSet, setAdd } from '../objects/set.ts';
import { decref } from '../heap/heap.ts';
import { repr } from '../abstract.ts';
import { engineRepr } from '../objects/reprguard.ts';

export type { CompileError };

export class CompileFailure extends Error {
  info: CompileError;
  constructor(info: CompileError) {
    super(info.message);
    this.info = info;
  }
}

const BINOP_INDEX: Record<A.BinaryOperator, number> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7, Pow: 8, RShift: 9,
  Sub: 10, Div: 11, BitXor: 12,
};
const CMP_INDEX: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** Frame blocks for unwinding on return/break/continue (compile.c fblockinfo). */
type FBlock =
  | { kind: 'loop'; continueLabel: Label; breakLabel: Label; isFor: boolean }
  | { kind: 'try-finally'; body: A.Stmt[]; handlerDepth: number }
  | { kind: 'finally-end' }
  | { kind: 'handler'; name: string | null }
  | { kind: 'pop-value' }
  | { kind: 'with'; line: number };

class Label {
  target = -1;
  refs: number[] = [];
}

const IS_JUMP = new Set<number>([
  Op.JUMP, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.FOR_ITER, Op.SEND,
]);

/** Builds one code object. */
class Unit {
  scope: Scope;
  code: number[] = [];
  /** Instruction indices of JUMP_BACKWARDs that leave an except handler (see exceptExit). */
  exceptExits: number[] = [];
  lines: number[] = [];
  handlerOf: number[] = [];
  handlers: HandlerEntry[] = [];
  handlerStack: number[] = [];
  consts: PyObject[] = [];
  constIndex = new Map<string, number>();
  names: string[] = [];
  nameIndex = new Map<string, number>();
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  kwnames: string[][] = [];
  depth = 0;
  maxDepth = 0;
  line = 0;
  fblocks: FBlock[] = [];
  /** Hidden locals of comprehensions inlined into this unit (PEP 709). */
  inlinedLocals: Set<string> | null = null;
  /** The unit this one is nested in (the compiler's unit stack). */
  parent: Unit | null = null;
  /** Class bodies: names assigned as self.X in nested functions (3.13 __static_attributes__). */
  staticAttributes: Set<string> = new Set();
  qualname: string;
  firstLine: number;
  constructor(scope: Scope, qualname: string, firstLine: number) {
    this.scope = scope;
    this.qualname = qualname;
    this.firstLine = firstLine;
    this.line = firstLine;
  }
  get offset(): number {
    return this.code.length / 2;
  }
}

export interface CompileOptions {
  filename: string;
}

/**
 * Compiles a parsed module into its code object. Runs inside a runtime (constants are
 * heap objects). Throws CompileFailure for errors found at compile time.
 */
export function compileModule(mod: A.Module, opts: CompileOptions): PyCode {
  try {
    manglePrivateNames(mod);
    if (rt.profile.annotations === 'deferred') deferFunctionAnnotations(mod);
    foldModule(mod);
    const table = buildSymbolTable(mod, rt.profile.inlineComprehensions);
    const c = new Compiler(table, opts);
    const code = c.compileModule(mod);
    for (const [key, o] of c.constCache) {
      // Tuples folded from literals: 3.10–3.13 fold them in the AST (the parser's arena keeps a
      // reference while the module runs); 3.14 folds them later, in the flow graph.
      if (key.startsWith('t(') && !rt.profile.foldedTuplesInArena) decref(o);
      else rt.constantRoots.push(o);
    }
    rt.constantRoots.push(code);
    return code;
  } catch (e) {
    if (e instanceof SymbolTableError) throw new CompileFailure(e.info);
    throw e;
  }
}

class Compiler {
  table: Map<object, Scope>;
  opts: CompileOptions;
  u!: Unit;
  /** Constants shared by every code object of the module (compile.c c_const_cache). */
  constCache = new Map<string, PyObject>();
  constructor(table: Map<object, Scope>, opts: CompileOptions) {
    this.table = table;
    this.opts = opts;
  }

  // ---------------------------------------------------------------- errors

  fail(type: CompileError['type'], message: string, node: A.Position): never {
    throw new CompileFailure({ type, message, line: node.line, col: node.col });
  }

  unsupported(what: string, node: A.Position): never {
    this.fail('NotImplementedError', `${what} is not supported here (line ${node.line})`, node);
  }

  // ---------------------------------------------------------------- emission

  emit(op: number, arg = 0): number {
    const u = this.u;
    const at = u.offset;
    u.code.push(op, arg);
    u.lines.push(u.line);
    u.handlerOf.push(u.handlerStack.length > 0 ? u.handlerStack[u.handlerStack.length - 1]! : -1);
    u.depth += stackEffect(op, arg, false);
    if (u.depth > u.maxDepth) u.maxDepth = u.depth;
    return at;
  }

  jump(op: number, label: Label): void {
    if (label.target >= 0) {
      this.emit(op, label.target);
      return;
    }
    const at = this.emit(op, -1);
    label.refs.push(at);
  }

  bind(label: Label): void {
    label.target = this.u.offset;
    for (const at of label.refs) this.u.code[at * 2 + 1] = label.target;
  }

  lineOf(node: A.Position): void {
    this.u.line = node.line;
  }

  /** Marks the start of a source line: a step for the tracer and the step budget. */
  markLine(node: A.Position): void {
    this.u.line = node.line;
    this.emit(Op.LINE, node.line);
  }

  pushHandler(target: Label, depth: number, lasti: boolean): number {
    const u = this.u;
    const idx = u.handlers.length;
    u.handlers.push({ target: -1, depth, lasti });
    (target as Label & { handlerIdx?: number[] }).handlerIdx ??= [];
    (target as Label & { handlerIdx?: number[] }).handlerIdx!.push(idx);
    u.handlerStack.push(idx);
    return idx;
  }

  popHandler(): void {
    this.u.handlerStack.pop();
  }

  bindHandler(label: Label): void {
    this.bind(label);
    const idx = (label as Label & { handlerIdx?: number[] }).handlerIdx ?? [];
    for (const i of idx) this.u.handlers[i]!.target = label.target;
  }

  // ---------------------------------------------------------------- constants

  constKey(v: FoldedValue | { kind: 'code' }): string {
    switch (v.kind) {
      case 'int': return `i${v.value}`;
      case 'float': return `f${Object.is(v.value, -0) ? '-0' : v.value}`;
      case 'str': return `s${v.value}`;
      case 'bool': return `b${v.value}`;
      case 'None': return 'N';
      case 'Ellipsis': return 'E';
      case 'complex': return `c${v.imag}`;
      case 'bytes': return `y${v.value}`;
      case 'tuple': return `t(${v.items.map((x) => this.constKey(x)).join(',')})`;
      default: return `?${Math.random()}`;
    }
  }

  /** The shared heap object for a constant (a new reference owned by the cache). */
  constObject(v: FoldedValue): PyObject {
    const key = this.constKey(v);
    const cached = this.constCache.get(key);
    if (cached !== undefined) return cached;
    let o: PyObject;
    switch (v.kind) {
      case 'int': o = newInt(v.value); break;
      case 'float': o = newFloat(v.value); break;
      case 'str': o = /^[A-Za-z0-9_]*$/.test(v.value) ? internStr(v.value) : newStr(v.value); break;
      case 'bool': o = newref(v.value ? rt.true : rt.false); break;
      case 'None': o = newref(rt.none); break;
      case 'Ellipsis': o = newref(rt.ellipsis); break;
      case 'tuple': o = newTuple(v.items.map((x) => newref(this.constObject(x))), true); break;
      case 'complex': this.unsupported('a complex number literal', { line: this.u.line, col: 0, endLine: 0, endCol: 0 }); break;
      case 'bytes': this.unsupported('a bytes literal', { line: this.u.line, col: 0, endLine: 0, endCol: 0 }); break;
      default: {
        const fv = v as unknown as { kind: string; items: FoldedValue[] };
        if (fv.kind === 'frozenset') {
          const s = newSet(rt.types.frozenset);
          for (const x of fv.items) setAdd(s, this.constObject(x));
          o = s;
          break;
        }
        throw new Error('unknown constant kind');
      }
    }
    this.constCache.set(key, o);
    return o;
  }

  addConst(o: PyObject, key: string): number {
    const u = this.u;
    const i = u.constIndex.get(key);
    if (i !== undefined) return i;
    u.consts.push(newref(o));
    u.constIndex.set(key, u.consts.length - 1);
    return u.consts.length - 1;
  }

  loadConst(v: FoldedValue): void {
    const o = this.constObject(v);
    this.emit(Op.LOAD_CONST, this.addConst(o, this.constKey(v)));
  }

  loadNone(): void {
    this.loadConst({ kind: 'None' });
  }

  nameIdx(name: string): number {
    const u = this.u;
    let i = u.nameIndex.get(name);
    if (i === undefined) {
      i = u.names.length;
      u.names.push(name);
      u.nameIndex.set(name, i);
    }
    return i;
  }

  varIdx(name: string): number {
    const u = this.u;
    let i = u.varnames.indexOf(name);
    if (i < 0) {
      u.varnames.push(name);
      i = u.varnames.length - 1;
    }
    return i;
  }

  /**
   * Index into localsplus for a cell or free variable. Locals keep being added while the
   * body compiles, so cells and free variables get placeholder indexes that finishUnit
   * resolves once the number of locals is final.
   */
  derefIdx(name: string): number {
    const u = this.u;
    const ci = u.cellvars.indexOf(name);
    if (ci >= 0) return cellSlot(u, ci);
    const fi = u.freevars.indexOf(name);
    if (fi >= 0) return FREE_PLACEHOLDER + fi;
    throw new Error(`no cell for ${name}`);
  }

  // ---------------------------------------------------------------- units

  enterUnit(scope: Scope, qualname: string, firstLine: number): Unit {
    const prev = this.u;
    const u = new Unit(scope, qualname, firstLine);
    u.parent = prev ?? null;
    this.u = u;
    if (scope.kind === 'function' || scope.kind === 'comprehension') {
      for (const p of scope.params) u.varnames.push(p);
    }
    const cells = [...scope.scopes].filter(([, s]) => s === 'cell').map(([n]) => n).sort();
    if (scope.kind === 'class' && scope.hasClassCell) cells.push('__class__');
    u.cellvars = cells;
    const frees = [...scope.scopes].filter(([, s]) => s === 'free').map(([n]) => n);
    if (scope.kind === 'class') for (const n of scope.passThrough) frees.push(n);
    if (scope.kind === 'function' && scope.scopes.get('__class__') === 'free' && !frees.includes('__class__')) frees.push('__class__');
    u.freevars = [...new Set(frees)].sort();
    return prev;
  }

  finishUnit(name: string, flags: number, argcount: number, posonly: number, kwonly: number): PyCode {
    const u = this.u;
    for (const at of u.exceptExits) {
      const target = u.code[at * 2 + 1]!;
      const implicitReturn = target === u.offset - 2 && u.code[target * 2] === Op.LOAD_CONST && u.code[target * 2 + 2] === Op.RETURN_VALUE;
      if (implicitReturn) u.code[at * 2] = Op.JUMP;
    }
    peephole(u);
    resolveDerefSlots(u);
    if (rt.profile.borrowedLocalLoads) {
      optimizeLoadFast(u.code, u.handlerOf, u.handlers.map((h) => h.target));
    }
    const code = new PyCode(rt.types.code);
    rt.heap.allocate(code, 200, false);
    code.name = name;
    code.qualname = u.qualname;
    code.filename = this.opts.filename;
    code.firstLine = u.firstLine;
    code.argcount = argcount;
    code.posonlyargcount = posonly;
    code.kwonlyargcount = kwonly;
    code.flags = flags;
    code.varnames = u.varnames;
    code.cellvars = u.cellvars;
    code.freevars = u.freevars;
    code.cell2arg = u.cellvars.map((c) => u.varnames.indexOf(c));
    code.names = u.names;
    code.nameObjects = u.names.map((n) => {
      const s = internStr(n);
      decref(s);
      return s;
    });
    code.consts = u.consts;
    code.code = Int32Array.from(u.code);
    code.lines = Int32Array.from(u.lines);
    code.handlers = Int32Array.from(u.handlerOf);
    code.handlerTable = u.handlers;
    code.kwnames = u.kwnames;
    code.stacksize = u.maxDepth;
    code.listing = listing(code);
    return code;
  }

  compileModule(mod: A.Module): PyCode {
    const scope = this.table.get(mod)!;
    this.u = new Unit(scope, '<module>', 1);
    this.emit(Op.RESUME, 0);
    this.setupAnnotations(mod.body);
    this.body(mod.body);
    this.u.line = Math.max(1, this.u.line);
    this.loadNone();
    this.emit(Op.RETURN_VALUE);
    return this.finishUnit('<module>', 0, 0, 0, 0);
  }

  /**
   * compiler_body: a module or class body with an annotated assignment anywhere in it (not
   * in nested functions or classes) starts by making `__annotations__` (3.10–3.13; 3.14
   * defers annotations).
   */
  setupAnnotations(body: A.Stmt[]): void {
    if (rt.profile.annotations === 'eager' && hasAnnotatedAssignment(body)) this.emit(Op.SETUP_ANNOTATIONS);
  }

  /**
   * compiler_visit_annotations (3.10–3.13): the parameters' annotations, then the return
   * annotation, as a tuple of name, value, name, value ... for MAKE_FUNCTION (flag 4).
   * Positional parameters come before positional-only ones, as in CPython.
   */
  functionAnnotations(s: A.FunctionDef): number {
    if (s.annotate !== undefined) {
      // 3.14: MAKE_FUNCTION then SET_FUNCTION_ATTRIBUTE(annotate) with the __annotate__ function.
      this.expr(s.annotate);
      return 16;
    }
    if (rt.profile.annotations !== 'eager') return 0;
    const a = s.args;
    const annotated: [string, A.Expr][] = [];
    for (const p of [...a.args, ...a.posonlyargs, a.vararg, ...a.kwonlyargs, a.kwarg]) {
      if (p !== null && p.annotation !== null) annotated.push([p.arg, p.annotation]);
    }
    if (s.returns !== null) annotated.push(['return', s.returns]);
    if (annotated.length === 0) return 0;
    for (const [name, value] of annotated) {
      this.loadConst({ kind: 'str', value: name });
      this.expr(value);
    }
    this.emit(Op.BUILD_TUPLE, annotated.length * 2);
    return 4;
  }

  qualnameFor(name: string): string {
    const u = this.u;
    if (u.scope.kind === 'module') return name;
    if (u.scope.kind === 'function' || u.scope.kind === 'comprehension') {
      return `${u.qualname}.<locals>.${name}`;
    }
    return `${u.qualname}.${name}`;
  }

  // ---------------------------------------------------------------- statements

  body(stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  stmt(s: A.Stmt): void {
    switch (s.type) {
      case 'Expr':
        this.markLine(s);
        this.expr(s.value);
        this.emit(Op.POP_TOP);
        return;
      case 'Assign': {
        this.markLine(s);
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1);
          this.storeTarget(s.targets[i]!);
        }
        return;
      }
      case 'AugAssign':
        this.markLine(s);
        this.augAssign(s);
        return;
      case 'AnnAssign':
        this.markLine(s);
        this.annAssign(s);
        return;
      case 'Delete':
        this.markLine(s);
        for (const t of s.targets) this.deleteTarget(t);
        return;
      case 'Pass':
        this.markLine(s);
        return;
      case 'If':
        this.ifStmt(s);
        return;
      case 'While':
        this.whileStmt(s);
        return;
      case 'For':
        this.forStmt(s);
        return;
      case 'Break':
        this.markLine(s);
        this.breakOrContinue(s, true);
        return;
      case 'Continue':
        this.markLine(s);
        this.breakOrContinue(s, false);
        return;
      case 'FunctionDef':
        if (s.isAsync) this.unsupported("the 'async def' statement", s);
        this.markLine(s.decorators.length > 0 ? s.decorators[0]! : s);
        this.functionDef(s);
        return;
      case 'ClassDef':
        this.markLine(s.decorators.length > 0 ? s.decorators[0]! : s);
        this.classDef(s);
        return;
      case 'Return':
        this.markLine(s);
        this.returnStmt(s);
        return;
      case 'Raise':
        this.markLine(s);
        if (s.exc) this.expr(s.exc);
        if (s.cause) this.expr(s.cause);
        this.emit(Op.RAISE_VARARGS, s.exc ? (s.cause ? 2 : 1) : 0);
        return;
      case 'Try':
        if (s.isStar) this.unsupported("the 'try ... except*' statement", s);
        this.markLine(s);
        if (s.finalbody.length > 0) this.tryFinally(s);
        else this.tryExcept(s);
        return;
      case 'Assert': {
        this.markLine(s);
        const ok = new Label();
        this.expr(s.test);
        this.jump(Op.POP_JUMP_IF_TRUE, ok);
        this.emit(Op.LOAD_ASSERTION_ERROR);
        if (s.msg) {
          this.expr(s.msg);
          this.emit(Op.CALL_INTRINSIC_1, 100); // AssertionError(msg), see interpreter
        }
        this.emit(Op.RAISE_VARARGS, 1);
        this.bind(ok);
        return;
      }
      case 'Import':
        this.markLine(s);
        for (const a of s.names) {
          this.loadConst({ kind: 'int', value: 0n });
          this.loadNone();
          this.emit(Op.IMPORT_NAME, this.nameIdx(a.name));
          if (a.asname !== null && a.name.includes('.')) {
            for (const part of a.name.split('.').slice(1)) this.emit(Op.IMPORT_FROM, this.nameIdx(part));
            this.storeName(a.asname, a);
            this.emit(Op.POP_TOP);
          } else this.storeName(a.asname ?? a.name.split('.')[0]!, a);
        }
        return;
      case 'ImportFrom': {
        this.markLine(s);
        if (s.level > 0) this.unsupported('a relative import', s);
        this.loadConst({ kind: 'int', value: 0n });
        this.loadConst({ kind: 'tuple', items: s.names.map((a) => ({ kind: 'str', value: a.name })) });
        this.emit(Op.IMPORT_NAME, this.nameIdx(s.module ?? ''));
        for (const a of s.names) {
          this.emit(Op.IMPORT_FROM, this.nameIdx(a.name));
          this.storeName(a.asname ?? a.name, a);
        }
        this.emit(Op.POP_TOP);
        return;
      }
      case 'Global':
      case 'Nonlocal':
        this.lineOf(s);
        return;
      case 'With':
        if (s.isAsync) this.unsupported("the 'async with' statement", s);
        this.markLine(s);
        this.withStmt(s, 0);
        return;
      case 'Unsupported':
        this.unsupported(`the '${s.construct}' statement`, s);
    }
  }

  ifStmt(s: A.If): void {
    this.markLine(s);
    const end = new Label();
    const constTest = constantOf(s.test);
    if (constTest !== null && s.test.type === 'Constant') {
      // `if True:` / `if 0:` — CPython drops the dead branch.
      const truthy = constTruth(constTest);
      if (truthy) this.body(s.body);
      else this.body(s.orelse);
      return;
    }
    const orelse = new Label();
    this.condJump(s.test, false, s.orelse.length > 0 ? orelse : end);
    this.body(s.body);
    if (s.orelse.length > 0) {
      this.jump(Op.JUMP, end);
      this.bind(orelse);
      if (s.orelse.length === 1 && s.orelse[0]!.type === 'If' && s.orelse[0]!.line !== s.line) {
        this.stmt(s.orelse[0]!);
      } else this.body(s.orelse);
    }
    this.bind(end);
  }

  /** Emits code that jumps to `target` when `e` is truthy (`jumpIf`) / falsy. */
  condJump(e: A.Expr, jumpIf: boolean, target: Label): void {
    if (e.type === 'UnaryOp' && e.op === 'Not') {
      this.condJump(e.operand, !jumpIf, target);
      return;
    }
    if (e.type === 'BoolOp') {
      const isOr = e.op === 'Or';
      if (isOr === jumpIf) {
        for (const v of e.values) this.condJump(v, jumpIf, target);
      } else {
        const skip = new Label();
        for (let i = 0; i < e.values.length - 1; i++) this.condJump(e.values[i]!, !jumpIf, skip);
        this.condJump(e.values[e.values.length - 1]!, jumpIf, target);
        this.bind(skip);
      }
      return;
    }
    if (e.type === 'Compare' && e.ops.length > 1) {
      // a < b < c as a chain of conditional jumps
      const cleanup = new Label();
      const end = new Label();
      this.expr(e.left);
      for (let i = 0; i < e.ops.length - 1; i++) {
        this.expr(e.comparators[i]!);
        this.emit(Op.SWAP, 2);
        this.emit(Op.COPY, 2);
        this.compareOp(e.ops[i]!);
        this.jump(Op.POP_JUMP_IF_FALSE, cleanup);
      }
      this.expr(e.comparators[e.ops.length - 1]!);
      this.compareOp(e.ops[e.ops.length - 1]!);
      this.jump(jumpIf ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
      this.jump(Op.JUMP, end);
      this.bind(cleanup);
      this.u.depth += 1;
      this.emit(Op.POP_TOP);
      if (!jumpIf) this.jump(Op.JUMP, target);
      this.bind(end);
      return;
    }
    this.expr(e);
    this.jump(jumpIf ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  }

  whileStmt(s: A.While): void {
    const top = new Label();
    const body = new Label();
    const orelse = new Label();
    const end = new Label();
    this.bind(top);
    this.markLine(s);
    const constTest = constantOf(s.test);
    if (!(constTest !== null && s.test.type === 'Constant' && constTruth(constTest))) {
      this.condJump(s.test, false, orelse);
    }
    this.bind(body);
    this.u.fblocks.push({ kind: 'loop', continueLabel: top, breakLabel: end, isFor: false });
    this.body(s.body);
    this.u.fblocks.pop();
    this.jump(Op.JUMP_BACKWARD, top);
    this.bind(orelse);
    this.body(s.orelse);
    this.bind(end);
  }

  forStmt(s: A.For): void {
    if (s.isAsync) this.unsupported("the 'async for' statement", s);
    this.markLine(s);
    const top = new Label();
    const exhausted = new Label();
    const end = new Label();
    this.expr(s.iter);
    this.emit(Op.GET_ITER);
    this.bind(top);
    this.u.line = s.line;
    this.emit(Op.LINE, s.line);
    this.jump(Op.FOR_ITER, exhausted);
    this.storeTarget(s.target);
    this.u.fblocks.push({ kind: 'loop', continueLabel: top, breakLabel: end, isFor: true });
    this.body(s.body);
    this.u.fblocks.pop();
    this.jump(Op.JUMP_BACKWARD, top);
    this.bind(exhausted);
    this.u.depth -= 1; // FOR_ITER popped the iterator on this path
    this.body(s.orelse);
    this.bind(end);
  }

  breakOrContinue(s: A.Position, isBreak: boolean): void {
    const blocks = this.u.fblocks;
    const saved = this.u.depth;
    for (let i = blocks.length - 1; i >= 0; i--) {
      const b = blocks[i]!;
      if (b.kind === 'loop') {
        if (isBreak) {
          if (b.isFor) this.emit(Op.POP_TOP); // drop the iterator
          this.jump(Op.JUMP, b.breakLabel);
        } else this.jump(Op.JUMP_BACKWARD, b.continueLabel);
        this.u.depth = saved;
        return;
      }
      this.unwindBlock(b, false, blocks.slice(0, i));
    }
    this.fail('SyntaxError', `'${isBreak ? 'break' : 'continue'}' ${isBreak ? 'outside loop' : 'not properly in loop'}`, s);
  }

  /** Leaves an fblock on the way out of return/break/continue (compiler_unwind_fblock). */
  unwindBlock(b: FBlock, preserveTos: boolean, outer: FBlock[]): void {
    switch (b.kind) {
      case 'loop':
        if (b.isFor) {
          if (preserveTos) this.emit(Op.SWAP, 2);
          this.emit(Op.POP_TOP);
        }
        return;
      case 'try-finally': {
        this.popHandlerForUnwind();
        const saved = this.u.fblocks;
        this.u.fblocks = outer;
        if (preserveTos) this.u.fblocks = [...outer, { kind: 'pop-value' }];
        this.body(b.body);
        this.u.fblocks = saved;
        return;
      }
      case 'finally-end':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP); // the exception being handled
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_EXCEPT);
        return;
      case 'handler':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_EXCEPT);
        if (b.name !== null) {
          this.loadNone();
          this.storeName(b.name, { line: this.u.line, col: 0, endLine: 0, endCol: 0 });
          this.deleteName(b.name, { line: this.u.line, col: 0, endLine: 0, endCol: 0 });
        }
        return;
      case 'pop-value':
        if (preserveTos) this.emit(Op.SWAP, 2);
        this.emit(Op.POP_TOP);
        return;
      case 'with': {
        // compiler_unwind_fblock: __exit__(None, None, None) outside the with's handler.
        this.popHandlerForUnwind();
        const exitSlots = rt.profile.withExitOnStack === 'bound' ? 1 : 2;
        if (preserveTos) {
          this.emit(Op.SWAP, exitSlots + 1);
          if (exitSlots === 2) this.emit(Op.SWAP, 2);
        }
        this.callExitWithNones(b.line);
        this.emit(Op.POP_TOP);
        return;
      }
    }
  }

  /** __exit__(None, None, None), the kept exit method being on top of the stack. */
  callExitWithNones(line: number): void {
    this.u.line = line;
    this.emit(Op.LINE, line);
    this.loadNone();
    this.loadNone();
    this.loadNone();
    this.emit(Op.CALL, rt.profile.withExitOnStack === 'bound' ? 2 : 3);
  }

  /**
   * `with a as x, b as y:` is two nested withs (compiler_with). The body runs under a handler
   * that calls __exit__ with the exception and re-raises it unless __exit__ returned true.
   */
  withStmt(s: A.With, index: number): void {
    const u = this.u;
    const item = s.items[index]!;
    const start = u.depth;
    const exitSlots = rt.profile.withExitOnStack === 'bound' ? 1 : 2;
    this.expr(item.contextExpr);
    this.emit(Op.BEFORE_WITH, exitSlots);
    // 3.14: LOAD_SPECIAL left __enter__ and the manager for an ordinary call.
    if (exitSlots === 2) this.emit(Op.CALL, 0);
    const depth = start + exitSlots; // the kept __exit__, below __enter__'s result
    const handler = new Label();
    const cleanup = new Label();
    const suppressed = new Label();
    const end = new Label();
    this.pushHandler(handler, depth, true);
    if (item.optionalVars !== null) this.storeTarget(item.optionalVars);
    else this.emit(Op.POP_TOP);
    u.fblocks.push({ kind: 'with', line: s.line });
    if (index + 1 < s.items.length) this.withStmt(s, index + 1);
    else this.body(s.body);
    u.fblocks.pop();
    this.popHandler();
    this.callExitWithNones(s.line);
    this.emit(Op.POP_TOP);
    this.jump(Op.JUMP, end);
    // Exception path: [..., exit, lasti, exc]
    u.depth = depth + 2;
    this.bindHandler(handler);
    this.pushHandler(cleanup, depth + 2, true);
    this.emit(Op.PUSH_EXC_INFO); // [..., exit, lasti, prev_exc, exc]
    this.emit(Op.WITH_EXCEPT_START); // [..., exit, lasti, prev_exc, exc, result]
    this.jump(Op.POP_JUMP_IF_TRUE, suppressed);
    this.emit(Op.RERAISE, 0);
    this.bind(suppressed);
    this.emit(Op.POP_TOP); // the exception
    this.popHandler();
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.POP_TOP); // lasti
    for (let i = 0; i < exitSlots; i++) this.emit(Op.POP_TOP);
    this.exceptExit(end, !endsWithJump(s.body));
    // An exception in __exit__ itself: restore the previous exception, re-raise.
    u.depth = depth + 4;
    this.bindHandler(cleanup);
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
    u.depth = start;
    this.bind(end);
  }

  popHandlerForUnwind(): void {
    // Code copied out of a try body runs outside that try's handler.
    this.u.handlerStack = this.u.handlerStack.slice(0, -1);
  }

  returnStmt(s: A.Return): void {
    if (this.u.scope.kind !== 'function') this.fail('SyntaxError', "'return' outside function", s);
    if (s.value) this.expr(s.value);
    else this.loadNone();
    const blocks = this.u.fblocks;
    const savedHandlers = this.u.handlerStack;
    for (let i = blocks.length - 1; i >= 0; i--) this.unwindBlock(blocks[i]!, true, blocks.slice(0, i));
    this.u.handlerStack = savedHandlers;
    this.emit(Op.RETURN_VALUE);
  }

  tryExcept(s: A.Try): void {
    const u = this.u;
    // Whether the code after the try is reached without an exception too: only then does
    // 3.12 lay it out before the handlers, which jump back to it (exceptExit).
    const fallsThrough = !endsWithJump(s.body) && !endsWithJump(s.orelse);
    const handler = new Label();
    const end = new Label();
    const cleanup = new Label();
    const depth = u.depth;
    this.pushHandler(handler, depth, false);
    this.body(s.body);
    this.popHandler();
    this.body(s.orelse);
    this.jump(Op.JUMP, end);

    // Exception path: stack is [..., exc]
    u.depth = depth + 1;
    this.bindHandler(handler);
    this.pushHandler(cleanup, depth + 1, true);
    this.emit(Op.PUSH_EXC_INFO); // [..., prev_exc, exc]
    for (const h of s.handlers) {
      this.lineOf(h);
      this.emit(Op.LINE, h.line);
      const next = new Label();
      if (h.excType) {
        this.expr(h.excType);
        this.emit(Op.CHECK_EXC_MATCH);
        this.jump(Op.POP_JUMP_IF_FALSE, next);
      }
      if (h.name !== null) {
        this.storeName(h.name, h); // [..., prev_exc]
        const cleanupName = new Label();
        this.pushHandler(cleanupName, depth + 1, true);
        u.fblocks.push({ kind: 'handler', name: h.name });
        this.body(h.body);
        u.fblocks.pop();
        this.popHandler();
        this.emit(Op.POP_EXCEPT);
        this.loadNone();
        this.storeName(h.name, h);
        this.deleteName(h.name, h);
        this.exceptExit(end, fallsThrough);
        // exception inside the handler body: e = None; del e; re-raise
        u.depth = depth + 2;
        this.bindHandler(cleanupName);
        this.loadNone();
        this.storeName(h.name, h);
        this.deleteName(h.name, h);
        this.emit(Op.RERAISE, 1);
      } else {
        this.emit(Op.POP_TOP);
        u.fblocks.push({ kind: 'handler', name: null });
        this.body(h.body);
        u.fblocks.pop();
        this.emit(Op.POP_EXCEPT);
        this.exceptExit(end, fallsThrough);
      }
      u.depth = depth + 2;
      this.bind(next);
    }
    // No handler matched: re-raise with the previous exception restored.
    this.emit(Op.RERAISE, 0);
    this.popHandler();
    u.depth = depth + 3;
    this.bindHandler(cleanup); // [..., prev_exc, lasti, exc]
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
    u.depth = depth;
    this.bind(end);
  }

  /**
   * Leaves an except handler for the code after the try statement. 3.12 places handlers after
   * the rest of the code, so this is a JUMP_BACKWARD, whose eval-breaker check runs a collection
   * the exception's allocations scheduled (3.13 jumps with JUMP_BACKWARD_NO_INTERRUPT). When
   * only the implicit `return None` follows, 3.12 copies it into the handler instead of jumping
   * (finishUnit turns those back into plain jumps); when the try body cannot fall through, the
   * code after it follows the handler directly.
   */
  exceptExit(end: Label, fallsThrough: boolean): void {
    if (!rt.profile.exceptHandlerExitChecksEvalBreaker || !fallsThrough) {
      this.jump(Op.JUMP, end);
      return;
    }
    this.u.exceptExits.push(this.u.offset);
    this.jump(Op.JUMP_BACKWARD, end);
  }

  tryFinally(s: A.Try): void {
    const u = this.u;
    const handler = new Label();
    const cleanup = new Label();
    const end = new Label();
    const depth = u.depth;
    this.pushHandler(handler, depth, true);
    u.fblocks.push({ kind: 'try-finally', body: s.finalbody, handlerDepth: depth });
    if (s.handlers.length > 0) this.tryExcept({ ...s, finalbody: [] });
    else this.body(s.body);
    u.fblocks.pop();
    this.popHandler();
    // Normal exit: run the finally body.
    this.body(s.finalbody);
    this.jump(Op.JUMP, end);
    // Exceptional exit: [..., lasti, exc]
    u.depth = depth + 2;
    this.bindHandler(handler);
    this.pushHandler(cleanup, depth + 2, true);
    this.emit(Op.PUSH_EXC_INFO); // [..., lasti, prev_exc, exc]
    u.fblocks.push({ kind: 'finally-end' });
    this.body(s.finalbody);
    u.fblocks.pop();
    this.emit(Op.RERAISE, 0);
    this.popHandler();
    u.depth = depth + 4;
    this.bindHandler(cleanup);
    this.emit(Op.COPY, 3);
    this.emit(Op.POP_EXCEPT);
    this.emit(Op.RERAISE, 1);
    u.depth = depth;
    this.bind(end);
  }

  /**
   * compiler_annassign: the assignment first; then, in a module or class body (3.10–3.13),
   * a simple name's annotation goes into `__annotations__`, while a complex target's parts
   * (when nothing is assigned) and its annotation are evaluated and dropped.
   */
  annAssign(s: A.AnnAssign): void {
    if (s.value) {
      this.expr(s.value);
      this.storeTarget(s.target);
    }
    const evaluates = rt.profile.annotations === 'eager' && (this.u.scope.kind === 'module' || this.u.scope.kind === 'class');
    if (!evaluates) return;
    const t = s.target;
    if (t.type === 'Name' && s.simple) {
      this.expr(s.annotation);
      this.emit(Op.LOAD_NAME, this.nameIdx('__annotations__'));
      this.loadConst({ kind: 'str', value: t.id });
      this.emit(Op.STORE_SUBSCR);
      return;
    }
    if (!s.value) {
      if (t.type === 'Attribute') this.evaluateAndDrop(t.value);
      else if (t.type === 'Subscript') {
        this.evaluateAndDrop(t.value);
        this.evaluateSubscriptAndDrop(t.slice);
      }
    }
    this.evaluateAndDrop(s.annotation);
  }

  evaluateAndDrop(e: A.Expr): void {
    this.expr(e);
    this.emit(Op.POP_TOP);
  }

  /** check_ann_subscr: a slice's bounds one by one (no slice object), a tuple's items likewise. */
  evaluateSubscriptAndDrop(e: A.Expr): void {
    if (e.type === 'Slice') {
      for (const part of [e.lower, e.upper, e.step]) if (part !== null) this.evaluateAndDrop(part);
    } else if (e.type === 'Tuple') {
      for (const item of e.elts) this.evaluateSubscriptAndDrop(item);
    } else this.evaluateAndDrop(e);
  }

  augAssign(s: A.AugAssign): void {
    const op = BINOP_INDEX[s.op] + INPLACE_OFFSET;
    const t = s.target;
    if (t.type === 'Name') {
      this.loadName(t.id, t);
      this.expr(s.value);
      this.emit(Op.BINARY_OP, op);
      this.storeName(t.id, t);
    } else if (t.type === 'Attribute') {
      this.noteStaticAttribute(t);
      this.expr(t.value);
      this.emit(Op.COPY, 1);
      this.emit(Op.LOAD_ATTR, this.nameIdx(t.attr));
      this.expr(s.value);
      this.emit(Op.BINARY_OP, op);
      this.emit(Op.SWAP, 2);
      this.emit(Op.STORE_ATTR, this.nameIdx(t.attr));
    } else {
      this.expr(t.value);
      this.subscriptIndex(t.slice);
      this.emit(Op.COPY, 2);
      this.emit(Op.COPY, 2);
      this.emit(Op.BINARY_SUBSCR);
      this.expr(s.value);
      this.emit(Op.BINARY_OP, op);
      this.emit(Op.SWAP, 3);
      this.emit(Op.SWAP, 2);
      this.emit(Op.STORE_SUBSCR);
    }
  }

  // ---------------------------------------------------------------- names

  nameScope(name: string): 'fast' | 'deref' | 'global' | 'name' | 'classderef' {
    const u = this.u;
    const sc = u.scope.scopes.get(name);
    const kind = u.scope.kind;
    if (sc === 'cell' || (sc === 'free' && kind !== 'class')) return 'deref';
    if (kind === 'class' && sc === 'free') return 'classderef';
    if (kind === 'class' && name === '__class__' && u.scope.hasClassCell) return 'deref';
    if (sc === 'global-explicit') return 'global';
    if (kind === 'module' || kind === 'class') {
      if (u.inlinedLocals?.has(name)) return 'fast';
      return 'name';
    }
    if (sc === 'local') return 'fast';
    if (u.inlinedLocals?.has(name)) return 'fast';
    return 'global';
  }

  loadName(name: string, node: A.Position): void {
    switch (this.nameScope(name)) {
      case 'fast':
        this.emit(Op.LOAD_FAST, this.varIdx(name));
        return;
      case 'deref':
        this.emit(Op.LOAD_DEREF, this.derefIdx(name));
        return;
      case 'classderef':
        this.emit(Op.LOAD_CLASSDEREF, this.derefIdx(name));
        return;
      case 'global':
        this.emit(Op.LOAD_GLOBAL, this.nameIdx(name) << 1);
        return;
      default:
        this.emit(Op.LOAD_NAME, this.nameIdx(name));
    }
    void node;
  }

  storeName(name: string, node: A.Position): void {
    switch (this.nameScope(name)) {
      case 'fast':
        this.emit(Op.STORE_FAST, this.varIdx(name));
        return;
      case 'deref':
        this.emit(Op.STORE_DEREF, this.derefIdx(name));
        return;
      case 'global':
        this.emit(Op.STORE_GLOBAL, this.nameIdx(name));
        return;
      default:
        this.emit(Op.STORE_NAME, this.nameIdx(name));
    }
    void node;
  }

  deleteName(name: string, node: A.Position): void {
    switch (this.nameScope(name)) {
      case 'fast':
        this.emit(Op.DELETE_FAST, this.varIdx(name));
        return;
      case 'deref':
        this.emit(Op.DELETE_DEREF, this.derefIdx(name));
        return;
      case 'global':
        this.emit(Op.DELETE_GLOBAL, this.nameIdx(name));
        return;
      default:
        this.emit(Op.DELETE_NAME, this.nameIdx(name));
    }
    void node;
  }

  storeTarget(t: A.Expr): void {
    switch (t.type) {
      case 'Name':
        this.storeName(t.id, t);
        return;
      case 'Attribute':
        this.noteStaticAttribute(t);
        this.expr(t.value);
        this.emit(Op.STORE_ATTR, this.nameIdx(t.attr));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.subscriptIndex(t.slice);
        this.emit(Op.STORE_SUBSCR);
        return;
      case 'Tuple':
      case 'List': {
        const star = t.elts.findIndex((e) => e.type === 'Starred');
        if (star >= 0) {
          if (t.elts.filter((e) => e.type === 'Starred').length > 1) {
            this.fail('SyntaxError', 'multiple starred expressions in assignment', t);
          }
          this.emit(Op.UNPACK_EX, star | ((t.elts.length - star - 1) << 8));
        } else this.emit(Op.UNPACK_SEQUENCE, t.elts.length);
        for (const e of t.elts) this.storeTarget(e.type === 'Starred' ? e.value : e);
        return;
      }
      case 'Starred':
        this.fail('SyntaxError', 'starred assignment target must be in a list or tuple', t);
        return;
      default:
        this.fail('SyntaxError', `cannot assign to ${describeExpr(t)}`, t);
    }
  }

  /** _PyCompile_MaybeAddStaticAttributeToClass: `self.X = ...` inside a class's functions. */
  noteStaticAttribute(t: A.Attribute): void {
    if (t.value.type !== 'Name' || t.value.id !== 'self') return;
    for (let u: Unit | null = this.u; u !== null; u = u.parent) {
      if (u.scope.kind === 'class') {
        u.staticAttributes.add(t.attr);
        return;
      }
    }
  }

  deleteTarget(t: A.Expr): void {
    switch (t.type) {
      case 'Name':
        this.deleteName(t.id, t);
        return;
      case 'Attribute':
        this.expr(t.value);
        this.emit(Op.DELETE_ATTR, this.nameIdx(t.attr));
        return;
      case 'Subscript':
        this.expr(t.value);
        this.subscriptIndex(t.slice);
        this.emit(Op.DELETE_SUBSCR);
        return;
      case 'Tuple':
      case 'List':
        for (const e of t.elts) this.deleteTarget(e);
        return;
      default:
        this.fail('SyntaxError', `cannot delete ${describeExpr(t)}`, t);
    }
  }

  subscriptIndex(e: A.Expr): void {
    if (e.type === 'Slice') {
      if (e.lower) this.expr(e.lower);
      else this.loadNone();
      if (e.upper) this.expr(e.upper);
      else this.loadNone();
      if (e.step) {
        this.expr(e.step);
        this.emit(Op.BUILD_SLICE, 3);
      } else this.emit(Op.BUILD_SLICE, 2);
      return;
    }
    this.expr(e);
  }

  // ---------------------------------------------------------------- functions and classes

  functionDef(s: A.FunctionDef): void {
    for (const d of s.decorators) {
      this.emit(Op.PUSH_NULL);
      this.expr(d);
    }
    const scope = this.table.get(s)!;
    const flags = this.defaultsAndKwdefaults(s.args) | this.functionAnnotations(s);
    const code = this.functionBody(scope, s.name, s.args, s.body, s.line, null);
    this.makeFunction(code, scope, flags);
    for (let i = 0; i < s.decorators.length; i++) this.emit(Op.CALL, 1);
    this.storeName(s.binding ?? s.name, s);
  }

  defaultsAndKwdefaults(a: A.Arguments): number {
    let flags = 0;
    if (a.defaults.length > 0) {
      const consts = a.defaults.map(constantOf);
      if (consts.every((c) => c !== null)) this.loadConst({ kind: 'tuple', items: consts as FoldedValue[] });
      else {
        for (const d of a.defaults) this.expr(d);
        this.emit(Op.BUILD_TUPLE, a.defaults.length);
      }
      flags |= 1;
    }
    const kw = a.kwonlyargs.map((p, i) => [p, a.kwDefaults[i]] as const).filter(([, d]) => d !== null && d !== undefined);
    if (kw.length > 0) {
      for (const [p, d] of kw) {
        this.loadConst({ kind: 'str', value: p.arg });
        this.expr(d!);
      }
      this.emit(Op.BUILD_MAP, kw.length);
      flags |= 2;
    }
    return flags;
  }

  makeFunction(code: PyCode, scope: Scope, flags: number): void {
    if (code.freevars.length > 0) {
      for (const name of code.freevars) {
        // The enclosing scope's cell (or free var) of that name.
        const u = this.u;
        let idx: number;
        if (u.cellvars.includes(name) || u.freevars.includes(name)) idx = this.derefIdx(name);
        else throw new Error(`closure variable ${name} not found in ${u.qualname}`);
        this.emit(Op.LOAD_CLOSURE, idx);
      }
      this.emit(Op.BUILD_TUPLE, code.freevars.length);
      flags |= 8;
    }
    this.emit(Op.LOAD_CONST, this.addConst(code, `code${code.serial}`));
    decref(code); // co_consts of the enclosing code now owns it
    this.emit(Op.MAKE_FUNCTION, flags);
    void scope;
  }

  functionBody(scope: Scope, name: string, args: A.Arguments | null, body: A.Stmt[] | A.Expr, line: number, comp: null): PyCode {
    const qualname = this.qualnameFor(name);
    const prev = this.enterUnit(scope, qualname, line);
    const u = this.u;
    // The prefix CPython puts before RESUME (insert_prefix_instructions): cells made and free
    // vars copied in at the call, then a generator handed back; RESUME's eval-breaker check
    // (3.12+) comes after, so a collection those allocations schedule runs only then.
    this.cellPrologue();
    if (scope.isGenerator) {
      this.emit(Op.RETURN_GENERATOR);
      this.emit(Op.POP_TOP);
    }
    this.emit(Op.RESUME, 0);
    let docstringSkip = false;
    if (Array.isArray(body)) {
      const first = body[0];
      if (first && first.type === 'Expr' && first.value.type === 'Constant' && first.value.value.kind === 'str') {
        docstringSkip = true;
      }
      this.body(docstringSkip ? body.slice(1) : body);
      if (!endsWithReturn(body)) {
        this.u.line = lastLine(body);
        this.loadNone();
        this.emit(Op.RETURN_VALUE);
      }
    } else {
      this.markLine(body);
      this.expr(body);
      this.emit(Op.RETURN_VALUE);
    }
    let flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (scope.parent !== null && scope.parent.kind !== 'module') flags |= CO_NESTED;
    if (scope.isGenerator) flags |= CO_GENERATOR;
    let argcount = 0;
    let posonly = 0;
    let kwonly = 0;
    if (args !== null) {
      argcount = args.posonlyargs.length + args.args.length;
      posonly = args.posonlyargs.length;
      kwonly = args.kwonlyargs.length;
      if (args.vararg) flags |= CO_VARARGS;
      if (args.kwarg) flags |= CO_VARKEYWORDS;
    }
    void comp;
    const code = this.finishUnit(name, flags, argcount, posonly, kwonly);
    if (Array.isArray(body) && docstringSkip) {
      const doc = (body[0] as A.ExprStmt).value as A.Constant;
      (code as PyCode & { docstring?: string }).docstring = (doc.value as { value: string }).value;
    }
    this.u = prev;
    void u;
    return code;
  }

  cellPrologue(): void {
    const u = this.u;
    for (let i = 0; i < u.cellvars.length; i++) this.emit(Op.MAKE_CELL, cellSlot(u, i));
    if (u.freevars.length > 0) this.emit(Op.COPY_FREE_VARS, u.freevars.length);
  }

  classDef(s: A.ClassDef): void {
    for (const d of s.decorators) {
      this.emit(Op.PUSH_NULL);
      this.expr(d);
    }
    const scope = this.table.get(s)!;
    const qualname = this.qualnameFor(s.name);
    const prev = this.enterUnit(scope, qualname, s.line);
    this.cellPrologue();
    this.emit(Op.RESUME, 0);
    this.u.line = s.line;
    this.emit(Op.LOAD_NAME, this.nameIdx('__name__'));
    this.emit(Op.STORE_NAME, this.nameIdx('__module__'));
    this.loadConst({ kind: 'str', value: qualname });
    this.emit(Op.STORE_NAME, this.nameIdx('__qualname__'));
    if (rt.profile.staticAttributes) {
      this.loadConst({ kind: 'int', value: BigInt(s.line) });
      this.emit(Op.STORE_NAME, this.nameIdx('__firstlineno__'));
    }
    let body = s.body;
    this.setupAnnotations(body);
    const first = body[0];
    if (first && first.type === 'Expr' && first.value.type === 'Constant' && first.value.value.kind === 'str') {
      this.markLine(first);
      this.loadConst(first.value.value);
      this.emit(Op.STORE_NAME, this.nameIdx('__doc__'));
      body = body.slice(1);
    }
    this.body(body);
    if (rt.profile.staticAttributes) {
      const names = [...this.u.staticAttributes].sort();
      this.loadConst({ kind: 'tuple', items: names.map((n) => ({ kind: 'str', value: n })) });
      this.emit(Op.STORE_NAME, this.nameIdx('__static_attributes__'));
    }
    if (scope.hasClassCell) {
      this.emit(Op.LOAD_CLOSURE, this.derefIdx('__class__'));
      this.emit(Op.COPY, 1);
      this.emit(Op.STORE_NAME, this.nameIdx('__classcell__'));
    } else this.loadNone();
    this.emit(Op.RETURN_VALUE);
    const code = this.finishUnit(s.name, 0, 0, 0, 0);
    this.u = prev;
    this.emit(Op.PUSH_NULL);
    this.emit(Op.LOAD_BUILD_CLASS);
    this.makeFunction(code, scope, 0);
    this.loadConst({ kind: 'str', value: s.name });
    for (const b of s.bases) this.expr(b);
    if (s.keywords.length > 0) {
      for (const k of s.keywords) this.expr(k.value);
      this.callKw(2 + s.bases.length + s.keywords.length, s.keywords.map((k) => k.arg ?? ''));
    } else this.emit(Op.CALL, 2 + s.bases.length);
    for (let i = 0; i < s.decorators.length; i++) this.emit(Op.CALL, 1);
    this.storeName(s.binding ?? s.name, s);
  }

  callKw(argc: number, names: string[]): void {
    const u = this.u;
    u.kwnames.push(names);
    this.emit(Op.CALL_KW, argc | ((u.kwnames.length - 1) << 16));
  }

  // ---------------------------------------------------------------- expressions

  expr(e: A.Expr): void {
    const folded = (e as { folded?: FoldedValue }).folded;
    if (folded !== undefined) {
      this.loadConst(folded);
      return;
    }
    switch (e.type) {
      case 'Constant':
        this.loadConst(e.value);
        return;
      case 'Name':
        this.loadName(e.id, e);
        return;
      case 'BinOp':
        this.expr(e.left);
        this.expr(e.right);
        this.emit(Op.BINARY_OP, BINOP_INDEX[e.op]);
        return;
      case 'UnaryOp':
        this.expr(e.operand);
        this.emit(
          e.op === 'Not' ? Op.UNARY_NOT : e.op === 'USub' ? Op.UNARY_NEGATIVE : e.op === 'Invert' ? Op.UNARY_INVERT : Op.UNARY_POSITIVE,
        );
        return;
      case 'BoolOp': {
        const end = new Label();
        for (let i = 0; i < e.values.length; i++) {
          this.expr(e.values[i]!);
          if (i < e.values.length - 1) this.jump(e.op === 'And' ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP, end);
        }
        this.bind(end);
        return;
      }
      case 'Compare':
        this.compare(e);
        return;
      case 'IfExp': {
        const orelse = new Label();
        const end = new Label();
        this.condJump(e.test, false, orelse);
        this.expr(e.body);
        this.jump(Op.JUMP, end);
        this.u.depth -= 1;
        this.bind(orelse);
        this.expr(e.orelse);
        this.bind(end);
        return;
      }
      case 'Call':
        this.call(e);
        return;
      case 'Attribute':
        this.expr(e.value);
        this.emit(Op.LOAD_ATTR, this.nameIdx(e.attr));
        return;
      case 'Subscript':
        this.expr(e.value);
        this.subscriptIndex(e.slice);
        this.emit(Op.BINARY_SUBSCR);
        return;
      case 'Tuple':
        this.sequence(e.elts, Op.BUILD_TUPLE);
        return;
      case 'List':
        this.sequence(e.elts, Op.BUILD_LIST);
        return;
      case 'Set':
        this.sequence(e.elts, Op.BUILD_SET);
        return;
      case 'Dict':
        this.dict(e);
        return;
      case 'JoinedStr':
        this.joinedStr(e);
        return;
      case 'FormattedValue':
        this.formattedValue(e);
        return;
      case 'Lambda': {
        const scope = this.table.get(e)!;
        const flags = this.defaultsAndKwdefaults(e.args);
        const code = this.functionBody(scope, e.name ?? '<lambda>', e.args, e.body, e.line, null);
        this.makeFunction(code, scope, flags);
        return;
      }
      case 'ListComp':
      case 'SetComp':
      case 'DictComp':
      case 'GeneratorExp':
        this.comprehension(e);
        return;
      case 'NamedExpr':
        this.expr(e.value);
        this.emit(Op.COPY, 1);
        this.storeName(e.target.id, e.target);
        return;
      case 'Starred':
        this.fail('SyntaxError', "can't use starred expression here", e);
        return;
      case 'Slice':
        this.subscriptIndex(e);
        return;
      case 'Yield':
        if (e.value) this.expr(e.value);
        else this.loadNone();
        this.emit(Op.YIELD_VALUE);
        return;
      case 'YieldFrom': {
        // The SEND loop of 3.11+ (3.10's YIELD_FROM does the same in one instruction): the
        // receiver stays on the stack while it runs; YIELD_VALUE 1 marks the delegation, so
        // that throw() and close() reach the receiver first.
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER);
        this.loadNone();
        const send = new Label();
        const exit = new Label();
        this.bind(send);
        this.jump(Op.SEND, exit);
        this.emit(Op.YIELD_VALUE, 1);
        this.jump(Op.JUMP, send); // JUMP_BACKWARD_NO_INTERRUPT
        this.bind(exit);
        this.emit(Op.END_SEND);
        return;
      }
      case 'Await':
        this.unsupported("'await'", e);
        return;
    }
  }

  compareOp(op: A.CompareOperator): void {
    switch (op) {
      case 'Is': this.emit(Op.IS_OP, 0); return;
      case 'IsNot': this.emit(Op.IS_OP, 1); return;
      case 'In': this.emit(Op.CONTAINS_OP, 0); return;
      case 'NotIn': this.emit(Op.CONTAINS_OP, 1); return;
      default: this.emit(Op.COMPARE_OP, CMP_INDEX[op]!);
    }
  }

  compare(e: A.Compare): void {
    this.expr(e.left);
    if (e.ops.length === 1) {
      this.expr(e.comparators[0]!);
      this.compareOp(e.ops[0]!);
      return;
    }
    const cleanup = new Label();
    const end = new Label();
    for (let i = 0; i < e.ops.length - 1; i++) {
      this.expr(e.comparators[i]!);
      this.emit(Op.SWAP, 2);
      this.emit(Op.COPY, 2);
      this.compareOp(e.ops[i]!);
      this.jump(Op.JUMP_IF_FALSE_OR_POP, cleanup);
    }
    this.expr(e.comparators[e.ops.length - 1]!);
    this.compareOp(e.ops[e.ops.length - 1]!);
    this.jump(Op.JUMP, end);
    this.bind(cleanup);
    this.emit(Op.SWAP, 2);
    this.emit(Op.POP_TOP);
    this.bind(end);
  }

  sequence(elts: A.Expr[], build: number): void {
    const hasStar = elts.some((x) => x.type === 'Starred');
    const consts = elts.map((x) => (x.type === 'Starred' ? null : constantOf(x)));
    // [1, 2, 3] and {1, 2, 3}: an empty container extended by a constant (compile.c starunpack_helper).
    if (!hasStar && build !== Op.BUILD_TUPLE && elts.length > 2 && consts.every((c) => c !== null)) {
      this.emit(build, 0);
      if (build === Op.BUILD_LIST) {
        this.loadConst({ kind: 'tuple', items: consts as FoldedValue[] });
        this.emit(Op.LIST_EXTEND, 1);
      } else {
        const fs = { kind: 'frozenset', items: consts } as unknown as FoldedValue;
        this.loadConst(fs);
        this.emit(Op.SET_UPDATE, 1);
      }
      return;
    }
    if (!hasStar) {
      for (const x of elts) this.expr(x);
      this.emit(build, elts.length);
      return;
    }
    // With *unpacking: build a list, extend, then convert.
    let pending = 0;
    let started = false;
    for (const x of elts) {
      if (x.type === 'Starred') {
        if (!started) {
          this.emit(build === Op.BUILD_SET ? Op.BUILD_SET : Op.BUILD_LIST, pending);
          started = true;
        } else if (pending > 0) this.fail('SyntaxError', 'internal: pending', x);
        pending = 0;
        this.expr(x.value);
        this.emit(build === Op.BUILD_SET ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
      } else {
        this.expr(x);
        if (started) this.emit(build === Op.BUILD_SET ? Op.SET_ADD : Op.LIST_APPEND, 1);
        else pending++;
      }
    }
    if (build === Op.BUILD_TUPLE) this.emit(Op.CALL_INTRINSIC_1, Intrinsic.LIST_TO_TUPLE);
  }

  dict(e: A.DictExpr): void {
    const n = e.keys.length;
    if (e.keys.some((k) => k === null)) {
      let count = 0;
      let started = false;
      for (let i = 0; i < n; i++) {
        const k = e.keys[i];
        if (k === null || k === undefined) {
          if (!started) {
            this.emit(Op.BUILD_MAP, count);
            started = true;
          } else if (count > 0) {
            this.emit(Op.BUILD_MAP, count);
            this.emit(Op.DICT_UPDATE, 1);
          }
          count = 0;
          this.expr(e.values[i]!);
          this.emit(Op.DICT_UPDATE, 1);
        } else {
          this.expr(k);
          this.expr(e.values[i]!);
          count++;
        }
      }
      if (count > 0) {
        this.emit(Op.BUILD_MAP, count);
        if (started) this.emit(Op.DICT_UPDATE, 1);
      }
      return;
    }
    for (let i = 0; i < n; i++) {
      this.expr(e.keys[i]!);
      this.expr(e.values[i]!);
    }
    this.emit(Op.BUILD_MAP, n);
  }

  joinedStr(e: A.JoinedStr): void {
    if (e.values.length === 1 && e.values[0]!.type === 'Constant') {
      this.expr(e.values[0]!);
      return;
    }
    for (const v of e.values) {
      if (v.type === 'Constant') this.expr(v);
      else this.formattedValue(v);
    }
    if (e.values.length !== 1) this.emit(Op.BUILD_STRING, e.values.length);
  }

  formattedValue(v: A.FormattedValue): void {
    this.expr(v.value);
    let flags = 0;
    if (v.conversion === 115) flags = 1; // !s
    else if (v.conversion === 114) flags = 2; // !r
    else if (v.conversion === 97) flags = 3; // !a
    if (v.formatSpec) {
      this.joinedStr(v.formatSpec);
      flags |= 4;
    }
    this.emit(Op.FORMAT_VALUE, flags);
  }

  call(e: A.Call): void {
    const hasStar = e.args.some((a) => a.type === 'Starred') || e.keywords.some((k) => k.arg === null);
    // Method calls: obj.name(...) uses LOAD_METHOD and never allocates a bound method.
    const isMethod = e.func.type === 'Attribute' && !hasStar;
    if (isMethod) {
      const f = e.func as A.Attribute;
      if (this.superCall(f)) {
        // handled: stack is [method|NULL, self|attr]
      } else {
        this.expr(f.value);
        this.emit(Op.LOAD_METHOD, this.nameIdx(f.attr));
      }
    } else {
      this.emit(Op.PUSH_NULL);
      this.expr(e.func);
    }
    if (hasStar) {
      this.starArgs(e);
      return;
    }
    for (const a of e.args) this.expr(a);
    if (e.keywords.length > 0) {
      for (const k of e.keywords) this.expr(k.value);
      this.callKw(e.args.length + e.keywords.length, e.keywords.map((k) => k.arg!));
    } else this.emit(Op.CALL, e.args.length);
  }

  /** 3.12+: super().name(...) loads the method without creating a super object. */
  superCall(f: A.Attribute): boolean {
    const v = f.value;
    if (!rt.profile.inlineComprehensions) return false; // LOAD_SUPER_ATTR arrived with 3.12
    if (v.type !== 'Call' || v.func.type !== 'Name' || v.func.id !== 'super' || v.args.length > 0 || v.keywords.length > 0) {
      return false;
    }
    const u = this.u;
    if (u.scope.kind !== 'function' || u.scope.params.length === 0 || this.nameScope('super') !== 'global') return false;
    if (!u.freevars.includes('__class__')) return false;
    this.loadName('super', v.func);
    this.emit(Op.LOAD_DEREF, this.derefIdx('__class__'));
    const first = u.scope.params[0]!;
    this.loadName(first, v);
    this.emit(Op.LOAD_SUPER_ATTR, this.nameIdx(f.attr));
    return true;
  }

  starArgs(e: A.Call): void {
    // positional part as a tuple
    const args = e.args;
    if (args.length === 1 && args[0]!.type === 'Starred') {
      this.expr(args[0]!.value);
      this.emit(Op.CALL_INTRINSIC_1, 101); // tuple(x) unless already a tuple
    } else {
      let started = false;
      let pending = 0;
      for (const a of args) {
        if (a.type === 'Starred') {
          if (!started) {
            this.emit(Op.BUILD_LIST, pending);
            started = true;
          }
          this.expr(a.value);
          this.emit(Op.LIST_EXTEND, 1);
        } else {
          this.expr(a);
          if (started) this.emit(Op.LIST_APPEND, 1);
          else pending++;
        }
      }
      if (started) this.emit(Op.CALL_INTRINSIC_1, Intrinsic.LIST_TO_TUPLE);
      else this.emit(Op.BUILD_TUPLE, pending);
    }
    if (e.keywords.length > 0) {
      let started = false;
      let pending = 0;
      for (const k of e.keywords) {
        if (k.arg === null) {
          if (!started) {
            this.emit(Op.BUILD_MAP, pending);
            started = true;
          } else if (pending > 0) {
            this.emit(Op.BUILD_MAP, pending);
            this.emit(Op.DICT_MERGE, 1);
          }
          pending = 0;
          this.expr(k.value);
          this.emit(Op.DICT_MERGE, 1);
        } else {
          this.loadConst({ kind: 'str', value: k.arg });
          this.expr(k.value);
          pending++;
        }
      }
      if (pending > 0) {
        this.emit(Op.BUILD_MAP, pending);
        if (started) this.emit(Op.DICT_MERGE, 1);
      }
      this.emit(Op.CALL_FUNCTION_EX, 1);
    } else this.emit(Op.CALL_FUNCTION_EX, 0);
  }

  // ---------------------------------------------------------------- comprehensions

  comprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const scope = this.table.get(e)!;
    if (scope.inlined && !scope.hasNestedScopes && !scope.children.length) {
      this.inlineComprehension(e, scope);
      return;
    }
    const names: Record<string, string> = { ListComp: '<listcomp>', SetComp: '<setcomp>', DictComp: '<dictcomp>', GeneratorExp: '<genexpr>' };
    const name = names[e.type]!;
    const qualname = this.qualnameFor(name);
    const prev = this.enterUnit(scope, qualname, e.line);
    this.cellPrologue();
    if (scope.isGenerator) {
      this.emit(Op.RETURN_GENERATOR);
      this.emit(Op.POP_TOP);
    }
    this.emit(Op.RESUME, 0);
    this.u.line = e.line;
    if (e.type !== 'GeneratorExp') {
      this.emit(e.type === 'ListComp' ? Op.BUILD_LIST : e.type === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    }
    this.emit(Op.LOAD_FAST, 0); // .0, the iterator passed in
    this.comprehensionLoops(e, 0, e.type === 'GeneratorExp' ? 0 : 1);
    if (e.type === 'GeneratorExp') this.loadNone();
    this.emit(Op.RETURN_VALUE);
    let flags = CO_OPTIMIZED | CO_NEWLOCALS;
    if (scope.isGenerator) flags |= CO_GENERATOR;
    const code = this.finishUnit(name, flags, 1, 0, 0);
    this.u = prev;
    this.makeFunction(code, scope, 0);
    this.expr(e.generators[0]!.iter);
    this.emit(Op.GET_ITER);
    this.emit(Op.CALL, 0);
  }

  /**
   * The loops of a comprehension. The iterator of generator `i` is on the stack; `extra`
   * counts what lies under it (the result container for list/set/dict comprehensions).
   */
  comprehensionLoops(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, i: number, extra: number): void {
    const g = e.generators[i]!;
    if (g.isAsync) this.unsupported("'async for' in comprehensions", g.target);
    if (i > 0) {
      this.expr(g.iter);
      this.emit(Op.GET_ITER);
    }
    const top = new Label();
    const next = new Label();
    const done = new Label();
    this.bind(top);
    this.jump(Op.FOR_ITER, done);
    this.storeTarget(g.target);
    for (const cond of g.ifs) this.condJump(cond, false, next);
    if (i + 1 < e.generators.length) this.comprehensionLoops(e, i + 1, extra);
    else {
      const depth = i + 1 + extra; // items below the element: iterators + container
      switch (e.type) {
        case 'ListComp':
          this.expr(e.elt);
          this.emit(Op.LIST_APPEND, depth);
          break;
        case 'SetComp':
          this.expr(e.elt);
          this.emit(Op.SET_ADD, depth);
          break;
        case 'DictComp':
          this.expr(e.key);
          this.expr(e.value);
          this.emit(Op.MAP_ADD, depth);
          break;
        case 'GeneratorExp':
          this.expr(e.elt);
          this.emit(Op.YIELD_VALUE);
          this.emit(Op.POP_TOP);
          break;
      }
    }
    // PEP 626: a backward jump is a line event even on the same line. It is also what
    // makes the step budget and the time limit apply to a one-line comprehension.
    this.bind(next);
    this.emit(Op.LINE, this.u.line);
    this.jump(Op.JUMP_BACKWARD, top);
    this.bind(done);
    this.u.depth -= 1;
  }

  /** PEP 709: the comprehension runs in the current frame; its variables are hidden locals. */
  inlineComprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, scope: Scope): void {
    const u = this.u;
    const hidden = [...scope.scopes].filter(([n, s]) => s === 'local' && n !== '.0').map(([n]) => n);
    u.inlinedLocals ??= new Set();
    const added: string[] = [];
    this.expr(e.generators[0]!.iter);
    this.emit(Op.GET_ITER);
    const saved = u.scope;
    // Save the outer values of the hidden names (LOAD_FAST_AND_CLEAR) under the iterator.
    for (const n of hidden) {
      if (!u.inlinedLocals.has(n)) added.push(n);
      u.inlinedLocals.add(n);
      this.emit(Op.LOAD_FAST_AND_CLEAR, this.varIdx(n));
      this.emit(Op.SWAP, 2);
    }
    this.emit(e.type === 'ListComp' ? Op.BUILD_LIST : e.type === 'SetComp' ? Op.BUILD_SET : Op.BUILD_MAP, 0);
    this.emit(Op.SWAP, 2);
    // Names of the comprehension resolve in its own scope but store into our frame.
    const innerScope = Object.create(scope) as Scope;
    innerScope.kind = u.scope.kind === 'module' || u.scope.kind === 'class' ? u.scope.kind : 'function';
    u.scope = mergedScope(saved, scope);
    this.comprehensionLoops(e, 0, 1);
    u.scope = saved;
    // Restore the saved outer values.
    for (let i = hidden.length - 1; i >= 0; i--) {
      this.emit(Op.SWAP, 2);
      this.emit(Op.STORE_FAST_MAYBE_NULL, this.varIdx(hidden[i]!));
    }
    for (const n of added) u.inlinedLocals.delete(n);
  }
}

/** A scope view where the comprehension's own names shadow the enclosing ones. */
function mergedScope(outer: Scope, comp: Scope): Scope {
  const m = Object.create(outer) as Scope;
  m.scopes = new Map(outer.scopes);
  for (const [n, s] of comp.scopes) {
    if (n === '.0') continue;
    if (s === 'local') m.scopes.set(n, outer.kind === 'module' || outer.kind === 'class' ? 'local' : 'local');
    else if (!m.scopes.has(n)) m.scopes.set(n, s);
  }
  return m;
}

const CELL_PLACEHOLDER = 1 << 24;
const FREE_PLACEHOLDER = 2 << 24;
const DEREF_OPS = new Set<number>([Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_CLASSDEREF, Op.LOAD_CLOSURE, Op.MAKE_CELL]);

function cellSlot(u: Unit, cellIndex: number): number {
  // 3.11+ layout: a cell for a parameter lives in the parameter's own slot.
  const name = u.cellvars[cellIndex]!;
  const argIdx = u.varnames.indexOf(name);
  if (argIdx >= 0 && argIdx < u.scope.params.length) return argIdx;
  return CELL_PLACEHOLDER + cellIndex;
}

/** Localsplus layout: locals, then cells (those not living in a parameter slot), then frees. */
function resolveDerefSlots(u: Unit): void {
  const c = u.code;
  for (let i = 0; i < c.length; i += 2) {
    if (!DEREF_OPS.has(c[i]!)) continue;
    const a = c[i + 1]!;
    if (a >= FREE_PLACEHOLDER) c[i + 1] = u.varnames.length + u.cellvars.length + (a - FREE_PLACEHOLDER);
    else if (a >= CELL_PLACEHOLDER) c[i + 1] = u.varnames.length + (a - CELL_PLACEHOLDER);
  }
}

/** find_ann: an annotated assignment in these statements, looking into compound statements but not into functions or classes. */
function hasAnnotatedAssignment(body: A.Stmt[]): boolean {
  for (const s of body) {
    switch (s.type) {
      case 'AnnAssign':
        return true;
      case 'For':
      case 'While':
      case 'If':
        if (hasAnnotatedAssignment(s.body) || hasAnnotatedAssignment(s.orelse)) return true;
        break;
      case 'With':
        if (hasAnnotatedAssignment(s.body)) return true;
        break;
      case 'Try':
        if (hasAnnotatedAssignment(s.body) || hasAnnotatedAssignment(s.orelse) || hasAnnotatedAssignment(s.finalbody)) return true;
        if (s.handlers.some((h) => hasAnnotatedAssignment(h.body))) return true;
        break;
    }
  }
  return false;
}

function constTruth(v: FoldedValue): boolean {
  switch (v.kind) {
    case 'int': return v.value !== 0n;
    case 'float': return v.value !== 0;
    case 'str': case 'bytes': return v.value.length > 0;
    case 'bool': return v.value;
    case 'None': return false;
    case 'tuple': return v.items.length > 0;
    default: return true;
  }
}

/** The block ends in a statement that never falls through (raise, return, break, continue). */
function endsWithJump(body: A.Stmt[]): boolean {
  const last = body[body.length - 1];
  return last !== undefined && (last.type === 'Return' || last.type === 'Raise' || last.type === 'Break' || last.type === 'Continue');
}

function endsWithReturn(body: A.Stmt[]): boolean {
  const last = body[body.length - 1];
  return last !== undefined && (last.type === 'Return' || last.type === 'Raise');
}

function lastLine(body: A.Stmt[]): number {
  const last = body[body.length - 1];
  if (last === undefined) return 1;
  return last.line;
}

function describeExpr(e: A.Expr): string {
  switch (e.type) {
    case 'Call': return 'function call';
    case 'Constant': return 'literal';
    case 'BinOp': case 'UnaryOp': return 'expression';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    case 'BoolOp': return 'expression';
    default: return 'expression';
  }
}

/** Net stack effect of an instruction (for handler depths and max stack size). */
export function stackEffect(op: number, arg: number, jump: boolean): number {
  switch (op) {
    case Op.NOP: case Op.LINE: case Op.RESUME: case Op.MAKE_CELL: case Op.COPY_FREE_VARS:
    case Op.JUMP: case Op.JUMP_BACKWARD: case Op.SWAP: case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE:
    case Op.UNARY_NOT: case Op.UNARY_INVERT: case Op.GET_ITER:
    case Op.CALL_INTRINSIC_1: case Op.LIST_TO_TUPLE: case Op.DELETE_FAST: case Op.DELETE_NAME:
    case Op.DELETE_GLOBAL: case Op.DELETE_DEREF: case Op.LOAD_ATTR:
      return 0;
    case Op.POP_TOP: case Op.STORE_FAST: case Op.STORE_NAME: case Op.STORE_GLOBAL: case Op.STORE_DEREF:
    case Op.DELETE_ATTR: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE:
    case Op.POP_JUMP_IF_NOT_NONE: case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP:
    case Op.BINARY_SUBSCR: case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE:
    case Op.DICT_UPDATE: case Op.DICT_MERGE: case Op.RETURN_VALUE: case Op.POP_EXCEPT: case Op.RERAISE:
    case Op.END_FOR: case Op.IMPORT_NAME: case Op.STORE_FAST_MAYBE_NULL:
      return -1;
    case Op.PUSH_NULL: case Op.COPY: case Op.LOAD_CONST: case Op.LOAD_FAST: case Op.LOAD_FAST_BORROW:
    case Op.LOAD_FAST_CHECK: case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: case Op.LOAD_NAME: case Op.LOAD_GLOBAL:
    case Op.LOAD_CLOSURE: case Op.LOAD_BUILD_CLASS: case Op.LOAD_ASSERTION_ERROR: case Op.IMPORT_FROM:
    case Op.PUSH_EXC_INFO: case Op.LOAD_FAST_AND_CLEAR: case Op.LOAD_METHOD:
      return 1;
    case Op.FOR_ITER: return jump ? -1 : 1;
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP: return jump ? 0 : -1;
    case Op.STORE_ATTR: return -2;
    case Op.STORE_SUBSCR: return -3;
    case Op.DELETE_SUBSCR: return -2;
    case Op.MAP_ADD: return -2;
    case Op.BUILD_SLICE: return 1 - arg;
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: return 1 - arg;
    case Op.BUILD_MAP: return 1 - 2 * arg;
    case Op.UNPACK_SEQUENCE: return arg - 1;
    case Op.UNPACK_EX: return (arg & 0xff) + (arg >> 8);
    case Op.CALL: return -1 - arg;
    case Op.CALL_KW: return -1 - (arg & 0xffff);
    case Op.CALL_FUNCTION_EX: return -2 - (arg & 1);
    case Op.MAKE_FUNCTION: return -((arg & 1 ? 1 : 0) + (arg & 2 ? 1 : 0) + (arg & 4 ? 1 : 0) + (arg & 8 ? 1 : 0) + (arg & 16 ? 1 : 0));
    case Op.RAISE_VARARGS: return -arg;
    case Op.CHECK_EXC_MATCH: return 0;
    case Op.BEFORE_WITH: return arg === 1 ? 1 : 3;
    case Op.END_SEND: return -1;
    case Op.WITH_EXCEPT_START: return 1;
    case Op.RETURN_GENERATOR: return 1;
    case Op.YIELD_VALUE: return 0;
    case Op.LOAD_SUPER_ATTR: return -1;
    case Op.FORMAT_VALUE: return arg & 4 ? -1 : 0;
    default: return 0;
  }
}

/** Peephole: `BUILD_TUPLE n; UNPACK_SEQUENCE n` for n <= 3 becomes swaps (no tuple). */
function peephole(u: Unit): void {
  const c = u.code;
  for (let i = 0; i + 3 < c.length; i += 2) {
    if (c[i] === Op.BUILD_TUPLE && c[i + 2] === Op.UNPACK_SEQUENCE && c[i + 1] === c[i + 3]) {
      const n = c[i + 1]!;
      if (n === 1) {
        c[i] = Op.NOP;
        c[i + 2] = Op.NOP;
      } else if (n === 2) {
        c[i] = Op.SWAP;
        c[i + 1] = 2;
        c[i + 2] = Op.NOP;
        c[i + 3] = 0;
      } else if (n === 3) {
        c[i] = Op.SWAP;
        c[i + 1] = 3;
        c[i + 2] = Op.NOP;
        c[i + 3] = 0;
      }
    }
  }
  void IS_JUMP;
}

export function listing(code: PyCode): Instruction[] {
  const out: Instruction[] = [];
  for (let i = 0; i < code.code.length / 2; i++) {
    const op = code.code[i * 2]!;
    const arg = code.code[i * 2 + 1]!;
    let argrepr = '';
    switch (op) {
      case Op.LOAD_CONST: argrepr = safeRepr(code.consts[arg]); break;
      case Op.LOAD_NAME: case Op.STORE_NAME: case Op.DELETE_NAME: case Op.LOAD_ATTR: case Op.STORE_ATTR:
      case Op.DELETE_ATTR: case Op.LOAD_METHOD: case Op.IMPORT_NAME: case Op.IMPORT_FROM: case Op.STORE_GLOBAL:
      case Op.DELETE_GLOBAL: case Op.LOAD_SUPER_ATTR:
        argrepr = code.names[arg] ?? ''; break;
      case Op.LOAD_GLOBAL: argrepr = (code.names[arg >> 1] ?? '') + (arg & 1 ? ' + NULL' : ''); break;
      case Op.LOAD_FAST: case Op.STORE_FAST: case Op.DELETE_FAST: case Op.LOAD_FAST_BORROW: case Op.LOAD_FAST_CHECK:
      case Op.LOAD_FAST_AND_CLEAR: case Op.STORE_FAST_MAYBE_NULL:
        argrepr = code.varnames[arg] ?? ''; break;
      case Op.BINARY_OP: argrepr = BINARY_OPS[arg % INPLACE_OFFSET]! + (arg >= INPLACE_OFFSET ? '=' : ''); break;
      default: break;
    }
    out.push({ offset: i, op: OP_NAMES[op] ?? `OP${op}`, arg, line: code.lines[i]!, argrepr });
  }
  return out;
}

function safeRepr(o: PyObject | undefined): string {
  if (o === undefined) return '?';
  try {
    return engineRepr(() => repr(o));
  } catch {
    return '?';
  }
}
