/**
 * str (Objects/unicodeobject.c).
 *
 * Strings are immutable JavaScript strings plus what CPython's memory model needs: the
 * code-point length, the storage kind (1, 2 or 4 bytes per character, which decides
 * sys.getsizeof), a cached hash, and whether the object is interned. The empty string and
 * the 256 Latin-1 one-character strings are shared singletons, as in CPython; which
 * operations return them follows CPython (slicing and indexing do, str(int) does not).
 */

import { rt } from '../runtime.ts';
import { decref, makeImmortal, newref } from '../heap/heap.ts';
import { PyError, PyObject, type PyType, type CompareOp } from './object.ts';
import { strHash } from './hash.ts';
import { PyInt, newBool, newInt } from './int.ts';
import { defineMethods } from './builtinfunc.ts';
import { checkArgs, methodSignatures, noArgs, oneArg, parseArgs, type ArgSpec } from './argspec.ts';
import { indexError, raise, typeError, valueError } from './errors.ts';
import { newList } from './list.ts';
import { newTuple, tupleItems } from './tuple.ts';
import { getItem, iterate } from '../abstract.ts';
import { formatMethod, formatToString, percentFormat } from './format.ts';

/** What a str's size depends on: code points, bytes per character, ASCII-only. */
export interface StrShape {
  len: number;
  kind: number;
  ascii: boolean;
}

export class PyStr extends PyObject {
  v: string;
  /** Length in code points (what len() returns). */
  len: number;
  /** Bytes per character in CPython's compact representation: 1, 2 or 4; `ascii` if < 128. */
  kind: number;
  ascii: boolean;
  h: number | bigint | null = null;
  interned = false;
  /**
   * `shape`: the length and kind when the caller knows them (concatenation, repetition),
   * so that building a long string does not scan it again.
   */
  constructor(type: PyType, v: string, shape?: StrShape) {
    super(null);
    this.type = type; this.rc = 1; this.addr = 0; this.serial = 0; this.imm = false; this.gcNext = null; this.gcPrev = null; this.gcRefs = 0; this.gen = -1; this.gcFlags = 0; this.weakrefs = null; this.mark = 0; this.borrowed = 0;
    this.v = v;
    if (shape !== undefined) {
      this.len = shape.len;
      this.kind = shape.kind;
      this.ascii = shape.ascii;
      return;
    }
    // Fast path: the OR of all code units is below 0x8000 only if no unit is a surrogate,
    // and below 128 or 256 exactly when the largest unit is.
    let bits = 0;
    for (let i = 0; i < v.length; i++) bits |= v.charCodeAt(i);
    if (bits < 0x8000) {
      this.len = v.length;
      this.ascii = bits < 128;
      this.kind = bits < 256 ? 1 : 2;
      return;
    }
    let len = v.length;
    let max = 0;
    for (let i = 0; i < v.length; i++) {
      const c = v.charCodeAt(i);
      if (c > max) max = c;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < v.length) {
        const d = v.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          len--;
          i++;
          max = 0x10000;
        }
      }
    }
    this.len = len;
    this.ascii = max < 128;
    this.kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
  }
}

export function isStr(o: PyObject): o is PyStr {
  return o instanceof PyStr;
}

export function strSizeOf(s: PyStr): number {
  const z = rt.profile.sizes;
  if (s.ascii) return z.strAsciiHeader + s.len + 1;
  let size = z.strCompactHeader + (s.len + 1) * s.kind;
  // 3.12+ cached Latin-1 characters keep their UTF-8 form (2 bytes + NUL) alongside.
  if (s.len === 1 && rt.profile.latin1CacheHasUtf8 && rt.latin1[s.v.charCodeAt(0)] === s) size += 3;
  return size;
}

/** A new reference to a str with value `s`; "" and one Latin-1 character are shared. */
export function newStr(s: string): PyObject {
  if (s.length === 0) return newref(rt.emptyStr);
  if (s.length === 1) {
    const c = s.charCodeAt(0);
    if (c < 256) return newref(rt.latin1[c]!);
  }
  return allocStr(s);
}

/** A new, unshared str object even for one character (int.__repr__, concatenation). */
export function newStrFresh(s: string): PyObject {
  if (s.length === 0) return newref(rt.emptyStr);
  return allocStr(s);
}

function allocStr(s: string, shape?: StrShape): PyObject {
  const o = new PyStr(rt.types.str, s, shape);
  if (o.len * o.kind > rt.maxObjectBytes) raise(rt.exc.MemoryError!, '');
  return rt.heap.allocate(o, strSizeOf(o), false);
}

/**
 * The interned str with value `s` (identifiers, attribute names, constants), as a new
 * reference. Like CPython's interned dict, the table does not own a reference: a string
 * leaves it when its last user lets go (see dealloc), unless it is immortal.
 */
/** A string of `length` characters would exceed the run's object budget: MemoryError. */
export function checkStrLength(length: number): void {
  if (length > rt.maxObjectBytes) raise(rt.exc.MemoryError!, '');
}

export function internStr(s: string): PyObject {
  const existing = rt.interned.get(s);
  if (existing !== undefined) return newref(existing);
  const o = newStr(s) as PyStr;
  if (!o.interned) {
    o.interned = true;
    if (rt.profile.immortalInternedStrings) makeImmortal(o);
    rt.interned.set(s, o);
  }
  return o;
}

export function strValue(o: PyObject): string {
  return (o as PyStr).v;
}

/** Code points of a string, for indexing strings with characters beyond the BMP. */
function codePoints(s: PyStr): string[] {
  return Array.from(s.v);
}

export function strCharAt(s: PyStr, i: number): string {
  if (s.len === s.v.length) return s.v[i]!;
  return codePoints(s)[i]!;
}

export function strSlice(s: PyStr, start: number, stop: number, step: number): string {
  if (step === 1 && s.len === s.v.length) return s.v.slice(start, Math.max(start, stop));
  const cps = s.len === s.v.length ? s.v : codePoints(s);
  let out = '';
  if (step > 0) for (let i = start; i < stop; i += step) out += cps[i];
  else for (let i = start; i > stop; i += step) out += cps[i];
  return out;
}

const NON_PRINTABLE = /[\p{C}\p{Z}]/u;

/** repr(str), Python's quoting and escaping. */
export function strRepr(s: string): string {
  const useDouble = s.includes("'") && !s.includes('"');
  const q = useDouble ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x7f || ch === ' ') out += ch;
    else if (NON_PRINTABLE.test(ch)) {
      if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
      else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
      else out += '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + q;
}

function compare(a: string, b: string, op: CompareOp): boolean {
  switch (op) {
    case 0: return codeCompare(a, b) < 0;
    case 1: return codeCompare(a, b) <= 0;
    case 2: return a === b;
    case 3: return a !== b;
    case 4: return codeCompare(a, b) > 0;
    default: return codeCompare(a, b) >= 0;
  }
}

/** Python compares strings by code point; JavaScript's < compares UTF-16 units. */
function codeCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.codePointAt(i)!;
    let y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
    x = 0;
    y = 0;
  }
  return a.length - b.length;
}

function argStr(o: PyObject | undefined, fname: string, what = 'argument'): string {
  if (o === undefined) return '';
  if (!(o instanceof PyStr)) typeError(`${fname}() ${what} must be str, not ${o.type.name}`);
  return o.v;
}

function argInt(o: PyObject | undefined, dflt: number): number {
  if (o === undefined || o === rt.none) return dflt;
  if (!(o instanceof PyInt)) typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(o.v);
}

/** Adjusts start/end arguments of find/count/startswith like slice indices. */
function range(len: number, start: number, end: number): [number, number] {
  if (start < 0) start = Math.max(0, start + len);
  if (end < 0) end = Math.max(0, end + len);
  return [Math.min(start, len), Math.min(end, len)];
}

const WHITESPACE = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function isSpace(ch: string): boolean {
  return WHITESPACE.includes(ch);
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpace(s[i]!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let end = n;
      while (end > i && isSpace(s[end - 1]!)) end--;
      out.push(s.slice(i, end));
      return out;
    }
    let j = i;
    while (j < n && !isSpace(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isSpace(s[i - 1]!)) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let start = 0;
      while (start < i && isSpace(s[start]!)) start++;
      out.push(s.slice(start, i));
      break;
    }
    let j = i;
    while (j > 0 && !isSpace(s[j - 1]!)) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function stripChars(s: string, chars: string | null, left: boolean, right: boolean): string {
  const test = chars === null ? isSpace : (ch: string) => chars.includes(ch);
  let a = 0;
  let b = s.length;
  if (left) while (a < b && test(s[a]!)) a++;
  if (right) while (b > a && test(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** Builds a list object of str items (new reference). */
function strList(parts: string[]): PyObject {
  return newList(parts.map((p) => newStr(p)));
}


function matchesPrefix(s: string, arg: PyObject, fname: string, test: (p: string) => boolean): boolean {
  const items = tupleItems(arg);
  if (items !== null) {
    for (const it of items) {
      if (!(it instanceof PyStr)) typeError(`tuple for ${fname} must only contain str, not ${it.type.name}`);
      if (test(it.v)) return true;
    }
    return false;
  }
  if (!(arg instanceof PyStr)) {
    typeError(`${fname} first arg must be str or a tuple of str, not ${arg.type.name}`);
  }
  void s;
  return test(arg.v);
}

function titleCase(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    const isLetter = ch.toLowerCase() !== ch.toUpperCase();
    out += isLetter ? (prevCased ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    prevCased = isLetter;
  }
  return out;
}

export function installStr(strType: PyType): void {
  strType.repr = (o) => strRepr((o as PyStr).v);
  strType.str = (o) => (o as PyStr).v;
  strType.summary = (o) => strRepr((o as PyStr).v);
  strType.hash = (o) => {
    const s = o as PyStr;
    if (s.h === null) s.h = strHash(s.v, rt.profile.version === '3.10' ? 'siphash24' : 'siphash13');
    return s.h;
  };
  strType.sizeOf = (o) => strSizeOf(o as PyStr);
  strType.length = (o) => (o as PyStr).len;
  strType.dealloc = (o) => {
    const s = o as PyStr;
    if (s.interned) rt.interned.delete(s.v);
    rt.heap.release(o, false);
  };
  strType.richcompare = (a, b, op) => {
    if (!(b instanceof PyStr)) return null;
    return newBool(compare((a as PyStr).v, b.v, op));
  };
  strType.contains = (o, item) => {
    if (!(item instanceof PyStr)) typeError(`'in <string>' requires string as left operand, not ${item.type.name}`);
    return (o as PyStr).v.includes(item.v);
  };
  strType.number.add = (a, b) => {
    if (!(a instanceof PyStr)) return null;
    if (!(b instanceof PyStr)) typeError(`can only concatenate str (not "${b.type.name}") to str`);
    if (a.v.length === 0) return newref(b);
    if (b.v.length === 0) return newref(a);
    return allocStr(a.v + b.v, { len: a.len + b.len, kind: Math.max(a.kind, b.kind), ascii: a.ascii && b.ascii });
  };
  strType.number.mul = (a, b) => {
    const [s, n] = a instanceof PyStr ? [a, b] : [b as PyStr, a];
    if (!(s instanceof PyStr) || !(n instanceof PyInt)) return null;
    const count = Number(n.v);
    if (count <= 0 || s.v.length === 0) return newStr('');
    if (count === 1 && s.type === strType) return newref(s);
    if (s.len * count * s.kind > rt.maxObjectBytes) raise(rt.exc.MemoryError!, '');
    return allocStr(s.v.repeat(count), { len: s.len * count, kind: s.kind, ascii: s.ascii });
  };
  strType.number.mod = (a, b) => {
    if (!(a instanceof PyStr)) return null;
    return newStr(percentFormat(a.v, b));
  };
  strType.iter = undefined as never; // set by iterators.ts

  const S = (o: PyObject | null): PyStr => o as PyStr;
  defineMethods(strType, {
    isprintable: (a, k, self) => {
      noArgs(SIG.isprintable, a, k, self);
      return newBool([...S(self).v].every((c) => c === ' ' || !/[\p{C}\p{Z}]/u.test(c)));
    },
    translate: (a, k, self) => newStr(translate(S(self).v, oneArg(SIG.translate, a, k, self))),
    // bytes are outside the subset: say so rather than "no attribute 'encode'".
    encode: (a, k, self) => {
      parseArgs(SIG.encode, a, k, self);
      return raise(rt.exc.NotImplementedError!, 'bytes (str.encode) are not supported here');
    },
    upper: (a, k, self) => {
      noArgs(SIG.upper, a, k, self);
      return newStr(S(self).v.toUpperCase());
    },
    lower: (a, k, self) => {
      noArgs(SIG.lower, a, k, self);
      return newStr(S(self).v.toLowerCase());
    },
    casefold: (a, k, self) => {
      noArgs(SIG.casefold, a, k, self);
      return newStr(caseFold(S(self).v));
    },
    swapcase: (a, k, self) => {
      noArgs(SIG.swapcase, a, k, self);
      return newStr(Array.from(S(self).v, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''));
    },
    title: (a, k, self) => {
      noArgs(SIG.title, a, k, self);
      return newStr(titleCase(S(self).v));
    },
    capitalize: (a, k, self) => {
      noArgs(SIG.capitalize, a, k, self);
      const v = S(self).v;
      return newStr(v.length === 0 ? '' : v[0]!.toUpperCase() + v.slice(1).toLowerCase());
    },
    strip: (a, k, self) => {
      checkArgs(SIG.strip, a, k, self);
      const chars = a[0];
      return newStr(stripChars(S(self).v, chars === undefined || chars === rt.none ? null : argStr(chars, 'strip', 'arg'), true, true));
    },
    lstrip: (a, k, self) => {
      checkArgs(SIG.lstrip, a, k, self);
      const chars = a[0];
      return newStr(stripChars(S(self).v, chars === undefined || chars === rt.none ? null : argStr(chars, 'lstrip', 'arg'), true, false));
    },
    rstrip: (a, k, self) => {
      checkArgs(SIG.rstrip, a, k, self);
      const chars = a[0];
      return newStr(stripChars(S(self).v, chars === undefined || chars === rt.none ? null : argStr(chars, 'rstrip', 'arg'), false, true));
    },
    split: (a, k, self) => {
      const [sep, max] = parseArgs(SIG.split, a, k, self);
      const maxsplit = argInt(max, -1);
      const v = S(self).v;
      if (sep === undefined || sep === rt.none) return strList(splitWhitespace(v, maxsplit));
      const sp = argStr(sep, 'split');
      if (sp === '') valueError('empty separator');
      const parts = v.split(sp);
      if (maxsplit >= 0 && parts.length > maxsplit + 1) {
        const head = parts.slice(0, maxsplit);
        head.push(parts.slice(maxsplit).join(sp));
        return strList(head);
      }
      return strList(parts);
    },
    rsplit: (a, k, self) => {
      const [sep, max] = parseArgs(SIG.rsplit, a, k, self);
      const maxsplit = argInt(max, -1);
      const v = S(self).v;
      if (sep === undefined || sep === rt.none) return strList(rsplitWhitespace(v, maxsplit));
      const sp = argStr(sep, 'rsplit');
      if (sp === '') valueError('empty separator');
      const parts = v.split(sp);
      if (maxsplit >= 0 && parts.length > maxsplit + 1) {
        const keep = parts.slice(parts.length - maxsplit);
        return strList([parts.slice(0, parts.length - maxsplit).join(sp), ...keep]);
      }
      return strList(parts);
    },
    splitlines: (a, k, self) => {
      const [keep] = parseArgs(SIG.splitlines, a, k, self);
      const keepends = keep !== undefined && keep !== rt.false && !(keep instanceof PyInt && keep.v == 0);
      const v = S(self).v;
      const out: string[] = [];
      const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
      let last = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(v)) !== null) {
        out.push(v.slice(last, keepends ? m.index + m[0].length : m.index));
        last = m.index + m[0].length;
      }
      if (last < v.length) out.push(v.slice(last));
      return strList(out);
    },
    join: (a, k, self) => {
      const iterable = oneArg(SIG.join, a, k, self);
      const parts: string[] = [];
      let index = 0;
      iterate(iterable, (item) => {
        if (!(item instanceof PyStr)) {
          typeError(`sequence item ${index}: expected str instance, ${item.type.name} found`);
        }
        parts.push(item.v);
        index++;
      });
      if (parts.length === 1) {
        // CPython returns the single item itself when it is an exact str.
        let only: PyObject | null = null;
        iterate(iterable, (item) => {
          only = item;
        });
        if (only !== null && (only as PyObject).type === strType) return newref(only as PyObject);
      }
      return newStrFresh(parts.join(S(self).v));
    },
    replace: (a, k, self) => {
      const [oldS, newS, cnt] = parseArgs(SIG.replace, a, k, self);
      const old = argStr(oldS, 'replace', 'argument 1');
      const rep = argStr(newS, 'replace', 'argument 2');
      let count = argInt(cnt, -1);
      const v = S(self).v;
      if (count < 0) count = Infinity;
      if (old === '') {
        let out = '';
        let n = 0;
        const cps = Array.from(v);
        for (let i = 0; i <= cps.length; i++) {
          if (n < count) {
            out += rep;
            n++;
          }
          if (i < cps.length) out += cps[i];
        }
        return newStr(out);
      }
      let out = '';
      let i = 0;
      let n = 0;
      while (n < count) {
        const j = v.indexOf(old, i);
        if (j < 0) break;
        out += v.slice(i, j) + rep;
        i = j + old.length;
        n++;
      }
      if (n === 0 && self!.type === strType) return newref(self!);
      return newStr(out + v.slice(i));
    },
    find: (a, k, self) => newInt(findImpl(S(self), a, k, SIG.find, false)),
    rfind: (a, k, self) => newInt(findImpl(S(self), a, k, SIG.rfind, true)),
    index: (a, k, self) => {
      const r = findImpl(S(self), a, k, SIG.index, false);
      if (r < 0) valueError('substring not found');
      return newInt(r);
    },
    rindex: (a, k, self) => {
      const r = findImpl(S(self), a, k, SIG.rindex, true);
      if (r < 0) valueError('substring not found');
      return newInt(r);
    },
    count: (a, k, self) => {
      checkArgs(SIG.count, a, k, self);
      const [sub, st, en] = a;
      const s = S(self);
      const needle = argStr(sub, 'count', 'argument 1');
      const [b, e] = range(s.len, argInt(st, 0), argInt(en, s.len));
      if (e < b) return newInt(0);
      const hay = strSlice(s, b, e, 1);
      if (needle === '') return newInt(Array.from(hay).length + 1);
      let n = 0;
      let i = 0;
      for (;;) {
        const j = hay.indexOf(needle, i);
        if (j < 0) break;
        n++;
        i = j + needle.length;
      }
      return newInt(n);
    },
    startswith: (a, k, self) => {
      checkArgs(SIG.startswith, a, k, self);
      const [prefix, st, en] = a;
      const s = S(self);
      const [b, e] = range(s.len, argInt(st, 0), argInt(en, s.len));
      const hay = strSlice(s, b, e, 1);
      return newBool(b <= e && matchesPrefix(hay, prefix!, 'startswith', (p) => hay.startsWith(p)));
    },
    endswith: (a, k, self) => {
      checkArgs(SIG.endswith, a, k, self);
      const [suffix, st, en] = a;
      const s = S(self);
      const [b, e] = range(s.len, argInt(st, 0), argInt(en, s.len));
      const hay = strSlice(s, b, e, 1);
      return newBool(b <= e && matchesPrefix(hay, suffix!, 'endswith', (p) => hay.endsWith(p)));
    },
    isdigit: (a, k, self) => {
      noArgs(SIG.isdigit, a, k, self);
      return newBool(/^[\p{Nd}\u00b2\u00b3\u00b9]+$/u.test(S(self).v));
    },
    isdecimal: (a, k, self) => {
      noArgs(SIG.isdecimal, a, k, self);
      return newBool(/^\p{Nd}+$/u.test(S(self).v));
    },
    isnumeric: (a, k, self) => {
      noArgs(SIG.isnumeric, a, k, self);
      return newBool(/^\p{N}+$/u.test(S(self).v));
    },
    isalpha: (a, k, self) => {
      noArgs(SIG.isalpha, a, k, self);
      return newBool(/^\p{L}+$/u.test(S(self).v));
    },
    isalnum: (a, k, self) => {
      noArgs(SIG.isalnum, a, k, self);
      return newBool(/^[\p{L}\p{N}]+$/u.test(S(self).v));
    },
    isspace: (a, k, self) => {
      noArgs(SIG.isspace, a, k, self);
      return newBool(S(self).v.length > 0 && Array.from(S(self).v).every(isSpace));
    },
    isupper: (a, k, self) => {
      noArgs(SIG.isupper, a, k, self);
      const v = S(self).v;
      return newBool(v !== v.toLowerCase() && v === v.toUpperCase());
    },
    islower: (a, k, self) => {
      noArgs(SIG.islower, a, k, self);
      const v = S(self).v;
      return newBool(v !== v.toUpperCase() && v === v.toLowerCase());
    },
    istitle: (a, k, self) => {
      noArgs(SIG.istitle, a, k, self);
      const v = S(self).v;
      return newBool(v !== v.toLowerCase() && titleCase(v) === v);
    },
    isidentifier: (a, k, self) => {
      noArgs(SIG.isidentifier, a, k, self);
      return newBool(/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(S(self).v));
    },
    isascii: (a, k, self) => {
      noArgs(SIG.isascii, a, k, self);
      return newBool(S(self).ascii);
    },
    center: (a, k, self) => newStr(pad(S(self), a, k, SIG.center, 'center')),
    ljust: (a, k, self) => newStr(pad(S(self), a, k, SIG.ljust, 'ljust')),
    rjust: (a, k, self) => newStr(pad(S(self), a, k, SIG.rjust, 'rjust')),
    zfill: (a, k, self) => {
      const w = oneArg(SIG.zfill, a, k, self);
      const width = argInt(w, 0);
      const v = S(self).v;
      const n = S(self).len;
      if (n >= width) return newStr(v);
      checkStrLength(width);
      const sign = v[0] === '+' || v[0] === '-' ? v[0] : '';
      return newStr(sign + '0'.repeat(width - n) + v.slice(sign.length));
    },
    partition: (a, k, self) => partition(S(self), oneArg(SIG.partition, a, k, self), false),
    rpartition: (a, k, self) => partition(S(self), oneArg(SIG.rpartition, a, k, self), true),
    format: (a, k, self) => newStr(formatMethod(S(self).v, a, k)),
    removeprefix: (a, k, self) => {
      const p = oneArg(SIG.removeprefix, a, k, self);
      const v = S(self).v;
      const pre = argStr(p, 'removeprefix', 'argument');
      return newStr(pre && v.startsWith(pre) ? v.slice(pre.length) : v);
    },
    removesuffix: (a, k, self) => {
      const p = oneArg(SIG.removesuffix, a, k, self);
      const v = S(self).v;
      const suf = argStr(p, 'removesuffix', 'argument');
      return newStr(suf && v.endsWith(suf) ? v.slice(0, v.length - suf.length) : v);
    },
    expandtabs: (a, k, self) => {
      const [t] = parseArgs(SIG.expandtabs, a, k, self);
      const size = argInt(t, 8);
      let col = 0;
      let out = '';
      for (const ch of S(self).v) {
        if (ch === '\t') {
          const n = size > 0 ? size - (col % size) : 0;
          out += ' '.repeat(n);
          col += n;
        } else {
          out += ch;
          col = ch === '\n' || ch === '\r' ? 0 : col + 1;
        }
      }
      return newStr(out);
    },
    __format__: (a, k, self) => {
      const spec = oneArg(SIG.__format__, a, k, self);
      return newStr(formatToString(self!, argStr(spec, '__format__')));
    },
  });
}

/** str's methods (Objects/unicodeobject.c, Objects/clinic/unicodeobject.c.h). */
const SIG = methodSignatures('str', {
  upper: '()',
  isprintable: '()',
  translate: '(table, /)',
  encode: "(encoding='utf-8', errors='strict')",
  lower: '()',
  casefold: '()',
  swapcase: '()',
  title: '()',
  capitalize: '()',
  strip: '(chars=None, /)',
  lstrip: '(chars=None, /)',
  rstrip: '(chars=None, /)',
  split: '(sep=None, maxsplit=-1)',
  rsplit: '(sep=None, maxsplit=-1)',
  splitlines: '(keepends=False)',
  join: '(iterable, /)',
  replace: '(old, new, /, count=-1)',
  find: '(sub, start=None, end=None, /)',
  rfind: '(sub, start=None, end=None, /)',
  index: '(sub, start=None, end=None, /)',
  rindex: '(sub, start=None, end=None, /)',
  count: '(sub, start=None, end=None, /)',
  startswith: '(prefix, start=None, end=None, /)',
  endswith: '(suffix, start=None, end=None, /)',
  isdigit: '()',
  isdecimal: '()',
  isnumeric: '()',
  isalpha: '()',
  isalnum: '()',
  isspace: '()',
  isupper: '()',
  islower: '()',
  istitle: '()',
  isidentifier: '()',
  isascii: '()',
  center: "(width, fillchar=' ', /)",
  ljust: "(width, fillchar=' ', /)",
  rjust: "(width, fillchar=' ', /)",
  zfill: '(width, /)',
  partition: '(sep, /)',
  rpartition: '(sep, /)',
  format: '(*args, **kwargs)',
  removeprefix: '(prefix, /)',
  removesuffix: '(suffix, /)',
  expandtabs: '(tabsize=8)',
  __format__: '(format_spec, /)',
});

function findImpl(s: PyStr, a: PyObject[], k: string[] | null, sig: ArgSpec, reverse: boolean): number {
  checkArgs(sig, a, k, s);
  const fname = sig.short;
  const [sub, st, en] = a;
  const needle = argStr(sub, fname, 'argument 1');
  const [b, e] = range(s.len, argInt(st, 0), argInt(en, s.len));
  if (e < b || (e - b < Array.from(needle).length)) return needle === '' && b <= e ? (reverse ? e : b) : -1;
  const hay = strSlice(s, b, e, 1);
  const j = reverse ? hay.lastIndexOf(needle) : hay.indexOf(needle);
  if (j < 0) return -1;
  return b + Array.from(hay.slice(0, j)).length;
}

function pad(s: PyStr, a: PyObject[], k: string[] | null, sig: ArgSpec, how: 'center' | 'ljust' | 'rjust'): string {
  checkArgs(sig, a, k, s);
  const [w, f] = a;
  const width = argInt(w, 0);
  let fill = ' ';
  if (f !== undefined) {
    if (!(f instanceof PyStr) || f.len !== 1) {
      typeError(`The fill character must be exactly one character long`);
    }
    fill = f.v;
  }
  const n = s.len;
  if (width <= n) return s.v;
  checkStrLength(width);
  const total = width - n;
  if (how === 'ljust') return s.v + fill.repeat(total);
  if (how === 'rjust') return fill.repeat(total) + s.v;
  // CPython's centering puts the extra space on the left when width is odd and n even.
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + s.v + fill.repeat(total - left);
}


function partition(s: PyStr, sepObj: PyObject, reverse: boolean): PyObject {
  const fname = reverse ? 'rpartition' : 'partition';
  const sep = argStr(sepObj, fname, 'argument');
  if (sep === '') valueError('empty separator');
  const v = s.v;
  const j = reverse ? v.lastIndexOf(sep) : v.indexOf(sep);
  let parts: string[];
  if (j < 0) parts = reverse ? ['', '', v] : [v, '', ''];
  else parts = [v.slice(0, j), sep, v.slice(j + sep.length)];
  return newTuple(parts.map((p, i) => (j >= 0 || i !== (reverse ? 2 : 0) ? newStr(p) : newref(s))));
}

export function checkIndex(s: PyStr, i: number): number {
  if (i < 0) i += s.len;
  if (i < 0 || i >= s.len) indexError('string index out of range');
  return i;
}

export { decref };

/**
 * str.casefold: lower case plus Unicode's full case foldings where they differ from it
 * (CaseFolding.txt, status F and the C entries lowercasing misses).
 */
const CASE_FOLDINGS: Record<string, string> = {
  '\u00df': 'ss', '\u1e9e': 'ss', '\u0149': '\u02bcn', '\u01f0': 'j\u030c', '\u0390': '\u03b9\u0308\u0301',
  '\u03b0': '\u03c5\u0308\u0301', '\u0587': '\u0565\u0582', '\u1e96': 'h\u0331', '\u1e97': 't\u0308', '\u1e98': 'w\u030a',
  '\u1e99': 'y\u030a', '\u1e9a': 'a\u02be', '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl',
  '\ufb05': 'st', '\ufb06': 'st', '\u03c2': '\u03c3', '\u017f': 's', '\u0345': '\u03b9', '\u03d0': '\u03b2', '\u03d1': '\u03b8',
  '\u03d5': '\u03c6', '\u03d6': '\u03c0', '\u03f0': '\u03ba', '\u03f1': '\u03c1', '\u03f5': '\u03b5', '\u1e9b': '\u1e61', '\u1fbe': '\u03b9',
};

function caseFold(s: string): string {
  let out = '';
  for (const c of s.toLowerCase()) out += CASE_FOLDINGS[c] ?? c;
  return out;
}

/** str.translate: each character through table[ord(c)] (None deletes, an int or str replaces). */
function translate(s: string, table: PyObject): string {
  let out = '';
  for (const c of s) {
    const key = newInt(c.codePointAt(0)!);
    let v: PyObject | null;
    try {
      v = getItem(table, key);
    } catch (e) {
      if (!(e instanceof PyError) || !e.excType.isSubtypeOf(rt.exc.LookupError!)) throw e;
      e.discard();
      v = null;
    } finally {
      decref(key);
    }
    if (v === null) {
      out += c;
      continue;
    }
    try {
      if (v === rt.none) continue;
      if (v instanceof PyInt) {
        const n = Number(v.v);
        if (n < 0 || n > 0x10ffff) valueError('character mapping must be in range(0x110000)');
        out += String.fromCodePoint(n);
      } else if (v instanceof PyStr) out += v.v;
      else typeError('character mapping must return integer, None or str');
    } finally {
      decref(v);
    }
  }
  return out;
}
