/**
 * The interpreter loop (Python/ceval.c, Python/bytecodes.c).
 *
 * One loop runs a frame and every Python function it calls, without JavaScript
 * recursion, so deep Python recursion costs no JS stack. Native code that calls back into
 * Python (a class's __init__, __del__, a sort key) starts a nested run through
 * `callPython`.
 *
 * Reference counting follows CPython's instructions: every value on the stack is an owned
 * reference; an instruction that consumes values releases them in CPython's order. What
 * differs between versions is read from the profile: whether a caller keeps its argument
 * references during a call (3.10), whether local loads are borrowed (3.14), and when a
 * scheduled collection runs.
 */

import { rt } from '../runtime.ts';
import { decref, incref, newref, touch, xdecref } from '../heap/heap.ts';
import { EngineStop, PyError, PyObject, PyType, typeCache } from '../objects/object.ts';
import { Op, BINARY_OPS, INPLACE_OFFSET, Intrinsic } from '../compile/opcodes.ts';
import {
  CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS, PyCell, PyCode, PyFunction, PyMethod, newCell,
} from '../objects/function.ts';
import { Frame, finishFrame, newFrame } from './frame.ts';
import { addTraceback } from './traceback.ts';
import { PyDict, dictGetItem, dictGetStr, dictGetStrHinted, dictSetItem, dictSetStr, dictSetStrHinted, dictDelStr, dictMerge, newDict, newDictPresized, dictEntries } from '../objects/dict.ts';
import { PyList, listAppend, listExtend, newList } from '../objects/list.ts';
import { PyTuple, newTuple } from '../objects/tuple.ts';
import { PyStr, internStr, newStr } from '../objects/str.ts';
import { PyInt, intBinaryExact, intCompareExact, newBool } from '../objects/int.ts';
import { PySet, newSet, setAdd, setUpdate } from '../objects/set.ts';
import { newSlice } from '../objects/misc.ts';
import { PyException, isException, newException, raiseMissing } from '../objects/exceptions.ts';
import { raise, typeError } from '../objects/errors.ts';
import {
  binaryOp, callObject, contains, getAttr, getItem, getIter, inplaceOp, isTrue, iterNext, iterToArray,
  richCompare, setAttr, setItem, typeLookup, unaryOp, type BinaryOpName, repr, str as strOf,
} from '../abstract.ts';
import { bindSpecial, lookupMethod, lookupMethodUnbound, newClass, allocInstance, objectNew, superLookup } from '../objects/typeobject.ts';
import { formatValue } from '../objects/format.ts';
import { PyBuiltin, callsDirectly } from '../objects/builtinfunc.ts';
import { PyGenerator, newGenerator, sendTo } from './generator.ts';
import { importModule } from '../modules/index.ts';
import { runScheduledCollection } from '../heap/gc.ts';
import { PyIter, listIterNext, rangeIterNext } from '../objects/iterators.ts';

// ------------------------------------------------------------------ errors in the loop

/** The exception currently being handled (sys.exc_info()[1]) or null. */
export function handledException(): PyObject | null {
  const h = rt.handledExceptions;
  for (let i = h.length - 1; i >= 0; i--) if (h[i] !== rt.none) return h[i]!;
  return null;
}

/** Sets __context__ on a newly raised exception, as _PyErr_SetObject does. */
function chainContext(exc: PyObject): void {
  const cur = handledException();
  if (cur === null || cur === exc || !(exc instanceof PyException)) return;
  // Break cycles in the context chain.
  let o: PyObject | null = cur;
  while (o instanceof PyException) {
    const next: PyObject | null = o.context;
    if (next === exc) {
      o.context = null;
      decref(exc);
      break;
    }
    o = next;
  }
  if (exc.context !== cur) {
    const old = exc.context;
    exc.context = newref(cur);
    xdecref(old);
  }
}

/** Turns a raised object into an exception instance (raise ValueError → ValueError()). */
function normalizeRaise(v: PyObject): PyObject {
  if (v instanceof PyType && v.isSubtypeOf(rt.exc.BaseException!)) {
    return callObject(v, [], null);
  }
  if (!isException(v)) {
    typeError('exceptions must derive from BaseException');
  }
  return newref(v);
}

function recursionErrorFromStackOverflow(): PyError {
  rt.nativeDepth = 0;
  try {
    raise(rt.exc.RecursionError!, 'maximum recursion depth exceeded');
  } catch (e) {
    return e as PyError;
  }
}

function stepBudgetExceeded(): never {
  // The line that crossed the budget was counted but does not run; finalizers that run while
  // the stop unwinds cross it again and do not run either, so they are not counted.
  rt.steps = rt.maxSteps + 1;
  throw new EngineStop('step-budget', `the program ran more than ${rt.maxSteps.toLocaleString('en-US')} steps and was stopped`, rt.frame?.line ?? null);
}

function deadlineExceeded(): never {
  throw new EngineStop('step-budget', 'the program ran too long and was stopped', rt.frame?.line ?? null);
}

// ------------------------------------------------------------------ calls

/** Calls a Python function from native code: the callee frame takes new references. */
export function callPython(func: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  const f = prepareFrame(func, args, kwnames, false);
  if (f === null) return makeGeneratorFor(func, args, kwnames);
  f.entry = true;
  return runFrame(f);
}

function makeGeneratorFor(func: PyFunction, args: PyObject[], kwnames: string[] | null): PyObject {
  const f = prepareFrame(func, args, kwnames, false, true)!;
  return newGenerator(f);
}

/**
 * Creates and fills the frame for a call. With `steal`, argument references move from the
 * caller (3.11+ value stack) into the frame; otherwise the frame takes new references.
 * Returns null for generator functions unless `forGenerator` is set.
 */
function prepareFrame(func: PyFunction, args: PyObject[], kwnames: string[] | null, steal: boolean, forGenerator = false): Frame | null {
  const code = func.code;
  if ((code.flags & CO_GENERATOR) !== 0 && !forGenerator) return null;
  if (rt.depth >= rt.recursionLimit) {
    if (steal) for (const a of args) decref(a);
    raise(rt.exc.RecursionError!, 'maximum recursion depth exceeded');
  }
  const f = newFrame(code, func, func.globals as PyDict, null);
  try {
    bindArguments(func, f, args, kwnames, steal);
  } catch (e) {
    f.entry = true;
    finishFrame(f);
    throw e;
  }
  return f;
}

function argName(code: PyCode, i: number): string {
  return code.varnames[i]!;
}

/** Fills a frame's parameters from call arguments (Python/ceval.c initialize_locals). */
function bindArguments(func: PyFunction, f: Frame, args: PyObject[], kwnames: string[] | null, steal: boolean): void {
  const code = func.code;
  const fast = f.fast;
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const argcount = code.argcount;
  const kwonly = code.kwonlyargcount;
  const total = argcount + kwonly;
  const hasVarargs = (code.flags & CO_VARARGS) !== 0;
  const hasVarkw = (code.flags & CO_VARKEYWORDS) !== 0;
  let kwdict: PyDict | null = null;
  if (hasVarkw) {
    kwdict = newDict();
    fast[total + (hasVarargs ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) fast[i] = steal ? args[i]! : newref(args[i]!);
  if (hasVarargs) {
    const extra: PyObject[] = [];
    for (let i = n; i < npos; i++) extra.push(steal ? args[i]! : newref(args[i]!));
    fast[total] = newTuple(extra);
  } else if (npos > argcount) {
    if (steal) for (let i = n; i < npos; i++) decref(args[i]!);
    tooManyPositional(func, npos, nkw);
  }
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k]!;
    const value = args[npos + k]!;
    let idx = -1;
    for (let j = code.posonlyargcount; j < total; j++) {
      if (code.varnames[j] === name) {
        idx = j;
        break;
      }
    }
    if (idx < 0) {
      if (kwdict === null) {
        if (steal) for (let j = npos + k; j < args.length; j++) decref(args[j]!);
        typeError(`${qualname(func)}() got an unexpected keyword argument '${name}'`);
      }
      const key = newStr(name);
      dictSetItem(kwdict!, key, value);
      decref(key);
      if (steal) decref(value);
      continue;
    }
    if (fast[idx] !== null) {
      if (steal) for (let j = npos + k; j < args.length; j++) decref(args[j]!);
      typeError(`${qualname(func)}() got multiple values for argument '${name}'`);
    }
    fast[idx] = steal ? value : newref(value);
  }
  // Defaults for missing positional parameters.
  if (npos < argcount) {
    const defaults = func.defaults === null ? [] : (func.defaults as PyTuple).items;
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (fast[i] !== null) continue;
      if (i >= firstDefault) fast[i] = newref(defaults[i - firstDefault]!);
      else missing.push(argName(code, i));
    }
    if (missing.length > 0) typeError(rt.profile.messages.missingPositional(qualname(func), missing));
  }
  if (kwonly > 0) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== null) continue;
      const d = func.kwdefaults === null ? null : dictGetStr(func.kwdefaults as PyDict, argName(code, i));
      if (d !== null) fast[i] = newref(d);
      else missing.push(argName(code, i));
    }
    if (missing.length > 0) {
      typeError(`${qualname(func)}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? 's' : ''}: ${missing.map((m) => `'${m}'`).join(missing.length === 2 ? ' and ' : ', ')}`);
    }
  }
}

function qualname(func: PyFunction): string {
  return (func.qualname as PyStr).v;
}

function tooManyPositional(func: PyFunction, given: number, nkw: number): never {
  const code = func.code;
  const defaults = func.defaults === null ? 0 : (func.defaults as PyTuple).items.length;
  const min = code.argcount - defaults;
  const takes = defaults > 0 ? `from ${min} to ${code.argcount}` : `${code.argcount}`;
  const plural = defaults > 0 || code.argcount !== 1 ? 's' : '';
  const kwPart = nkw > 0 ? ` positional argument${given === 1 ? '' : 's'} (and ${nkw} keyword-only argument${nkw === 1 ? '' : 's'})` : '';
  if (kwPart) {
    return typeError(`${qualname(func)}() takes ${takes} positional argument${plural} but ${given}${kwPart} were given`);
  }
  return typeError(`${qualname(func)}() takes ${takes} positional argument${plural} but ${given} ${given === 1 ? 'was' : 'were'} given`);
}

// ------------------------------------------------------------------ function objects

export function makeFunction(code: PyCode, globals: PyDict, qualname: string): PyFunction {
  const name = internStr(code.name);
  const qn = newStr(qualname);
  const docText = (code as PyCode & { docstring?: string }).docstring;
  const doc = docText !== undefined ? newStr(docText) : newref(rt.none);
  const modName = dictGetStr(globals, '__name__');
  const f = new PyFunction(rt.types.function, newref(code) as PyCode, newref(globals), newref(rt.builtins), name, qn, doc, modName === null ? null : newref(modName));
  rt.heap.allocate(f, rt.profile.sizes.function, true);
  rt.heap.track(f);
  return f;
}

// ------------------------------------------------------------------ the loop

/**
 * Runs `entry` until it returns; Python calls made along the way run in this same loop.
 * Returns the value (new reference) or throws PyError / EngineStop.
 */
export function runFrame(entry: Frame): PyObject {
  // The runtime in a local: module bindings cost a load and a check at every use.
  const R = rt;
  let f = entry;
  R.depth++;
  f.back = R.frame;
  R.frame = f;
  if (R.tracer !== null) R.tracer.call(f);
  const borrowing = R.profile.borrowedLocalLoads;
  const keepArgs = R.profile.callerKeepsArguments;
  const evalBreaker = R.profile.collectAt === 'evalBreaker';
  // Two exact ints compare without richCompare's bookkeeping unless the version counts a
  // comparison as a recursive call (3.10).
  const plainCompare = !R.profile.comparisonCountsRecursion;
  const intType = R.types.int;
  // Hot cases below write reference counting out when nothing records the run
  // (`if (untraced && v.rc > 1) v.rc--; else decref(v);` is decref when v survives): each
  // site then learns the few object shapes it sees, where newref/decref, called from
  // everywhere, see every shape and look fields up generically (megamorphic access).
  // Immortal objects need no test here: their count carries IMMORTAL_BIAS (heap.ts). A
  // recorder is attached before the first frame runs and only ever detaches, so a run that
  // starts untraced stays untraced.
  const untraced = R.heap.dirty === null;
  const rangeIterType = R.types.rangeIterator;
  const listIterType = R.types.listIterator;
  const listType = R.types.list;
  // gen.throw()/close() resume a generator frame by raising at its yield.
  let thrown = entry.pendingThrow;
  entry.pendingThrow = null;
  for (;;) {
    try {
      if (thrown !== null) {
        const e = thrown;
        thrown = null;
        throw e;
      }
      for (;;) {
        const code = f.code.code;
        const stack = f.stack;
        let sp = f.sp;
        let pc = f.pc;
        const lasti = pc;
        f.lasti = lasti;
        const op = code[pc * 2]!;
        const arg = code[pc * 2 + 1]!;
        pc++;
        f.pc = pc;
        // The cases are number literals (named in comments): V8 compiles a switch over Smi
        // literals into a jump table, but cases read from `Op` into a chain of comparisons, one per
        // case before the match. tests/engine/opcodes.test.ts checks every number and name.
        switch (op) {
          case 0 /* NOP */:
            break;
          case 1 /* LINE */: {
            f.line = arg;
            const steps = ++R.steps;
            if (steps > R.maxSteps) stepBudgetExceeded();
            if ((steps & 4095) === 0 && Date.now() > R.deadline) deadlineExceeded();
            if (R.tracer !== null) R.tracer.line(f, arg);
            break;
          }
          case 81 /* RESUME */:
            if (evalBreaker && R.heap.collectionScheduled) runScheduledCollection();
            break;
          case 2 /* POP_TOP */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            if (untraced && v.rc > 1) v.rc--; else decref(v);
            break;
          }
          case 3 /* PUSH_NULL */:
            stack[sp++] = null;
            f.sp = sp;
            break;
          case 4 /* COPY */: {
            const v = stack[sp - arg]!;
            if (untraced) v.rc++; else incref(v);
            stack[sp++] = v;
            f.sp = sp;
            break;
          }
          case 5 /* SWAP */: {
            const i = sp - arg;
            const t = stack[i];
            stack[i] = stack[sp - 1]!;
            stack[sp - 1] = t!;
            if (borrowing) {
              const sb = f.stackBorrowed!;
              const m = sb[i]!;
              sb[i] = sb[sp - 1]!;
              sb[sp - 1] = m;
            }
            break;
          }
          case 6 /* LOAD_CONST */: {
            const v = f.code.consts[arg]!;
            if (untraced) v.rc++; else incref(v);
            stack[sp++] = v;
            f.sp = sp;
            break;
          }
          case 7 /* LOAD_FAST */:
          case 9 /* LOAD_FAST_CHECK */: {
            const v = f.fast[arg];
            if (v === null || v === undefined) unboundLocal(f, arg);
            if (untraced) v.rc++; else incref(v);
            stack[sp++] = v;
            f.sp = sp;
            break;
          }
          case 8 /* LOAD_FAST_BORROW */: {
            const v = f.fast[arg];
            if (v === null || v === undefined) unboundLocal(f, arg);
            stack[sp] = newref(v);
            f.stackBorrowed![sp] = 1;
            v.borrowed++;
            sp++;
            f.sp = sp;
            break;
          }
          case 88 /* LOAD_FAST_AND_CLEAR */: {
            const v = f.fast[arg];
            f.fast[arg] = null;
            stack[sp++] = v ?? null;
            f.sp = sp;
            break;
          }
          case 10 /* STORE_FAST */:
          case 89 /* STORE_FAST_MAYBE_NULL */: {
            const v = stack[--sp] ?? null;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing && v !== null) unborrow(f, sp, v);
            const old = f.fast[arg];
            if (borrowing && f.fastBorrowed![arg] === 1 && old) {
              f.fastBorrowed![arg] = 0;
              old.borrowed--;
            }
            f.fast[arg] = v;
            if (old !== null && old !== undefined) {
              if (untraced && old.rc > 1) old.rc--; else decref(old);
            }
            if (R.tracer !== null) touchFrame(f);
            break;
          }
          case 11 /* DELETE_FAST */: {
            const old = f.fast[arg];
            if (old === null || old === undefined) unboundLocal(f, arg);
            if (borrowing && f.fastBorrowed![arg] === 1) {
              f.fastBorrowed![arg] = 0;
              old.borrowed--;
            }
            f.fast[arg] = null;
            decref(old);
            if (R.tracer !== null) touchFrame(f);
            break;
          }
          case 69 /* MAKE_CELL */: {
            const v = f.fast[arg] ?? null;
            if (borrowing && v !== null && f.fastBorrowed![arg] === 1) {
              // A borrowed argument captured by a closure becomes a real reference.
              f.fastBorrowed![arg] = 0;
              v.borrowed--;
            }
            f.fast[arg] = newCell(v);
            break;
          }
          case 70 /* COPY_FREE_VARS */:
            // Done when the frame was created (frame.ts newFrame).
            break;
          case 12 /* LOAD_DEREF */:
          case 68 /* LOAD_CLOSURE */: {
            const cell = f.fast[arg] as PyCell;
            if (op === Op.LOAD_CLOSURE) {
              if (untraced) cell.rc++; else incref(cell);
              stack[sp++] = cell;
            } else {
              const v = cell.ref;
              if (v === null) unboundDeref(f, arg);
              if (untraced) v.rc++; else incref(v);
              stack[sp++] = v;
            }
            f.sp = sp;
            break;
          }
          case 15 /* LOAD_CLASSDEREF */: {
            const name = derefName(f.code, arg);
            const fromNs = f.locals !== null ? dictGetStr(f.locals, name) : null;
            if (fromNs !== null) stack[sp++] = newref(fromNs);
            else {
              const v = (f.fast[arg] as PyCell).ref;
              if (v === null) unboundDeref(f, arg);
              stack[sp++] = newref(v);
            }
            f.sp = sp;
            break;
          }
          case 13 /* STORE_DEREF */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            const cell = f.fast[arg] as PyCell;
            const old = cell.ref;
            cell.ref = v;
            if (old !== null) { if (untraced && old.rc > 1) old.rc--; else decref(old); }
            if (R.tracer !== null) touchFrame(f);
            break;
          }
          case 14 /* DELETE_DEREF */: {
            const cell = f.fast[arg] as PyCell;
            const old = cell.ref;
            if (old === null) unboundDeref(f, arg);
            cell.ref = null;
            decref(old);
            break;
          }
          case 16 /* LOAD_NAME */: {
            const name = f.code.names[arg]!;
            const hints = f.code.nameHints ?? newNameHints(f.code);
            const at = lasti * 3;
            let v = f.locals !== null ? dictGetStrHinted(f.locals, name, hints, at) : null;
            // At module level the locals are the globals: a miss there is a miss in both.
            if (v === null && f.locals !== f.globals) v = dictGetStrHinted(f.globals, name, hints, at + 1);
            if (v === null) v = dictGetStrHinted(f.builtins, name, hints, at + 2);
            if (v === null) raiseMissing(R.exc.NameError!, R.profile.messages.nameNotDefined(name), name, null);
            if (untraced) v.rc++; else incref(v);
            stack[sp++] = v;
            f.sp = sp;
            break;
          }
          case 17 /* STORE_NAME */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            const ns = f.locals ?? f.globals;
            dictSetStrHinted(ns, f.code.names[arg]!, v, f.code.nameObjects[arg], f.code.nameHints ?? newNameHints(f.code), lasti * 3);
            if (untraced && v.rc > 1) v.rc--; else decref(v);
            break;
          }
          case 18 /* DELETE_NAME */: {
            const name = f.code.names[arg]!;
            const ns = f.locals ?? f.globals;
            if (!dictDelStr(ns, name)) raiseMissing(R.exc.NameError!, R.profile.messages.nameNotDefined(name), name, null);
            break;
          }
          case 19 /* LOAD_GLOBAL */: {
            const name = f.code.names[arg >> 1]!;
            const hints = f.code.nameHints ?? newNameHints(f.code);
            const at = lasti * 3;
            let v = dictGetStrHinted(f.globals, name, hints, at + 1);
            if (v === null) v = dictGetStrHinted(f.builtins, name, hints, at + 2);
            if (v === null) raiseMissing(R.exc.NameError!, R.profile.messages.nameNotDefined(name), name, null);
            if (arg & 1) stack[sp++] = null;
            if (untraced) v.rc++; else incref(v);
            stack[sp++] = v;
            f.sp = sp;
            break;
          }
          case 20 /* STORE_GLOBAL */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            dictSetStrHinted(f.globals, f.code.names[arg]!, v, f.code.nameObjects[arg], f.code.nameHints ?? newNameHints(f.code), lasti * 3 + 1);
            decref(v);
            break;
          }
          case 21 /* DELETE_GLOBAL */: {
            const name = f.code.names[arg]!;
            if (!dictDelStr(f.globals, name)) raiseMissing(R.exc.NameError!, R.profile.messages.nameNotDefined(name), name, null);
            break;
          }
          case 22 /* LOAD_ATTR */: {
            const owner = stack[sp - 1]!;
            const v = getAttr(owner, f.code.names[arg]!);
            stack[sp - 1] = v;
            if (borrowing) unborrow(f, sp - 1, owner);
            if (untraced && owner.rc > 1) owner.rc--; else decref(owner);
            break;
          }
          case 23 /* LOAD_METHOD */: {
            const owner = stack[sp - 1]!;
            const name = f.code.names[arg]!;
            const m = lookupMethod(owner, name);
            if (m === null) {
              getAttr(owner, name); // raises the AttributeError
              break;
            }
            if (lookupMethodUnbound) {
              // [method, self]: self keeps the reference the stack already had.
              stack[sp - 1] = m;
              stack[sp++] = owner;
              if (borrowing) {
                const sb = f.stackBorrowed!;
                sb[sp - 1] = sb[sp - 2]!;
                sb[sp - 2] = 0;
              }
            } else {
              // [NULL, attribute]
              stack[sp - 1] = null;
              stack[sp++] = m;
              if (borrowing) unborrow(f, sp - 2, owner);
              if (untraced && owner.rc > 1) owner.rc--; else decref(owner);
            }
            f.sp = sp;
            break;
          }
          case 85 /* LOAD_SUPER_ATTR */: {
            // stack: [super, __class__, self] -> [method|NULL, self|attr]
            const self = stack[sp - 1]!;
            const cls = stack[sp - 2]!;
            const sup = stack[sp - 3]!;
            const name = f.code.names[arg]!;
            if (sup !== dictGetStr(R.builtins as PyDict, 'super')) {
              // `super` was rebound: call it for real.
              const s = callObject(sup, [], null);
              decref(sup);
              decref(cls);
              stack[sp - 3] = null;
              stack[sp - 2] = getAttr(s, name);
              decref(s);
              decref(self);
              stack[sp - 1] = null;
              sp -= 1;
              f.sp = sp;
              break;
            }
            const v = superLookup(cls as PyType, self, name);
            decref(sup);
            decref(cls);
            if (v instanceof PyFunction) {
              // Unbound method: [func, self]
              stack[sp - 3] = v;
              stack[sp - 2] = self;
              stack[sp - 1] = null;
            } else {
              stack[sp - 3] = null;
              stack[sp - 2] = v;
              stack[sp - 1] = null;
              if (borrowing) unborrow(f, sp - 1, self);
              decref(self);
            }
            sp -= 1;
            f.sp = sp;
            if (borrowing) {
              const sb = f.stackBorrowed!;
              sb[sp - 1] = v instanceof PyFunction ? sb[sp]! : 0;
              sb[sp] = 0;
            }
            break;
          }
          case 24 /* STORE_ATTR */: {
            const owner = stack[--sp]!;
            const v = stack[--sp]!;
            stack[sp] = stack[sp + 1] = null;
            f.sp = sp;
            try {
              setAttr(owner, f.code.names[arg]!, v);
            } finally {
              if (borrowing) {
                unborrow(f, sp + 1, owner);
                unborrow(f, sp, v);
              }
              if (untraced && v.rc > 1) v.rc--; else decref(v);
              if (untraced && owner.rc > 1) owner.rc--; else decref(owner);
            }
            break;
          }
          case 25 /* DELETE_ATTR */: {
            const owner = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            try {
              setAttr(owner, f.code.names[arg]!, null);
            } finally {
              if (borrowing) unborrow(f, sp, owner);
              decref(owner);
            }
            break;
          }
          case 26 /* BINARY_OP */: {
            const right = stack[--sp]!;
            const left = stack[sp - 1]!;
            const opIndex = arg % INPLACE_OFFSET;
            let res: PyObject | null = null;
            try {
              if (left.type === intType && right.type === intType) res = intBinaryExact(opIndex, left as PyInt, right as PyInt);
              if (res === null) {
                const name = BINARY_OPS[opIndex]! as BinaryOpName;
                res = arg >= INPLACE_OFFSET ? inplaceOp(left, right, name) : binaryOp(left, right, name);
              }
            } catch (e) {
              f.sp = sp + 1;
              throw e;
            }
            stack[sp - 1] = res;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) {
              unborrow(f, sp, right);
              unborrow(f, sp - 1, left);
            }
            if (untraced && left.rc > 1) left.rc--; else decref(left);
            if (untraced && right.rc > 1) right.rc--; else decref(right);
            break;
          }
          case 27 /* UNARY_NEGATIVE */:
          case 28 /* UNARY_POSITIVE */:
          case 30 /* UNARY_INVERT */: {
            const v = stack[sp - 1]!;
            const res = unaryOp(v, op === Op.UNARY_NEGATIVE ? 'neg' : op === Op.UNARY_POSITIVE ? 'pos' : 'invert');
            stack[sp - 1] = res;
            if (borrowing) unborrow(f, sp - 1, v);
            if (untraced && v.rc > 1) v.rc--; else decref(v);
            break;
          }
          case 29 /* UNARY_NOT */: {
            const v = stack[sp - 1]!;
            const res = newBool(!isTrue(v));
            stack[sp - 1] = res;
            if (borrowing) unborrow(f, sp - 1, v);
            if (untraced && v.rc > 1) v.rc--; else decref(v);
            break;
          }
          case 31 /* COMPARE_OP */: {
            const right = stack[--sp]!;
            const left = stack[sp - 1]!;
            let res: PyObject;
            try {
              if (plainCompare && left.type === intType && right.type === intType) res = intCompareExact(left as PyInt, right as PyInt, arg as 0 | 1 | 2 | 3 | 4 | 5);
              else res = richCompare(left, right, arg as 0 | 1 | 2 | 3 | 4 | 5);
            } catch (e) {
              f.sp = sp + 1;
              throw e;
            }
            stack[sp - 1] = res;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) {
              unborrow(f, sp, right);
              unborrow(f, sp - 1, left);
            }
            if (untraced && left.rc > 1) left.rc--; else decref(left);
            if (untraced && right.rc > 1) right.rc--; else decref(right);
            break;
          }
          case 32 /* IS_OP */: {
            const right = stack[--sp]!;
            const left = stack[sp - 1]!;
            const same = (left === right) !== (arg === 1);
            stack[sp - 1] = newBool(same);
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) {
              unborrow(f, sp, right);
              unborrow(f, sp - 1, left);
            }
            if (untraced && left.rc > 1) left.rc--; else decref(left);
            if (untraced && right.rc > 1) right.rc--; else decref(right);
            break;
          }
          case 33 /* CONTAINS_OP */: {
            const right = stack[--sp]!;
            const left = stack[sp - 1]!;
            let r: boolean;
            try {
              r = contains(right, left);
            } catch (e) {
              f.sp = sp + 1;
              throw e;
            }
            stack[sp - 1] = newBool(r !== (arg === 1));
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) {
              unborrow(f, sp, right);
              unborrow(f, sp - 1, left);
            }
            decref(left);
            decref(right);
            break;
          }
          case 34 /* BINARY_SUBSCR */: {
            const key = stack[--sp]!;
            const container = stack[sp - 1]!;
            let res: PyObject | null = null;
            try {
              // An exact list at an in-range index: list_subscript without the calls.
              if (container.type === listType && key.type === intType) {
                const items = (container as PyList).items;
                const i = (key as PyInt).v;
                const at = typeof i === 'number' && i < 0 ? i + items.length : i;
                if (typeof at === 'number' && at >= 0 && at < items.length) {
                  res = items[at]!;
                  if (untraced) res.rc++; else incref(res);
                }
              }
              if (res === null) res = getItem(container, key);
            } catch (e) {
              f.sp = sp + 1;
              throw e;
            }
            stack[sp - 1] = res;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) {
              unborrow(f, sp, key);
              unborrow(f, sp - 1, container);
            }
            if (untraced && container.rc > 1) container.rc--; else decref(container);
            if (untraced && key.rc > 1) key.rc--; else decref(key);
            break;
          }
          case 35 /* STORE_SUBSCR */: {
            const key = stack[--sp]!;
            const container = stack[--sp]!;
            const v = stack[--sp]!;
            stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
            f.sp = sp;
            try {
              setItem(container, key, v);
            } finally {
              if (borrowing) {
                unborrow(f, sp + 2, key);
                unborrow(f, sp + 1, container);
                unborrow(f, sp, v);
              }
              if (untraced && v.rc > 1) v.rc--; else decref(v);
              if (untraced && container.rc > 1) container.rc--; else decref(container);
              if (untraced && key.rc > 1) key.rc--; else decref(key);
            }
            if (R.tracer !== null) R.heap.dirty !== null && touchObj(container);
            break;
          }
          case 36 /* DELETE_SUBSCR */: {
            const key = stack[--sp]!;
            const container = stack[--sp]!;
            stack[sp] = stack[sp + 1] = null;
            f.sp = sp;
            try {
              setItem(container, key, null);
            } finally {
              if (borrowing) {
                unborrow(f, sp + 1, key);
                unborrow(f, sp, container);
              }
              if (untraced && container.rc > 1) container.rc--; else decref(container);
              if (untraced && key.rc > 1) key.rc--; else decref(key);
            }
            break;
          }
          case 37 /* BUILD_SLICE */: {
            const step = arg === 3 ? stack[--sp]! : null;
            const stop = stack[--sp]!;
            const start = stack[sp - 1]!;
            const s = newSlice(start, stop, step ?? R.none);
            stack[sp - 1] = s;
            stack[sp] = null;
            if (step !== null) stack[sp + 1] = null;
            f.sp = sp;
            if (borrowing) {
              if (step !== null) unborrow(f, sp + 1, step);
              unborrow(f, sp, stop);
              unborrow(f, sp - 1, start);
            }
            if (untraced && start.rc > 1) start.rc--; else decref(start);
            if (untraced && stop.rc > 1) stop.rc--; else decref(stop);
            if (step !== null) { if (untraced && step.rc > 1) step.rc--; else decref(step); }
            break;
          }
          case 38 /* BUILD_TUPLE */:
          case 39 /* BUILD_LIST */: {
            const items = new Array<PyObject>(arg);
            const base = sp - arg;
            for (let i = 0; i < arg; i++) {
              items[i] = stack[base + i]!;
              stack[base + i] = null;
              if (borrowing) unborrow(f, base + i, items[i]!);
            }
            sp = base;
            stack[sp++] = op === Op.BUILD_TUPLE ? newTuple(items, false, true) : newList(items);
            f.sp = sp;
            break;
          }
          case 40 /* BUILD_SET */: {
            const base = sp - arg;
            const s = newSet();
            try {
              for (let i = 0; i < arg; i++) setAdd(s, stack[base + i]!);
            } catch (e) {
              decref(s);
              throw e;
            }
            for (let i = 0; i < arg; i++) {
              const v = stack[base + i]!;
              stack[base + i] = null;
              if (borrowing) unborrow(f, base + i, v);
              decref(v);
            }
            sp = base;
            stack[sp++] = s;
            f.sp = sp;
            break;
          }
          case 41 /* BUILD_MAP */: {
            const base = sp - 2 * arg;
            const d = newDictPresized(arg);
            try {
              for (let i = 0; i < arg; i++) dictSetItemChecked(d, stack[base + 2 * i]!, stack[base + 2 * i + 1]!);
            } catch (e) {
              decref(d);
              throw e;
            }
            for (let i = 0; i < 2 * arg; i++) {
              const v = stack[base + i]!;
              stack[base + i] = null;
              if (borrowing) unborrow(f, base + i, v);
              decref(v);
            }
            sp = base;
            stack[sp++] = d;
            f.sp = sp;
            break;
          }
          case 42 /* LIST_APPEND */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            const l = stack[sp - arg] as PyList;
            listAppend(l, v);
            decref(v);
            break;
          }
          case 43 /* SET_ADD */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            try {
              setAdd(stack[sp - arg] as PySet, v);
            } finally {
              decref(v);
            }
            break;
          }
          case 44 /* MAP_ADD */: {
            const value = stack[--sp]!;
            const key = stack[--sp]!;
            stack[sp] = stack[sp + 1] = null;
            f.sp = sp;
            if (borrowing) {
              unborrow(f, sp + 1, value);
              unborrow(f, sp, key);
            }
            try {
              dictSetItemChecked(stack[sp - arg] as PyDict, key, value);
            } finally {
              decref(key);
              decref(value);
            }
            break;
          }
          case 45 /* LIST_EXTEND */:
          case 46 /* SET_UPDATE */:
          case 47 /* DICT_UPDATE */:
          case 48 /* DICT_MERGE */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            const target = stack[sp - arg]!;
            try {
              if (op === Op.LIST_EXTEND) listExtendForDisplay(target as PyList, v);
              else if (op === Op.SET_UPDATE) setUpdate(target as PySet, v);
              else dictUpdateForDisplay(target as PyDict, v, op === Op.DICT_MERGE, stack[sp - arg - 2] ?? null);
            } finally {
              decref(v);
            }
            break;
          }
          case 50 /* BUILD_STRING */: {
            const base = sp - arg;
            let s = '';
            for (let i = 0; i < arg; i++) s += (stack[base + i] as PyStr).v;
            for (let i = 0; i < arg; i++) {
              const v = stack[base + i]!;
              stack[base + i] = null;
              if (borrowing) unborrow(f, base + i, v);
              decref(v);
            }
            sp = base;
            stack[sp++] = newStr(s);
            f.sp = sp;
            break;
          }
          case 51 /* FORMAT_VALUE */: {
            let spec: PyObject | null = null;
            if (arg & 4) {
              spec = stack[--sp]!;
              stack[sp] = null;
            }
            const v = stack[sp - 1]!;
            let res: PyObject;
            try {
              res = formatValue(v, arg & 3, spec === null ? '' : (spec as PyStr).v);
            } catch (e) {
              f.sp = sp;
              if (spec !== null) decref(spec);
              throw e;
            }
            stack[sp - 1] = res;
            f.sp = sp;
            if (borrowing) unborrow(f, sp - 1, v);
            decref(v);
            if (spec !== null) decref(spec);
            break;
          }
          case 52 /* UNPACK_SEQUENCE */:
          case 53 /* UNPACK_EX */: {
            // The sequence stays on the stack until unpacking succeeds, so an error
            // releases it while unwinding (CPython: DECREF_INPUTS before `goto error`).
            const seq = stack[sp - 1]!;
            if (borrowing) unborrow(f, sp - 1, seq);
            const items = unpack(seq, op === Op.UNPACK_EX ? arg & 0xff : arg, op === Op.UNPACK_EX ? arg >> 8 : -1);
            stack[--sp] = null;
            f.sp = sp;
            if (untraced && seq.rc > 1) seq.rc--; else decref(seq);
            for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i]!;
            f.sp = sp;
            break;
          }
          case 54 /* GET_ITER */: {
            const v = stack[sp - 1]!;
            const it = getIter(v);
            stack[sp - 1] = it;
            if (borrowing) unborrow(f, sp - 1, v);
            if (untraced && v.rc > 1) v.rc--; else decref(v);
            break;
          }
          case 55 /* FOR_ITER */: {
            const it = stack[sp - 1]!;
            // The common iterators directly: a call through the type's slot is megamorphic.
            const itType = it.type;
            const next = itType === rangeIterType ? rangeIterNext(it as PyIter) : itType === listIterType ? listIterNext(it as PyIter) : iterNext(it);
            if (next !== null) {
              stack[sp++] = next;
              f.sp = sp;
            } else {
              stack[--sp] = null;
              f.sp = sp;
              if (untraced && it.rc > 1) it.rc--; else decref(it);
              f.pc = arg;
            }
            break;
          }
          case 84 /* END_FOR */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (untraced && v.rc > 1) v.rc--; else decref(v);
            break;
          }
          case 56 /* JUMP */:
            f.pc = arg;
            break;
          case 57 /* JUMP_BACKWARD */:
            f.pc = arg;
            if (evalBreaker && R.heap.collectionScheduled) runScheduledCollection();
            break;
          case 58 /* POP_JUMP_IF_FALSE */:
          case 59 /* POP_JUMP_IF_TRUE */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            const t = v === R.true ? true : v === R.false ? false : isTrueReleasing(v);
            if (v === R.true || v === R.false) {
              if (untraced && v.rc > 1) v.rc--; else decref(v);
            }
            if (t === (op === Op.POP_JUMP_IF_TRUE)) f.pc = arg;
            break;
          }
          case 62 /* POP_JUMP_IF_NONE */:
          case 63 /* POP_JUMP_IF_NOT_NONE */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            if (untraced && v.rc > 1) v.rc--; else decref(v);
            if ((v === R.none) === (op === Op.POP_JUMP_IF_NONE)) f.pc = arg;
            break;
          }
          case 60 /* JUMP_IF_FALSE_OR_POP */:
          case 61 /* JUMP_IF_TRUE_OR_POP */: {
            const v = stack[sp - 1]!;
            const t = isTrue(v);
            if (t === (op === Op.JUMP_IF_TRUE_OR_POP)) f.pc = arg;
            else {
              stack[--sp] = null;
              f.sp = sp;
              if (borrowing) unborrow(f, sp, v);
              decref(v);
            }
            break;
          }
          case 64 /* CALL */:
          case 65 /* CALL_KW */: {
            const argc = op === Op.CALL ? arg : arg & 0xffff;
            const kwnames = op === Op.CALL ? null : f.code.kwnames[arg >> 16]!;
            const next = doCall(f, argc, kwnames, keepArgs, borrowing);
            if (next !== null) {
              next.back = f;
              f = next;
              R.frame = f;
              R.depth++;
              if (R.tracer !== null) R.tracer.call(f);
            } else if (evalBreaker && R.heap.collectionScheduled && !callMadeGenerator) runScheduledCollection();
            break;
          }
          case 66 /* CALL_FUNCTION_EX */: {
            const kwargs = arg & 1 ? stack[--sp]! : null;
            const posargs = stack[--sp]!;
            const callable = stack[--sp]!;
            const nul = stack[--sp];
            stack[sp] = stack[sp + 1] = stack[sp + 2] = null;
            if (kwargs !== null) stack[sp + 3] = null;
            f.sp = sp;
            if (borrowing) {
              const sb = f.stackBorrowed!;
              for (let i = sp; i < sp + 4; i++) {
                if (sb[i] === 1) {
                  sb[i] = 0;
                  const o = i === sp ? nul : i === sp + 1 ? callable : i === sp + 2 ? posargs : kwargs;
                  if (o) o.borrowed--;
                }
              }
            }
            let res: PyObject;
            try {
              const pos = (posargs as PyTuple).items;
              const kwNames: string[] = [];
              const all = [...pos];
              if (kwargs !== null) {
                for (const [k, v] of dictEntries(kwargs as PyDict)) {
                  kwNames.push((k as PyStr).v);
                  all.push(v);
                }
              }
              const outer = R.starCall;
              R.starCall = { args: all, tuple: posargs, kwargs };
              try {
                res = callObject(callable, all, kwNames.length > 0 ? kwNames : null);
              } finally {
                R.starCall = outer;
              }
            } finally {
              decref(callable);
              if (nul !== null && nul !== undefined) decref(nul);
              decref(posargs);
              if (kwargs !== null) decref(kwargs);
            }
            stack[sp++] = res;
            f.sp = sp;
            if (evalBreaker && R.heap.collectionScheduled) runScheduledCollection();
            break;
          }
          case 67 /* MAKE_FUNCTION */: {
            const code = stack[--sp] as PyCode;
            stack[sp] = null;
            const fn = makeFunction(code, f.globals, code.qualname);
            decref(code);
            if (arg & 16) {
              // 3.14: the __annotate__ function (SET_FUNCTION_ATTRIBUTE).
              fn.annotate = stack[--sp]!;
              stack[sp] = null;
            }
            if (arg & 8) {
              fn.closure = stack[--sp]!;
              stack[sp] = null;
            }
            if (arg & 4) {
              // 3.10–3.13: the annotations as a tuple (name, value, ...), a dict on first access.
              fn.annotations = stack[--sp]!;
              stack[sp] = null;
            }
            if (arg & 2) {
              fn.kwdefaults = stack[--sp]!;
              stack[sp] = null;
            }
            if (arg & 1) {
              fn.defaults = stack[--sp]!;
              stack[sp] = null;
            }
            stack[sp++] = fn;
            f.sp = sp;
            break;
          }
          case 71 /* RETURN_VALUE */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            if (R.tracer !== null) R.tracer.ret(f, v);
            if (f.generator !== null) {
              // A generator finished: StopIteration carries the value.
              const gen = f.generator;
              R.depth--;
              R.frame = f.back;
              f.back = null;
              return finishGenerator(gen, v);
            }
            const caller = f.back;
            const isEntry = f.entry;
            const initSelf = f.initSelf;
            R.depth--;
            R.frame = caller;
            f.back = null;
            finishFrame(f, caller);
            if (isEntry) return v;
            f = caller!;
            afterPythonCall(f, initSelf === null ? v : exitInitCheck(v, initSelf), keepArgs);
            break;
          }
          case 82 /* RETURN_GENERATOR */:
            // Only reached when a generator frame is created; the call site handles it.
            stack[sp++] = newref(R.none);
            f.sp = sp;
            break;
          case 83 /* YIELD_VALUE */: {
            const v = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp, v);
            // The step is recorded while the callers are still below the generator's frame.
            if (R.tracer !== null) R.tracer.ret(f, v);
            R.depth--;
            R.frame = f.back;
            f.back = null;
            return v;
          }
          case 72 /* RAISE_VARARGS */: {
            if (arg === 0) {
              const cur = handledException();
              if (cur === null) raise(R.exc.RuntimeError!, 'No active exception to reraise');
              throw new PyError(newref(cur));
            }
            const cause = arg === 2 ? stack[--sp]! : null;
            const v = stack[--sp]!;
            stack[sp] = null;
            if (cause !== null) stack[sp + 1] = null;
            f.sp = sp;
            let exc: PyObject;
            try {
              exc = normalizeRaise(v);
            } finally {
              decref(v);
            }
            if (cause !== null) {
              const e = exc as PyException;
              const old = e.cause;
              if (cause === R.none) {
                e.cause = null;
                decref(cause);
              } else {
                const c = cause instanceof PyType ? callObject(cause, [], null) : cause;
                if (c !== cause) decref(cause);
                e.cause = c;
              }
              e.suppressContext = true;
              xdecref(old);
            }
            chainContext(exc);
            throw new PyError(exc);
          }
          case 73 /* RERAISE */: {
            const exc = stack[--sp]!;
            stack[sp] = null;
            if (arg) {
              // restore lasti pushed by the handler
              const lastiObj = stack[--sp]!;
              stack[sp] = null;
              decref(lastiObj);
            }
            f.sp = sp;
            throw new PyError(exc, true);
          }
          case 74 /* PUSH_EXC_INFO */: {
            const exc = stack[sp - 1]!;
            const prev = R.handledExceptions.length > 0 ? R.handledExceptions[R.handledExceptions.length - 1]! : R.none;
            stack[sp - 1] = newref(prev);
            stack[sp++] = exc;
            R.handledExceptions.push(newref(exc));
            f.excDepth++;
            f.sp = sp;
            break;
          }
          case 75 /* POP_EXCEPT */: {
            const prev = stack[--sp]!;
            stack[sp] = null;
            f.sp = sp;
            const cur = R.handledExceptions.pop();
            f.excDepth--;
            decref(prev);
            if (cur !== undefined) decref(cur);
            break;
          }
          case 76 /* CHECK_EXC_MATCH */: {
            const match = stack[sp - 1]!;
            const exc = stack[sp - 2]!;
            const ok = exceptionMatches(exc, match);
            stack[sp - 1] = newBool(ok);
            if (borrowing) unborrow(f, sp - 1, match);
            decref(match);
            break;
          }
          case 80 /* LOAD_ASSERTION_ERROR */:
            stack[sp++] = newref(R.exc.AssertionError!);
            f.sp = sp;
            break;
          case 86 /* CALL_INTRINSIC_1 */: {
            const v = stack[sp - 1]!;
            let res: PyObject;
            if (arg === Intrinsic.LIST_TO_TUPLE) res = newTuple((v as PyList).items.map((x) => newref(x)), false, true);
            else if (arg === 100) res = callObject(R.exc.AssertionError!, [v], null);
            else if (arg === 101) res = v instanceof PyTuple ? newref(v) : newTuple(iterToArray(v), false, true);
            else res = newref(v);
            stack[sp - 1] = res;
            if (borrowing) unborrow(f, sp - 1, v);
            decref(v);
            break;
          }
          case 77 /* LOAD_BUILD_CLASS */:
            stack[sp++] = newref(dictGetStr(f.builtins, '__build_class__')!);
            f.sp = sp;
            break;
          case 78 /* IMPORT_NAME */: {
            const fromlist = stack[--sp]!;
            const level = stack[sp - 1]!;
            stack[sp] = null;
            const mod = importModule(f.code.names[arg]!);
            stack[sp - 1] = mod;
            f.sp = sp;
            decref(fromlist);
            decref(level);
            break;
          }
          case 93 /* BEFORE_WITH */: {
            const mgr = stack[sp - 1]!;
            const [exitFn, exitSelf, enter] = beforeWith(mgr);
            if (borrowing) unborrow(f, sp - 1, mgr);
            // The kept __exit__ replaces the manager (its reference goes with the slot).
            stack[sp - 1] = exitFn;
            if (exitSelf !== undefined) {
              // 3.14: [exit_fn, exit_self, enter_fn, enter_self] for the CALL 0 that follows.
              stack[sp++] = exitSelf;
              stack[sp++] = enter[0]!;
              stack[sp++] = enter[1]!;
              f.sp = sp;
              decref(mgr);
              break;
            }
            f.sp = sp;
            decref(mgr);
            let res: PyObject;
            try {
              res = callObject(enter[0]!, enter.slice(1), null);
            } finally {
              for (const o of enter) decref(o);
            }
            stack[sp++] = res;
            f.sp = sp;
            break;
          }
          case 94 /* WITH_EXCEPT_START */: {
            // [exit, lasti, prev_exc, exc] (3.14: [exit_func, exit_self, lasti, prev_exc, exc])
            const exc = stack[sp - 1]!;
            const special = R.profile.withExitOnStack === 'special';
            const fn = special ? stack[sp - 5] ?? stack[sp - 4]! : stack[sp - 4]!;
            const self = special && stack[sp - 5] !== null ? stack[sp - 4]! : null;
            const tb = (exc as PyException).traceback ?? R.none;
            const args = [exc.type, exc, tb];
            stack[sp++] = callObject(fn, self !== null ? [self, ...args] : args, null);
            f.sp = sp;
            break;
          }
          case 95 /* GET_YIELD_FROM_ITER */: {
            const v = stack[sp - 1]!;
            if (!(v instanceof PyGenerator)) {
              stack[sp - 1] = getIter(v);
              if (borrowing) unborrow(f, sp - 1, v);
              decref(v);
            }
            break;
          }
          case 96 /* SEND */: {
            const v = stack[sp - 1]!;
            const receiver = stack[sp - 2]!;
            const [yielded, value] = sendTo(receiver, v);
            stack[sp - 1] = value;
            if (borrowing) unborrow(f, sp - 1, v);
            decref(v);
            if (!yielded) f.pc = arg;
            break;
          }
          case 97 /* END_SEND */: {
            const value = stack[--sp]!;
            const receiver = stack[sp - 1]!;
            stack[sp - 1] = value;
            stack[sp] = null;
            f.sp = sp;
            if (borrowing) unborrow(f, sp - 1, receiver);
            decref(receiver);
            break;
          }
          case 92 /* SETUP_ANNOTATIONS */: {
            const ns = f.locals ?? f.globals;
            if (dictGetStr(ns, '__annotations__') === null) {
              const d = newDict();
              const key = internStr('__annotations__');
              dictSetStr(ns, '__annotations__', d, key);
              decref(key);
              decref(d);
            }
            break;
          }
          case 79 /* IMPORT_FROM */: {
            const mod = stack[sp - 1]!;
            const name = f.code.names[arg]!;
            let v: PyObject;
            try {
              v = getAttr(mod, name);
            } catch (e) {
              if (e instanceof PyError && e.excType.isSubtypeOf(R.exc.AttributeError!)) {
                e.discard();
                raise(R.exc.ImportError!, `cannot import name '${name}' from '${moduleNameOf(mod)}'`);
              }
              throw e;
            }
            stack[sp++] = v;
            f.sp = sp;
            break;
          }
          default:
            throw new Error(`unknown opcode ${op} at ${lasti} in ${f.code.qualname}`);
        }
      }
    } catch (caught) {
      let e = caught;
      // The JavaScript stack ran out inside native code (a very deep structure): CPython
      // would have raised RecursionError there, so the program can catch one here.
      if (e instanceof RangeError && /call stack/i.test(e.message)) e = recursionErrorFromStackOverflow();
      if (!(e instanceof PyError)) {
        unwindAll(f, entry);
        throw e;
      }
      // Python exception: find a handler in this frame or the callers in this run.
      const exc = e.exc as PyException;
      let first = true;
      for (;;) {
        // Each frame the exception passes through gets a traceback entry (PyTraceBack_Here);
        // a re-raise in the same frame does not add another.
        if (!first || !e.reraise || (exc.traceback as { frame?: Frame } | null)?.frame !== f) addTraceback(exc, f);
        first = false;
        const h = f.code.handlers[f.lasti]!;
        if (h >= 0) {
          const entryInfo = f.code.handlerTable[h]!;
          // Unwind the value stack to the handler's depth.
          while (f.sp > entryInfo.depth) {
            const v = f.stack[--f.sp];
            f.stack[f.sp] = null;
            if (borrowing && v) unborrow(f, f.sp, v);
            if (v !== null && v !== undefined) decref(v);
          }
          if (entryInfo.lasti) f.stack[f.sp++] = newref(R.none);
          f.stack[f.sp++] = exc;
          f.pc = entryInfo.target;
          if (R.tracer !== null) R.tracer.exception(f, exc);
          break;
        }
        // No handler: the frame ends with the exception.
        const caller = f.back;
        const isEntry = f.entry || f === entry || f.generator !== null;
        R.depth--;
        R.frame = caller;
        if (R.tracer !== null) R.tracer.exception(f, exc);
        const gen = f.generator;
        const initSelf = f.initSelf;
        f.back = null;
        if (gen === null) finishFrame(f, caller);
        else finishGeneratorWithError(gen);
        // The shim frame of a specialized class call unwinds too, dropping the instance.
        if (initSelf !== null) decref(initSelf);
        if (isEntry) throw e;
        f = caller!;
        // The call instruction in the caller failed: release what it still holds.
        afterFailedPythonCall(f, keepArgs);
      }
    }
  }
}

function newNameHints(code: PyCode): Int32Array {
  return (code.nameHints = new Int32Array((code.code.length >> 1) * 3));
}

function unwindAll(f: Frame, entry: Frame): void {
  // An engine stop or an internal error: leave frames without running handlers.
  let cur: Frame | null = f;
  while (cur !== null) {
    const next: Frame | null = cur.back;
    rt.depth--;
    const stop = cur === entry || cur.entry;
    rt.frame = next;
    cur.back = null;
    if (cur.generator === null) {
      try {
        finishFrame(cur);
      } catch {
        // ignore errors while abandoning frames
      }
    }
    if (stop) break;
    cur = next;
  }
}

function isTrueReleasing(v: PyObject): boolean {
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

function touchFrame(f: Frame): void {
  const h = rt.heap;
  if (h.dirty !== null && f.mark !== h.epoch) {
    f.mark = h.epoch;
    h.dirty.push(f);
  }
}

function touchObj(o: PyObject): boolean {
  const h = rt.heap;
  if (h.dirty !== null && o.mark !== h.epoch) {
    o.mark = h.epoch;
    h.dirty.push(o);
  }
  return true;
}

/** Clears the borrow mark of a consumed stack slot (3.14). */
function unborrow(f: Frame, slot: number, v: PyObject): void {
  const sb = f.stackBorrowed!;
  if (sb[slot] === 1) {
    sb[slot] = 0;
    v.borrowed--;
  }
}

/** The variable name of a localsplus slot (locals, then cells, then free variables). */
function derefName(code: PyCode, idx: number): string {
  const nv = code.varnames.length;
  if (idx < nv) return code.varnames[idx]!;
  if (idx < nv + code.cellvars.length) return code.cellvars[idx - nv]!;
  return code.freevars[idx - nv - code.cellvars.length] ?? '?';
}

function unboundLocal(f: Frame, idx: number): never {
  const name = f.code.varnames[idx] ?? '?';
  raise(rt.exc.UnboundLocalError!, rt.profile.messages.unboundLocal(name));
}

function unboundDeref(f: Frame, idx: number): never {
  const name = derefName(f.code, idx);
  if (f.code.freevars.includes(name)) {
    raise(rt.exc.NameError!, rt.profile.messages.unboundFree(name));
  }
  raise(rt.exc.UnboundLocalError!, rt.profile.messages.unboundLocal(name));
}

function moduleNameOf(mod: PyObject): string {
  return (mod as { name?: string }).name ?? '?';
}

function exceptionMatches(exc: PyObject, match: PyObject): boolean {
  const check = (t: PyObject): boolean => {
    if (!(t instanceof PyType) || !t.isSubtypeOf(rt.exc.BaseException!)) {
      typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    return exc.type.isSubtypeOf(t);
  };
  if (match instanceof PyTuple) return match.items.some(check);
  return check(match);
}

function dictSetItemChecked(d: PyDict, k: PyObject, v: PyObject): void {
  if (k.type.hash === null) typeError(rt.profile.messages.unhashableDictKey(k.type.name));
  dictSetItem(d, k, v);
}

function listExtendForDisplay(l: PyList, v: PyObject): void {
  try {
    listExtend(l, v);
  } catch (e) {
    if (e instanceof PyError && e.excType === rt.exc.TypeError && v.type.iter === null && v.type.getitem === null) {
      e.discard();
      typeError(`Value after * must be an iterable, not ${v.type.name}`);
    }
    throw e;
  }
}

function dictUpdateForDisplay(d: PyDict, v: PyObject, isMerge: boolean, func: PyObject | null): void {
  if (isMerge && v instanceof PyDict) {
    for (const [k] of dictEntries(v)) {
      if (dictGetItem(d, k) !== null) {
        const fname = func !== null ? funcDisplayName(func) : 'function';
        typeError(`${fname} got multiple values for keyword argument '${(k as PyStr).v}'`);
      }
    }
  }
  if (!(v instanceof PyDict) && v.type.getattro !== null && typeLookup(v.type, 'keys') === null) {
    typeError(isMerge ? `argument after ** must be a mapping, not ${v.type.name}` : `'${v.type.name}' object is not a mapping`);
  }
  dictMerge(d, v, 'update');
}

function funcDisplayName(f: PyObject): string {
  if (f instanceof PyFunction) return `${(f.qualname as PyStr).v}()`;
  if (f instanceof PyBuiltin) return `${f.name}()`;
  return repr(f);
}

/** UNPACK_SEQUENCE / UNPACK_EX: returns new references, first item first. */
function unpack(seq: PyObject, before: number, after: number): PyObject[] {
  const star = after >= 0;
  const need = star ? before + after : before;
  let items: PyObject[];
  if ((seq instanceof PyTuple || seq instanceof PyList) && !star) {
    const src = (seq as PyTuple).items;
    if (src.length !== need) {
      if (src.length < need) raise(rt.exc.ValueError!, `not enough values to unpack (expected ${need}, got ${src.length})`);
      raise(rt.exc.ValueError!, rt.profile.messages.tooManyToUnpack(need, src.length));
    }
    return src.map((x) => newref(x));
  }
  if (seq.type.iter === null && seq.type.getitem === null) {
    typeError(`cannot unpack non-iterable ${seq.type.name} object`);
  }
  items = [];
  const it = getIter(seq);
  try {
    for (;;) {
      const x = iterNext(it);
      if (x === null) break;
      items.push(x);
      if (!star && items.length > need) {
        for (const y of items) decref(y);
        raise(rt.exc.ValueError!, rt.profile.messages.tooManyToUnpack(need, -1));
      }
    }
  } finally {
    decref(it);
  }
  if (items.length < need) {
    for (const y of items) decref(y);
    if (star) raise(rt.exc.ValueError!, `not enough values to unpack (expected at least ${need}, got ${items.length})`);
    raise(rt.exc.ValueError!, `not enough values to unpack (expected ${need}, got ${items.length})`);
  }
  if (!star) return items;
  const head = items.slice(0, before);
  const middle = items.slice(before, items.length - after);
  const tail = items.slice(items.length - after);
  return [...head, newList(middle), ...tail];
}

// ------------------------------------------------------------------ CALL

/**
 * Executes CALL. For a Python function it returns the new frame to run (the caller's stack
 * keeps or hands over the arguments, per version); for anything else it calls it now,
 * pushes the result and returns null.
 */
/**
 * Whether the last doCall called a generator function. CPython enters its frame, whose first
 * instruction (RETURN_GENERATOR, before RESUME) hands the generator back: no eval-breaker
 * check runs, so a collection scheduled meanwhile waits for the next one.
 */
let callMadeGenerator = false;

function doCall(f: Frame, argc: number, kwnames: string[] | null, keepArgs: boolean, borrowing: boolean): Frame | null {
  const stack = f.stack;
  let sp = f.sp;
  const base = sp - argc - 2;
  let callable = stack[base] ?? null;
  let isMethod = callable !== null;
  if (!isMethod) callable = stack[base + 1]!;
  // A bound method object: 3.11+ unpacks it into (function, self) on the stack.
  // The cheap tests first: a failing instanceof walks the object's whole prototype chain,
  // and plain functions, the most common callable, pass the first one.
  let isFunction = callable instanceof PyFunction;
  if (!isMethod && !keepArgs && !isFunction && callable instanceof PyMethod) {
    const m = callable;
    stack[base] = newref(m.func);
    stack[base + 1] = newref(m.self);
    if (borrowing) unborrow(f, base + 1, m);
    decref(m);
    callable = stack[base]!;
    isMethod = true;
    isFunction = callable instanceof PyFunction;
  }
  const first = isMethod ? base + 1 : base + 2;
  const nargs = sp - first;
  if (!isMethod && !isFunction && kwnames === null && callable instanceof PyType && callable.isHeapType && rt.profile.specializedClassCalls !== 'none') {
    const nf = specializedClassCall(f, callable, nargs, base, borrowing);
    if (nf !== null) return nf;
  }
  callMadeGenerator = isFunction && ((callable as PyFunction).code.flags & CO_GENERATOR) !== 0;
  if (isFunction && !callMadeGenerator) {
    const func = callable as PyFunction;
    if (keepArgs) {
      // 3.10: the callee frame takes new references; ours stay until the call returns.
      return prepareFrame(func, stack.slice(first, sp) as PyObject[], kwnames, false)!;
    }
    // The common case: exactly the positional parameters, nothing else to bind.
    const code = func.code;
    if (kwnames === null && !borrowing && takesExactly(code, nargs) && rt.depth < rt.recursionLimit) {
      return enterExactPositional(f, func, first, nargs, base, isMethod);
    }
    // 3.11+: argument references move into the callee frame.
    const nf = prepareFrameMoving(f, func, first, nargs, kwnames, base, isMethod, borrowing);
    return nf;
  }
  if (keepArgs && callable instanceof PyMethod && callable.func instanceof PyFunction && (callable.func.code.flags & CO_GENERATOR) === 0) {
    const args = [callable.self, ...(stack.slice(first, sp) as PyObject[])];
    return prepareFrame(callable.func, args, kwnames, false)!;
  }
  // Native callee (or generator function): arguments are borrowed from our stack. A method
  // descriptor called in method form gets its self straight from the stack (no argument
  // array with self in it to slice), like CPython's CALL_METHOD_DESCRIPTOR_* forms.
  const direct = isMethod && nargs > 0 && callable instanceof PyBuiltin && callsDirectly(callable, stack[first]!);
  const args = stackArgs(stack, direct ? first + 1 : first, sp);
  let res: PyObject;
  try {
    res = direct ? (callable as PyBuiltin).fn(args, kwnames, stack[first]!) : callObject(callable!, args, kwnames);
  } catch (e) {
    releaseCallStack(f, base, sp, keepArgs, borrowing);
    throw e;
  }
  releaseCallStack(f, base, sp, keepArgs, borrowing);
  stack[f.sp++] = res;
  return null;
}

/**
 * A copy of stack[first:sp]. Array literals and push build packed arrays; slice copies the
 * stack's holey kind, and is slower for the few arguments of most calls.
 */
function stackArgs(stack: (PyObject | null)[], first: number, sp: number): PyObject[] {
  const n = sp - first;
  if (n === 0) return [];
  if (n === 1) return [stack[first]!];
  if (n === 2) return [stack[first]!, stack[first + 1]!];
  const args: PyObject[] = [];
  for (let i = first; i < sp; i++) args.push(stack[i]!);
  return args;
}

/** The function takes exactly `nargs` positional parameters and nothing else to bind. */
function takesExactly(code: PyCode, nargs: number): boolean {
  return nargs === code.argcount && (code.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 && code.kwonlyargcount === 0;
}

/**
 * prepareFrameMoving for the common call (see takesExactly, no 3.14 borrow marks): the
 * argument references move straight from the caller's stack into the new frame's locals.
 */
function enterExactPositional(f: Frame, func: PyFunction, first: number, nargs: number, base: number, isMethod: boolean): Frame {
  const stack = f.stack;
  const nf = newFrame(func.code, func, func.globals as PyDict, null);
  const fast = nf.fast;
  for (let i = 0; i < nargs; i++) {
    fast[i] = stack[first + i]!;
    stack[first + i] = null;
  }
  const callableRef = stack[isMethod ? base : base + 1]!;
  stack[base] = null;
  stack[base + 1] = null;
  f.sp = base;
  // The frame took its own reference to the function; the stack's moves in with it.
  if (callableRef.rc > 1 && !callableRef.imm) { callableRef.rc--; touch(callableRef); } else decref(callableRef);
  return nf;
}

/**
 * CALL_ALLOC_AND_ENTER_INIT (3.13+). The first call of a class at a call site goes the
 * generic way (and specializes the site for that class); later calls of the same class
 * allocate the instance and enter its __init__ like a method call, with self and the
 * moved arguments, under a shim that checks the result and hands the instance back.
 * Returns the __init__ frame, or null for the generic path.
 */
function specializedClassCall(f: Frame, cls: PyType, nargs: number, base: number, borrowing: boolean): Frame | null {
  // One slot per instruction: the class the site was specialized for, or null.
  const sites = (f.code.classCallSites ??= new Array<PyType | null>(f.code.code.length >> 1).fill(null));
  const site = sites[f.lasti]!;
  const init = specializableInit(cls);
  if (site === null) {
    if (init !== null) sites[f.lasti] = cls;
    return null;
  }
  if (site !== cls || init === null) return null;
  const code = init.code;
  const given = nargs + 1;
  if (given > code.argcount) return null;
  if (given < code.argcount) {
    // 3.13 deoptimizes unless every parameter is passed; 3.14 lets defaults fill in.
    const defaults = init.defaults === null ? 0 : (init.defaults as PyTuple).items.length;
    if (rt.profile.specializedClassCalls !== 'defaults' || code.argcount - defaults > given) return null;
  }
  if (rt.depth >= rt.recursionLimit) return null;
  const stack = f.stack;
  const self = allocInstance(cls);
  // The class's stack reference goes; self takes the NULL slot and __init__ the callable's.
  const tp = stack[base + 1]!;
  if (borrowing) unborrow(f, base + 1, tp);
  // Reference counts written out: see runFrame.
  if (!init.imm) { init.rc++; touch(init); }
  stack[base] = init;
  stack[base + 1] = self;
  if (tp.rc > 1 && !tp.imm) { tp.rc--; touch(tp); } else decref(tp);
  const nf = !borrowing && given === code.argcount
    ? enterExactPositional(f, init, base + 1, given, base, true)
    : prepareFrameMoving(f, init, base + 1, given, null, base, true, borrowing);
  // The shim frame's reference, returned to the caller when __init__ is done.
  if (!self.imm) { self.rc++; touch(self); }
  nf.initSelf = self;
  return nf;
}

/** A class whose calls can be specialized: object.__new__ and a plain Python __init__. */
function specializableInit(cls: PyType): PyFunction | null {
  if (cls.newInstance !== objectNew) return null;
  if (cls.initEpoch !== typeCache.epoch) {
    cls.initLookup = typeLookup(cls, '__init__');
    cls.initEpoch = typeCache.epoch;
  }
  const init = cls.initLookup;
  if (!(init instanceof PyFunction)) return null;
  const code = init.code;
  if ((code.flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR)) !== 0 || code.kwonlyargcount > 0) return null;
  return init;
}

/** EXIT_INIT_CHECK: __init__ must return None; the instance replaces its result. */
function exitInitCheck(v: PyObject, self: PyObject): PyObject {
  if (v !== rt.none) {
    const name = v.type.name;
    decref(v);
    decref(self);
    typeError(`__init__() should return None, not '${name}'`);
  }
  if (v.rc > 1 && !v.imm) { v.rc--; touch(v); } else decref(v);
  return self;
}

/** Releases a finished call's stack slots in the version's order; leaves sp at base. */
function releaseCallStack(f: Frame, base: number, sp: number, keepArgs: boolean, borrowing: boolean): void {
  const stack = f.stack;
  if (!keepArgs && !borrowing && sp - base <= 4) {
    // The common short call, without the array below; same order.
    const v0 = stack[base] ?? null;
    const v1 = stack[base + 1] ?? null;
    const v2 = base + 2 < sp ? (stack[base + 2] ?? null) : null;
    const v3 = base + 3 < sp ? (stack[base + 3] ?? null) : null;
    for (let i = base; i < sp; i++) stack[i] = null;
    f.sp = base;
    // Reference counts written out: see runFrame.
    if (v0 !== null) { if (v0.rc > 1 && !v0.imm) { v0.rc--; touch(v0); } else decref(v0); }
    if (v1 !== null) { if (v1.rc > 1 && !v1.imm) { v1.rc--; touch(v1); } else decref(v1); }
    if (v2 !== null) { if (v2.rc > 1 && !v2.imm) { v2.rc--; touch(v2); } else decref(v2); }
    if (v3 !== null) { if (v3.rc > 1 && !v3.imm) { v3.rc--; touch(v3); } else decref(v3); }
    return;
  }
  const vals: (PyObject | null)[] = [];
  for (let i = base; i < sp; i++) {
    vals.push(stack[i] ?? null);
    stack[i] = null;
    if (borrowing) {
      const v = vals[vals.length - 1];
      if (v) unborrow(f, i, v);
    }
  }
  f.sp = base;
  if (keepArgs) {
    // 3.10 call_function pops from the top: last argument first, the callable last.
    for (let i = vals.length - 1; i >= 0; i--) {
      const v = vals[i];
      if (v) decref(v);
    }
  } else {
    // 3.11+: the callable first, then the arguments in order.
    const callableFirst = vals[0] !== null ? 0 : 1;
    if (vals[callableFirst]) decref(vals[callableFirst]!);
    for (let i = callableFirst + 1; i < vals.length; i++) {
      const v = vals[i];
      if (v) decref(v);
    }
    if (callableFirst === 0 && vals[1] === null) {
      // nothing
    }
  }
}

/** 3.11+ Python call: the frame steals the argument and callable references. */
function prepareFrameMoving(f: Frame, func: PyFunction, first: number, nargs: number, kwnames: string[] | null, base: number, isMethod: boolean, borrowing: boolean): Frame {
  const stack = f.stack;
  const args: PyObject[] = [];
  const marks: number[] = [];
  for (let i = 0; i < nargs; i++) {
    args.push(stack[first + i]!);
    if (borrowing) {
      const sb = f.stackBorrowed!;
      marks.push(sb[first + i]!);
      sb[first + i] = 0;
    }
    stack[first + i] = null;
  }
  const callableSlot = isMethod ? base : base + 1;
  const callableRef = stack[callableSlot]!;
  stack[base] = null;
  stack[base + 1] = null;
  if (borrowing) {
    unborrow(f, callableSlot, callableRef);
    f.stackBorrowed![base] = 0;
  }
  f.sp = base;
  let nf: Frame;
  try {
    nf = prepareFrame(func, args, kwnames, true)!;
  } catch (e) {
    // The moved references were released by prepareFrame; drop the callable too.
    for (let i = 0; i < marks.length; i++) if (marks[i] === 1) args[i]!.borrowed--;
    decref(callableRef);
    throw e;
  }
  if (borrowing) {
    // Borrowed argument references stay borrowed in the callee's locals.
    const fb = nf.fastBorrowed!;
    for (let i = 0; i < marks.length; i++) {
      if (marks[i] !== 1) continue;
      const slot = nf.fast.indexOf(args[i]!);
      if (slot >= 0 && fb[slot] === 0 && nf.fast[slot] === args[i]) fb[slot] = 1;
      else args[i]!.borrowed--;
    }
  }
  // The frame took its own reference to the function; the stack's moves in with it.
  decref(callableRef);
  return nf;
}

/** A Python callee returned `v` to frame `f`: finish the CALL instruction. */
function afterPythonCall(f: Frame, v: PyObject, keepArgs: boolean): void {
  if (keepArgs) {
    const callFrameBase = findCallBase(f);
    releaseCallStack(f, callFrameBase, f.sp, true, false);
  }
  f.stack[f.sp++] = v;
}

function afterFailedPythonCall(f: Frame, keepArgs: boolean): void {
  if (keepArgs) {
    const base = findCallBase(f);
    releaseCallStack(f, base, f.sp, true, false);
  }
}

/** Where the CALL being completed started on the caller's stack (3.10 keeps it all there). */
function findCallBase(f: Frame): number {
  const code = f.code.code;
  const i = f.lasti;
  const op = code[i * 2]!;
  const arg = code[i * 2 + 1]!;
  const argc = op === Op.CALL ? arg : op === Op.CALL_KW ? arg & 0xffff : 0;
  return f.sp - argc - 2;
}

// ------------------------------------------------------------------ generators

function finishGenerator(gen: PyObject, v: PyObject): PyObject {
  (gen as { finished?: boolean }).finished = true;
  touch(gen); // its frame (and what the frame held) is gone: traces redraw it
  const g = gen as unknown as { frame: Frame | null };
  const fr = g.frame;
  g.frame = null;
  if (fr !== null) {
    fr.generator = null;
    finishFrame(fr);
  }
  // The value travels in StopIteration (send(), next()); the resumer takes it.
  (gen as { returnValue?: PyObject | null }).returnValue = v;
  return GENERATOR_RETURNED;
}

function finishGeneratorWithError(gen: PyObject): void {
  (gen as { finished?: boolean }).finished = true;
  touch(gen);
  const g = gen as unknown as { frame: Frame | null };
  const fr = g.frame;
  g.frame = null;
  if (fr !== null) {
    fr.generator = null;
    finishFrame(fr);
  }
}

/** What runFrame returns when a generator's frame finishes (instead of a value). */
export const GENERATOR_RETURNED: PyObject = new PyObject({} as PyType);

// ------------------------------------------------------------------ class statement

/** builtins.__build_class__(func, name, *bases): runs the body, then type(name, bases, ns). */
export function buildClass(args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  if (args.length - nkw < 2) typeError('__build_class__: not enough arguments');
  const func = args[0]!;
  const name = args[1]!;
  if (!(func instanceof PyFunction)) typeError('__build_class__: func must be a function');
  if (!(name instanceof PyStr)) typeError('__build_class__: name is not a string');
  const bases = args.slice(2, args.length - nkw);
  // Class keywords (`class C(B, flavor=1)`) go to __init_subclass__; a metaclass other
  // than type is outside the subset.
  const keywords: [string, PyObject][] = [];
  for (let i = 0; i < nkw; i++) {
    const v = args[args.length - nkw + i]!;
    if (kwnames![i] === 'metaclass') {
      if (v !== rt.types.type) raise(rt.exc.NotImplementedError!, 'a metaclass is not supported here');
    } else keywords.push([kwnames![i]!, v]);
  }
  for (const b of bases) {
    if (!(b instanceof PyType)) typeError(`bases must be types`);
  }
  // __build_class__ packs the bases into a tuple, runs the body in a fresh namespace, then
  // calls type(name, bases, ns) through tp_call, which packs those three into a tuple too.
  const basesTuple = newTuple(bases.map((b) => newref(b)));
  const ns = newDict();
  try {
    const frame = newFrame(func.code, func, func.globals as PyDict, ns);
    frame.entry = true;
    const cellResult = runFrame(frame);
    decref(cellResult);
    const callArgs = newTuple([newref(name), newref(basesTuple), newref(ns)]);
    try {
      return newClass(name.v, bases as PyType[], ns, rt.types.type, bases.length > 0 ? basesTuple : null, keywords);
    } finally {
      decref(callArgs);
    }
  } finally {
    decref(ns);
    decref(basesTuple);
  }
}

export { newSet, newDict, strOf, incref };

/**
 * BEFORE_WITH's lookups. 3.10–3.13 (special_lookup): __enter__ then __exit__, each bound
 * to the manager (a method object for a Python function); 3.14 (LOAD_SPECIAL): __exit__
 * first, a function kept with the manager as its self instead of a bound method. Returns
 * the exit's stack slots (`exitSelf` undefined: one slot) and __enter__ as
 * [callable, ...arguments], all new references.
 */
function beforeWith(mgr: PyObject): [PyObject | null, PyObject | undefined, PyObject[]] {
  const p = rt.profile;
  const t = mgr.type;
  const missing = (name: '__enter__' | '__exit__'): never => {
    if (p.contextManagerError === 'attribute') return raise(rt.exc.AttributeError!, name);
    const which = name === '__exit__' || p.withExitOnStack === 'special' ? ` (missed ${name} method)` : '';
    return typeError(`'${t.name}' object does not support the context manager protocol${which}`);
  };
  if (p.withExitOnStack === 'special') {
    const exit = typeLookup(t, '__exit__') ?? missing('__exit__');
    const enter = typeLookup(t, '__enter__') ?? missing('__enter__');
    const [exitFn, exitSelf] = specialMethod(exit, mgr);
    const [enterFn, enterSelf] = specialMethod(enter, mgr);
    return [exitFn, exitSelf, [enterFn, enterSelf] as PyObject[]];
  }
  const enterDescr = typeLookup(t, '__enter__') ?? missing('__enter__');
  const enter = bindSpecial(enterDescr, mgr);
  const exitDescr = typeLookup(t, '__exit__');
  if (exitDescr === null) {
    decref(enter);
    return missing('__exit__');
  }
  return [bindSpecial(exitDescr, mgr), undefined, [enter]];
}

/** LOAD_SPECIAL: [function, self] for a method, [NULL, bound value] otherwise (new references). */
function specialMethod(descr: PyObject, obj: PyObject): [PyObject | null, PyObject] {
  if (descr instanceof PyFunction || (descr instanceof PyBuiltin && descr.owner !== null && descr.self === null)) return [newref(descr), newref(obj)];
  return [null, bindSpecial(descr, obj)];
}
