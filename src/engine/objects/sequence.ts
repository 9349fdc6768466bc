/**
 * Indexing and slicing of list, tuple and str (list_subscript, tuplesubscript,
 * unicode_subscript, list_ass_subscript).
 */

import { rt } from '../runtime.ts';
import { decref, newref, touch } from '../heap/heap.ts';
import type { PyObject, PyType } from './object.ts';
import { PyInt } from './int.ts';
import { PyList, listAssignSlice, listDeleteSlice, listResize, newList } from './list.ts';
import { PyTuple, newTuple } from './tuple.ts';
import { PyStr, checkIndex, newStr, strCharAt, strSlice } from './str.ts';
import { PySlice, sliceIndices } from './misc.ts';
import { indexError, typeError, valueError } from './errors.ts';
import { indexValue, iterToArray } from '../abstract.ts';

function indexOf(key: PyObject, what: string): number | null {
  if (key instanceof PyInt) return Number(key.v);
  if (key.type.number.index !== undefined) return Number(indexValue(key));
  if (key instanceof PySlice) return null;
  return typeError(`${what} indices must be integers or slices, not ${key.type.name}`);
}

export function installSequenceIndexing(list: PyType, tuple: PyType, str: PyType): void {
  list.getitem = (o, key) => {
    const l = o as PyList;
    const i = indexOf(key, 'list');
    if (i !== null) {
      const j = i < 0 ? i + l.items.length : i;
      if (j < 0 || j >= l.items.length) indexError('list index out of range');
      return newref(l.items[j]!);
    }
    const { start, step, count } = sliceIndices(key as PySlice, l.items.length);
    const items: PyObject[] = [];
    for (let k = 0, x = start; k < count; k++, x += step) items.push(newref(l.items[x]!));
    return newList(items);
  };
  list.setitem = (o, key, value) => {
    const l = o as PyList;
    const i = indexOf(key, 'list');
    if (i !== null) {
      const j = i < 0 ? i + l.items.length : i;
      if (j < 0 || j >= l.items.length) indexError(value === null ? 'list assignment index out of range' : 'list assignment index out of range');
      if (value === null) {
        listDeleteSlice(l, j, j + 1);
        return;
      }
      const old = l.items[j]!;
      l.items[j] = newref(value);
      touch(l);
      decref(old);
      return;
    }
    const { start, stop, step, count } = sliceIndices(key as PySlice, l.items.length);
    if (step === 1) {
      if (value === null) {
        listDeleteSlice(l, start, Math.max(start, stop));
        return;
      }
      const items = value === l ? l.items.slice() : iterToArray(value);
      try {
        listAssignSlice(l, start, Math.max(start, stop), items);
      } finally {
        if (value !== l) for (const x of items) decref(x);
      }
      return;
    }
    // Extended slices.
    const idx: number[] = [];
    for (let k = 0, x = start; k < count; k++, x += step) idx.push(x);
    if (value === null) {
      const removed: PyObject[] = [];
      const drop = new Set(idx);
      const kept: PyObject[] = [];
      l.items.forEach((x, n) => (drop.has(n) ? removed.push(x) : kept.push(x)));
      l.items = kept;
      listResize(l, kept.length);
      touch(l);
      for (let n = removed.length - 1; n >= 0; n--) decref(removed[n]!);
      return;
    }
    const items = iterToArray(value);
    if (items.length !== idx.length) {
      for (const x of items) decref(x);
      valueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${idx.length}`);
    }
    const old: PyObject[] = [];
    idx.forEach((x, n) => {
      old.push(l.items[x]!);
      l.items[x] = items[n]!;
    });
    touch(l);
    for (const x of old) decref(x);
  };
  tuple.getitem = (o, key) => {
    const t = o as PyTuple;
    const i = indexOf(key, 'tuple');
    if (i !== null) {
      const j = i < 0 ? i + t.items.length : i;
      if (j < 0 || j >= t.items.length) indexError('tuple index out of range');
      return newref(t.items[j]!);
    }
    const { start, step, count } = sliceIndices(key as PySlice, t.items.length);
    if (step === 1 && start === 0 && count === t.items.length && t.type === rt.types.tuple) return newref(t);
    const items: PyObject[] = [];
    for (let k = 0, x = start; k < count; k++, x += step) items.push(newref(t.items[x]!));
    return newTuple(items);
  };
  str.getitem = (o, key) => {
    const s = o as PyStr;
    const i = indexOf(key, 'string');
    if (i !== null) return newStr(strCharAt(s, checkIndex(s, i)));
    const { start, stop, step, count } = sliceIndices(key as PySlice, s.len);
    if (count === 0) return newStr('');
    if (step === 1 && count === s.len && s.type === rt.types.str) return newref(s);
    return newStr(strSlice(s, start, stop, step));
  };
}
