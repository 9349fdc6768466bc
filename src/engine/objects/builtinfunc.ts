/**
 * Functions and methods implemented in TypeScript (CPython's builtin_function_or_method
 * and method_descriptor).
 *
 * A method descriptor lives in a type's method table; `obj.method` binds it into a new
 * builtin method object (a GC object, as in CPython), while `obj.method(...)` calls it
 * without allocating, like CPython's LOAD_METHOD / LOAD_ATTR method form.
 */

import { rt } from '../runtime.ts';
import { decref, incref, newref } from '../heap/heap.ts';
import { PyObject, type NativeCall, type PyType, type Visit } from './object.ts';
import { typeError } from './errors.ts';
import { newTuple, newTupleFrom } from './tuple.ts';
import { internStr, newStr } from './str.ts';
import { dictSetStr, newDictPresized } from './dict.ts';
import { hexAddress } from '../abstract.ts';
import { signatureOf } from './argspec.ts';
import { genericGetAttr } from './typeobject.ts';
import { clearWeakrefs } from './weakref.ts';

export class PyBuiltin extends PyObject {
  name: string;
  fn: NativeCall;
  /** The bound object, or null for plain functions and unbound method descriptors. */
  self: PyObject | null;
  /** For method descriptors: the type that defines them (`str` for str.upper). */
  owner: PyType | null;
  /** Module name for module-level functions (`gc`, `builtins`). */
  module: string | null;
  /** A classmethod (dict.fromkeys): binds to the class even when looked up on an instance. */
  isClassMethod = false;
  /** METH_VARARGS: CPython packs the arguments into a tuple (and keywords into a dict) for each call. */
  varargs = false;
  /** Argument Clinic `*args`: the positional arguments are packed into a tuple for each call. */
  starArgs = false;
  constructor(type: PyType, name: string, fn: NativeCall, self: PyObject | null, owner: PyType | null, module: string | null) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.name = name;
    this.fn = fn;
    this.self = self;
    this.owner = owner;
    this.module = module;
  }
}

/** Module-level builtins and method descriptors are created once per run and never freed. */
export function makeStaticBuiltin(name: string, fn: NativeCall, owner: PyType | null, module: string | null): PyBuiltin {
  // A type's method is a method_descriptor until bound; a module's function is a builtin function.
  const f = new PyBuiltin(owner !== null ? rt.types.methodDescriptor : rt.types.builtinFunction, name, fn, null, owner, module);
  const id = `${owner !== null ? owner.name : module ?? 'builtins'}.${name}`;
  // METH_VARARGS: the signature's convention says so, or the profile (for conventions that
  // also describe other parsers: min() and max() before 3.13, str.format).
  f.varargs = signatureOf(id)?.methVarargs === true || rt.profile.varargsFunctions.includes(id);
  f.starArgs = rt.profile.starArgsFunctions.includes(id);
  rt.heap.allocateStatic(f, rt.heap.allocator.alloc(rt.profile.sizes.builtinMethod));
  f.rc = 1;
  return f;
}

/** Makes a type's method a class method (dict.fromkeys): a classmethod_descriptor, bound to the class. */
export function markClassMethod(f: PyBuiltin): void {
  f.isClassMethod = true;
  if (f.type === rt.types.methodDescriptor) f.type = rt.types.classmethodDescriptor;
}

/** Adds native methods to a type's method table. */
export function defineMethods(type: PyType, methods: Record<string, NativeCall>): void {
  const absent = rt.profile.absentMethods;
  for (const [name, fn] of Object.entries(methods)) {
    if (absent.length > 0 && absent.includes(`${type.name}.${name}`)) continue;
    type.methods.set(name, makeStaticBuiltin(name, fn, type, null));
  }
}

/** A method a built-in type defines (list.append, int.__add__), as opposed to one written in Python. */
export function isBuiltinTypeMethod(v: PyObject): boolean {
  return v instanceof PyBuiltin && v.owner !== null && !v.owner.isHeapType;
}

/**
 * Binds a method descriptor to `self`: a new builtin method object, or for a slot wrapper a
 * method-wrapper (`type`, `bytes`) (new reference).
 */
export function bindBuiltin(descr: PyBuiltin, self: PyObject, type: PyType = rt.types.builtinFunction, bytes = rt.profile.sizes.builtinMethod): PyObject {
  const m = new PyBuiltin(type, descr.name, descr.fn, newref(self), descr.owner, null);
  m.varargs = descr.varargs;
  m.starArgs = descr.starArgs;
  rt.heap.allocate(m, bytes, true);
  rt.heap.track(m);
  return m;
}

/**
 * 3.10/3.11 _PyArg_Parser: the first call with keywords (or any call, for parsers that
 * always run) builds the parser's tuple of keyword names, kept until the end. `id` names
 * the C function ("sorted", "list.sort").
 */
export function noteKeywordParser(id: string, kwnames: string[] | null): void {
  const p = rt.profile;
  // sorted() hands its keywords to list.sort, whose parser builds the tuple.
  if (id === 'builtins.sorted') id = 'list.sort';
  if (!p.lazyKeywordTuples || rt.keywordTuples.has(id)) return;
  // Only keyword parameters have a parser; `**kwargs` alone (dict.update, dict()) has none.
  const spec = signatureOf(id);
  if (spec !== undefined && spec.kwtuple.length === 0 && KEYWORD_PARAMETERS[id] === undefined) return;
  const withKeywords = kwnames !== null && kwnames.length > 0;
  if (!withKeywords && !p.keywordParserEveryCall.includes(id)) return;
  const names = (KEYWORD_PARAMETERS[id] ?? kwnames ?? []).map((n) => internStr(n));
  const t = newTuple(names);
  rt.keywordTuples.set(id, t);
  rt.constantRoots.push(t);
}

/** Keyword parameter names of built-ins whose parser tuple a program can see. */
const KEYWORD_PARAMETERS: Record<string, string[]> = {
  'builtins.print': ['sep', 'end', 'file', 'flush'],
  'list.sort': ['key', 'reverse'],
};

export function installBuiltinFunction(t: PyType): void {
  t.call = (args, kwnames, callable) => {
    const f = callable as PyBuiltin;
    if (f.varargs || f.starArgs || rt.profile.lazyKeywordTuples) return callPacking(f, args, kwnames);
    if (f.owner !== null && f.self === null) return callDescriptor(f, args, kwnames);
    return f.fn(args, kwnames, f.self);
  };
  t.sizeOf = () => rt.profile.sizes.builtinMethod - rt.profile.sizes.gcHeader;
  t.traverse = (o, visit: Visit) => {
    const f = o as PyBuiltin;
    if (f.self !== null) visit(f.self, 'internal', '__self__');
  };
  t.clear = (o) => {
    const f = o as PyBuiltin;
    const s = f.self;
    f.self = null;
    if (s !== null) decref(s);
  };
  t.dealloc = (o) => {
    const f = o as PyBuiltin;
    rt.heap.untrack(f);
    clearWeakrefs(f);
    const s = f.self;
    f.self = null;
    if (s !== null) decref(s);
    rt.heap.release(f, true);
  };
  t.getattro = (o, name) => builtinAttribute(o as PyBuiltin, name) ?? genericGetAttr(o, name);
  t.getattroIsGeneric = true;
  t.repr = (o) => {
    const f = o as PyBuiltin;
    if (f.owner !== null && f.self === null) return `<method '${f.name}' of '${f.owner.name}' objects>`;
    if (f.self !== null && f.owner !== null) {
      return `<built-in method ${f.name} of ${f.self.type.name} object at ${hexAddress(f.self.addr)}>`;
    }
    return `<built-in function ${f.name}>`;
  };
  t.summary = (o) => `${(o as PyBuiltin).name}()`;
  // Descriptor protocol: SomeType.method binds nothing, instance.method binds.
  t.descrGet = (descr, obj, type) => {
    const f = descr as PyBuiltin;
    if (f.isClassMethod && f.self === null) return bindBuiltin(f, obj === null ? type : obj.type);
    if (obj === null || f.owner === null || f.self !== null) return newref(descr);
    return bindBuiltin(f, obj);
  };
}

/**
 * A native call that builds something per call: the argument tuple of METH_VARARGS and
 * `*args` functions, or (3.10/3.11) the keyword parser's tuple on its first use.
 */
function callPacking(f: PyBuiltin, args: PyObject[], kwnames: string[] | null): PyObject {
  if (rt.profile.lazyKeywordTuples) noteKeywordParser(`${f.owner !== null ? f.owner.name : f.module ?? 'builtins'}.${f.name}`, kwnames);
  // A method descriptor's own argument (self, first here) is not packed (method_vectorcall_VARARGS).
  const unbound = f.owner !== null && f.self === null;
  const toPack = unbound ? args.slice(1) : args;
  const packed = f.varargs ? packArguments(toPack, kwnames) : f.starArgs ? packArguments(toPack, kwnames, false) : null;
  const outerPacked = rt.packedArgs;
  if (packed !== null) rt.packedArgs = packed[0]!;
  try {
    if (f.owner !== null && f.self === null) return callDescriptor(f, args, kwnames);
    return f.fn(args, kwnames, f.self);
  } finally {
    rt.packedArgs = outerPacked;
    if (packed !== null) releasePacked(packed);
  }
}

/** An unbound method descriptor: str.upper("x") passes self as the first argument. */
function callDescriptor(f: PyBuiltin, args: PyObject[], kwnames: string[] | null): PyObject {
  if (args.length === 0 || !args[0]!.type.isSubtypeOf(f.owner!)) {
    typeError(`descriptor '${f.name}' of '${f.owner!.name}' object needs an argument`);
  }
  return f.fn(args.slice(1), kwnames, args[0]!);
}

/**
 * Whether a method-form call (`obj.name(...)` with a native method descriptor) can call
 * `fn` directly with obj as self: nothing is built per call (slot wrappers pack their
 * arguments), and obj is of the defining type.
 */
export function callsDirectly(f: PyBuiltin, self: PyObject): boolean {
  return f.owner !== null && f.self === null && f.type === rt.types.methodDescriptor && !f.varargs && !f.starArgs && !rt.profile.lazyKeywordTuples && (self.type === f.owner || self.type.isSubtypeOf(f.owner));
}

/**
 * The tuple (and keyword dict) CPython builds for a tp_call or METH_VARARGS call
 * (_PyObject_MakeTpCall / _PyStack_AsTuple): allocated before the call, released after.
 */
export function packArguments(args: PyObject[], kwnames: string[] | null, keywordDict = true): PyObject[] {
  const star = rt.starCall;
  if (keywordDict && star !== null && star.args === args) {
    // f(*t, **d) through tp_call: PyObject_Call hands over t and d as they are.
    return star.kwargs !== null && kwnames !== null && kwnames.length > 0 ? [newref(star.tuple), newref(star.kwargs)] : [newref(star.tuple)];
  }
  const npos = args.length - (kwnames?.length ?? 0);
  const out: PyObject[] = [newTupleFrom(args.slice(0, npos))];
  if (keywordDict && kwnames !== null && kwnames.length > 0) {
    const d = newDictPresized(kwnames.length);
    kwnames.forEach((k, i) => dictSetStr(d, k, args[npos + i]!));
    out.push(d);
  }
  return out;
}

export function releasePacked(packed: PyObject[]): void {
  for (const o of packed) decref(o);
}

/** Splits (args, kwnames) into positional arguments and a keyword map. */
export function splitArgs(args: PyObject[], kwnames: string[] | null): { pos: PyObject[]; kw: Map<string, PyObject> } {
  if (kwnames === null || kwnames.length === 0) return { pos: args, kw: new Map() };
  const npos = args.length - kwnames.length;
  const kw = new Map<string, PyObject>();
  for (let i = 0; i < kwnames.length; i++) kw.set(kwnames[i]!, args[npos + i]!);
  return { pos: args.slice(0, npos), kw };
}

export { incref };

/**
 * The attributes built-in functions and methods carry (meth_get__name__ and friends, and the
 * descriptors' __objclass__), as new references; null for the others.
 */
export function builtinAttribute(f: PyBuiltin, name: string): PyObject | null {
  const descriptor = f.owner !== null && f.self === null;
  switch (name) {
    case '__name__':
      return newStr(f.name);
    case '__qualname__':
      return newStr(f.owner !== null ? `${f.owner.qualname}.${f.name}` : f.name);
    case '__objclass__':
      return descriptor ? newref(f.owner!) : null;
    case '__self__': {
      if (descriptor) return null;
      if (f.self !== null) return newref(f.self);
      const module = rt.modules.get(f.module ?? 'builtins');
      return newref(module ?? rt.none);
    }
    case '__module__':
      if (descriptor) return null;
      return f.self === null && f.module !== null ? newStr(f.module) : newref(rt.none);
    default:
      return null;
  }
}
