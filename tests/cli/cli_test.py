#!/usr/bin/env python3
"""The warta command-line tool, run as a user runs it: exit codes, error
records, formats, and bad input of every kind.

usage: cli_test.py PATH_TO_WARTA
"""
import json
import os
import select
import subprocess
import sys
import tempfile
import unittest

WARTA = None
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "examples", "lavrov-pyongyang.txt")


def run(*args, stdin=b""):
    p = subprocess.run([WARTA, *args], input=stdin, capture_output=True, timeout=300)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


class TempFiles(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def file(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as f:
            f.write(data)
        return path


class HelpTest(unittest.TestCase):
    def test_help_lists_commands_and_defaults(self):
        code, out, _ = run("--help")
        self.assertEqual(code, 0)
        self.assertIn("annotate", out)
        code, out, _ = run("annotate", "--help")
        self.assertEqual(code, 0)
        for flag in ("--jsonl", "--format", "--id", "--title", "--published", "Exit codes"):
            self.assertIn(flag, out)
        self.assertIn("FILE TEXT=-", out)  # defaults are shown
        self.assertIn("=auto", out)

    def test_no_command_is_a_usage_error(self):
        code, _, err = run()
        self.assertEqual(code, 2)

    def test_bad_flag_value(self):
        code, _, err = run("annotate", "--format", "xml", EXAMPLE)
        self.assertEqual(code, 2)
        code, _, err = run("annotate", "--published", "20-10-2023", EXAMPLE)
        self.assertEqual(code, 2)
        self.assertIn("not a date", err)


class SingleArticleTest(TempFiles):
    def test_example_article_json(self):
        code, out, err = run("annotate", EXAMPLE, "--id", "ex", "--published", "2023-10-20",
                             "--title", "Judul")
        self.assertEqual(code, 0, err)
        doc = json.loads(out)
        self.assertEqual(doc["schema"], "warta.document/1")
        self.assertEqual(doc["id"], "ex")
        self.assertEqual(doc["published"], "2023-10-20")
        self.assertEqual(doc["published_source"], "given")
        self.assertNotIn("BACA JUGA", doc["text"])
        starts = [doc["text"][s["start"]:s["end"]] for s in doc["sentences"]]
        self.assertTrue(any(s.startswith("Gedung Putih mengatakan") for s in starts))
        self.assertTrue(any(s.startswith("Setelah dia tiba") for s in starts))
        names = {e["id"]: e["name"] for e in doc["entities"]}
        aid = [e for e in doc["events"] if e["type"] == "AID"]
        self.assertTrue(aid)
        self.assertEqual(names.get(aid[0]["claimed_by"]), "Amerika Serikat")
        timex = {doc["text"][t["start"]:t["end"]]: t["value"] for t in doc["timex"]}
        self.assertEqual(timex["Jumat (20/10)"], "2023-10-20")
        self.assertEqual(timex["pekan lalu"], "2023-W41")
        entity_names = {e["id"]: e["name"] for e in doc["entities"]}
        quotes = [(q["kind"], entity_names.get(q["speaker"]), q["cue"],
                   doc["text"][q["start"]:q["end"]]) for q in doc["quotes"]]
        self.assertIn(("direct", "Sergey Lavrov", "imbuhnya", "Saya tidak mengomentari rumor,"), quotes)
        names = {(e["type"], e["name"]) for e in doc["entities"]}
        self.assertIn(("PER", "Sergey Lavrov"), names)
        self.assertIn(("LOC", "Korea Utara"), names)
        mention = doc["entities"][0]["mentions"][0]
        self.assertEqual(doc["text"][mention["start"]:mention["end"]], doc["entities"][0]["name"])
        upos = {t["text"]: t["upos"] for t in doc["tokens"]}
        self.assertEqual(upos["membantah"], "VERB")
        self.assertEqual(upos["."], "PUNCT")

    def test_stdin(self):
        code, out, _ = run("annotate", "-", "--compact", stdin="Dia datang. Mereka pergi.".encode())
        self.assertEqual(code, 0)
        self.assertEqual(len(out.strip().split("\n")), 1)
        self.assertEqual(len(json.loads(out)["sentences"]), 2)

    def test_conllu(self):
        code, out, _ = run("annotate", "--format", "conllu", "-", stdin="Dia membelinya.".encode())
        self.assertEqual(code, 0)
        self.assertIn("# text = Dia membelinya.", out)
        self.assertIn("2-3\tmembelinya", out)

    def test_missing_file(self):
        code, _, err = run("annotate", os.path.join(self.dir.name, "nope.txt"))
        self.assertEqual(code, 3)
        self.assertIn("cannot open", err)

    def test_directory(self):
        code, _, err = run("annotate", self.dir.name)
        self.assertEqual(code, 3)

    def test_empty_file(self):
        code, out, err = run("annotate", self.file("empty.txt", b""))
        self.assertEqual(code, 1)
        self.assertEqual(out, "")
        self.assertIn("article is empty", err)

    def test_binary_garbage(self):
        data = bytes((i * 7919 >> 3) & 0xFF for i in range(20000))
        code, out, err = run("annotate", self.file("garbage.bin", data))
        self.assertEqual(code, 1)
        self.assertIn("not text", err)

    def test_invalid_utf8_is_repaired(self):
        code, out, err = run("annotate", self.file("cp1252.txt", b"\x93Siap,\x94 kata Budi."))
        self.assertEqual(code, 0, err)
        doc = json.loads(out)
        self.assertEqual(doc["text"], "\u201cSiap,\u201d kata Budi.")
        self.assertTrue(doc["warnings"])

    def test_fifty_megabyte_single_line(self):
        # 8 MB in the sanitizers' build (scripts/test_sanitized.sh), whose
        # code is several times slower: the same path through the engine.
        megabytes = 8 if os.environ.get("WARTA_TEST_SANITIZED") else 50
        sentence = "Harga beras naik 2,5 persen pada Jumat (20/10), kata pedagang. "
        line = (sentence * 800000)[: megabytes << 20]
        path = self.file("big.txt", line.encode())
        code, out, err = run("annotate", "--format", "jsonl", "--no-tokens", path)
        self.assertEqual(code, 0, err)
        doc = json.loads(out)
        self.assertGreater(len(doc["sentences"]), 0.85 * (megabytes << 20) / len(sentence))


class QuotesTest(TempFiles):
    def test_readable_list_of_the_example(self):
        code, out, err = run("quotes", EXAMPLE)
        self.assertEqual(code, 0, err)
        lines = out.strip().split("\n")
        self.assertEqual(len(lines), 12)
        self.assertIn("Sergey Lavrov (Menteri Luar Negeri, RUS) \u2014 \u201cSaya tidak mengomentari rumor,\u201d [imbuhnya]", lines)

    def test_article_without_statements(self):
        code, out, _ = run("quotes", "-", stdin="Hujan turun di Bogor.".encode())
        self.assertEqual(code, 0)
        self.assertEqual(out, "(no statements found)\n")


class EventsTest(TempFiles):
    def test_readable_list_of_the_example(self):
        code, out, err = run("events", EXAMPLE, "--published", "2023-10-20")
        self.assertEqual(code, 0, err)
        self.assertIn('AID (072) Korea Utara [PRK] -> Rusia [RUS] "mengirim", claimed by Amerika Serikat', out)
        self.assertIn('REJECT (016) Sergey Lavrov [RUSGOV] -> Amerika Serikat [USA] "membantah"', out)

    def test_article_without_events(self):
        code, out, _ = run("events", "-", stdin="Hujan turun di Bogor.".encode())
        self.assertEqual(code, 0)
        self.assertEqual(out, "(no events found)\n")


class StemTest(TempFiles):
    def test_one_word_a_line_in_order(self):
        code, out, err = run("stem", "-", stdin="mengirimkan\n\nDikirim\n  pengiriman \nkontainer-kontainer\n".encode())
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "mengirimkan\tkirim\n\nDikirim\tkirim\npengiriman\tkirim\n"
                              "kontainer-kontainer\tkontainer\n")

    def test_file_input(self):
        path = self.file("words.txt", b"menuduh\nmemasok\n")
        code, out, _ = run("stem", path)
        self.assertEqual(code, 0)
        self.assertEqual(out, "menuduh\ttuduh\nmemasok\tpasok\n")

    def test_missing_dictionary_names_the_file(self):
        code, _, err = run("stem", "-", "--hunspell-dic", "/nonexistent/x.dic", stdin=b"kata\n")
        self.assertEqual(code, 3)
        self.assertIn("/nonexistent/x.dic", err)
        self.assertIn("hunspell-id", err)

    def test_annotate_fills_lemmas(self):
        code, out, _ = run("annotate", "--format", "conllu", "-", stdin="Dia mengirimkannya.".encode())
        self.assertEqual(code, 0)
        self.assertIn("mengirimkan\tkirim", out)


FIXTURES = os.path.join(ROOT, "tests", "fixtures")


class TrainAndTagTest(TempFiles):
    def test_train_is_reproducible_and_reports_epochs(self):
        a, b = os.path.join(self.dir.name, "a.bin"), os.path.join(self.dir.name, "b.bin")
        fixture = os.path.join(FIXTURES, "tiny-upos.conllu")
        code, _, err = run("train", "pos", "--train", fixture, "--dev", fixture, "--out", a, "--epochs", "3")
        self.assertEqual(code, 0, err)
        self.assertIn("epoch 3: train accuracy", err)
        self.assertIn("dev accuracy", err)
        run("train", "pos", "--train", fixture, "--dev", fixture, "--out", b, "--epochs", "3")
        with open(a, "rb") as fa, open(b, "rb") as fb:
            self.assertEqual(fa.read(), fb.read())

    def test_train_ner_with_name_lists(self):
        names = self.dir.name
        for f, content in (("person.txt", "Joko Widodo\n"), ("place.txt", "Surabaya\n"),
                           ("organization.txt", "Bank Indonesia\n")):
            self.file(f, content.encode())
        out = os.path.join(self.dir.name, "ner.bin")
        code, _, err = run("train", "ner", "--train", os.path.join(FIXTURES, "tiny-ner.tsv"),
                           "--gazetteer", names, "--out", out, "--epochs", "3")
        self.assertEqual(code, 0, err)
        self.assertIn("name lists:", err)
        self.assertTrue(os.path.getsize(out) > 0)

    def test_train_current_conventions_counts_each_time_it_is_named(self):
        fixture = os.path.join(FIXTURES, "tiny-upos.conllu")
        once, twice = os.path.join(self.dir.name, "1.bin"), os.path.join(self.dir.name, "2.bin")
        code, _, err = run("train", "pos", "--train-current", fixture, "--out", once, "--epochs", "2")
        self.assertEqual(code, 0, err)
        self.assertIn("training pos on 8 sentences", err)
        code, _, err = run("train", "pos", "--train", fixture, "--train-current", fixture,
                           "--train-current", fixture, "--out", twice, "--epochs", "2")
        self.assertEqual(code, 0, err)
        self.assertIn("training pos on 24 sentences", err)
        code, _, err = run("train", "pos", "--out", once)
        self.assertEqual(code, 2)
        self.assertIn("no --train file", err)

    def test_train_errors(self):
        code, _, err = run("train", "pos", "--train", "/nonexistent.conllu", "--out", "/tmp/x.bin")
        self.assertEqual(code, 3)
        self.assertIn("/nonexistent.conllu", err)
        code, _, _ = run("train", "verbs", "--train", "x", "--out", "y")
        self.assertEqual(code, 2)

    def test_tag_conllu_keeps_words_and_fills_lemma_upos(self):
        conllu = ("# text = Dia membelinya.\n1-2\tmembelinya\t_\t_\t_\t_\t_\t_\t_\t_\n"
                  "1\tDia\t_\t_\t_\t_\t_\t_\t_\t_\n")
        conllu = ("# text = Dia membelinya.\n1\tDia\t_\t_\t_\t_\t_\t_\t_\t_\n"
                  "2-3\tmembelinya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                  "2\tmembeli\t_\t_\t_\t_\t_\t_\t_\t_\n3\tnya\t_\t_\t_\t_\t_\t_\t_\t_\n"
                  "4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n")
        code, out, err = run("tag", "--conllu", "-", stdin=conllu.encode())
        self.assertEqual(code, 0, err)
        lines = out.strip().split("\n")
        self.assertEqual(lines[0], "# text = Dia membelinya.")
        self.assertTrue(lines[2].startswith("2-3\tmembelinya\t_"))
        self.assertEqual(lines[3].split("\t")[:4], ["2", "membeli", "beli", "VERB"])
        self.assertEqual(lines[5].split("\t")[3], "PUNCT")

    def test_tag_conllu_fills_head_and_deprel(self):
        conllu = ("1\tPolisi\t_\t_\t_\t_\t_\t_\t_\t_\n2\tmenangkap\t_\t_\t_\t_\t_\t_\t_\t_\n"
                  "3\tpencuri\t_\t_\t_\t_\t_\t_\t_\t_\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n")
        code, out, err = run("tag", "--conllu", "-", stdin=conllu.encode())
        self.assertEqual(code, 0, err)
        rows = [l.split("\t") for l in out.strip().split("\n")]
        self.assertEqual([r[1] for r in rows], ["Polisi", "menangkap", "pencuri", "."])
        self.assertEqual([r[6] for r in rows].count("0"), 1)
        for r in rows:
            self.assertIn(int(r[6]), range(0, 5))
            self.assertNotEqual(r[7], "_")
        self.assertEqual(rows[1][6:8], ["0", "root"])

    def test_corrupt_parser_model_names_the_file(self):
        bad = self.file("bad-dep.bin", b"WARTADEP" + bytes(40))
        code, _, err = run("tag", "--conllu", "-", "--dep-model", bad,
                           stdin=b"1\tBudi\t_\t_\t_\t_\t_\t_\t_\t_\n\n")
        self.assertEqual(code, 3)
        self.assertIn(bad, err)

    def test_train_dep_writes_a_model_that_tags_use(self):
        fixture = os.path.join(ROOT, "tests", "fixtures", "tiny-dep.conllu")
        out = os.path.join(self.dir.name, "dep.bin")
        code, _, err = run("train", "dep", "--train-current", fixture, "--epochs", "3",
                           "--min-count", "1", "--out", out)
        self.assertEqual(code, 0, err)
        code, out_text, err = run("tag", "--conllu", fixture, "--dep-model", out)
        self.assertEqual(code, 0, err)
        self.assertIn("\troot\t", out_text)

    def test_train_dep_given_upos_learns_from_auto_upos_without_a_tagger(self):
        fixture = os.path.join(ROOT, "tests", "fixtures", "tiny-dep.conllu")
        lines = open(fixture, encoding="utf-8").read().split("\n")

        def with_auto_upos(tag_of):
            out = []
            for l in lines:
                cols = l.split("\t")
                if len(cols) == 10:
                    cols[9] = "AutoUpos=" + tag_of(cols)
                out.append("\t".join(cols))
            return "\n".join(out).encode()

        gold = self.file("gold-auto.conllu", with_auto_upos(lambda c: c[3]))
        nouns = self.file("noun-auto.conllu", with_auto_upos(lambda c: "NOUN"))
        models = []
        for name, path in (("a", gold), ("b", nouns)):
            models.append(os.path.join(self.dir.name, name + ".bin"))
            # No tagger to load: the UPOS come from the file.
            code, _, err = run("train", "dep", "--train-current", path, "--given-upos",
                               "--upos-model", "/nonexistent-upos.bin", "--epochs", "3",
                               "--min-count", "1", "--out", models[-1])
            self.assertEqual(code, 0, err)
        with open(models[0], "rb") as a, open(models[1], "rb") as b:
            self.assertNotEqual(a.read(), b.read())
        code, _, err = run("train", "dep", "--train-current", fixture, "--given-upos",
                           "--epochs", "1", "--out", os.path.join(self.dir.name, "c.bin"))
        self.assertEqual(code, 2)
        self.assertIn("AutoUpos=", err)

    def test_jackknife_upos_adds_a_tag_to_every_word_and_keeps_the_rest(self):
        fixture = os.path.join(ROOT, "tests", "fixtures", "tiny-dep.conllu")
        # A file named twice counts twice in the tagger's recipe; it gets one copy.
        out_dir = os.path.join(self.dir.name, "jk")
        p = subprocess.run([sys.executable, os.path.join(ROOT, "tools", "jackknife_upos.py"),
                            "--warta", WARTA, "--parts", "2", "--epochs", "1",
                            "--train-current", fixture, "--train-current", fixture,
                            "--out", out_dir], capture_output=True, text=True, timeout=300)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(os.listdir(out_dir), ["tiny-dep.conllu"])
        src = open(fixture, encoding="utf-8").read().strip("\n").split("\n")
        got = open(os.path.join(out_dir, "tiny-dep.conllu"), encoding="utf-8").read()
        got = got.strip("\n").split("\n")
        self.assertEqual(len(got), len(src))
        for a, b in zip(src, got):
            ca, cb = a.split("\t"), b.split("\t")
            if len(ca) != 10:
                self.assertEqual(a, b)
                continue
            self.assertEqual(ca[:9], cb[:9])
            self.assertRegex(cb[9], r"^AutoUpos=[A-Z]+$")

    def test_tag_ner_aligned_with_input(self):
        tokens = "Presiden\nJoko\nWidodo\ntiba\ndi\nSurabaya\n.\n\nIa\npergi\n"
        code, out, err = run("tag", "--ner", "-", stdin=tokens.encode())
        self.assertEqual(code, 0, err)
        lines = out.split("\n")
        self.assertEqual([l.split("\t")[0] for l in lines if l], tokens.split())
        self.assertEqual(lines[7], "")  # the blank line between sentences
        tags = dict(l.split("\t") for l in lines if l)
        self.assertEqual(tags["Joko"], "B-PER")
        self.assertEqual(tags["Surabaya"], "B-LOC")

    def test_corrupt_model_names_the_file(self):
        bad = self.file("bad.bin", b"WARTATAG" + bytes(40))
        code, _, err = run("tag", "--ner", "-", "--ner-model", bad, stdin=b"Budi\n")
        self.assertEqual(code, 3)
        self.assertIn(bad, err)


class HtmlTest(TempFiles):
    FIXTURE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                           "fixtures", "html", "article-with-boilerplate.html")

    def test_html_file_is_detected_and_its_metadata_fills_the_document(self):
        code, out, err = run("annotate", self.FIXTURE, "--no-tokens")
        self.assertEqual(code, 0, err)
        doc = json.loads(out)
        self.assertEqual(doc["title"], "Warga Desa Sukamaju Bangun Jembatan Bambu Secara Gotong Royong")
        self.assertEqual(doc["published"], "2024-02-12")
        self.assertEqual(doc["published_source"], "found")
        self.assertEqual(doc["published_time"], "2024-02-12T09:30:00+07:00")
        self.assertEqual(doc["site_name"], "Kabar Contoh")
        self.assertEqual(doc["author"], "Rina Lestari")
        self.assertEqual(doc["url"], "https://kabar.contoh.id/daerah/jembatan-bambu-sukamaju")
        self.assertNotIn("Baca juga", doc["text"])
        self.assertIn("Pemerintah kabupaten berjanji", doc["text"])

    def test_html_flag_and_html_records(self):
        page = open(self.FIXTURE, "rb").read()
        path = self.file("page.txt", page)
        code, out, err = run("annotate", "--html", path, "--no-tokens", "--title", "Judul Lain")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["title"], "Judul Lain")
        lines = [json.dumps({"id": "p", "html": page.decode("utf-8")}),
                 json.dumps({"id": "q", "html": "<html><body></body></html>"})]
        path = self.file("pages.jsonl", ("\n".join(lines) + "\n").encode())
        code, out, err = run("annotate", "--jsonl", path, "--no-tokens")
        self.assertEqual(code, 1)
        records = [json.loads(l) for l in out.strip().split("\n")]
        self.assertEqual(records[0]["site_name"], "Kabar Contoh")
        self.assertEqual(records[1], {"line": 2, "id": "q", "error": "page has no text"})


class JsonLinesTest(TempFiles):
    def test_bad_lines_become_error_records_and_the_batch_goes_on(self):
        lines = [
            json.dumps({"id": "a", "text": "Dia datang."}),
            "this is not json",
            json.dumps({"id": "c", "title": "tanpa teks"}),
            "",
            json.dumps({"id": "e", "text": ""}),
            json.dumps({"id": "f", "text": "Mereka pergi.", "published": "kemarin"}),
            json.dumps({"id": "g", "text": "Caf\u00e9 \ud83d\ude00 ok."}),
        ]
        path = self.file("in.jsonl", ("\n".join(lines) + "\n").encode())
        code, out, err = run("annotate", "--jsonl", path)
        self.assertEqual(code, 1)
        records = [json.loads(l) for l in out.strip().split("\n")]
        self.assertEqual(len(records), 6)
        self.assertEqual(records[0]["id"], "a")
        self.assertEqual(records[1]["line"], 2)
        self.assertIn("not valid JSON", records[1]["error"])
        self.assertEqual(records[2], {"line": 3, "error": 'no "text" field'})
        self.assertEqual(records[3]["line"], 5)
        self.assertEqual(records[3]["id"], "e")
        self.assertIn("empty", records[3]["error"])
        self.assertEqual(records[4]["id"], "f")
        self.assertIsNone(records[4]["published"])
        self.assertTrue(records[4]["warnings"])
        self.assertEqual(records[5]["id"], "g")
        self.assertIn("line 2", err)

    def test_stdin_and_conllu(self):
        data = json.dumps({"id": "x", "text": "Satu. Dua."}) + "\n"
        code, out, _ = run("annotate", "--jsonl", "-", "--format", "conllu", stdin=data.encode())
        self.assertEqual(code, 0)
        self.assertIn("# sent_id = x-s2", out)

    def test_huge_line(self):
        megabytes = 4 if os.environ.get("WARTA_TEST_SANITIZED") else 20
        text = "Dia datang ke Jakarta. " * ((megabytes << 20) // 23)
        data = json.dumps({"id": "big", "text": text}) + "\n" + json.dumps({"id": "small", "text": "Ya."})
        path = self.file("big.jsonl", data.encode())
        code, out, err = run("annotate", "--jsonl", path, "--no-tokens")
        self.assertEqual(code, 0, err)
        ids = [json.loads(l)["id"] for l in out.strip().split("\n")]
        self.assertEqual(ids, ["big", "small"])

    def test_a_feeding_program_gets_each_answer_before_it_sends_the_next(self):
        # Articles are annotated in chunks, but one sent through a pipe with
        # nothing behind it is answered at once: a program can talk to
        # `warta annotate --jsonl -` one article at a time.
        for jobs in ("1", "2"):
            p = subprocess.Popen([WARTA, "annotate", "--jsonl", "-", "--no-tokens", "-j", jobs],
                                 stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE)
            try:
                for i in range(3):
                    p.stdin.write((json.dumps({"id": f"a{i}", "text": "Dia datang."}) + "\n").encode())
                    p.stdin.flush()
                    ready, _, _ = select.select([p.stdout], [], [], 60)
                    self.assertTrue(ready, f"no answer to article {i} with -j {jobs}")
                    self.assertEqual(json.loads(p.stdout.readline())["id"], f"a{i}")
                p.stdin.close()
                self.assertEqual(p.wait(timeout=60), 0)
            finally:
                if p.poll() is None:
                    p.kill()
                p.stdout.close()
                p.stderr.close()

    def test_more_articles_than_a_chunk_keep_their_order(self):
        lines = [json.dumps({"id": f"n{i}", "text": f"Berita nomor {i} datang."}) if i % 7
                 else "bukan json" for i in range(1, 60)]
        path = self.file("many.jsonl", ("\n".join(lines) + "\n").encode())
        code, out, err = run("annotate", "--jsonl", path, "--no-tokens")
        self.assertEqual(code, 1, err)
        records = [json.loads(l) for l in out.strip().split("\n")]
        self.assertEqual(len(records), 59)
        for i, record in enumerate(records, start=1):
            if i % 7:
                self.assertEqual(record["id"], f"n{i}")
            else:
                self.assertEqual(record["line"], i)
                self.assertIn("error", record)

    def test_file_and_jsonl_together_is_a_usage_error(self):
        code, _, _ = run("annotate", EXAMPLE, "--jsonl", "-")
        self.assertEqual(code, 2)


if __name__ == "__main__":
    WARTA = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
