/**
 * Argument conventions of native functions (src/engine/objects/argspec.ts).
 *
 * (a) Every native method of a built-in type, every function of builtins, gc, sys and
 *     weakref, and every constructor the builtins expose declares its signature, and
 *     every declared signature belongs to something that exists.
 * (b) Every one of them consults its signature: an unknown keyword is a TypeError on every
 *     version (nothing accepts `zz=`, except the few that take **kwargs).
 * (c) The version profiles list only signatures that parse, of natives that exist, and
 *     that differ from the declared (newest) ones.
 * (d) The common call allocates nothing: a call with the positional parameters gets its
 *     own argument array back.
 *
 * The messages themselves are compared with CPython's by the conformance programs
 * tests/programs/errors/native_*.py and builtin_*.py.
 */
import { describe, expect, it } from 'vitest';
import { PROFILES, PYTHON_VERSIONS, run, type PythonVersion } from '../../src/engine/index.ts';
import { rt, setRuntime, type Runtime } from '../../src/engine/runtime.ts';
import { createRuntime } from '../../src/engine/bootstrap.ts';
import { importModule } from '../../src/engine/modules/index.ts';
import { unbindHeap } from '../../src/engine/heap/heap.ts';
import { unbindCollector } from '../../src/engine/heap/gc.ts';
import { PyObject, PyType } from '../../src/engine/objects/object.ts';
import { PyBuiltin } from '../../src/engine/objects/builtinfunc.ts';
import { dictEntries, type PyDict } from '../../src/engine/objects/dict.ts';
import { PyStr } from '../../src/engine/objects/str.ts';
import {
  allSignatures, checkArgs, configureSignatures, methodSignatures, oneArg, parseArgs, signatureOf,
} from '../../src/engine/objects/argspec.ts';

/** Builtins the sandbox does not model (they raise, or do nothing): no signature. */
const NOT_MODELLED = ['input', 'open', 'eval', 'exec', 'compile', '__import__', 'breakpoint', '__build_class__'];
/** Constructors with hand-written checks of their own (object_new's "takes no arguments", type's "1 or 3"). */
const OWN_CHECKS = ['object', 'type'];
/** Natives that take **kwargs, so an unknown keyword is not an error. */
const TAKES_ANY_KEYWORD = ['str.format', 'dict.update', 'dict'];
/** Signatures of natives reached other than through a type's method table or a module. */
const REACHED_OTHERWISE = ['property.getter', 'property.setter', 'property.deleter', 'weakref', 'weakref.ref'];
/** A receiver for each built-in type's methods. */
const RECEIVERS: Record<string, string> = {
  list: '[1]', str: "'a'", dict: '{1: 2}', set: '{1}', frozenset: 'frozenset({1})', tuple: '(1,)', range: 'range(3)',
  int: '(5)', bool: 'True', float: '(1.5)', BaseException: "ValueError('x')", generator: '(x for x in [])', object: 'object()',
  mappingproxy: 'int.__dict__', property: 'property()',
};
const MODULE_IDS: Record<string, string> = { gc: 'gc', sys: 'sys', weakref: '_weakref' };

interface Native {
  id: string;
  /** Python expression calling it with the keyword zz=1. */
  call: string;
}

function strKeys(d: PyObject): [string, PyObject][] {
  return dictEntries(d as PyDict).map(([k, v]) => [(k as PyStr).v, v]);
}

/** The natives of a runtime created for `version` (and dropped again). */
function nativesOf(version: PythonVersion): Native[] {
  const previous = rt as Runtime | undefined;
  createRuntime(PROFILES[version], { maxSteps: 1000, deadline: Infinity, maxObjectBytes: 1 << 20, trackLive: false, filename: 'main.py' });
  try {
    const out: Native[] = [];
    const types = [...(Object.values(rt.types) as PyType[]), rt.exc.BaseException!];
    for (const t of types) {
      for (const [name, m] of t.methods) {
        if (!(m instanceof PyBuiltin)) continue; // a getset descriptor (object.__class__)
        const receiver = RECEIVERS[t.name];
        expect(receiver, `a receiver for ${t.name}'s methods`).toBeDefined();
        out.push({ id: `${t.name}.${name}`, call: `${receiver}.${name}(zz=1)` });
      }
    }
    for (const [name, v] of strKeys(rt.builtins)) {
      if (v instanceof PyBuiltin && !NOT_MODELLED.includes(name)) out.push({ id: `builtins.${name}`, call: `${name}(zz=1)` });
      if (v instanceof PyType && !OWN_CHECKS.includes(name) && !v.isSubtypeOf(rt.exc.BaseException!)) {
        out.push({ id: name, call: `${name}(zz=1)` });
      }
    }
    for (const [module, prefix] of Object.entries(MODULE_IDS)) {
      const m = importModule(module) as PyObject & { dict: PyObject };
      for (const [name, v] of strKeys(m.dict)) {
        if (v instanceof PyBuiltin) out.push({ id: `${prefix}.${name}`, call: `${module}.${name}(zz=1)` });
      }
    }
    return out;
  } finally {
    setRuntime(previous as Runtime);
    if (previous === undefined) {
      unbindHeap();
      unbindCollector();
    }
  }
}

describe('native signatures', () => {
  it('are declared for every native method, function and constructor, and only for those', () => {
    const natives = nativesOf('3.13');
    expect(natives.length).toBeGreaterThan(180);
    const missing = natives.filter((n) => signatureOf(n.id) === undefined).map((n) => n.id);
    expect(missing).toEqual([]);
    const reached = new Set([...natives.map((n) => n.id), ...REACHED_OTHERWISE]);
    // The built-in types' dunder methods (slotwrappers.ts) share the wrap_* checks of 'slot wrapper.*'.
    const stale = allSignatures().map((s) => s.id).filter((id) => !reached.has(id) && !id.startsWith('argspec-test.') && !id.startsWith('slot wrapper.'));
    expect(stale).toEqual([]);
  });

  for (const version of PYTHON_VERSIONS) {
    it(`reject an unknown keyword (${version})`, () => {
      const natives = nativesOf(version).filter((n) => !TAKES_ANY_KEYWORD.includes(n.id));
      const lines = natives.map(
        (n) => `try:\n    ${n.call}\n    print(${JSON.stringify(n.id)}, 'accepted')\nexcept TypeError as e:\n    print(${JSON.stringify(n.id)}, 'TypeError', e)\n`,
      );
      const r = run(`import gc, sys, weakref\n${lines.join('')}`, { python: version });
      expect(r.error).toBeNull();
      const accepted = r.stdout.split('\n').filter((l) => l.endsWith(' accepted'));
      expect(accepted).toEqual([]);
      expect(r.stdout.split('\n').filter((l) => l.includes(' TypeError ')).length).toBe(natives.length);
    });
  }

  it('listed by a version profile parse, name a declared native and differ from its declaration', () => {
    for (const version of PYTHON_VERSIONS) {
      const profile = PROFILES[version];
      expect(() => configureSignatures(profile)).not.toThrow();
      for (const [id, text] of Object.entries(profile.nativeSignatures)) {
        expect(text, `${version} ${id}`).not.toBe(signatureOf(id)!.declared);
      }
    }
    configureSignatures(PROFILES['3.13']);
  });
});

describe('argument checks', () => {
  const sig = methodSignatures('argspec-test', {
    one: '(object, /)',
    pair: '(index, object, /)',
    split: '(sep=None, maxsplit=-1)',
  });
  const a = new PyObject(null);
  const b = new PyObject(null);

  it('hand a positional call its own arguments back', () => {
    const args = [a, b];
    expect(parseArgs(sig.split, args, null)).toBe(args);
    expect(parseArgs(sig.pair, args, null)).toBe(args);
    expect(oneArg(sig.one, [a], null, null)).toBe(a);
    expect(() => checkArgs(sig.pair, args, null, null)).not.toThrow();
  });

  it('put keyword arguments in their parameters\' places', () => {
    expect(parseArgs(sig.split, [a, b], ['maxsplit', 'sep'])).toEqual([b, a]);
    expect(parseArgs(sig.split, [a, b], ['maxsplit'])).toEqual([a, b]);
    expect(parseArgs(sig.split, [b], ['maxsplit'])).toEqual([undefined, b]);
  });
});
