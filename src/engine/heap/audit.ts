/**
 * The heap audit (used by the tests, like CPython's debug-build refcount checks and
 * validate_list): every live object's reference count must equal the number of references
 * actually held to it, and nothing freed may still be referenced.
 *
 * References are found by walking every live object's traverse function (which must list
 * everything the object owns a reference to), the running frames, and the interpreter's
 * own roots. Static objects (types, singletons, small ints) are not audited: CPython's own
 * start-up code holds references to them that PyHeap does not model one by one.
 */

import type { Runtime } from '../runtime.ts';
import type { PyObject } from '../objects/object.ts';
import type { Frame } from '../eval/frame.ts';
import { PyInstance } from '../objects/typeobject.ts';
import { engineRepr } from '../objects/reprguard.ts';

export interface AuditProblem {
  serial: number;
  type: string;
  /** A short description of the object, for reading failures. */
  what: string;
  refcount: number;
  expected: number;
  kind: 'count-mismatch' | 'freed-but-referenced';
}

export interface AuditReport {
  checks: number;
  problems: AuditProblem[];
}

const MAX_PROBLEMS = 50;

export function auditHeap(rt: Runtime, report: AuditReport, extraRoots: readonly PyObject[] = []): void {
  const live = rt.heap.live;
  if (live === null) return;
  report.checks++;
  const held = new Map<PyObject, number>();
  const add = (o: PyObject | null | undefined): void => {
    if (o === null || o === undefined) return;
    held.set(o, (held.get(o) ?? 0) + 1);
  };
  const visited = new Set<PyObject>();
  const walk = (o: PyObject): void => {
    if (visited.has(o)) return;
    visited.add(o);
    const t = o.type.references ?? o.type.traverse;
    if (t !== null) t(o, (x) => add(x));
    // Inline attribute values (3.11+) hold their names too: CPython keeps them in the
    // class's shared keys, which traverse does not visit because they are not objects.
    if (o instanceof PyInstance && !o.dictObject && o.attrs !== null) {
      for (let k = 0; k < o.attrs.keys.length; k++) add(o.attrs.keys[k]);
    }
  };
  for (const o of live) walk(o);
  // Running frames (not heap objects on 3.11+ until materialised).
  for (let f: Frame | null = rt.frame; f !== null; f = f.back) {
    if (!live.has(f)) walk(f);
    add(f); // the interpreter's own reference to a running frame
    add(f.initSelf); // the shim frame under a specialized __init__ call
  }
  for (const e of rt.handledExceptions) add(e);
  add(rt.builtins);
  add(rt.gcCallbacks);
  add(rt.gcGarbage);
  add(rt.stdoutBuffer.first);
  add(rt.stdoutBuffer.list);
  add(rt.threadStateDict);
  for (const m of rt.modules.values()) add(m);
  for (const c of rt.constantRoots) {
    add(c);
    // A static root (a built-in type's namespace, mappingproxy.ts) is not in `live`: its own
    // references count here.
    if (!live.has(c)) walk(c);
  }
  for (const r of extraRoots) add(r);
  // Built-in classes are static (not in `live`), but the registry of their Python subclasses
  // (tp_subclasses) is program data that holds references.
  for (const t of [...Object.values(rt.types), ...Object.values(rt.exc)] as PyObject[]) {
    const subs = (t as { subclasses?: PyObject | null }).subclasses;
    if (subs !== null && subs !== undefined) walk(subs);
  }
  for (const o of live) {
    if (o.imm) continue;
    const expected = held.get(o) ?? 0;
    if (expected !== o.rc && report.problems.length < MAX_PROBLEMS) {
      report.problems.push({ serial: o.serial, type: o.type.name, what: describe(o), refcount: o.rc, expected, kind: 'count-mismatch' });
    }
  }
  for (const o of held.keys()) {
    if (o.rc <= 0 && !o.imm && report.problems.length < MAX_PROBLEMS) {
      report.problems.push({ serial: o.serial, type: o.type.name, what: describe(o), refcount: o.rc, expected: held.get(o)!, kind: 'freed-but-referenced' });
    }
  }
}

function describe(o: PyObject): string {
  try {
    const s = engineRepr(() => o.type.summary?.(o) ?? o.type.repr?.(o) ?? o.type.name);
    return s.length > 60 ? s.slice(0, 60) : s;
  } catch {
    return o.type.name;
  }
}

