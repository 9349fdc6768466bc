/**
 * __slots__: a class that lists its instances' attributes gets a member descriptor for
 * each and stores their values in the instance itself, with no __dict__ (and no
 * __weakref__) unless the list names them (Objects/typeobject.c type_new_slots,
 * Objects/descrobject.c member descriptors, subtype_dealloc's clear_slots).
 *
 * What a class statement allocates for it is what CPython allocates: a 1-tuple for a
 * single string, the list of mangled names (sorted) and the tuple made from it (the class
 * keeps that one as ht_slots), one member descriptor per slot.
 */

import { rt } from '../runtime.ts';
import { decref, newref, xdecref } from '../heap/heap.ts';
import { PyObject, type PyType, type Visit } from './object.ts';
import { PyDict, dictGetStr, dictSetStr } from './dict.ts';
import { PyStr, internStr, newStr } from './str.ts';
import { newList } from './list.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { raise, typeError, valueError } from './errors.ts';
import { attributeMissing, callObject } from '../abstract.ts';
import { PyGetSet, installOwnedDescriptor } from './descriptor.ts';
import { mangle } from '../compile/mangle.ts';

/** A member descriptor (`P.x` for a slot x): where in its instances the value lives. */
export class PyMemberDescr extends PyGetSet {
  /** Index into the instance's slot values. */
  index: number;
  constructor(type: PyType, name: string, owner: PyType, index: number) {
    super(type, name, owner);
    this.index = index;
  }
}

/** What a class's __slots__ asks for, worked out before the class is allocated. */
export interface SlotRequest {
  /** The slot names this class adds, mangled and sorted (ht_slots). */
  names: string[];
  /** The tuple of those names; the class keeps it. */
  tuple: PyObject;
  /** `__dict__` / `__weakref__` were listed (and the base has none). */
  addDict: boolean;
  addWeakref: boolean;
}

/** The state of a base class that decides what its subclasses may add. */
export interface SlotBase {
  hasDict: boolean;
  weakrefable: boolean;
}

/**
 * type_new_get_slots, type_new_visit_slots and type_new_copy_slots: checks the names and
 * returns what the class adds. `slots` is the namespace's __slots__ value.
 */
export function prepareSlots(className: string, slots: PyObject, ns: PyDict, base: SlotBase): SlotRequest {
  // Make it into a tuple: a string stands for one name.
  const given = slots instanceof PyStr ? newTuple([newref(slots)]) : callObject(rt.types.tuple, [slots], null);
  try {
    const items = (given as PyTuple).items;
    const mayAddDict = !base.hasDict;
    const mayAddWeakref = !base.weakrefable;
    let addDict = false;
    let addWeakref = false;
    for (const item of items) {
      if (!(item instanceof PyStr)) typeError(`__slots__ items must be strings, not '${item.type.name}'`);
      if (!isIdentifier(item.v)) typeError('__slots__ must be identifiers');
      if (item.v === '__dict__') {
        if (!mayAddDict || addDict) typeError('__dict__ slot disallowed: we already got one');
        addDict = true;
      } else if (item.v === '__weakref__') {
        if (!mayAddWeakref || addWeakref) typeError('__weakref__ slot disallowed: we already got one');
        addWeakref = true;
      }
    }
    const names: PyObject[] = [];
    for (const item of items as PyStr[]) {
      if ((addDict && item.v === '__dict__') || (addWeakref && item.v === '__weakref__')) continue;
      const mangled = mangle(className, item.v);
      const name = mangled === item.v ? newref(item) : newStr(mangled);
      names.push(name);
      // __qualname__ and __classcell__ are taken out of the namespace later: no conflict.
      if (dictGetStr(ns, mangled) !== null && mangled !== '__qualname__' && mangled !== '__classcell__') {
        const list = newList(names);
        decref(list);
        valueError(`'${mangled}' in __slots__ conflicts with class variable`);
      }
    }
    const list = newList(names);
    list.items.sort((a, b) => compareCodePoints((a as PyStr).v, (b as PyStr).v));
    const tuple = newTuple(list.items.map((n) => newref(n)), false, true);
    decref(list);
    return { names: ((tuple as PyTuple).items as PyStr[]).map((s) => s.v), tuple, addDict, addWeakref };
  } finally {
    decref(given);
  }
}

function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** str.isidentifier for the names a program can write. */
function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
}

/**
 * type_add_members: a member descriptor per slot the class adds, in ht_slots order, each
 * holding a reference to the class.
 */
export function addMemberDescriptors(t: PyType, dict: PyDict): void {
  for (let i = 0; i < t.slotNames.length; i++) {
    const name = t.slotNames[i]!;
    const d = new PyMemberDescr(rt.types.memberDescriptor, name, t, t.slotOffset + i);
    rt.heap.allocate(d, rt.profile.sizes.memberDescriptor, true);
    rt.heap.track(d);
    newref(t);
    const key = internStr(name);
    dictSetStr(dict, name, d, key);
    decref(key);
    decref(d);
  }
}

/** An instance's slot values, or a clear error for a type that has none. */
function slotValues(d: PyMemberDescr, obj: PyObject): (PyObject | null)[] {
  const values = (obj as { slots?: (PyObject | null)[] | null }).slots;
  if (!obj.type.isSubtypeOf(d.owner) || values === undefined || values === null) {
    typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
  }
  return values;
}

/**
 * The slot values an instance of `t` holds, released the way clear_slots does: the class's
 * own slots first, then each base's, each class's in ht_slots order.
 */
export function releaseSlots(t: PyType, values: (PyObject | null)[]): void {
  for (let k: PyType | null = t; k !== null && k.isHeapType; k = k.base) {
    for (let i = 0; i < k.slotNames.length; i++) {
      const v = values[k.slotOffset + i] ?? null;
      values[k.slotOffset + i] = null;
      xdecref(v);
    }
  }
}

/** subtype_traverse's traverse_slots, in the same order as releaseSlots. */
export function traverseSlots(t: PyType, values: (PyObject | null)[], visit: Visit): void {
  for (let k: PyType | null = t; k !== null && k.isHeapType; k = k.base) {
    for (let i = 0; i < k.slotNames.length; i++) {
      const v = values[k.slotOffset + i];
      if (v !== null && v !== undefined) visit(v, 'attr', k.slotNames[i]!);
    }
  }
}

export function installMemberDescriptor(t: PyType): void {
  installOwnedDescriptor(t, 'member');
  t.sizeOf = () => rt.profile.sizes.memberDescriptor - rt.profile.sizes.gcHeader;
  // A slot's descriptor has no doc (PyMemberDef.doc is NULL): __doc__ is None.
  const describe = t.getattro!;
  t.getattro = (o, name) => (name === '__doc__' ? newref(rt.none) : describe(o, name));
  // member_get: the descriptor itself on the class; an unset slot is an AttributeError.
  t.descrGet = (descr, obj) => {
    const d = descr as PyMemberDescr;
    if (obj === null) return newref(d);
    const v = slotValues(d, obj)[d.index] ?? null;
    if (v === null) return attributeMissing(obj, d.name);
    return newref(v);
  };
  // member_set: deleting an unset slot raises AttributeError naming it.
  t.descrSet = (descr, obj, value) => {
    const d = descr as PyMemberDescr;
    const values = slotValues(d, obj);
    const old = values[d.index] ?? null;
    if (value === null && old === null) raise(rt.exc.AttributeError!, d.name);
    values[d.index] = value === null ? null : newref(value);
    xdecref(old);
  };
}
