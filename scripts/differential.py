#!/usr/bin/env python3
"""Differential check of the engine against real CPython on random allocation programs.

Generates random Python programs that create, link, drop and collect objects (lists,
dicts, instances, cycles, finalizers, closures, generators, kept exceptions, weak
references, thresholds and gc.callbacks) and print what memory does (gc.get_count(),
gc.collect(), sys.getrefcount, sys.getsizeof, gc.is_tracked, weakref liveness). Each
program runs through `pyheap --batch` and through CPython 3.10-3.13 (pyenv's builds,
as scripts/record-expected.py runs them); the first differing line per program is shown.

This is a search tool for engine bugs, not a test: it needs the pyenv builds, and a
difference it finds becomes a conformance program in tests/programs once understood.

Usage:
    python3 scripts/differential.py [--from N] [--to M] [--versions 3.12,3.13] [--show K]
    python3 scripts/differential.py --print SEED      # the program of one seed
    python3 scripts/differential.py --extended ...    # programs that also use class machinery
"""
import argparse, json, os, random, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYENV_VERSIONS = {'3.10': '3.10.13', '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0'}
CPYTHON_ENV = {'PYTHONHASHSEED': '0', 'PYTHONIOENCODING': 'utf-8', 'LC_ALL': 'C.UTF-8', 'PATH': '/usr/bin:/bin'}

HEADER = """import gc, sys, weakref
gc.collect()
gc.get_count()
events = []
def cb(phase, info):
    if phase == "stop":
        events.append((info["generation"], info["collected"]))
class Node:
    def __init__(self, v):
        self.v = v
        self.ref = None
class Fin:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make(n):
    return [Node(i) for i in range(n)]
def pair():
    a = Node(1); b = Node(2); a.ref = b; b.ref = a
    return a
def closure(x):
    def inner():
        return x
    return inner
def gen(n):
    for i in range(n):
        yield [i]
def raiser():
    local = Node(7)
    raise ValueError(local)
def keep_exc():
    try:
        raiser()
    except ValueError as e:
        return e
v0 = v1 = v2 = v3 = v4 = v5 = v6 = None
w_v0 = w_v1 = w_v2 = w_v3 = w_v4 = w_v5 = w_v6 = None
"""
OPS = [
    (6, "{nm} = [{ints}]"),
    (4, "{nm} = {{'k{k}': {i}, 'x': [{i}]}}"),
    (4, "{nm} = Node({i})"),
    (3, "{nm} = Fin({fin})"),
    (3, "{nm} = pair()"),
    (3, "{nm} = make({small})"),
    (2, "{nm} = closure([{i}])"),
    (2, "{nm} = list(gen({small}))"),
    (2, "{nm} = gen({small})"),
    (2, "{nm} = keep_exc()"),
    (2, "{nm} = ({i}, [{i}], '{s}')"),
    (2, "{nm} = {{{i}, {i2}, 'a'}}"),
    (2, "{nm} = '{s}' * {small}"),
    (2, "{nm} = [[{i}] * 3 for _ in range({small})]"),
    (3, "{nm} = {other}"),
    (2, "try:\n    {nm}.ref = {other}\nexcept (AttributeError, NameError):\n    pass"),
    (2, "try:\n    {other}.append({nm})\nexcept (AttributeError, NameError):\n    pass"),
    (2, "try:\n    {other}['z'] = {nm}\nexcept (TypeError, NameError, IndexError):\n    pass"),
    (2, "try:\n    w_{nm} = weakref.ref({other})\nexcept (TypeError, NameError):\n    w_{nm} = None"),
    (1, "try:\n    print('weak', w_{nm}() is None if w_{nm} is not None else 'n/a')\nexcept NameError:\n    pass"),
    (3, "del {other}\n{other} = None"),
    (3, "print('collect', gc.collect({gen}))"),
    (3, "print('rc', sys.getrefcount({other}) if {other} is not None else 'none')"),
    (3, "print('count', gc.get_count())"),
    (1, "gc.callbacks.append(cb)"),
    (1, "gc.set_threshold({thr}, {t1}, {t2})"),
    (2, "{nm} = [Node(i) for i in range({big})]"),
    (1, "for _ in range({big}):\n    {nm} = pair()"),
    (1, "print('tracked', gc.is_tracked({other}) if '{other}' in globals() else 'n/a')"),
    (1, "print('size', sys.getsizeof({other}) if '{other}' in globals() else 'n/a')"),
    (1, "print('events', events[-3:], len(events))"),
]
# --extended: class machinery on top (slots, properties, static/class methods, __new__,
# with blocks, yield from, annotations). A separate list, so that the seeds of the plain search keep their programs.
EXTENDED_HEADER = """class Slotted:
    __slots__ = ('a', 'b', '__weakref__')
    def __init__(self, a):
        self.a = a
class Prop:
    def __init__(self, v):
        self._v = v
    @property
    def v(self) -> list:
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
    @staticmethod
    def make(n: int):
        return Prop([n])
    @classmethod
    def empty(cls):
        return cls(None)
class Single:
    _made = None
    def __new__(cls, n):
        if cls._made is None:
            cls._made = super().__new__(cls)
        return cls._made
    def __init__(self, n):
        self.n = [n]
def delegate(n):
    got = yield from gen(n)
    return got
class Managed:
    def __init__(self, n):
        self.n = n
        self.held = [n]
    def __enter__(self):
        return self.held
    def __exit__(self, et, ev, tb):
        self.held = None
        return et is KeyError
"""
EXTENDED_OPS = [
    (4, "{nm} = Slotted([{i}])"),
    (2, "try:\n    {nm}.b = {other}\nexcept (AttributeError, NameError):\n    pass"),
    (4, "{nm} = Prop.make({i})"),
    (2, "{nm} = Prop.empty()"),
    (2, "try:\n    {nm}.v = {other}\nexcept (AttributeError, NameError):\n    pass"),
    (3, "with Managed({i}) as {nm}:\n    {nm}.append({other})"),
    (2, "try:\n    with Managed({i}) as {nm}:\n        raise KeyError({i})\nexcept KeyError:\n    pass"),
    (1, "def f{i}(x: list, y: dict = None) -> tuple:\n    return x, y\n{nm} = f{i}"),
    (1, "class C{i}:\n    __slots__ = ('p', 'q')\n{nm} = C{i}()\n{nm}.p = {other}"),
    (2, "{nm} = Single({i})"),
    (2, "{nm} = list(delegate({small}))"),
    (2, "{nm} = delegate({small})\ntry:\n    next({nm})\nexcept StopIteration:\n    pass"),
]


def program(seed, extended=False):
    r = random.Random(seed)
    lines = [HEADER + (EXTENDED_HEADER if extended else '')]
    fin = [0]
    ops = OPS + EXTENDED_OPS if extended else OPS
    weights = [w for w, _ in ops]
    for step in range(r.randint(10, 30)):
        _, tmpl = r.choices(ops, weights)[0]
        fin[0] += 1
        lines.append(tmpl.format(nm=f"v{r.randint(0, 6)}", other=f"v{r.randint(0, 6)}", ints=", ".join(str(r.randint(0, 400)) for _ in range(r.randint(0, 4))),
            k=r.randint(0, 3), i=r.randint(0, 1000), i2=r.randint(0, 1000), fin=fin[0], small=r.randint(0, 12), big=r.randint(50, 1500),
            s=r.choice(["a", "ab", "hello", "x y"]), gen=r.choice(["", "0", "1", "2"]), thr=r.choice([10, 50, 100, 700]), t1=r.randint(1, 10), t2=r.randint(1, 10)))
    lines.append("gc.callbacks.clear()\nprint('end', gc.collect(), events[-5:], len(events))")
    return "\n".join(lines) + "\n"


def pyenv_root():
    root = os.environ.get('PYENV_ROOT')
    if root:
        return root
    try:
        return subprocess.run(['pyenv', 'root'], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return os.path.expanduser('~/.pyenv')


def until_end(stdout):
    """The output up to the final 'end' line (interpreter shutdown is not compared)."""
    out = []
    for line in stdout.splitlines():
        out.append(line)
        if line.startswith('end '):
            break
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--from', dest='start', type=int, default=0)
    ap.add_argument('--to', dest='stop', type=int, default=100)
    ap.add_argument('--versions', default='3.10,3.11,3.12,3.13')
    ap.add_argument('--show', type=int, default=3, help='differences shown per version')
    ap.add_argument('--print', dest='print_seed', type=int, default=None)
    ap.add_argument('--extended', action='store_true', help='also slots, properties, __new__, with blocks, yield from and annotations')
    args = ap.parse_args()
    if args.print_seed is not None:
        sys.stdout.write(program(args.print_seed, args.extended))
        return 0
    node = shutil.which('node')
    if node is None:
        sys.exit('node is not on PATH')
    seeds = range(args.start, args.stop)
    sources = {str(s): program(s, args.extended) for s in seeds}
    tmp = tempfile.mkdtemp(prefix='pyheap-differential-')
    root = pyenv_root()
    total_differences = 0
    for version in args.versions.split(','):
        batch = ''.join(json.dumps({'id': i, 'source': src, 'python': version}) + '\n' for i, src in sources.items())
        engine = subprocess.run([node, os.path.join(ROOT, 'bin/pyheap.js'), '--batch', '--python', version],
                                input=batch, capture_output=True, text=True)
        results = {r['id']: r for r in map(json.loads, engine.stdout.splitlines())}
        if len(results) != len(sources):
            sys.exit(f'pyheap --batch failed (it needs Node >= 22.12 first on PATH):\n{engine.stderr[-2000:]}')
        python = os.path.join(root, 'versions', PYENV_VERSIONS[version], 'bin/python')
        differing = 0
        for i, src in sources.items():
            path = os.path.join(tmp, f'p{i}.py')
            with open(path, 'w') as f:
                f.write(src)
            c = subprocess.run([python, '-S', '-s', '-B', path], capture_output=True, text=True, env=CPYTHON_ENV)
            c_error = (c.stderr.strip().splitlines() or [''])[-1] if c.returncode else None
            e = results[i]
            want, got = until_end(c.stdout), until_end(e['stdout'])
            if want == got and (e['error'] or None) == c_error:
                continue
            differing += 1
            if differing <= args.show:
                n = next((k for k in range(max(len(want), len(got))) if (want[k:k + 1] or ['<none>']) != (got[k:k + 1] or ['<none>'])), None)
                if n is None:
                    print(f'  {version} seed {i}: error: CPython {c_error!r}, engine {e["error"]!r}')
                else:
                    w = want[n] if n < len(want) else '<none>'
                    g = got[n] if n < len(got) else '<none>'
                    print(f'  {version} seed {i} line {n + 1}: CPython {w!r}, engine {g!r}')
        total_differences += differing
        print(f'{version}: {differing} of {len(sources)} programs differ')
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if total_differences else 0


if __name__ == '__main__':
    sys.exit(main())
