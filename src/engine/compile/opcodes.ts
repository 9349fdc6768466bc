/**
 * PyHeap's bytecode. It follows CPython 3.12's instruction set closely (same names, same
 * stack effects), because the reference counts a program can observe come from what each
 * CPython instruction increments and decrements. Where versions differ (argument passing,
 * borrowed loads, comprehensions), the interpreter consults the version profile.
 *
 * Instructions are stored as pairs [opcode, arg] in an Int32Array.
 */

export const Op = {
  NOP: 0,
  /** Marks the first instruction of a source line: the step counter and tracer hook. */
  LINE: 1,
  POP_TOP: 2,
  PUSH_NULL: 3,
  /** Pushes a new reference to the item `arg` slots down (COPY 1 = duplicate top). */
  COPY: 4,
  SWAP: 5,
  LOAD_CONST: 6,
  LOAD_FAST: 7,
  /** 3.14: pushes a local without a new reference (see compile/borrow.ts). */
  LOAD_FAST_BORROW: 8,
  LOAD_FAST_CHECK: 9,
  STORE_FAST: 10,
  DELETE_FAST: 11,
  LOAD_DEREF: 12,
  STORE_DEREF: 13,
  DELETE_DEREF: 14,
  /** Class bodies: a name from the class namespace, else the enclosing cell. */
  LOAD_CLASSDEREF: 15,
  LOAD_NAME: 16,
  STORE_NAME: 17,
  DELETE_NAME: 18,
  /** arg>>1 = name index; arg&1 = also push NULL (call follows). */
  LOAD_GLOBAL: 19,
  STORE_GLOBAL: 20,
  DELETE_GLOBAL: 21,
  LOAD_ATTR: 22,
  /** Pushes (method, self) or (NULL, attribute): CPython's LOAD_METHOD / LOAD_ATTR method form. */
  LOAD_METHOD: 23,
  STORE_ATTR: 24,
  DELETE_ATTR: 25,
  BINARY_OP: 26,
  UNARY_NEGATIVE: 27,
  UNARY_POSITIVE: 28,
  UNARY_NOT: 29,
  UNARY_INVERT: 30,
  COMPARE_OP: 31,
  IS_OP: 32,
  CONTAINS_OP: 33,
  BINARY_SUBSCR: 34,
  STORE_SUBSCR: 35,
  DELETE_SUBSCR: 36,
  BUILD_SLICE: 37,
  BUILD_TUPLE: 38,
  BUILD_LIST: 39,
  BUILD_SET: 40,
  BUILD_MAP: 41,
  LIST_APPEND: 42,
  SET_ADD: 43,
  MAP_ADD: 44,
  LIST_EXTEND: 45,
  SET_UPDATE: 46,
  DICT_UPDATE: 47,
  DICT_MERGE: 48,
  LIST_TO_TUPLE: 49,
  BUILD_STRING: 50,
  FORMAT_VALUE: 51,
  UNPACK_SEQUENCE: 52,
  UNPACK_EX: 53,
  GET_ITER: 54,
  /** Pushes the next item, or pops the iterator and jumps to arg when exhausted. */
  FOR_ITER: 55,
  JUMP: 56,
  /** A loop's back edge: also an eval-breaker check (3.12+ runs scheduled collections here). */
  JUMP_BACKWARD: 57,
  POP_JUMP_IF_FALSE: 58,
  POP_JUMP_IF_TRUE: 59,
  JUMP_IF_FALSE_OR_POP: 60,
  JUMP_IF_TRUE_OR_POP: 61,
  POP_JUMP_IF_NONE: 62,
  POP_JUMP_IF_NOT_NONE: 63,
  /** Stack: [NULL|method, callable|self, args...]; arg = number of args. */
  CALL: 64,
  /** Like CALL with keyword names: arg = argc | (kwnames index << 16). */
  CALL_KW: 65,
  /** Stack: [NULL|callable... ] callable, args tuple[, kwargs dict]; arg&1 = has kwargs. */
  CALL_FUNCTION_EX: 66,
  /** arg bits: 1 defaults, 2 kwdefaults, 8 closure. */
  MAKE_FUNCTION: 67,
  LOAD_CLOSURE: 68,
  MAKE_CELL: 69,
  COPY_FREE_VARS: 70,
  RETURN_VALUE: 71,
  RAISE_VARARGS: 72,
  /** Re-raises the exception on top of the stack (arg 1: also restore lasti). */
  RERAISE: 73,
  PUSH_EXC_INFO: 74,
  POP_EXCEPT: 75,
  CHECK_EXC_MATCH: 76,
  LOAD_BUILD_CLASS: 77,
  IMPORT_NAME: 78,
  IMPORT_FROM: 79,
  LOAD_ASSERTION_ERROR: 80,
  /** Function entry: the eval-breaker check CPython does in RESUME. */
  RESUME: 81,
  RETURN_GENERATOR: 82,
  YIELD_VALUE: 83,
  /** Pops the iterator when a for loop finishes normally. */
  END_FOR: 84,
  /** super().attr without a super object (3.12+): arg = name index; arg2 via flag bit. */
  LOAD_SUPER_ATTR: 85,
  /** Calls an intrinsic function on the top of stack (arg selects it). */
  CALL_INTRINSIC_1: 86,
  /** Converts a borrowed stack reference... not used; reserved. */
  RESERVED: 87,
  /** Loads the first local without checking: comprehension iterator argument. */
  LOAD_FAST_AND_CLEAR: 88,
  /** Stores TOS into a local at the end of an inlined comprehension (may be NULL). */
  STORE_FAST_MAYBE_NULL: 89,
  /** Pops the exception and the previous exception after a handler that returned. */
  CLEANUP_THROW: 90,
  /** Sets up `__classcell__`: stores the cell into the class namespace. */
  LOAD_LOCALS: 91,
  /** Module and class bodies with annotated names (3.10–3.13): an empty `__annotations__` dict. */
  SETUP_ANNOTATIONS: 92,
  /**
   * `with`: looks up the context manager's __enter__ and __exit__ and keeps __exit__ on the
   * stack. arg 1 (3.10–3.13): a bound __exit__, then calls __enter__ and pushes its result;
   * arg 2 (3.14's LOAD_SPECIAL pair): __exit__ and __enter__ each as [function, self] (or
   * [NULL, bound value]), for a CALL 0 that follows.
   */
  BEFORE_WITH: 93,
  /** Calls the kept __exit__ with the exception being handled; pushes its result. */
  WITH_EXCEPT_START: 94,
  /** `yield from`: a generator stays as it is, anything else becomes its iterator. */
  GET_YIELD_FROM_ITER: 95,
  /**
   * [receiver, value] -> [receiver, what it yielded]; when the receiver returns instead,
   * [receiver, returned value] and a jump to `arg` (the END_SEND).
   */
  SEND: 96,
  /** [receiver, value] -> [value]. */
  END_SEND: 97,
} as const;

export type OpName = keyof typeof Op;
export const OP_NAMES: string[] = [];
for (const [name, code] of Object.entries(Op)) OP_NAMES[code] = name;

/** Intrinsics for CALL_INTRINSIC_1. */
export const Intrinsic = {
  UNARY_POSITIVE: 1,
  LIST_TO_TUPLE: 2,
  /** Converts a StopIteration escaping a generator into RuntimeError. */
  STOPITERATION_ERROR: 3,
} as const;

/** Operators of BINARY_OP; values >= 13 are the in-place forms. */
export const BINARY_OPS = [
  'add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor',
] as const;
export const INPLACE_OFFSET = 13;

/** One decoded instruction, for listings and tests. */
export interface Instruction {
  offset: number;
  op: string;
  arg: number;
  line: number;
  /** A human reading of the argument (name, constant, target). */
  argrepr: string;
}
