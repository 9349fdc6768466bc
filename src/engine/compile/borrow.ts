/**
 * CPython 3.14's optimize_load_fast (Python/flowgraph.c): a LOAD_FAST becomes
 * LOAD_FAST_BORROW, which pushes the local without a new reference, when the compiler can
 * prove the frame's own reference outlives the one on the stack:
 *   1. the loaded reference is consumed within its basic block,
 *   2. before anything overwrites or deletes the local (STORE_FAST, LOAD_FAST_AND_CLEAR),
 *   3. and it is not itself stored into a local.
 * The analysis runs the block's instructions on a stack of abstract references, as
 * CPython does, and only rewrites loads that meet all three conditions.
 */

import { Op } from './opcodes.ts';

const NOT_LOCAL = -1;
const DUMMY = -1;

const SUPPORT_KILLED = 1;
const STORED_AS_LOCAL = 2;
const REF_UNCONSUMED = 4;

interface Ref {
  instr: number;
  local: number;
}

const JUMPS = new Set<number>([
  Op.JUMP, Op.JUMP_BACKWARD, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP,
  Op.JUMP_IF_TRUE_OR_POP, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.FOR_ITER,
]);
const ENDS_BLOCK = new Set<number>([Op.JUMP, Op.JUMP_BACKWARD, Op.RETURN_VALUE, Op.RAISE_VARARGS, Op.RERAISE]);

/** How many values an instruction pops and pushes (for the ones not special-cased). */
function popPush(op: number, arg: number): [number, number] {
  switch (op) {
    case Op.NOP: case Op.LINE: case Op.RESUME: case Op.MAKE_CELL: case Op.COPY_FREE_VARS: case Op.JUMP:
    case Op.JUMP_BACKWARD: case Op.DELETE_FAST: case Op.DELETE_NAME: case Op.DELETE_GLOBAL: case Op.DELETE_DEREF:
      return [0, 0];
    case Op.PUSH_NULL: case Op.LOAD_CONST: case Op.LOAD_DEREF: case Op.LOAD_CLASSDEREF: case Op.LOAD_NAME:
    case Op.LOAD_CLOSURE: case Op.LOAD_BUILD_CLASS: case Op.LOAD_ASSERTION_ERROR: case Op.RETURN_GENERATOR:
    case Op.LOAD_FAST_CHECK:
      return [0, 1];
    case Op.LOAD_GLOBAL: return [0, 1 + (arg & 1)];
    case Op.POP_TOP: case Op.STORE_NAME: case Op.STORE_GLOBAL: case Op.STORE_DEREF: case Op.DELETE_ATTR:
    case Op.RETURN_VALUE: case Op.POP_EXCEPT: case Op.END_FOR: case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
    case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
      return [1, 0];
    case Op.RERAISE: return [1 + (arg ? 1 : 0), 0];
    case Op.STORE_ATTR: case Op.DELETE_SUBSCR: return [2, 0];
    case Op.STORE_SUBSCR: return [3, 0];
    case Op.LOAD_ATTR: case Op.UNARY_NEGATIVE: case Op.UNARY_POSITIVE: case Op.UNARY_NOT: case Op.UNARY_INVERT:
    case Op.GET_ITER: case Op.CALL_INTRINSIC_1: case Op.YIELD_VALUE:
      return [1, 1];
    case Op.JUMP_IF_FALSE_OR_POP: case Op.JUMP_IF_TRUE_OR_POP:
      return [1, 1]; // the value may stay on the stack (the jump path)
    case Op.BINARY_OP: case Op.COMPARE_OP: case Op.IS_OP: case Op.CONTAINS_OP: case Op.BINARY_SUBSCR:
    case Op.IMPORT_NAME:
      return [2, 1];
    case Op.BUILD_TUPLE: case Op.BUILD_LIST: case Op.BUILD_SET: case Op.BUILD_STRING: case Op.BUILD_SLICE:
      return [arg, 1];
    case Op.BUILD_MAP: return [2 * arg, 1];
    case Op.UNPACK_SEQUENCE: return [1, arg];
    case Op.UNPACK_EX: return [1, (arg & 0xff) + (arg >> 8) + 1];
    case Op.CALL: return [arg + 2, 1];
    case Op.CALL_KW: return [(arg & 0xffff) + 2, 1];
    case Op.CALL_FUNCTION_EX: return [3 + (arg & 1), 1];
    case Op.MAKE_FUNCTION: return [1 + (arg & 1 ? 1 : 0) + (arg & 2 ? 1 : 0) + (arg & 8 ? 1 : 0), 1];
    case Op.FORMAT_VALUE: return [arg & 4 ? 2 : 1, 1];
    case Op.RAISE_VARARGS: return [arg, 0];
    case Op.PUSH_EXC_INFO: return [1, 2];
    case Op.LOAD_SUPER_ATTR: return [3, 2];
    default: return [0, 0];
  }
}

/** Rewrites eligible LOAD_FAST instructions of `code` ([op, arg] pairs) in place. */
export function optimizeLoadFast(code: number[], handlerOf: number[], handlerTargets: number[]): void {
  const n = code.length / 2;
  // Block leaders: entry, jump targets, handler targets, after block-ending instructions,
  // and wherever the active exception handler changes.
  const leader = new Uint8Array(n + 1);
  leader[0] = 1;
  for (const t of handlerTargets) if (t >= 0 && t < n) leader[t] = 1;
  for (let i = 0; i < n; i++) {
    const op = code[i * 2]!;
    if (JUMPS.has(op)) {
      const t = code[i * 2 + 1]!;
      if (t >= 0 && t < n) leader[t] = 1;
      leader[i + 1] = 1;
    }
    if (ENDS_BLOCK.has(op)) leader[i + 1] = 1;
    if (i > 0 && handlerOf[i] !== handlerOf[i - 1]) leader[i] = 1;
  }
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && !leader[end]) end++;
    analyzeBlock(code, start, end);
    start = end;
  }
}

function analyzeBlock(code: number[], start: number, end: number): void {
  const flags = new Map<number, number>();
  const mark = (instr: number, flag: number): void => {
    if (instr < 0) return;
    flags.set(instr, (flags.get(instr) ?? 0) | flag);
  };
  // References left on the stack by earlier blocks are unknown (dummies). We do not know
  // the depth here, so pops beyond our own pushes simply find nothing.
  const refs: Ref[] = [];
  const pop = (): Ref => refs.pop() ?? { instr: DUMMY, local: NOT_LOCAL };
  const killLocal = (local: number): void => {
    for (const r of refs) if (r.local === local) mark(r.instr, SUPPORT_KILLED);
  };
  for (let i = start; i < end; i++) {
    const op = code[i * 2]!;
    const arg = code[i * 2 + 1]!;
    switch (op) {
      case Op.LOAD_FAST:
        refs.push({ instr: i, local: arg });
        break;
      case Op.LOAD_FAST_AND_CLEAR:
        killLocal(arg);
        refs.push({ instr: i, local: arg });
        break;
      case Op.STORE_FAST:
      case Op.STORE_FAST_MAYBE_NULL: {
        const r = pop();
        killLocal(arg);
        mark(r.instr, STORED_AS_LOCAL);
        break;
      }
      case Op.COPY: {
        const r = refs[refs.length - arg] ?? { instr: DUMMY, local: NOT_LOCAL };
        refs.push({ ...r });
        break;
      }
      case Op.SWAP: {
        const a = refs.length - arg;
        const b = refs.length - 1;
        if (a >= 0 && b >= 0) {
          const t = refs[a]!;
          refs[a] = refs[b]!;
          refs[b] = t;
        }
        break;
      }
      case Op.LIST_APPEND: case Op.SET_ADD: case Op.LIST_EXTEND: case Op.SET_UPDATE: case Op.DICT_UPDATE:
      case Op.DICT_MERGE:
        pop();
        break;
      case Op.MAP_ADD:
        pop();
        pop();
        break;
      case Op.CHECK_EXC_MATCH:
        pop();
        refs.push({ instr: i, local: NOT_LOCAL });
        break;
      case Op.FOR_ITER:
        refs.push({ instr: i, local: NOT_LOCAL });
        break;
      case Op.IMPORT_FROM:
        refs.push({ instr: i, local: NOT_LOCAL });
        break;
      case Op.LOAD_METHOD: {
        // A method load pushes the method and puts `self` back: the self reference lives on.
        const self = pop();
        refs.push({ instr: i, local: NOT_LOCAL });
        refs.push(self);
        break;
      }
      default: {
        const [popped, pushed] = popPush(op, arg);
        for (let k = 0; k < popped; k++) pop();
        for (let k = 0; k < pushed; k++) refs.push({ instr: i, local: NOT_LOCAL });
      }
    }
  }
  for (const r of refs) mark(r.instr, REF_UNCONSUMED);
  for (let i = start; i < end; i++) {
    if (code[i * 2] === Op.LOAD_FAST && !flags.get(i)) code[i * 2] = Op.LOAD_FAST_BORROW;
  }
}
