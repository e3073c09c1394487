"""warta.annotate and warta.Pipeline: the same documents as `warta annotate`,
clear exceptions for bad input, several Python threads at once."""

import datetime
import json
import os
import subprocess
import threading

import pytest

import warta

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
EXAMPLE = os.path.join(ROOT, "examples", "lavrov-pyongyang.txt")
FIXTURES = os.path.join(HERE, "fixtures")
ARTICLES = os.path.join(FIXTURES, "articles.jsonl")
PAGE = os.path.join(FIXTURES, "pages", "jembatan-kutai.html")
CLI = os.environ["WARTA_CLI"]


def cli(*args, stdin=None):
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, check=False).stdout


def cli_document(*args):
    return json.loads(cli("annotate", *args, "--compact"))


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


@pytest.fixture(scope="module")
def pipeline():
    return warta.Pipeline()


def test_annotate_is_the_cli_document():
    doc = warta.annotate(read_text(EXAMPLE), published="2023-10-20", id="lavrov")
    assert doc == cli_document(EXAMPLE, "--published", "2023-10-20", "--id", "lavrov")
    assert doc["schema"] == warta.DOCUMENT_SCHEMA
    assert doc["published_source"] == "given"
    assert doc["quotes"] and doc["entities"] and doc["events"] and doc["tokens"]


def test_annotate_without_date_infers_it_as_the_cli_does():
    assert warta.annotate(read_text(EXAMPLE)) == cli_document(EXAMPLE)


def test_annotate_options(pipeline):
    text = read_text(EXAMPLE)
    doc = pipeline.annotate(text, datetime.date(2023, 10, 20), id="x", url="https://a.id/b",
                            title="Judul", tokens=False)
    assert doc == cli_document(EXAMPLE, "--published", "2023-10-20", "--id", "x", "--url",
                               "https://a.id/b", "--title", "Judul", "--no-tokens")
    assert "tokens" not in doc or doc["tokens"] == []
    # A datetime or a timestamp keeps its day.
    at = pipeline.annotate(text, datetime.datetime(2023, 10, 20, 23, 59), tokens=False)
    assert at["published"] == "2023-10-20"
    assert pipeline.annotate(text, "2023-10-20T08:15:00+07:00", tokens=False)["published"] == \
        "2023-10-20"


def test_html_page_is_the_cli_document(pipeline):
    with open(PAGE, "rb") as f:
        page = f.read()
    doc = pipeline.annotate(page, html=True)
    assert doc == cli_document(PAGE)
    assert doc["title"] == "Jembatan Baru di Kutai Kartanegara Diresmikan"
    assert doc["published"] == "2024-03-15"
    assert "Baca juga" not in doc["text"] and "Beranda" not in doc["text"]


def test_bytes_not_utf8_are_read_as_the_engine_reads_them(pipeline):
    raw = "JAKARTA - Caf\u00e9 itu ditutup, kata Budi.".encode("cp1252")
    doc = pipeline.annotate(raw)
    assert "Caf\u00e9" in doc["text"]
    assert doc["warnings"]
    assert doc == json.loads(cli("annotate", "-", "--compact", stdin=raw))
    # A str decoded with surrogateescape gives the engine the same bytes.
    assert pipeline.annotate(raw.decode("utf-8", "surrogateescape")) == doc


@pytest.mark.parametrize("text, error, words", [
    ("", warta.InvalidArgumentError, "empty"),
    ("  \n\t ", warta.InvalidArgumentError, "empty"),
    (b"", warta.InvalidArgumentError, "empty"),
    (b"\x00\x01\x02\x03binary\x00\x00", warta.DataLossError, "not text"),
    ("Teks dengan \ud800 sendirian", warta.InvalidArgumentError, "not valid Unicode"),
])
def test_bad_text_raises(pipeline, text, error, words):
    with pytest.raises(error, match=words) as info:
        pipeline.annotate(text)
    assert isinstance(info.value, warta.Error)
    assert isinstance(info.value, ValueError)
    with pytest.raises(error):
        warta.annotate(text)


@pytest.mark.parametrize("published", ["2023-02-30", "20/10/2023", "kemarin", "2023-1-5"])
def test_bad_date_raises(pipeline, published):
    with pytest.raises(warta.InvalidArgumentError, match="published.*not a date") as info:
        pipeline.annotate("Presiden tiba di Jakarta.", published)
    assert info.value.code == "INVALID_ARGUMENT"


def test_wrong_types_raise_type_error(pipeline):
    with pytest.raises(TypeError):
        pipeline.annotate(None)
    with pytest.raises(TypeError):
        pipeline.annotate(12345)
    with pytest.raises(TypeError):
        pipeline.annotate("Teks.", 20231020)
    with pytest.raises(TypeError):
        pipeline.annotate("Teks.", id=5)
    with pytest.raises(TypeError):
        pipeline.annotate_batch([3.5])


def test_html_without_text_raises(pipeline):
    with pytest.raises(warta.InvalidArgumentError):
        pipeline.annotate("<html><body><nav></nav></body></html>", html=True)


def test_batch_is_the_cli_jsonl(pipeline):
    with open(ARTICLES, "rb") as f:
        lines = [line.rstrip(b"\n") for line in f]
    got = pipeline.annotate_batch(lines, jsonl=True)
    want = [json.loads(line) for line in cli("annotate", "--jsonl", ARTICLES).splitlines()]
    assert len(got) == len(want) == len(lines)
    for i, (g, w) in enumerate(zip(got, want)):
        if "error" in w:
            assert g == {"index": i, **({"id": w["id"]} if "id" in w else {}),
                         "error": w["error"]}
        else:
            assert g == w


def test_batch_of_texts_and_dicts(pipeline):
    text = read_text(EXAMPLE)
    out = pipeline.annotate_batch([
        text,
        {"id": "a", "published": "2023-10-20", "text": text},
        {"id": "b", "title": "tanpa teks"},
        "",
        {"id": "c", "published": "bukan tanggal", "text": text},
        {"id": "d", "html": open(PAGE, "rb").read()},
    ], tokens=False)
    assert out[0] == warta.annotate(text, tokens=False)
    assert out[1] == warta.annotate(text, "2023-10-20", id="a", tokens=False)
    assert out[2] == {"index": 2, "id": "b", "error": 'no "text" field'}
    assert out[3]["index"] == 3 and "empty" in out[3]["error"]
    # In a record a bad date is a warning, as in JSON Lines input.
    assert out[4]["published_source"] == "inferred"
    assert any("published date ignored" in w for w in out[4]["warnings"])
    assert out[5]["title"] == "Jembatan Baru di Kutai Kartanegara Diresmikan"


def test_documents(pipeline):
    text = read_text(EXAMPLE)
    doc = pipeline.process(text, "2023-10-20", id="lavrov")
    assert isinstance(doc, warta.Document)
    assert doc.id == "lavrov" and doc.published == "2023-10-20"
    assert doc.to_dict() == warta.annotate(text, "2023-10-20", id="lavrov")
    assert json.loads(doc.to_json(pretty=True)) == doc.to_dict()
    assert doc.to_conllu() == cli("annotate", EXAMPLE, "--published", "2023-10-20", "--id",
                                  "lavrov", "--format", "conllu").decode()
    assert "lavrov" in repr(doc)
    batch = pipeline.process_batch([text, ""])
    assert isinstance(batch[0], warta.Document) and "error" in batch[1]
    assert pipeline.stages[0] == "cleaner"


def test_two_threads_annotate_at_once(pipeline):
    with open(ARTICLES, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.startswith('{"id": "a')]
    texts = [r["text"] for r in records]
    expected = [pipeline.annotate(t, tokens=False) for t in texts]
    results = {}
    errors = []
    start = threading.Barrier(2)

    def work(name, order):
        try:
            start.wait()
            got = {}
            for _ in range(3):
                for i in order:
                    got[i] = pipeline.annotate(texts[i], tokens=False)
                batch = pipeline.annotate_batch([texts[i] for i in order], tokens=False)
                for i, doc in zip(order, batch):
                    assert doc == got[i]
            results[name] = got
        except Exception as e:  # reported in the main thread
            errors.append(e)

    forward = list(range(len(texts)))
    threads = [threading.Thread(target=work, args=("a", forward)),
               threading.Thread(target=work, args=("b", forward[::-1]))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for name in ("a", "b"):
        assert [results[name][i] for i in forward] == expected
