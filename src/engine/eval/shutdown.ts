/**
 * Interpreter shutdown (Py_FinalizeEx and finalize_modules in Python/pylifecycle.c): what a
 * program leaves alive is released after its last line, and finalizers that run then can
 * still print. PyHeap models the steps whose effects a program can see:
 *
 *   1. PyGC_Collect(): a full collection, only if gc is enabled, calling gc.callbacks.
 *   2. sys.last_exc (and last_value, last_traceback) are cleared: the uncaught exception,
 *      its traceback and the frames that traceback holds are released.
 *   3. __main__ leaves sys.modules: the module object dies and drops its namespace, which
 *      survives if functions or classes defined in the program still refer to it.
 *   4. _PyGC_CollectNoFail(): a full collection even with gc disabled, without callbacks.
 *   5. If the __main__ module object is still alive, its namespace is cleared: names with
 *      one leading underscore first, then the others (_PyModule_ClearDict); then the next
 *      collection.
 *
 * CPython then clears the sys and builtins namespaces: a finalizer that runs after that
 * cannot even find print(), and the error is not reported (sys.stderr is gone too). PyHeap
 * stops before that point, so nothing visible is lost.
 */

import { rt } from '../runtime.ts';
import { decref, incref, xdecref } from '../heap/heap.ts';
import type { PyObject } from '../objects/object.ts';
import { collectAtShutdown } from '../heap/gc.ts';
import { PyModule } from '../objects/misc.ts';
import { PyStr } from '../objects/str.ts';
import { dictSetItem } from '../objects/dict.ts';

/** Runs shutdown. `uncaught` is the exception that ended the program (owned), if any. */
export function finalizeInterpreter(uncaught: PyObject | null): void {
  collectAtShutdown(true);
  xdecref(uncaught);
  const main = rt.modules.get('__main__') ?? null;
  if (main === null) return;
  // sys.modules' reference goes; the module lives on only if something else holds it.
  rt.modules.delete('__main__');
  const stillAlive = main.rc > 1;
  decref(main);
  collectAtShutdown(false);
  if (stillAlive && main instanceof PyModule) {
    clearModuleNamespace(main);
    collectAtShutdown(false);
  }
}

/** _PyModule_ClearDict: sets the namespace's names to None, `_x` names first. */
function clearModuleNamespace(m: PyModule): void {
  const d = m.dict;
  const pass = (select: (name: string) => boolean): void => {
    for (let i = 0; i < d.keys.length; i++) {
      const k = d.keys[i];
      const v = d.values[i];
      if (k === null || k === undefined || v === null || v === undefined || v === rt.none) continue;
      if (!(k instanceof PyStr) || !select(k.v)) continue;
      incref(k);
      dictSetItem(d, k, rt.none);
      decref(k);
    }
  };
  pass((n) => n.startsWith('_') && !n.startsWith('__'));
  pass((n) => n !== '__builtins__');
}
