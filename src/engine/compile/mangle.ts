/**
 * Private name mangling (Python/compile.c _Py_Mangle): inside a class, an identifier
 * written `__spam` (at least two leading underscores, at most one trailing) stands for
 * `_ClassName__spam`: variables, attributes, parameters, and the names def and class
 * statements bind. Keyword arguments in calls are left alone, and a function keeps its
 * written name as __name__ and in __qualname__.
 *
 * Done once on the tree, before folding and the symbol table, so that everything after
 * sees the names the program really uses.
 */

import type * as A from '../parse/ast.ts';

/** `_Class__name` for a private name inside class `className`, else the name itself. */
export function mangle(className: string | null, name: string): string {
  if (className === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  if (stripped === '') return name;
  return `_${stripped}${name}`;
}

const done = new WeakSet<A.Module>();

export function manglePrivateNames(mod: A.Module): void {
  if (done.has(mod)) return;
  done.add(mod);
  for (const s of mod.body) visit(s, null);
}

type Node = { type?: string; [field: string]: unknown };

function visit(node: unknown, priv: string | null): void {
  if (Array.isArray(node)) {
    for (const n of node) visit(n, priv);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Node;
  switch (n.type) {
    case 'ClassDef': {
      const c = node as A.ClassDef;
      c.binding = mangle(priv, c.name);
      visit(c.decorators, priv);
      visit(c.bases, priv);
      visit(c.keywords, priv);
      visit(c.body, c.name);
      return;
    }
    case 'FunctionDef': {
      const f = node as A.FunctionDef;
      f.binding = mangle(priv, f.name);
      visit(f.decorators, priv);
      visitArguments(f.args, priv);
      visit(f.returns, priv);
      visit(f.body, priv);
      return;
    }
    case 'Lambda': {
      const l = node as A.Lambda;
      visitArguments(l.args, priv);
      visit(l.body, priv);
      return;
    }
    case 'Name': {
      const nm = node as A.Name;
      nm.id = mangle(priv, nm.id);
      return;
    }
    case 'Attribute': {
      const at = node as A.Attribute;
      at.attr = mangle(priv, at.attr);
      visit(at.value, priv);
      return;
    }
    case 'Global':
    case 'Nonlocal': {
      const g = node as A.Global;
      g.names = g.names.map((name) => mangle(priv, name));
      return;
    }
    case 'ExceptHandler': {
      const h = node as A.ExceptHandler;
      if (h.name !== null) h.name = mangle(priv, h.name);
      visit(h.excType, priv);
      visit(h.body, priv);
      return;
    }
  }
  // Everything else is searched (a keyword's `arg`, `f(__x=1)`, is a string: left alone).
  for (const value of Object.values(n)) if (typeof value === 'object') visit(value, priv);
}

function visitArguments(a: A.Arguments, priv: string | null): void {
  for (const arg of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, a.vararg, a.kwarg]) {
    if (arg === null) continue;
    arg.arg = mangle(priv, arg.arg);
    visit(arg.annotation, priv);
  }
  visit(a.defaults, priv);
  visit(a.kwDefaults, priv);
}
