/**
 * The dunder methods of the built-in types: `int.__add__`, `[].__len__()`, `(1).__sizeof__()`,
 * and `super().__init__()` reaching object's. In CPython they are the slot wrappers that
 * type_ready puts in each built-in type's dict for the slots the type fills (slotdefs in
 * Objects/typeobject.c), plus method descriptors such as `__sizeof__` and `__format__`.
 *
 * Which type defines which names, and of which kind, is data measured on CPython 3.13
 * (`vars(T)`); a name missing from an older version is listed in its profile's
 * `absentMethods`. Each is made the first time it is looked up, at an address in the
 * interpreter's static area (so creating one never moves the program's own addresses).
 * A name whose machinery the engine lacks still exists, as in CPython (hasattr is True,
 * dir() lists it), and raises NotImplementedError naming itself when called.
 *
 * Calls allocate what CPython's do. A wrapper_descriptor has no vectorcall: a call packs its
 * arguments, self first, into a tuple (_PyObject_MakeTpCall), and wrapperdescr_call slices
 * self off into a second tuple; a bound method-wrapper packs its arguments once. Method
 * descriptors (`__sizeof__`) are called like the other native methods.
 */

import { rt } from '../runtime.ts';
import { decref, newref } from '../heap/heap.ts';
import { encodeAddress } from '../heap/allocator.ts';
import { PyObject, PyType, type CompareOp, type NativeCall, type NumberSlots } from './object.ts';
import { PyBuiltin, bindBuiltin, markClassMethod, packArguments, releasePacked } from './builtinfunc.ts';
import { methodSignatures, checkArgs, type ArgSpec } from './argspec.ts';
import { raise, typeError } from './errors.ts';
import { newInt, newBool } from './int.ts';
import { newStr, PyStr } from './str.ts';
import { newTupleFrom } from './tuple.ts';
import { newList, listInit, listClear, type PyList } from './list.ts';
import { dictMerge, type PyDict } from './dict.ts';
import { setClear, setUpdate, type PySet } from './set.ts';
import { formatBuiltin } from './format.ts';
import { attributeMissing, hexAddress, repr, str, typeLookup } from '../abstract.ts';
import { attributeName, objectNew, slotNew } from './typeobject.ts';
import { dirNames } from '../modules/builtins.ts';

/** wrapper_descriptor, method_descriptor, classmethod_descriptor, builtin (`__new__`), or None (`list.__hash__`). */
type Kind = 'w' | 'm' | 'c' | 'b' | 'n';

/** `vars(T)`'s dunder methods on CPython 3.13, by type name. */
const DEFINED: Record<string, string> = {
  object: '__delattr__:w __dir__:m __eq__:w __format__:m __ge__:w __getattribute__:w __getstate__:m __gt__:w __hash__:w __init__:w __init_subclass__:c __le__:w __lt__:w __ne__:w __new__:b __reduce__:m __reduce_ex__:m __repr__:w __setattr__:w __sizeof__:m __str__:w __subclasshook__:c',
  type: '__call__:w __delattr__:w __dir__:m __getattribute__:w __init__:w __instancecheck__:m __new__:b __or__:w __prepare__:c __repr__:w __ror__:w __setattr__:w __sizeof__:m __subclasscheck__:m __subclasses__:m',
  int: '__abs__:w __add__:w __and__:w __bool__:w __ceil__:m __divmod__:w __eq__:w __float__:w __floor__:m __floordiv__:w __format__:m __ge__:w __getnewargs__:m __gt__:w __hash__:w __index__:w __int__:w __invert__:w __le__:w __lshift__:w __lt__:w __mod__:w __mul__:w __ne__:w __neg__:w __new__:b __or__:w __pos__:w __pow__:w __radd__:w __rand__:w __rdivmod__:w __repr__:w __rfloordiv__:w __rlshift__:w __rmod__:w __rmul__:w __ror__:w __round__:m __rpow__:w __rrshift__:w __rshift__:w __rsub__:w __rtruediv__:w __rxor__:w __sizeof__:m __sub__:w __truediv__:w __trunc__:m __xor__:w',
  bool: '__and__:w __invert__:w __new__:b __or__:w __rand__:w __repr__:w __ror__:w __rxor__:w __xor__:w',
  float: '__abs__:w __add__:w __bool__:w __ceil__:m __divmod__:w __eq__:w __float__:w __floor__:m __floordiv__:w __format__:m __ge__:w __getformat__:c __getnewargs__:m __gt__:w __hash__:w __int__:w __le__:w __lt__:w __mod__:w __mul__:w __ne__:w __neg__:w __new__:b __pos__:w __pow__:w __radd__:w __rdivmod__:w __repr__:w __rfloordiv__:w __rmod__:w __rmul__:w __round__:m __rpow__:w __rsub__:w __rtruediv__:w __sub__:w __truediv__:w __trunc__:m',
  complex: '__abs__:w __add__:w __bool__:w __complex__:m __eq__:w __format__:m __ge__:w __getnewargs__:m __gt__:w __hash__:w __le__:w __lt__:w __mul__:w __ne__:w __neg__:w __new__:b __pos__:w __pow__:w __radd__:w __repr__:w __rmul__:w __rpow__:w __rsub__:w __rtruediv__:w __sub__:w __truediv__:w',
  str: '__add__:w __contains__:w __eq__:w __format__:m __ge__:w __getitem__:w __getnewargs__:m __gt__:w __hash__:w __iter__:w __le__:w __len__:w __lt__:w __mod__:w __mul__:w __ne__:w __new__:b __repr__:w __rmod__:w __rmul__:w __sizeof__:m __str__:w',
  bytes: '__add__:w __buffer__:w __bytes__:m __contains__:w __eq__:w __ge__:w __getitem__:w __getnewargs__:m __gt__:w __hash__:w __iter__:w __le__:w __len__:w __lt__:w __mod__:w __mul__:w __ne__:w __new__:b __repr__:w __rmod__:w __rmul__:w __str__:w',
  list: '__add__:w __class_getitem__:c __contains__:w __delitem__:w __eq__:w __ge__:w __getitem__:m __gt__:w __hash__:n __iadd__:w __imul__:w __init__:w __iter__:w __le__:w __len__:w __lt__:w __mul__:w __ne__:w __new__:b __repr__:w __reversed__:m __rmul__:w __setitem__:w __sizeof__:m',
  tuple: '__add__:w __class_getitem__:c __contains__:w __eq__:w __ge__:w __getitem__:w __getnewargs__:m __gt__:w __hash__:w __iter__:w __le__:w __len__:w __lt__:w __mul__:w __ne__:w __new__:b __repr__:w __rmul__:w',
  dict: '__class_getitem__:c __contains__:m __delitem__:w __eq__:w __ge__:w __getitem__:m __gt__:w __hash__:n __init__:w __ior__:w __iter__:w __le__:w __len__:w __lt__:w __ne__:w __new__:b __or__:w __repr__:w __reversed__:m __ror__:w __setitem__:w __sizeof__:m',
  set: '__and__:w __class_getitem__:c __contains__:m __eq__:w __ge__:w __gt__:w __hash__:n __iand__:w __init__:w __ior__:w __isub__:w __iter__:w __ixor__:w __le__:w __len__:w __lt__:w __ne__:w __new__:b __or__:w __rand__:w __reduce__:m __repr__:w __ror__:w __rsub__:w __rxor__:w __sizeof__:m __sub__:w __xor__:w',
  frozenset: '__and__:w __class_getitem__:c __contains__:m __eq__:w __ge__:w __gt__:w __hash__:w __iter__:w __le__:w __len__:w __lt__:w __ne__:w __new__:b __or__:w __rand__:w __reduce__:m __repr__:w __ror__:w __rsub__:w __rxor__:w __sizeof__:m __sub__:w __xor__:w',
  range: '__bool__:w __contains__:w __eq__:w __ge__:w __getitem__:w __gt__:w __hash__:w __iter__:w __le__:w __len__:w __lt__:w __ne__:w __new__:b __reduce__:m __repr__:w __reversed__:m',
  slice: '__eq__:w __ge__:w __gt__:w __hash__:w __le__:w __lt__:w __ne__:w __new__:b __reduce__:m __repr__:w',
  enumerate: '__class_getitem__:c __iter__:w __new__:b __next__:w __reduce__:m',
  zip: '__iter__:w __new__:b __next__:w __reduce__:m __setstate__:m',
  map: '__iter__:w __new__:b __next__:w __reduce__:m',
  filter: '__iter__:w __new__:b __next__:w __reduce__:m',
  reversed: '__iter__:w __length_hint__:m __new__:b __next__:w __reduce__:m __setstate__:m',
  super: '__get__:w __getattribute__:w __init__:w __new__:b __repr__:w',
  staticmethod: '__call__:w __get__:w __init__:w __new__:b __repr__:w',
  classmethod: '__get__:w __init__:w __new__:b __repr__:w',
  property: '__delete__:w __get__:w __getattribute__:w __init__:w __new__:b __set__:w __set_name__:m',
  BaseException: '__getattribute__:w __init__:w __new__:b __reduce__:m __repr__:w __setstate__:m __str__:w',
  KeyError: '__init__:w __str__:w',
  StopIteration: '__init__:w',
  NameError: '__init__:w __str__:w',
  AttributeError: '__getstate__:m __init__:w __reduce__:m __str__:w',
  SyntaxError: '__init__:w __str__:w',
  ImportError: '__init__:w __reduce__:m __str__:w',
  OSError: '__init__:w __new__:b __reduce__:m __str__:w',
  NoneType: '__bool__:w __eq__:w __ge__:w __gt__:w __hash__:w __le__:w __lt__:w __ne__:w __new__:b __repr__:w',
  function: '__call__:w __get__:w __new__:b __repr__:w',
  builtin_function_or_method: '__call__:w __eq__:w __ge__:w __gt__:w __hash__:w __le__:w __lt__:w __ne__:w __reduce__:m __repr__:w',
  method: '__call__:w __eq__:w __ge__:w __get__:w __getattribute__:w __gt__:w __hash__:w __le__:w __lt__:w __ne__:w __new__:b __reduce__:m __repr__:w',
  cell: '__eq__:w __ge__:w __gt__:w __hash__:n __le__:w __lt__:w __ne__:w __new__:b __repr__:w',
  code: '__eq__:w __ge__:w __gt__:w __hash__:w __le__:w __lt__:w __ne__:w __new__:b __replace__:m __repr__:w __sizeof__:m',
  module: '__dir__:m __getattribute__:w __init__:w __new__:b __repr__:w',
  generator: '__class_getitem__:c __iter__:w __next__:w __repr__:w __sizeof__:m',
  frame: '__repr__:w __sizeof__:m',
  traceback: '__dir__:m __new__:b',
  list_iterator: '__iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  list_reverseiterator: '__iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  range_iterator: '__iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  tuple_iterator: '__iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  dict_keys: '__and__:w __contains__:w __eq__:w __ge__:w __gt__:w __hash__:n __iter__:w __le__:w __len__:w __lt__:w __ne__:w __or__:w __rand__:w __repr__:w __reversed__:m __ror__:w __rsub__:w __rxor__:w __sub__:w __xor__:w',
  dict_values: '__iter__:w __len__:w __repr__:w __reversed__:m',
  dict_items: '__and__:w __contains__:w __eq__:w __ge__:w __gt__:w __hash__:n __iter__:w __le__:w __len__:w __lt__:w __ne__:w __or__:w __rand__:w __repr__:w __reversed__:m __ror__:w __rsub__:w __rxor__:w __sub__:w __xor__:w',
  dict_keyiterator: '__iter__:w __length_hint__:m __next__:w __reduce__:m',
  dict_valueiterator: '__iter__:w __length_hint__:m __next__:w __reduce__:m',
  dict_itemiterator: '__iter__:w __length_hint__:m __next__:w __reduce__:m',
  set_iterator: '__iter__:w __length_hint__:m __next__:w __reduce__:m',
  str_ascii_iterator: '__iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
  NotImplementedType: '__bool__:w __new__:b __reduce__:m __repr__:w',
  ellipsis: '__new__:b __reduce__:m __repr__:w',
  getset_descriptor: '__delete__:w __get__:w __repr__:w __set__:w',
  member_descriptor: '__delete__:w __get__:w __reduce__:m __repr__:w __set__:w',
  'weakref.ReferenceType': '__call__:w __class_getitem__:c __eq__:w __ge__:w __gt__:w __hash__:w __init__:w __le__:w __lt__:w __ne__:w __new__:b __repr__:w',
  callable_iterator: '__iter__:w __next__:w __reduce__:m',
  iterator: '__iter__:w __length_hint__:m __next__:w __reduce__:m __setstate__:m',
};

const TABLE = new Map<string, Map<string, Kind>>();
for (const [typeName, entries] of Object.entries(DEFINED)) {
  TABLE.set(typeName, new Map(entries.split(' ').map((e) => e.split(':') as [string, Kind])));
}

/** Exception classes below BaseException share its __init__ and __new__ (same behaviour). */
const EXCEPTION_SHARED = new Set(['__init__', '__new__']);

type Impl = (owner: PyType, self: PyObject, a: PyObject[], k: string[] | null) => PyObject;

interface SlotMethod {
  /** Whether `owner` has what the implementation needs (else the method is a stub). */
  has: (owner: PyType) => boolean;
  call: Impl;
}

// The arity checks, in the notation of argspec.ts (`wrapper` words wrap_* errors:
// `expected 1 argument, got 0`; method descriptors use their METH_* messages).
const WRAPPER_SIG = methodSignatures('slot wrapper', {
  unary: 'wrapper()',
  binary: 'wrapper(value, /)',
  pow: 'wrapper(value, mod=None, /)',
  setitem: 'wrapper(key, value, /)',
  get: 'wrapper(instance, owner=None, /)',
  set: 'wrapper(instance, value, /)',
  name: 'wrapper(name, /)',
  setattr: 'wrapper(name, value, /)',
});
/** Method descriptors' signatures, by name; their messages name the method, so each owner gets its own. */
const METHOD_SIGNATURES: Record<string, string> = { __sizeof__: '()', __dir__: '()', __format__: '(format_spec, /)' };
const methodSpecs = new Map<string, ArgSpec>();

function methodSpec(owner: PyType, name: string): ArgSpec {
  const id = `${owner.name}.${name}`;
  let spec = methodSpecs.get(id);
  if (spec === undefined) {
    spec = methodSignatures(owner.name, { [name]: METHOD_SIGNATURES[name]! })[name]!;
    methodSpecs.set(id, spec);
  }
  return spec;
}

const unary = (has: (t: PyType) => boolean, f: (t: PyType, self: PyObject) => PyObject): SlotMethod => ({
  has,
  call: (t, self, a, k) => {
    checkArgs(WRAPPER_SIG.unary, a, k, null);
    return f(t, self);
  },
});

function binaryNumber(slot: keyof NumberSlots, reflected: boolean): SlotMethod {
  return {
    has: (t) => t.number[slot] !== undefined,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.binary, a, k, null);
      const f = t.number[slot] as (x: PyObject, y: PyObject) => PyObject | null;
      const r = reflected ? f(a[0]!, self) : f(self, a[0]!);
      return r ?? newref(rt.notImplemented);
    },
  };
}

/** __pow__ / __rpow__ (wrap_ternaryfunc): binaryNumber's pow, refusing a modulus here. */
function power(reflected: boolean): SlotMethod {
  const name = reflected ? '__rpow__' : '__pow__';
  return {
    has: (t) => t.number.pow !== undefined,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.pow, a, k, null);
      if (a.length > 1 && a[1] !== rt.none) raise(rt.exc.NotImplementedError!, `${t.name}.${name}() with a modulus is not supported here (use pow())`);
      return (reflected ? t.number.pow!(a[0]!, self) : t.number.pow!(self, a[0]!)) ?? newref(rt.notImplemented);
    },
  };
}

function compare(op: CompareOp): SlotMethod {
  return {
    has: (t) => t.richcompare !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.binary, a, k, null);
      return t.richcompare!(self, a[0]!, op) ?? newref(rt.notImplemented);
    },
  };
}

const none = (): PyObject => newref(rt.none);

/**
 * object.__init__ (object_init): extra arguments are an error when the class overrides
 * __init__, or when it inherits both object's __init__ and object's __new__.
 */
function objectInit(self: PyObject, a: PyObject[]): PyObject {
  if (a.length > 0) {
    const t = self.type;
    if (typeLookup(t, '__init__') !== builtinTypeMethod(rt.types.object, '__init__')) {
      typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    }
    if (t.newInstance === objectNew) typeError(`${t.name}.__init__() takes exactly one argument (the instance to initialize)`);
  }
  return none();
}

const IMPLEMENTATIONS: Record<string, SlotMethod> = {
  // object.__new__(cls) (tp_new_wrapper, then object_new): an instance of a class defined in Python.
  __new__: {
    has: (t) => t === rt.types.object,
    call: (_t, _self, a, k) => {
      if (a.length === 0) typeError('object.__new__(): not enough arguments');
      const cls = a[0]!;
      if (!(cls instanceof PyType)) typeError(`object.__new__(X): X is not a type object (${cls.type.name})`);
      // tp_new_wrapper's safety check: below the classes whose __new__ is written in Python,
      // the first one must make its instances the way object does.
      let staticBase: PyType = cls;
      while (staticBase.newInstance === slotNew && staticBase.base !== null) staticBase = staticBase.base;
      if (staticBase.newInstance !== objectNew) typeError(`object.__new__(${cls.name}) is not safe, use ${staticBase.name}.__new__()`);
      if (a.length > 1 || (k !== null && k.length > 0)) {
        // object_new's excess_args checks.
        if (cls.newInstance !== objectNew) typeError('object.__new__() takes exactly one argument (the type to instantiate)');
        if (typeLookup(cls, '__init__') === builtinTypeMethod(rt.types.object, '__init__')) typeError(`${cls.name}() takes no arguments`);
      }
      return objectNew([], null, cls);
    },
  },
  __repr__: unary((t) => t.repr !== null, (t, self) => newStr(t.repr!(self))),
  // object.__str__ is repr(self), with the object's own __repr__.
  __str__: unary(() => true, (t, self) => newStr(t.str !== null ? t.str(self) : repr(self))),
  __hash__: unary((t) => t.hash !== null, (t, self) => newInt(t.hash!(self))),
  __len__: unary((t) => t.length !== null, (t, self) => newInt(t.length!(self))),
  __iter__: unary((t) => t.iter !== null, (t, self) => t.iter!(self)),
  __next__: unary((t) => t.iternext !== null, (t, self) => t.iternext!(self) ?? raise(rt.exc.StopIteration!, '')),
  __bool__: unary((t) => t.number.bool !== undefined, (t, self) => newBool(t.number.bool!(self))),
  __neg__: unary((t) => t.number.neg !== undefined, (t, self) => t.number.neg!(self)),
  __pos__: unary((t) => t.number.pos !== undefined, (t, self) => t.number.pos!(self)),
  __abs__: unary((t) => t.number.abs !== undefined, (t, self) => t.number.abs!(self)),
  __invert__: unary((t) => t.number.invert !== undefined, (t, self) => t.number.invert!(self)),
  __int__: unary((t) => t.number.int !== undefined, (t, self) => t.number.int!(self)),
  __float__: unary((t) => t.number.float !== undefined, (t, self) => t.number.float!(self)),
  __index__: unary((t) => t.number.index !== undefined, (t, self) => t.number.index!(self)),
  __lt__: compare(0),
  __le__: compare(1),
  __eq__: compare(2),
  __ne__: compare(3),
  __gt__: compare(4),
  __ge__: compare(5),
  __add__: binaryNumber('add', false),
  __radd__: binaryNumber('add', true),
  __sub__: binaryNumber('sub', false),
  __rsub__: binaryNumber('sub', true),
  __mul__: binaryNumber('mul', false),
  __rmul__: binaryNumber('mul', true),
  __truediv__: binaryNumber('truediv', false),
  __rtruediv__: binaryNumber('truediv', true),
  __floordiv__: binaryNumber('floordiv', false),
  __rfloordiv__: binaryNumber('floordiv', true),
  __mod__: binaryNumber('mod', false),
  __rmod__: binaryNumber('mod', true),
  __lshift__: binaryNumber('lshift', false),
  __rlshift__: binaryNumber('lshift', true),
  __rshift__: binaryNumber('rshift', false),
  __rrshift__: binaryNumber('rshift', true),
  __and__: binaryNumber('and', false),
  __rand__: binaryNumber('and', true),
  __or__: binaryNumber('or', false),
  __ror__: binaryNumber('or', true),
  __xor__: binaryNumber('xor', false),
  __rxor__: binaryNumber('xor', true),
  __iadd__: binaryNumber('iadd', false),
  __isub__: binaryNumber('isub', false),
  __imul__: binaryNumber('imul', false),
  __iand__: binaryNumber('iand', false),
  __ior__: binaryNumber('ior', false),
  __ixor__: binaryNumber('ixor', false),
  __pow__: power(false),
  __rpow__: power(true),
  __getitem__: {
    has: (t) => t.getitem !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.binary, a, k, null);
      return t.getitem!(self, a[0]!);
    },
  },
  __setitem__: {
    has: (t) => t.setitem !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.setitem, a, k, null);
      t.setitem!(self, a[0]!, a[1]!);
      return none();
    },
  },
  __delitem__: {
    has: (t) => t.setitem !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.binary, a, k, null);
      t.setitem!(self, a[0]!, null);
      return none();
    },
  },
  __contains__: {
    has: (t) => t.contains !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.binary, a, k, null);
      return newBool(t.contains!(self, a[0]!));
    },
  },
  __call__: { has: (t) => t.call !== null, call: (t, self, a, k) => t.call!(a, k, self) },
  __get__: {
    has: (t) => t.descrGet !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.get, a, k, null);
      const obj = a[0] === rt.none ? null : a[0]!;
      const owner = a.length > 1 && a[1] !== rt.none ? a[1]! : null;
      if (obj === null && owner === null) typeError('__get__(None, None) is invalid');
      if (owner !== null && !(owner instanceof PyType)) return typeError(`descriptor owner must be a type, not '${owner.type.name}'`);
      return t.descrGet!(self, obj, owner ?? obj!.type);
    },
  },
  __set__: {
    has: (t) => t.descrSet !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.set, a, k, null);
      t.descrSet!(self, a[0]!, a[1]!);
      return none();
    },
  },
  __delete__: {
    has: (t) => t.descrSet !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.name, a, k, null);
      t.descrSet!(self, a[0]!, null);
      return none();
    },
  },
  __getattribute__: {
    has: (t) => t.getattro !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.name, a, k, null);
      const name = attributeName(a[0]!);
      return t.getattro!(self, name) ?? attributeMissing(self, name);
    },
  },
  __setattr__: {
    has: (t) => t.setattro !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.setattr, a, k, null);
      t.setattro!(self, attributeName(a[0]!), a[1]!);
      return none();
    },
  },
  __delattr__: {
    has: (t) => t.setattro !== null,
    call: (t, self, a, k) => {
      checkArgs(WRAPPER_SIG.name, a, k, null);
      t.setattro!(self, attributeName(a[0]!), null);
      return none();
    },
  },
  __init__: {
    // object's, and the containers' (which start over from their argument, as CPython's do).
    has: (t) => t === rt.types.object || t === rt.types.list || t === rt.types.dict || t === rt.types.set,
    call: (t, self, a, k) => {
      const T = rt.types;
      if (t === T.object) return objectInit(self, a);
      const npos = a.length - (k?.length ?? 0);
      if (t === T.dict) {
        if (npos > 1) typeError(`dict expected at most 1 argument, got ${npos}`);
        const d = self as PyDict;
        if (npos === 1) dictMerge(d, a[0]!, 'dict');
        if (k !== null && k.length > 0) {
          for (let i = 0; i < k.length; i++) {
            const key = newStr(k[i]!);
            try {
              t.setitem!(d, key, a[npos + i]!);
            } finally {
              decref(key);
            }
          }
        }
        return none();
      }
      if (k !== null && k.length > 0) typeError(`${t.name}() takes no keyword arguments`);
      if (npos > 1) typeError(`${t.name} expected at most 1 argument, got ${npos}`);
      if (t === T.list) {
        listClear(self as PyList);
        if (npos === 1) listInit(self as PyList, a[0]!);
      } else {
        setClear(self as PySet);
        if (npos === 1) setUpdate(self as PySet, a[0]!);
      }
      return none();
    },
  },
  // method descriptors
  __sizeof__: {
    has: (t) => t === rt.types.object || t.sizeOf !== null,
    call: (t, self, a, k) => {
      checkArgs(methodSpec(t, '__sizeof__'), a, k, self);
      // object.__sizeof__ measures the object's own type (basicsize and items).
      const f = t === rt.types.object ? self.type.sizeOf : t.sizeOf;
      return newInt(f !== null ? f(self) : rt.profile.sizes.objectHeader);
    },
  },
  __format__: {
    has: (t) => t === rt.types.object || t === rt.types.int || t === rt.types.float || t === rt.types.str,
    call: (t, self, a, k) => {
      checkArgs(methodSpec(t, '__format__'), a, k, self);
      const spec = a[0]!;
      if (!(spec instanceof PyStr)) typeError(`__format__() argument must be str, not ${spec.type.name}`);
      if (t === rt.types.object) {
        if (spec.v !== '') typeError(`unsupported format string passed to ${self.type.name}.__format__`);
        return newStr(str(self));
      }
      return newStr(formatBuiltin(self, spec.v));
    },
  },
  __dir__: {
    has: (t) => t === rt.types.object || t === rt.types.type || t === rt.types.module,
    call: (t, self, a, k) => {
      checkArgs(methodSpec(t, '__dir__'), a, k, self);
      return newList(dirNames(self).map((n) => newStr(n)));
    },
  },
  __subclasshook__: {
    has: (t) => t === rt.types.object,
    call: () => newref(rt.notImplemented),
  },
};

/** The method a built-in type defines under `name`, made on first use; undefined if none. */
export function builtinTypeMethod(t: PyType, name: string): PyObject | undefined {
  const found = t.methods.get(name);
  if (found !== undefined || t.isHeapType) return found;
  const kind = definedKind(t, name);
  if (kind === undefined) return undefined;
  const m = makeSlotMethod(t, name, kind);
  t.methods.set(name, m);
  return m;
}

/** Makes every method the type defines (dir() lists them all). */
export function materializeBuiltinTypeMethods(t: PyType): void {
  if (t.isHeapType) return;
  const names = TABLE.get(t.name);
  if (names === undefined) return;
  for (const name of names.keys()) builtinTypeMethod(t, name);
}

function definedKind(t: PyType, name: string): Kind | undefined {
  const kind = TABLE.get(t.name)?.get(name);
  if (kind === undefined) return undefined;
  if (rt.profile.absentMethods.includes(`${t.name}.${name}`)) return undefined;
  if (EXCEPTION_SHARED.has(name) && t !== rt.exc.BaseException && t.isSubtypeOf(rt.exc.BaseException!)) return undefined;
  return kind;
}

function makeSlotMethod(owner: PyType, name: string, kind: Kind): PyObject {
  if (kind === 'n') return rt.none;
  const impl = IMPLEMENTATIONS[name];
  const call: Impl = impl !== undefined && impl.has(owner)
    ? impl.call
    : (t) => raise(rt.exc.NotImplementedError!, `${t.name}.${name}() is not supported here`);
  // wrapperdescr_raw_call: only __init__ and __call__ take keywords (PyWrapperFlag_KEYWORDS).
  const keywords = kind !== 'w' || name === '__init__' || name === '__call__';
  const fn: NativeCall = (a, k, self) => {
    if (!keywords && k !== null && k.length > 0) typeError(`wrapper ${name}() takes no keyword arguments`);
    return call(owner, self!, a, k);
  };
  const type = kind === 'w' ? rt.types.wrapperDescriptor : kind === 'b' ? rt.types.builtinFunction : rt.types.methodDescriptor;
  // __new__ (kind 'b') is a built-in bound to the type in CPython; here a stub without owner.
  const m = new PyBuiltin(type, name, fn, null, kind === 'b' ? null : owner, null);
  if (kind === 'c') markClassMethod(m);
  // tp_new_wrapper is METH_VARARGS|METH_KEYWORDS: each call packs its arguments.
  if (kind === 'b') m.varargs = true;
  placeStatic(m);
  m.rc = 1;
  return m;
}

/** Static descriptors sit this far apart (a wrapper_descriptor is 72 bytes with its GC header). */
const DESCRIPTOR_STRIDE = 0x50;

/**
 * Gives an object made after start-up but belonging to the interpreter (a built-in type's
 * method or namespace) an address in the static area, where the program's own allocations
 * never go.
 */
export function placeStatic(o: PyObject): void {
  rt.heap.allocateStatic(o, encodeAddress(rt.staticDescriptorAddress));
  rt.staticDescriptorAddress += DESCRIPTOR_STRIDE;
}

/**
 * wrapper_descriptor and method-wrapper: calls that pack their arguments (see the module
 * comment), reprs, and binding.
 */
export function installSlotWrapperTypes(descr: PyType, bound: PyType): void {
  // Their objects are PyBuiltins: built-in methods' traversal, clearing, deallocation and attributes.
  const builtin = rt.types.builtinFunction;
  for (const t of [descr, bound]) {
    t.traverse = builtin.traverse;
    t.clear = builtin.clear;
    t.dealloc = builtin.dealloc;
    t.getattro = builtin.getattro;
    t.getattroIsGeneric = true;
    t.isGC = true;
  }
  descr.sizeOf = () => rt.profile.sizes.builtinMethod - rt.profile.sizes.gcHeader;
  bound.sizeOf = () => rt.profile.sizes.methodWrapper - rt.profile.sizes.gcHeader;
  descr.repr = (o) => `<slot wrapper '${(o as PyBuiltin).name}' of '${(o as PyBuiltin).owner!.name}' objects>`;
  bound.repr = (o) => {
    const m = o as PyBuiltin;
    return `<method-wrapper '${m.name}' of ${m.self!.type.name} object at ${hexAddress(m.self!.addr)}>`;
  };
  descr.summary = bound.summary = (o) => `${(o as PyBuiltin).name}()`;
  descr.descrGet = (d, obj) => (obj === null ? newref(d) : bindBuiltin(d as PyBuiltin, obj, bound, rt.profile.sizes.methodWrapper));
  // wrapperdescr_call: the packed tuple (self first), then self sliced off into another.
  descr.call = (args, kwnames, callable) => {
    const w = callable as PyBuiltin;
    const packed = packArguments(args, kwnames);
    try {
      const npos = args.length - (kwnames?.length ?? 0);
      if (npos === 0) typeError(`descriptor '${w.name}' of '${w.owner!.name}' object needs an argument`);
      const self = args[0]!;
      if (!self.type.isSubtypeOf(w.owner!)) {
        typeError(`descriptor '${w.name}' requires a '${w.owner!.name}' object but received a '${self.type.name}'`);
      }
      const rest = args.slice(1);
      const sliced = npos > 1 ? newTupleFrom(rest.slice(0, npos - 1)) : null;
      try {
        return w.fn(rest, kwnames, self);
      } finally {
        if (sliced !== null) decref(sliced);
      }
    } finally {
      releasePacked(packed);
    }
  };
  bound.call = (args, kwnames, callable) => {
    const m = callable as PyBuiltin;
    const packed = packArguments(args, kwnames);
    try {
      return m.fn(args, kwnames, m.self);
    } finally {
      releasePacked(packed);
    }
  };
}
