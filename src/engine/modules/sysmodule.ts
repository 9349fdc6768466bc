/**
 * The sys module: the parts that concern memory (getrefcount, getsizeof, recursion limit).
 */

import { rt } from '../runtime.ts';
import { newref } from '../heap/heap.ts';
import type { NativeCall, PyObject } from '../objects/object.ts';
import { newInt } from '../objects/int.ts';
import { PyStr, internStr } from '../objects/str.ts';
import { functionSignatures, noArgs, oneArg, parseArgs } from '../objects/argspec.ts';
import { typeError, valueError } from '../objects/errors.ts';
import { callObject, indexValue, typeLookup } from '../abstract.ts';
import { handledException } from '../eval/interpreter.ts';
import { newTuple } from '../objects/tuple.ts';
import { PyFunction } from '../objects/function.ts';

/** What CPython's sys.getrefcount reports: ob_refcnt (borrowed stack references excluded). */
export function reportedRefcount(o: PyObject): number {
  if (o.imm) {
    // Without PEP 683 the only immortal objects are the stand-ins for CPython's own
    // objects (gc.get_objects), whose count is not modelled: they always showed 1.
    return rt.profile.immortalObjects ? rt.profile.immortalRefcount : 1;
  }
  return o.rc - o.borrowed;
}

/** sys.getsizeof: __sizeof__ plus the GC header for GC objects. */
export function sizeOf(o: PyObject): number {
  const t = o.type;
  if (t.isHeapType) {
    const custom = typeLookup(t, '__sizeof__');
    if (custom instanceof PyFunction) {
      const r = callObject(custom, [o], null);
      const v = Number(indexValue(r));
      if (v < 0) valueError('__sizeof__() should return >= 0');
      return v + (t.isGC ? rt.profile.sizes.gcHeader : 0);
    }
  }
  const f = t.sizeOf;
  const base = f !== null ? f(o) : rt.profile.sizes.objectHeader;
  return base + (t.isGC ? rt.profile.sizes.gcHeader : 0);
}

/** The sys module's signatures (Python/sysmodule.c, Python/clinic/sysmodule.c.h). */
const SIG = functionSignatures('sys', {
  getrefcount: '(object, /)',
  // METH_VARARGS | METH_KEYWORDS, PyArg_ParseTupleAndKeywords("O|O:getsizeof")
  getsizeof: 'varargs(object, default=<unrepresentable>)',
  getrecursionlimit: '()',
  setrecursionlimit: '(limit, /)',
  intern: '(string, /)',
  exc_info: '()',
  exception: '()',
});

export function sysFunctions(): Record<string, NativeCall> {
  return {
    getrefcount: (args, kwnames) => newInt(reportedRefcount(oneArg(SIG.getrefcount, args, kwnames, null))),
    getsizeof: (args, kwnames) => {
      const [o] = parseArgs(SIG.getsizeof, args, kwnames);
      return newInt(sizeOf(o!));
    },
    getrecursionlimit: (args, kwnames) => {
      noArgs(SIG.getrecursionlimit, args, kwnames, null);
      return newInt(rt.recursionLimit);
    },
    setrecursionlimit: (args, kwnames) => {
      const n = Number(indexValue(oneArg(SIG.setrecursionlimit, args, kwnames, null)));
      if (n < 1) valueError('recursion limit must be greater or equal than 1');
      // Deeper recursion than this would exhaust the JavaScript stack of nested calls.
      rt.recursionLimit = Math.min(n, 5000);
      return newref(rt.none);
    },
    intern: (args, kwnames) => {
      const s = oneArg(SIG.intern, args, kwnames, null);
      if (!(s instanceof PyStr)) typeError(`intern() argument must be str, not ${s.type.name}`);
      const existing = rt.interned.get(s.v);
      if (existing !== undefined) return newref(existing);
      (s as PyStr).interned = true;
      rt.interned.set(s.v, s);
      return internStr(s.v);
    },
    exc_info: (args, kwnames) => {
      noArgs(SIG.exc_info, args, kwnames, null);
      const e = handledException();
      if (e === null) return newTuple([newref(rt.none), newref(rt.none), newref(rt.none)]);
      const tb = (e as { traceback?: PyObject | null }).traceback ?? rt.none;
      return newTuple([newref(e.type), newref(e), newref(tb)]);
    },
    exception: (args, kwnames) => {
      noArgs(SIG.exception, args, kwnames, null);
      return newref(handledException() ?? rt.none);
    },
  };
}
