/**
 * Traceback objects (Python/traceback.c). Each entry holds the frame the exception passed
 * through, which keeps that frame's locals alive as long as the exception lives.
 */

import { rt } from '../runtime.ts';
import { decref, newref, xdecref } from '../heap/heap.ts';
import { PyObject, type PyType } from '../objects/object.ts';
import { Frame, materializeFrame } from './frame.ts';
import type { PyException } from '../objects/exceptions.ts';
import { hexAddress } from '../abstract.ts';

export class PyTraceback extends PyObject {
  next: PyTraceback | null;
  frame: Frame;
  line: number;
  constructor(type: PyType, next: PyTraceback | null, frame: Frame, line: number) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.next = next;
    this.frame = frame;
    this.line = line;
  }
}

/** PyTraceBack_Here: prepends an entry for `frame` to the exception's traceback. */
export function addTraceback(exc: PyException, frame: Frame): void {
  materializeFrame(frame);
  const tb = new PyTraceback(rt.types.traceback, exc.traceback as PyTraceback | null, newref(frame), frame.line);
  rt.heap.allocate(tb, 64, true);
  rt.heap.track(tb);
  exc.traceback = tb;
}

export function installTraceback(t: PyType): void {
  t.isGC = true;
  t.traverse = (o, visit) => {
    const tb = o as PyTraceback;
    if (tb.next !== null) visit(tb.next, 'internal', 'tb_next');
    visit(tb.frame, 'internal', 'tb_frame');
  };
  t.clear = (o) => {
    const tb = o as PyTraceback;
    const n = tb.next;
    tb.next = null;
    xdecref(n);
  };
  t.dealloc = (o) => {
    const tb = o as PyTraceback;
    rt.heap.untrack(tb);
    const n = tb.next;
    tb.next = null;
    xdecref(n);
    decref(tb.frame);
    rt.heap.release(tb, true);
  };
  t.repr = (o) => `<traceback object at ${hexAddress(o.addr)}>`;
  t.summary = (o) => `traceback (line ${(o as PyTraceback).line})`;
  t.getattro = (o, name) => {
    const tb = o as PyTraceback;
    if (name === 'tb_next') return newref(tb.next ?? rt.none);
    if (name === 'tb_frame') return newref(tb.frame);
    return null;
  };
}

/** The entries of a traceback from the outermost frame to the innermost. */
export function tracebackEntries(tb: PyObject | null): { name: string; line: number; filename: string }[] {
  const out: { name: string; line: number; filename: string }[] = [];
  for (let t = tb as PyTraceback | null; t !== null; t = t.next) {
    out.push({ name: t.frame.code.name, line: t.line, filename: t.frame.code.filename });
  }
  return out;
}
