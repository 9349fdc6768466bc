/**
 * Argument conventions of native functions (CPython's METH_NOARGS, METH_O, METH_FASTCALL,
 * METH_VARARGS and Argument Clinic's parsers), declared as data and checked in one place.
 *
 * Every native function or method declares its signature next to its implementation, in
 * the notation of Python's own signatures (`__text_signature__`), optionally preceded by
 * the calling convention:
 *
 *     'list.insert':  '(index, object, /)'
 *     'str.split':    '(sep=None, maxsplit=-1)'
 *     'str.find':     'varargs(sub, start=None, end=None, /)'     (3.10–3.12)
 *
 * Parameters: `name` (required), `name=default` (optional; the default is documentation
 * only), `/` (everything before it is positional-only), `*` (everything after it is
 * keyword-only), `*args` and `**kwargs`. Without a convention word the convention is
 * what Argument Clinic generates for the signature:
 *
 *   - no parameters                          METH_NOARGS   `list.copy() takes no arguments (1 given)`
 *   - one required positional-only parameter METH_O        `list.append() takes exactly one argument (0 given)`
 *   - only positional-only parameters        METH_FASTCALL `insert expected 2 arguments, got 1`
 *                                            (_PyArg_CheckPositional)
 *   - keyword parameters                     METH_FASTCALL|METH_KEYWORDS (_PyArg_UnpackKeywords)
 *                                            `split() takes at most 2 arguments (3 given)`; with
 *                                            `*args`, _PyArg_UnpackKeywordsWithVararg
 *
 * and a convention word says otherwise:
 *
 *   - `fastcall`   _PyArg_CheckPositional messages even for zero or one parameter (type
 *                  constructors: `reversed expected 1 argument, got 0`)
 *   - `varargs`    METH_VARARGS parsed by PyArg_ParseTuple: `find() takes at least 1 argument (0 given)`
 *   - `unpack`     METH_VARARGS parsed by PyArg_UnpackTuple: `throw expected at least 1 argument, got 0`
 *   - `keywords`   PyArg_ParseTupleAndKeywords / _PyArg_ParseStackAndKeywords; with `*args`
 *                  the keywords alone are parsed, as on an empty tuple (min(), zip(), 3.10's print())
 *   - `vectorcall` a type's vectorcall: positional calls are checked by _PyArg_CheckPositional,
 *                  calls with keywords go through tp_new's clinic parser (int(), str() from 3.13)
 *   - `groups`     Argument Clinic's optional groups (METH_VARARGS):
 *                  `gc.set_threshold requires 1 to 3 arguments`
 *   - `wrapper`    a slot wrapper (`int.__index__`): `expected 0 arguments, got 1`
 *   - `custom`     parsed by a function the implementation registers (setCustomParser)
 *
 * A trailing `as NAME` gives the name the arity messages use when it is not the function's
 * (`weakref.ref` reports `__new__ expected at least 1 argument, got 0`); `as $type` takes it
 * from the type being called (exception constructors).
 *
 * A METH_VARARGS function that rejects keywords names itself by its bare name when called
 * as a bound method or module function (cfunction_call uses ml_name), and by its qualified
 * name when called through its method descriptor; everything else always uses the
 * qualified name (_PyObject_FunctionStr). Which of the two a method call `obj.m(k=v)` is
 * depends on the version (profile.keywordMethodCallsBind).
 *
 * Signatures that changed between versions are listed in the version profiles
 * (profile.nativeSignatures, by id); the declarations here are the newest CPython's.
 * `configureSignatures` applies a profile's list when a runtime is created.
 */

import { rt } from '../runtime.ts';
import type { PyObject } from './object.ts';
import { PyType } from './object.ts';
import type { PythonProfile } from '../profiles/profiles.ts';

// The modules that declare signatures import this one while they load, so it imports none
// of them: errors.ts hands over its typeError when it loads.
let raiseTypeError: (message: string) => never = (message) => {
  throw new Error(`TypeError raised before errors.ts loaded: ${message}`);
};

export function setTypeErrorRaiser(raise: (message: string) => never): void {
  raiseTypeError = raise;
}

function typeError(message: string): never {
  return raiseTypeError(message);
}

/** How a native function's arguments are checked (which of CPython's parsers and messages). */
export const Arity = {
  /** METH_NOARGS */
  NoArgs: 0,
  /** METH_O */
  One: 1,
  /** _PyArg_CheckPositional / PyArg_UnpackTuple: `name expected at most N arguments, got n` */
  Positional: 2,
  /** PyArg_ParseTuple: `name() takes at most N arguments (n given)` */
  ParseTuple: 3,
  /** _PyArg_UnpackKeywords / vgetargskeywords */
  Keywords: 4,
  /** _PyArg_UnpackKeywordsWithVararg (clinic `*args` with keyword parameters) */
  KeywordsVararg: 5,
  /** A type's vectorcall: Positional without keywords, Keywords with them. */
  Vectorcall: 6,
  /** A slot wrapper (wrapperdescr). */
  Wrapper: 7,
  /** Parsed by the implementation. */
  Custom: 8,
  /** Argument Clinic's optional groups (METH_VARARGS): `gc.set_threshold requires 1 to 3 arguments` */
  Groups: 9,
} as const;
export type Arity = (typeof Arity)[keyof typeof Arity];

/** The calling conventions whose arity handling does not depend on the signature. */
const CONVENTION_ARITY: Record<string, Arity> = {
  fastcall: Arity.Positional,
  unpack: Arity.Positional,
  keywords: Arity.Keywords,
  vectorcall: Arity.Vectorcall,
  wrapper: Arity.Wrapper,
  groups: Arity.Groups,
  custom: Arity.Custom,
};

type Args = PyObject[];
type Kw = string[] | null;

/** A native function's parameters and calling convention, for the running version. */
export class ArgSpec {
  /** 'list.insert', 'builtins.len', 'gc.collect', 'int' (a type's constructor). */
  readonly id: string;
  /** The defining type's name for methods ('list'), else null. */
  readonly owner: string | null;
  /** The module of module functions other than builtins ('gc', 'sys', '_weakref'), else null. */
  readonly module: string | null;
  /** The function's own name ('insert'). */
  readonly short: string;
  /** The newest CPython's signature (profiles list older ones). */
  readonly declared: string;

  // ---- resolved for the running profile by configure()
  text = '';
  arity: Arity = Arity.Custom;
  /** METH_VARARGS: named by its bare name when bound (see the module comment). */
  methVarargs = false;
  /** Name in arity messages: `insert` in `insert expected 2 arguments, got 1`. */
  name = '';
  /** The name comes from the type called (`ValueError() takes no keyword arguments`). */
  nameFromType = false;
  /** Required positional parameters. */
  min = 0;
  /** Named positional parameters (positional-only and positional-or-keyword). */
  maxpos = 0;
  /** Most positional arguments accepted: maxpos, or Infinity with `*args`. */
  max = 0;
  /** parseArgs returns the arguments as they are for this many or fewer (-1: never). */
  fastMax = 0;
  /** Positional-only parameters. */
  posonly = 0;
  /** Names of the parameters that can be passed by keyword, in order (clinic's kwtuple). */
  kwtuple: string[] = [];
  /** Required keyword-only parameters. */
  minkw = 0;
  /** `*args` / `**kwargs` */
  star = false;
  starstar = false;
  /** The result of parsing no arguments at all (shared, never written). */
  blank: (PyObject | undefined)[] = [];
  /** For `custom` signatures: the implementation's own parser. */
  customParser: ((a: Args, k: Kw) => (PyObject | undefined)[]) | null = null;

  constructor(id: string, owner: string | null, module: string | null, short: string, declared: string) {
    this.id = id;
    this.owner = owner;
    this.module = module;
    this.short = short;
    this.declared = declared;
    this.configure(declared);
  }

  /** Takes on a signature (the declared one or a profile's). */
  configure(text: string): void {
    this.text = text;
    let body = text.trim();
    let name = this.short;
    const as = / as (\S+)$/.exec(body);
    if (as !== null) {
      name = as[1]!;
      body = body.slice(0, as.index).trim();
    }
    this.nameFromType = name === '$type';
    this.name = name;
    const open = body.indexOf('(');
    if (open < 0 || !body.endsWith(')')) throw new Error(`bad signature for ${this.id}: ${text}`);
    const conv = body.slice(0, open).trim();
    const inner = body.slice(open + 1, -1).trim();
    const parts = inner === '' ? [] : inner.split(',').map((p) => p.trim());
    const slash = parts.indexOf('/');
    let kwonly = false;
    let posonly = 0;
    let maxpos = 0;
    let min = 0;
    let minkw = 0;
    let star = false;
    let starstar = false;
    const kwtuple: string[] = [];
    parts.forEach((p, i) => {
      if (p === '/') return;
      if (p === '*') {
        kwonly = true;
        return;
      }
      if (p.startsWith('**')) {
        starstar = true;
        return;
      }
      if (p.startsWith('*')) {
        star = true;
        kwonly = true;
        return;
      }
      const eq = p.indexOf('=');
      const pname = eq < 0 ? p : p.slice(0, eq).trim();
      const required = eq < 0;
      if (kwonly) {
        kwtuple.push(pname);
        if (required) minkw++;
        return;
      }
      maxpos++;
      if (required) min = maxpos;
      if (i < slash) posonly++;
      else kwtuple.push(pname);
    });
    this.posonly = posonly;
    this.maxpos = maxpos;
    this.min = min;
    this.max = star ? Infinity : maxpos;
    this.minkw = minkw;
    this.fastMax = minkw > 0 ? -1 : maxpos;
    this.kwtuple = kwtuple;
    this.star = star;
    this.starstar = starstar;
    this.methVarargs = conv === 'varargs' || conv === 'unpack' || conv === 'groups';
    const keywordCapable = kwtuple.length > 0;
    switch (conv) {
      case '':
        if (keywordCapable) this.arity = star ? Arity.KeywordsVararg : Arity.Keywords;
        else if (maxpos === 0 && !star && !starstar) this.arity = Arity.NoArgs;
        else if (maxpos === 1 && min === 1 && !star && !starstar) this.arity = Arity.One;
        else this.arity = Arity.Positional;
        break;
      case 'varargs':
        // METH_VARARGS | METH_KEYWORDS (PyArg_ParseTupleAndKeywords) words its errors as clinic does.
        this.arity = keywordCapable ? Arity.Keywords : Arity.ParseTuple;
        break;
      default: {
        const arity = CONVENTION_ARITY[conv];
        if (arity === undefined) throw new Error(`unknown calling convention '${conv}' for ${this.id}`);
        this.arity = arity;
      }
    }
    if (keywordCapable && (this.arity === Arity.Positional || this.arity === Arity.ParseTuple || this.arity === Arity.NoArgs || this.arity === Arity.One || this.arity === Arity.Groups)) {
      throw new Error(`${this.id}: keyword parameters need a keyword convention (${text})`);
    }
    if (star && this.arity === Arity.Keywords && maxpos > 0) {
      throw new Error(`${this.id}: 'keywords' with *args parses keywords only, so it takes no named positional parameters`);
    }
    // parseArgs's result: the named positional parameters, then (for the keyword parsers)
    // the keyword-only ones.
    this.blank = Object.freeze(new Array<PyObject | undefined>(keywordCapable ? posonly + kwtuple.length : maxpos).fill(undefined)) as (PyObject | undefined)[];
  }
}

// ------------------------------------------------------------------ declarations

const REGISTRY = new Map<string, ArgSpec>();

function register(spec: ArgSpec): ArgSpec {
  if (REGISTRY.has(spec.id)) throw new Error(`signature declared twice: ${spec.id}`);
  REGISTRY.set(spec.id, spec);
  return spec;
}

/** Method signatures of a built-in type: `methodSignatures('list', { append: '(object, /)' })`. */
export function methodSignatures<K extends string>(owner: string, table: Record<K, string>): Record<K, ArgSpec> {
  const out = {} as Record<K, ArgSpec>;
  for (const name of Object.keys(table) as K[]) {
    out[name] = register(new ArgSpec(`${owner}.${name}`, owner, null, name, table[name]));
  }
  return out;
}

/**
 * Function signatures of a module: `functionSignatures('gc', { collect: '(generation=2)' })`.
 * 'builtins' functions name themselves without the module; `prefix` is the id's prefix when
 * it differs from the module's name as Python shows it (`weakref` functions live in `_weakref`).
 */
export function functionSignatures<K extends string>(module: string, table: Record<K, string>, prefix = module): Record<K, ArgSpec> {
  const out = {} as Record<K, ArgSpec>;
  for (const name of Object.keys(table) as K[]) {
    out[name] = register(new ArgSpec(`${prefix}.${name}`, null, module === 'builtins' ? null : module, name, table[name]));
  }
  return out;
}

/** Signatures of type constructors and other callables named by a bare name (`int`, `weakref`). */
export function callableSignatures<K extends string>(table: Record<K, string>): Record<K, ArgSpec> {
  const out = {} as Record<K, ArgSpec>;
  for (const name of Object.keys(table) as K[]) {
    out[name] = register(new ArgSpec(name, null, null, name.slice(name.lastIndexOf('.') + 1), table[name]));
  }
  return out;
}

/** The declared signature of a native, by id ('list.append'), or undefined. */
export function signatureOf(id: string): ArgSpec | undefined {
  return REGISTRY.get(id);
}

export function allSignatures(): ArgSpec[] {
  return [...REGISTRY.values()];
}

/** Applies a profile's signatures (the declared ones where it lists none). */
export function configureSignatures(profile: PythonProfile): void {
  for (const id of Object.keys(profile.nativeSignatures)) {
    if (!REGISTRY.has(id)) throw new Error(`profile ${profile.version} lists a signature for unknown native '${id}'`);
  }
  for (const spec of REGISTRY.values()) {
    const text = profile.nativeSignatures[spec.id] ?? spec.declared;
    if (text !== spec.text) spec.configure(text);
  }
}

// ------------------------------------------------------------------ checking calls

/**
 * METH_NOARGS: no arguments. `self` is the object the method was called on (it names the
 * function in some versions' messages); null for functions.
 */
export function noArgs(s: ArgSpec, a: Args, k: Kw, self: PyObject | null): void {
  if (k === null && a.length === 0) return;
  checkSlow(s, a, k, self);
}

/** METH_O: the one argument (borrowed). */
export function oneArg(s: ArgSpec, a: Args, k: Kw, self: PyObject | null): PyObject {
  if (k === null && a.length === 1) return a[0]!;
  checkSlow(s, a, k, self);
  return a[0]!;
}

/**
 * Positional-only conventions: checks the number of arguments (and that there are no
 * keywords, unless the signature takes `**kwargs`); the arguments are read from `a`.
 */
export function checkArgs(s: ArgSpec, a: Args, k: Kw, self: PyObject | null): void {
  const n = a.length;
  if (k === null && n >= s.min && n <= s.max) return;
  checkSlow(s, a, k, self);
}

/**
 * Any convention: the arguments in parameter order (positional parameters, then
 * keyword-only ones; `*args` beyond the named ones stay in `a`), borrowed, undefined where
 * not given. A call passing exactly the positional parameters gets `a` itself back.
 */
export function parseArgs(s: ArgSpec, a: Args, k: Kw, self: PyObject | null = null): (PyObject | undefined)[] {
  const n = a.length;
  if (k === null && n >= s.min && n <= s.fastMax) return a;
  return parseSlow(s, a, k, self);
}

/**
 * The keyword arguments alone, parsed by a `keywords(*args, ...)` signature as
 * PyArg_ParseTupleAndKeywords does on an empty tuple: the keyword-only parameters in order.
 * The positional arguments are the caller's business.
 */
export function parseKeywords(s: ArgSpec, a: Args, k: Kw, self: PyObject | null = null): (PyObject | undefined)[] {
  if (k === null || k.length === 0) return s.blank;
  if (s.arity === Arity.KeywordsVararg) return unpackKeywordsVararg(s, a, k, a.length - k.length);
  if (s.arity === Arity.Keywords) return unpackKeywords(s, a, k, 0);
  rejectKeywords(s, self);
}

/**
 * The arity check alone, on `n` positional arguments: for functions that pass their
 * keywords on (sorted() to list.sort).
 */
export function checkArity(s: ArgSpec, n: number, self: PyObject | null = null): void {
  if (n < s.min || n > s.max) arityError(s, n, self);
}

/** Gives a `custom` signature the function that parses its calls (instead of parseArgs). */
export function setCustomParser(s: ArgSpec, parse: (a: Args, k: Kw) => (PyObject | undefined)[]): void {
  s.customParser = parse;
}

/** Positional arguments of a call (the keyword values come after them in `a`). */
export function positionalCount(a: Args, k: Kw): number {
  return k === null ? a.length : a.length - k.length;
}

function checkSlow(s: ArgSpec, a: Args, k: Kw, self: PyObject | null): void {
  const nk = k === null ? 0 : k.length;
  if (nk > 0 && (s.kwtuple.length > 0 || s.arity === Arity.Custom)) {
    throw new Error(`internal: ${s.id} takes keywords, so its arguments need parseArgs`);
  }
  parseSlow(s, a, k, self);
}

function parseSlow(s: ArgSpec, a: Args, k: Kw, self: PyObject | null): (PyObject | undefined)[] {
  const nk = k === null ? 0 : k.length;
  const n = a.length - nk;
  switch (s.arity) {
    case Arity.NoArgs:
      if (nk > 0) rejectKeywords(s, self);
      if (n !== 0) typeError(`${functionName(s, self)}() takes no arguments (${n} given)`);
      return a;
    case Arity.One:
      if (nk > 0) rejectKeywords(s, self);
      if (n !== 1) typeError(`${functionName(s, self)}() takes exactly one argument (${n} given)`);
      return a;
    case Arity.Wrapper:
      if (nk > 0) typeError(`wrapper ${s.short}() takes no keyword arguments`);
      if (n < s.min || n > s.max) typeError(`expected ${s.maxpos} argument${s.maxpos === 1 ? '' : 's'}, got ${n}`);
      return a;
    case Arity.Positional:
    case Arity.ParseTuple:
      if (nk > 0 && !s.starstar) rejectKeywords(s, self);
      if (n < s.min || n > s.max) arityError(s, n, self);
      return nk > 0 ? a.slice(0, n) : a;
    case Arity.Vectorcall:
      if (nk === 0) {
        if (n < s.min || n > s.max) checkPositionalError(arityName(s, self), n, s.min, s.max);
        return a;
      }
      return unpackKeywords(s, a, k!, n);
    case Arity.Keywords:
      return unpackKeywords(s, a, k ?? [], s.star ? 0 : n);
    case Arity.KeywordsVararg:
      return unpackKeywordsVararg(s, a, k ?? [], n);
    case Arity.Groups:
      if (nk > 0) rejectKeywords(s, self);
      if (n < s.min || n > s.max) typeError(`${functionName(s, self)} requires ${s.min} to ${s.max} arguments`);
      return a;
    default:
      if (s.customParser === null) throw new Error(`internal: ${s.id} parses its own arguments`);
      return s.customParser(a, k);
  }
}

/** `X() takes no keyword arguments`, X as the function names itself for this call. */
function rejectKeywords(s: ArgSpec, self: PyObject | null): never {
  const bare = s.methVarargs && (s.owner === null || rt.profile.keywordMethodCallsBind);
  return typeError(`${bare ? s.short : keywordCallName(s, self)}() takes no keyword arguments`);
}

/**
 * The qualified name a function shows in `takes no keyword arguments` (_PyObject_FunctionStr):
 * `list.append`, `gc.get_count`, `len`. A method called as a bound method is named after
 * its object's type (or the class itself, for a classmethod).
 */
function keywordCallName(s: ArgSpec, self: PyObject | null): string {
  if (s.nameFromType) return arityName(s, self);
  if (s.owner !== null) {
    if (rt.profile.keywordMethodCallsBind && self !== null) {
      const t = self instanceof PyType ? self : self.type;
      return `${t.qualname}.${s.short}`;
    }
    return `${s.owner}.${s.short}`;
  }
  return s.module !== null ? `${s.module}.${s.short}` : s.short;
}

/** The qualified name in METH_NOARGS / METH_O arity messages (always the descriptor's). */
function functionName(s: ArgSpec, self: PyObject | null): string {
  if (s.owner !== null) return `${s.owner}.${s.short}`;
  if (s.nameFromType) return arityName(s, self);
  return s.module !== null ? `${s.module}.${s.short}` : s.short;
}

function arityName(s: ArgSpec, self: PyObject | null): string {
  if (!s.nameFromType) return s.name;
  const t = self instanceof PyType ? self : self !== null ? self.type : null;
  return t !== null ? t.name : s.short;
}

function arityError(s: ArgSpec, n: number, self: PyObject | null): never {
  const name = arityName(s, self);
  if (s.arity === Arity.ParseTuple) {
    // PyArg_ParseTuple (vgetargs1)
    const bound = n < s.min ? s.min : s.max;
    const how = s.min === s.max ? 'exactly' : n < s.min ? 'at least' : 'at most';
    return typeError(`${name}() takes ${how} ${plural(bound, 'argument')} (${n} given)`);
  }
  return checkPositionalError(name, n, s.min, s.max);
}

/** _PyArg_CheckPositional's messages. */
function checkPositionalError(name: string, n: number, min: number, max: number): never {
  if (n < min) return typeError(`${name} expected ${min === max ? '' : 'at least '}${plural(min, 'argument')}, got ${n}`);
  return typeError(`${name} expected ${min === max ? '' : 'at most '}${plural(max, 'argument')}, got ${n}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Finds a keyword argument's value in the call (kwnames order). */
function findKeyword(a: Args, k: string[], name: string): PyObject | undefined {
  const i = k.indexOf(name);
  return i < 0 ? undefined : a[a.length - k.length + i];
}

/**
 * _PyArg_UnpackKeywords (and vgetargskeywords, whose messages are the same): `n` is the
 * number of positional arguments taken part in the parse (0 for `keywords(*args, ...)`).
 */
function unpackKeywords(s: ArgSpec, a: Args, k: string[], n: number): (PyObject | undefined)[] {
  const fname = s.name;
  const nk = k.length;
  const posonly = s.posonly;
  const minpos = s.min;
  const maxpos = s.maxpos;
  const kwtuple = s.kwtuple;
  const maxargs = posonly + kwtuple.length;
  const minposonly = Math.min(posonly, minpos);
  if (n + nk > maxargs) {
    // "keyword" when nothing was positional (bpo-31229).
    typeError(`${fname}() takes at most ${maxargs} ${n === 0 ? 'keyword ' : ''}argument${maxargs === 1 ? '' : 's'} (${n + nk} given)`);
  }
  if (n > maxpos) {
    if (maxpos === 0) typeError(`${fname}() takes no positional arguments`);
    typeError(`${fname}() takes ${minpos < maxpos ? 'at most' : 'exactly'} ${plural(maxpos, 'positional argument')} (${n} given)`);
  }
  if (n < minposonly) {
    typeError(`${fname}() takes ${minposonly < maxpos ? 'at least' : 'exactly'} ${plural(minposonly, 'positional argument')} (${n} given)`);
  }
  const out = new Array<PyObject | undefined>(maxargs).fill(undefined);
  for (let i = 0; i < n; i++) out[i] = a[i];
  const reqlimit = s.minkw > 0 ? maxpos + s.minkw : minpos;
  let remaining = nk;
  for (let i = Math.max(n, posonly); i < maxargs; i++) {
    let cur: PyObject | undefined;
    if (remaining > 0) cur = findKeyword(a, k, kwtuple[i - posonly]!);
    else if (i >= reqlimit) break;
    out[i] = cur;
    if (cur !== undefined) remaining--;
    else if (i < minpos || (maxpos <= i && i < reqlimit)) {
      typeError(`${fname}() missing required argument '${kwtuple[i - posonly]}' (pos ${i + 1})`);
    }
  }
  if (remaining > 0) {
    for (let i = posonly; i < n; i++) {
      const name = kwtuple[i - posonly]!;
      if (k.includes(name)) typeError(`argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
    }
    unexpectedKeyword(s, k);
  }
  return out;
}

/**
 * _PyArg_UnpackKeywordsWithVararg (clinic `f(a, *args, kw=...)`): no check of the total,
 * positional arguments beyond the named ones go to `*args` (left in `a`).
 */
function unpackKeywordsVararg(s: ArgSpec, a: Args, k: string[], n: number): (PyObject | undefined)[] {
  const fname = s.name;
  const posonly = s.posonly;
  const minpos = s.min;
  const maxpos = s.maxpos;
  const kwtuple = s.kwtuple;
  const maxargs = posonly + kwtuple.length;
  const minposonly = Math.min(posonly, minpos);
  if (n < minposonly) {
    typeError(`${fname}() takes ${minposonly < maxpos ? 'at least' : 'exactly'} ${plural(minposonly, 'positional argument')} (${n} given)`);
  }
  const out = new Array<PyObject | undefined>(maxargs).fill(undefined);
  const npos = Math.min(n, maxpos);
  for (let i = 0; i < npos; i++) out[i] = a[i];
  const reqlimit = s.minkw > 0 ? maxpos + s.minkw : minpos;
  let remaining = k.length;
  for (let i = Math.max(npos, posonly); i < maxargs; i++) {
    const cur = remaining > 0 ? findKeyword(a, k, kwtuple[i - posonly]!) : undefined;
    out[i] = cur;
    if (cur !== undefined) remaining--;
    else if (i < minpos || (maxpos <= i && i < reqlimit)) {
      typeError(`${fname}() missing required argument '${kwtuple[i - posonly]}' (pos ${i + 1})`);
    }
  }
  // Unlike _PyArg_UnpackKeywords, no check for arguments given by name and position.
  if (remaining > 0) unexpectedKeyword(s, k);
  return out;
}

function unexpectedKeyword(s: ArgSpec, k: string[]): never {
  for (const name of k) {
    if (!s.kwtuple.includes(name)) typeError(rt.profile.messages.unexpectedKeyword(s.name, name));
  }
  return typeError(`invalid keyword argument for ${s.name}()`);
}
