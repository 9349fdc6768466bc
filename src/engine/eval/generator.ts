/**
 * Generator objects (Objects/genobject.c). A generator owns the frame of its function,
 * suspended at each `yield`; its locals live as long as the generator does.
 *
 * The protocol: next()/send() resume the frame with a value, throw() resumes it by raising
 * at the yield, close() raises GeneratorExit there. A generator that is freed or found in
 * cyclic garbage while suspended is closed by its finalizer (tp_finalize, PEP 442), so its
 * `finally` blocks run. 3.10 keeps the frame in a separate frame object; 3.11+ embed it.
 */

import { rt } from '../runtime.ts';
import { decref, newref, touch } from '../heap/heap.ts';
import { GC_FINALIZED, PyError, PyObject, PyType, type Visit } from '../objects/object.ts';
import { callFinalizerFromDealloc } from '../objects/typeobject.ts';
import { Frame, finishFrame, traverseFrameData } from './frame.ts';
import type { PyCode } from '../objects/function.ts';
import { GENERATOR_RETURNED, runFrame } from './interpreter.ts';
import { raise, raiseWith, typeError } from '../objects/errors.ts';
import { hexAddress, callObject, getAttr, lookupAttr } from '../abstract.ts';
import { Op } from '../compile/opcodes.ts';
import { isException, newException, type PyException } from '../objects/exceptions.ts';
import { defineMethods } from '../objects/builtinfunc.ts';
import { checkArgs, methodSignatures, noArgs, oneArg } from '../objects/argspec.ts';
import { clearWeakrefs } from '../objects/weakref.ts';
import { reportUnraisable } from '../objects/unraisable.ts';

export class PyGenerator extends PyObject {
  frame: Frame | null;
  running = false;
  /** Returned, raised or closed: resuming does nothing (the frame may still hold locals). */
  finished = false;
  /** It has run up to a yield at least once. */
  started = false;
  /** What the frame returned (owned), until the caller that resumed it takes it. */
  returnValue: PyObject | null = null;
  name: string;
  qualname: string;
  /** gi_code: kept after the frame is gone (sys.getsizeof still counts its frame's slots). */
  code: PyCode;
  constructor(type: PyType, frame: Frame) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.frame = frame;
    this.code = frame.code;
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
  }
}

/** A generator's size with its GC header (gen_sizeof; 3.11+ embeds the frame's slots). */
function generatorBytes(code: PyCode): number {
  const z = rt.profile.sizes;
  return z.generator + (z.generatorHoldsFrame ? 8 * (code.nlocalsplus + code.stacksize) : 0);
}

/** Wraps a freshly bound frame in a new generator object (RETURN_GENERATOR). */
export function newGenerator(frame: Frame): PyObject {
  const g = new PyGenerator(rt.types.generator, frame);
  rt.heap.allocate(g, generatorBytes(frame.code), true);
  frame.generator = g;
  frame.entry = true;
  // Skip RETURN_GENERATOR / POP_TOP: the frame starts at RESUME.
  const code = frame.code.code;
  let pc = 0;
  while (pc * 2 < code.length && code[pc * 2] !== 81 /* RESUME */) pc++;
  frame.pc = pc;
  rt.heap.track(g);
  // 3.10 (make_coro): the generator's frame object becomes visible to the collector now.
  if (rt.profile.frameObjects && frame.gen < 0) rt.heap.track(frame);
  return g;
}

/**
 * gen_send_ex2: runs the frame to its next yield and returns the yielded value, or null
 * when the frame returned (the value is then in `returnValue`). `thrown` is raised at the
 * yield instead of sending (its exception reference is consumed).
 */
function resume(g: PyGenerator, sent: PyObject, thrown: PyError | null): PyObject | null {
  if (g.running) {
    if (thrown !== null) decref(thrown.exc);
    raise(rt.exc.ValueError!, 'generator already executing');
  }
  const frame = g.frame;
  if (g.finished || frame === null) {
    if (thrown !== null) throw thrown;
    return null;
  }
  if (thrown !== null) {
    frame.pendingThrow = thrown;
    // Not started yet: the exception is raised before the first instruction.
    if (!g.started) frame.lasti = frame.pc;
  } else if (g.started) {
    // A generator suspended at `yield` resumes with the sent value as the result.
    frame.stack[frame.sp++] = newref(sent);
  }
  g.started = true;
  g.running = true;
  try {
    const v = runFrame(frame);
    return v === GENERATOR_RETURNED ? null : v;
  } finally {
    g.running = false;
  }
}

function takeReturnValue(g: PyGenerator): PyObject {
  const v = g.returnValue ?? newref(rt.none);
  g.returnValue = null;
  return v;
}

/** Raises StopIteration carrying what the generator returned (no argument for None). */
function raiseStopIteration(g: PyGenerator): never {
  const v = takeReturnValue(g);
  if (v === rt.none) {
    decref(v);
    return raiseWith(rt.exc.StopIteration!, []);
  }
  try {
    return raiseWith(rt.exc.StopIteration!, [v]);
  } finally {
    decref(v);
  }
}

/**
 * SEND (`yield from`): sends `value` into the receiver. Returns [true, what it yielded] or
 * [false, what it returned] (new references); other exceptions propagate.
 */
export function sendTo(receiver: PyObject, value: PyObject): [boolean, PyObject] {
  if (receiver instanceof PyGenerator) {
    if (!receiver.started && !receiver.finished && value !== rt.none) typeError("can't send non-None value to a just-started generator");
    const v = resume(receiver, value, null);
    return v !== null ? [true, v] : [false, takeReturnValue(receiver)];
  }
  try {
    if (value === rt.none && receiver.type.iternext !== null) {
      const v = receiver.type.iternext(receiver);
      return v !== null ? [true, v] : [false, newref(rt.none)];
    }
    const send = getAttr(receiver, 'send');
    try {
      return [true, callObject(send, [value], null)];
    } finally {
      decref(send);
    }
  } catch (e) {
    if (e instanceof PyError && e.excType.isSubtypeOf(rt.exc.StopIteration!)) return [false, takeStopIterationValue(e)];
    throw e;
  }
}

/** StopIteration.value (None without one), consuming the error (_PyGen_FetchStopIterationValue). */
function takeStopIterationValue(e: PyError): PyObject {
  const v = newref((e.exc as PyException).value ?? rt.none);
  e.discard();
  return v;
}

/**
 * The object a generator suspended in `yield from` delegates to (gen_yf): the receiver on
 * top of its frame's stack when it stopped at the delegation's YIELD_VALUE (arg 1).
 */
function yieldFromTarget(g: PyGenerator): PyObject | null {
  const f = g.frame;
  if (f === null || !g.started || g.finished || g.running) return null;
  const code = f.code.code;
  if (code[f.lasti * 2] !== Op.YIELD_VALUE || code[f.lasti * 2 + 1] !== 1) return null;
  return f.stack[f.sp - 1] ?? null;
}

/**
 * The receiver is done (it returned or raised while thrown into): it comes off the stack
 * and the frame goes on after the delegation's END_SEND, as _gen_throw does.
 */
function leaveDelegation(g: PyGenerator): void {
  const f = g.frame!;
  const receiver = f.stack[--f.sp]!;
  f.stack[f.sp] = null;
  decref(receiver);
  // YIELD_VALUE 1, JUMP send; the SEND before it holds END_SEND's position.
  const code = f.code.code;
  const endSend = code[(f.lasti - 1) * 2 + 1]!;
  f.pc = endSend + 1;
  f.lasti = endSend;
}

/** gen_close_iter: closes what a `yield from` delegates to (its close(), if it has one). */
function closeDelegate(receiver: PyObject): void {
  if (receiver instanceof PyGenerator) {
    generatorClose(receiver);
    return;
  }
  const close = lookupAttr(receiver, 'close');
  if (close === null) return;
  try {
    decref(callObject(close, [], null));
  } finally {
    decref(close);
  }
}

/** gen.send(value): the next yielded value; StopIteration when the generator returns. */
export function generatorSend(g: PyGenerator, value: PyObject): PyObject {
  if (!g.started && !g.finished && value !== rt.none) typeError("can't send non-None value to a just-started generator");
  const v = resume(g, value, null);
  if (v === null) raiseStopIteration(g);
  return v;
}

/** next(gen[, default]): like send(None), but the default replaces StopIteration. */
export function generatorNext(g: PyGenerator, fallback: PyObject | null): PyObject {
  const v = resume(g, rt.none, null);
  if (v !== null) return v;
  if (fallback !== null) {
    decref(takeReturnValue(g));
    return newref(fallback);
  }
  return raiseStopIteration(g);
}

/** gen.throw(exc): raises `exc` at the yield; returns the next yielded value. */
function generatorThrow(g: PyGenerator, typ: PyObject, val: PyObject | null): PyObject {
  let exc: PyObject;
  if (typ instanceof PyType && typ.isSubtypeOf(rt.exc.BaseException!)) {
    if (val !== null && isException(val) && val.type.isSubtypeOf(typ)) exc = newref(val);
    else exc = callObject(typ, val === null || val === rt.none ? [] : [val], null);
  } else if (isException(typ)) {
    if (val !== null && val !== rt.none) typeError('instance exception may not have a separate value');
    exc = newref(typ);
  } else {
    return typeError(`exceptions must be classes or instances deriving from BaseException, not ${typ.type.name}`);
  }
  const receiver = yieldFromTarget(g);
  if (receiver !== null) {
    // _gen_throw: the receiver gets the exception first (GeneratorExit closes it instead).
    let delegated: PyObject | null = null;
    let failure: PyError | null = null;
    g.running = true;
    const closing = exc.type.isSubtypeOf(rt.exc.GeneratorExit!);
    try {
      if (closing) closeDelegate(receiver);
      else if (receiver instanceof PyGenerator) delegated = generatorThrow(receiver, exc, null);
      else {
        const meth = lookupAttr(receiver, 'throw');
        if (meth !== null) {
          try {
            delegated = callObject(meth, [exc], null);
          } finally {
            decref(meth);
          }
        }
      }
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      failure = e;
    } finally {
      g.running = false;
    }
    if (delegated !== null) {
      decref(exc);
      return delegated;
    }
    if (failure !== null && closing) {
      // Closing the receiver failed: that error is raised here, at the yield.
      decref(exc);
      const v = resume(g, rt.none, failure);
      if (v === null) raiseStopIteration(g);
      return v;
    }
    if (failure !== null) {
      decref(exc);
      leaveDelegation(g);
      if (failure.excType.isSubtypeOf(rt.exc.StopIteration!)) {
        const value = takeStopIterationValue(failure);
        try {
          const v = resume(g, value, null);
          if (v === null) raiseStopIteration(g);
          return v;
        } finally {
          decref(value);
        }
      }
      const v = resume(g, rt.none, failure);
      if (v === null) raiseStopIteration(g);
      return v;
    }
    // No throw() to delegate to (or the receiver was closed): raise it here.
  }
  const v = resume(g, rt.none, new PyError(exc));
  if (v === null) raiseStopIteration(g);
  return v;
}

/**
 * Whether the frame is suspended at a yield with no try block around it. A `yield from`'s
 * yield never is: CPython's CLEANUP_THROW handler guards it.
 */
function suspendedOutsideTry(f: Frame): boolean {
  const code = f.code.code;
  if (code[f.lasti * 2] === Op.YIELD_VALUE && code[f.lasti * 2 + 1] === 1) return false;
  return f.code.handlers[f.lasti]! < 0;
}

/** gen.close() (gen_close): GeneratorExit at the yield; ignored if the frame lets it out. */
export function generatorClose(g: PyGenerator): void {
  const f = g.frame;
  if (g.finished || f === null) return;
  if (g.running) raise(rt.exc.ValueError!, 'generator already executing');
  if (!g.started && rt.profile.closeUnstartedGenerator === 'markFinished') {
    g.finished = true;
    return;
  }
  // gen_close: what a `yield from` delegates to is closed first; an error from that is
  // raised in this generator instead of GeneratorExit.
  let pending: PyError | null = null;
  const receiver = yieldFromTarget(g);
  if (receiver !== null) {
    g.running = true;
    try {
      closeDelegate(receiver);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      pending = e;
    } finally {
      g.running = false;
    }
  }
  if (pending === null && g.started && rt.profile.closeSkipsUnguardedYield && suspendedOutsideTry(f)) {
    closeFrame(g);
    return;
  }
  let v: PyObject | null;
  try {
    v = resume(g, rt.none, pending ?? new PyError(newException(rt.exc.GeneratorExit!, [])));
  } catch (e) {
    if (e instanceof PyError && (e.excType.isSubtypeOf(rt.exc.GeneratorExit!) || e.excType.isSubtypeOf(rt.exc.StopIteration!))) {
      e.discard();
      return;
    }
    throw e;
  }
  if (v === null) {
    decref(takeReturnValue(g));
    return;
  }
  decref(v);
  raise(rt.exc.RuntimeError!, 'generator ignored GeneratorExit');
}

/** _PyGen_Finalize: a suspended generator is closed; errors are reported, not raised. */
function generatorFinalize(o: PyObject): void {
  const g = o as PyGenerator;
  if (g.finished || g.frame === null) return;
  try {
    generatorClose(g);
  } catch (e) {
    if (e instanceof PyError) reportUnraisable(e.exc, `Exception ignored in: ${generatorRepr(g)}`);
    else throw e;
  }
}

/** Ends the generator without running it: its frame and locals go now. */
function closeFrame(g: PyGenerator): void {
  const f = g.frame;
  g.frame = null;
  g.finished = true;
  touch(g);
  if (f !== null) {
    f.generator = null;
    finishFrame(f);
  }
}

function generatorRepr(g: PyGenerator): string {
  return `<generator object ${g.qualname} at ${hexAddress(g.addr)}>`;
}

function traverseGenerator(o: PyObject, visit: Visit): void {
  const f = (o as PyGenerator).frame;
  if (f === null) return;
  // 3.10: gi_frame is a frame object of its own; 3.11+: the frame data is part of the
  // generator (and a frame object, if one was created, is visited as gi_iframe.frame_obj).
  if (rt.profile.frameObjects || f.materialized) visit(f, 'internal', 'gi_frame');
  if (!rt.profile.frameObjects) traverseFrameData(f, visit);
}

export function installGenerator(t: PyType): void {
  t.isGC = true;
  t.weakrefable = true;
  t.iter = (o) => newref(o);
  t.iternext = (o) => {
    const g = o as PyGenerator;
    const v = resume(g, rt.none, null);
    if (v === null && g.returnValue !== null) decref(takeReturnValue(g));
    return v;
  };
  t.traverse = traverseGenerator;
  t.clear = (o) => closeFrame(o as PyGenerator);
  t.finalize = generatorFinalize;
  t.dealloc = (o) => {
    const g = o as PyGenerator;
    const h = rt.heap;
    h.untrack(g);
    clearWeakrefs(g);
    if (!g.finished && g.frame !== null && (g.gcFlags & GC_FINALIZED) === 0) {
      // PyObject_CallFinalizerFromDealloc: close() may resurrect the generator.
      h.track(g);
      if (callFinalizerFromDealloc(g)) return;
      h.untrack(g);
    }
    closeFrame(g);
    h.release(g, true);
  };
  t.repr = (o) => generatorRepr(o as PyGenerator);
  t.summary = (o) => `generator ${(o as PyGenerator).qualname}`;
  t.sizeOf = (o) => generatorBytes((o as PyGenerator).code) - rt.profile.sizes.gcHeader;
  defineMethods(t, {
    send: (args, kw, self) => generatorSend(self as PyGenerator, oneArg(SIG.send, args, kw, self)),
    throw: (args, kw, self) => {
      checkArgs(SIG.throw, args, kw, self);
      return generatorThrow(self as PyGenerator, args[0]!, args.length > 1 ? args[1]! : null);
    },
    close: (args, kw, self) => {
      noArgs(SIG.close, args, kw, self);
      generatorClose(self as PyGenerator);
      return newref(rt.none);
    },
  });
}

/** generator's methods (Objects/genobject.c). */
const SIG = methodSignatures('generator', {
  send: '(value, /)',
  throw: '(typ, val=None, tb=None, /)',
  close: '()',
});
