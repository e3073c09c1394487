"""warta.Archive on SQLite: ingest (records, texts, documents), every query as
rows pandas takes, the same archive as `warta ingest`, bad calls."""

import os
import subprocess

import pandas
import pytest

import warta
from archive_snapshot import snapshot

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLES = os.path.join(HERE, "fixtures", "articles.jsonl")
PAGES = os.path.join(HERE, "fixtures", "pages")
CLI = os.environ["WARTA_CLI"]


def jsonl_lines():
    with open(ARTICLES, "rb") as f:
        return [line.rstrip(b"\n") for line in f]


@pytest.fixture(scope="module")
def pipeline():
    return warta.Pipeline()


@pytest.fixture(scope="module")
def stored(tmp_path_factory, pipeline):
    path = str(tmp_path_factory.mktemp("archive") / "news.db")
    archive = warta.Archive(path)
    lines = jsonl_lines()
    rows = archive.ingest(lines, pipeline, jsonl=True, input=ARTICLES,
                          lines=range(1, len(lines) + 1))
    yield archive, rows
    archive.close()


def test_ingest_outcomes(stored):
    archive, rows = stored
    assert [r["status"] for r in rows] == ["added"] * 12 + ["duplicate", "error", "error"]
    assert rows[12]["article_id"] == rows[0]["article_id"]  # the same record again
    assert "not valid JSON" in rows[13]["error"]
    assert rows[14]["id"] == "kosong"
    assert all(r["index"] == i for i, r in enumerate(rows))
    stats = archive.stats()
    assert stats["articles"] == 12 and stats["errors"] == 2
    assert stats["schema_version"] == warta.STORE_SCHEMA_VERSION
    assert archive.backend == "sqlite"


@pytest.fixture(scope="module")
def archive(stored):
    return stored[0]


def test_queries_give_rows_pandas_takes(archive):
    hits = archive.search("kirim bantuan")
    frame = pandas.DataFrame(hits)
    assert {"article_id", "doc_id", "title", "published", "score", "snippet"} <= set(frame)
    # Root words: "mengirim" and "bantuan" in a01, a04.
    assert {"a01", "a04"} <= set(frame["doc_id"])
    assert frame["snippet"].str.contains(r"\[").all()
    assert archive.count("kirim bantuan") == len(hits)
    assert archive.count("banjir", date_from="2024-03-05") == 0
    assert archive.count("banjir", date_to="2024-03-04") == 1

    quotes = pandas.DataFrame(archive.quotes(limit=100))
    assert len(quotes) >= 10
    assert {"doc_id", "kind", "content", "speaker", "begin", "end"} <= set(quotes)
    retno = archive.quotes(speaker="Retno Marsudi")
    assert retno and all(q["speaker"] == "Retno Marsudi" for q in retno)

    events = pandas.DataFrame(archive.events(limit=100))
    assert {"event_id", "doc_id", "type", "source", "target", "negated"} <= set(events)
    assert len(events) > 0
    entities = pandas.DataFrame(archive.entities(limit=500))
    assert {"entity_id", "name", "type", "articles", "mentions"} <= set(entities)
    assert "Retno Marsudi" in set(entities["name"])
    one = archive.entity(int(entities.iloc[0]["entity_id"]))
    assert one["name"] == entities.iloc[0]["name"]

    # The syndicated copy of a02 joins its story.
    stories = archive.stories()
    frame = pandas.DataFrame(stories)
    assert {"story_id", "title", "articles", "sites", "article_ids"} <= set(frame)
    ids = {h["doc_id"]: h["article_id"] for h in archive.search("", limit=100)}
    assert any(set(s["article_ids"]) == {ids["a02"], ids["a02-copy"]} for s in stories)

    facets = archive.facets("")
    assert facets["total"] == 12
    assert pandas.DataFrame(facets["sites"])["articles"].sum() == 12

    errors = pandas.DataFrame(archive.errors())
    assert list(errors["line"]) == [14, 15]
    assert set(errors["input"]) == {ARTICLES}


def test_article(archive):
    hit = archive.search("gempa")[0]
    article = archive.article(hit["article_id"])
    assert article["doc_id"] == "a05"
    assert article["text"].startswith("PADANG, Contoh.id")
    for key in ("entities", "quotes", "events", "timex", "mentions"):
        pandas.DataFrame(article[key])
    assert any(t["value"].startswith("2024-03-08") for t in article["timex"])
    q = article["quotes"][0]
    assert article["text"][q["begin"]:q["end"]] == q["content"]


def test_same_archive_as_warta_ingest(archive, tmp_path):
    other = str(tmp_path / "cli.db")
    subprocess.run([CLI, "ingest", "--db", other, "--quiet", ARTICLES], check=False)
    with warta.Archive(other, must_exist=True) as cli_archive:
        assert snapshot(cli_archive) == snapshot(archive)


def test_ingest_documents_texts_and_pages(tmp_path, pipeline):
    with warta.Archive(str(tmp_path / "docs.db")) as archive:
        docs = pipeline.process_batch(jsonl_lines()[:3], jsonl=True)
        assert [r["status"] for r in archive.ingest(docs)] == ["added"] * 3
        # Stored once: the same documents, and the same records annotated again.
        assert [r["status"] for r in archive.ingest(docs)] == ["duplicate"] * 3
        again = archive.ingest(jsonl_lines()[:3], jsonl=True)  # the shared pipeline
        assert [r["status"] for r in again] == ["duplicate"] * 3
        pages = sorted(os.path.join(PAGES, n) for n in os.listdir(PAGES))
        items = [{"id": p, "html": open(p, "rb").read()} for p in pages] + ["   ", "Teks."]
        rows = archive.ingest(items, pipeline, input=pages + ["x", "y"], batch=1)
        assert [r["status"] for r in rows] == ["added", "added", "error", "added"]
        assert archive.errors()[0]["input"] == "x"
        assert archive.stats()["articles"] == 6
        assert archive.search("jembatan")[0]["doc_id"] == pages[0]


def test_bad_calls(tmp_path):
    archive = warta.Archive(str(tmp_path / "bad.db"))
    with pytest.raises(warta.NotFoundError):
        archive.article(12345)
    with pytest.raises(warta.InvalidArgumentError, match="date_from"):
        archive.search("a", date_from="2024-13-01")
    with pytest.raises(TypeError, match="unexpected keyword argument 'frm'"):
        archive.search("a", frm="2024-01-01")
    with pytest.raises(TypeError):
        archive.quotes(limit="ten")
    with pytest.raises(warta.InvalidArgumentError):
        archive.quotes(limit=-1)
    with pytest.raises(warta.InvalidArgumentError, match="one number per item"):
        archive.ingest(["Teks satu."], lines=[1, 2])
    with pytest.raises(TypeError):
        archive.ingest([object()])
    archive.close()
    with pytest.raises(warta.InvalidArgumentError, match="closed"):
        archive.stats()
    with pytest.raises(warta.NotFoundError):
        warta.Archive(str(tmp_path / "none.db"), must_exist=True)
    not_archive = tmp_path / "not.db"
    not_archive.write_bytes(b"this is no SQLite file at all" * 100)
    with pytest.raises(warta.Error):
        warta.Archive(str(not_archive))
