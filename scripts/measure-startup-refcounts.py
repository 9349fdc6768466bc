#!/usr/bin/env python3
"""Checks PyHeap's start-up reference counts of CPython's own objects (3.10/3.11).

Before immortal objects, sys.getrefcount of None, True, small ints, one-character strings,
'' and the built-in types shows how many references CPython's start-up left on them, and
importing gc or weakref adds more. src/engine/profiles/startup.ts (STARTUP_REFCOUNTS) holds
those figures. This script measures them again: it runs one probe program (which computes
the probed values instead of writing them as literals, since the main module's syntax tree
holds a reference per literal while it runs) through pyenv's CPython 3.10/3.11 and through
`pyheap`, with nothing, gc, weakref, or both imported first, and prints every figure where
the two differ: the amount to add to the table entry (or, for imports, to the delta).
No output means the tables are current. (The probe is the program the tables were measured
with: a program's own references to these objects, e.g. from 3.10/3.11 comprehension code
objects and one-letter names, are counted by the engine only approximately.)

Usage: python3 scripts/measure-startup-refcounts.py   (needs Node >= 22.12 on PATH)
"""
import ast
import os
import subprocess
import tempfile

PYTHONS = {'3.10': '3.10.13', '3.11': '3.11.7'}
ENV = {'PYTHONHASHSEED': '0', 'PYTHONIOENCODING': 'utf-8', 'LC_ALL': 'C.UTF-8', 'PATH': '/usr/bin:/bin'}
TYPES = ['object', 'type', 'int', 'bool', 'float', 'str', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'slice',
         'BaseException', 'Exception', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'AttributeError', 'NameError',
         'StopIteration', 'RuntimeError', 'ZeroDivisionError']
PROBE = """import sys
r = sys.getrefcount
big = int('100000')
print('none', r(None))
print('true', r(True))
print('false', r(False))
print('emptyTuple', r(tuple()))
print('emptyStr', r(str()))
out = []
for i in range(int('-5'), int('257')):
    out.append(r(i) + big)
print('smallInt', out)
chars = []
for i in range(int('256')):
    chars.append(r(chr(i)) + big)
print('char', chars)
print('types', [r(t) + big for t in (%s)])
""" % ', '.join(TYPES)
IMPORTS = {'': '', 'gc': 'import gc\n', 'weakref': 'import weakref\n', 'gc weakref': 'import gc, weakref\n'}
# None's count depends on the script's own path (by tens), so no table can give it exactly.
RUN_DEPENDENT = {'none'}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def figures(stdout):
    out = {}
    for line in stdout.splitlines():
        key, value = line.split(' ', 1)
        value = ast.literal_eval(value)
        if key == 'smallInt':
            out.update({f'int:{i - 5}': v for i, v in enumerate(value)})
        elif key == 'char':
            out.update({f'char:{i}': v for i, v in enumerate(value)})
        elif key == 'types':
            out.update({f'type:{TYPES[i]}': v for i, v in enumerate(value)})
        else:
            out[key] = value
    return out


def run_both(version, source):
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(source)
    try:
        exe = os.path.join(os.path.expanduser('~/.pyenv'), 'versions', PYTHONS[version], 'bin', 'python')
        c = subprocess.run([exe, '-S', '-s', '-B', f.name], capture_output=True, text=True, env=ENV, check=True)
        e = subprocess.run(['node', os.path.join(ROOT, 'bin', 'pyheap.js'), f.name, '--python', version],
                           capture_output=True, text=True, check=True)
        return figures(c.stdout), figures(e.stdout)
    finally:
        os.unlink(f.name)


for version in PYTHONS:
    runs = {name: run_both(version, header + PROBE) for name, header in IMPORTS.items()}
    cbase, ebase = runs['']
    for key in cbase:
        if key in RUN_DEPENDENT:
            continue
        if cbase[key] != ebase[key]:
            print(f'{version} start-up {key}: add {cbase[key] - ebase[key]}')
    for name in ('gc', 'weakref', 'gc weakref'):
        c, e = runs[name]
        for key in cbase:
            if key in RUN_DEPENDENT:
                continue
            d = (c[key] - cbase[key]) - (e[key] - ebase[key])
            if d != 0:
                print(f"{version} import '{name}' {key}: add {d}")
