/**
 * PyHeap's abstract syntax tree.
 *
 * Node kinds and field names follow Python's own `ast` module (`ast.BinOp(left, op, right)`,
 * `ast.FunctionDef(name, args, body, ...)`), so anyone who knows CPython's compiler can read
 * the compiler here. Every node carries a source position; lines are 1-based and columns
 * 0-based, as in CPython's `lineno` / `col_offset`.
 */

export interface Position {
  /** 1-based line of the node's first character. */
  line: number;
  /** 0-based column of the node's first character. */
  col: number;
  /** 1-based line of the node's last character. */
  endLine: number;
  /** 0-based column just after the node's last character. */
  endCol: number;
}

// ---------------------------------------------------------------- expressions

export type BinaryOperator =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOperator = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type BoolOperator = 'And' | 'Or';
export type CompareOperator = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';
/** Where a name or target is used: read, written or deleted (CPython's expr_context). */
export type ExprContext = 'Load' | 'Store' | 'Del';

/** A literal value. Strings are already unescaped; ints are bigint so no precision is lost. */
export type ConstantValue =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'complex'; imag: number }
  | { kind: 'str'; value: string }
  | { kind: 'bytes'; value: string }
  | { kind: 'bool'; value: boolean }
  | { kind: 'None' }
  | { kind: 'Ellipsis' };

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | DictExpr | SetExpr
  | ListComp | SetComp | DictComp | GeneratorExp | Await | Yield | YieldFrom
  | Compare | Call | FormattedValue | JoinedStr | Constant | Attribute | Subscript
  | Starred | Name | ListExpr | TupleExpr | Slice;

export interface BoolOp extends Position { type: 'BoolOp'; op: BoolOperator; values: Expr[] }
export interface NamedExpr extends Position { type: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Position { type: 'BinOp'; left: Expr; op: BinaryOperator; right: Expr }
export interface UnaryOp extends Position { type: 'UnaryOp'; op: UnaryOperator; operand: Expr }
export interface Lambda extends Position {
  type: 'Lambda';
  args: Arguments;
  body: Expr;
  /** A function the compiler writes as a lambda names itself (3.14's `__annotate__`). */
  name?: string;
}
export interface IfExp extends Position { type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `{k: v, **m}`: a `null` key marks a `**m` unpacking, as in CPython's ast.Dict. */
export interface DictExpr extends Position { type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Position { type: 'Set'; elts: Expr[] }
export interface Comprehension { target: Expr; iter: Expr; ifs: Expr[]; isAsync: boolean }
export interface ListComp extends Position { type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Position { type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Position { type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Position { type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Position { type: 'Await'; value: Expr }
export interface Yield extends Position { type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Position { type: 'YieldFrom'; value: Expr }
export interface Compare extends Position { type: 'Compare'; left: Expr; ops: CompareOperator[]; comparators: Expr[] }
export interface Keyword extends Position { /** `null` for `**mapping`. */ arg: string | null; value: Expr }
export interface Call extends Position { type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/**
 * One `{...}` of an f-string. `conversion` is -1 (none) or the char code of 's', 'r' or 'a';
 * `formatSpec` is itself a JoinedStr because specs may contain nested replacement fields.
 */
export interface FormattedValue extends Position {
  type: 'FormattedValue';
  value: Expr;
  conversion: number;
  formatSpec: JoinedStr | null;
}
export interface JoinedStr extends Position { type: 'JoinedStr'; values: (Constant | FormattedValue)[] }
export interface Constant extends Position { type: 'Constant'; value: ConstantValue }
export interface Attribute extends Position { type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Position { type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Position { type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Position { type: 'Name'; id: string; ctx: ExprContext }
export interface ListExpr extends Position { type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface TupleExpr extends Position { type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Position { type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

// ---------------------------------------------------------------- function signatures

export interface Arg extends Position { arg: string; annotation: Expr | null }
/** Parameters in CPython's layout: defaults align with the *last* positional parameters. */
export interface Arguments {
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kw-only parameter; `null` where it has no default. */
  kwDefaults: (Expr | null)[];
  kwarg: Arg | null;
  defaults: Expr[];
}

// ---------------------------------------------------------------- statements

export type Stmt =
  | FunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign
  | For | While | If | With | Raise | Try | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue | Unsupported;

export interface FunctionDef extends Position {
  type: 'FunctionDef';
  name: string;
  /** The name the statement binds, mangled inside a class (compile/mangle.ts); `name` otherwise. */
  binding?: string;
  args: Arguments;
  body: Stmt[];
  decorators: Expr[];
  isAsync: boolean;
  /** The `-> X` annotation. */
  returns: Expr | null;
  /** 3.14 (PEP 649): the __annotate__ function that evaluates the annotations when asked. */
  annotate?: Lambda;
}
export interface ClassDef extends Position {
  type: 'ClassDef';
  name: string;
  /** The name the statement binds, mangled inside a class (compile/mangle.ts); `name` otherwise. */
  binding?: string;
  bases: Expr[];
  keywords: Keyword[];
  body: Stmt[];
  decorators: Expr[];
}
export interface Return extends Position { type: 'Return'; value: Expr | null }
export interface Delete extends Position { type: 'Delete'; targets: Expr[] }
/** `a = b = value` has two targets, assigned left to right. */
export interface Assign extends Position { type: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Position { type: 'AugAssign'; target: Name | Attribute | Subscript; op: BinaryOperator; value: Expr }
export interface AnnAssign extends Position { type: 'AnnAssign'; target: Expr; annotation: Expr; value: Expr | null; simple: boolean }
export interface For extends Position { type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; isAsync: boolean }
export interface While extends Position { type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Position { type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface WithItem { contextExpr: Expr; optionalVars: Expr | null }
export interface With extends Position { type: 'With'; items: WithItem[]; body: Stmt[]; isAsync: boolean }
export interface Raise extends Position { type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface ExceptHandler extends Position { type: 'ExceptHandler'; excType: Expr | null; name: string | null; body: Stmt[] }
export interface Try extends Position {
  type: 'Try';
  body: Stmt[];
  handlers: ExceptHandler[];
  orelse: Stmt[];
  finalbody: Stmt[];
  /** `except*` (PEP 654). */
  isStar: boolean;
}
export interface Assert extends Position { type: 'Assert'; test: Expr; msg: Expr | null }
export interface Alias extends Position { name: string; asname: string | null }
export interface Import extends Position { type: 'Import'; names: Alias[] }
export interface ImportFrom extends Position { type: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Position { type: 'Global'; names: string[] }
export interface Nonlocal extends Position { type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Position { type: 'Expr'; value: Expr }
export interface Pass extends Position { type: 'Pass' }
export interface Break extends Position { type: 'Break' }
export interface Continue extends Position { type: 'Continue' }
/**
 * Valid Python that PyHeap does not run (match, async, decorators with arguments, ...).
 * The parser keeps it so the compiler can report `the '<construct>' statement is not
 * supported here (line N)` instead of a misleading syntax error.
 */
export interface Unsupported extends Position { type: 'Unsupported'; construct: string }

export interface Module {
  type: 'Module';
  body: Stmt[];
}
