/**
 * Python version profiles: every behaviour of the memory model that differs between the
 * CPython versions PyHeap simulates lives here, as data. The interpreter, the heap and the
 * collector read these fields; nowhere else compares version numbers.
 *
 * Figures are for 64-bit CPython builds (x86-64 Linux). Sources are CPython's own files,
 * named per field; observed figures were recorded from CPython 3.10.13, 3.11.7, 3.12.1,
 * 3.13.0 and (for behaviour, not sizes) Pyodide's 3.14.2.
 */

import { STDLIB_MODULES_312, STDLIB_MODULES_313 } from './stdlib-modules.ts';

export type PythonVersion = '3.10' | '3.11' | '3.12' | '3.13' | '3.14';
export const PYTHON_VERSIONS: readonly PythonVersion[] = ['3.10', '3.11', '3.12', '3.13', '3.14'];
export const DEFAULT_PYTHON: PythonVersion = '3.13';

/** How the cycle collector is organised. */
export type CollectorKind =
  /** Three generations with thresholds (CPython 3.10–3.13, Modules/gcmodule.c, Python/gc.c). */
  | 'generational'
  /** Young generation plus two old spaces collected in increments (CPython 3.14.0–3.14.2). */
  | 'incremental';

export interface SizeTable {
  /** sys.getsizeof(object()) and friends: PyObject header (refcount + type). */
  objectHeader: number;
  /** Bytes added in front of every GC object (PyGC_Head). */
  gcHeader: number;
  /** Bytes in front of instances of classes with managed dicts/weakrefs (3.11+ "pre-header"). */
  managedPreHeader: number;
  /** sizeof(PyLongObject) without digits, and whether 0 still stores one digit (3.11+). */
  intBase: number;
  intZeroHasDigit: boolean;
  float: number;
  /** Compact str headers: ASCII (PyASCIIObject) and non-ASCII (PyCompactUnicodeObject). */
  strAsciiHeader: number;
  strCompactHeader: number;
  /** sizeof(PyListObject) + GC header. */
  list: number;
  /** sizeof(PyTupleObject) without items + GC header (3.14 added a cached hash). */
  tuple: number;
  /** sizeof(PyDictObject) + GC header. */
  dict: number;
  /** sizeof(PyDictKeysObject) header. */
  dictKeysHeader: number;
  /** Entry size for str-only key tables; 24 where every table uses the general entry. */
  dictUnicodeEntry: number;
  /** getsizeof of a materialised instance __dict__ holding a few attributes. */
  instanceDict: number;
  /** sizeof(PySetObject) + GC header (includes the 8-entry small table). */
  set: number;
  /** Instance of a plain class (`class C: pass`). */
  instance: number;
  function: number;
  cell: number;
  boundMethod: number;
  builtinMethod: number;
  range: number;
  rangeIterator: number;
  listIterator: number;
  enumerate: number;
  zip: number;
  /**
   * A generator: 3.10's object (its frame is a separate object); from 3.11 the object
   * before its embedded frame's slots, one per local and per stack entry (gen_sizeof).
   */
  generator: number;
  generatorHoldsFrame: boolean;
  /** ImportError's msg, name and path (3.12 added name_from). */
  importErrorFields: number;
  slice: number;
  weakref: number;
  exception: number;
  /** A class made by a class statement (heap type), and a built-in one (static PyTypeObject). */
  type: number;
  staticType: number;
  module: number;
  /** staticmethod and classmethod objects. */
  methodWrapper: number;
  /** A mappingproxy (C.__dict__). */
  mappingProxy: number;
  /** A member descriptor (a __slots__ entry's class attribute), GC header included. */
  memberDescriptor: number;
  /**
   * Where an instance keeps its __dict__ and weak-reference list pointers: a slot of its
   * own (8 bytes in tp_basicsize) or the pre-header before the GC header (16 bytes for
   * both; 3.11 moved the dict there, 3.12 the weak references too).
   */
  dictPointer: 'slot' | 'preHeader';
  weakrefPointer: 'slot' | 'preHeader';
  property: number;
  none: number;
  bool: number;
}

export interface StaticRefcounts {
  none: number;
  true: number;
  false: number;
  type: number;
  smallInt: number;
  emptyTuple: number;
  emptyStr: number;
  char: number;
  other: number;
}

export interface FreeListLimits {
  /** PyList_MAXFREELIST */
  list: number;
  /** PyDict_MAXFREELIST */
  dict: number;
  /** Tuples of length 1..tupleMaxSize-1 are kept per length, up to tuplePerSize each. */
  tupleMaxSize: number;
  tuplePerSize: number;
  /** PyFloat_MAXFREELIST (floats are not GC objects; this only affects addresses). */
  float: number;
  /** Frame objects kept for reuse (3.10 only; 3.11+ frames live on the data stack). */
  frame: number;
}

/** Error messages that differ between versions (each one checked against that CPython). */
export interface ErrorMessages {
  unboundLocal(name: string): string;
  unboundFree(name: string): string;
  /** NameError suggestions ("Did you mean") go to stderr only; this is the message. */
  nameNotDefined(name: string): string;
  notCallable(typeName: string): string;
  missingPositional(func: string, names: string[]): string;
  unhashable(typeName: string): string;
  /** `del obj.name` when the instance has no such attribute. */
  delMissingAttribute(typeName: string, name: string): string;
  /** `obj.name = v` on an object without a __dict__ (3.13 names the missing __dict__). */
  setMissingAttribute(typeName: string, name: string): string;
  /** A property without the function asked for; `name` and `owner` are reprs (or null when unknown). */
  propertyMissing(what: 'getter' | 'setter' | 'deleter', name: string | null, owner: string | null): string;
  unhashableDictKey(typeName: string): string;
  unhashableSetElement(typeName: string): string;
  tooManyToUnpack(expected: number, got: number): string;
  emptyMinMax(fname: string): string;
  listIndexNotFound(valueRepr: string): string;
  tupleIndexNotFound: string;
  intTrueDivZero: string;
  intFloorDivZero: string;
  intModZero: string;
  floatDivZero: string;
  floatFloorDivZero: string;
  floatModZero: string;
  zeroNegativePower: string;
  intStrLimit: string;
  intParseLimit(digits: number): string;
  /** A native function's parser meets a keyword it does not know (getargs.c error_unexpected_keyword_arg). */
  unexpectedKeyword(fname: string, keyword: string): string;
}

export interface PythonProfile {
  version: PythonVersion;
  /** What the UI shows next to the version, e.g. the collector it models. */
  label: string;
  /** sys.version_info[:3] of the build the figures come from. */
  versionInfo: [number, number, number];

  // ---------------------------------------------------------------- reference counts
  /** PEP 683 immortal objects: small ints, None, True/False, static strings (3.12+). */
  immortalObjects: boolean;
  /** What sys.getrefcount reports for an immortal object (Include/object.h). */
  immortalRefcount: number;
  /**
   * Reference counts of the interpreter's static objects when a program starts, where they
   * are not immortal: what CPython's start-up left (measured with sys.getrefcount minus its
   * own reference). 3.11 starts small ints, one-character strings, '' and () at 999999999
   * (_PyObject_IMMORTAL_INIT) but None, booleans and types at their real counts.
   */
  staticRefcounts: StaticRefcounts;
  /**
   * 3.10: the caller's value stack keeps its reference to each argument for the whole call
   * (the callee frame takes new ones), so every call level adds two references.
   */
  callerKeepsArguments: boolean;
  /**
   * 3.14: the compiler turns loads of locals that are consumed before the local can change
   * into LOAD_FAST_BORROW, which pushes no new reference (Python/flowgraph.c optimize_load_fast).
   */
  borrowedLocalLoads: boolean;
  /** Order in which a finished frame releases its local slots (3.14 releases last to first). */
  frameLocalsReleaseOrder: 'forward' | 'reverse';
  /** PEP 709 (3.12): list/set/dict comprehensions are inlined instead of called as functions. */
  inlineComprehensions: boolean;
  /** 3.10: a call allocates a frame object (reused through co_zombieframe and a free list). */
  frameObjects: boolean;
  /** 3.10: instance attributes live in a separately allocated, GC-tracked __dict__. */
  instanceDictObject: boolean;
  /** Interned string constants are immortal (3.12 only; 3.13 made them mortal again). */
  immortalInternedStrings: boolean;
  /** dictresize sizes: smallest power of two >= n (3.10) or bit_length((n|8)-1) (3.11+). */
  dictSizing: 'loop' | 'bitlength';
  /** An instance dict stays a split table (profile instanceDict size) up to this many keys. */
  splitDictMaxKeys: number;
  /** A frame owns a reference to its function (3.11+ f_func); 3.10 frames do not. */
  frameHoldsFunction: boolean;
  /** Tuple constants are folded in the AST, whose arena holds a reference during the run. */
  foldedTuplesInArena: boolean;
  /** Class bodies record __static_attributes__ (3.13+, compile.c). */
  staticAttributes: boolean;
  /** 3.14: instances' shared keys start with the sorted __static_attributes__. */
  staticAttributesFirst: boolean;
  /** A dict materialised from inline values is tracked normally (3.11, 3.12). */
  materializedDictTracked: boolean;
  /**
   * 3.13+: a materialised __dict__ keeps using its instance's inline values (values
   * `embedded`): the instance's traverse visits them, the dict's does not, and setting an
   * attribute on the instance does not touch the dict's tracking.
   */
  materializedDictSharesValues: boolean;
  /**
   * gen.close() (and the generator finalizer) on a generator that never started: 3.10/3.11
   * raise GeneratorExit in its frame, which ends and releases its locals; 3.12+ only mark it
   * finished, so its locals live until the generator is freed (gen_close, FRAME_CREATED).
   */
  closeUnstartedGenerator: 'raise' | 'markFinished';
  /**
   * 3.13+: closing a generator suspended at a yield outside any try block clears its frame
   * without raising GeneratorExit in it (gen_close, RESUME_OPARG_DEPTH1_MASK).
   */
  closeSkipsUnguardedYield: boolean;
  /** The cached one-character Latin-1 strings carry a UTF-8 copy (3.12+), so getsizeof counts it. */
  latin1CacheHasUtf8: boolean;
  /**
   * Calling conventions that allocate: types called through tp_call (not vectorcall) pack
   * their arguments into a tuple ('<class>' stands for classes defined in Python), and
   * METH_VARARGS functions ("module.name" or "type.method") do the same. Those tuples (and
   * a dict for keyword arguments) are real allocations that move gc.get_count().
   */
  tpCallTypes: string[];
  /** staticmethod/classmethod copy the callable's __annotations__ too (functools_wraps, up to 3.13). */
  wrapsAnnotations: boolean;
  /**
   * When annotations are evaluated: 'eager' (3.10–3.13: at the def or assignment, into a
   * tuple per function and an `__annotations__` dict per module or class body) or
   * 'deferred' (3.14, PEP 649: by an __annotate__ function when first asked for).
   */
  annotations: 'eager' | 'deferred';
  /**
   * What `with` keeps on the stack for the exit: a bound __exit__ method, looked up after
   * __enter__ (3.10–3.13 SETUP_WITH / BEFORE_WITH), or the function and the manager, looked
   * up first and without binding (3.14 LOAD_SPECIAL).
   */
  withExitOnStack: 'bound' | 'special';
  /** The error for a with statement on an object without __enter__ or __exit__. */
  contextManagerError: 'attribute' | 'protocol';
  /** functools_wraps looks each attribute up with PyObject_GetAttr, raising and clearing an AttributeError for a missing one (before 3.13). */
  wrapsRaisesMissing: boolean;
  /** property.getter(None) and friends decref the None they were given (a CPython bug until 3.12). */
  propertyCopyDropsNone: boolean;
  /** A property without a name from __set_name__ goes by its getter's __name__ (3.13+ property_name). */
  propertyNameFromGetter: boolean;
  /** `obj.name = v` failing for want of a __dict__ sets the AttributeError's name and obj (3.13+). */
  setattrErrorContext: boolean;
  /** Leaving an except handler checks the eval breaker (3.12's JUMP_BACKWARD; see compiler exceptExit). */
  exceptHandlerExitChecksEvalBreaker: boolean;
  /** The built-in exception classes are called through vectorcall (3.14), not tp_call. */
  exceptionsHaveVectorcall: boolean;
  /**
   * CALL_ALLOC_AND_ENTER_INIT (3.13+): once a call site has called a class with a plain
   * Python __init__, later calls of that class there allocate the instance and enter
   * __init__ directly (no argument tuple, arguments moved). 'exact' (3.13) needs exactly
   * __init__'s parameters; 'defaults' (3.14) also lets defaults fill the rest.
   */
  specializedClassCalls: 'none' | 'exact' | 'defaults';
  /**
   * METH_VARARGS built-ins whose signature's convention word does not already say so (its
   * `varargs`, `unpack` and `groups` do; see argspec.ts): each call packs the arguments into
   * a tuple, and keywords into a dict, which f(*t, **d) hands over as they are.
   */
  varargsFunctions: string[];
  /**
   * Built-ins declared `f(*args, key=...)` through Argument Clinic: each call packs the
   * positional arguments into a tuple (no dict for keywords). print() from 3.11 on.
   */
  starArgsFunctions: string[];
  /**
   * 3.10/3.11: a built-in's keyword parser (_PyArg_Parser) builds its tuple of keyword
   * names the first time the built-in is called with keywords, a tuple that lives until
   * exit. 3.12+ compile those tuples in statically. Names listed in `keywordParserEveryCall`
   * build it on their first call of any kind (3.11's print parses every call).
   */
  lazyKeywordTuples: boolean;
  /** sum() of floats adds with Neumaier's compensation (3.12+), so sum([0.1] * 10) == 1.0. */
  sumCompensatesFloats: boolean;
  /**
   * "Did you mean" for uncaught NameError/AttributeError: the C printer searches the code's
   * variable names, then globals, then builtins; 3.12 first tries `self.name` and hints at a
   * standard module that was not imported; 3.13's printer (traceback.py) searches the bound
   * locals, globals and builtins as one list.
   */
  suggestions: { combined: boolean; selfAttribute: boolean; importHint: ReadonlySet<string> | null };
  /** Exceptions raised by native code get their instance when handled (3.10/3.11). */
  lazyNativeExceptions: boolean;
  /** Native methods this version does not have yet ("int.is_integer" is 3.12+). */
  absentMethods: string[];
  keywordParserEveryCall: string[];
  /**
   * Signatures (calling conventions) of native functions that differ from the newest
   * CPython's, which objects/argspec.ts describes and each implementation declares. By id:
   * 'str.find' for methods, 'builtins.print' and 'gc.collect' for functions, 'int' for types.
   */
  nativeSignatures: Readonly<Record<string, string>>;
  /**
   * 3.10 compiles `obj.name(k=v)` as LOAD_ATTR + CALL_FUNCTION_KW (3.11+ keep the method
   * form), so a native method called with keywords is a bound method: one that rejects
   * keywords is named after the object's type (`S.upper() takes no keyword arguments` for a
   * str subclass), or by its bare name when it is METH_VARARGS (`find() takes ...`).
   */
  keywordMethodCallsBind: boolean;

  // ---------------------------------------------------------------- cycle collector
  collector: CollectorKind;
  /** gc.get_threshold() at start-up. */
  thresholds: [number, number, number];
  /**
   * When a threshold crossing runs the collection: inside the allocation (3.10/3.11) or at
   * the next eval-breaker check, i.e. a backward jump or a call (3.12+, _Py_ScheduleGC).
   */
  collectAt: 'allocation' | 'evalBreaker';
  /** Dicts start untracked and become tracked when a container is stored (3.10–3.13). */
  lazyDictTracking: boolean;
  /** Run-time tuples whose items are all untracked start untracked (3.14.2, gh-139951). */
  tuplesUntrackedAtCreation: boolean;
  freeLists: FreeListLimits;

  // ---------------------------------------------------------------- misc
  /**
   * sys.stdout's TextIOWrapper flushes at every newline (line_buffering). False for the
   * recorded 3.10–3.13, whose stdout was a pipe (block buffered: print's pending-output list
   * stays until 8 KB accumulate); true for the recorded 3.14, which ran under Pyodide, whose
   * stdout is line-buffered, so that list is freed at the end of each printed line.
   */
  stdoutLineBuffering: boolean;
  /** hash(None): the address (_Py_HashPointer) until 3.11; a constant from 3.12 (gh-99540). */
  noneHash: 'pointer' | number;
  recursionLimit: number;
  /**
   * How deep native recursion (repr of nested containers) may go. 'shared' (3.10/3.11):
   * it shares sys.getrecursionlimit() with Python calls, counting the built-in call that
   * started it. A number (3.12+): a separate C recursion limit, as nesting levels; measured
   * as the deepest nested list repr() accepts (3.12: 1497, 3.13: 9998; 3.14 checks the real
   * C stack, taken here as 3.13's figure).
   */
  nativeRecursionLimit: 'shared' | number;
  /** 3.10: every rich comparison enters a native recursion level (" in comparison"). */
  comparisonCountsRecursion: boolean;
  sizes: SizeTable;
  messages: ErrorMessages;
}

const SIZES_310: SizeTable = {
  objectHeader: 16,
  gcHeader: 16,
  managedPreHeader: 0,
  intBase: 24,
  intZeroHasDigit: false,
  float: 24,
  strAsciiHeader: 48,
  strCompactHeader: 72,
  list: 56,
  tuple: 40,
  dict: 64,
  dictKeysHeader: 40,
  dictUnicodeEntry: 24,
  instanceDict: 104,
  set: 216,
  instance: 48,
  function: 144,
  cell: 40,
  boundMethod: 64,
  builtinMethod: 72,
  range: 48,
  rangeIterator: 48,
  listIterator: 48,
  enumerate: 64,
  zip: 64,
  generator: 104,
  generatorHoldsFrame: false,
  importErrorFields: 24,
  slice: 56,
  weakref: 72,
  exception: 80,
  type: 1072,
  staticType: 408,
  module: 72,
  methodWrapper: 48,
  mappingProxy: 40,
  memberDescriptor: 64,
  dictPointer: 'slot',
  weakrefPointer: 'slot',
  property: 80,
  none: 16,
  bool: 28,
};

const SIZES_311: SizeTable = {
  ...SIZES_310,
  managedPreHeader: 16,
  dictPointer: 'preHeader',
  intZeroHasDigit: true,
  dictKeysHeader: 32,
  dictUnicodeEntry: 16,
  instanceDict: 296,
  instance: 56,
  function: 152,
  enumerate: 72,
  generator: 168,
  generatorHoldsFrame: true,
  weakref: 80,
  exception: 88,
  type: 1688,
  staticType: 424,
};

const SIZES_312: SizeTable = {
  ...SIZES_311,
  weakrefPointer: 'preHeader',
  strAsciiHeader: 40,
  strCompactHeader: 56,
  instance: 48,
  function: 160,
  rangeIterator: 40,
  generator: 160,
  type: 1704,
  staticType: 432,
  importErrorFields: 32,
};

const SIZES_313: SizeTable = { ...SIZES_312, type: 1712, staticType: 416 };

/**
 * 3.14 on 64-bit, derived from the 32-bit Pyodide figures and the 3.14 struct layouts:
 * tuples gained a cached hash (Objects/tupleobject.c, gh-131525), everything else keeps
 * the 3.13 layout.
 */
const SIZES_314: SizeTable = { ...SIZES_313, tuple: 48 };

const FREE_LISTS: FreeListLimits = {
  list: 80,
  dict: 80,
  tupleMaxSize: 20,
  tuplePerSize: 2000,
  float: 100,
  frame: 0,
};

const MESSAGES_311: ErrorMessages = {
  unboundLocal: (name) => `cannot access local variable '${name}' where it is not associated with a value`,
  unboundFree: (name) => `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
  delMissingAttribute: (t, name) => `'${t}' object has no attribute '${name}'`,
  setMissingAttribute: (t, name) => `'${t}' object has no attribute '${name}'`,
  propertyMissing: (what, name, owner) =>
    owner === null ? `property ${name === null ? '' : `${name} `}has no ${what}`
      : name === null ? `property of ${owner} object has no ${what}` : `property ${name} of ${owner} object has no ${what}`,
  nameNotDefined: (name) => `name '${name}' is not defined`,
  notCallable: (t) => `'${t}' object is not callable`,
  missingPositional: (func, names) =>
    `${func}() missing ${names.length} required positional argument${names.length > 1 ? 's' : ''}: ${listNames(names)}`,
  unhashable: (t) => `unhashable type: '${t}'`,
  unhashableDictKey: (t) => `unhashable type: '${t}'`,
  unhashableSetElement: (t) => `unhashable type: '${t}'`,
  tooManyToUnpack: (expected) => `too many values to unpack (expected ${expected})`,
  emptyMinMax: (f) => `${f}() arg is an empty sequence`,
  listIndexNotFound: (v) => `${v} is not in list`,
  tupleIndexNotFound: 'tuple.index(x): x not in tuple',
  intTrueDivZero: 'division by zero',
  intFloorDivZero: 'integer division or modulo by zero',
  intModZero: 'integer modulo by zero',
  floatDivZero: 'float division by zero',
  floatFloorDivZero: 'float floor division by zero',
  floatModZero: 'float modulo',
  zeroNegativePower: '0.0 cannot be raised to a negative power',
  intStrLimit: 'Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
  intParseLimit: (n) => `Exceeds the limit (4300 digits) for integer string conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit`,
  unexpectedKeyword: (f, k) => `'${k}' is an invalid keyword argument for ${f}()`,
};

const MESSAGES_310: ErrorMessages = {
  ...MESSAGES_311,
  unboundLocal: (name) => `local variable '${name}' referenced before assignment`,
  unboundFree: (name) => `free variable '${name}' referenced before assignment in enclosing scope`,
  // 3.10's _PyObject_GenericSetAttrWithDict raises AttributeError(name) for a failed delete.
  delMissingAttribute: (_t, name) => name,
  propertyMissing: (what, name) =>
    `${what === 'getter' ? 'unreadable attribute' : what === 'setter' ? "can't set attribute" : "can't delete attribute"}${name === null ? '' : ` ${name}`}`,
  intModZero: 'integer division or modulo by zero',
  intStrLimit: 'Exceeds the limit (4300) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit',
  intParseLimit: (n) => `Exceeds the limit (4300) for integer string conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit`,
};

const MESSAGES_312: ErrorMessages = {
  ...MESSAGES_311,
  emptyMinMax: (f) => `${f}() iterable argument is empty`,
};

const MESSAGES_313: ErrorMessages = {
  ...MESSAGES_312,
  setMissingAttribute: (t, name) => `'${t}' object has no attribute '${name}' and no __dict__ for setting new attributes`,
  floatModZero: 'float modulo by zero',
  unexpectedKeyword: (f, k) => `${f}() got an unexpected keyword argument '${k}'`,
};

const MESSAGES_314: ErrorMessages = {
  ...MESSAGES_313,
  unhashable: (t) => `unhashable type: '${t}'`,
  unhashableDictKey: (t) => `cannot use '${t}' as a dict key (unhashable type: '${t}')`,
  unhashableSetElement: (t) => `cannot use '${t}' as a set element (unhashable type: '${t}')`,
  tooManyToUnpack: (expected, got) =>
    got >= 0 ? `too many values to unpack (expected ${expected}, got ${got})` : `too many values to unpack (expected ${expected})`,
  listIndexNotFound: () => 'list.index(x): x not in list',
  intTrueDivZero: 'division by zero',
  intFloorDivZero: 'division by zero',
  intModZero: 'division by zero',
  floatDivZero: 'division by zero',
  floatFloorDivZero: 'division by zero',
  floatModZero: 'division by zero',
  zeroNegativePower: 'zero to a negative power',
};

/**
 * Native signatures that differ from the newest CPython's (see objects/argspec.ts), each
 * checked against that version's behaviour. 3.14 added map(..., strict=).
 */
const SIGNATURES_313: Record<string, string> = {
  map: 'fastcall(*args)',
};

/**
 * 3.13 moved str's find family, set's n-ary methods and gc.get_referrers/get_referents to
 * Argument Clinic (METH_FASTCALL; before, METH_VARARGS), let str.replace take count= by
 * keyword, and gave int() and str() a vectorcall.
 */
const SIGNATURES_312: Record<string, string> = {
  ...SIGNATURES_313,
  'str.replace': '(old, new, count=-1, /)',
  'str.find': 'varargs(sub, start=None, end=None, /)',
  'str.rfind': 'varargs(sub, start=None, end=None, /)',
  'str.index': 'varargs(sub, start=None, end=None, /)',
  'str.rindex': 'varargs(sub, start=None, end=None, /)',
  'str.count': 'varargs(sub, start=None, end=None, /)',
  'str.startswith': 'varargs(prefix, start=None, end=None, /)',
  'str.endswith': 'varargs(suffix, start=None, end=None, /)',
  'set.union': 'unpack(*others)',
  'set.intersection': 'unpack(*others)',
  'set.difference': 'unpack(*others)',
  'set.update': 'unpack(*others)',
  'set.intersection_update': 'unpack(*others)',
  'set.difference_update': 'unpack(*others)',
  'frozenset.union': 'unpack(*others)',
  'frozenset.intersection': 'unpack(*others)',
  'frozenset.difference': 'unpack(*others)',
  'gc.set_threshold': 'varargs(threshold0, threshold1=None, threshold2=None, /)',
  'gc.get_referrers': 'unpack(*objs)',
  'gc.get_referents': 'unpack(*objs)',
  int: '(x=0, /, base=10)',
  str: "(object='', encoding='utf-8', errors='strict')",
};

/**
 * 3.10: print() parsed its keywords with _PyArg_ParseStackAndKeywords (counting them),
 * enumerate() and weakref calls had no vectorcall (clinic and PyArg_ParseTupleAndKeywords
 * parsers), generator.throw and super() were METH_VARARGS.
 */
const SIGNATURES_310: Record<string, string> = {
  ...SIGNATURES_312,
  'builtins.print': "keywords(*args, sep=' ', end='\\n', file=None, flush=False)",
  enumerate: '(iterable, start=0)',
  'generator.throw': 'unpack(typ, val=None, tb=None, /)',
  super: 'varargs(type=None, obj=None, /)',
  weakref: 'keywords() as __call__',
};

function listNames(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length === 1) return quoted[0]!;
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}

const P310: PythonProfile = {
  version: '3.10',
  label: 'CPython 3.10 — generational GC, thresholds (700, 10, 10)',
  versionInfo: [3, 10, 13],
  immortalObjects: false,
  immortalRefcount: 0,
  staticRefcounts: { none: 4079, true: 53, false: 68, type: 40, smallInt: 20, emptyTuple: 668, emptyStr: 46, char: 3, other: 4 },
  callerKeepsArguments: true,
  borrowedLocalLoads: false,
  frameLocalsReleaseOrder: 'forward',
  inlineComprehensions: false,
  frameObjects: true,
  instanceDictObject: true,
  immortalInternedStrings: false,
  dictSizing: 'loop',
  splitDictMaxKeys: 5,
  frameHoldsFunction: false,
  foldedTuplesInArena: true,
  staticAttributes: false,
  staticAttributesFirst: false,
  materializedDictTracked: true,
  materializedDictSharesValues: false,
  closeUnstartedGenerator: 'raise',
  closeSkipsUnguardedYield: false,
  latin1CacheHasUtf8: false,
  // map and filter have vectorcall (map(str, xs) packs nothing).
  tpCallTypes: ['int', 'str', 'enumerate', 'zip', 'super', 'weakref.ReferenceType', 'object', 'slice', 'staticmethod', 'classmethod', 'property', '<class>'],
  wrapsAnnotations: true,
  annotations: 'eager',
  withExitOnStack: 'bound',
  contextManagerError: 'attribute',
  wrapsRaisesMissing: true,
  propertyCopyDropsNone: true,
  propertyNameFromGetter: false,
  exceptionsHaveVectorcall: false,
  setattrErrorContext: false,
  exceptHandlerExitChecksEvalBreaker: false,
  specializedClassCalls: 'none',
  varargsFunctions: ['builtins.min', 'builtins.max', 'builtins.vars', 'str.format'],
  starArgsFunctions: [],
  lazyKeywordTuples: true,
  sumCompensatesFloats: false,
  suggestions: { combined: false, selfAttribute: false, importHint: null },
  lazyNativeExceptions: true,
  // object.__getstate__ came in 3.11 (the dunder methods of built-in types: slotwrappers.ts).
  absentMethods: ['int.is_integer', 'object.__getstate__'],
  keywordParserEveryCall: [],
  nativeSignatures: SIGNATURES_310,
  keywordMethodCallsBind: true,
  stdoutLineBuffering: false,
  noneHash: 'pointer',
  collector: 'generational',
  thresholds: [700, 10, 10],
  collectAt: 'allocation',
  lazyDictTracking: true,
  tuplesUntrackedAtCreation: false,
  freeLists: { ...FREE_LISTS, frame: 200 },
  recursionLimit: 1000,
  nativeRecursionLimit: 'shared',
  comparisonCountsRecursion: true,
  sizes: SIZES_310,
  messages: MESSAGES_310,
};

const P311: PythonProfile = {
  ...P310,
  version: '3.11',
  label: 'CPython 3.11 — generational GC, thresholds (700, 10, 10)',
  contextManagerError: 'protocol',
  versionInfo: [3, 11, 7],
  staticRefcounts: {
    none: 3791, true: 21, false: 52, type: 40, smallInt: 1000000019, emptyTuple: 1000000006, emptyStr: 1000000031, char: 999999999, other: 4,
  },
  callerKeepsArguments: false,
  comparisonCountsRecursion: false,
  frameObjects: false,
  instanceDictObject: false,
  dictSizing: 'bitlength',
  splitDictMaxKeys: 30,
  frameHoldsFunction: true,
  freeLists: FREE_LISTS,
  tpCallTypes: ['int', 'str', 'zip', 'weakref.ReferenceType', 'object', 'slice', 'staticmethod', 'classmethod', 'property', '<class>'],
  starArgsFunctions: ['builtins.print'],
  keywordParserEveryCall: ['builtins.print'],
  nativeSignatures: SIGNATURES_312,
  keywordMethodCallsBind: false,
  sizes: SIZES_311,
  messages: MESSAGES_311,
  absentMethods: ['int.is_integer'],
};

const P312: PythonProfile = {
  ...P311,
  noneHash: 0xfca86420,
  version: '3.12',
  label: 'CPython 3.12 — generational GC, immortal objects',
  versionInfo: [3, 12, 1],
  immortalObjects: true,
  immortalRefcount: 4294967295,
  immortalInternedStrings: true,
  latin1CacheHasUtf8: true,
  inlineComprehensions: true,
  nativeRecursionLimit: 1497,
  lazyKeywordTuples: false,
  propertyCopyDropsNone: false,
  sumCompensatesFloats: true,
  suggestions: { combined: false, selfAttribute: true, importHint: STDLIB_MODULES_312 },
  lazyNativeExceptions: false,
  absentMethods: [],
  keywordParserEveryCall: [],
  closeUnstartedGenerator: 'markFinished',
  collectAt: 'evalBreaker',
  sizes: SIZES_312,
  messages: MESSAGES_312,
  exceptHandlerExitChecksEvalBreaker: true,
};

const P313: PythonProfile = {
  ...P312,
  version: '3.13',
  // Uncaught exceptions are printed by traceback.py (one candidate list); the module list changed.
  suggestions: { combined: true, selfAttribute: true, importHint: STDLIB_MODULES_313 },
  label: 'CPython 3.13 — generational GC, thresholds (2000, 10, 10)',
  versionInfo: [3, 13, 0],
  immortalInternedStrings: false,
  staticAttributes: true,
  materializedDictTracked: false,
  materializedDictSharesValues: true,
  closeSkipsUnguardedYield: true,
  nativeRecursionLimit: 9998,
  tpCallTypes: ['zip', 'weakref.ReferenceType', 'object', 'slice', 'staticmethod', 'classmethod', 'property', '<class>'],
  propertyNameFromGetter: true,
  wrapsRaisesMissing: false,
  exceptHandlerExitChecksEvalBreaker: false,
  setattrErrorContext: true,
  specializedClassCalls: 'exact',
  varargsFunctions: ['str.format'],
  // The set methods and gc.get_referrers/get_referents became Argument Clinic `*args` functions.
  starArgsFunctions: ['builtins.print', 'set.update', 'set.union', 'set.intersection', 'set.difference', 'set.difference_update',
    'set.intersection_update', 'frozenset.union', 'frozenset.intersection', 'frozenset.difference', 'gc.get_referrers', 'gc.get_referents'],
  nativeSignatures: SIGNATURES_313,
  thresholds: [2000, 10, 10],
  sizes: SIZES_313,
  messages: MESSAGES_313,
};

const P314: PythonProfile = {
  ...P313,
  version: '3.14',
  label: 'CPython 3.14.0–3.14.2 — incremental GC (later 3.14 releases restored the 3.13 collector)',
  versionInfo: [3, 14, 2],
  immortalRefcount: 3221225472,
  borrowedLocalLoads: true,
  exceptionsHaveVectorcall: true,
  foldedTuplesInArena: false,
  materializedDictTracked: true,
  staticAttributesFirst: true,
  // Classes have no vectorcall: an unspecialized call packs its arguments (tp_call).
  tpCallTypes: ['zip', 'weakref.ReferenceType', 'object', 'slice', 'staticmethod', 'classmethod', 'property', '<class>'],
  wrapsAnnotations: false,
  annotations: 'deferred',
  withExitOnStack: 'special',
  specializedClassCalls: 'defaults',
  nativeSignatures: {},
  frameLocalsReleaseOrder: 'reverse',
  collector: 'incremental',
  thresholds: [2000, 10, 0],
  lazyDictTracking: false,
  tuplesUntrackedAtCreation: true,
  stdoutLineBuffering: true,
  sizes: SIZES_314,
  messages: MESSAGES_314,
};

export const PROFILES: Readonly<Record<PythonVersion, PythonProfile>> = {
  '3.10': P310,
  '3.11': P311,
  '3.12': P312,
  '3.13': P313,
  '3.14': P314,
};

export function isPythonVersion(value: unknown): value is PythonVersion {
  return typeof value === 'string' && (PYTHON_VERSIONS as readonly string[]).includes(value);
}

export function profileFor(version: PythonVersion): PythonProfile {
  return PROFILES[version];
}
