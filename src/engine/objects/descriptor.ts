/**
 * Descriptors that belong to a class and name an attribute of its instances: getset
 * descriptors (`__dict__`, `__weakref__`, `__class__`) and member descriptors (__slots__).
 * Their own module, so that both kinds can extend PyGetSet without an import cycle.
 */

import { rt } from '../runtime.ts';
import { decref, newref } from '../heap/heap.ts';
import { PyObject, type PyType } from './object.ts';
import { newStr } from './str.ts';
import { genericGetAttr } from './typeobject.ts';

/**
 * What getset and member descriptors share (PyDescr_COMMON): a GC object holding its class,
 * with __name__, __qualname__ and __objclass__, shown as `<attribute 'x' of 'C' objects>`
 * (`member` for member descriptors).
 */
export function installOwnedDescriptor(t: PyType, kind: 'attribute' | 'member'): void {
  t.isGC = true;
  t.traverse = (o, visit) => visit((o as PyGetSet).owner, 'internal', '__objclass__');
  t.dealloc = (o) => {
    rt.heap.untrack(o);
    decref((o as PyGetSet).owner);
    rt.heap.release(o, true);
  };
  t.repr = (o) => `<${kind} '${(o as PyGetSet).name}' of '${(o as PyGetSet).owner.name}' objects>`;
  t.getattro = (o, name) => {
    const g = o as PyGetSet;
    switch (name) {
      case '__name__': return newStr(g.name);
      case '__qualname__': return newStr(`${g.owner.qualname}.${g.name}`);
      case '__objclass__': return newref(g.owner);
    }
    return genericGetAttr(o, name);
  };
}

/** getset descriptors like `__dict__` and `__weakref__` that every class gets. */
export class PyGetSet extends PyObject {
  name: string;
  owner: PyType;
  constructor(type: PyType, name: string, owner: PyType) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.name = name;
    this.owner = owner;
  }
}
