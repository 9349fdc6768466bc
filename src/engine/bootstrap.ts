/**
 * Creating an interpreter: the built-in types, the static singletons (None, True, False,
 * small ints, one-character strings, the empty tuple and string), the builtins module and
 * the __main__ module, as CPython's start-up does (Python/pylifecycle.c).
 */

import { builtinTypeNamed, setRuntime, type BuiltinTypes, type Runtime } from './runtime.ts';
import { Heap, bindHeap, currentHeap, decref, makeImmortal, unlink } from './heap/heap.ts';
import { PyObject, PyType } from './objects/object.ts';
import type { PythonProfile } from './profiles/profiles.ts';
import { PyInt, installInt } from './objects/int.ts';
import { installFloat } from './objects/float.ts';
import { PyStr, installStr } from './objects/str.ts';
import { PyTuple, installTuple } from './objects/tuple.ts';
import { installList, newList } from './objects/list.ts';
import { installDict, installDictViews, newDict, dictSetStr, PyDict } from './objects/dict.ts';
import { installSet } from './objects/set.ts';
import { installBuiltinFunction, makeStaticBuiltin } from './objects/builtinfunc.ts';
import { installSlotWrapperTypes } from './objects/slotwrappers.ts';
import { installMappingProxy } from './objects/mappingproxy.ts';
import { installMemberDescriptor } from './objects/slots.ts';
import { configureSignatures } from './objects/argspec.ts';
import { installFunctionTypes, PyFunction } from './objects/function.ts';
import { installTypeAndObject, genericGetAttr, genericSetAttr } from './objects/typeobject.ts';
import { EXCEPTION_TREE, installExceptions } from './objects/exceptions.ts';
import { installWeakref } from './objects/weakref.ts';
import { installIterators } from './objects/iterators.ts';
import { installMisc, newModule } from './objects/misc.ts';
import { installSequenceIndexing } from './objects/sequence.ts';
import { installFrame } from './eval/frame.ts';
import { installTraceback } from './eval/traceback.ts';
import { installGenerator } from './eval/generator.ts';
import { callPython } from './eval/interpreter.ts';
import { builtinFunctions, installConstructors } from './modules/builtins.ts';
import { installDecorators } from './objects/decorators.ts';
import { hide } from './modules/index.ts';
import { bindCollector, newCollectorState, onThresholdCrossed, resetIncremental } from './heap/gc.ts';
import { STARTUP_REFCOUNTS, STARTUP_STATE, type StartupRefcounts } from './profiles/startup.ts';
import { callObject } from './abstract.ts';
import { PyMethod } from './objects/function.ts';
import { encodeAddress } from './heap/allocator.ts';

const STATIC_BASE = 0x55f1c3a00000; // where the interpreter binary's static objects live
/** Where the built-in types' dunder methods go, made on first use (slotwrappers.ts). */
const STATIC_DESCRIPTORS = 0x55f1c3c00000;

export interface RuntimeOptions {
  maxSteps: number;
  deadline: number;
  maxObjectBytes: number;
  /** Keep a set of all live objects (needed by traces and the heap audit). */
  trackLive: boolean;
  filename: string;
}

function makeTypes(): BuiltinTypes {
  const type = new PyType(null, 'type');
  type.type = type;
  const object = new PyType(type, 'object');
  const mk = (name: string, base: PyType = object): PyType => {
    const t = new PyType(type, name);
    t.base = base;
    t.bases = [base];
    return t;
  };
  type.base = object;
  type.bases = [object];
  const int = mk('int');
  const types: BuiltinTypes = {
    object,
    type,
    int,
    bool: mk('bool', int),
    float: mk('float'),
    complex: mk('complex'),
    str: mk('str'),
    bytes: mk('bytes'),
    list: mk('list'),
    tuple: mk('tuple'),
    dict: mk('dict'),
    set: mk('set'),
    frozenset: mk('frozenset'),
    NoneType: mk('NoneType'),
    NotImplementedType: mk('NotImplementedType'),
    ellipsis: mk('ellipsis'),
    function: mk('function'),
    builtinFunction: mk('builtin_function_or_method'),
    method: mk('method'),
    cell: mk('cell'),
    code: mk('code'),
    module: mk('module'),
    range: mk('range'),
    slice: mk('slice'),
    frame: mk('frame'),
    traceback: mk('traceback'),
    generator: mk('generator'),
    // tp_name 'weakref.ReferenceType': errors name it so; __name__ and __module__ split it.
    weakref: mk('weakref.ReferenceType'),
    super: mk('super'),
    staticmethod: mk('staticmethod'),
    classmethod: mk('classmethod'),
    property: mk('property'),
    getsetDescriptor: mk('getset_descriptor'),
    listIterator: mk('list_iterator'),
    listReverseIterator: mk('list_reverseiterator'),
    tupleIterator: mk('tuple_iterator'),
    strIterator: mk('str_ascii_iterator'),
    rangeIterator: mk('range_iterator'),
    setIterator: mk('set_iterator'),
    dictKeyIterator: mk('dict_keyiterator'),
    dictValueIterator: mk('dict_valueiterator'),
    dictItemIterator: mk('dict_itemiterator'),
    dictReverseKeyIterator: mk('dict_reversekeyiterator'),
    dictReverseValueIterator: mk('dict_reversevalueiterator'),
    dictReverseItemIterator: mk('dict_reverseitemiterator'),
    dictKeys: mk('dict_keys'),
    dictValues: mk('dict_values'),
    dictItems: mk('dict_items'),
    enumerate: mk('enumerate'),
    zip: mk('zip'),
    map: mk('map'),
    filter: mk('filter'),
    reversed: mk('reversed'),
    callableIterator: mk('callable_iterator'),
    seqIterator: mk('iterator'),
    sentinel: mk('<gc list head>'),
    startupObject: mk('startup_object'),
    // Placed apart (createRuntime): added later, they must not move the static objects above.
    wrapperDescriptor: mk('wrapper_descriptor'),
    methodWrapper: mk('method-wrapper'),
    mappingProxy: mk('mappingproxy'),
    methodDescriptor: mk('method_descriptor'),
    classmethodDescriptor: mk('classmethod_descriptor'),
    memberDescriptor: mk('member_descriptor'),
  };
  types.startupObject.internal = true;
  types.weakref.qualname = 'ReferenceType';
  types.weakref.moduleName = 'weakref';
  for (const t of Object.values(types)) {
    t.mro = [];
    for (let b: PyType | null = t; b !== null; b = b === object ? null : b.base) t.mro.push(b);
  }
  object.mro = [object];
  return types;
}

/** Builds a fresh interpreter for one run and makes it the active one. */
export function createRuntime(profile: PythonProfile, opts: RuntimeOptions): Runtime {
  configureSignatures(profile);
  const types = makeTypes();
  const heap = new Heap(profile, () => new PyObject(types.sentinel));
  const rt: Runtime = {
    profile,
    heap,
    types,
    exc: {},
    none: null as unknown as PyObject,
    true: null as unknown as PyObject,
    false: null as unknown as PyObject,
    notImplemented: null as unknown as PyObject,
    ellipsis: null as unknown as PyObject,
    emptyTuple: null as unknown as PyObject,
    emptyStr: null as unknown as PyObject,
    smallInts: [],
    latin1: [],
    interned: new Map(),
    builtins: null as unknown as PyObject,
    modules: new Map(),
    mainModule: null as unknown as PyObject,
    stdout: [],
    stdoutLength: 0,
    stderr: [],
    stdoutBuffer: { started: false, first: null, list: null, count: 0, writeDescriptor: null },
    threadStateDict: null,
    frame: null,
    depth: 0,
    recursionLimit: profile.recursionLimit,
    handledExceptions: [],
    packedArgs: null,
    starCall: null,
    staticDescriptorAddress: STATIC_DESCRIPTORS,
    keywordTuples: new Map(),
    steps: 0,
    maxSteps: opts.maxSteps,
    deadline: opts.deadline,
    maxObjectBytes: opts.maxObjectBytes,
    nativeTicks: 0,
    nativeDepth: 0,
    startupObjects: [],
    tracer: null,
    gcCallbacks: null as unknown as PyObject,
    gcGarbage: null as unknown as PyObject,
    sourceLines: [],
    constantRoots: [],
  };
  setRuntime(rt);
  // No closure over `heap`: decref calls deallocate directly, one call less per death.
  bindHeap(heap, deallocate);
  if (opts.trackLive) heap.live = new Set();
  heap.currentLine = () => rt.frame?.line ?? null;
  const startup = STARTUP_STATE[profile.version];
  const collector = newCollectorState(startup);
  bindCollector(collector);
  resetIncremental();
  heap.heapSize = startup.phantoms[0] + startup.phantoms[1] + startup.phantoms[2];
  heap.counts[0] = startup.counts[0];
  heap.counts[1] = startup.counts[1];
  heap.counts[2] = startup.counts[2];
  heap.onThreshold = onThresholdCrossed;

  // Static type objects live in the interpreter binary.
  let addr = STATIC_BASE;
  // Each one added later goes first, so that the earlier ones keep their addresses.
  const lateTypes = [types.memberDescriptor, types.wrapperDescriptor, types.methodWrapper, types.mappingProxy, types.methodDescriptor, types.classmethodDescriptor];
  for (const t of Object.values(types)) {
    const late = lateTypes.indexOf(t);
    if (late >= 0) {
      heap.allocateStatic(t, encodeAddress(STATIC_DESCRIPTORS - (lateTypes.length - late) * 0x1a0));
    } else {
      heap.allocateStatic(t, encodeAddress(addr));
      addr += 0x1a0;
    }
    makeStatic(rt, t, 'type');
  }
  installTypeAndObject(types.type, types.object);
  // Built-in types whose objects accept weak references (a tp_weaklistoffset in CPython).
  for (const t of [types.type, types.set, types.frozenset, types.builtinFunction, types.code]) t.weakrefable = true;
  installInt(types.int, types.bool);
  installFloat(types.float);
  installStr(types.str);
  installTuple(types.tuple);
  installList(types.list);
  installDict(types.dict);
  installDictViews(types.dictKeys, types.dictValues, types.dictItems);
  installMappingProxy(types.mappingProxy);
  installMemberDescriptor(types.memberDescriptor);
  installSet(types.set, types.frozenset);
  for (const t of [types.builtinFunction, types.methodDescriptor, types.classmethodDescriptor]) {
    installBuiltinFunction(t);
    t.isGC = true;
  }
  installSlotWrapperTypes(types.wrapperDescriptor, types.methodWrapper);
  installFunctionTypes(types);
  types.function.call = (args, kwnames, self) => callPython(self as PyFunction, args, kwnames);
  types.method.call = (args, kwnames, self) => {
    const m = self as PyMethod;
    return callObject(m.func, [m.self, ...args], kwnames);
  };
  installWeakref(types.weakref);
  installFrame(types.frame);
  installTraceback(types.traceback);
  installGenerator(types.generator);
  for (const t of Object.values(types)) {
    if (t.getattro === null) t.getattro = genericGetAttr;
  }
  types.object.setattro = genericSetAttr;

  // Singletons and caches at fixed addresses.
  rt.none = staticObject(rt, new PyObject(types.NoneType), addr, 'none');
  addr += 16;
  rt.notImplemented = staticObject(rt, new PyObject(types.NotImplementedType), addr);
  addr += 16;
  rt.ellipsis = staticObject(rt, new PyObject(types.ellipsis), addr);
  addr += 16;
  rt.false = staticObject(rt, new PyInt(types.bool, 0), addr, 'false');
  addr += 32;
  rt.true = staticObject(rt, new PyInt(types.bool, 1), addr, 'true');
  addr += 32;
  for (let v = -5; v <= 256; v++) {
    rt.smallInts.push(staticObject(rt, new PyInt(types.int, v), addr, 'smallInt'));
    addr += 32;
  }
  rt.emptyStr = staticObject(rt, new PyStr(types.str, ''), addr, 'emptyStr');
  (rt.emptyStr as PyStr).interned = true;
  addr += 64;
  for (let c = 0; c < 256; c++) {
    const s = staticObject(rt, new PyStr(types.str, String.fromCharCode(c)), addr, 'char');
    (s as PyStr).interned = true;
    rt.latin1.push(s);
    addr += 64;
  }
  rt.emptyTuple = staticObject(rt, new PyTuple(types.tuple, []), addr, 'emptyTuple');
  addr += 48;

  for (const t of [types.list, types.tuple, types.dict, types.set, types.frozenset, types.method, types.builtinFunction]) t.trashcan = true;
  installIterators();
  installMisc();
  installSequenceIndexing(types.list, types.tuple, types.str);
  installConstructors();
  installDecorators();
  installExceptionTypes(rt);
  for (const t of Object.values(rt.exc)) {
    if (t.getattro === null) t.getattro = genericGetAttr;
  }
  const refcounts = STARTUP_REFCOUNTS[profile.version];
  if (refcounts !== undefined) applyStartupRefcounts(rt, refcounts);

  // gc.callbacks and gc.garbage exist from start-up, outside the program's objects.
  rt.gcCallbacks = newList([]);
  hide(rt.gcCallbacks);
  rt.gcGarbage = newList([]);
  hide(rt.gcGarbage);

  // builtins module dictionary
  const b = newDict();
  for (const [name, fn] of Object.entries(builtinFunctions())) {
    dictSetStr(b, name, makeStaticBuiltin(name, fn, null, 'builtins'));
  }
  const exposed: [string, PyObject][] = [
    ['object', types.object], ['type', types.type], ['int', types.int], ['bool', types.bool],
    ['float', types.float], ['str', types.str], ['list', types.list], ['tuple', types.tuple],
    ['dict', types.dict], ['set', types.set], ['frozenset', types.frozenset], ['range', types.range],
    ['slice', types.slice], ['enumerate', types.enumerate], ['zip', types.zip], ['map', types.map],
    ['filter', types.filter], ['reversed', types.reversed], ['super', types.super],
    ['staticmethod', types.staticmethod], ['classmethod', types.classmethod], ['property', types.property],
    ['None', rt.none], ['True', rt.true], ['False', rt.false], ['NotImplemented', rt.notImplemented],
    ['Ellipsis', rt.ellipsis],
  ];
  for (const [name, v] of exposed) dictSetStr(b, name, v);
  for (const [name, t] of Object.entries(rt.exc)) dictSetStr(b, name, t);
  // The module's own name, as every module's namespace has it (len.__self__.__name__).
  const builtinsName = newStrStatic(rt, 'builtins');
  dictSetStr(b, '__name__', builtinsName);
  decref(builtinsName);
  hide(b);
  rt.builtins = b;
  const builtinsModule = newModule('builtins', b);
  hide(builtinsModule);
  rt.modules.set('builtins', builtinsModule);

  // __main__
  const g = newDict();
  for (const [k, v] of [['__name__', '__main__'], ['__doc__', null], ['__package__', null], ['__spec__', null]] as const) {
    if (v === null) dictSetStr(g, k, rt.none);
    else {
      const s = newStrStatic(rt, v);
      dictSetStr(g, k, s);
      decref(s);
    }
  }
  dictSetStr(g, '__builtins__', builtinsModule);
  const main = newModule('__main__', g);
  decref(g);
  hide(main);
  rt.mainModule = main;
  // The __main__ namespace is an old (generation 2) object, like CPython's start-up set.
  heap.track(g);
  unlink(g);
  heap.generations[2]!.append(g);
  g.gen = 2;
  rt.modules.set('__main__', main);
  // Tuples start-up left in the free lists: reusing them allocates nothing.
  const sizes = startup.tupleFreeList ?? [];
  for (let i = 0; i < sizes.length && i + 1 < profile.freeLists.tupleMaxSize; i++) {
    const n = i + 1;
    for (let k = 0; k < sizes[i]!; k++) {
      const t = new PyTuple(types.tuple, new Array(n));
      t.addr = heap.allocator.alloc(profile.sizes.tuple + 8 * n);
      heap.freeLists.tuple[n]!.push(t);
    }
  }
  // Counts after start-up are the profile's recorded ones, whatever setup allocated.
  heap.heapSize = startup.phantoms[0] + startup.phantoms[1] + startup.phantoms[2] + heap.generations.reduce((n, g) => n + g.size(), 0);
  heap.counts[0] = startup.counts[0];
  heap.counts[1] = startup.counts[1];
  heap.counts[2] = startup.counts[2];
  void opts;
  return rt;
}

/**
 * Calls an object's deallocator. Containers go through CPython's trashcan: past 50 nested
 * deallocations, objects wait on a list and are freed once the nesting unwinds, so freeing a
 * 100,000-deep nested list never exhausts the stack.
 */
function deallocate(o: PyObject): void {
  const heap = currentHeap();
  const t = o.type;
  if (heap.observer !== null) heap.observer.dying?.(o, heap.deathCause);
  if (!t.trashcan) {
    t.dealloc!(o);
    return;
  }
  if (heap.trashDepth >= 50) {
    heap.trashLater.push(o);
    return;
  }
  heap.trashDepth++;
  try {
    t.dealloc!(o);
  } finally {
    heap.trashDepth--;
  }
  if (heap.trashDepth <= 0) {
    while (heap.trashLater.length > 0) {
      const next = heap.trashLater.pop()!;
      heap.trashDepth++;
      try {
        next.type.dealloc!(next);
      } finally {
        heap.trashDepth--;
      }
    }
  }
}

/** 3.10/3.11: the measured start-up reference counts of CPython's own objects (startup.ts). */
function applyStartupRefcounts(rt: Runtime, counts: StartupRefcounts): void {
  rt.none.rc = counts.none;
  rt.true.rc = counts.true;
  rt.false.rc = counts.false;
  rt.emptyTuple.rc = counts.emptyTuple;
  rt.emptyStr.rc = counts.emptyStr;
  counts.smallInt.forEach((n, i) => (rt.smallInts[i]!.rc = n));
  counts.char.forEach((n, i) => (rt.latin1[i]!.rc = n));
  for (const [name, n] of Object.entries(counts.types)) {
    const t = builtinTypeNamed(rt, name);
    if (t !== undefined) t.rc = n;
  }
}

function makeStatic(rt: Runtime, o: PyObject, kind: keyof PythonProfile['staticRefcounts'] = 'other'): void {
  o.rc = rt.profile.staticRefcounts[kind];
  if (rt.profile.immortalObjects) makeImmortal(o);
}

function staticObject<T extends PyObject>(rt: Runtime, o: T, addr: number, kind: keyof PythonProfile['staticRefcounts'] = 'other'): T {
  rt.heap.allocateStatic(o, encodeAddress(addr));
  makeStatic(rt, o, kind);
  return o;
}

function newStrStatic(rt: Runtime, s: string): PyObject {
  const o = new PyStr(rt.types.str, s);
  rt.heap.allocate(o, 64, false);
  o.interned = true;
  rt.interned.set(s, o);
  return o;
}

function installExceptionTypes(rt: Runtime): void {
  const T = rt.types;
  for (const [name, parent] of EXCEPTION_TREE) {
    const base = parent === null ? T.object : rt.exc[parent]!;
    const t = new PyType(T.type, name);
    t.base = base;
    t.bases = [base];
    t.mro = [t, ...base.mro];
    rt.heap.allocateStatic(t, rt.heap.allocator.alloc(rt.profile.sizes.type));
    makeStatic(rt, t, 'type');
    t.isGC = true;
    t.trashcan = true;
    if (parent === null) installExceptions(t);
    else {
      // Subclasses share BaseException's behaviour (their C struct is the same).
      t.dealloc = base.dealloc;
      t.traverse = base.traverse;
      t.clear = base.clear;
      t.getattro = base.getattro;
      t.setattro = base.setattro;
      t.str = base.str;
      t.repr = base.repr;
      t.summary = base.summary;
      t.newInstance = base.newInstance;
      t.sizeOf = base.sizeOf;
      t.hash = base.hash;
    }
    rt.exc[name] = t;
  }
  // Every exception class's slots are visible as methods through the MRO.
  void PyDict;
}
