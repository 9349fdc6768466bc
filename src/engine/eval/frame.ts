/**
 * Frames: the locals, value stack and position of one running call (CPython's
 * _PyInterpreterFrame, and PyFrameObject when one exists).
 *
 * A frame is also a Python object. On 3.10 every call allocates one (reusing a cached
 * "zombie" frame per code object, then a free list); from 3.11 a frame object is only
 * materialised when something needs it, such as a traceback. When a frame finishes while
 * a traceback still holds it, its locals stay alive with it; otherwise they are released
 * at once, in the order the version's profile says.
 */

import { rt } from '../runtime.ts';
import { decref, newref, touch, xdecref } from '../heap/heap.ts';
import { PyObject, type PyError, type PyType, type Visit } from '../objects/object.ts';
import type { PyCode, PyFunction } from '../objects/function.ts';
import type { PyDict } from '../objects/dict.ts';
import { hexAddress } from '../abstract.ts';

export class Frame extends PyObject {
  code: PyCode;
  func: PyFunction | null;
  globals: PyDict;
  builtins: PyDict;
  /** The namespace of module and class bodies (LOAD_NAME/STORE_NAME); null in functions. */
  locals: PyDict | null;
  /** Local variables, then cells, then free variables (localsplus). */
  fast: (PyObject | null)[];
  stack: (PyObject | null)[];
  sp = 0;
  /** Next instruction. */
  pc = 0;
  /** The instruction being executed (for tracebacks and lines). */
  lasti = 0;
  back: Frame | null = null;
  /** Started from native code: returning ends that nested interpreter run. */
  entry = false;
  /** The frame belongs to a generator (it is suspended between runs). */
  generator: PyObject | null = null;
  /** gen.throw()/close(): the exception to raise where the frame resumes. */
  pendingThrow: PyError | null = null;
  /**
   * The frame owns references to its globals and builtins: always on 3.10 (f_globals,
   * f_builtins); on 3.11+ only module code, through the temporary function PyEval_EvalCode
   * makes for it (function frames borrow them from their function).
   */
  ownsNamespaces = false;
  /**
   * 3.13+ CALL_ALLOC_AND_ENTER_INIT: this frame runs __init__ for a new instance; the
   * (invisible) shim frame below it holds this reference and returns it to the caller.
   */
  initSelf: PyObject | null = null;
  /** A frame object exists on the simulated heap for this frame. */
  materialized = false;
  /**
   * 3.11+ f_back of a frame object that outlived its frame: take_ownership materialises the
   * caller's frame object and keeps a reference to it (an owned reference, or null).
   */
  fBack: Frame | null = null;
  /** The frame has finished; its locals now live only as long as the frame object. */
  finished = false;
  /** 3.14 borrowed references: marks for stack slots and locals that do not own a count. */
  stackBorrowed: Uint8Array | null = null;
  fastBorrowed: Uint8Array | null = null;
  /** Number of exception handlers being run (PUSH_EXC_INFO depth), for sys.exc_info. */
  excDepth = 0;
  /** Source line the frame is on (updated at LINE instructions). */
  line = 0;
  /** Trace id: frames get small sequential ids, like Python Tutor's frame_id. */
  frameId = 0;
  constructor(type: PyType, code: PyCode, func: PyFunction | null, globals: PyDict, builtins: PyDict, locals: PyDict | null) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.code = code;
    this.func = func;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.fast = new Array(code.nlocalsplus).fill(null);
    this.stack = new Array(code.stacksize + 4).fill(null);
    this.line = code.firstLine;
  }
}

let nextFrameId = 1;
export function resetFrameIds(): void {
  nextFrameId = 1;
}

/** Creates a frame for a call (its references to globals, builtins and locals are new). */
export function newFrame(code: PyCode, func: PyFunction | null, globals: PyDict, locals: PyDict | null): Frame {
  let f: Frame;
  const pool = code.framePool as Frame[];
  const builtins = rt.builtins as PyDict;
  if (pool.length > 0) {
    f = pool.pop()!;
    f.func = func;
    f.globals = globals;
    f.builtins = builtins;
    f.locals = locals === null ? null : newref(locals);
    f.line = code.firstLine;
  } else {
    f = new Frame(rt.types.frame, code, func, globals, builtins, locals === null ? null : newref(locals));
  }
  const owns = rt.profile.frameObjects || func === null;
  f.ownsNamespaces = owns;
  if (owns) {
    newref(globals);
    newref(builtins);
  }
  f.frameId = nextFrameId++;
  // Reference counts written out (as in runFrame): these sites only see code objects and functions.
  if (!code.imm) {
    code.rc++;
    touch(code);
  }
  // 3.11+ frames own their function (f_func); 3.10 frames only borrow it for the call.
  if (func !== null && rt.profile.frameHoldsFunction && !func.imm) {
    func.rc++;
    touch(func);
  }
  // Closure cells are copied in at creation (COPY_FREE_VARS), while the function surely lives.
  if (func !== null && func.closure !== null) {
    const cells = (func.closure as unknown as { items: PyObject[] }).items;
    const start = code.varnames.length + code.cellvars.length;
    for (let i = 0; i < cells.length; i++) f.fast[start + i] = newref(cells[i]!);
  }
  if (rt.profile.borrowedLocalLoads) {
    f.stackBorrowed = new Uint8Array(f.stack.length);
    f.fastBorrowed = new Uint8Array(f.fast.length);
  }
  if (rt.profile.frameObjects) allocateFrameObject(f);
  return f;
}

/**
 * 3.10: every call gets a frame object. The code object's cached "zombie" frame is reused
 * first, then the frame free list; only a fresh allocation counts towards generation 0.
 */
function allocateFrameObject(f: Frame): void {
  const h = rt.heap;
  const code = f.code as PyCode & { zombie?: number | null };
  const bytes = frameObjectBytes(f);
  if (code.zombie !== undefined && code.zombie !== null) {
    f.addr = code.zombie;
    code.zombie = null;
    h.reborn(f);
  } else if (h.freeLists.frame.length > 0) {
    const reused = h.freeLists.frame.pop()!;
    f.addr = reused.addr;
    h.reborn(f);
  } else {
    h.allocate(f, bytes, true);
  }
  f.materialized = true;
}

function frameObjectBytes(f: Frame): number {
  return 16 + 400 + 8 * (f.code.nlocalsplus + f.code.stacksize);
}

/**
 * 3.11+: a frame object comes into existence on demand (traceback entries, sys._getframe).
 * It is untracked while the frame runs, like CPython's.
 */
export function materializeFrame(f: Frame): void {
  if (f.materialized) return;
  f.materialized = true;
  rt.heap.allocate(f, frameObjectBytes(f), true);
}

/**
 * The interpreter is done with a frame. If nothing else holds its frame object, the frame
 * dies now and its locals are released; otherwise the frame object keeps the locals
 * (take_ownership) and becomes visible to the collector.
 */
export function finishFrame(f: Frame, caller: Frame | null = null): void {
  f.finished = true;
  clearBorrowMarks(f);
  if (f.rc > 1) {
    // Someone (a traceback, a generator) still holds the frame object: it keeps its locals.
    releaseStack(f);
    f.rc--;
    if (f.gen < 0) rt.heap.track(f);
    // take_ownership (3.11+) links the frame object to its caller's, creating that one.
    if (caller !== null && !rt.profile.frameObjects) {
      materializeFrame(caller);
      caller.rc++;
      touch(caller);
      f.fBack = caller;
    }
    return;
  }
  f.rc = 0;
  frameDealloc(f);
}

function clearBorrowMarks(f: Frame): void {
  const fb = f.fastBorrowed;
  if (fb === null) return;
  for (let i = 0; i < fb.length; i++) {
    if (fb[i] === 1) {
      fb[i] = 0;
      const o = f.fast[i];
      if (o) o.borrowed--;
    }
  }
}

function releaseStack(f: Frame): void {
  const sb = f.stackBorrowed;
  for (let i = f.sp - 1; i >= 0; i--) {
    const o = f.stack[i];
    f.stack[i] = null;
    if (sb !== null && sb[i] === 1) {
      sb[i] = 0;
      if (o) o.borrowed--;
    }
    if (o !== null && o !== undefined) decref(o);
  }
  f.sp = 0;
}

/** Releases a frame's locals in the profile's order, then the frame itself. */
export function frameDealloc(f: Frame): void {
  const h = rt.heap;
  // Reference counts written out when nothing records the run (see runFrame): a local's
  // count is then one field, where decref's immortal test reads a second from any shape.
  const untraced = h.dirty === null;
  if (f.gen >= 0) h.untrack(f);
  const fast = f.fast;
  if (rt.profile.frameLocalsReleaseOrder === 'reverse') {
    releaseStack(f);
    for (let i = fast.length - 1; i >= 0; i--) {
      const o = fast[i];
      fast[i] = null;
      if (o !== null && o !== undefined) decref(o);
    }
  } else {
    for (let i = 0; i < fast.length; i++) {
      const o = fast[i];
      fast[i] = null;
      if (o !== null && o !== undefined) {
        if (untraced && o.rc > 1) o.rc--; else decref(o);
      }
    }
    releaseStack(f);
  }
  f.back = null;
  const fBack = f.fBack;
  f.fBack = null;
  if (fBack !== null) decref(fBack);
  if (f.ownsNamespaces) {
    decref(f.builtins);
    decref(f.globals);
  }
  xdecref(f.locals);
  const func = f.func;
  if (func !== null && rt.profile.frameHoldsFunction) {
    if (untraced && func.rc > 1) func.rc--; else decref(func);
  }
  const code = f.code;
  if (f.materialized) {
    if (rt.profile.frameObjects) {
      // The first frame of a code object to finish stays cached as its zombie frame.
      const c = code as PyCode & { zombie?: number | null };
      if (c.zombie === undefined || c.zombie === null) {
        c.zombie = f.addr;
        h.forget(f);
      } else if (h.freeLists.frame.length < rt.profile.freeLists.frame) {
        h.freeLists.frame.push(f);
        h.forget(f);
      } else h.release(f, true);
    } else h.release(f, true);
  } else {
    if (h.live !== null) h.forget(f);
    else if (h.observer !== null) h.observer.died(f, h.deathCause);
    recycleFrame(f);
  }
  if (untraced && code.rc > 1) code.rc--; else decref(code);
}

/**
 * A frame that never became a heap object is dead once released: its JavaScript object
 * and arrays serve the next call of the same code (the arrays are already cleared).
 */
function recycleFrame(f: Frame): void {
  const pool = f.code.framePool as Frame[];
  if (pool.length >= 8) return;
  f.rc = 1;
  f.gen = -1;
  f.gcFlags = 0;
  f.mark = 0;
  f.weakrefs = null;
  f.borrowed = 0;
  f.sp = 0;
  f.pc = 0;
  f.lasti = 0;
  f.back = null;
  f.entry = false;
  f.generator = null;
  f.pendingThrow = null;
  f.finished = false;
  f.excDepth = 0;
  f.func = null;
  f.locals = null;
  f.initSelf = null;
  pool.push(f);
}

/** Everything a frame's data holds: locals, cells, the value stack, namespaces, code. */
export function traverseFrameData(f: Frame, visit: Visit): void {
  const names = [...f.code.varnames, ...f.code.cellvars, ...f.code.freevars];
  for (let i = 0; i < f.fast.length; i++) {
    const v = f.fast[i];
    if (v !== null && v !== undefined) visit(v, 'attr', names[i] ?? `#${i}`);
  }
  for (let i = 0; i < f.sp; i++) {
    const v = f.stack[i];
    if (v !== null && v !== undefined) visit(v, 'internal', `stack[${i}]`);
  }
  if (f.locals !== null) visit(f.locals, 'internal', 'f_locals');
  if (f.ownsNamespaces) {
    visit(f.globals, 'internal', 'f_globals');
    visit(f.builtins, 'internal', 'f_builtins');
  }
  if (f.func !== null && rt.profile.frameHoldsFunction) visit(f.func, 'internal', 'f_func');
  visit(f.code, 'internal', 'f_code');
}

export function installFrame(t: PyType): void {
  t.isGC = true;
  t.internal = false;
  t.dealloc = (o) => frameDealloc(o as Frame);
  t.traverse = (o, visit: Visit) => {
    const f = o as Frame;
    if (f.fBack !== null) visit(f.fBack, 'internal', 'f_back');
    // 3.11+: a generator's frame data belongs to the generator, which visits it; the frame
    // object only visits it when it owns the data (frame_tp_traverse).
    if (f.generator !== null && !rt.profile.frameObjects) return;
    traverseFrameData(f, visit);
  };
  t.clear = (o) => {
    const f = o as Frame;
    for (let i = 0; i < f.fast.length; i++) {
      const v = f.fast[i];
      f.fast[i] = null;
      if (v !== null && v !== undefined) decref(v);
    }
    releaseStack(f);
  };
  t.repr = (o) => {
    const f = o as Frame;
    return `<frame at ${hexAddress(o.addr)}, file '${f.code.filename}', line ${f.line}, code ${f.code.name}>`;
  };
  t.summary = (o) => `frame of ${(o as Frame).code.qualname}`;
  t.sizeOf = (o) => frameObjectBytes(o as Frame) - 16;
}
