/**
 * Errors that cannot propagate (raised inside __del__ or a weakref callback): CPython prints
 * "Exception ignored in: ..." and a traceback to stderr and carries on (sys.unraisablehook).
 */

import { rt } from '../runtime.ts';
import { decref } from '../heap/heap.ts';
import type { PyObject } from './object.ts';
import { formatExceptionLine } from './exceptions.ts';

export function reportUnraisable(exc: PyObject, context: string): void {
  rt.stderr.push(`${context}\nTraceback (most recent call last):\n${formatExceptionLine(exc)}\n`);
  decref(exc);
}
