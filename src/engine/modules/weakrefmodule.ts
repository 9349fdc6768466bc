/** The weakref module: ref (with or without callback), getweakrefcount, getweakrefs. */

import { rt } from '../runtime.ts';
import { newref } from '../heap/heap.ts';
import type { NativeCall } from '../objects/object.ts';
import { newInt } from '../objects/int.ts';
import { newList } from '../objects/list.ts';
import { checkArgCount, noKeywords } from '../objects/builtinfunc.ts';

export function weakrefFunctions(): Record<string, NativeCall> {
  return {
    getweakrefcount: (args, kwnames) => {
      noKeywords('getweakrefcount', kwnames);
      checkArgCount('getweakrefcount', args, 1, 1);
      return newInt(args[0]!.weakrefs?.length ?? 0);
    },
    getweakrefs: (args, kwnames) => {
      noKeywords('getweakrefs', kwnames);
      checkArgCount('getweakrefs', args, 1, 1);
      return newList((args[0]!.weakrefs ?? []).map((r) => newref(r)));
    },
  };
}

export { rt };
