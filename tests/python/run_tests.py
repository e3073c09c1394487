#!/usr/bin/env python3
"""Runs the Python module's pytest files; exit 77 (skipped) when what they
need is missing: the built module (pybind11-dev), pytest, pandas, or for the
cluster test Dask's distributed and a PostgreSQL test server.

    run_tests.py --module-dir BUILD/python --cli BUILD/warta [--require distributed]
                 [--require-env WARTA_TEST_POSTGRES] test_file.py...

Use the interpreter the module was built for (Debian's /usr/bin/python3,
which sees Debian's python3-* packages).
"""

import argparse
import importlib
import os
import sys

# No __pycache__ beside the sources, here or in the tests' subprocesses.
sys.dont_write_bytecode = True
os.environ["PYTHONDONTWRITEBYTECODE"] = "1"

SKIP = 77
DEBIAN = {"pytest": "python3-pytest", "pandas": "python3-pandas",
          "distributed": "python3-distributed"}


def skip(message):
    print("SKIP: " + message)
    sys.exit(SKIP)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--module-dir", default="")
    parser.add_argument("--cli", required=True)
    parser.add_argument("--require", action="append", default=[])
    parser.add_argument("--require-env", action="append", default=[])
    parser.add_argument("tests", nargs="+")
    args = parser.parse_args()

    for name in ["pytest", "pandas"] + args.require:
        try:
            importlib.import_module(name)
        except ImportError:
            skip("%s is not installed for %s (Debian: apt-get install %s)"
                 % (name, sys.executable, DEBIAN.get(name, "python3-" + name)))
    for name in args.require_env:
        if not os.environ.get(name):
            skip("%s is not set: export %s=$(scripts/test_postgres.sh) runs this test"
                 % (name, name))
    if not args.module_dir:
        skip("the Python module was not built (install pybind11-dev and python3-dev "
             "and configure again: WARTA_BUILD_PYTHON)")
    sys.path.insert(0, args.module_dir)
    try:
        import warta  # noqa: F401
    except ImportError as e:
        skip("cannot import the module from %s with %s: %s" % (args.module_dir, sys.executable, e))

    # For the tests' subprocesses (Dask workers, the example script).
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [args.module_dir] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
    os.environ["WARTA_CLI"] = os.path.abspath(args.cli)
    import pytest

    here = os.path.dirname(os.path.abspath(__file__))
    tests = [os.path.join(here, t) for t in args.tests]
    return pytest.main(["-q", "-p", "no:cacheprovider", "--rootdir", here] + tests)


if __name__ == "__main__":
    sys.exit(main())
