/**
 * 3.14's deferred annotations (PEP 649) for functions: `def f(a: int) -> str` evaluates
 * nothing at the def; it makes an `__annotate__` function, which builds the dict the
 * first time `f.__annotations__` is read. Here each annotated def gets that function
 * written as a lambda over its annotations, so the symbol table and the compiler treat it
 * like any nested function.
 */

import type * as A from '../parse/ast.ts';

export function deferFunctionAnnotations(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) deferFunctionAnnotations(n);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as { type?: string };
  if (n.type === 'FunctionDef') {
    const f = node as A.FunctionDef;
    const a = f.args;
    const annotated: [string, A.Expr][] = [];
    for (const p of [...a.posonlyargs, ...a.args, a.vararg, ...a.kwonlyargs, a.kwarg]) {
      if (p !== null && p.annotation !== null) annotated.push([p.arg, p.annotation]);
    }
    if (f.returns !== null) annotated.push(['return', f.returns]);
    if (annotated.length > 0) {
      const at = { line: f.line, col: f.col, endLine: f.line, endCol: f.col };
      const body: A.DictExpr = {
        type: 'Dict',
        keys: annotated.map(([name, e]) => ({ type: 'Constant', value: { kind: 'str', value: name }, line: e.line, col: e.col, endLine: e.endLine, endCol: e.endCol }) as A.Constant),
        values: annotated.map(([, e]) => e),
        ...at,
      };
      const format: A.Arg = { arg: 'format', annotation: null, ...at };
      f.annotate = {
        type: 'Lambda',
        name: '__annotate__',
        args: { posonlyargs: [format], args: [], vararg: null, kwonlyargs: [], kwDefaults: [], kwarg: null, defaults: [] },
        body,
        ...at,
      };
    }
  }
  for (const value of Object.values(n)) if (typeof value === 'object') deferFunctionAnnotations(value);
}
