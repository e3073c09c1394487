"""examples/dask_ingest.py on a local Dask cluster (a scheduler and two worker
processes on loopback) builds the same PostgreSQL archive as one process
and as `warta ingest`, from JSON Lines (with a repeated record, a bad line
and an empty text) and a folder of pages."""

import os
import subprocess
import sys

import pytest

import warta
from archive_snapshot import snapshot

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLE = os.path.join(ROOT, "examples", "dask_ingest.py")
ARTICLES = os.path.join(HERE, "fixtures", "articles.jsonl")
PAGES = os.path.join(HERE, "fixtures", "pages")
CLI = os.environ["WARTA_CLI"]
SERVER = os.environ["WARTA_TEST_POSTGRES"]
# Our own schemas of the test database (the store's tests use warta_<test>).
SCHEMAS = ("warta_py_dask_local", "warta_py_dask_cluster", "warta_py_dask_cli")


def psql(sql):
    subprocess.run(["psql", SERVER, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql],
                   check=True, capture_output=True)


def fresh_archive(schema):
    psql("DROP SCHEMA IF EXISTS %s CASCADE; CREATE SCHEMA %s" % (schema, schema))
    return SERVER + ("&" if "?" in SERVER else "?") + "options=-csearch_path%3D" + schema


@pytest.fixture
def archives():
    yield [fresh_archive(s) for s in SCHEMAS]
    for s in SCHEMAS:
        psql("DROP SCHEMA IF EXISTS %s CASCADE" % s)


def run_example(archive, *args):
    done = subprocess.run([sys.executable, EXAMPLE, "--archive", archive, *args, ARTICLES, PAGES],
                          capture_output=True, text=True, timeout=300)
    # 1: two inputs failed (the bad line and the empty text), as intended.
    assert done.returncode == 1, done.stdout + done.stderr
    assert "17 read: 14 added, 1 duplicates, 2 errors" in done.stderr, done.stderr
    return done.stderr


def test_cluster_archive_equals_one_process(archives):
    local, cluster, cli = archives
    run_example(local, "--local", "--partition", "4")
    summary = run_example(cluster, "--workers", "2", "--partition", "3")
    assert "on 2 workers" in summary, summary
    subprocess.run([CLI, "ingest", "--db", cli, "--quiet", ARTICLES, PAGES], check=False,
                   timeout=300)

    snapshots = []
    for location in archives:
        with warta.Archive(location, must_exist=True) as archive:
            assert archive.backend == "postgresql"
            snapshots.append(snapshot(archive))
    one, dask, ingest = snapshots
    assert one["stats"]["articles"] == 14 and one["stats"]["errors"] == 2
    assert sorted(one["articles"]) == sorted(
        ["a%02d" % i for i in range(1, 12)] + ["a02-copy"] +
        [os.path.join(PAGES, n) for n in os.listdir(PAGES)])
    assert one["quotes"] and one["events"] and one["entities"]
    assert ("a02", "a02-copy") in one["stories"]
    for key in one:
        assert dask[key] == one[key], key
        assert ingest[key] == one[key], key
