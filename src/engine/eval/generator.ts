/**
 * Generator objects (Objects/genobject.c). A generator owns the frame of its function,
 * suspended at each `yield`; its locals live as long as the generator does.
 */

import { rt } from '../runtime.ts';
import { decref, newref } from '../heap/heap.ts';
import { PyObject, type PyType } from '../objects/object.ts';
import { Frame, finishFrame } from './frame.ts';
import { GENERATOR_RETURNED, runFrame } from './interpreter.ts';
import { raise } from '../objects/errors.ts';
import { hexAddress } from '../abstract.ts';

export class PyGenerator extends PyObject {
  frame: Frame | null;
  running = false;
  finished = false;
  /** It has run up to a yield at least once. */
  started = false;
  name: string;
  qualname: string;
  constructor(type: PyType, frame: Frame) {
    super(type);
    this.frame = frame;
    this.name = frame.code.name;
    this.qualname = frame.code.qualname;
  }
}

/** Wraps a freshly bound frame in a new generator object (RETURN_GENERATOR). */
export function newGenerator(frame: Frame): PyObject {
  const g = new PyGenerator(rt.types.generator, frame);
  rt.heap.allocate(g, rt.profile.sizes.generator + 8 * frame.code.nlocalsplus, true);
  frame.generator = g;
  frame.entry = true;
  // Skip RETURN_GENERATOR / POP_TOP: the frame starts at RESUME.
  const code = frame.code.code;
  let pc = 0;
  while (pc * 2 < code.length && code[pc * 2] !== 81 /* RESUME */) pc++;
  frame.pc = pc;
  rt.heap.track(g);
  return g;
}

function resume(g: PyGenerator): PyObject | null {
  if (g.finished || g.frame === null) return null;
  if (g.running) raise(rt.exc.ValueError!, 'generator already executing');
  g.running = true;
  const frame = g.frame;
  // A generator suspended at `yield` resumes with the sent value (None) as the result.
  if (g.started) frame.stack[frame.sp++] = newref(rt.none);
  g.started = true;
  try {
    const v = runFrame(frame);
    return v === GENERATOR_RETURNED ? null : v;
  } finally {
    g.running = false;
  }
}

function closeFrame(g: PyGenerator): void {
  const f = g.frame;
  g.frame = null;
  g.finished = true;
  if (f !== null) {
    f.generator = null;
    finishFrame(f);
  }
}

export function installGenerator(t: PyType): void {
  t.isGC = true;
  t.weakrefable = true;
  t.iter = (o) => newref(o);
  t.iternext = (o) => resume(o as PyGenerator);
  t.traverse = (o, visit) => {
    const g = o as PyGenerator;
    const f = g.frame;
    if (f === null) return;
    const names = [...f.code.varnames, ...f.code.cellvars, ...f.code.freevars];
    for (let i = 0; i < f.fast.length; i++) {
      const v = f.fast[i];
      if (v !== null && v !== undefined) visit(v, 'attr', names[i] ?? `#${i}`);
    }
    for (let i = 0; i < f.sp; i++) {
      const v = f.stack[i];
      if (v !== null && v !== undefined) visit(v, 'internal', `stack[${i}]`);
    }
  };
  t.clear = (o) => closeFrame(o as PyGenerator);
  t.dealloc = (o) => {
    const g = o as PyGenerator;
    rt.heap.untrack(g);
    closeFrame(g);
    rt.heap.release(g, true);
  };
  t.repr = (o) => `<generator object ${(o as PyGenerator).qualname} at ${hexAddress(o.addr)}>`;
  t.summary = (o) => `generator ${(o as PyGenerator).qualname}`;
  t.sizeOf = (o) => rt.profile.sizes.generator - rt.profile.sizes.gcHeader + 8 * ((o as PyGenerator).frame?.code.nlocalsplus ?? 0);
}
