/**
 * String formatting: the format-spec mini-language (format(), f-strings, str.format) and
 * printf-style `%` formatting (Objects/unicodeobject.c, Python/formatter_unicode.c).
 */

import { rt } from '../runtime.ts';
import { decref } from '../heap/heap.ts';
import type { PyObject } from './object.ts';
import { PyInt, intRepr, toBig } from './int.ts';
import { PyFloat, floatRepr } from './float.ts';
import { PyStr, checkStrLength, newStr, strRepr } from './str.ts';
import { PyTuple } from './tuple.ts';
import { PyDict, dictGetItem } from './dict.ts';
import { raise, typeError, valueError } from './errors.ts';
import { callObject, getAttr, getItem, repr, str, typeLookup } from '../abstract.ts';
import { PyFunction } from './function.ts';
import { splitArgs } from './builtinfunc.ts';
import { toExponentialPython, toFixedPython } from './floatfmt.ts';

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(spec);
  if (m === null) valueError('Invalid format specifier');
  const s: Spec = {
    fill: m[1] ?? ' ',
    align: m[2] ?? '',
    sign: m[3] ?? '-',
    alt: m[5] !== undefined,
    zero: m[6] !== undefined,
    width: m[7] !== undefined ? Number(m[7]) : -1,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : -1,
    type: m[10] ?? '',
  };
  if (s.zero && m[2] === undefined) {
    s.fill = '0';
    s.align = '=';
  }
  return s;
}

function pad(body: string, s: Spec, defaultAlign: string, signPart = ''): string {
  const align = s.align || defaultAlign;
  const len = Array.from(signPart + body).length;
  if (s.width <= len) return signPart + body;
  checkStrLength(s.width);
  const n = s.width - len;
  switch (align) {
    case '<': return signPart + body + s.fill.repeat(n);
    case '>': return s.fill.repeat(n) + signPart + body;
    case '^': {
      const left = Math.floor(n / 2);
      return s.fill.repeat(left) + signPart + body + s.fill.repeat(n - left);
    }
    default: return signPart + s.fill.repeat(n) + body; // '='
  }
}

function group(digits: string, sep: string, every = 3): string {
  if (!sep) return digits;
  let out = '';
  let count = 0;
  for (let i = digits.length - 1; i >= 0; i--) {
    out = digits[i] + out;
    count++;
    if (count % every === 0 && i > 0) out = sep + out;
  }
  return out;
}

function signOf(neg: boolean, s: Spec): string {
  if (neg) return '-';
  if (s.sign === '+') return '+';
  if (s.sign === ' ') return ' ';
  return '';
}

function formatInt(v: number | bigint, s: Spec): string {
  const big = toBig(v);
  const neg = big < 0n;
  const abs = neg ? -big : big;
  let digits: string;
  let prefix = '';
  switch (s.type) {
    case 'b': digits = abs.toString(2); if (s.alt) prefix = '0b'; break;
    case 'o': digits = abs.toString(8); if (s.alt) prefix = '0o'; break;
    case 'x': digits = abs.toString(16); if (s.alt) prefix = '0x'; break;
    case 'X': digits = abs.toString(16).toUpperCase(); if (s.alt) prefix = '0X'; break;
    case 'c': return pad(String.fromCodePoint(Number(big)), s, '<');
    case '':
    case 'd':
    case 'n':
      digits = abs.toString();
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloat(Number(big), s);
    default:
      return valueError(`Unknown format code '${s.type}' for object of type 'int'`);
  }
  if (s.precision >= 0) valueError('Precision not allowed in integer format specifier');
  const every = s.type === 'b' || s.type === 'o' || s.type === 'x' || s.type === 'X' ? 4 : 3;
  let body = group(digits, s.grouping, every);
  if (s.align === '=' && s.fill === '0' && s.grouping && s.width > 0) {
    // zero padding also gets separators
    const target = s.width - prefix.length - signOf(neg, s).length;
    while (body.length < target) {
      body = group(('0' + digits).replace(/^0+(?=\d)/, (z) => z), s.grouping, every);
      digits = '0' + digits;
      body = group(digits, s.grouping, every);
    }
  }
  return pad(body, s, '>', signOf(neg, s) + prefix);
}

function formatFloat(v: number, s: Spec): string {
  const neg = v < 0 || Object.is(v, -0);
  const a = Math.abs(v);
  let type = s.type;
  let prec = s.precision;
  let body: string;
  if (!Number.isFinite(a)) body = Number.isNaN(a) ? 'nan' : 'inf';
  else if (type === '' && prec < 0) {
    body = floatRepr(a);
  } else {
    if (type === '') type = 'g';
    if (prec < 0) prec = 6;
    switch (type) {
      case 'f': case 'F': body = toFixedPython(a, prec); break;
      case 'e': case 'E': body = expForm(a, prec); break;
      case '%': body = toFixedPython(a * 100, prec) + '%'; break;
      case 'g': case 'G': case 'n': {
        const p = prec === 0 ? 1 : prec;
        const exp = a === 0 ? 0 : Math.floor(Math.log10(a));
        let e = Number(toExponentialPython(a, p - 1).split('e')[1]);
        if (Number.isNaN(e)) e = exp;
        if (e >= -4 && e < p) {
          body = toFixedPython(a, Math.max(0, p - 1 - e));
          if (!s.alt && body.includes('.')) body = body.replace(/\.?0+$/, '');
        } else {
          body = expForm(a, p - 1);
          if (!s.alt) body = body.replace(/\.?0+e/, 'e');
        }
        if (s.type === '' && !/[.e]/.test(body) && Number.isFinite(a)) body += '.0';
        break;
      }
      default:
        return valueError(`Unknown format code '${type}' for object of type 'float'`);
    }
    if (type === 'E' || type === 'G' || type === 'F') body = body.toUpperCase();
  }
  if (s.grouping) {
    const [intPart, rest] = splitNumber(body);
    body = group(intPart, s.grouping) + rest;
  }
  return pad(body, s, '>', signOf(neg && !Number.isNaN(v), s));
}

function splitNumber(body: string): [string, string] {
  const m = /^(\d*)(.*)$/s.exec(body)!;
  return [m[1]!, m[2]!];
}

function expForm(a: number, prec: number): string {
  const [m, e] = toExponentialPython(a, prec).split('e') as [string, string];
  const exp = Number(e);
  return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
}

/** format(value, spec) as a JS string, via __format__ for Python classes. */
export function formatToString(v: PyObject, spec: string): string {
  if (v.type.isHeapType) {
    const f = typeLookup(v.type, '__format__');
    if (f instanceof PyFunction) {
      const specObj = newStr(spec);
      try {
        const r = callObject(f, [v, specObj], null);
        try {
          if (!(r instanceof PyStr)) typeError(`__format__ must return a str, not ${r.type.name}`);
          return r.v;
        } finally {
          decref(r);
        }
      } finally {
        decref(specObj);
      }
    }
  }
  return formatBuiltin(v, spec);
}

/** The built-in types' __format__ (int, float, str; object's for everything else). */
export function formatBuiltin(v: PyObject, spec: string): string {
  if (v instanceof PyInt && v.type !== rt.types.bool) {
    if (spec === '') return intRepr(v.v);
    return formatInt(v.v, parseSpec(spec));
  }
  if (v instanceof PyInt) {
    if (spec === '') return str(v);
    return formatInt(v.v, parseSpec(spec));
  }
  if (v instanceof PyFloat) {
    if (spec === '') return floatRepr(v.v);
    return formatFloat(v.v, parseSpec(spec));
  }
  if (v instanceof PyStr) {
    if (spec === '') return v.v;
    const s = parseSpec(spec);
    if (s.type !== '' && s.type !== 's') valueError(`Unknown format code '${s.type}' for object of type 'str'`);
    if (s.sign !== '-') valueError('Sign not allowed in string format specifier');
    const body = s.precision >= 0 ? Array.from(v.v).slice(0, s.precision).join('') : v.v;
    return pad(body, s, '<');
  }
  if (spec !== '') typeError(`unsupported format string passed to ${v.type.name}.__format__`);
  return str(v);
}

/** FORMAT_VALUE: conversion 0 none, 1 str, 2 repr, 3 ascii; returns a new str. */
export function formatValue(v: PyObject, conversion: number, spec: string): PyObject {
  if (conversion === 1) return newStr(formatToString(strObj(str(v)), spec));
  if (conversion === 2) return newStr(formatToString(strObj(repr(v)), spec));
  if (conversion === 3) return newStr(formatToString(strObj(asciiRepr(repr(v))), spec));
  if (v instanceof PyStr && spec === '' && v.type === rt.types.str) {
    (v as PyObject).rc++;
    return v;
  }
  return newStr(formatToString(v, spec));
}

const scratch = new Map<string, PyStr>();
function strObj(s: string): PyObject {
  // A throwaway str used only to reuse the str formatting path.
  let o = scratch.get(s);
  if (o === undefined) {
    o = new PyStr(rt.types.str, s);
    if (scratch.size > 64) scratch.clear();
    scratch.set(s, o);
  }
  return o;
}

export function asciiRepr(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 128) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

// ------------------------------------------------------------------ str.format

export function formatMethod(fmt: string, args: PyObject[], kwnames: string[] | null): string {
  const { pos, kw } = splitArgs(args, kwnames);
  let auto = 0;
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (ch === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        j++;
      }
      if (depth !== 0) valueError("expected '}' before end of string");
      const field = fmt.slice(i + 1, j - 1);
      out += formatField(field, pos, kw, () => auto++);
      i = j;
      continue;
    }
    if (ch === '}') {
      if (fmt[i + 1] === '}') {
        out += '}';
        i += 2;
        continue;
      }
      valueError("Single '}' encountered in format string");
    }
    out += ch;
    i++;
  }
  return out;
}

function formatField(field: string, pos: PyObject[], kw: Map<string, PyObject>, nextAuto: () => number): string {
  const m = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/s.exec(field)!;
  const [, name = '', conv, specRaw = ''] = m;
  const spec = specRaw.replace(/\{([^}]*)\}/g, (_, inner: string) => formatField(inner, pos, kw, nextAuto));
  const parts = name.match(/^([^.[]*)(.*)$/s)!;
  const head = parts[1]!;
  let obj: PyObject;
  let owned = false;
  if (head === '') {
    const idx = nextAuto();
    if (idx >= pos.length) raise(rt.exc.IndexError!, `Replacement index ${idx} out of range for positional args tuple`);
    obj = pos[idx]!;
  } else if (/^\d+$/.test(head)) {
    const idx = Number(head);
    if (idx >= pos.length) raise(rt.exc.IndexError!, `Replacement index ${idx} out of range for positional args tuple`);
    obj = pos[idx]!;
  } else {
    const v = kw.get(head);
    if (v === undefined) raise(rt.exc.KeyError!, `'${head}'`);
    obj = v;
  }
  let rest = parts[2]!;
  while (rest.length > 0) {
    const attr = /^\.([A-Za-z_]\w*)/.exec(rest);
    if (attr) {
      const next = getAttr(obj, attr[1]!);
      if (owned) decref(obj);
      obj = next;
      owned = true;
      rest = rest.slice(attr[0].length);
      continue;
    }
    const item = /^\[([^\]]*)\]/.exec(rest);
    if (item) {
      const keyText = item[1]!;
      const key = /^\d+$/.test(keyText) ? (rt.smallInts[Number(keyText) + 5] ?? newStr(keyText)) : newStr(keyText);
      const next = getItem(obj, key);
      if (owned) decref(obj);
      obj = next;
      owned = true;
      rest = rest.slice(item[0].length);
      continue;
    }
    valueError('Only \'.\' or \'[\' may follow \']\' in format field specifier');
  }
  try {
    let target = obj;
    let tmp: PyObject | null = null;
    if (conv === 'r') tmp = target = newStr(repr(obj));
    else if (conv === 's') tmp = target = newStr(str(obj));
    else if (conv === 'a') tmp = target = newStr(asciiRepr(repr(obj)));
    try {
      return formatToString(target, spec);
    } finally {
      if (tmp !== null) decref(tmp);
    }
  } finally {
    if (owned) decref(obj);
  }
}

// ------------------------------------------------------------------ printf-style

export function percentFormat(fmt: string, args: PyObject): string {
  let items: PyObject[];
  let mapping: PyDict | null = null;
  if (args instanceof PyTuple) items = args.items;
  else {
    items = [args];
    if (args instanceof PyDict) mapping = args;
  }
  let idx = 0;
  let out = '';
  const next = (): PyObject => {
    if (idx >= items.length) typeError('not enough arguments for format string');
    return items[idx++]!;
  };
  const re = /%(?:\(([^)]*)\))?([#0\- +]*)(\*|\d+)?(?:\.(\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/gs;
  let last = 0;
  let m: RegExpExecArray | null;
  let usedMapping = false;
  while ((m = re.exec(fmt)) !== null) {
    out += fmt.slice(last, m.index);
    last = m.index + m[0].length;
    const [, key, flags = '', widthRaw, precRaw, conv] = m;
    if (conv === '%' && key === undefined && !flags && !widthRaw && !precRaw) {
      out += '%';
      continue;
    }
    let value: PyObject;
    if (key !== undefined) {
      if (mapping === null) typeError('format requires a mapping');
      const k = newStr(key);
      const v = dictGetItem(mapping!, k);
      decref(k);
      if (v === null) raise(rt.exc.KeyError!, strRepr(key));
      value = v;
      usedMapping = true;
    } else value = next();
    let width = -1;
    if (widthRaw === '*') width = Number((next() as PyInt).v);
    else if (widthRaw !== undefined) width = Number(widthRaw);
    let prec = -1;
    if (precRaw === '*') prec = Number((next() as PyInt).v);
    else if (precRaw !== undefined) prec = Number(precRaw);
    const spec: Spec = {
      fill: flags.includes('0') && !flags.includes('-') && !'sra'.includes(conv!) ? '0' : ' ',
      align: flags.includes('-') ? '<' : flags.includes('0') && !'sra'.includes(conv!) ? '=' : '>',
      sign: flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '-',
      alt: flags.includes('#'),
      zero: false,
      width,
      grouping: '',
      precision: prec,
      type: '',
    };
    switch (conv) {
      case 's': case 'r': case 'a': {
        let t = conv === 's' ? str(value) : repr(value);
        if (conv === 'a') t = asciiRepr(t);
        if (prec >= 0) t = Array.from(t).slice(0, prec).join('');
        out += pad(t, spec, '>');
        break;
      }
      case 'd': case 'i': case 'u': {
        const n = numberArg(value, conv);
        const iv = typeof n === 'number' && !Number.isInteger(n) ? Math.trunc(n) : n;
        spec.type = 'd';
        out += formatInt(typeof iv === 'number' ? BigInt(iv) : iv, { ...spec, precision: -1 });
        break;
      }
      case 'x': case 'X': case 'o': {
        const n = numberArg(value, conv, true);
        spec.type = conv;
        out += formatInt(n as number | bigint, { ...spec, precision: -1 });
        break;
      }
      case 'c': {
        if (value instanceof PyStr) out += pad(value.v, spec, '>');
        else out += pad(String.fromCodePoint(Number((value as PyInt).v)), spec, '>');
        break;
      }
      default: {
        const n = numberArg(value, conv!);
        spec.type = conv!;
        if (spec.precision < 0) spec.precision = 6;
        out += formatFloat(Number(n), spec);
      }
    }
  }
  out += fmt.slice(last);
  if (!usedMapping && idx < items.length && mapping === null) typeError('not all arguments converted during string formatting');
  return out;
}

function numberArg(v: PyObject, conv: string, intOnly = false): number | bigint {
  if (v instanceof PyInt) return v.v;
  if (v instanceof PyFloat && !intOnly) return v.v;
  if (intOnly) return typeError(`%${conv} format: an integer is required, not ${v.type.name}`);
  return typeError(`%${conv} format: a real number is required, not ${v.type.name}`);
}
