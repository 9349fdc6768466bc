/**
 * Test-only probes into a running interpreter:
 *
 * - Sampled audits. `audit: true` walks the whole heap after every line, which costs
 *   seconds on programs that keep thousands of objects alive for thousands of lines. The
 *   runner gives the audit a credit of AUDIT_CREDIT_PER_LINE per line and audits whenever
 *   the credit covers an audit's cost (live objects + AUDIT_FIXED_COST): every line while
 *   fewer than 1,000 objects are alive, every few lines in bigger heaps. Past
 *   AUDIT_FULL_BUDGET in one run, the credit per line drops to AUDIT_CREDIT_LATE (long
 *   loops repeat the same code). The engine's final audit at the end of the run always
 *   happens. All of this counts lines and objects, never time, so runs stay deterministic.
 * - After every manual full collection (gc.collect() of the oldest generation), the live
 *   objects that are no longer reachable from any root: what the collection should have
 *   freed and did not.
 *
 * The engine has no public hook for either, so the runner wraps `Heap.prototype.allocate`
 * for the duration of one `run` and, at the first allocation after the run installed its
 * audit tracer, wraps that tracer (the audit runs in its `line` hook). Nothing in
 * src/engine is modified. (A `RunOptions` audit interval and a collection hook in the engine
 * would replace this file.)
 */
import { run, type RunOptions, type RunResult } from '../../src/engine/index.ts';
import { Heap } from '../../src/engine/heap/heap.ts';
import { rt, type CollectionEvent, type Runtime, type Tracer } from '../../src/engine/runtime.ts';
import { PyObject, PyType } from '../../src/engine/objects/object.ts';

/** Audit cost model: live objects + a fixed cost per audit (roots, static registries). */
export const AUDIT_FIXED_COST = 1000;
export const AUDIT_CREDIT_PER_LINE = 2000;
export const AUDIT_FULL_BUDGET = 300_000;
export const AUDIT_CREDIT_LATE = 20;

export interface Leftover {
  serial: number;
  type: string;
  generation: number;
}

export interface ProbedRun {
  result: RunResult;
  /** Lines audited (the engine's final audit not included). */
  auditedLines: number;
  /** Full manual collections seen, and what stayed unreachable after the last one. */
  fullCollections: number;
  leftovers: Leftover[];
}

export interface ProbeOptions {
  /** Compute leftovers after each manual full collection. */
  collections?: boolean;
  /** Called on every collection event, with the running interpreter. */
  onCollection?: (runtime: Runtime, ev: CollectionEvent) => void;
}

/** Runs `source` with audits (sampled as described above) and, if asked, the collection probe. */
export function runProbed(source: string, options: RunOptions, probe: ProbeOptions = {}): ProbedRun {
  const proto = Heap.prototype;
  const original = proto.allocate;
  const wrapped = new WeakSet<Tracer>();
  let fullCollections = 0;
  let leftovers: Leftover[] = [];
  let auditedLines = 0;
  let credit = 0;
  let spent = 0;
  proto.allocate = function allocate<T extends PyObject>(this: Heap, o: T, bytes: number, isGC: boolean): T {
    const runtime = rt;
    const inner = runtime?.tracer ?? null;
    if (inner !== null && !wrapped.has(inner)) {
      const wrapper: Tracer = {
        line: (f, l) => {
          const cost = (runtime.heap.live?.size ?? 0) + AUDIT_FIXED_COST;
          credit = Math.min(cost, credit + (spent < AUDIT_FULL_BUDGET ? AUDIT_CREDIT_PER_LINE : AUDIT_CREDIT_LATE));
          if (credit >= cost) {
            auditedLines++;
            credit -= cost;
            spent += cost;
            inner.line(f, l);
          }
        },
        call: (f) => inner.call(f),
        ret: (f, v) => inner.ret(f, v),
        exception: (f, e) => inner.exception(f, e),
        collection: (ev: CollectionEvent) => {
          inner.collection(ev);
          probe.onCollection?.(runtime, ev);
          if (probe.collections === true && ev.phase === 'done' && ev.trigger === 'manual' && ev.generation === 2) {
            fullCollections++;
            leftovers = unreachableLeftovers(runtime);
          }
        },
      };
      wrapped.add(wrapper);
      runtime.tracer = wrapper;
    }
    return original.call(this, o, bytes, isGC) as T;
  };
  try {
    const result = run(source, { ...options, audit: true, trace: false });
    return { result, auditedLines, fullCollections, leftovers };
  } finally {
    proto.allocate = original;
  }
}

/**
 * Live objects not reachable from the interpreter's roots. Roots are every object the
 * Runtime record holds (running frames, modules, builtins, gc.callbacks and gc.garbage,
 * the compiler's constants, interned strings, sys.stdout's buffer, ...: found generically,
 * two levels deep, so that new fields count without changing this file), except the heap
 * itself; plus the built-in types with their subclass registries (static types do not
 * traverse them) and the frozen (permanent) generation, which collections never examine.
 */
export function unreachableLeftovers(runtime: Runtime): Leftover[] {
  const live = runtime.heap.live;
  if (live === null) throw new Error('the heap does not track live objects (run with audit: true)');
  const seen = new Set<PyObject>();
  const stack: PyObject[] = [];
  const push = (o: PyObject | null | undefined): void => {
    if (o !== null && o !== undefined && !seen.has(o)) {
      seen.add(o);
      stack.push(o);
    }
  };
  const pushAll = (v: unknown, depth: number): void => {
    if (v instanceof PyObject) push(v);
    else if (depth === 0 || v === null || typeof v !== 'object') return;
    else if (Array.isArray(v)) for (const x of v) pushAll(x, depth - 1);
    else if (v instanceof Map) for (const x of v.values()) pushAll(x, depth - 1);
    else if (Object.getPrototypeOf(v) === Object.prototype) for (const x of Object.values(v)) pushAll(x, depth - 1);
  };
  for (const [key, value] of Object.entries(runtime)) if (key !== 'heap') pushAll(value, 2);
  for (let f = runtime.frame as PyObject | null; f !== null; f = (f as unknown as { back: PyObject | null }).back) push(f);
  for (const o of live) if (o.gen === 3) push(o);
  while (stack.length > 0) {
    const o = stack.pop()!;
    o.type.traverse?.(o, (x) => push(x));
    push(o.type);
    if (o instanceof PyType && !o.isHeapType) {
      push(o.dict);
      push(o.subclasses);
    }
  }
  const out: Leftover[] = [];
  for (const o of live) if (!seen.has(o) && !o.imm) out.push({ serial: o.serial, type: o.type.name, generation: o.gen });
  return out;
}
