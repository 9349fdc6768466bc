/**
 * Importable modules. PyHeap programs run in a sandbox: only gc, sys and weakref exist
 * (their memory-related parts), plus builtins.
 */

import { rt } from '../runtime.ts';
import { decref, newref } from '../heap/heap.ts';
import type { PyObject } from '../objects/object.ts';
import { raise } from '../objects/errors.ts';
import { PyDict, dictSetStr, newDict } from '../objects/dict.ts';
import { makeStaticBuiltin } from '../objects/builtinfunc.ts';
import { newModule } from '../objects/misc.ts';
import { internStr, newStr } from '../objects/str.ts';
import { newInt } from '../objects/int.ts';
import { newTuple } from '../objects/tuple.ts';
import { GC_DEBUG_CONSTANTS, gcFunctions } from './gcmodule.ts';
import { sysFunctions } from './sysmodule.ts';
import { weakrefFunctions } from './weakrefmodule.ts';

export const AVAILABLE_MODULES = ['gc', 'sys', 'weakref'] as const;

/** IMPORT_NAME: a new reference to the module object. */
export function importModule(name: string): PyObject {
  const m = rt.modules.get(name);
  if (m !== undefined) return newref(m);
  if (!(AVAILABLE_MODULES as readonly string[]).includes(name)) {
    raise(rt.exc.ModuleNotFoundError!, `No module named '${name}' (PyHeap programs can import only ${AVAILABLE_MODULES.join(', ')})`);
  }
  const mod = createModule(name);
  rt.modules.set(name, mod);
  return newref(mod);
}

function createModule(name: string): PyObject {
  const d = newDict();
  const nameObj = internStr(name);
  dictSetStr(d, '__name__', nameObj);
  decref(nameObj);
  const fns = name === 'gc' ? gcFunctions() : name === 'sys' ? sysFunctions() : weakrefFunctions();
  for (const [fname, fn] of Object.entries(fns)) {
    const f = makeStaticBuiltin(fname, fn, null, name);
    dictSetStr(d, fname, f);
  }
  if (name === 'gc') {
    dictSetStr(d, 'callbacks', rt.gcCallbacks);
    dictSetStr(d, 'garbage', rt.gcGarbage);
    for (const [k, v] of Object.entries(GC_DEBUG_CONSTANTS)) {
      const o = newInt(v);
      dictSetStr(d, k, o);
      decref(o);
    }
  }
  if (name === 'sys') {
    const [maj, min, mic] = rt.profile.versionInfo;
    const vi = newTuple([newInt(maj), newInt(min), newInt(mic), newStr('final'), newInt(0)]);
    dictSetStr(d, 'version_info', vi);
    decref(vi);
    const v = newStr(`${maj}.${min}.${mic} (PyHeap simulation of CPython ${maj}.${min})`);
    dictSetStr(d, 'version', v);
    decref(v);
    const ms = newInt(9223372036854775807n);
    dictSetStr(d, 'maxsize', ms);
    decref(ms);
    const bo = newStr('little');
    dictSetStr(d, 'byteorder', bo);
    decref(bo);
  }
  if (name === 'weakref') {
    dictSetStr(d, 'ref', rt.types.weakref);
    dictSetStr(d, 'ReferenceType', rt.types.weakref);
  }
  const mod = newModule(name, d);
  hide(d);
  hide(mod);
  decref(d);
  return mod;
}

/** Start-up objects are part of CPython's own population, not the program's. */
export function hide(o: PyObject): void {
  (o as { hiddenFromGc?: boolean }).hiddenFromGc = true;
  rt.heap.untrack(o);
}

export { PyDict };
