/** The weakref module: ref (with or without callback), getweakrefcount, getweakrefs. */

import { rt } from '../runtime.ts';
import { newref } from '../heap/heap.ts';
import type { NativeCall } from '../objects/object.ts';
import { newInt } from '../objects/int.ts';
import { newList } from '../objects/list.ts';
import { functionSignatures, oneArg } from '../objects/argspec.ts';

/** The weakref module's functions, which live in _weakref (Modules/_weakref.c). */
const SIG = functionSignatures('_weakref', {
  getweakrefcount: '(object, /)',
  getweakrefs: '(object, /)',
});

export function weakrefFunctions(): Record<string, NativeCall> {
  return {
    getweakrefcount: (args, kwnames) => newInt(oneArg(SIG.getweakrefcount, args, kwnames, null).weakrefs?.length ?? 0),
    getweakrefs: (args, kwnames) => newList((oneArg(SIG.getweakrefs, args, kwnames, null).weakrefs ?? []).map((r) => newref(r))),
  };
}

export { rt };
