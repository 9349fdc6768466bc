/** Helpers the built-in modules share. */

import { rt } from '../runtime.ts';
import { PyCell } from '../objects/function.ts';
import { PyType, type PyObject } from '../objects/object.ts';

/**
 * Zero-argument super(): the `__class__` cell and first argument of the calling frame
 * (Objects/typeobject.c super_init_without_args).
 */
export function handledFrameSelf(): { cls: PyType; self: PyObject } | null {
  const f = rt.frame;
  if (f === null || f.code.argcount === 0) return null;
  let self = f.fast[0] ?? null;
  if (self instanceof PyCell && f.code.cellvars.includes(f.code.varnames[0]!)) self = self.ref;
  if (self === null) return null;
  const idx = f.code.freevars.indexOf('__class__');
  if (idx < 0) return null;
  const cell = f.fast[f.code.varnames.length + f.code.cellvars.length + idx];
  if (!(cell instanceof PyCell) || !(cell.ref instanceof PyType)) return null;
  return { cls: cell.ref, self };
}
