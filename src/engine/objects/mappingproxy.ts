/**
 * mappingproxy (Objects/descrobject.c): the read-only view of a dict that `C.__dict__`
 * returns for every class. Each access makes a new proxy (type_dict's getter); reads go to
 * the dict, writes are refused. A built-in type's namespace is a static dict made on first
 * use from its methods (the engine keeps those in PyType.methods).
 */

import { rt } from '../runtime.ts';
import { decref, newref } from '../heap/heap.ts';
import { PyObject, PyType, type NativeCall, type Visit } from './object.ts';
import { checkArgs, methodSignatures } from './argspec.ts';
import { PyDict, dictSetStr } from './dict.ts';
import { materializeBuiltinTypeMethods, placeStatic } from './slotwrappers.ts';
import { clearWeakrefs } from './weakref.ts';
import { PyBuiltin } from './builtinfunc.ts';

export class PyMappingProxy extends PyObject {
  mapping: PyObject;
  constructor(type: PyType, mapping: PyObject) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.mapping = mapping;
  }
}

/** PyDictProxy_New: a new proxy over `mapping` (new reference). */
export function newMappingProxy(mapping: PyObject): PyObject {
  const p = new PyMappingProxy(rt.types.mappingProxy, newref(mapping));
  rt.heap.allocate(p, rt.profile.sizes.mappingProxy, true);
  rt.heap.track(p);
  return p;
}

/** C.__dict__: a proxy over the class's namespace. */
export function typeDictProxy(t: PyType): PyObject {
  return newMappingProxy(t.dict ?? builtinTypeNamespace(t));
}

const namespaces = new WeakMap<PyType, PyDict>();

/** A built-in type's namespace as CPython's type_ready fills it: every method it defines. */
function builtinTypeNamespace(t: PyType): PyDict {
  let d = namespaces.get(t);
  if (d === undefined) {
    materializeBuiltinTypeMethods(t);
    // Static, like the type: made outside the program's heap and never collected.
    d = new PyDict(rt.types.dict);
    placeStatic(d);
    for (const [name, m] of t.methods) dictSetStr(d, name, m);
    namespaces.set(t, d);
    // Its key strings live on the program's heap: the heap audit counts this dict's hold on them.
    rt.constantRoots.push(d);
  }
  return d;
}

const proxied = (o: PyObject): PyObject => (o as PyMappingProxy).mapping;

const SIG = methodSignatures('mappingproxy', {
  keys: '()',
  values: '()',
  items: '()',
  get: '(key, default=None, /)',
  copy: '()',
});

export function installMappingProxy(t: PyType): void {
  const dictType = rt.types.dict;
  t.isGC = true;
  t.traverse = (o, visit: Visit) => visit(proxied(o), 'internal', 'mapping');
  t.dealloc = (o) => {
    const p = o as PyMappingProxy;
    rt.heap.untrack(p);
    clearWeakrefs(p);
    decref(p.mapping);
    rt.heap.release(p, true);
  };
  t.sizeOf = () => rt.profile.sizes.mappingProxy - rt.profile.sizes.gcHeader;
  t.repr = (o) => `mappingproxy(${dictType.repr!(proxied(o))})`;
  t.summary = (o) => `mappingproxy of ${(proxied(o) as PyDict).used} items`;
  t.length = (o) => dictType.length!(proxied(o));
  t.getitem = (o, key) => dictType.getitem!(proxied(o), key);
  t.contains = (o, key) => dictType.contains!(proxied(o), key);
  t.iter = (o) => dictType.iter!(proxied(o));
  t.richcompare = (a, b, op) => dictType.richcompare!(proxied(a), b, op);
  // keys(), values(), items(), get() and copy() are the dict's own, called on the dict
  // (mappingproxy_keys and friends call the mapping's method).
  for (const name of Object.keys(SIG) as (keyof typeof SIG)[]) {
    const dictMethod = dictType.methods.get(name) as PyBuiltin;
    const fn: NativeCall = (a, k, self) => {
      checkArgs(SIG[name], a, k, self);
      return dictMethod.fn(a, k, proxied(self!));
    };
    const m = new PyBuiltin(rt.types.methodDescriptor, name, fn, null, t, null);
    placeStatic(m);
    t.methods.set(name, m);
  }
}
