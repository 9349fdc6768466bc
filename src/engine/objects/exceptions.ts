/**
 * Exception objects (Objects/exceptions.c) and the built-in exception hierarchy.
 *
 * Exceptions are GC objects holding their args tuple, traceback, context and cause; the
 * traceback holds the frames it passed through, which is why a caught exception keeps the
 * failing function's locals alive until the `except` block ends.
 */

import { rt } from '../runtime.ts';
import { decref, newref, xdecref } from '../heap/heap.ts';
import { PyError, PyObject, PyType, type Visit } from './object.ts';
import { PyTuple, newTuple, newTupleFrom } from './tuple.ts';
import { internStr, newStr } from './str.ts';
import { PyDict } from './dict.ts';
import { repr, str } from '../abstract.ts';
import { defineMethods } from './builtinfunc.ts';
import { checkArgs, methodSignatures, oneArg, positionalCount } from './argspec.ts';
import { typeError } from './errors.ts';
import { genericGetAttr, genericSetAttr, materializeDict } from './typeobject.ts';
import { clearWeakrefs } from './weakref.ts';
import { addressOf } from '../heap/allocator.ts';

export class PyException extends PyObject {
  args: PyObject;
  traceback: PyObject | null = null;
  context: PyObject | null = null;
  cause: PyObject | null = null;
  suppressContext = false;
  /** Attributes set on the exception (e.name = ...), like an instance __dict__. */
  attrs: PyDict | null = null;
  /** StopIteration.value: its own field, set from the first argument (StopIteration_init). */
  value: PyObject | null = null;
  /** NameError.name, AttributeError.name and .obj: struct fields (owned), set where raised. */
  name: PyObject | null = null;
  obj: PyObject | null = null;
  constructor(type: PyType, args: PyObject) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.args = args;
  }
}

export function isException(o: PyObject): o is PyException {
  return o instanceof PyException;
}

PyError.normalize = (type, args) => newException(type, args);

/** Creates type(*args) for a built-in or Python exception class (new reference). */
export function newException(type: PyType, args: PyObject[], argsTuple: PyObject | null = null): PyObject {
  // The args tuple is made from the call's argument array (_PyTuple_FromArray), unless the
  // caller hands one over (a new reference).
  argsTuple ??= newTuple(args.map((a) => newref(a)), false, true);
  const e = new PyException(type, argsTuple);
  rt.heap.allocate(e, rt.profile.sizes.exception, true);
  setStopIterationValue(e, args);
  if (type.isHeapType) newref(type);
  rt.heap.track(e);
  return e;
}

/** The `Type: message` line CPython prints last in a traceback. */
export function formatExceptionLine(exc: PyObject): string {
  const name = exceptionQualifiedName(exc.type);
  const msg = exceptionStr(exc);
  return msg === '' ? name : `${name}: ${msg}`;
}

export function exceptionQualifiedName(t: PyType): string {
  return t.moduleName !== null && t.moduleName !== 'builtins' && t.moduleName !== '__main__'
    ? `${t.moduleName}.${t.qualname}`
    : t.qualname;
}

export function exceptionStr(exc: PyObject): string {
  return str(exc);
}

function argsOf(e: PyObject): PyObject[] {
  return e instanceof PyException ? (e.args as PyTuple).items : [];
}

/** Names and parents of CPython's built-in exception classes, in definition order. */
export const EXCEPTION_TREE: [string, string | null][] = [
  ['BaseException', null],
  ['Exception', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['FloatingPointError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['Warning', 'Exception'],
  ['DeprecationWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
];

function setStopIterationValue(e: PyException, args: PyObject[]): void {
  if (!e.type.isSubtypeOf(rt.exc.StopIteration!)) return;
  const old = e.value;
  e.value = newref(args.length > 0 ? args[0]! : rt.none);
  xdecref(old);
}

/**
 * Bytes a built-in exception class adds to BaseException's struct: NameError's name,
 * AttributeError's obj and name, StopIteration's value, ImportError's fields.
 */
function extraFieldBytes(t: PyType): number {
  const x = rt.exc;
  if (t.isSubtypeOf(x.AttributeError!)) return 16;
  if (t.isSubtypeOf(x.NameError!) || t.isSubtypeOf(x.StopIteration!)) return 8;
  if (t.isSubtypeOf(x.ImportError!)) return rt.profile.sizes.importErrorFields;
  return 0;
}

/** Whether `name` is one of the class's struct fields (NameError.name, AttributeError.name/obj). */
function fieldOf(t: PyType, name: string): 'name' | 'obj' | null {
  if (name === 'name' && (t.isSubtypeOf(rt.exc.NameError!) || t.isSubtypeOf(rt.exc.AttributeError!))) return 'name';
  if (name === 'obj' && t.isSubtypeOf(rt.exc.AttributeError!)) return 'obj';
  return null;
}

/**
 * The NameError or AttributeError the interpreter raises for a missing name or attribute,
 * normalized at once and given its name (and object) as CPython does for its suggestions.
 */
export function raiseMissing(type: PyType, message: string, name: string, obj: PyObject | null): never {
  const text = newStr(message);
  const e = newException(type, [text]) as PyException;
  decref(text);
  e.name = internStr(name);
  if (obj !== null) e.obj = newref(obj);
  throw new PyError(e);
}

export function exceptionTraverse(o: PyObject, visit: Visit): void {
  const e = o as PyException;
  // AttributeError_traverse visits obj and name before BaseException's fields.
  if (e.obj !== null) visit(e.obj, 'internal', 'obj');
  if (e.name !== null) visit(e.name, 'internal', 'name');
  if (e.value !== null) visit(e.value, 'internal', 'value');
  if (e.attrs !== null) visit(e.attrs, 'internal', '__dict__');
  visit(e.args, 'internal', 'args');
  if (e.traceback !== null) visit(e.traceback, 'internal', '__traceback__');
  if (e.cause !== null) visit(e.cause, 'internal', '__cause__');
  if (e.context !== null) visit(e.context, 'internal', '__context__');
  // A Python subclass's class reference is visited by its own traverse (subtype_traverse).
}

/** BaseException_clear: releases dict, args, traceback, cause, context in that order. */
export function exceptionClearFields(e: PyException): void {
  // AttributeError_clear / NameError_clear release their fields first, and StopIteration_clear its value.
  const obj = e.obj;
  const name = e.name;
  e.obj = null;
  e.name = null;
  xdecref(obj);
  xdecref(name);
  const value = e.value;
  e.value = null;
  xdecref(value);
  const d = e.attrs;
  const args = e.args;
  const tb = e.traceback;
  const cause = e.cause;
  const ctx = e.context;
  e.attrs = null;
  e.args = rt.emptyTuple;
  e.traceback = null;
  e.cause = null;
  e.context = null;
  xdecref(d);
  decref(args);
  xdecref(tb);
  xdecref(cause);
  xdecref(ctx);
}

export function installExceptions(base: PyType): void {
  base.isGC = true;
  // Built-in exceptions take no weak references (no tp_weaklistoffset); Python subclasses do.
  base.sizeOf = (o) => rt.profile.sizes.exception - rt.profile.sizes.gcHeader + extraFieldBytes(o.type);
  base.traverse = exceptionTraverse;
  base.clear = (o) => exceptionClearFields(o as PyException);
  // Exact built-in exceptions; Python subclasses wrap this in subtype_dealloc (typeobject.ts).
  base.dealloc = (o) => {
    const e = o as PyException;
    rt.heap.untrack(e);
    clearWeakrefs(e);
    exceptionClearFields(e);
    rt.heap.release(e, true);
  };
  base.getattro = (o, name) => {
    const e = o as PyException;
    switch (name) {
      case 'args': return newref(e.args);
      case '__dict__': return newref(materializeDict(e));
      case '__traceback__': return newref(e.traceback ?? rt.none);
      case '__context__': return newref(e.context ?? rt.none);
      case '__cause__': return newref(e.cause ?? rt.none);
      case '__suppress_context__': return newref(e.suppressContext ? rt.true : rt.false);
      case 'value':
        if (e.value !== null) return newref(e.value);
        return genericGetAttr(o, name);
      case 'name':
      case 'obj': {
        const field = fieldOf(e.type, name);
        if (field === null) return genericGetAttr(o, name);
        return newref(e[field] ?? rt.none);
      }
      default: return genericGetAttr(o, name);
    }
  };
  base.setattro = (o, name, value) => {
    const e = o as PyException;
    const field = fieldOf(e.type, name);
    if (field !== null) {
      const old = e[field];
      e[field] = value === null ? null : newref(value);
      xdecref(old);
      return;
    }
    if (name === 'args' && value !== null) {
      const old = e.args;
      e.args = value instanceof PyTuple ? newref(value) : newTupleFrom([value]);
      decref(old);
      return;
    }
    if (name === '__traceback__') {
      const old = e.traceback;
      e.traceback = value === null || value === rt.none ? null : newref(value);
      xdecref(old);
      return;
    }
    if (name === '__cause__' || name === '__context__') {
      const field = name === '__cause__' ? 'cause' : 'context';
      const old = e[field];
      e[field] = value === null || value === rt.none ? null : newref(value);
      if (name === '__cause__') e.suppressContext = true;
      xdecref(old);
      return;
    }
    genericSetAttr(o, name, value);
  };
  base.str = (o) => {
    const args = argsOf(o);
    if (o.type.isSubtypeOf(rt.exc.KeyError!) && args.length === 1) return repr(args[0]!);
    if (args.length === 0) return '';
    if (args.length === 1) return str(args[0]!);
    return repr((o as PyException).args);
  };
  base.repr = (o) => {
    const args = argsOf(o);
    const name = o.type.qualname;
    if (args.length === 1) return `${name}(${repr(args[0]!)})`;
    return `${name}(${args.map((a) => repr(a)).join(', ')})`;
  };
  base.summary = (o) => `${o.type.name}: ${str(o)}`;
  base.newInstance = (args, kwnames, self) => {
    const t = self as PyType;
    const npos = args.length - (kwnames?.length ?? 0);
    // Called through tp_call (no vectorcall), BaseException_new keeps the tuple it is given:
    // for E(*t) that is t itself.
    const star = rt.starCall;
    if (star !== null && star.args === args && npos === args.length && (t.isHeapType || !rt.profile.exceptionsHaveVectorcall)) {
      return newException(t, args, newref(star.tuple));
    }
    return newException(t, args.slice(0, npos));
  };
  base.hash = (o) => addressOf(o.addr) / 16;
  defineMethods(base, {
    with_traceback: (a, k, self) => {
      const tb = oneArg(SIG.with_traceback, a, k, self);
      const e = self as PyException;
      const old = e.traceback;
      e.traceback = tb === rt.none ? null : newref(tb);
      xdecref(old);
      return newref(e);
    },
    __init__: (a, k, self) => {
      const e = self as PyException;
      if (k !== null && k.length > 0 && fieldOf(e.type, 'name') !== null) {
        // NameError(msg, name=...) and AttributeError(msg, name=..., obj=...): keyword-only fields.
        const npos = a.length - k.length;
        for (let i = 0; i < k.length; i++) {
          const field = fieldOf(e.type, k[i]!);
          if (field === null) typeError(rt.profile.messages.unexpectedKeyword(e.type.name, k[i]!));
          const old = e[field];
          e[field] = newref(a[npos + i]!);
          xdecref(old);
        }
        a = a.slice(0, npos);
        k = null;
      }
      checkArgs(SIG.__init__, a, k, self);
      const npos = positionalCount(a, k);
      const given = a.slice(0, npos);
      // Called right after the exception was made from the same arguments (type_call runs
      // tp_new and tp_init on one tuple; 3.12+ vectorcall runs no __init__ at all), args
      // already is that tuple: nothing new is allocated.
      const current = (e.args as PyTuple).items;
      if (current.length !== given.length || current.some((x, i) => x !== given[i])) {
        const old = e.args;
        e.args = newTupleFrom(given);
        decref(old);
      }
      setStopIterationValue(e, given);
      return newref(rt.none);
    },
  });
  void newStr;
  void PyDict;
}

/**
 * BaseException's methods (Objects/exceptions.c). __init__ (a slot wrapper, as is the
 * vectorcall of 3.12+) rejects keywords in the name of the exception's own type
 * (`ValueError() takes no keyword arguments`, _PyArg_NoKeywords(Py_TYPE(self)->tp_name)).
 */
const SIG = methodSignatures('BaseException', {
  with_traceback: '(tb, /)',
  __init__: 'fastcall(*args) as $type',
});
