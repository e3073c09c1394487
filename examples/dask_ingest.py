#!/usr/bin/env python3
"""Annotates a corpus on a Dask cluster and stores it in one PostgreSQL archive.

    # a local cluster of two worker processes on this machine
    python3 examples/dask_ingest.py --archive postgresql://u:p@db/news --workers 2 feed.jsonl
    # an existing cluster (dask-scheduler, dask-worker on each machine)
    python3 examples/dask_ingest.py --archive postgresql://u:p@db/news \\
        --scheduler tcp://10.0.0.1:8786 feed.jsonl pages/
    # the same in this process alone, no Dask (the baseline)
    python3 examples/dask_ingest.py --archive postgresql://u:p@db/news --local feed.jsonl

INPUT is what `warta ingest` takes: JSON Lines files (.jsonl, .ndjson; one
{"id", "url", "title", "published", "text" | "html"} object a line) and
folders, walked recursively in name order, of web pages (.html, .htm),
plain texts (.txt or no extension) and JSON Lines files.

The client reads the input and cuts it into partitions of --partition
articles of one input each; at most two partitions a worker thread are in
flight, so memory stays bounded whatever the corpus. Each worker process
loads one warta.Pipeline and opens one connection to the archive when it
joins (a worker plugin), annotates its partitions with the GIL released,
and stores each as one transaction. The store takes care of concurrent
writers: a batch holds the archive's advisory lock while it is stored, and
an article whose URL or text is stored already is a duplicate, not a second
copy, so the archive holds what one process would have stored from the same
input (its row ids in another order). Inputs that cannot be read or
annotated become error records in the archive, with their file and line.

Prints a summary line (articles read, added, duplicates, errors, seconds,
articles/s) on standard error. Exit status: 0 every article stored, 1 some
inputs failed, 2 bad arguments, 3 the archive failed. docs/scaling.md says
how to run it on real machines and what limits it.
"""

import argparse
import os
import sys
import time

PLUGIN_NAME = "warta-ingest"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PAGE_SUFFIXES = (".html", ".htm")


def read_inputs(paths, partition_size):
    """Yields partitions (names, line numbers, items), in input order.

    JSON Lines records are passed as they are (the engine parses them, so a
    bad line gets the same error as in `warta ingest`); a page or a text
    file becomes a record with its name as id. Names are the paths as given,
    as `warta ingest` records them; a partition holds one JSON Lines file's
    records or several files of a folder.
    """
    files = []  # single files of the folders, gathered into partitions
    for path in paths:
        if not os.path.isdir(path):
            yield from flush_files(files)
            yield from read_file(path, partition_size)
            continue
        found = []
        for folder, _, names in os.walk(path):
            found.extend(os.path.join(folder, n) for n in names if not n.startswith("."))
        for name in sorted(found):
            suffix = os.path.splitext(name)[1].lower()
            if suffix in JSONL_SUFFIXES:
                yield from flush_files(files)
                yield from read_file(name, partition_size)
            elif suffix in PAGE_SUFFIXES or suffix in (".txt", ""):
                files.append(name)
                if len(files) >= partition_size:
                    yield from flush_files(files)
            # other kinds of file in a folder are skipped, as warta ingest does
        yield from flush_files(files)
    yield from flush_files(files)


def flush_files(files):
    if not files:
        return
    items = []
    for name in files:
        with open(name, "rb") as f:
            content = f.read()
        field = "html" if os.path.splitext(name)[1].lower() in PAGE_SUFFIXES else "text"
        items.append({"id": name, field: content})
    yield list(files), [0] * len(files), items
    files.clear()


def read_file(name, partition_size):
    """A file named on the command line: JSON Lines, a page or a text."""
    suffix = os.path.splitext(name)[1].lower()
    if suffix not in JSONL_SUFFIXES:
        yield from flush_files([name])
        return
    lines, items = [], []
    with open(name, "rb") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip(b"\r\n")
            if not line.strip():
                continue
            # The record as bytes: the engine reads what is not UTF-8.
            lines.append(number)
            items.append(line)
            if len(items) >= partition_size:
                yield [name] * len(items), lines, items
                lines, items = [], []
    if items:
        yield [name] * len(items), lines, items


def ingest_partition(pipeline, archive, partition):
    """Stores one partition (one transaction); returns (added, duplicates, errors)."""
    names, lines, items = partition
    rows = archive.ingest(items, pipeline, jsonl=True, input=names, lines=lines,
                          batch=max(1, len(items)))
    counts = {"added": 0, "duplicate": 0, "error": 0}
    for row in rows:
        counts[row["status"]] += 1
    return counts["added"], counts["duplicate"], counts["error"]


def ingest_on_worker(partition):
    """A Dask task: the partition through this worker's pipeline and archive."""
    from distributed import get_worker

    state = get_worker().plugins[PLUGIN_NAME]
    return ingest_partition(state.pipeline, state.archive, partition)


def make_plugin(archive_uri):
    from distributed.diagnostics.plugin import WorkerPlugin

    class WartaWorker(WorkerPlugin):
        """One pipeline and one archive connection a worker process."""

        name = PLUGIN_NAME

        def __init__(self, uri):
            self.uri = uri
            self.pipeline = None
            self.archive = None

        def setup(self, worker):
            import warta

            self.pipeline = warta.Pipeline()
            self.archive = warta.Archive(self.uri)

        def teardown(self, worker):
            if self.archive is not None:
                self.archive.close()

    return WartaWorker(archive_uri)


class Totals:
    def __init__(self):
        self.added = self.duplicates = self.errors = 0

    def add(self, counts):
        self.added += counts[0]
        self.duplicates += counts[1]
        self.errors += counts[2]

    @property
    def read(self):
        return self.added + self.duplicates + self.errors


def run_local(args):
    import warta

    pipeline = warta.Pipeline()
    totals = Totals()
    start = time.perf_counter()
    with warta.Archive(args.archive) as archive:
        for partition in read_inputs(args.inputs, args.partition):
            totals.add(ingest_partition(pipeline, archive, partition))
    return totals, time.perf_counter() - start


def run_cluster(args):
    from distributed import Client, LocalCluster, as_completed

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=args.threads,
                               processes=True, host="127.0.0.1", dashboard_address=None,
                               memory_limit=args.memory_limit)
        client = Client(cluster)
    try:
        # Every worker, also one that joins later, loads its pipeline and
        # opens its connection once, before its first task.
        client.register_worker_plugin(make_plugin(args.archive), name=PLUGIN_NAME)
        nthreads = client.nthreads()
        threads = sum(nthreads.values())
        if threads == 0:
            raise SystemExit("dask_ingest: the cluster has no workers")
        args.where = "on %d workers (%d threads)" % (len(nthreads), threads)
        in_flight = 2 * threads
        totals = Totals()
        start = time.perf_counter()
        partitions = read_inputs(args.inputs, args.partition)
        running = as_completed()
        for partition in partitions:
            # pure=False: two equal partitions (a file given twice) are two tasks.
            running.add(client.submit(ingest_on_worker, partition, pure=False))
            if running.count() >= in_flight:
                totals.add(next(running).result())
        for future in running:
            totals.add(future.result())
        return totals, time.perf_counter() - start
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def main(argv=None):
    parser = argparse.ArgumentParser(
        description="Annotate articles on a Dask cluster into one PostgreSQL archive.")
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="JSON Lines files and folders of pages, texts and JSON Lines")
    parser.add_argument("--archive", required=True,
                        help="the archive: a postgresql:// URI (a SQLite file works with --local)")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=2,
                       help="start a local cluster of this many worker processes (default 2)")
    where.add_argument("--local", action="store_true",
                       help="no Dask: annotate and store in this process")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads a local worker process (default 1)")
    parser.add_argument("--memory-limit", default="2GiB",
                        help="memory a local worker process may use (default 2GiB)")
    parser.add_argument("--partition", type=int, default=64,
                        help="articles a task, stored as one transaction (default 64)")
    args = parser.parse_args(argv)
    args.where = "in one process"
    if args.partition < 1 or args.workers < 1 or args.threads < 1:
        parser.error("--partition, --workers and --threads must be at least 1")
    for path in args.inputs:
        if not os.path.exists(path):
            parser.error("no such file or folder: " + path)

    import warta

    if not args.local and not args.archive.startswith(("postgresql://", "postgres://")):
        parser.error("a cluster needs a PostgreSQL archive (one file cannot be shared by "
                     "machines); use --local for a SQLite file")
    try:
        totals, seconds = run_local(args) if args.local else run_cluster(args)
    except warta.Error as e:
        print("dask_ingest: archive: %s" % e, file=sys.stderr)
        return 3
    rate = totals.read / seconds if seconds > 0 else 0.0
    print("dask_ingest: %d read: %d added, %d duplicates, %d errors in %.1f s (%.1f articles/s) %s"
          % (totals.read, totals.added, totals.duplicates, totals.errors, seconds, rate,
             args.where), file=sys.stderr)
    return 1 if totals.errors else 0


if __name__ == "__main__":
    sys.exit(main())
