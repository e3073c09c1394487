#!/usr/bin/env python3
"""The archive commands run as a user runs them: warta ingest, search,
quotes, events, stories and export on a SQLite archive, bad input kept as
error records, and an ingest killed midway (SIGKILL) that leaves a
consistent archive and completes without duplicates when run again.

usage: archive_test.py PATH_TO_WARTA
"""
import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import unittest

WARTA = None

# Articles written for these tests.
AID = ("JAKARTA, KOMPAS.com - Pemerintah Indonesia mengirim bantuan ke Gaza pada "
       "Senin (9/10/2023). Menteri Luar Negeri Retno Marsudi mengatakan bantuan itu "
       "berupa obat-obatan dan makanan. \"Kami akan terus membantu warga Gaza,\" kata "
       "Retno di Jakarta. Pengiriman berikutnya direncanakan pekan depan.")
FLOOD = ("SURABAYA, KOMPAS.com - Banjir merendam ratusan rumah di Kabupaten Gresik, "
         "Rabu (11/10/2023). Kepala Pelaksana BPBD Sutrisno mengatakan warga telah "
         "dievakuasi. \"Air mulai surut sore ini,\" ujar Sutrisno. Polisi menangkap dua "
         "orang yang diduga menjarah toko. Bantuan makanan dikirimkan oleh relawan.")
TRADE = ("Menteri Perdagangan Zulkifli Hasan menyatakan ekspor kopi naik pada "
         "September 2023. Zulkifli menuduh pedagang perantara menaikkan harga di pasar. "
         "\"Kita akan awasi rantai pasok,\" kata Zulkifli di Jakarta, Kamis (12/10/2023).")


def run(*args, stdin=b"", timeout=300):
    p = subprocess.run([WARTA, *args], input=stdin, capture_output=True, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def record(id_, text, url="", published="2023-10-09", title=""):
    return json.dumps({"id": id_, "url": url, "title": title, "published": published,
                       "text": text}, ensure_ascii=False)


def many_articles(n):
    """n distinct articles of our own making, as JSON Lines."""
    places = ["Bandung", "Medan", "Makassar", "Padang", "Kupang", "Ambon", "Palu"]
    lines = []
    for i in range(n):
        place = places[i % len(places)]
        text = (f"{place.upper()}, KOMPAS.com - Pemerintah Kota {place} menyalurkan "
                f"{100 + i} paket bantuan kepada warga pada Senin (9/10/2023). Wali Kota "
                f"{place} mengatakan bantuan nomor {i} dikirim lewat kelurahan. Warga "
                f"di {i % 13 + 1} kecamatan menerima beras, minyak goreng dan gula. "
                f"Petugas mencatat {i * 7 + 3} keluarga penerima di wilayah itu.")
        lines.append(record(f"m{i}", text, url=f"https://example.id/berita/{i}"))
    return ("\n".join(lines) + "\n").encode("utf-8")


class ArchiveTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.db = os.path.join(self.dir.name, "archive.db")

    def tearDown(self):
        self.dir.cleanup()

    def file(self, name, data):
        path = os.path.join(self.dir.name, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def sql(self, query):
        with sqlite3.connect(self.db) as c:
            return c.execute(query).fetchall()

    def ingest_three(self):
        batch = "\n".join([
            record("aid", AID, "https://www.kompas.com/read/aid", "2023-10-09", "Bantuan ke Gaza"),
            record("flood", FLOOD, "https://regional.kompas.com/read/flood", "2023-10-11",
                   "Banjir Gresik"),
            record("trade", TRADE, "https://money.kompas.com/read/trade", "2023-10-12",
                   "Ekspor Kopi"),
        ]) + "\n"
        code, _, err = run("ingest", "--db", self.db, self.file("batch.jsonl", batch))
        self.assertEqual(code, 0, err)
        return err


class IngestTest(ArchiveTest):
    def test_ingest_reports_and_is_idempotent(self):
        err = self.ingest_three()
        self.assertIn("3 read: 3 added, 0 duplicates, 0 errors", err)
        code, _, err = run("ingest", "--db", self.db, os.path.join(self.dir.name, "batch.jsonl"))
        self.assertEqual(code, 0, err)
        self.assertIn("3 read: 0 added, 3 duplicates", err)
        self.assertEqual(self.sql("SELECT count(*) FROM articles")[0][0], 3)

    def test_files_folders_and_standard_input(self):
        folder = os.path.join(self.dir.name, "in")
        self.file("in/a/aid.txt", AID)
        self.file("in/b/page.html",
                  "<html><head><title>Banjir Gresik</title></head><body><article><h1>Banjir "
                  f"Gresik</h1><p>{FLOOD}</p></article></body></html>")
        self.file("in/notes.pdf", b"%PDF-1.4 not an article")
        code, _, err = run("ingest", "--db", self.db, folder)
        self.assertEqual(code, 0, err)
        self.assertIn("2 read: 2 added", err)
        self.assertIn("1 files of other kinds skipped", err)
        code, _, err = run("ingest", "--db", self.db, "-", stdin=(record("t", TRADE) + "\n").encode())
        self.assertEqual(code, 0, err)
        self.assertEqual(self.sql("SELECT count(*) FROM articles")[0][0], 3)
        ids = {r[0] for r in self.sql("SELECT doc_id FROM articles")}
        self.assertIn("t", ids)
        self.assertTrue(any(i.endswith("aid.txt") for i in ids))

    def test_bad_input_is_an_error_record_and_the_batch_goes_on(self):
        batch = "\n".join([
            record("ok1", AID),
            "{not json",
            json.dumps({"id": "no-text"}),
            record("empty", ""),
            record("ok2", FLOOD),
        ]) + "\n"
        code, _, err = run("ingest", "--db", self.db, self.file("bad.jsonl", batch),
                           os.path.join(self.dir.name, "missing.txt"),
                           self.file("binary.txt", b"\xff\xfe\x00\x01" * 50))
        self.assertEqual(code, 1, err)
        self.assertIn("bad.jsonl:2", err)
        self.assertIn("missing.txt: no such file or folder", err)
        self.assertEqual(self.sql("SELECT count(*) FROM articles")[0][0], 2)
        errors = self.sql("SELECT input, line, doc_id, message FROM ingest_errors ORDER BY id")
        self.assertGreaterEqual(len(errors), 4, errors)
        self.assertEqual(errors[0][1], 2)
        self.assertIn("not valid JSON", errors[0][3])
        self.assertEqual(errors[1][2], "")
        self.assertIn("no \"text\" field", errors[1][3])

    def test_not_an_archive(self):
        path = self.file("notes.txt", "just some notes, not a database " * 100)
        code, _, err = run("ingest", "--db", path, "-", stdin=(record("x", AID) + "\n").encode())
        self.assertNotEqual(code, 0)
        self.assertIn("not a warta archive", err)
        with open(path) as f:
            self.assertTrue(f.read().startswith("just some notes"))  # left as it was

    def test_newer_archive_is_refused(self):
        self.ingest_three()
        with sqlite3.connect(self.db) as c:
            c.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
        code, _, err = run("search", "--db", self.db, "kirim")
        self.assertEqual(code, 2, err)
        self.assertIn("newer than this warta reads", err)

    def test_an_unreachable_server_keeps_the_password_out_of_messages(self):
        for args in (["search", "kirim"], ["ingest", "-"]):
            code, _, err = run(*args, "--db", "postgresql://warta:s3cr3t@127.0.0.1:1/none",
                               stdin=(record("x", AID) + "\n").encode())
            self.assertEqual(code, 3, err)
            self.assertIn("127.0.0.1", err)
            self.assertNotIn("s3cr3t", err)

    def test_no_archive_to_read(self):
        code, _, err = run("search", "--db", os.path.join(self.dir.name, "none.db"), "kirim")
        self.assertEqual(code, 3)
        self.assertIn("no archive at", err)
        self.assertFalse(os.path.exists(os.path.join(self.dir.name, "none.db")))


class QueryTest(ArchiveTest):
    def setUp(self):
        super().setUp()
        self.ingest_three()

    def test_search_by_root_word(self):
        code, out, err = run("search", "--db", self.db, "kirim", "--color", "never")
        self.assertEqual(code, 0, err)
        self.assertTrue(out.startswith("2 articles"), out)
        self.assertIn("[mengirim]", out)
        self.assertIn("[dikirimkan]", out)
        code, out, _ = run("search", "--db", self.db, "kirim", "--format", "jsonl",
                           "--site", "regional.kompas.com")
        rows = [json.loads(line) for line in out.splitlines()]
        self.assertEqual([r["doc_id"] for r in rows], ["flood"])
        self.assertIn("snippet", rows[0])
        code, out, _ = run("search", "--db", self.db, "kirim", "--format", "jsonl",
                           "--from", "2023-10-10")
        self.assertEqual([json.loads(l)["doc_id"] for l in out.splitlines()], ["flood"])
        code, _, err = run("search", "--db", self.db, "kirim", "--from", "kemarin")
        self.assertEqual(code, 2)

    def test_quotes_events_and_stories(self):
        code, out, err = run("quotes", "--db", self.db, "--speaker", "sutrisno")
        self.assertEqual(code, 0, err)
        self.assertIn("Sutrisno", out)
        self.assertIn("Air mulai surut sore ini", out)
        self.assertNotIn("Retno", out)
        code, out, err = run("events", "--db", self.db, "--type", "accuse")
        self.assertEqual(code, 0, err)
        self.assertIn("ACCUSE", out)
        self.assertIn("Zulkifli Hasan", out)
        code, out, err = run("events", "--db", self.db, "--actor", "Zulkifli Hasan",
                             "--format", "jsonl")
        self.assertEqual(code, 0, err)
        for line in out.splitlines():
            e = json.loads(line)
            self.assertIn("Zulkifli Hasan", (e["source"], e["target"]))
        code, out, err = run("stories", "--db", self.db, "--min", "1", "--format", "jsonl")
        self.assertEqual(code, 0, err)
        self.assertEqual(len(out.splitlines()), 3)
        # Without --db, quotes still reads one article.
        code, out, _ = run("quotes", "-", stdin=FLOOD.encode())
        self.assertEqual(code, 0)
        self.assertIn("Sutrisno", out)

    def test_export_csv_jsonl_and_gdelt_tsv(self):
        code, out, err = run("export", "events", "--db", self.db, "--format", "csv")
        self.assertEqual(code, 0, err)
        rows = list(csv.DictReader(io.StringIO(out)))
        self.assertTrue(rows)
        self.assertIn("type", rows[0])
        self.assertIn("ACCUSE", {r["type"] for r in rows})
        code, out, _ = run("export", "events", "--db", self.db, "--format", "tsv")
        lines = out.splitlines()
        self.assertEqual(len(lines), len(rows))
        for line in lines:
            fields = line.split("\t")
            self.assertEqual(len(fields), 61)  # the GDELT 2.0 event table
            self.assertRegex(fields[1], r"^20231\d{3}$")  # SQLDATE
            self.assertTrue(fields[60].startswith("https://"))  # SOURCEURL
        accuse = [l.split("\t") for l in lines if "\t112\t" in l or "\t11\t" in l]
        self.assertTrue(accuse)
        self.assertEqual(accuse[0][29], "3")  # QuadClass: verbal conflict
        code, out, _ = run("export", "quotes", "--db", self.db, "--format", "jsonl")
        quotes = [json.loads(l) for l in out.splitlines()]
        self.assertTrue(any(q["speaker"] == "Sutrisno" for q in quotes))
        code, out, _ = run("export", "entities", "--db", self.db, "--format", "csv")
        entities = list(csv.DictReader(io.StringIO(out)))
        self.assertIn("Zulkifli Hasan", {e["name"] for e in entities})
        code, out, _ = run("export", "entities", "--db", self.db, "--format", "tsv")
        self.assertTrue(out.startswith("entity_id\tname\t"))


class KilledIngestTest(ArchiveTest):
    def test_sigkill_midway_leaves_a_consistent_archive(self):
        n = 400
        path = self.file("many.jsonl", many_articles(n))
        p = subprocess.Popen([WARTA, "ingest", "--db", self.db, "--batch", "10", "--quiet", path],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.time() + 120
        stored = 0
        while time.time() < deadline and p.poll() is None:
            time.sleep(0.05)
            try:
                stored = self.sql("SELECT count(*) FROM articles")[0][0]
            except sqlite3.Error:
                continue
            if stored >= 30:
                break
        if p.poll() is not None:
            self.skipTest("the ingest ended before it could be killed (machine too fast)")
        p.send_signal(signal.SIGKILL)
        p.wait()
        self.assertEqual(self.sql("PRAGMA integrity_check")[0][0], "ok")
        articles = self.sql("SELECT count(*) FROM articles")[0][0]
        self.assertGreaterEqual(articles, 30)
        self.assertLess(articles, n)
        self.assertEqual(articles % 10, 0, "only whole batches are stored")
        # Every stored article has its story, and nothing of a lost batch remains.
        self.assertEqual(self.sql("SELECT count(*) FROM articles WHERE story_id = 0")[0][0], 0)
        self.assertEqual(self.sql(
            "SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)")[0][0], 0)
        code, _, err = run("ingest", "--db", self.db, path)
        self.assertEqual(code, 0, err)
        self.assertIn(f"{n} read: {n - articles} added, {articles} duplicates", err)
        self.assertEqual(self.sql("SELECT count(*) FROM articles")[0][0], n)
        self.assertEqual(self.sql(
            "SELECT count(*) FROM (SELECT url FROM articles GROUP BY url HAVING count(*) > 1)")[0][0], 0)
        code, out, _ = run("search", "--db", self.db, "salur", "--format", "jsonl", "--limit", "5")
        self.assertEqual(code, 0)
        self.assertEqual(len(out.splitlines()), 5)


if __name__ == "__main__":
    WARTA = sys.argv.pop(1)
    if not os.path.exists("/usr/share/hunspell/id_ID.dic"):
        print("skipped: hunspell-id is not installed")
        sys.exit(77)
    unittest.main(verbosity=2)
