/**
 * Weak references (Objects/weakrefobject.c): `weakref.ref(obj, callback)`.
 *
 * A weak reference does not count towards its referent's refcount. When the referent dies,
 * every weak reference to it is cleared and then the callbacks of those still alive run,
 * newest first (the order of the referent's weakref list: callback-less refs are shared
 * and kept at the head).
 */

import { rt } from '../runtime.ts';
import { decref, newref, touch, xdecref } from '../heap/heap.ts';
import { PyError, PyObject, type PyType } from './object.ts';
import { callObject, hashOf, hexAddress, repr } from '../abstract.ts';
import { typeError } from './errors.ts';
import { callableSignatures, checkArgs, parseArgs } from './argspec.ts';
import { reportUnraisable } from './unraisable.ts';
import { newBool } from './int.ts';

export class PyWeakref extends PyObject {
  /** Borrowed: weak references never own their referent. */
  referent: PyObject | null;
  callback: PyObject | null;
  hashCache: number | bigint | null = null;
  constructor(type: PyType, referent: PyObject, callback: PyObject | null) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.referent = referent;
    this.callback = callback;
  }
}

export function canWeakref(o: PyObject): boolean {
  return o.type.weakrefable;
}

/** weakref.ref(obj[, callback]): a new reference. */
export function newWeakref(obj: PyObject, callback: PyObject | null): PyObject {
  if (!canWeakref(obj)) typeError(`cannot create weak reference to '${obj.type.name}' object`);
  if (callback === rt.none) callback = null;
  const list = obj.weakrefs ?? (obj.weakrefs = []);
  const basic = list.length > 0 && (list[0] as PyWeakref).callback === null ? (list[0] as PyWeakref) : null;
  if (callback === null && basic !== null) return newref(basic);
  const r = new PyWeakref(rt.types.weakref, obj, callback === null ? null : newref(callback));
  rt.heap.allocate(r, rt.profile.sizes.weakref, true);
  rt.heap.track(r);
  if (callback === null || basic === null) list.unshift(r);
  else list.splice(1, 0, r);
  return r;
}

/** Detaches a weakref from its referent (clear_weakref). */
export function clearWeakref(r: PyWeakref): void {
  const o = r.referent;
  if (o === null) return;
  r.referent = null;
  touch(r); // traces redraw the now-dead reference
  const list = o.weakrefs;
  if (list !== null) {
    const i = list.indexOf(r);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) o.weakrefs = null;
  }
}

/**
 * PyObject_ClearWeakRefs: clears every weakref to `o`, then runs the callbacks of the
 * weakrefs that are still alive, in list order. Errors in callbacks are reported only.
 */
export function clearWeakrefs(o: PyObject): void {
  const list = o.weakrefs;
  if (list === null || list.length === 0) return;
  const pending: [PyWeakref, PyObject][] = [];
  for (const r of list.slice() as PyWeakref[]) {
    const cb = r.callback;
    r.callback = null;
    clearWeakref(r);
    if (cb !== null) {
      if (r.rc > 0) pending.push([newref(r), cb]);
      else decref(cb);
    }
  }
  o.weakrefs = null;
  for (const [r, cb] of pending) {
    handleCallback(r, cb);
    decref(cb);
    decref(r);
  }
}

export function handleCallback(r: PyWeakref, cb: PyObject): void {
  try {
    const res = callObject(cb, [r], null);
    decref(res);
  } catch (e) {
    if (e instanceof PyError) reportUnraisable(e.exc, `Exception ignored in: ${repr(cb)}`);
    else throw e;
  }
}

export function installWeakref(t: PyType): void {
  t.isGC = true;
  t.sizeOf = () => rt.profile.sizes.weakref - rt.profile.sizes.gcHeader;
  t.traverse = (o, visit) => {
    const r = o as PyWeakref;
    if (r.callback !== null) visit(r.callback, 'internal', '__callback__');
  };
  t.clear = (o) => {
    const r = o as PyWeakref;
    clearWeakref(r);
    const cb = r.callback;
    r.callback = null;
    xdecref(cb);
  };
  t.dealloc = (o) => {
    const r = o as PyWeakref;
    rt.heap.untrack(r);
    clearWeakref(r);
    const cb = r.callback;
    r.callback = null;
    xdecref(cb);
    rt.heap.release(r, true);
  };
  t.call = (args, kwnames, self) => {
    parseArgs(SIG.weakref, args, kwnames, self);
    const r = self as PyWeakref;
    return newref(r.referent ?? rt.none);
  };
  t.repr = (o) => {
    const r = o as PyWeakref;
    if (r.referent === null) return `<weakref at ${hexAddress(o.addr)}; dead>`;
    return `<weakref at ${hexAddress(o.addr)}; to '${r.referent.type.name}' at ${hexAddress(r.referent.addr)}>`;
  };
  t.summary = (o) => ((o as PyWeakref).referent === null ? 'dead weakref' : 'weakref');
  t.hash = (o) => {
    const r = o as PyWeakref;
    if (r.hashCache !== null) return r.hashCache;
    if (r.referent === null) typeError('weak object has gone away');
    r.hashCache = hashOf(r.referent);
    return r.hashCache;
  };
  t.richcompare = (a, b, op) => {
    if (!(b instanceof PyWeakref) || (op !== 2 && op !== 3)) return null;
    const x = (a as PyWeakref).referent;
    const y = b.referent;
    let eq: boolean;
    if (x === null || y === null) eq = a === b;
    else eq = x === y; // identity is enough for the objects PyHeap programs weakly reference
    return newBool(op === 2 ? eq : !eq);
  };
  t.newInstance = (args, kwnames) => {
    checkArgs(SIG['weakref.ref'], args, kwnames, null);
    return newWeakref(args[0]!, args[1] ?? null);
  };
}

/**
 * weakref.ref(object, callback=None, /) (weakref___new__, parsed by PyArg_UnpackTuple as
 * "__new__"), and calling a weakref: no arguments (3.10: PyArg_ParseTupleAndKeywords with
 * "|:__call__"; 3.11+: a vectorcall).
 */
const SIG = callableSignatures({
  'weakref.ref': 'fastcall(object, callback=None, /) as __new__',
  weakref: 'fastcall() as weakref',
});
