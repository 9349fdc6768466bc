/** Guards recursive reprs (`[...]`, `{...}`), like CPython's Py_ReprEnter/Py_ReprLeave. */

import type { PyObject } from './object.ts';

const active = new Set<PyObject>();

/** False when `o` is already being printed further up (a container that contains itself). */
export function enterRepr(o: PyObject): boolean {
  if (active.has(o)) return false;
  active.add(o);
  return true;
}

export function leaveRepr(o: PyObject): void {
  active.delete(o);
}
