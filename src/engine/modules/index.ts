/**
 * Importable modules. PyHeap programs run in a sandbox: only gc, sys and weakref exist
 * (their memory-related parts), plus builtins.
 */

import { builtinTypeNamed, rt } from '../runtime.ts';
import { STARTUP_REFCOUNTS, WEAKREF_IMPORT, type ImportCost } from '../profiles/startup.ts';
import { collectorState, runScheduledCollection } from '../heap/gc.ts';
import { decref, newref } from '../heap/heap.ts';
import type { PyObject } from '../objects/object.ts';
import { raise } from '../objects/errors.ts';
import { PyDict, dictSetStr, newDict } from '../objects/dict.ts';
import { makeStaticBuiltin } from '../objects/builtinfunc.ts';
import { newModule } from '../objects/misc.ts';
import { internStr, newStr } from '../objects/str.ts';
import { newInt } from '../objects/int.ts';
import { newTuple } from '../objects/tuple.ts';
import { GC_DEBUG_CONSTANTS, gcFunctions } from './gcmodule.ts';
import { sysFunctions } from './sysmodule.ts';
import { weakrefFunctions } from './weakrefmodule.ts';

export const AVAILABLE_MODULES = ['gc', 'sys', 'weakref'] as const;

/**
 * The public names of CPython's own modules (present in both 3.10 and 3.13). One the engine
 * does not provide is outside the subset: reading it says so, rather than claiming that
 * Python has no such attribute.
 */
export const CPYTHON_MODULE_NAMES: Record<string, ReadonlySet<string>> = {
  sys: new Set(('abiflags addaudithook api_version argv audit base_exec_prefix base_prefix breakpointhook builtin_module_names byteorder ' +
    'call_tracing copyright displayhook dont_write_bytecode exc_info excepthook exec_prefix executable exit flags float_info ' +
    'float_repr_style get_asyncgen_hooks get_coroutine_origin_tracking_depth get_int_max_str_digits getallocatedblocks ' +
    'getdefaultencoding getdlopenflags getfilesystemencodeerrors getfilesystemencoding getprofile getrecursionlimit getrefcount ' +
    'getsizeof getswitchinterval gettrace hash_info hexversion implementation int_info intern is_finalizing maxsize maxunicode ' +
    'meta_path modules orig_argv path path_hooks path_importer_cache platform platlibdir prefix pycache_prefix set_asyncgen_hooks ' +
    'set_coroutine_origin_tracking_depth set_int_max_str_digits setdlopenflags setprofile setrecursionlimit setswitchinterval ' +
    'settrace stderr stdin stdlib_module_names stdout thread_info unraisablehook version version_info warnoptions').split(' ')),
  weakref: new Set(('CallableProxyType KeyedRef ProxyType ProxyTypes ReferenceType WeakKeyDictionary WeakMethod WeakSet ' +
    'WeakValueDictionary finalize getweakrefcount getweakrefs proxy ref').split(' ')),
};

/** IMPORT_NAME: a new reference to the module object. */
export function importModule(name: string): PyObject {
  const m = rt.modules.get(name);
  if (m !== undefined) return newref(m);
  if (!(AVAILABLE_MODULES as readonly string[]).includes(name)) {
    raise(rt.exc.ModuleNotFoundError!, `No module named '${name}' (PyHeap programs can import only ${AVAILABLE_MODULES.join(', ')})`);
  }
  const before = importedSet();
  const mod = createModule(name);
  rt.modules.set(name, mod);
  addImportRefcounts(before, importedSet());
  if (name === 'weakref') runImportAllocations(WEAKREF_IMPORT[rt.profile.version]);
  return newref(mod);
}

/**
 * The collector's side of running a module's Python code at import: generation 0's count
 * rises allocation by allocation, so the collections CPython runs during the import run
 * here too, at the same counts (3.12+ at once: the import's own code reaches the eval
 * breaker long before the program does). The objects that stay are CPython's own
 * ("phantoms"), spread evenly over the import; its garbage waits for the first collection.
 */
function runImportAllocations(cost: ImportCost | undefined): void {
  if (cost === undefined || rt.profile.collector === 'incremental') return;
  const h = rt.heap;
  const collector = collectorState();
  collector.youngGarbage += cost.garbage;
  let placed = 0;
  for (let i = 1; i <= cost.allocations; i++) {
    const due = Math.floor((i * cost.longLived) / cost.allocations);
    if (due > placed) {
      collector.phantoms[0]! += due - placed;
      placed = due;
    }
    h.countAllocation();
    if (h.collectionScheduled) runScheduledCollection();
  }
  h.counts[0] = Math.max(0, h.counts[0]! - cost.lateFrees);
}

/** Which of the modules whose import changes CPython's own reference counts are loaded. */
function importedSet(): string {
  return ['gc', 'weakref'].filter((m) => rt.modules.has(m)).join(' ');
}

/**
 * 3.10/3.11: importing gc or weakref adds references to CPython's singletons, small ints and
 * one-character strings (weakref.py's code and data); startup.ts has them, by imported set.
 */
function addImportRefcounts(before: string, after: string): void {
  const imports = STARTUP_REFCOUNTS[rt.profile.version]?.imports;
  if (imports === undefined || before === after) return;
  const was = imports[before] ?? {};
  const now = imports[after] ?? {};
  for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
    const o = startupObject(key);
    if (o !== undefined) o.rc += (now[key] ?? 0) - (was[key] ?? 0);
  }
}

/** The object a startup.ts key names: 'none', 'int:0', 'char:46', 'type:object'. */
function startupObject(key: string): PyObject | undefined {
  const [kind, arg] = key.split(':');
  switch (kind) {
    case 'none': return rt.none;
    case 'true': return rt.true;
    case 'false': return rt.false;
    case 'emptyTuple': return rt.emptyTuple;
    case 'emptyStr': return rt.emptyStr;
    case 'int': return rt.smallInts[Number(arg) + 5];
    case 'char': return rt.latin1[Number(arg)];
    case 'type': return builtinTypeNamed(rt, arg!);
    default: return undefined;
  }
}

function createModule(name: string): PyObject {
  const d = newDict();
  const nameObj = internStr(name);
  dictSetStr(d, '__name__', nameObj);
  decref(nameObj);
  const fns = name === 'gc' ? gcFunctions() : name === 'sys' ? sysFunctions() : weakrefFunctions();
  for (const [fname, fn] of Object.entries(fns)) {
    const f = makeStaticBuiltin(fname, fn, null, name);
    dictSetStr(d, fname, f);
  }
  if (name === 'gc') {
    dictSetStr(d, 'callbacks', rt.gcCallbacks);
    dictSetStr(d, 'garbage', rt.gcGarbage);
    for (const [k, v] of Object.entries(GC_DEBUG_CONSTANTS)) {
      const o = newInt(v);
      dictSetStr(d, k, o);
      decref(o);
    }
  }
  if (name === 'sys') {
    const [maj, min, mic] = rt.profile.versionInfo;
    const vi = newTuple([newInt(maj), newInt(min), newInt(mic), newStr('final'), newInt(0)]);
    dictSetStr(d, 'version_info', vi);
    decref(vi);
    const v = newStr(`${maj}.${min}.${mic} (PyHeap simulation of CPython ${maj}.${min})`);
    dictSetStr(d, 'version', v);
    decref(v);
    const ms = newInt(9223372036854775807n);
    dictSetStr(d, 'maxsize', ms);
    decref(ms);
    const bo = newStr('little');
    dictSetStr(d, 'byteorder', bo);
    decref(bo);
    // The simulated build is 64-bit Linux (see the profiles' sizes).
    const platform = newStr('linux');
    dictSetStr(d, 'platform', platform);
    decref(platform);
  }
  if (name === 'weakref') {
    dictSetStr(d, 'ref', rt.types.weakref);
    dictSetStr(d, 'ReferenceType', rt.types.weakref);
  }
  const mod = newModule(name, d);
  hide(d);
  hide(mod);
  decref(d);
  return mod;
}

/** Start-up objects are part of CPython's own population, not the program's. */
export function hide(o: PyObject): void {
  (o as { hiddenFromGc?: boolean }).hiddenFromGc = true;
  rt.heap.untrack(o);
}

export { PyDict };
