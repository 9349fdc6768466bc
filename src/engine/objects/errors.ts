/**
 * Raising Python exceptions from engine code: `raise(rt.exc.TypeError!, "...")` builds the
 * exception object on the simulated heap and throws it as a PyError, which the interpreter
 * turns into Python's exception handling.
 */

import { rt } from '../runtime.ts';
import { decref } from '../heap/heap.ts';
import { PyError, type PyObject, type PyType } from './object.ts';
import { newException } from './exceptions.ts';
import { newStr } from './str.ts';
import { setTypeErrorRaiser } from './argspec.ts';

/** Throws `type(message)`; an empty message makes an exception without arguments. */
export function raise(type: PyType, message: string): never {
  // 3.10/3.11 make the instance only when the exception is handled (PyErr_Format leaves
  // it unnormalized); the message string exists from the start.
  if (rt.profile.lazyNativeExceptions) throw PyError.pending(type, message === '' ? [] : [newStr(message)]);
  if (message === '') throw new PyError(newException(type, []));
  const arg = newStr(message);
  const exc = newException(type, [arg]);
  decref(arg);
  throw new PyError(exc);
}

/** Throws `type(*args)` with arbitrary argument objects (borrowed). */
export function raiseWith(type: PyType, args: PyObject[]): never {
  throw new PyError(newException(type, args));
}

export function typeError(message: string): never {
  return raise(rt.exc.TypeError!, message);
}
setTypeErrorRaiser(typeError);

export function valueError(message: string): never {
  return raise(rt.exc.ValueError!, message);
}

export function indexError(message: string): never {
  return raise(rt.exc.IndexError!, message);
}

export function attributeError(message: string): never {
  return raise(rt.exc.AttributeError!, message);
}
