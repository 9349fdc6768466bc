/**
 * PyHeap's heap engine: a Python-subset interpreter that simulates CPython's memory model
 * (reference counts, identity, sizes, the cyclic collector) for CPython 3.10–3.14.
 *
 * Everything outside src/engine uses only what this module exports: `run` and its types,
 * the trace format and its reader, and the version profiles.
 */

export { run } from './api.ts';
export type { RunOptions, RunResult, RunError, TracebackEntry } from './api.ts';
export { TraceReader } from './trace/reader.ts';
export type * from './trace/format.ts';
export { resolveObjectState } from './trace/format.ts';
export { PYTHON_VERSIONS, DEFAULT_PYTHON, PROFILES, isPythonVersion } from './profiles/profiles.ts';
export type { PythonVersion, PythonProfile } from './profiles/profiles.ts';
