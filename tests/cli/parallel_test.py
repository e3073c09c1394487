#!/usr/bin/env python3
"""-j N in the batch commands: `warta annotate --jsonl -j 2` writes the same
bytes as `-j 1` (documents and error records in input order, same stderr,
same exit code), and `warta ingest -j 2` stores the same articles in the same
id order, with the same error records, as `-j 1`.

usage: parallel_test.py PATH_TO_WARTA
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

WARTA = None

PLACES = ["Bandung", "Medan", "Makassar", "Padang", "Kupang", "Ambon", "Palu", "Jayapura"]


def run(*args, stdin=b"", timeout=300):
    p = subprocess.run([WARTA, *args], input=stdin, capture_output=True, timeout=timeout)
    return p.returncode, p.stdout, p.stderr


def article(i):
    """An article of our own making; lengths vary so workers finish out of order."""
    place = PLACES[i % len(PLACES)]
    text = (f"{place.upper()}, KOMPAS.com - Pemerintah Kota {place} menyalurkan "
            f"{100 + i} paket bantuan kepada warga pada Senin (9/10/2023). ")
    text += (f"Wali Kota {place} mengatakan bantuan nomor {i} dikirim lewat kelurahan. "
             f"\"Kami akan terus membantu warga,\" kata dia di {place}. ") * (1 + i % 9)
    text += f"Petugas mencatat {i * 7 + 3} keluarga penerima di {i % 13 + 1} kecamatan."
    return json.dumps({"id": f"p{i}", "url": f"https://example.id/berita/{i}",
                       "title": f"Bantuan {place} {i}", "published": "2023-10-09",
                       "text": text}, ensure_ascii=False)


def batch(n=60):
    """n articles with bad lines among them: not JSON, no text, blank, an
    HTML record with no body, a wrong type."""
    lines = []
    for i in range(n):
        lines.append(article(i))
        if i % 11 == 3:
            lines.append("{not json")
        if i % 17 == 5:
            lines.append(json.dumps({"id": f"empty{i}", "text": ""}))
        if i % 13 == 7:
            lines.append("   ")
        if i % 19 == 9:
            lines.append(json.dumps({"id": f"html{i}", "html": "<html><body></body></html>"}))
        if i % 23 == 11:
            lines.append(json.dumps({"id": 5, "text": "angka"}))
    return ("\n".join(lines) + "\n").encode("utf-8")


class AnnotateJobsTest(unittest.TestCase):
    def test_jobs_give_the_same_bytes(self):
        data = batch()
        code1, out1, err1 = run("annotate", "--jsonl", "-", "-j", "1", stdin=data)
        self.assertEqual(code1, 1, err1)  # the bad lines
        records = [json.loads(line) for line in out1.decode("utf-8").splitlines()]
        self.assertGreater(sum(1 for r in records if "error" in r), 5)
        self.assertGreaterEqual(sum(1 for r in records if "error" not in r), 60)
        for jobs in ("2", "3", "8"):
            code, out, err = run("annotate", "--jsonl", "-", "--jobs", jobs, stdin=data)
            self.assertEqual(code, code1, jobs)
            self.assertEqual(out, out1, f"-j {jobs} output differs from -j 1")
            self.assertEqual(err, err1, f"-j {jobs} stderr differs from -j 1")

    def test_jobs_from_a_file_and_conllu(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "batch.jsonl")
            with open(path, "wb") as f:
                f.write(batch(25))
            for extra in ([], ["--format", "conllu"], ["--no-tokens"]):
                one = run("annotate", "--jsonl", path, "-j", "1", *extra)
                two = run("annotate", "--jsonl", path, "-j", "2", *extra)
                self.assertEqual(one, two, extra)

    def test_default_is_all_cores_and_same_output(self):
        data = batch(20)
        self.assertEqual(run("annotate", "--jsonl", "-", stdin=data),
                         run("annotate", "--jsonl", "-", "-j", "1", stdin=data))

    def test_bad_jobs_value_is_a_usage_error(self):
        code, _, _ = run("annotate", "--jsonl", "-", "-j", "-3", stdin=b"")
        self.assertEqual(code, 2)
        code, _, _ = run("annotate", "--jsonl", "-", "-j", "many", stdin=b"")
        self.assertEqual(code, 2)


class IngestJobsTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def ingest(self, jobs, *inputs, batch_size="7"):
        db = os.path.join(self.dir.name, f"j{jobs}.db")
        code, _, err = run("ingest", "--db", db, "-j", jobs, "--batch", batch_size, *inputs)
        with sqlite3.connect(db) as c:
            articles = c.execute("SELECT id, doc_id, url, title, text FROM articles "
                                 "ORDER BY id").fetchall()
            errors = c.execute("SELECT input, line, doc_id, message FROM ingest_errors "
                               "ORDER BY id").fetchall()
            quotes = c.execute("SELECT count(*) FROM quotes").fetchall()
        return code, err.decode("utf-8"), articles, errors, quotes

    def test_jobs_store_the_same_archive(self):
        path = os.path.join(self.dir.name, "batch.jsonl")
        with open(path, "wb") as f:
            f.write(batch())
        # a second input: plain text files in a folder, and a path that is not there
        folder = os.path.join(self.dir.name, "pages")
        os.makedirs(folder)
        for i in range(5):
            with open(os.path.join(folder, f"a{i}.txt"), "w", encoding="utf-8") as f:
                f.write(json.loads(article(100 + i))["text"])
        missing = os.path.join(self.dir.name, "missing.jsonl")
        code1, err1, articles1, errors1, quotes1 = self.ingest("1", path, folder, missing)
        self.assertEqual(code1, 1, err1)
        self.assertGreaterEqual(len(articles1), 65)
        self.assertGreater(len(errors1), 5)
        for jobs in ("2", "4"):
            code, err, articles, errors, quotes = self.ingest(jobs, path, folder, missing)
            self.assertEqual(code, code1, err)
            self.assertEqual([a[:2] for a in articles], [a[:2] for a in articles1],
                             f"-j {jobs}: doc_ids or their order differ")
            self.assertEqual(articles, articles1)
            self.assertEqual(errors, errors1)
            self.assertEqual(quotes, quotes1)
            # the summary line (less its timing) and the error messages match
            strip = lambda e: [l.split(" in ")[0] if l.startswith("ingest:") else l
                               for l in e.splitlines()]
            self.assertEqual(strip(err), strip(err1))

    def test_progress_line_counts_in_order(self):
        path = os.path.join(self.dir.name, "batch.jsonl")
        with open(path, "wb") as f:
            f.write(batch(30))
        db = os.path.join(self.dir.name, "p.db")
        code, _, err = run("ingest", "--db", db, "-j", "2", "--batch", "5", "--progress", path)
        self.assertEqual(code, 1)
        counts = [int(part.split(" read")[0]) for part in err.decode("utf-8").split("ingest: ")
                  if " read, " in part]
        self.assertTrue(counts)
        self.assertEqual(counts, sorted(counts))


if __name__ == "__main__":
    WARTA = sys.argv.pop(1)
    if not os.path.exists("/usr/share/hunspell/id_ID.dic"):
        print("skipped: hunspell-id is not installed")
        sys.exit(77)
    unittest.main(verbosity=2)
