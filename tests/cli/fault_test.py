#!/usr/bin/env python3
"""Faults while the archive is written: the disk filling up during an
ingest (a small tmpfs mounted for the test, so root only: skipped with a
message otherwise), and two ingests writing one SQLite file at once. Each
must end with a clear error or success, never a damaged archive, and a
second run must complete it without duplicates.

usage: fault_test.py PATH_TO_WARTA
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

WARTA = None


def articles(first, n):
    """n distinct articles of our own making (ids first..first+n-1), JSON Lines."""
    places = ["Bandung", "Medan", "Makassar", "Padang", "Kupang", "Ambon", "Palu", "Jambi"]
    lines = []
    for i in range(first, first + n):
        place = places[i % len(places)]
        text = (f"{place.upper()}, KOMPAS.com - Pemerintah Kota {place} menyalurkan "
                f"{100 + i} paket bantuan kepada warga pada Senin (9/10/2023). Wali Kota "
                f"{place} mengatakan bantuan nomor {i} dikirim lewat kelurahan. \"Kami "
                f"akan menambah {i % 17 + 2} posko lagi,\" kata Wali Kota {place}. Warga di "
                f"{i % 13 + 1} kecamatan menerima beras, minyak goreng dan gula. Petugas "
                f"mencatat {i * 7 + 3} keluarga penerima di wilayah itu sejak pekan lalu. "
                f"Polisi mengamankan {i % 5 + 1} orang yang diduga menimbun bantuan.")
        lines.append(json.dumps({"id": f"m{i}", "url": f"https://example.id/berita/{i}",
                                 "published": "2023-10-09", "text": text}))
    return ("\n".join(lines) + "\n").encode("utf-8")


def ingest(db, data, *flags):
    p = subprocess.run([WARTA, "ingest", "--db", db, "-", "--quiet", *flags], input=data,
                       capture_output=True, timeout=600)
    return p.returncode, p.stderr.decode("utf-8")


def check_archive(test, db):
    """The file is a sound SQLite database whose articles each have their
    search row and no duplicate; returns the article ids."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        test.assertEqual(con.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        ids = [r[0] for r in con.execute("SELECT doc_id FROM articles")]
        test.assertEqual(len(ids), len(set(ids)), "an article stored twice")
        orphans = con.execute("SELECT count(*) FROM quotes WHERE article_id NOT IN "
                              "(SELECT id FROM articles)").fetchone()[0]
        test.assertEqual(orphans, 0)
    finally:
        con.close()
    # What is stored can be searched.
    p = subprocess.run([WARTA, "search", "--db", db, "bantu", "--format", "jsonl",
                        "--limit", "1"], capture_output=True, timeout=120)
    test.assertEqual(p.returncode, 0, p.stderr.decode())
    return set(ids)


class DiskFullTest(unittest.TestCase):
    def setUp(self):
        if os.geteuid() != 0:
            self.skipTest("mounting a small file system needs root")
        self.mount = tempfile.mkdtemp(prefix="warta-full-")
        p = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", self.mount],
                           capture_output=True)
        if p.returncode != 0:
            os.rmdir(self.mount)
            self.skipTest("cannot mount a tmpfs here: " + p.stderr.decode().strip())

    def tearDown(self):
        subprocess.run(["umount", self.mount], capture_output=True)
        os.rmdir(self.mount)

    def test_a_full_disk_is_a_clear_error_and_the_archive_stays_sound(self):
        db = os.path.join(self.mount, "news.db")
        data = articles(0, 300)
        code, err = ingest(db, data, "--batch", "10", "-j", "1")
        self.assertEqual(code, 70, err)  # the archive failed
        self.assertIn("full", err.lower())
        stored = check_archive(self, db)
        self.assertLess(len(stored), 300)
        # Room again: the same input completes the archive, nothing twice.
        subprocess.run(["mount", "-o", "remount,size=64m", self.mount], check=True)
        code, err = ingest(db, data, "--batch", "10")
        self.assertEqual(code, 0, err)
        self.assertEqual(check_archive(self, db), {f"m{i}" for i in range(300)})


class ConcurrentIngestTest(unittest.TestCase):
    def test_two_ingests_into_one_file(self):
        with tempfile.TemporaryDirectory() as d:
            db = os.path.join(d, "news.db")
            # Overlapping inputs: m0..m119 and m60..m179, written at once.
            a = subprocess.Popen([WARTA, "ingest", "--db", db, "-", "--quiet", "--batch", "5",
                                  "-j", "1"], stdin=subprocess.PIPE, stderr=subprocess.PIPE)
            b = subprocess.Popen([WARTA, "ingest", "--db", db, "-", "--quiet", "--batch", "5",
                                  "-j", "1"], stdin=subprocess.PIPE, stderr=subprocess.PIPE)
            _, err_a = a.communicate(articles(0, 120), timeout=600)
            _, err_b = b.communicate(articles(60, 120), timeout=600)
            self.assertEqual(a.returncode, 0, err_a.decode())
            self.assertEqual(b.returncode, 0, err_b.decode())
            self.assertEqual(check_archive(self, db), {f"m{i}" for i in range(180)})


if __name__ == "__main__":
    WARTA = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
