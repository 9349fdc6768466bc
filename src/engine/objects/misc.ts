/**
 * Small built-in types: None, NotImplemented, Ellipsis, range, slice and module objects.
 */

import { rt } from '../runtime.ts';
import { decref, newref, type Heap } from '../heap/heap.ts';
import { GC_FROZEN, PyObject, type PyType } from './object.ts';
import { PyInt, newBool, newInt } from './int.ts';
import { PyDict, dictDelStr, dictGetStr, dictSetStr } from './dict.ts';
import { PyStr } from './str.ts';
import { genericGetAttr, genericSetAttr, pointerHash } from './typeobject.ts';
import { indexValue, repr } from '../abstract.ts';
import { raise, typeError, valueError } from './errors.ts';
import { CPYTHON_MODULE_NAMES } from '../modules/index.ts';
import { defineMethods } from './builtinfunc.ts';
import { methodSignatures, oneArg } from './argspec.ts';
import { newRangeIterator } from './iterators.ts';

export class PyRange extends PyObject {
  start: number;
  stop: number;
  step: number;
  len: number;
  constructor(type: PyType, start: number, stop: number, step: number) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.len = rangeLength(start, stop, step);
  }
}

export function rangeLength(start: number, stop: number, step: number): number {
  if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
  return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
}

export class PySlice extends PyObject {
  start: PyObject;
  stop: PyObject;
  step: PyObject;
  constructor(type: PyType, start: PyObject, stop: PyObject, step: PyObject) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

export class PyModule extends PyObject {
  name: string;
  dict: PyDict;
  constructor(type: PyType, name: string, dict: PyDict) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.name = name;
    this.dict = dict;
  }
}

export function newRange(start: number, stop: number, step: number): PyObject {
  if (step === 0) valueError('range() arg 3 must not be zero');
  return rt.heap.allocate(new PyRange(rt.types.range, start, stop, step), rt.profile.sizes.range, false);
}

/** slice(start, stop, step): takes new references to the three parts. */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PyObject {
  const s = new PySlice(rt.types.slice, newref(start), newref(stop), newref(step));
  // The heap's header work (Heap.allocate/track) is done here, where V8 sees only PySlice.
  const h = rt.heap;
  s.addr = h.allocator.alloc(rt.profile.sizes.slice);
  h.noteBirth(s);
  s.serial = h.takeSerial();
  s.mark = h.epoch;
  h.countAllocation();
  trackSlice(h, s);
  return s;
}

/** Heap.track for a slice. */
function trackSlice(h: Heap, s: PySlice): void {
  if (s.gen >= 0) return;
  const head = h.youngHead;
  const last = head.gcPrev!;
  s.gen = 0;
  s.gcPrev = last;
  s.gcNext = head;
  h.linkYoung(s, last);
}

/** Heap.untrack for a slice. */
function untrackSlice(h: Heap, s: PySlice): void {
  if (s.gen < 0) return;
  h.unlinkNeighbours(s.gcPrev!, s.gcNext!);
  s.gcNext = null;
  s.gcPrev = null;
  s.gen = -1;
  if (h.dirty !== null && s.mark !== h.epoch) {
    s.mark = h.epoch;
    h.dirty.push(s);
  }
  s.gcFlags &= ~GC_FROZEN;
  h.countUntracked();
}

/** PySlice_GetIndicesEx: resolves a slice against a sequence length. */
export function sliceIndices(s: PySlice, length: number): { start: number; stop: number; step: number; count: number } {
  const toNum = (o: PyObject): number | null => (o === rt.none ? null : Number(indexValue(o)));
  let step = toNum(s.step) ?? 1;
  if (step === 0) valueError('slice step cannot be zero');
  let start = toNum(s.start);
  let stop = toNum(s.stop);
  if (start === null) start = step < 0 ? length - 1 : 0;
  else {
    if (start < 0) start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
    else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (stop === null) stop = step < 0 ? -1 : length;
  else {
    if (stop < 0) stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
    else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  void step;
  step = step | 0 || step;
  return { start, stop, step, count };
}

export function newModule(name: string, dict: PyDict): PyModule {
  const m = new PyModule(rt.types.module, name, newref(dict));
  rt.heap.allocate(m, 72, true);
  rt.heap.track(m);
  return m;
}

/** range's methods (Objects/rangeobject.c). */
const RANGE_SIG = methodSignatures('range', {
  index: '(value, /)',
  count: '(value, /)',
});

export function installMisc(): void {
  const T = rt.types;
  T.NoneType.repr = () => 'None';
  T.NoneType.newInstance = (args) => {
    if (args.length > 0) typeError('NoneType takes no arguments');
    return newref(rt.none);
  };
  T.NotImplementedType.newInstance = () => newref(rt.notImplemented);
  T.ellipsis.newInstance = () => newref(rt.ellipsis);
  T.NoneType.summary = () => 'None';
  T.NoneType.number = { bool: () => false };
  T.NoneType.hash = (o) => (rt.profile.noneHash === 'pointer' ? pointerHash(o.addr) : rt.profile.noneHash);
  T.NotImplementedType.hash = (o) => pointerHash(o.addr);
  T.ellipsis.hash = (o) => pointerHash(o.addr);
  T.NoneType.sizeOf = () => rt.profile.sizes.none;
  T.NotImplementedType.repr = () => 'NotImplemented';
  T.ellipsis.repr = () => 'Ellipsis';
  T.NoneType.baseType = false;
  T.NotImplementedType.baseType = false;
  T.ellipsis.baseType = false;
  T.bool.baseType = false;
  T.range.baseType = false;
  T.slice.baseType = false;
  T.function.baseType = false;
  T.builtinFunction.baseType = false;

  const r = T.range;
  r.repr = (o) => {
    const x = o as PyRange;
    return x.step === 1 ? `range(${x.start}, ${x.stop})` : `range(${x.start}, ${x.stop}, ${x.step})`;
  };
  r.summary = r.repr;
  r.length = (o) => (o as PyRange).len;
  r.sizeOf = () => rt.profile.sizes.range;
  r.iter = (o) => {
    const x = o as PyRange;
    return newRangeIterator(x.start, x.step, x.len);
  };
  r.dealloc = (o) => rt.heap.release(o, false);
  r.contains = (o, item) => {
    const x = o as PyRange;
    if (!(item instanceof PyInt)) return false;
    const v = Number(item.v);
    if (x.step > 0 ? v < x.start || v >= x.stop : v > x.start || v <= x.stop) return false;
    return (v - x.start) % x.step === 0;
  };
  r.getitem = (o, key) => {
    const x = o as PyRange;
    if (key instanceof PySlice) {
      const { start, stop, step } = sliceIndices(key, x.len);
      return newRange(x.start + start * x.step, x.start + stop * x.step, x.step * step);
    }
    let i = Number(indexValue(key));
    if (i < 0) i += x.len;
    if (i < 0 || i >= x.len) raise(rt.exc.IndexError!, 'range object index out of range');
    return newInt(x.start + i * x.step);
  };
  r.richcompare = (a, b, op) => {
    if (!(b instanceof PyRange) || (op !== 2 && op !== 3)) return null;
    const x = a as PyRange;
    const same = x.len === b.len && (x.len === 0 || (x.start === b.start && (x.len === 1 || x.step === b.step)));
    return newBool(op === 2 ? same : !same);
  };
  r.hash = (o) => (o as PyRange).len;
  defineMethods(r, {
    index: (a, k, self) => {
      const v = oneArg(RANGE_SIG.index, a, k, self);
      const x = self as PyRange;
      if (!r.contains!(x, v)) valueError(`${repr(v)} is not in range`);
      return newInt((Number((v as PyInt).v) - x.start) / x.step);
    },
    count: (a, k, self) => {
      const v = oneArg(RANGE_SIG.count, a, k, self);
      return newInt(r.contains!(self!, v) ? 1 : 0);
    },
  });

  const s = T.slice;
  s.isGC = true;
  s.repr = (o) => {
    const x = o as PySlice;
    return `slice(${repr(x.start)}, ${repr(x.stop)}, ${repr(x.step)})`;
  };
  s.traverse = (o, visit) => {
    const x = o as PySlice;
    visit(x.start, 'internal', 'start');
    visit(x.stop, 'internal', 'stop');
    visit(x.step, 'internal', 'step');
  };
  s.dealloc = (o) => {
    const x = o as PySlice;
    const h = rt.heap;
    untrackSlice(h, x);
    decref(x.start);
    decref(x.stop);
    decref(x.step);
    // Heap.release for a slice (untracked above).
    h.countDeallocation();
    h.allocator.free(x.addr);
    h.forget(x);
  };
  s.sizeOf = () => rt.profile.sizes.slice - rt.profile.sizes.gcHeader;
  s.getattro = (o, name) => {
    const x = o as PySlice;
    if (name === 'start') return newref(x.start);
    if (name === 'stop') return newref(x.stop);
    if (name === 'step') return newref(x.step);
    return genericGetAttr(o, name);
  };

  const m = T.module;
  m.isGC = true;
  m.weakrefable = true;
  m.repr = (o) => `<module '${(o as PyModule).name}'${(o as PyModule).name === 'builtins' || ['gc', 'sys'].includes((o as PyModule).name) ? " (built-in)" : ''}>`;
  m.summary = (o) => `module ${(o as PyModule).name}`;
  m.sizeOf = () => rt.profile.sizes.module - rt.profile.sizes.gcHeader;
  m.traverse = (o, visit) => visit((o as PyModule).dict, 'internal', '__dict__');
  m.dealloc = (o) => {
    rt.heap.untrack(o);
    decref((o as PyModule).dict);
    rt.heap.release(o, true);
  };
  m.getattro = (o, name) => {
    const mod = o as PyModule;
    if (name === '__dict__') return newref(mod.dict);
    const v = dictGetStr(mod.dict, name);
    if (v === null && CPYTHON_MODULE_NAMES[mod.name]?.has(name)) {
      raise(rt.exc.NotImplementedError!, `${mod.name}.${name} is not supported here`);
    }
    return v === null ? null : newref(v);
  };
  m.setattro = (o, name, value) => {
    genericSetAttrModule(o as PyModule, name, value);
  };
  void genericSetAttr;
  void PyStr;
  void typeError;
}

function genericSetAttrModule(m: PyModule, name: string, value: PyObject | null): void {
  if (value === null) {
    const had = dictGetStr(m.dict, name) !== null;
    if (!had) raise(rt.exc.AttributeError!, `module '${m.name}' has no attribute '${name}'`);
  }
  // module attributes are the module's globals
  if (value === null) dictDelStr(m.dict, name);
  else dictSetStr(m.dict, name, value);
}
