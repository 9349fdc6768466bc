/**
 * The shared header of every simulated Python object, and type objects with their slots.
 *
 * Like CPython's PyObject, every object carries its type and reference count; objects of
 * GC types also carry the collector's fields (CPython's PyGC_Head): links in a generation
 * list, the scratch count used during a collection, and flags. All objects are created by
 * `heap.allocate`, the single choke point that assigns addresses and moves GC counts.
 *
 * Ownership convention (CPython's): a function that returns a PyObject returns a *new*
 * reference that the caller must release; arguments are *borrowed*. Functions that return
 * borrowed references say so in their name or comment.
 */

/** gcFlags bits (CPython keeps these in _gc_prev; see Python/gc.c "_gc_prev values"). */
export const GC_FINALIZED = 1; // __del__ already ran (PEP 442: at most once per object)
export const GC_COLLECTING = 2; // part of the set being collected
export const GC_UNREACHABLE = 4; // moved to the tentatively unreachable list
export const GC_FROZEN = 8; // in the permanent generation (gc.freeze)
export const GC_OLD_SPACE_1 = 16; // 3.14 incremental collector: the object's old-space bit

/** Where an object's reference was seen, for traces and gc.get_referents callers. */
export type RefLabelKind = 'item' | 'key' | 'value' | 'attr' | 'internal';
export type Visit = (target: PyObject, kind: RefLabelKind, label: string | number | PyObject | null) => void;

/**
 * The object header. Performance note: V8 gives a base-class constructor one set of
 * inline caches for every subclass, so with ~30 subclasses its stores go megamorphic and
 * allocating any object costs ~10x more. The fields are therefore `declare`d here and the
 * frequently allocated classes set them in their own constructors (`super(null)` followed
 * by the same assignments as below, in the same order); other classes pass their type and
 * get them set here.
 */
export class PyObject {
  declare type: PyType;
  /** ob_refcnt */
  declare rc: number;
  /**
   * The simulated address in compact form (a small integer V8 need not box; see
   * encodeAddress in heap/allocator.ts): id() returns addressOf(addr). 0: none yet.
   */
  declare addr: number;
  /** A small, never reused number that names the object in traces (Python Tutor-style). */
  declare serial: number;
  /** PEP 683 immortal: increments and decrements leave rc alone. */
  declare imm: boolean;
  // -- GC header (used only by objects of GC types)
  declare gcNext: PyObject | null;
  declare gcPrev: PyObject | null;
  /** gc_refs during a collection. */
  declare gcRefs: number;
  /** Generation index while tracked (0..2, 3 = permanent/frozen); -1 when untracked. */
  declare gen: number;
  declare gcFlags: number;
  /** Weak references pointing at this object, oldest first (tp_weaklist). */
  declare weakrefs: PyObject[] | null;
  /** Trace bookkeeping: the recorder's epoch when this object was last marked dirty. */
  declare mark: number;
  /**
   * References held in `rc` that CPython 3.14 would not count: borrowed stack references
   * (LOAD_FAST_BORROW). sys.getrefcount and traces report `rc - borrowed`.
   */
  declare borrowed: number;

  /** `type` null: the subclass's constructor sets the header itself (see above). */
  constructor(type: PyType | null) {
    if (type === null) return;
    this.type = type;
    this.rc = 1;
    this.addr = 0;
    this.serial = 0;
    this.imm = false;
    this.gcNext = null;
    this.gcPrev = null;
    this.gcRefs = 0;
    this.gen = -1;
    this.gcFlags = 0;
    this.weakrefs = null;
    this.mark = 0;
    this.borrowed = 0;
  }
}

/**
 * The attribute-lookup cache of classes (CPython's type version tags, simplified): any
 * change to any class's namespace advances the epoch, which invalidates every cache.
 */
export const typeCache = { epoch: 1 };

/** Native callables receive borrowed positional args and (for keywords) names + values. */
export type NativeCall = (args: PyObject[], kwnames: string[] | null, self: PyObject | null) => PyObject;

export type BinarySlot = (a: PyObject, b: PyObject) => PyObject | null; // null = NotImplemented
export type CompareOp = 0 | 1 | 2 | 3 | 4 | 5; // Py_LT, Py_LE, Py_EQ, Py_NE, Py_GT, Py_GE

export interface NumberSlots {
  add?: BinarySlot;
  sub?: BinarySlot;
  mul?: BinarySlot;
  truediv?: BinarySlot;
  floordiv?: BinarySlot;
  mod?: BinarySlot;
  pow?: BinarySlot;
  lshift?: BinarySlot;
  rshift?: BinarySlot;
  and?: BinarySlot;
  or?: BinarySlot;
  xor?: BinarySlot;
  matmul?: BinarySlot;
  /** In-place variants; absent means fall back to the binary slot (new object). */
  iadd?: BinarySlot;
  imul?: BinarySlot;
  ior?: BinarySlot;
  iand?: BinarySlot;
  ixor?: BinarySlot;
  isub?: BinarySlot;
  neg?: (a: PyObject) => PyObject;
  pos?: (a: PyObject) => PyObject;
  invert?: (a: PyObject) => PyObject;
  abs?: (a: PyObject) => PyObject;
  bool?: (a: PyObject) => boolean;
  index?: (a: PyObject) => PyObject;
  int?: (a: PyObject) => PyObject;
  float?: (a: PyObject) => PyObject;
}

export class PyType extends PyObject {
  name: string;
  qualname: string;
  base: PyType | null = null;
  bases: PyType[] = [];
  /** Method resolution order, starting with this type. */
  mro: PyType[] = [];
  /** Class attributes (the type's __dict__), a PyDict; set when the type is built. */
  dict: PyObject | null = null;
  /** Classes made by a class statement hold __mro__ and __bases__ as tuple objects. */
  mroTuple: PyObject | null = null;
  basesTuple: PyObject | null = null;
  /** tp_subclasses: weak references to subclasses, keyed by address (a dict). */
  subclasses: PyObject | null = null;
  /** Instances are GC objects (Py_TPFLAGS_HAVE_GC). */
  isGC = false;
  /** A class statement made it (Py_TPFLAGS_HEAPTYPE): instances hold a reference to it. */
  isHeapType = false;
  /** Instances accept weak references. */
  weakrefable = false;
  /** Instances have a __dict__ (classes do unless __slots__ says otherwise). */
  hasInstanceDict = false;
  /** __slots__: the slot names this class adds (sorted), after its bases' `slotOffset` slots. */
  slotNames: string[] = [];
  slotOffset = 0;
  /** All slots of an instance, this class's and its bases'. */
  slotCount = 0;
  /** The tuple of this class's slot names (ht_slots), or null. */
  slotsTuple: PyObject | null = null;
  /** Bytes an instance takes when __slots__ shape it (0: the profile's plain instance). */
  instanceBytes = 0;
  /** The module name shown in repr (`<class '__main__.C'>`); builtins have none. */
  moduleName: string | null = null;
  /** The value-stack/struct size used by sys.getsizeof for fixed-size instances. */
  basicSize = 0;
  /** Types whose instances may be subclassed by a class statement. */
  baseType = true;
  /** Keeps user-visible Python objects of this type out of traces (code objects, ...). */
  internal = false;
  /** Deallocation goes through the trashcan (Py_TRASHCAN_BEGIN): deep nesting is deferred. */
  trashcan = false;

  // -- slots, like CPython's tp_* fields
  dealloc: ((o: PyObject) => void) | null = null;
  /** tp_traverse, in CPython's order (the collector and gc.get_referents use it). */
  traverse: ((o: PyObject, visit: Visit) => void) | null = null;
  /**
   * Every reference the object owns, in reading order, for traces and the heap audit.
   * Needed where tp_traverse skips some (str keys of dicts) or visits backwards (lists).
   */
  references: ((o: PyObject, visit: Visit) => void) | null = null;
  clear: ((o: PyObject) => void) | null = null;
  /** tp_finalize of built-in types (generators close themselves); classes use __del__. */
  finalize: ((o: PyObject) => void) | null = null;
  repr: ((o: PyObject) => string) | null = null;
  str: ((o: PyObject) => string) | null = null;
  hash: ((o: PyObject) => number | bigint) | null = null;
  richcompare: ((a: PyObject, b: PyObject, op: CompareOp) => PyObject | null) | null = null;
  getattro: ((o: PyObject, name: string) => PyObject | null) | null = null;
  /**
   * getattro is PyObject_GenericGetAttr with a few computed attributes in front (int's
   * `real`): method calls find their method without binding it (LOAD_METHOD), as for generic ones.
   */
  getattroIsGeneric = false;
  setattro: ((o: PyObject, name: string, value: PyObject | null) => void) | null = null;
  call: NativeCall | null = null;
  iter: ((o: PyObject) => PyObject) | null = null;
  /** Returns the next item (new reference) or null when exhausted. */
  iternext: ((o: PyObject) => PyObject | null) | null = null;
  length: ((o: PyObject) => number) | null = null;
  getitem: ((o: PyObject, key: PyObject) => PyObject) | null = null;
  setitem: ((o: PyObject, key: PyObject, value: PyObject | null) => void) | null = null;
  contains: ((o: PyObject, item: PyObject) => boolean) | null = null;
  descrGet: ((descr: PyObject, obj: PyObject | null, type: PyType) => PyObject) | null = null;
  descrSet: ((descr: PyObject, obj: PyObject, value: PyObject | null) => void) | null = null;
  /** tp_new: builds a new instance from call arguments. */
  newInstance: NativeCall | null = null;
  /** sys.getsizeof without the GC header (CPython's __sizeof__). */
  sizeOf: ((o: PyObject) => number) | null = null;
  /** A short description of the value for traces (`[3 items]`, `'abc'`). */
  summary: ((o: PyObject) => string) | null = null;
  number: NumberSlots = {};
  /** Methods implemented natively, found through the MRO like entries of __dict__. */
  methods: Map<string, PyObject> = new Map();
  /** typeLookup results (null = not found) valid while lookupEpoch === typeCache.epoch. */
  lookupCache: Map<string, PyObject | null> | null = null;
  lookupEpoch = 0;
  /**
   * Instances' __getattribute__ (when written in Python) and __getattr__ (borrowed, or
   * null), valid while hooksEpoch === typeCache.epoch: every attribute load consults them.
   */
  getattributeHook: PyObject | null = null;
  /**
   * Classes: the attribute lookup of the nearest built-in base (BaseException's `args`,
   * int's `real`), which their instances' lookup runs in place of the generic one.
   */
  baseGetAttr: ((o: PyObject, name: string) => PyObject | null) | null = null;
  getattrHook: PyObject | null = null;
  /** typeLookup(this, '__del__') (borrowed), valid while delEpoch === typeCache.epoch: every instance death consults it. */
  delLookup: PyObject | null = null;
  delEpoch = -1;
  hooksEpoch = 0;
  /** typeLookup(this, '__init__') (borrowed), valid while initEpoch === typeCache.epoch: class calls consult it. */
  initLookup: PyObject | null = null;
  initEpoch = -1;

  constructor(metatype: PyType | null, name: string) {
    // `type` is its own metatype; it is patched in when the type object is created.
    super({} as PyType);
    this.type = metatype as PyType;
    this.name = name;
    this.qualname = name;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/**
 * A Python exception travelling through JavaScript code. Native code throws it; the
 * interpreter catches it and continues with Python's exception handling. It is not an
 * Error subclass on purpose: no JavaScript stack trace is captured for ordinary Python
 * control flow. A JavaScript exception of any other kind is an engine bug.
 */
export class PyError {
  private instance: PyObject | null;
  /**
   * 3.10/3.11: an exception raised by native code is a class and its arguments until
   * something needs the instance (PyErr_Format sets them; the eval loop normalizes when it
   * reaches a handler or a frame). Owned references to the arguments, or null.
   */
  private pendingType: PyType | null = null;
  private pendingArgs: PyObject[] | null = null;
  /** Raised by RERAISE: the current frame is already in its traceback. */
  reraise: boolean;
  /** Makes the instance of a pending exception (exceptions.ts installs it). */
  static normalize: (type: PyType, args: PyObject[]) => PyObject;
  constructor(exc: PyObject | null, reraise = false) {
    this.instance = exc;
    this.reraise = reraise;
  }

  /** An exception not yet normalized: `type(*args)` is made when first needed. */
  static pending(type: PyType, args: PyObject[]): PyError {
    const e = new PyError(null);
    e.pendingType = type;
    e.pendingArgs = args;
    return e;
  }

  /** The exception instance (an owned reference), made now if it was pending. */
  get exc(): PyObject {
    if (this.instance === null) {
      const args = this.pendingArgs!;
      this.pendingArgs = null;
      this.instance = PyError.normalize(this.pendingType!, args);
      for (const a of args) releaseRef(a);
    }
    return this.instance;
  }

  set exc(v: PyObject) {
    this.instance = v;
  }

  /** The exception's class, without making a pending instance (PyErr_ExceptionMatches). */
  get excType(): PyType {
    return this.instance !== null ? this.instance.type : this.pendingType!;
  }

  /** Drops the exception (PyErr_Clear): the instance, or a pending one's arguments. */
  discard(): void {
    if (this.instance !== null) releaseRef(this.instance);
    else if (this.pendingArgs !== null) for (const a of this.pendingArgs) releaseRef(a);
    this.pendingArgs = null;
  }
}

/** decref, installed by heap.ts (which imports this module). */
let releaseRef: (o: PyObject) => void = () => {
  throw new Error('heap not loaded');
};
export function setReleaseRef(f: (o: PyObject) => void): void {
  releaseRef = f;
}

/** Raised by the engine itself when a run must stop (step budget, time budget). */
export class EngineStop {
  reason: 'step-budget' | 'memory-budget' | 'cancelled';
  message: string;
  /** The source line running when the budget ran out. */
  line: number | null;
  constructor(reason: EngineStop['reason'], message: string, line: number | null = null) {
    this.reason = reason;
    this.message = message;
    this.line = line;
  }
}
