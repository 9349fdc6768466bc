/**
 * The descriptors a class body's decorators make: staticmethod and classmethod
 * (Objects/funcobject.c) and property (Objects/descrobject.c).
 *
 * What they allocate is what CPython's allocate: none of the three types has vectorcall, so
 * calling one packs the arguments into a tuple (profile.tpCallTypes); staticmethod and
 * classmethod copy the wrapped callable's __module__, __name__, __qualname__, __doc__ (and,
 * before 3.14, __annotations__) into a dict of their own (functools_wraps); `@x.setter`
 * binds a method and calls the property's type again (property_copy); a class statement
 * binds and calls each property's __set_name__ (type_new_set_names).
 */

import { rt } from '../runtime.ts';
import { decref, newref, xdecref } from '../heap/heap.ts';
import { PyObject, type PyType, type Visit } from './object.ts';
import { PyDict, dictDelStr, dictGetStr, dictSetStr, newDict } from './dict.ts';
import { raise, typeError } from './errors.ts';
import { strRepr } from './str.ts';
import { checkArgs, callableSignatures, methodSignatures, oneArg, parseArgs } from './argspec.ts';
import { defineMethods } from './builtinfunc.ts';
import { genericGetAttr } from './typeobject.ts';
import { newMethod } from './function.ts';
import { callObject, catchPy, getAttr, hexAddress, isTrue, lookupAttr, repr } from '../abstract.ts';

/** staticmethod and classmethod: the callable and the dict functools_wraps fills. */
export class PyWrapper extends PyObject {
  func: PyObject | null;
  dict: PyDict | null = null;
  constructor(type: PyType, func: PyObject | null) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.func = func;
  }
}

/** property: its three functions, its doc and the name __set_name__ gave it. */
export class PyProperty extends PyObject {
  fget: PyObject | null = null;
  fset: PyObject | null = null;
  fdel: PyObject | null = null;
  doc: PyObject | null = null;
  name: PyObject | null = null;
  /** The doc came from the getter (property_copy then lets the new getter's doc win). */
  getterDoc = false;
  constructor(type: PyType) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
  }
}

const CTOR = callableSignatures({
  staticmethod: 'fastcall(function, /)',
  classmethod: 'fastcall(function, /)',
  property: '(fget=None, fset=None, fdel=None, doc=None)',
});

const PROPERTY_METHODS = methodSignatures('property', {
  getter: '(func, /)',
  setter: '(func, /)',
  deleter: '(func, /)',
  __set_name__: 'varargs(owner, name, /)',
});

/** The attributes functools_wraps copies, in its order (profile.wrapsAnnotations adds the last). */
const WRAPPED_ATTRIBUTES = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** PyClassMethod_New / PyStaticMethod_New: the bare object, without functools_wraps. */
export function newDecorator(type: PyType, func: PyObject): PyWrapper {
  const o = new PyWrapper(type, newref(func));
  rt.heap.allocate(o, rt.profile.sizes.methodWrapper, true);
  rt.heap.track(o);
  return o;
}

/** cm_init / sm_init: the callable, then functools_wraps. */
function wrapperNew(args: PyObject[], kwnames: string[] | null, self: PyObject | null): PyObject {
  const t = self as PyType;
  const [func] = parseArgs(t.isSubtypeOf(rt.types.staticmethod) ? CTOR.staticmethod : CTOR.classmethod, args, kwnames, null);
  const o = newDecorator(t, func!);
  try {
    const copied = rt.profile.wrapsAnnotations ? WRAPPED_ATTRIBUTES : WRAPPED_ATTRIBUTES.slice(0, -1);
    for (const name of copied) {
      // 3.13+ PyObject_GetOptionalAttr; before, PyObject_GetAttr raised the AttributeError
      // (an exception and its args tuple) and functools_copy_attr cleared it.
      const v = rt.profile.wrapsRaisesMissing ? catchPy(() => getAttr(func!, name), rt.exc.AttributeError!) : lookupAttr(func!, name);
      if (v === null) continue;
      wrapperSetAttr(o, name, v);
      decref(v);
    }
  } catch (e) {
    decref(o);
    throw e;
  }
  return o;
}

function wrapperSetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const w = o as PyWrapper;
  if (name === '__func__' || name === '__wrapped__') raise(rt.exc.AttributeError!, 'readonly attribute');
  if (name === '__dict__') {
    if (!(value instanceof PyDict)) typeError(`__dict__ must be set to a dictionary, not a '${value?.type.name ?? 'NoneType'}'`);
    const old = w.dict;
    w.dict = newref(value);
    xdecref(old);
    return;
  }
  if (value === null) {
    if (w.dict === null || dictGetStr(w.dict, name) === null) raise(rt.exc.AttributeError!, `'${o.type.name}' object has no attribute '${name}'`);
    dictDelStr(w.dict, name);
    return;
  }
  if (w.dict === null) w.dict = newDict();
  dictSetStr(w.dict, name, value);
}

function wrapperGetAttr(o: PyObject, name: string): PyObject | null {
  const w = o as PyWrapper;
  switch (name) {
    case '__func__':
    case '__wrapped__':
      return newref(w.func ?? rt.none);
    case '__isabstractmethod__':
      return newref(isAbstract(w.func) ? rt.true : rt.false);
    case '__dict__':
      if (w.dict === null) w.dict = newDict();
      return newref(w.dict);
  }
  if (w.dict !== null) {
    const v = dictGetStr(w.dict, name);
    if (v !== null) return newref(v);
  }
  return genericGetAttr(o, name);
}

/** _PyObject_IsAbstract: the object's __isabstractmethod__, if any, is true. */
function isAbstract(o: PyObject | null): boolean {
  if (o === null) return false;
  const v = lookupAttr(o, '__isabstractmethod__');
  if (v === null) return false;
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

// ------------------------------------------------------------------ property

/** property_init: fget, fset, fdel, and the doc given or else the getter's __doc__. */
function propertyInit(p: PyProperty, fget: PyObject | undefined, fset: PyObject | undefined, fdel: PyObject | undefined, doc: PyObject | undefined): void {
  const none = rt.none;
  const old = [p.fget, p.fset, p.fdel, p.doc, p.name];
  p.fget = fget === undefined || fget === none ? null : newref(fget);
  p.fset = fset === undefined || fset === none ? null : newref(fset);
  p.fdel = fdel === undefined || fdel === none ? null : newref(fdel);
  p.doc = null;
  p.name = null;
  p.getterDoc = false;
  for (const o of old) xdecref(o);
  if (doc !== undefined && doc !== none) p.doc = newref(doc);
  else if (p.fget !== null) {
    const getterDoc = lookupAttr(p.fget, '__doc__');
    if (getterDoc !== null) {
      p.doc = getterDoc;
      p.getterDoc = true;
    }
  } else if (doc === none) p.doc = newref(none); // 3.10/3.11 keep the None given (3.12+: immortal, no trace)
}

function propertyNew(args: PyObject[], kwnames: string[] | null, self: PyObject | null): PyObject {
  const [fget, fset, fdel, doc] = parseArgs(CTOR.property, args, kwnames, null);
  const p = new PyProperty(self as PyType);
  rt.heap.allocate(p, rt.profile.sizes.property, true);
  rt.heap.track(p);
  try {
    propertyInit(p, fget, fset, fdel, doc);
  } catch (e) {
    decref(p);
    throw e;
  }
  return p;
}

/**
 * property_copy (`@x.setter` and friends): the property's type called again with the
 * functions, the doc unless it came from a getter being replaced, then the old name.
 */
function propertyCopy(old: PyProperty, fget: PyObject | null, fset: PyObject | null, fdel: PyObject | null): PyObject {
  const none = rt.none;
  // 3.10/3.11's property_copy drops a reference it does not own when given None
  // (Py_XDECREF on the borrowed argument): None's count really goes down by one.
  if (rt.profile.propertyCopyDropsNone) for (const given of [fget, fset, fdel]) if (given === none) decref(none);
  // None, like a function not given, keeps the old one.
  const get = (fget === none ? null : fget) ?? old.fget ?? none;
  const set = (fset === none ? null : fset) ?? old.fset ?? none;
  const del = (fdel === none ? null : fdel) ?? old.fdel ?? none;
  const doc = old.getterDoc && get !== none ? none : old.doc ?? none;
  const made = callObject(old.type, [get, set, del, doc], null);
  if (made instanceof PyProperty) {
    const previous = made.name;
    made.name = old.name === null ? null : newref(old.name);
    xdecref(previous);
  }
  return made;
}

/** The name error messages use: the one __set_name__ gave, else (3.13+) the getter's __name__. */
function propertyName(p: PyProperty): PyObject | null {
  if (p.name !== null) return newref(p.name);
  if (rt.profile.propertyNameFromGetter && p.fget !== null) return lookupAttr(p.fget, '__name__');
  return null;
}

function propertyError(p: PyProperty, obj: PyObject | null, what: 'getter' | 'setter' | 'deleter'): never {
  const name = propertyName(p);
  const shown = name === null ? null : repr(name);
  xdecref(name);
  return raise(rt.exc.AttributeError!, rt.profile.messages.propertyMissing(what, shown, obj === null ? null : strRepr(obj.type.qualname)));
}

function propertyGetAttr(o: PyObject, name: string): PyObject | null {
  const p = o as PyProperty;
  switch (name) {
    case 'fget': return newref(p.fget ?? rt.none);
    case 'fset': return newref(p.fset ?? rt.none);
    case 'fdel': return newref(p.fdel ?? rt.none);
    case '__doc__': return newref(p.doc ?? rt.none);
    case '__isabstractmethod__':
      return newref(isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel) ? rt.true : rt.false);
    case '__name__': {
      if (!rt.profile.propertyNameFromGetter) break;
      const n = propertyName(p);
      if (n !== null) return n;
      return raise(rt.exc.AttributeError!, `'property' object has no attribute '__name__'`);
    }
  }
  return genericGetAttr(o, name);
}

function propertySetAttr(o: PyObject, name: string, value: PyObject | null): void {
  const p = o as PyProperty;
  if (name === 'fget' || name === 'fset' || name === 'fdel') raise(rt.exc.AttributeError!, 'readonly attribute');
  if (name === '__doc__') {
    const old = p.doc;
    p.doc = value === null ? null : newref(value);
    xdecref(old);
    return;
  }
  if (name === '__name__' && rt.profile.propertyNameFromGetter) {
    const old = p.name;
    p.name = value === null ? null : newref(value);
    xdecref(old);
    return;
  }
  raise(rt.exc.AttributeError!, `'${o.type.name}' object has no attribute '${name}'`);
}

export function installDecorators(): void {
  const T = rt.types;
  for (const w of [T.staticmethod, T.classmethod]) {
    w.isGC = true;
    w.newInstance = wrapperNew;
    w.getattro = wrapperGetAttr;
    w.setattro = wrapperSetAttr;
    w.sizeOf = () => rt.profile.sizes.methodWrapper - rt.profile.sizes.gcHeader;
    w.traverse = (o, visit: Visit) => {
      const x = o as PyWrapper;
      if (x.func !== null) visit(x.func, 'internal', '__func__');
      if (x.dict !== null) visit(x.dict, 'internal', '__dict__');
    };
    w.clear = (o) => {
      const x = o as PyWrapper;
      const f = x.func;
      const d = x.dict;
      x.func = x.dict = null;
      xdecref(f);
      xdecref(d);
    };
    w.dealloc = (o) => {
      rt.heap.untrack(o);
      w.clear!(o);
      rt.heap.release(o, true);
    };
    w.repr = (o) => {
      const f = (o as PyWrapper).func;
      return `<${w.name}(${f === null ? 'NULL' : repr(f)})>`;
    };
  }
  T.staticmethod.descrGet = (d) => newref((d as PyWrapper).func!);
  T.classmethod.descrGet = (d, obj, type) => newMethod((d as PyWrapper).func!, obj === null ? type : obj.type);
  // sm_call (3.10+): a staticmethod object is callable.
  T.staticmethod.call = (args, kwnames, callable) => callObject((callable as PyWrapper).func!, args, kwnames);

  const prop = T.property;
  prop.isGC = true;
  prop.newInstance = propertyNew;
  prop.getattro = propertyGetAttr;
  prop.setattro = propertySetAttr;
  prop.sizeOf = () => rt.profile.sizes.property - rt.profile.sizes.gcHeader;
  prop.traverse = (o, visit: Visit) => {
    const p = o as PyProperty;
    if (p.fget !== null) visit(p.fget, 'internal', 'fget');
    if (p.fset !== null) visit(p.fset, 'internal', 'fset');
    if (p.fdel !== null) visit(p.fdel, 'internal', 'fdel');
    if (p.doc !== null) visit(p.doc, 'internal', '__doc__');
    if (p.name !== null) visit(p.name, 'internal', '__name__');
  };
  prop.clear = (o) => {
    const p = o as PyProperty;
    const held = [p.fget, p.fset, p.fdel, p.doc, p.name];
    p.fget = p.fset = p.fdel = p.doc = p.name = null;
    for (const h of held) xdecref(h);
  };
  prop.dealloc = (o) => {
    rt.heap.untrack(o);
    prop.clear!(o);
    rt.heap.release(o, true);
  };
  prop.repr = (o) => `<property object at ${hexAddress(o.addr)}>`;
  // property_descr_get: on the class (or None) the property itself, else the getter's result.
  prop.descrGet = (d, obj) => {
    const p = d as PyProperty;
    if (obj === null || obj === rt.none) return newref(d);
    if (p.fget === null) propertyError(p, obj, 'getter');
    return callObject(p.fget, [obj], null);
  };
  prop.descrSet = (d, obj, value) => {
    const p = d as PyProperty;
    const f = value === null ? p.fdel : p.fset;
    if (f === null) propertyError(p, obj, value === null ? 'deleter' : 'setter');
    decref(callObject(f, value === null ? [obj] : [obj, value], null));
  };
  defineMethods(prop, {
    getter: (a, k, self) => propertyCopy(self as PyProperty, oneArg(PROPERTY_METHODS.getter, a, k, self!), null, null),
    setter: (a, k, self) => propertyCopy(self as PyProperty, null, oneArg(PROPERTY_METHODS.setter, a, k, self!), null),
    deleter: (a, k, self) => propertyCopy(self as PyProperty, null, null, oneArg(PROPERTY_METHODS.deleter, a, k, self!)),
    // property_set_name: METH_VARARGS, with its own count check.
    __set_name__: (a, k, self) => {
      if (k !== null && k.length > 0) checkArgs(PROPERTY_METHODS.__set_name__, a, k, self!);
      if (a.length !== 2) typeError(`__set_name__() takes 2 positional arguments but ${a.length} were given`);
      const p = self as PyProperty;
      const old = p.name;
      p.name = newref(a[1]!);
      xdecref(old);
      return newref(rt.none);
    },
  });
}
