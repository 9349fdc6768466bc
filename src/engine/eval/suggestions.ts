/**
 * "Did you mean" for an uncaught NameError or AttributeError: the last line of CPython's
 * traceback names the closest existing name (Python/suggestions.c; Lib/traceback.py from
 * 3.12), and from 3.12 a missing import of a standard module. How each version gathers the
 * candidates is data in its profile (`suggestions`).
 */

import { rt } from '../runtime.ts';
import { decref } from '../heap/heap.ts';
import { PyError, type PyObject } from '../objects/object.ts';
import { PyDict, dictEntries } from '../objects/dict.ts';
import { PyStr } from '../objects/str.ts';
import type { PyException } from '../objects/exceptions.ts';
import { PyTraceback } from './traceback.ts';
import { lookupAttr } from '../abstract.ts';
import { dirNames } from '../modules/builtins.ts';

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE_COST : MOVE_COST;
}

/** suggestions.c levenshtein_distance: edits weighted 2, case changes 1, capped at maxCost + 1. */
function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  a = a.slice(start);
  b = b.slice(start);
  let end = 0;
  while (end < a.length && end < b.length && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  a = a.slice(0, a.length - end);
  b = b.slice(0, b.length - end);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row: number[] = [];
  for (let i = 0; i < a.length; i++) row.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(b[bi]!, a[i]!);
      distance = row[i]!;
      result = Math.min(Math.min(result, distance) + MOVE_COST, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** calculate_suggestions: the closest candidate, the first of equals; null when none is close. */
function closest(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best = Infinity;
  let suggestion: string | null = null;
  for (const item of candidates) {
    if (item === name) continue;
    const maxDistance = Math.min(Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6), best - 1);
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (suggestion === null || d < best) {
      suggestion = item;
      best = d;
    }
  }
  return suggestion;
}

function keysOf(d: PyObject | null): string[] {
  if (!(d instanceof PyDict)) return [];
  return dictEntries(d).map(([k]) => k).filter((k): k is PyStr => k instanceof PyStr).map((k) => k.v);
}

/** What to append to "Type: message" (". Did you mean: 'x'?"), or ''. */
export function suggestionFor(exc: PyException): string {
  const s = rt.profile.suggestions;
  const name = exc.name;
  if (!(name instanceof PyStr)) return '';
  const isNameError = exc.type.isSubtypeOf(rt.exc.NameError!);
  if (!isNameError && !exc.type.isSubtypeOf(rt.exc.AttributeError!)) return '';
  let suggestion: string | null = null;
  try {
    if (isNameError) {
      let tb = exc.traceback as PyTraceback | null;
      if (tb === null) return '';
      while (tb.next !== null) tb = tb.next;
      const f = tb.frame;
      const globals = keysOf(f.globals);
      const builtins = keysOf(f.builtins);
      // A method whose instance has the name as an attribute: `self.name`.
      const selfIndex = f.locals === null ? f.code.varnames.indexOf('self') : -1;
      const self = selfIndex >= 0 ? f.fast[selfIndex] : null;
      if (s.selfAttribute && self !== null && self !== undefined && hasAttribute(self, name.v)) suggestion = `self.${name.v}`;
      else if (s.combined) {
        // traceback.py: the bound locals (f_locals), f_globals and f_builtins in one list.
        const locals = f.locals !== null ? keysOf(f.locals) : f.code.varnames.filter((_, i) => f.fast[i] !== null && f.fast[i] !== undefined);
        suggestion = closest([...locals, ...globals, ...builtins], name.v);
      } else {
        // The C printer: the code's variable names, then globals, then builtins.
        suggestion = closest(f.code.varnames, name.v) ?? closest(globals, name.v) ?? closest(builtins, name.v);
      }
    } else if (exc.obj !== null) {
      suggestion = closest(dirNames(exc.obj), name.v);
    }
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    e.discard();
    return '';
  }
  let out = suggestion === null ? '' : `. Did you mean: '${suggestion}'?`;
  if (isNameError && s.importHint !== null && s.importHint.has(name.v)) {
    out += suggestion === null ? `. Did you forget to import '${name.v}'?` : ` Or did you forget to import '${name.v}'?`;
  }
  return out;
}

function hasAttribute(o: PyObject, name: string): boolean {
  const v = lookupAttr(o, name);
  if (v === null) return false;
  decref(v);
  return true;
}
