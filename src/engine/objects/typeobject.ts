/**
 * Classes and their instances (Objects/typeobject.c): the `type` and `object` types,
 * class creation (type_new), attribute lookup through the MRO with descriptors
 * (PyObject_GenericGetAttr), instance dicts, dunder-method slots for classes written in
 * Python, `super`, and subtype_dealloc with __del__ (PEP 442), weakref clearing and the
 * release of attributes in the order they were first set.
 */

import { rt } from '../runtime.ts';
import { decref, incref, newref, touch, xdecref } from '../heap/heap.ts';
import { GC_FINALIZED, PyError, PyObject, PyType, typeCache, type CompareOp, type NativeCall, type Visit } from './object.ts';
import {
  PyDict, dictEntries, dictGetStr, dictSetItem, dictSetStr, dictDelStr, newDict, dictCopy, dictSizeOf, dictPop, indexEntry,
  newInlineValues, setStrAt, strSlot,
} from './dict.ts';
import { PyStr, internStr, newStr } from './str.ts';
import { PyInt, newBool, newInt } from './int.ts';
import { PyTuple, newTuple, newTupleFrom } from './tuple.ts';
import { newWeakref } from './weakref.ts';
import { PyCell, PyFunction, newMethod } from './function.ts';
import { PyWrapper, newDecorator } from './decorators.ts';
import { PyGetSet, installOwnedDescriptor } from './descriptor.ts';
import { addMemberDescriptors, prepareSlots, releaseSlots, traverseSlots, type SlotRequest } from './slots.ts';
import { noteKeywordParser, PyBuiltin, bindBuiltin, defineMethods, isBuiltinTypeMethod, markClassMethod, packArguments, releasePacked, splitArgs } from './builtinfunc.ts';
import { builtinTypeMethod } from './slotwrappers.ts';
import { typeDictProxy } from './mappingproxy.ts';
import { raise, typeError } from './errors.ts';
import {
  attributeMissing, callObject, defaultRepr, getAttr, hashOf, hexAddress, isTrue, repr, richCompare, str, typeLookup,
} from '../abstract.ts';
import { reportUnraisable } from './unraisable.ts';
import { checkArgs, methodSignatures, oneArg } from './argspec.ts';
import { clearWeakrefs } from './weakref.ts';
import { addressOf } from '../heap/allocator.ts';
import { PyException, raiseMissing } from './exceptions.ts';

/** An instance of a class defined in Python (or of `object` itself). */
export class PyInstance extends PyObject {
  /** Attribute storage; a real heap dict when `dictObject` says so. */
  attrs: PyDict | null = null;
  /**
   * The attributes are a separately allocated, GC-visible dict object: always on 3.10
   * (instance __dict__), on 3.11+ only once `__dict__` has been asked for.
   */
  dictObject = false;
  /** __slots__ values (see PyType.slotCount), or null for classes without slots. */
  slots: (PyObject | null)[] | null = null;
  constructor(type: PyType) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
  }
}

export class PySuper extends PyObject {
  thisType: PyType;
  obj: PyObject | null;
  objType: PyType | null;
  constructor(type: PyType, thisType: PyType, obj: PyObject | null, objType: PyType | null) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.thisType = thisType;
    this.obj = obj;
    this.objType = objType;
  }
}

// ------------------------------------------------------------------ instance dicts

/** The attribute dict of an object that has one (borrowed), or null. */
export function instanceAttrs(o: PyObject): PyDict | null {
  if (o instanceof PyInstance) return o.attrs;
  const x = o as { attrs?: PyDict | null };
  return x.attrs ?? null;
}

function attrsForWrite(o: PyObject): PyDict | null {
  if (o instanceof PyInstance) {
    if (!o.type.hasInstanceDict) return null; // __slots__ without __dict__
    if (o.attrs === null) o.attrs = makeAttrDict(o);
    return o.attrs;
  }
  const x = o as { attrs?: PyDict | null };
  if (x.attrs === undefined) return null;
  // BaseException keeps a dict object of its own (its `dict` field) on every version.
  if (x.attrs === null) x.attrs = o instanceof PyException ? newDict() : makeAttrDict(o);
  return x.attrs;
}

/** 3.10 allocates a real dict for the first attribute; 3.11+ stores values inline. */
function makeAttrDict(o: PyObject): PyDict {
  if (rt.profile.instanceDictObject) {
    const d = newDict();
    d.split = true;
    if (o instanceof PyInstance) o.dictObject = true;
    return d;
  }
  const inline = new PyDict(rt.types.dict);
  inline.inline = true;
  seedStaticAttributes(o.type, inline);
  return inline;
}

/**
 * 3.14 builds a class's shared keys from __static_attributes__ (names assigned as self.X
 * in its methods, sorted), so those attributes come first in every instance, whatever
 * order they were set in; that is the order they are released in.
 */
function seedStaticAttributes(t: PyType, d: PyDict): void {
  if (!rt.profile.staticAttributesFirst) return;
  // Only the class's own __static_attributes__ (_PyDict_NewKeysForClass), not its bases'.
  const statics = new Set<string>();
  if (t.dict !== null) {
    const sa = dictGetStr(t.dict as PyDict, '__static_attributes__');
    if (sa instanceof PyTuple) for (const n of sa.items) if (n instanceof PyStr) statics.add(n.v);
  }
  for (const name of [...statics].sort()) {
    const key = internStr(name);
    d.keys.push(key);
    d.values.push(null);
    indexEntry(d, key, d.keys.length - 1);
  }
}

/** obj.__dict__ on 3.11+: the inline values become a real dict object now. */
export function materializeDict(o: PyObject): PyDict {
  if (o instanceof PyInstance) {
    if (o.dictObject && o.attrs !== null) return o.attrs;
    const d = newDict();
    d.split = true;
    if (o.attrs !== null) {
      for (const [k, v] of dictEntries(o.attrs)) dictSetItem(d, k, v);
      releaseInlineAttrs(o.attrs);
    }
    if (rt.profile.materializedDictSharesValues) d.embeddedIn = o;
    // 3.13 leaves a dict made from inline values untracked whatever it holds.
    if (!rt.profile.materializedDictTracked) rt.heap.untrack(d);
    else if (!rt.profile.lazyDictTracking) rt.heap.track(d);
    o.attrs = d;
    o.dictObject = true;
    return d;
  }
  const d = attrsForWrite(o);
  if (d === null) raise(rt.exc.AttributeError!, `'${o.type.name}' object has no attribute '__dict__'`);
  return d;
}

/** Releases an inline (not heap-allocated) attribute table's references, first set first. */
function releaseInlineAttrs(d: PyDict): void {
  const keys = d.keys;
  const values = d.values;
  d.keys = [];
  d.values = [];
  d.strIndex = null;
  d.numIndex = null;
  d.used = 0;
  releaseEntries(keys, values);
}

/**
 * releaseInlineAttrs for the table of an instance being deallocated: nothing can reach the
 * table any more, so its arrays are released as they are instead of being reset.
 */
function releaseDeadInlineAttrs(d: PyDict): void {
  d.used = 0;
  releaseEntries(d.keys, d.values);
}

/** Drops the references of a table's keys and values, in insertion order. */
function releaseEntries(keys: (PyObject | null)[], values: (PyObject | null)[]): void {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    const v = values[i];
    if (k !== null && k !== undefined) {
      if (k.rc > 1 && !k.imm) { k.rc--; touch(k); } else decref(k);
    }
    if (v !== null && v !== undefined) {
      if (v.rc > 1 && !v.imm) { v.rc--; touch(v); } else decref(v);
    }
  }
}

// ------------------------------------------------------------------ attribute access

/** PyObject_GenericGetAttr: data descriptors, then the instance dict, then the class. */
export function genericGetAttr(o: PyObject, name: string): PyObject | null {
  const t = o.type;
  const descr = typeLookup(t, name);
  let get: PyType['descrGet'] = null;
  if (descr !== null) {
    get = descr.type.descrGet;
    if (get !== null && descr.type.descrSet !== null) return get(descr, o, t);
  }
  const attrs = instanceAttrs(o);
  if (attrs !== null) {
    const v = dictGetStr(attrs, name);
    if (v !== null) {
      // Reference counts written out at the hot attribute sites: few shapes per site.
      if (!v.imm) { v.rc++; touch(v); }
      return v;
    }
  }
  if (descr !== null) {
    if (get !== null) return get(descr, o, t);
    return newref(descr);
  }
  return null;
}

/**
 * Set by lookupMethod (read it right after the call): whether the value it returned is an
 * unbound method, to be called with the owner as self.
 */
export let lookupMethodUnbound = false;

/**
 * Like genericGetAttr but, for methods, returns the unbound function (and sets
 * lookupMethodUnbound) so the caller can skip creating a bound method (LOAD_METHOD).
 * Returns a new reference, or null when the attribute does not exist.
 */
export function lookupMethod(o: PyObject, name: string): PyObject | null {
  const t = o.type;
  if (t.getattro !== genericGetAttr && t.getattro !== instanceGetAttr && !t.getattroIsGeneric) {
    const v = t.getattro === null ? null : t.getattro(o, name);
    // Set after the lookup: a __getattr__ it ran may have looked up methods itself.
    lookupMethodUnbound = false;
    return v;
  }
  const descr = typeLookup(t, name);
  if (descr !== null && (descr instanceof PyFunction || (descr instanceof PyBuiltin && descr.owner !== null && descr.self === null))) {
    const attrs = instanceAttrs(o);
    if (attrs === null || dictGetStr(attrs, name) === null) {
      lookupMethodUnbound = true;
      if (!descr.imm) { descr.rc++; touch(descr); }
      return descr;
    }
  }
  const v = (t.getattro ?? genericGetAttr)(o, name);
  lookupMethodUnbound = false;
  return v;
}

export function genericSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const t = o.type;
  const descr = typeLookup(t, name);
  if (descr !== null && descr.type.descrSet !== null) {
    descr.type.descrSet(descr, o, value);
    return;
  }
  if (value !== null && o instanceof PyInstance && o.attrs === null && !rt.profile.instanceDictObject && !rt.profile.staticAttributesFirst && t.hasInstanceDict) {
    // The first attribute of a fresh instance (every __init__): its inline values, directly.
    const key = internStr(name);
    o.attrs = newInlineValues(key as PyStr, value);
    if (key.rc > 1 && !key.imm) { key.rc--; touch(key); } else decref(key);
    return;
  }
  const attrs = value === null ? instanceAttrs(o) : attrsForWrite(o);
  if (attrs === null) {
    if (o instanceof PyInstance && !t.hasInstanceDict) {
      // __slots__ without __dict__: setting or deleting anything else fails alike.
      const message = rt.profile.messages.setMissingAttribute(t.name, name);
      if (rt.profile.setattrErrorContext) raiseMissing(rt.exc.AttributeError!, message, name, o);
      raise(rt.exc.AttributeError!, message);
    }
    if (value === null && o.type.isHeapType) raise(rt.exc.AttributeError!, rt.profile.messages.delMissingAttribute(t.name, name));
    if (value === null) attributeMissing(o, name);
    raise(rt.exc.AttributeError!, `'${t.name}' object has no attribute '${name}'`);
  }
  if (value === null) {
    if (!dictDelStr(attrs, name)) raise(rt.exc.AttributeError!, rt.profile.messages.delMissingAttribute(t.name, name));
    return;
  }
  // Stored into the instance's own values (3.13+ embedded): the dict's tracking is untouched.
  const untracked = attrs.embeddedIn === o && attrs.gen < 0;
  const slot = strSlot(attrs, name);
  const existing = slot >= 0 ? attrs.keys[slot]! : null;
  if (existing !== null && existing.imm && (existing as PyStr).interned) {
    // internStr(name) would return this immortal key, and taking and dropping a reference
    // to an immortal object does nothing: skip both.
    setStrAt(attrs, name, value, existing, slot);
  } else {
    const key = internStr(name);
    setStrAt(attrs, name, value, key, slot);
    decref(key);
  }
  if (untracked && attrs.embeddedIn === o && attrs.gen >= 0) rt.heap.untrack(attrs);
}


/** object's slot wrappers that classes call explicitly (object.__setattr__(self, n, v)). */
const OBJECT_SIG = methodSignatures('object', {
  __init_subclass__: 'custom()',
  __setattr__: 'wrapper(name, value, /)',
  __delattr__: 'wrapper(name, /)',
  __getattribute__: 'wrapper(name, /)',
});

/** An attribute name argument (object.__setattr__ and the slot wrappers): a str, else TypeError. */
export function attributeName(o: PyObject): string {
  if (!(o instanceof PyStr)) typeError(`attribute name must be string, not '${o.type.name}'`);
  return o.v;
}

/** Instances of Python classes: generic lookup, then __getattr__ if the class has one. */
export function instanceGetAttr(o: PyObject, name: string): PyObject | null {
  const t = o.type;
  if (t.hooksEpoch !== typeCache.epoch) findAttributeHooks(t);
  const getattribute = t.getattributeHook;
  let r: PyObject | null;
  if (getattribute !== null) {
    try {
      r = callMethodObj(getattribute, o, [internedArg(name)]);
    } catch (e) {
      if (!(e instanceof PyError) || !e.excType.isSubtypeOf(rt.exc.AttributeError!)) throw e;
      e.discard();
      r = null;
    }
  } else {
    const g = t.baseGetAttr;
    r = g === null || g === genericGetAttr ? genericGetAttr(o, name) : g(o, name);
  }
  if (r !== null) return r;
  const hook = t.getattrHook;
  if (hook !== null) return callMethodObj(hook, o, [internedArg(name)]);
  return null;
}

/** Caches a class's __getattribute__ (only one written in Python counts) and __getattr__. */
function findAttributeHooks(t: PyType): void {
  const getattribute = typeLookup(t, '__getattribute__');
  t.getattributeHook = getattribute instanceof PyFunction ? getattribute : null;
  t.getattrHook = typeLookup(t, '__getattr__');
  t.hooksEpoch = typeCache.epoch;
}

function internedArg(name: string): PyObject {
  const s = internStr(name);
  decref(s); // the interned table keeps it alive; we hand out a borrowed reference
  return s;
}

function callMethodObj(func: PyObject, self: PyObject, args: PyObject[]): PyObject {
  return callObject(func, [self, ...args], null);
}

// ------------------------------------------------------------------ type objects

function typeGetAttr(o: PyObject, name: string): PyObject | null {
  const t = o as PyType;
  // Data descriptors of the metatype first (__name__, __dict__, __mro__...).
  const special = typeSpecialAttr(t, name);
  if (special !== null) return special;
  const meta = typeLookup(t.type, name);
  if (meta !== null && meta.type.descrGet !== null && meta.type.descrSet !== null) {
    return meta.type.descrGet(meta, t, t.type);
  }
  const v = typeLookup(t, name);
  if (v !== null) {
    const get = v.type.descrGet;
    if (get !== null) return get(v, null, t);
    return newref(v);
  }
  if (meta !== null) {
    const get = meta.type.descrGet;
    if (get !== null) return get(meta, t, t.type);
    return newref(meta);
  }
  return null;
}

/**
 * type_get_annotations: the class's `__annotations__` entry; a class without one gets an
 * empty dict, kept in its namespace (3.10–3.13). 3.14 keeps what __annotate_func__ made
 * under `__annotations_cache__` instead.
 */
function classAnnotations(t: PyType): PyObject {
  const dict = t.dict as PyDict;
  const own = dictGetStr(dict, '__annotations__');
  if (own !== null) return newref(own);
  const deferred = rt.profile.annotations === 'deferred';
  if (deferred) {
    const cached = dictGetStr(dict, '__annotations_cache__');
    if (cached !== null) return newref(cached);
  }
  const annotate = deferred ? dictGetStr(dict, '__annotate_func__') : null;
  const made = annotate !== null && annotate !== rt.none ? callObject(annotate, [newInt(1)], null) : newDict();
  dictSetStr(dict, deferred ? '__annotations_cache__' : '__annotations__', made);
  return made;
}

function typeSpecialAttr(t: PyType, name: string): PyObject | null {
  switch (name) {
    // A built-in type's tp_name may carry its module ('weakref.ReferenceType'): type_name and
    // type_module split it.
    case '__name__': return newStr(t.isHeapType ? t.name : t.name.slice(t.name.lastIndexOf('.') + 1));
    case '__qualname__': return newStr(t.qualname);
    case '__module__': {
      if (t.dict !== null) {
        const m = dictGetStr(t.dict as PyDict, '__module__');
        if (m !== null) return newref(m);
      }
      return newStr(!t.isHeapType && t.name.includes('.') ? t.name.slice(0, t.name.lastIndexOf('.')) : 'builtins');
    }
    case '__mro__': return newTupleFrom(t.mro);
    case '__bases__': return newTupleFrom(t.bases);
    case '__base__': return newref(t.base ?? rt.none);
    case '__dict__': return typeDictProxy(t);
    case '__class__': return newref(t.type);
    case '__doc__': {
      const d = t.dict !== null ? dictGetStr(t.dict as PyDict, '__doc__') : null;
      return newref(d ?? rt.none);
    }
    case '__annotations__': return t.isHeapType ? classAnnotations(t) : null;
    default: return null;
  }
}

function typeSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const t = o as PyType;
  if (!t.isHeapType) {
    typeError(`cannot set '${name}' attribute of immutable type '${t.name}'`);
  }
  const d = t.dict as PyDict;
  if (value === null) {
    if (!dictDelStr(d, name)) raise(rt.exc.AttributeError!, `type object '${t.name}' has no attribute '${name}'`);
  } else {
    const key = internStr(name);
    dictSetStr(d, name, value, key);
    decref(key);
  }
  if (name.startsWith('__') && name.endsWith('__')) updateSlots(t);
}

/** Calling a type: type(x), or creating an instance (tp_new then tp_init). */
export const typeCall: NativeCall = (args, kwnames, callable) => {
  const t = callable as PyType;
  if (t === rt.types.type && args.length === 1 && (kwnames === null || kwnames.length === 0)) {
    return newref(args[0]!.type);
  }
  const make = t.newInstance;
  if (make === null) typeError(`cannot create '${t.name}' instances`);
  if (!t.isHeapType && rt.profile.lazyKeywordTuples) noteKeywordParser(t.name, kwnames);
  // Types without vectorcall are called through tp_call, which packs the arguments.
  const viaTpCall = args.length > 0 && rt.profile.tpCallTypes.includes(t.isHeapType ? '<class>' : t.name);
  const packed = viaTpCall ? packArguments(args, kwnames) : null;
  try {
    return typeCallInner(t, make, args, kwnames);
  } finally {
    if (packed !== null) releasePacked(packed);
  }
};

function typeCallInner(t: PyType, make: NativeCall, args: PyObject[], kwnames: string[] | null): PyObject {
  const obj = make(args, kwnames, t);
  if (!obj.type.isSubtypeOf(t)) return obj;
  const init = typeLookup(obj.type, '__init__');
  if (init !== null && init instanceof PyFunction) {
    let r: PyObject;
    try {
      r = callObject(init, [obj, ...args], kwnames);
    } catch (e) {
      decref(obj);
      throw e;
    }
    if (r !== rt.none) {
      decref(r);
      decref(obj);
      typeError(`__init__() should return None, not '${r.type.name}'`);
    }
    decref(r);
  } else if (init !== null && init instanceof PyBuiltin && init.owner !== rt.types.object && init.type !== rt.types.wrapperDescriptor) {
    // A native __init__ that does the work (exceptions'); the built-in types' slot wrappers
    // (slotwrappers.ts) stand for inits whose work the type's newInstance already did.
    let r: PyObject;
    try {
      r = init.fn(args, kwnames, obj);
    } catch (e) {
      decref(obj); // ValueError(x=1): __init__ rejects the keyword, the new instance goes
      throw e;
    }
    decref(r);
  } else if (t.newInstance === objectNew && (args.length > 0)) {
    decref(obj);
    typeError(`${t.name}() takes no arguments`);
  }
  return obj;
}

/** _PyObject_LookupSpecial's binding of a looked-up attribute: its __get__ result, or itself. */
export function bindSpecial(descr: PyObject, obj: PyObject): PyObject {
  const get = descr.type.descrGet;
  return get !== null ? get(descr, obj, obj.type) : newref(descr);
}

/** slot_tp_new: calls the class's __new__ with the class and the call's arguments. */
export const slotNew: NativeCall = (args, kwnames, self) => {
  const t = self as PyType;
  const func = getAttr(t, '__new__');
  try {
    return callObject(func, [t, ...args], kwnames);
  } finally {
    decref(func);
  }
};

/** object.__new__ for classes defined in Python: a GC-tracked instance holding its type. */
export const objectNew: NativeCall = (_args, _kw, self) => allocInstance(self as PyType);

/** objectNew without a call's argument list (specialized class calls). */
export function allocInstance(t: PyType): PyInstance {
  const z = rt.profile.sizes;
  const o = new PyInstance(t);
  rt.heap.allocate(o, t === rt.types.object ? z.objectHeader : t.instanceBytes > 0 ? t.instanceBytes : z.instance + z.managedPreHeader, t.isGC);
  if (t.slotCount > 0) o.slots = new Array<PyObject | null>(t.slotCount).fill(null);
  if (t.isHeapType && !t.imm) { t.rc++; touch(t); }
  if (t.isGC) rt.heap.track(o);
  return o;
}

export function instanceSizeOf(o: PyObject): number {
  if (o.type === rt.types.object) return rt.profile.sizes.objectHeader;
  if (o.type.instanceBytes > 0) return o.type.instanceBytes - rt.profile.sizes.gcHeader;
  return rt.profile.sizes.instance - rt.profile.sizes.gcHeader;
}

/**
 * subtype_dealloc: run __del__ once (it may resurrect), clear weak references (running
 * their callbacks), release the attributes, then the reference to the class.
 */
export function instanceDealloc(o: PyObject): void {
  const t = o.type;
  const h = rt.heap;
  h.untrack(o);
  if (delMethod(t) !== null && (o.gcFlags & GC_FINALIZED) === 0) {
    h.track(o);
    if (callFinalizerFromDealloc(o)) return; // resurrected
    h.untrack(o);
  }
  clearWeakrefs(o);
  releaseInstanceContents(o);
  h.release(o, t.isGC);
  if (t.isHeapType) {
    if (t.rc > 1 && !t.imm) { t.rc--; touch(t); } else decref(t);
  }
}

function releaseInstanceContents(o: PyObject): void {
  if (o instanceof PyInstance) {
    // subtype_dealloc / subtype_clear: the slots, then the dict.
    if (o.slots !== null) releaseSlots(o.type, o.slots);
    const d = o.attrs;
    o.attrs = null;
    if (d !== null) {
      if (o.dictObject) decref(d);
      else releaseDeadInlineAttrs(d);
    }
    o.dictObject = false;
    return;
  }
  const x = o as { attrs?: PyDict | null };
  if (x.attrs !== undefined && x.attrs !== null) {
    const d = x.attrs;
    x.attrs = null;
    if (d.addr !== 0) decref(d);
    else releaseInlineAttrs(d);
  }
}

/**
 * PyObject_CallFinalizerFromDealloc: temporarily resurrects the object to run __del__;
 * returns true when __del__ stored a new reference somewhere (the object lives on).
 */
export function callFinalizerFromDealloc(o: PyObject): boolean {
  o.rc = 1;
  callFinalizer(o);
  o.rc--;
  return o.rc > 0;
}

/** Whether the object has a finalizer the collector must run (tp_finalize or __del__). */
export function hasFinalizer(o: PyObject): boolean {
  const t = o.type;
  if (t.finalize !== null) return true;
  return delMethod(t) !== null;
}

/**
 * typeLookup(t, '__del__'), cached on the class per lookup epoch: every instance death and
 * every unreachable object in a collection asks.
 */
function delMethod(t: PyType): PyObject | null {
  if (t.delEpoch !== typeCache.epoch) {
    t.delLookup = typeLookup(t, '__del__');
    t.delEpoch = typeCache.epoch;
  }
  return t.delLookup;
}

/** Runs tp_finalize / __del__ once per object lifetime; errors are reported, never propagated. */
export function callFinalizer(o: PyObject): void {
  if ((o.gcFlags & GC_FINALIZED) !== 0) return;
  o.gcFlags |= GC_FINALIZED;
  const native = o.type.finalize;
  if (native !== null) {
    native(o);
    return;
  }
  const del = typeLookup(o.type, '__del__');
  if (del === null) return;
  try {
    const r = callObject(del, [o], null);
    decref(r);
  } catch (e) {
    if (e instanceof PyError) reportUnraisable(e.exc, `Exception ignored in: ${repr(del)}`);
    else throw e;
  }
}

export function instanceTraverse(o: PyObject, visit: Visit): void {
  const i = o as PyInstance;
  if (i.slots !== null) traverseSlots(o.type, i.slots, visit);
  const d = i.attrs;
  if (d !== null) {
    // PyObject_VisitManagedDict: valid inline values are visited, not the dict using them.
    if (i.dictObject && d.embeddedIn !== o) visit(d, 'internal', '__dict__');
    else {
      for (let k = 0; k < d.keys.length; k++) {
        const key = d.keys[k];
        const v = d.values[k];
        if (key !== null && key !== undefined && v !== null && v !== undefined) visit(v, 'attr', (key as PyStr).v);
      }
    }
  }
  if (o.type.isHeapType) visit(o.type, 'internal', '__class__');
}

/** Everything an instance holds, for traces and the audit: its __dict__ object if any. */
export function instanceReferences(o: PyObject, visit: Visit): void {
  const i = o as PyInstance;
  if (i.dictObject && i.attrs !== null && i.attrs.embeddedIn === o) {
    visit(i.attrs, 'internal', '__dict__');
    if (o.type.isHeapType) visit(o.type, 'internal', '__class__');
    return;
  }
  instanceTraverse(o, visit);
}

export function instanceClear(o: PyObject): void {
  releaseInstanceContents(o);
}

// ------------------------------------------------------------------ class creation

/** Computes the C3 linearisation for single inheritance (and simple multiple). */
function computeMro(t: PyType, bases: PyType[]): PyType[] {
  const seqs = bases.map((b) => [...b.mro]);
  seqs.push([...bases]);
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0]!;
      if (!nonEmpty.some((s2) => s2.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) typeError('Cannot create a consistent method resolution order (MRO)');
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/**
 * type(name, bases, namespace): builds a class the way type_new does, allocating what
 * CPython allocates (the class, its dict, the __mro__ and __bases__ tuples, the __dict__ and
 * __weakref__ descriptors, a weak reference in each base's subclass registry) so that
 * reference counts and generation-0 counts match. `basesTuple` is the tuple __build_class__
 * made from the bases (or null).
 */
export function newClass(name: string, bases: PyType[], ns: PyDict, meta: PyType, basesTuple: PyObject | null = null, keywords: [string, PyObject][] = []): PyType {
  for (const b of bases) {
    if (!b.baseType) typeError(`type '${b.name}' is not an acceptable base type`);
  }
  // type_new_get_bases: `class C:` gets the bases (object,), before anything else is made.
  const basesObject = bases.length === 0 ? newTuple([newref(rt.types.object)]) : basesTuple !== null ? newref(basesTuple) : newTuple(bases.map((b) => newref(b)));
  const layoutBase = bases.length === 0 ? rt.types.object : bases[0]!;
  let slotRequest: SlotRequest | null;
  try {
    slotRequest = requestSlots(name, ns, bases, layoutBase);
  } catch (e) {
    decref(basesObject);
    throw e;
  }
  const z = rt.profile.sizes;
  const t = new PyType(meta, name);
  rt.heap.allocate(t, z.type, true);
  incref(meta);
  t.isHeapType = true;
  t.isGC = true;
  // What the instances hold: the base's slots, then this class's; a __dict__ and weak
  // references unless __slots__ leaves them out (instances of built-in subclasses have both).
  const builtinBase = solidBuiltinBase(layoutBase) !== rt.types.object;
  const addDict = builtinBase || (slotRequest !== null ? slotRequest.addDict : !layoutBase.hasInstanceDict);
  const addWeakref = builtinBase || (slotRequest !== null ? slotRequest.addWeakref : !layoutBase.weakrefable);
  t.hasInstanceDict = layoutBase.hasInstanceDict || addDict;
  t.weakrefable = layoutBase.weakrefable || addWeakref;
  t.slotOffset = layoutBase.slotCount;
  t.slotNames = slotRequest?.names ?? [];
  t.slotCount = t.slotOffset + t.slotNames.length;
  t.slotsTuple = slotRequest?.tuple ?? null;
  if (!builtinBase && (t.slotCount > 0 || !t.hasInstanceDict || !t.weakrefable)) t.instanceBytes = slottedInstanceBytes(t);
  const qual = dictGetStr(ns, '__qualname__');
  t.qualname = qual instanceof PyStr ? qual.v : name;
  // tp_dict is a copy of the namespace.
  const dict = dictCopy(ns);
  dict.isClassDict = true;
  if (qual !== null) dictDelStr(dict, '__qualname__');
  if (dictGetStr(dict, '__module__') === null) {
    const m = newStr('__main__');
    dictSetStr(dict, '__module__', m);
    decref(m);
  }
  if (dictGetStr(dict, '__doc__') === null) dictSetStr(dict, '__doc__', rt.none);
  // type_new_staticmethod: __new__, a plain function, becomes a static method.
  const newFunction = dictGetStr(dict, '__new__');
  if (newFunction instanceof PyFunction) {
    const sm = newDecorator(rt.types.staticmethod, newFunction);
    dictSetStr(dict, '__new__', sm);
    decref(sm);
  }
  // type_new_set_classmethod: these two are implicit class methods.
  for (const name of ['__init_subclass__', '__class_getitem__']) {
    const f = dictGetStr(dict, name);
    if (f instanceof PyFunction) {
      // PyClassMethod_New: no call, so no argument tuple and no functools_wraps.
      const cm = newDecorator(rt.types.classmethod, f);
      dictSetStr(dict, name, cm);
      decref(cm);
    }
  }
  t.dict = dict;
  // __bases__: the given tuple, or (object,) for `class C:`.
  if (bases.length === 0) bases = [rt.types.object];
  t.basesTuple = basesObject;
  t.bases = bases;
  t.base = bases[0]!;
  incref(t.base); // tp_base
  t.mro = computeMro(t, bases);
  // __mro__ holds a reference to every class in it, the class itself included.
  t.mroTuple = newTuple(t.mro.map((m) => newref(m)));
  const modName = dictGetStr(dict, '__module__');
  t.moduleName = modName instanceof PyStr ? modName.v : '__main__';
  // type_add_members, then type_add_getset: a descriptor per slot, then __dict__ and
  // __weakref__ for what this class adds.
  addMemberDescriptors(t, dict);
  {
    for (const d of ['__dict__', '__weakref__'].filter((n) => (n === '__dict__' ? addDict : addWeakref))) {
      const g = new PyGetSet(rt.types.getsetDescriptor, d, t);
      rt.heap.allocate(g, 64, true);
      rt.heap.track(g);
      incref(t);
      dictSetStr(dict, d, g);
      decref(g);
    }
  }
  // __class__ cell for zero-argument super().
  const cell = dictGetStr(ns, '__classcell__');
  if (cell instanceof PyCell) {
    const old = cell.ref;
    cell.ref = newref(t);
    xdecref(old);
    dictDelStr(dict, '__classcell__');
  }
  inheritLayout(t);
  updateSlots(t);
  rt.heap.track(t);
  // add_subclass: each base remembers its subclasses through weak references.
  for (const b of bases) registerSubclass(b, t);
  // A failing __set_name__ or __init_subclass__ fails the class statement: the new class
  // loses its creator's reference (type_new_impl's error path).
  try {
    // type_new_set_names: __set_name__(owner, name) of each attribute's type, over a copy of the
    // class dict.
    const names = dictCopy(dict);
    try {
      for (const [k, v] of dictEntries(names)) {
        // _PyObject_LookupSpecial binds it (a bound method is an allocation), then the call.
        const setName = typeLookup(v.type, '__set_name__');
        if (setName === null) continue;
        const bound = bindSpecial(setName, v);
        try {
          decref(callObject(bound, [t, k], null));
        } finally {
          decref(bound);
        }
      }
    } finally {
      decref(names);
    }
    // type_new_init_subclass: super(type, type).__init_subclass__() on a temporary super object.
    // Without vectorcall for super (3.10) the two arguments travel in a temporary tuple.
    const superArgs = rt.profile.tpCallTypes.includes('super') ? newTupleFrom([t, t]) : null;
    const sup = newSuper(t, t);
    if (superArgs !== null) decref(superArgs);
    const hook = lookupAttrOrNull(sup, '__init_subclass__');
    decref(sup);
    if (hook !== null) {
      try {
        // object.__init_subclass__ does nothing (and takes nothing): it is not run.
        if (!(hook instanceof PyBuiltin)) decref(callObject(hook, keywords.map(([, v]) => v), keywords.length > 0 ? keywords.map(([k]) => k) : null));
        else if (keywords.length > 0) typeError(`${t.name}.__init_subclass__() takes no keyword arguments`);
      } finally {
        decref(hook);
      }
    }
  } catch (e) {
    decref(t);
    throw e;
  }
  return t;
}

function lookupAttrOrNull(o: PyObject, name: string): PyObject | null {
  const g = o.type.getattro;
  return g === null ? null : g(o, name);
}

/** tp_subclasses: a dict of weak references, created the first time a class gets a subclass. */
function registerSubclass(base: PyType, sub: PyType): void {
  let reg = base.subclasses as PyDict | null;
  if (reg === null) {
    if (base.isHeapType) reg = newDict();
    else {
      // Built-in classes got their registry during CPython's start-up: not the program's.
      reg = new PyDict(rt.types.dict);
      rt.heap.allocateStatic(reg, rt.heap.allocator.alloc(64));
      reg.hiddenFromTrace = true;
    }
    reg.isClassDict = true;
    base.subclasses = reg;
  }
  const key = newInt(addressOf(sub.addr));
  const wr = newWeakref(sub, null);
  dictSetItem(reg, key, wr);
  decref(key);
  decref(wr);
}

/** remove_subclass, when a class dies. */
function unregisterSubclass(base: PyType, sub: PyType): void {
  const reg = base.subclasses as PyDict | null;
  if (reg === null) return;
  const key = newInt(addressOf(sub.addr));
  const wr = dictPop(reg, key);
  decref(key);
  if (wr !== null) decref(wr);
}

/** Instances of a class use the JS layout of their nearest built-in base. */
/** The built-in type at the root of a class's instance layout (object for plain classes). */
function solidBuiltinBase(t: PyType): PyType {
  for (const b of t.mro.length > 0 ? t.mro : [t]) if (!b.isHeapType) return b;
  return rt.types.object;
}

/** __slots__ of a class statement, checked against what the engine models. */
function requestSlots(name: string, ns: PyDict, bases: PyType[], layoutBase: PyType): SlotRequest | null {
  for (const b of bases.slice(1)) {
    if (b.slotCount > 0) {
      if (layoutBase.slotCount > 0) typeError('multiple bases have instance lay-out conflict');
      raise(rt.exc.NotImplementedError!, 'a class whose base with __slots__ is not its first base is not supported here');
    }
  }
  const slots = dictGetStr(ns, '__slots__');
  if (slots === null) return null;
  if (solidBuiltinBase(layoutBase) !== rt.types.object) {
    raise(rt.exc.NotImplementedError!, `__slots__ in a subclass of '${solidBuiltinBase(layoutBase).name}' is not supported here`);
  }
  return prepareSlots(name, slots, ns, { hasDict: layoutBase.hasInstanceDict, weakrefable: layoutBase.weakrefable });
}

/**
 * An instance's size when __slots__ shape it: the object header, 8 bytes per slot, the
 * __dict__ and weak-reference pointers in the struct or in the pre-header (by version),
 * and the GC header.
 */
function slottedInstanceBytes(t: PyType): number {
  const z = rt.profile.sizes;
  let basic = z.objectHeader + 8 * t.slotCount;
  let preHeader = 0;
  if (t.hasInstanceDict) {
    if (z.dictPointer === 'slot') basic += 8;
    else preHeader = 16;
  }
  if (t.weakrefable) {
    if (z.weakrefPointer === 'slot') basic += 8;
    else preHeader = 16;
  }
  return basic + preHeader + z.gcHeader;
}

function inheritLayout(t: PyType): void {
  let builtin: PyType | null = null;
  for (const b of t.mro) {
    if (!b.isHeapType) {
      builtin = b;
      break;
    }
  }
  const b = builtin ?? rt.types.object;
  if (b === rt.types.object) {
    t.newInstance = objectNew;
    t.basicSize = rt.profile.sizes.instance;
  } else {
    t.newInstance = b.newInstance;
    t.basicSize = b.basicSize;
  }
  t.sizeOf = b === rt.types.object ? instanceSizeOf : b.sizeOf;
  t.length = b.length;
  t.getitem = b.getitem;
  t.setitem = b.setitem;
  t.contains = b.contains;
  t.iter = b.iter;
  t.iternext = b.iternext;
  t.number = { ...b.number };
  t.hash = b.hash;
  t.richcompare = b.richcompare;
  t.repr = b.repr;
  t.str = b.str;
  t.call = b === rt.types.object ? null : b.call;
  // The built-in base supplies the attribute handling of its C struct (an exception's args,
  // __traceback__, ...); for plain classes that is object's generic one.
  t.getattro = instanceGetAttr;
  t.baseGetAttr = b.getattro ?? genericGetAttr;
  t.setattro = b.setattro ?? genericSetAttr;
  t.trashcan = true;
  t.summary = b === rt.types.object ? instanceSummary : b.summary;
  const baseDealloc = b.dealloc;
  const baseTraverse = b.traverse;
  if (b === rt.types.object) {
    t.dealloc = instanceDealloc;
    t.traverse = instanceTraverse;
    t.references = instanceReferences;
    t.clear = instanceClear;
  } else {
    // BaseException's traverse visits its own dict; other built-in bases have none.
    const baseVisitsDict = b.isSubtypeOf(rt.exc.BaseException!);
    // subtype_traverse's order: the instance dict (unless the base has it), the class, then
    // the base's own traverse.
    t.traverse = (o, visit) => {
      const d = baseVisitsDict ? null : (o as { attrs?: PyDict | null }).attrs;
      if (d !== undefined && d !== null) {
        for (const [k, v] of dictEntries(d)) visit(v, 'attr', (k as PyStr).v);
      }
      visit(o.type, 'internal', '__class__');
      baseTraverse?.(o, visit);
    };
    t.dealloc = (o) => {
      const tt = o.type;
      if (typeLookup(tt, '__del__') !== null && (o.gcFlags & GC_FINALIZED) === 0) {
        if (callFinalizerFromDealloc(o)) return;
      }
      clearWeakrefs(o);
      releaseInstanceContents(o);
      baseDealloc!(o);
      decref(tt);
    };
  }
}

function instanceSummary(o: PyObject): string {
  const d = instanceAttrs(o);
  const slots = o instanceof PyInstance ? o.slots : null;
  const n = (d === null ? 0 : d.used) + (slots === null ? 0 : slots.filter((v) => v !== null).length);
  return `${o.type.name} object${n ? ` (${n} attribute${n === 1 ? '' : 's'})` : ''}`;
}

const SLOT_NAMES: Record<string, string> = {
  __add__: 'add', __sub__: 'sub', __mul__: 'mul', __truediv__: 'truediv', __floordiv__: 'floordiv',
  __mod__: 'mod', __pow__: 'pow', __lshift__: 'lshift', __rshift__: 'rshift', __and__: 'and',
  __or__: 'or', __xor__: 'xor', __matmul__: 'matmul',
};
const REFLECTED: Record<string, string> = {
  __radd__: 'add', __rsub__: 'sub', __rmul__: 'mul', __rtruediv__: 'truediv', __rfloordiv__: 'floordiv',
  __rmod__: 'mod', __rpow__: 'pow', __rlshift__: 'lshift', __rrshift__: 'rshift', __rand__: 'and',
  __ror__: 'or', __rxor__: 'xor', __rmatmul__: 'matmul',
};
const INPLACE_SLOTS: Record<string, string> = {
  __iadd__: 'iadd', __isub__: 'isub', __imul__: 'imul', __ior__: 'ior', __iand__: 'iand', __ixor__: 'ixor',
};
const COMPARE_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

/** Points a Python class's slots at its dunder methods (CPython's slot_tp_* functions). */
export function updateSlots(t: PyType): void {
  const has = (n: string): PyObject | null => {
    const v = typeLookup(t, n);
    return v !== null && !isBuiltinTypeMethod(v) ? v : null;
  };
  // slot_tp_new: a __new__ written in Python (its own or a base's) makes the instances.
  const newMethod = typeLookup(t, '__new__');
  if (newMethod instanceof PyWrapper || newMethod instanceof PyFunction) t.newInstance = slotNew;
  const call1 = (name: string) => (o: PyObject): PyObject => {
    const f = typeLookup(o.type, name)!;
    return callObject(f, [o], null);
  };
  if (has('__repr__')) {
    t.repr = (o) => {
      const r = call1('__repr__')(o);
      try {
        if (!(r instanceof PyStr)) typeError(`__repr__ returned non-string (type ${r.type.name})`);
        return r.v;
      } finally {
        decref(r);
      }
    };
  }
  if (has('__str__')) {
    t.str = (o) => {
      const r = call1('__str__')(o);
      try {
        if (!(r instanceof PyStr)) typeError(`__str__ returned non-string (type ${r.type.name})`);
        return r.v;
      } finally {
        decref(r);
      }
    };
  } else if (has('__repr__')) t.str = null;
  if (has('__len__')) {
    t.length = (o) => {
      const r = call1('__len__')(o);
      try {
        if (!(r instanceof PyInt)) typeError(`'${r.type.name}' object cannot be interpreted as an integer`);
        if (r.v < 0) raise(rt.exc.ValueError!, '__len__() should return >= 0');
        return Number(r.v);
      } finally {
        decref(r);
      }
    };
  }
  if (has('__bool__')) {
    t.number = { ...t.number, bool: (o) => {
      const r = call1('__bool__')(o);
      try {
        if (r.type !== rt.types.bool) typeError(`__bool__ should return bool, returned ${r.type.name}`);
        return r === rt.true;
      } finally {
        decref(r);
      }
    } };
  }
  const eqDefined = has('__eq__') !== null && dictGetStr(t.dict as PyDict, '__eq__') !== null;
  if (eqDefined && dictGetStr(t.dict as PyDict, '__hash__') === null) {
    t.hash = null; // defining __eq__ without __hash__ makes instances unhashable
    dictSetStr(t.dict as PyDict, '__hash__', rt.none);
  } else if (has('__hash__')) {
    const hv = typeLookup(t, '__hash__');
    if (hv === rt.none) t.hash = null;
    else {
      t.hash = (o) => {
        const r = call1('__hash__')(o);
        try {
          if (!(r instanceof PyInt)) typeError('__hash__ method should return an integer');
          const v = r.v;
          return typeof v === 'number' ? (v === -1 ? -2 : v) : v;
        } finally {
          decref(r);
        }
      };
    }
  }
  if (COMPARE_NAMES.some((n) => has(n) !== null)) {
    const fallback = t.richcompare;
    t.richcompare = (a, b, op: CompareOp) => {
      const f = typeLookup(a.type, COMPARE_NAMES[op]!);
      if (f === null || (f instanceof PyBuiltin && f.owner === rt.types.object)) {
        return fallback === null ? null : fallback(a, b, op);
      }
      const r = callObject(f, [a, b], null);
      if (r === rt.notImplemented) {
        decref(r);
        return null;
      }
      return r;
    };
  }
  if (has('__call__')) {
    t.call = (args, kwnames, self) => callObject(typeLookup(self!.type, '__call__')!, [self!, ...args], kwnames);
  }
  if (has('__iter__')) t.iter = call1('__iter__');
  if (has('__next__')) {
    t.iternext = (o) => {
      try {
        return call1('__next__')(o);
      } catch (e) {
        if (e instanceof PyError && e.excType.isSubtypeOf(rt.exc.StopIteration!)) {
          e.discard();
          return null;
        }
        throw e;
      }
    };
  }
  if (has('__get__')) {
    t.descrGet = (descr, obj, type) => callObject(typeLookup(descr.type, '__get__')!, [descr, obj ?? rt.none, type], null);
  }
  if (has('__set__') || has('__delete__')) {
    t.descrSet = (descr, obj, value) => {
      const name = value === null ? '__delete__' : '__set__';
      const f = typeLookup(descr.type, name);
      if (f === null) raise(rt.exc.AttributeError!, name);
      decref(callObject(f, value === null ? [descr, obj] : [descr, obj, value], null));
    };
  }
  if (has('__setattr__') || has('__delattr__')) {
    // slot_tp_setattro: the class's __setattr__ / __delattr__ (object's generic one when
    // the class defines only the other).
    t.setattro = (o, name, value) => {
      const f = typeLookup(o.type, value === null ? '__delattr__' : '__setattr__')!;
      const key = internStr(name);
      try {
        decref(callObject(f, value === null ? [o, key] : [o, key, value], null));
      } finally {
        decref(key);
      }
    };
  }
  if (has('__getitem__')) t.getitem = (o, k) => callObject(typeLookup(o.type, '__getitem__')!, [o, k], null);
  if (has('__setitem__') || has('__delitem__')) {
    t.setitem = (o, k, v) => {
      const r = v === null
        ? callObject(typeLookup(o.type, '__delitem__')!, [o, k], null)
        : callObject(typeLookup(o.type, '__setitem__')!, [o, k, v], null);
      decref(r);
    };
  }
  if (has('__contains__')) {
    t.contains = (o, item) => {
      const r = callObject(typeLookup(o.type, '__contains__')!, [o, item], null);
      const b = isTrue(r);
      decref(r);
      return b;
    };
  }
  const num = { ...t.number };
  for (const [dunder, slot] of Object.entries(SLOT_NAMES)) {
    const rdunder = Object.keys(REFLECTED).find((k) => REFLECTED[k] === slot)!;
    if (has(dunder) !== null || has(rdunder) !== null) {
      (num as Record<string, unknown>)[slot] = (a: PyObject, b: PyObject): PyObject | null => {
        if (a.type.isHeapType && typeLookup(a.type, dunder) !== null && a.type.isSubtypeOf(t)) {
          const r = callObject(typeLookup(a.type, dunder)!, [a, b], null);
          if (r !== rt.notImplemented) return r;
          decref(r);
        }
        if (b.type.isHeapType && typeLookup(b.type, rdunder) !== null && b.type.isSubtypeOf(t)) {
          const r = callObject(typeLookup(b.type, rdunder)!, [b, a], null);
          if (r !== rt.notImplemented) return r;
          decref(r);
        }
        return null;
      };
    }
  }
  for (const [dunder, slot] of Object.entries(INPLACE_SLOTS)) {
    if (has(dunder) !== null) {
      (num as Record<string, unknown>)[slot] = (a: PyObject, b: PyObject): PyObject | null => {
        const r = callObject(typeLookup(a.type, dunder)!, [a, b], null);
        if (r === rt.notImplemented) {
          decref(r);
          return null;
        }
        return r;
      };
    }
  }
  if (has('__neg__')) num.neg = call1('__neg__');
  if (has('__pos__')) num.pos = call1('__pos__');
  if (has('__abs__')) num.abs = call1('__abs__');
  if (has('__invert__')) num.invert = call1('__invert__');
  if (has('__index__')) num.index = call1('__index__');
  if (has('__int__')) num.int = call1('__int__');
  if (has('__float__')) num.float = call1('__float__');
  t.number = num;
}

// ------------------------------------------------------------------ super

function superGetAttr(o: PyObject, name: string): PyObject | null {
  const s = o as PySuper;
  if (name !== '__class__' && s.objType !== null) {
    const mro = s.objType.mro;
    let i = mro.indexOf(s.thisType) + 1;
    for (; i < mro.length; i++) {
      const base = mro[i]!;
      let v: PyObject | null | undefined = base.dict !== null ? dictGetStr(base.dict as PyDict, name) : null;
      if (v === null) v = builtinTypeMethod(base, name) ?? null;
      if (v !== null && v !== undefined) {
        const get = v.type.descrGet;
        if (get !== null) return get(v, s.obj === s.objType ? null : s.obj, s.objType);
        return newref(v);
      }
    }
  }
  return genericGetAttr(o, name);
}

/** super(type, obj) or the zero-argument form resolved by the interpreter. */
export function newSuper(thisType: PyType, obj: PyObject): PyObject {
  let objType: PyType;
  if (obj instanceof PyType && obj.isSubtypeOf(thisType)) objType = obj;
  else if (obj.type.isSubtypeOf(thisType)) objType = obj.type;
  else return typeError('super(type, obj): obj must be an instance or subtype of type');
  const s = new PySuper(rt.types.super, newref(thisType), newref(obj), newref(objType));
  rt.heap.allocate(s, 48, true);
  rt.heap.track(s);
  return s;
}

/** super().name without creating a super object (3.12+ LOAD_SUPER_ATTR). */
export function superLookup(thisType: PyType, obj: PyObject, name: string): PyObject {
  const probe = new PySuper(rt.types.super, thisType, obj, obj instanceof PyType && obj.isSubtypeOf(thisType) ? obj : obj.type);
  const r = superGetAttr(probe, name);
  if (r === null) raise(rt.exc.AttributeError!, `'super' object has no attribute '${name}'`);
  return r;
}

// ------------------------------------------------------------------ installation

export function installTypeAndObject(typeType: PyType, objectType: PyType): void {
  typeType.isGC = true;
  typeType.getattro = typeGetAttr;
  typeType.setattro = typeSetAttr;
  typeType.call = typeCall;
  typeType.repr = (o) => {
    const t = o as PyType;
    if (t.moduleName === null || t.moduleName === 'builtins') return `<class '${t.qualname}'>`;
    return `<class '${t.moduleName}.${t.qualname}'>`;
  };
  typeType.summary = (o) => `class ${(o as PyType).qualname}`;
  typeType.hash = (o) => pointerHash(o.addr);
  typeType.sizeOf = (o) => ((o as PyType).isHeapType ? rt.profile.sizes.type : rt.profile.sizes.staticType) - rt.profile.sizes.gcHeader;
  typeType.traverse = (o, visit) => {
    const t = o as PyType;
    if (!t.isHeapType) return;
    if (t.dict !== null) visit(t.dict, 'internal', '__dict__');
    if (t.mroTuple !== null) visit(t.mroTuple, 'internal', '__mro__');
    if (t.basesTuple !== null) visit(t.basesTuple, 'internal', '__bases__');
    if (t.base !== null) visit(t.base, 'internal', '__base__');
    if (t.subclasses !== null) visit(t.subclasses, 'internal', '__subclasses__');
    visit(t.type, 'internal', '__class__');
  };
  // What a class holds besides what the collector sees: ht_slots (type_traverse skips it).
  typeType.references = (o, visit) => {
    typeType.traverse!(o, visit);
    const slots = (o as PyType).slotsTuple;
    if (slots !== null) visit(slots, 'internal', '__slots__');
  };
  typeType.clear = (o) => {
    // type_clear: the dict and the MRO tuple (which holds the class itself) break cycles.
    const t = o as PyType;
    const d = t.dict;
    const mro = t.mroTuple;
    t.dict = null;
    t.mroTuple = null;
    if (d !== null) decref(d);
    if (mro !== null) decref(mro);
  };
  typeType.dealloc = (o) => {
    const t = o as PyType;
    rt.heap.untrack(t);
    clearWeakrefs(t);
    for (const b of t.bases) unregisterSubclass(b, t);
    const d = t.dict;
    const mro = t.mroTuple;
    const bases = t.basesTuple;
    const base = t.base;
    const subs = t.subclasses;
    t.dict = null;
    t.mroTuple = null;
    t.basesTuple = null;
    t.subclasses = null;
    t.base = null;
    t.mro = [];
    t.bases = [];
    xdecref(base);
    xdecref(bases);
    xdecref(mro);
    xdecref(d);
    xdecref(subs);
    const slotsTuple = t.slotsTuple;
    t.slotsTuple = null;
    xdecref(slotsTuple);
    rt.heap.release(t, true);
    decref(t.type);
  };
  typeType.newInstance = (args, kwnames) => {
    const { pos } = splitArgs(args, kwnames);
    if (pos.length !== 3) typeError('type() takes 1 or 3 arguments');
    const [name, bases, ns] = pos as [PyObject, PyObject, PyObject];
    if (!(name instanceof PyStr)) typeError(`type.__new__() argument 1 must be str, not ${name.type.name}`);
    if (!(bases instanceof PyTuple)) typeError(`type.__new__() argument 2 must be tuple, not ${bases.type.name}`);
    if (!(ns instanceof PyDict)) typeError(`type.__new__() argument 3 must be dict, not ${ns.type.name}`);
    return newClass(name.v, bases.items as PyType[], ns, rt.types.type);
  };

  objectType.getattro = genericGetAttr;
  objectType.setattro = genericSetAttr;
  objectType.newInstance = objectNew;
  objectType.repr = defaultRepr;
  objectType.hash = (o) => pointerHash(o.addr);
  objectType.richcompare = (a, b, op) => {
    if (op === 2) return a === b ? newBool(true) : null;
    if (op === 3) {
      // object.__ne__ inverts __eq__ when the class defines one.
      if (a.type.richcompare !== objectType.richcompare && a.type.richcompare !== null) {
        const r = a.type.richcompare(a, b, 2);
        if (r === null) return null;
        const v = isTrue(r);
        decref(r);
        return newBool(!v);
      }
      return a === b ? newBool(false) : null;
    }
    return null;
  };
  objectType.sizeOf = instanceSizeOf;
  objectType.dealloc = (o) => rt.heap.release(o, false);
  objectType.summary = () => 'object';
  // object.__class__: a data descriptor that every object finds through its type's MRO.
  const classAttr = new PyGetSet(rt.types.getsetDescriptor, '__class__', objectType);
  rt.heap.allocateStatic(classAttr, rt.heap.allocator.alloc(64));
  objectType.methods.set('__class__', classAttr);
  defineMethods(objectType, {
    // A class method taking nothing; the messages name the class it was called for.
    __init_subclass__: (a, k, self) => {
      const cls = (self as PyType).name;
      if (k !== null && k.length > 0) typeError(`${cls}.__init_subclass__() takes no keyword arguments`);
      if (a.length > 0) typeError(`${cls}.__init_subclass__() takes no arguments (${a.length} given)`);
      return newref(rt.none);
    },
    __setattr__: (a, k, self) => {
      checkArgs(OBJECT_SIG.__setattr__, a, k, self);
      genericSetAttr(self!, attributeName(a[0]!), a[1]!);
      return newref(rt.none);
    },
    __delattr__: (a, k, self) => {
      genericSetAttr(self!, attributeName(oneArg(OBJECT_SIG.__delattr__, a, k, self)), null);
      return newref(rt.none);
    },
    __getattribute__: (a, k, self) => {
      const name = attributeName(oneArg(OBJECT_SIG.__getattribute__, a, k, self));
      return genericGetAttr(self!, name) ?? attributeMissing(self!, name);
    },
  });
  markClassMethod(objectType.methods.get('__init_subclass__') as PyBuiltin);

  const getset = rt.types.getsetDescriptor;
  installOwnedDescriptor(getset, 'attribute');
  getset.descrGet = (d, obj) => {
    const g = d as PyGetSet;
    if (obj === null) return newref(d);
    if (g.name === '__class__') return newref(obj.type);
    if (g.name === '__dict__') return newref(materializeDict(obj));
    if (g.name === '__weakref__') {
      const refs = obj.weakrefs;
      return newref(refs !== null && refs.length > 0 ? refs[0]! : rt.none);
    }
    return newref(rt.none);
  };
  getset.descrSet = (d, obj, value) => {
    const g = d as PyGetSet;
    if (g.name === '__dict__') {
      if (!(value instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${value?.type.name ?? 'NoneType'}'`);
      const inst = obj as PyInstance;
      const old = inst.attrs;
      inst.attrs = newref(value);
      inst.dictObject = true;
      if (old !== null) decref(old);
      return;
    }
    if (g.name === '__class__') {
      if (value === null) typeError("can't delete __class__ attribute");
      raise(rt.exc.NotImplementedError!, 'assigning to __class__ is not supported here');
    }
    raise(rt.exc.AttributeError!, `attribute '${g.name}' of '${g.owner.name}' objects is not writable`);
  };

  const sup = rt.types.super;
  sup.isGC = true;
  sup.getattro = superGetAttr;
  sup.traverse = (o, visit) => {
    const s = o as PySuper;
    visit(s.thisType, 'internal', '__thisclass__');
    if (s.obj !== null) visit(s.obj, 'internal', '__self__');
    if (s.objType !== null) visit(s.objType, 'internal', '__self_class__');
  };
  sup.dealloc = (o) => {
    const s = o as PySuper;
    rt.heap.untrack(s);
    decref(s.thisType);
    xdecref(s.obj);
    xdecref(s.objType);
    rt.heap.release(s, true);
  };
  sup.repr = (o) => {
    const s = o as PySuper;
    return `<super: <class '${s.thisType.name}'>, <${s.objType?.name ?? 'NULL'} object>>`;
  };

  void hashOf;
  void richCompare;
  void str;
  void newInt;
  void newTuple;
  void hexAddress;
  void bindBuiltin;
  void newMethod;
  void dictSizeOf;
  void dictEntries;
}

/** _Py_HashPointer: the address rotated right by 4 bits, as a signed 64-bit value. */
export function pointerHash(code: number): number | bigint {
  const a = BigInt(addressOf(code));
  const y = BigInt.asIntN(64, (a >> 4n) | ((a << 60n) & ((1n << 64n) - 1n)));
  const h = y === -1n ? -2n : y;
  return h >= -9007199254740991n && h <= 9007199254740991n ? Number(h) : h;
}
