/**
 * Guards recursive reprs (`[...]`, `{...}`), like CPython's Py_ReprEnter/Py_ReprLeave.
 *
 * CPython keeps the containers being printed in a list stored in the thread state's dict,
 * both created by the first Py_ReprEnter of the program: two GC allocations (they count
 * towards generation 0 and are tracked, reachable from the thread state) that the engine
 * makes too, hidden from the learner's picture.
 */

import { rt } from '../runtime.ts';
import { decref } from '../heap/heap.ts';
import type { PyObject } from './object.ts';
import { PyDict, dictSetItem, newDict } from './dict.ts';
import { PyStr } from './str.ts';
import { newList } from './list.ts';

const active = new Set<PyObject>();
/** Reprs the engine makes for itself (bytecode listings) do not create CPython's registry. */
let engineReprDepth = 0;

/** False when `o` is already being printed further up (a container that contains itself). */
export function enterRepr(o: PyObject): boolean {
  if (rt.threadStateDict === null && engineReprDepth === 0) createReprRegistry();
  if (active.has(o)) return false;
  active.add(o);
  return true;
}

export function leaveRepr(o: PyObject): void {
  active.delete(o);
}

/** Runs `f`, a repr the engine needs for itself rather than one the program asked for. */
export function engineRepr<T>(f: () => T): T {
  engineReprDepth++;
  try {
    return f();
  } finally {
    engineReprDepth--;
  }
}

/** PyThreadState_GetDict() and its "Py_Repr" list (Objects/object.c, Py_ReprEnter). */
function createReprRegistry(): void {
  const d = newDict();
  rt.threadStateDict = d;
  const list = newList([]);
  // &_Py_ID(Py_Repr): a statically allocated string, not a heap object.
  const key = rt.heap.allocateStatic(new PyStr(rt.types.str, 'Py_Repr'), 0);
  dictSetItem(d, key, list);
  decref(list);
  (d as PyDict).hiddenFromTrace = true;
  (list as PyObject & { hiddenFromTrace?: boolean }).hiddenFromTrace = true;
}
