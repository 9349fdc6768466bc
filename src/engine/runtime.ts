/**
 * The state of one simulated interpreter (CPython's PyInterpreterState + thread state).
 *
 * One run of a program owns one Runtime; `rt` points at the active one. Keeping it in a
 * module-level binding (as CPython keeps `_PyRuntime`) keeps the hot paths free of an extra
 * parameter; `withRuntime` switches it and restores the previous one, so runs never share
 * state, and a worker can run many programs one after another.
 */

import type { Heap } from './heap/heap.ts';
import type { PyObject, PyType } from './objects/object.ts';
import type { PythonProfile } from './profiles/profiles.ts';
import type { Frame } from './eval/frame.ts';

export interface BuiltinTypes {
  object: PyType;
  type: PyType;
  int: PyType;
  bool: PyType;
  float: PyType;
  complex: PyType;
  str: PyType;
  bytes: PyType;
  list: PyType;
  tuple: PyType;
  dict: PyType;
  set: PyType;
  frozenset: PyType;
  NoneType: PyType;
  NotImplementedType: PyType;
  ellipsis: PyType;
  function: PyType;
  builtinFunction: PyType;
  /** A built-in type's method before binding (list.append); classmethodDescriptor: dict.fromkeys. */
  methodDescriptor: PyType;
  classmethodDescriptor: PyType;
  wrapperDescriptor: PyType;
  methodWrapper: PyType;
  mappingProxy: PyType;
  method: PyType;
  cell: PyType;
  code: PyType;
  module: PyType;
  range: PyType;
  slice: PyType;
  frame: PyType;
  traceback: PyType;
  generator: PyType;
  weakref: PyType;
  super: PyType;
  staticmethod: PyType;
  classmethod: PyType;
  property: PyType;
  getsetDescriptor: PyType;
  memberDescriptor: PyType;
  listIterator: PyType;
  listReverseIterator: PyType;
  tupleIterator: PyType;
  strIterator: PyType;
  rangeIterator: PyType;
  setIterator: PyType;
  dictKeyIterator: PyType;
  dictValueIterator: PyType;
  dictItemIterator: PyType;
  dictReverseKeyIterator: PyType;
  dictReverseValueIterator: PyType;
  dictReverseItemIterator: PyType;
  dictKeys: PyType;
  dictValues: PyType;
  dictItems: PyType;
  enumerate: PyType;
  zip: PyType;
  map: PyType;
  filter: PyType;
  reversed: PyType;
  callableIterator: PyType;
  seqIterator: PyType;
  /** The sentinel type used for GC list heads; never visible to programs. */
  sentinel: PyType;
  /** Stand-ins for CPython's own start-up objects in gc.get_objects() (see gcmodule.ts). */
  startupObject: PyType;
}

/** Exception classes by name (BaseException, ValueError, ...). */
export type ExceptionTypes = Record<string, PyType>;

export interface Runtime {
  profile: PythonProfile;
  heap: Heap;
  types: BuiltinTypes;
  exc: ExceptionTypes;
  none: PyObject;
  true: PyObject;
  false: PyObject;
  notImplemented: PyObject;
  ellipsis: PyObject;
  emptyTuple: PyObject;
  emptyStr: PyObject;
  /** -5..256 */
  smallInts: PyObject[];
  /** One-character strings U+0000..U+00FF. */
  latin1: PyObject[];
  /** Interned strings by value. */
  interned: Map<string, PyObject>;
  builtins: PyObject; // dict
  modules: Map<string, PyObject>;
  mainModule: PyObject;
  /** Everything the program printed so far. */
  stdout: string[];
  stdoutLength: number;
  /** What CPython would print to stderr besides the final traceback (ignored exceptions). */
  stderr: string[];
  /** sys.stdout's pending output: the str objects written and not yet flushed. */
  stdoutBuffer: {
    started: boolean;
    first: PyObject | null;
    list: PyObject | null;
    count: number;
    /** sys.stdout.write as a method descriptor, which every write binds anew (writeStrObject). */
    writeDescriptor: PyObject | null;
  };
  /** The thread state's dict, once the first container repr created it (reprguard.ts). */
  threadStateDict: PyObject | null;
  /** The innermost executing frame. */
  frame: Frame | null;
  /** Python call depth, for RecursionError. */
  depth: number;
  /** Stand-ins handed out by gc.get_objects() for CPython's start-up objects. */
  startupObjects: PyObject[];
  /** Native recursion depth (Py_EnterRecursiveCall in repr), for RecursionError. */
  nativeDepth: number;
  recursionLimit: number;
  /** The exception being handled (sys.exc_info()), innermost last. */
  handledExceptions: PyObject[];
  /**
   * The call CALL_FUNCTION_EX is making (f(*t, **d)): a callee reached through tp_call gets
   * t and d themselves instead of a packed copy (PyObject_Call passes them on).
   */
  starCall: { args: PyObject[]; tuple: PyObject; kwargs: PyObject | null } | null;
  /** The argument tuple of the METH_VARARGS call in progress (gc.get_referrers skips it). */
  packedArgs: PyObject | null;
  /** Where the next built-in type method made on first use goes (slotwrappers.ts), in the static area. */
  staticDescriptorAddress: number;
  /** 3.10/3.11: keyword-name tuples built by built-ins' argument parsers, by function. */
  keywordTuples: Map<string, PyObject>;
  /** Lines executed so far (the step budget counts these). */
  steps: number;
  maxSteps: number;
  /** Deadline (ms since epoch) after which the run stops, or Infinity. */
  deadline: number;
  /** Upper bound on one object's simulated size, in bytes (MemoryError beyond). */
  maxObjectBytes: number;
  /** Items native loops (list(), sum(), set(), ...) have consumed; see nativeTick. */
  nativeTicks: number;
  /** Hook for the trace recorder; null when untraced. */
  tracer: Tracer | null;
  /** gc.callbacks, gc.garbage (lists owned by the gc module). */
  gcCallbacks: PyObject;
  gcGarbage: PyObject;
  /** Source lines of the program, for tracebacks. */
  sourceLines: string[];
  /**
   * Constants the compiler created. CPython's parser arena keeps one reference to each
   * literal while the module runs (pyrun_file frees it afterwards), which is why
   * sys.getrefcount of a literal is one higher than its users.
   */
  constantRoots: PyObject[];
}

/** What the interpreter tells a trace recorder. */
export interface Tracer {
  line(frame: Frame, line: number): void;
  call(frame: Frame): void;
  ret(frame: Frame, value: PyObject): void;
  exception(frame: Frame, exc: PyObject): void;
  /** A collection ran; `phase` is 'start' (unreachable set known) or 'stop' (freed). */
  collection(event: CollectionEvent): void;
}

export interface CollectionEvent {
  phase: 'unreachable' | 'done';
  generation: number;
  trigger: 'threshold' | 'manual' | 'shutdown';
  examined: number;
  unreachable: PyObject[];
  collected: number;
  uncollectable: number;
  promoted: number;
}

export let rt: Runtime = undefined as unknown as Runtime;

export function setRuntime(r: Runtime): void {
  rt = r;
}

export function withRuntime<T>(r: Runtime, body: () => T): T {
  const previous = rt;
  rt = r;
  try {
    return body();
  } finally {
    rt = previous;
  }
}

/** A built-in type or exception class by its Python name. */
export function builtinTypeNamed(runtime: Runtime, name: string): PyType | undefined {
  return Object.values(runtime.types).find((t) => t.name === name) ?? runtime.exc[name];
}
