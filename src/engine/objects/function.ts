/**
 * Functions, code objects, cells and bound methods (Objects/funcobject.c, codeobject.c,
 * cellobject.c, classobject.c), plus staticmethod/classmethod/property.
 *
 * A function holds references to its code, globals, name and qualname, defaults and
 * closure cells, as CPython's PyFunctionObject does; that is what sys.getrefcount and the
 * collector see. Calling one is the interpreter's job (eval/interpreter.ts).
 */

import { rt } from '../runtime.ts';
import { decref, newref, xdecref } from '../heap/heap.ts';
import { PyObject, type PyType, type Visit } from './object.ts';
import { callObject, hexAddress, repr } from '../abstract.ts';
import { PyTuple } from './tuple.ts';
import { newInt } from './int.ts';
import { PyDict, dictDelStr, dictGetStr, dictSetItem, dictSetStr, newDict } from './dict.ts';
import { PyStr } from './str.ts';
import { genericGetAttr } from './typeobject.ts';
import { raise, typeError } from './errors.ts';
import type { Instruction } from '../compile/opcodes.ts';
import { clearWeakrefs } from './weakref.ts';
import { addressOf } from '../heap/allocator.ts';

export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;

/** An exception handler range: instructions in [start, end) jump to target on error. */
export interface HandlerEntry {
  target: number;
  /** Stack depth to unwind to before pushing the exception. */
  depth: number;
  /** Push the offset of the failing instruction too (used by `finally` re-raise). */
  lasti: boolean;
}

/** What the compiler produces for one function, class body, comprehension or module. */
export class PyCode extends PyObject {
  /** Finished frames of this code kept for reuse by the engine (never a Python object). */
  framePool: unknown[] = [];
  /** CALL sites specialized for a class (CALL_ALLOC_AND_ENTER_INIT, 3.13+), by instruction. */
  classCallSites: (PyType | null)[] | null = null;
  /**
   * Name instructions' entry-index hints, three per instruction (locals, globals,
   * builtins): where the name was last found, tried before searching (dict.ts
   * dictGetStrHinted). Created on first use.
   */
  nameHints: Int32Array | null = null;
  name = '';
  qualname = '';
  filename = '<string>';
  firstLine = 1;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  flags = 0;
  /** Local variable names, parameters first. */
  varnames: string[] = [];
  cellvars: string[] = [];
  freevars: string[] = [];
  /** For each cellvar, the index of the parameter it shadows, or -1. */
  cell2arg: number[] = [];
  /** Names used by global/name/attribute instructions. */
  names: string[] = [];
  /** Interned str objects for `names`, so lookups need not allocate. */
  nameObjects: PyObject[] = [];
  consts: PyObject[] = [];
  /** Instructions as [opcode, arg] pairs. */
  code: Int32Array = new Int32Array(0);
  /** Source line of each instruction (indexed by instruction, not by array slot). */
  lines: Int32Array = new Int32Array(0);
  /** Handler index for each instruction, or -1. */
  handlers: Int32Array = new Int32Array(0);
  handlerTable: HandlerEntry[] = [];
  /** Keyword-name tuples used by CALL_KW, as JS arrays. */
  kwnames: string[][] = [];
  stacksize = 0;
  /** A readable listing for debugging and the playground's "bytecode" view. */
  listing: Instruction[] = [];
  /** Size of the frame (locals + cells + frees + stack), for 3.10 frame objects. */
  get nlocalsplus(): number {
    return this.varnames.length + this.cellvars.length + this.freevars.length;
  }
}

export class PyFunction extends PyObject {
  code: PyCode;
  globals: PyObject;
  name: PyObject;
  qualname: PyObject;
  /** Tuple of defaults or null. */
  defaults: PyObject | null = null;
  /** Dict of keyword-only defaults or null. */
  kwdefaults: PyObject | null = null;
  /** Tuple of cells or null. */
  closure: PyObject | null = null;
  /** Function attributes (__dict__), created on demand. */
  dict: PyObject | null = null;
  /** __annotations__: (3.10–3.13) the tuple MAKE_FUNCTION stored, then the dict made from it. */
  annotations: PyObject | null = null;
  /** 3.14's __annotate__ function, which makes the dict when first asked. */
  annotate: PyObject | null = null;
  doc: PyObject;
  module: PyObject | null;
  /** func_builtins (3.10+): a reference to the builtins namespace the function runs with. */
  builtins: PyObject;
  constructor(type: PyType, code: PyCode, globals: PyObject, builtins: PyObject, name: PyObject, qualname: PyObject, doc: PyObject, module: PyObject | null) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.code = code;
    this.globals = globals;
    this.builtins = builtins;
    this.name = name;
    this.qualname = qualname;
    this.doc = doc;
    this.module = module;
  }
}

export class PyCell extends PyObject {
  ref: PyObject | null;
  constructor(type: PyType, ref: PyObject | null) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.ref = ref;
  }
}

export class PyMethod extends PyObject {
  func: PyObject;
  self: PyObject;
  constructor(type: PyType, func: PyObject, self: PyObject) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.func = func;
    this.self = self;
  }
}

/**
 * func_get_annotations: the dict, made on first access: empty, or (3.10–3.13) from the
 * tuple MAKE_FUNCTION stored, or (3.14) by calling the function's __annotate__(1).
 */
function annotationsDict(f: PyFunction): PyObject {
  const held = f.annotations;
  if (held === null) {
    if (f.annotate !== null) {
      const d = callObject(f.annotate, [newInt(1)], null);
      f.annotations = d;
      return d;
    }
    f.annotations = newDict();
  } else if (held instanceof PyTuple) {
    const d = newDict();
    for (let i = 0; i + 1 < held.items.length; i += 2) dictSetItem(d, held.items[i]!, held.items[i + 1]!);
    f.annotations = d;
    decref(held);
  }
  return f.annotations!;
}

export function newCell(ref: PyObject | null): PyCell {
  const c = rt.heap.allocate(new PyCell(rt.types.cell, ref), rt.profile.sizes.cell, true);
  rt.heap.track(c);
  return c;
}

/** A bound method (new reference); takes new references to func and self. */
export function newMethod(func: PyObject, self: PyObject): PyMethod {
  const m = rt.heap.allocate(new PyMethod(rt.types.method, newref(func), newref(self)), rt.profile.sizes.boundMethod, true);
  rt.heap.track(m);
  return m;
}

export function installFunctionTypes(t: {
  function: PyType;
  cell: PyType;
  method: PyType;
  code: PyType;
}): void {
  const fn = t.function;
  fn.isGC = true;
  fn.weakrefable = true;
  fn.sizeOf = () => rt.profile.sizes.function - rt.profile.sizes.gcHeader;
  fn.traverse = (o, visit: Visit) => {
    const f = o as PyFunction;
    visit(f.code, 'internal', '__code__');
    visit(f.globals, 'internal', '__globals__');
    visit(f.builtins, 'internal', '__builtins__');
    if (f.module !== null) visit(f.module, 'internal', '__module__');
    if (f.defaults !== null) visit(f.defaults, 'internal', '__defaults__');
    if (f.kwdefaults !== null) visit(f.kwdefaults, 'internal', '__kwdefaults__');
    visit(f.doc, 'internal', '__doc__');
    visit(f.name, 'internal', '__name__');
    if (f.dict !== null) visit(f.dict, 'internal', '__dict__');
    if (f.closure !== null) visit(f.closure, 'internal', '__closure__');
    if (f.annotations !== null) visit(f.annotations, 'internal', '__annotations__');
    if (f.annotate !== null) visit(f.annotate, 'internal', '__annotate__');
    visit(f.qualname, 'internal', '__qualname__');
  };
  fn.clear = (o) => {
    const f = o as PyFunction;
    const d = f.defaults;
    const k = f.kwdefaults;
    const c = f.closure;
    const dict = f.dict;
    const ann = f.annotations;
    const annotate = f.annotate;
    f.defaults = null;
    f.kwdefaults = null;
    f.closure = null;
    f.dict = null;
    f.annotations = null;
    f.annotate = null;
    xdecref(d);
    xdecref(k);
    xdecref(c);
    xdecref(dict);
    xdecref(ann);
    xdecref(annotate);
  };
  fn.dealloc = (o) => {
    const f = o as PyFunction;
    rt.heap.untrack(f);
    clearWeakrefs(f);
    // func_clear order: globals, builtins, module, name, code, defaults, kwdefaults, doc, dict, closure, annotations, qualname
    decref(f.code);
    decref(f.globals);
    decref(f.builtins);
    xdecref(f.module);
    decref(f.name);
    xdecref(f.defaults);
    xdecref(f.kwdefaults);
    decref(f.doc);
    xdecref(f.dict);
    xdecref(f.closure);
    xdecref(f.annotate);
    xdecref(f.annotations);
    decref(f.qualname);
    rt.heap.release(f, true);
  };
  fn.repr = (o) => `<function ${strOf((o as PyFunction).qualname)} at ${hexAddress(o.addr)}>`;
  fn.summary = (o) => `${strOf((o as PyFunction).qualname)}()`;
  fn.descrGet = (descr, obj) => (obj === null ? newref(descr) : newMethod(descr, obj));
  fn.getattro = (o, name) => {
    const f = o as PyFunction;
    switch (name) {
      case '__name__': return newref(f.name);
      case '__qualname__': return newref(f.qualname);
      case '__code__': return newref(f.code);
      case '__closure__': return newref(f.closure ?? rt.none);
      case '__defaults__': return newref(f.defaults ?? rt.none);
      case '__kwdefaults__': return newref(f.kwdefaults ?? rt.none);
      case '__globals__': return newref(f.globals);
      case '__doc__': return newref(f.doc);
      case '__module__': return newref(f.module ?? rt.none);
      case '__dict__': {
        if (f.dict === null) f.dict = newDict();
        return newref(f.dict);
      }
      case '__annotations__': return newref(annotationsDict(f));
      default: {
        if (f.dict !== null) {
          const v = dictGetStr(f.dict as PyDict, name);
          if (v !== null) return newref(v);
        }
        return genericGetAttr(o, name);
      }
    }
  };
  fn.setattro = (o, name, value) => {
    const f = o as PyFunction;
    if (name === '__defaults__') {
      const old = f.defaults;
      f.defaults = value === null || value === rt.none ? null : newref(value);
      xdecref(old);
      return;
    }
    if (name === '__name__' || name === '__qualname__') {
      if (!(value instanceof PyStr)) typeError(`${name} must be set to a string object`);
      const old = name === '__name__' ? f.name : f.qualname;
      if (name === '__name__') f.name = newref(value);
      else f.qualname = newref(value);
      decref(old);
      return;
    }
    if (f.dict === null) f.dict = newDict();
    if (value === null) {
      if (!dictDelStr(f.dict as PyDict, name)) raise(rt.exc.AttributeError!, `'function' object has no attribute '${name}'`);
    } else dictSetStr(f.dict as PyDict, name, value);
  };

  const cell = t.cell;
  cell.isGC = true;
  cell.sizeOf = () => rt.profile.sizes.cell - rt.profile.sizes.gcHeader;
  cell.traverse = (o, visit) => {
    const c = o as PyCell;
    if (c.ref !== null) visit(c.ref, 'internal', 'cell_contents');
  };
  cell.clear = (o) => {
    const c = o as PyCell;
    const r = c.ref;
    c.ref = null;
    xdecref(r);
  };
  cell.dealloc = (o) => {
    const c = o as PyCell;
    rt.heap.untrack(c);
    const r = c.ref;
    c.ref = null;
    xdecref(r);
    rt.heap.release(c, true);
  };
  cell.repr = (o) => {
    const c = o as PyCell;
    if (c.ref === null) return `<cell at ${hexAddress(o.addr)}: empty>`;
    return `<cell at ${hexAddress(o.addr)}: ${c.ref.type.name} object at ${hexAddress(c.ref.addr)}>`;
  };
  cell.summary = (o) => ((o as PyCell).ref === null ? 'empty' : 'cell');

  const m = t.method;
  m.isGC = true;
  m.sizeOf = () => rt.profile.sizes.boundMethod - rt.profile.sizes.gcHeader;
  m.traverse = (o, visit) => {
    const bm = o as PyMethod;
    visit(bm.func, 'internal', '__func__');
    visit(bm.self, 'internal', '__self__');
  };
  m.dealloc = (o) => {
    const bm = o as PyMethod;
    rt.heap.untrack(bm);
    clearWeakrefs(bm);
    decref(bm.func);
    decref(bm.self);
    rt.heap.release(bm, true);
  };
  m.repr = (o) => {
    const bm = o as PyMethod;
    const f = bm.func;
    const name = f instanceof PyFunction ? strOf(f.qualname) : repr(f);
    return `<bound method ${name} of ${repr(bm.self)}>`;
  };
  m.summary = (o) => {
    const f = (o as PyMethod).func;
    return f instanceof PyFunction ? `${strOf(f.qualname)}()` : 'method';
  };
  m.weakrefable = true;
  // Bound methods are equal when they bind the same function to the same object.
  m.richcompare = (a, b, op) => {
    if (!(b instanceof PyMethod) || (op !== 2 && op !== 3)) return null;
    const x = a as PyMethod;
    const eq = x.func === b.func && x.self === b.self;
    return newref(eq === (op === 2) ? rt.true : rt.false);
  };
  m.hash = (o) => {
    const x = o as PyMethod;
    const h = BigInt.asIntN(64, BigInt(addressOf(x.self.addr) >> 4) ^ BigInt(addressOf(x.func.addr) >> 4));
    return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
  };
  m.getattro = (o, name) => {
    const x = o as PyMethod;
    if (name === '__func__') return newref(x.func);
    if (name === '__self__') return newref(x.self);
    const g = x.func.type.getattro;
    return g === null ? null : g(x.func, name);
  };

  const code = t.code;
  code.internal = true;
  code.repr = (o) => `<code object ${(o as PyCode).name} at ${hexAddress(o.addr)}, file "${(o as PyCode).filename}", line ${(o as PyCode).firstLine}>`;
  code.traverse = (o, visit) => {
    for (const c of (o as PyCode).consts) visit(c, 'internal', 'co_consts');
  };
  code.dealloc = (o) => {
    clearWeakrefs(o);
    for (const c of (o as PyCode).consts) decref(c);
    rt.heap.release(o, false);
  };

}


function strOf(o: PyObject): string {
  return (o as unknown as { v: string }).v;
}
