#!/usr/bin/env python3
"""`warta serve` on loopback, as a client sees it: every route of the API on a
temporary SQLite archive filled with articles written for this test, the
error statuses (400, 401, 404, 405, 413, 415), path traversal, oversized,
chunked and invalid bodies, a client that vanishes midway and a slow client
(the server stays up and answers the next request), concurrent requests, and
every response checked against docs/openapi.yaml by a small validator of the
schema keywords that file uses. Also the web interface's files: each with
its Content-Type and security headers, unknown ones 404, no directory
listing, and no way out of them (tests/browser/ui_test.py drives the
interface itself).

usage: api_test.py PATH_TO_WARTA PATH_TO_OPENAPI_YAML
Exits 77 (skipped) when hunspell-id, PyYAML or the serve command is missing.
"""
import datetime
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "support"))
from warta_server import WartaServer  # noqa: E402

WARTA = None
SPEC = None
TOKEN = "test-token-4f1c"
MAX_BODY = 65536
READ_TIMEOUT = 2
SERVER = None  # the running server: .port, .proc

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
PAGE = ("<!DOCTYPE html><html><head><title>Gempa di Cianjur - Berita</title>"
        "<meta property=\"article:published_time\" content=\"2022-11-21T14:00:00+07:00\">"
        "</head><body><nav>Beranda Nasional</nav><article><h1>Gempa di Cianjur</h1>"
        "<p>CIANJUR, KOMPAS.com - Gempa mengguncang Kabupaten Cianjur, Jawa Barat, pada "
        "Senin (21/11/2022). Bupati Herman Suherman mengatakan ratusan rumah rusak.</p>"
        "<p>\"Kami mendirikan tenda pengungsian,\" kata Herman di Cianjur. Relawan "
        "membagikan makanan kepada warga yang mengungsi.</p></article>"
        "<footer>Hak cipta</footer></body></html>")


# --- a validator for the part of JSON Schema that docs/openapi.yaml uses ----

class SchemaError(AssertionError):
    pass


def resolve(node):
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        node = SPEC
        for part in ref[2:].split("/"):
            node = node[part]
    return node


def validate(value, schema, where="$"):
    schema = resolve(schema)
    for sub in schema.get("allOf", []):
        validate(value, sub, where)
    if "oneOf" in schema:
        matches = 0
        for sub in schema["oneOf"]:
            try:
                validate(value, sub, where)
                matches += 1
            except SchemaError:
                pass
        if matches != 1:
            raise SchemaError(f"{where}: matches {matches} of oneOf, not 1")
    kind = schema.get("type")
    checks = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
    }
    if kind is not None and not checks[kind](value):
        raise SchemaError(f"{where}: {value!r:.80} is not {kind}")
    if "enum" in schema and value not in schema["enum"]:
        raise SchemaError(f"{where}: {value!r} not in {schema['enum']}")
    if "minimum" in schema and value < schema["minimum"]:
        raise SchemaError(f"{where}: {value} < {schema['minimum']}")
    if "maximum" in schema and value > schema["maximum"]:
        raise SchemaError(f"{where}: {value} > {schema['maximum']}")
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                raise SchemaError(f"{where}: no {name!r}")
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                validate(value[name], sub, f"{where}.{name}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            validate(item, schema["items"], f"{where}[{i}]")


def operation_for(method, path):
    """The spec's operation for a request path, or None for no route."""
    for template, item in SPEC["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if re.match(pattern, path):
            return item.get("get" if method == "HEAD" else method.lower())
    return None


VALIDATED = []  # (method, path, status) of every response checked


def check_against_spec(method, path, status, headers, body):
    content_type = headers.get("Content-Type", "")
    if method == "HEAD" or status == 204:
        return
    assert content_type == "application/json; charset=utf-8", \
        f"{method} {path} -> {status}: Content-Type {content_type!r}"
    data = json.loads(body)
    op = operation_for(method, path)
    if op is None:  # no route, or a method the route does not take
        schema = {"$ref": "#/components/schemas/Error"}
    else:
        responses = op["responses"]
        if str(status) not in responses and status not in (413, 500):
            raise SchemaError(f"{method} {path}: status {status} is not in the spec")
        response = resolve(responses.get(str(status), {
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}))
        schema = response["content"]["application/json"]["schema"]
    validate(data, schema, f"{method} {path} {status}")
    VALIDATED.append((method, path, status))


# --- the server and a client --------------------------------------------------

def Server(db, *extra):
    return WartaServer(WARTA, db, "--token", TOKEN, "--max-body-bytes", str(MAX_BODY),
                       "--read-timeout", str(READ_TIMEOUT), "--keep-alive", "2",
                       "--threads", "4", *extra)


def call(method, path, body=None, headers=None, params=None, token=False, check=True):
    """One request on its own connection: (status, headers, parsed JSON or None)."""
    if params:
        path_q = path + "?" + urllib.parse.urlencode(params)
    else:
        path_q = path
    h = dict(headers or {})
    if token:
        h["Authorization"] = "Bearer " + TOKEN
    if isinstance(body, (dict, list)):
        body = json.dumps(body, ensure_ascii=False).encode("utf-8")
        h.setdefault("Content-Type", "application/json")
    elif isinstance(body, str):
        body = body.encode("utf-8")
    conn = http.client.HTTPConnection("127.0.0.1", SERVER.port, timeout=120)
    try:
        conn.request(method, path_q, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        hdrs = {k: v for k, v in r.getheaders()}
    finally:
        conn.close()
    if check:
        check_against_spec(method, path, r.status, hdrs, data)
    parsed = json.loads(data) if data and method != "HEAD" else None
    return r.status, hdrs, parsed


def fetch(method, path):
    """A request for a file of the web interface: (status, headers, bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", SERVER.port, timeout=60)
    try:
        conn.request(method, path)
        r = conn.getresponse()
        return r.status, {k: v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def raw(request_bytes, read_for=10.0):
    """Sends bytes as they are; returns what the server sent back before it
    closed the connection or `read_for` seconds passed."""
    s = socket.create_connection(("127.0.0.1", SERVER.port), timeout=read_for)
    try:
        s.sendall(request_bytes)
        out = b""
        deadline = time.time() + read_for
        while time.time() < deadline:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            out += chunk
            if b"\r\n\r\n" in out:
                head, _, rest = out.partition(b"\r\n\r\n")
                m = re.search(rb"Content-Length: (\d+)", head)
                if m and len(rest) >= int(m.group(1)):
                    break
        return out
    finally:
        s.close()


def status_of(response_bytes):
    m = re.match(rb"HTTP/1\.[01] (\d{3})", response_bytes)
    return int(m.group(1)) if m else None


def body_of(response_bytes):
    return response_bytes.partition(b"\r\n\r\n")[2]


def article(id_, text, url="", published="2023-10-09", title=""):
    return {"id": id_, "url": url, "title": title, "published": published, "text": text}


def setUpModule():
    global SERVER, _tmp
    _tmp = tempfile.TemporaryDirectory()
    SERVER = Server(os.path.join(_tmp.name, "archive.db"))


def tearDownModule():
    code = SERVER.stop()
    _tmp.cleanup()
    assert code == 0, f"warta serve exited with {code}: {''.join(SERVER.log)[-2000:]}"


class ApiTest(unittest.TestCase):
    """Ordered: test_0* fill the archive that the later tests read."""

    ids = {}

    def test_00_healthz(self):
        status, headers, data = call("GET", "/healthz")
        self.assertEqual(status, 200)
        self.assertEqual(data["status"], "ok")
        self.assertEqual(data["backend"], "sqlite")
        self.assertEqual(headers.get("X-Content-Type-Options"), "nosniff")
        status, headers, data = call("HEAD", "/healthz")
        self.assertEqual(status, 200)

    def test_01_ingest_one_article(self):
        body = article("aid", AID, url="https://www.kompas.com/aid", title="Bantuan ke Gaza")
        status, _, data = call("POST", "/v1/articles", body, token=True)
        self.assertEqual(status, 201, data)
        self.assertEqual(data["outcome"], "added")
        self.assertEqual(data["id"], "aid")
        ApiTest.ids["aid"] = data["article_id"]
        # The same article again is a duplicate, not a second copy.
        status, _, data = call("POST", "/v1/articles", body, token=True)
        self.assertEqual(status, 200)
        self.assertEqual(data["outcome"], "duplicate")
        self.assertEqual(data["article_id"], ApiTest.ids["aid"])

    def test_02_ingest_a_batch(self):
        lines = [
            json.dumps(article("flood", FLOOD, url="https://regional.kompas.com/flood",
                               published="2023-10-11", title="Banjir di Gresik")),
            "",
            "{not json",
            json.dumps(article("trade", TRADE, url="https://money.kompas.com/trade",
                               published="2023-10-12", title="Ekspor kopi naik")),
            json.dumps({"id": "notext", "title": "no text"}),
            json.dumps({"id": "page", "url": "https://www.kompas.com/gempa", "html": PAGE}),
            # A copy of the flood report on another site: the same story.
            json.dumps(article("flood2", FLOOD + " Sumber: Antara.",
                               url="https://www.antaranews.com/flood", published="2023-10-11",
                               title="Banjir di Gresik")),
        ]
        status, _, data = call("POST", "/v1/articles", "\n".join(lines) + "\n",
                               headers={"Content-Type": "application/x-ndjson"}, token=True)
        self.assertEqual(status, 200, data)
        self.assertEqual((data["added"], data["duplicates"], data["errors"]), (4, 0, 2), data)
        outcomes = {r["line"]: r for r in data["results"]}
        self.assertEqual(sorted(outcomes), [1, 3, 4, 5, 6, 7])
        self.assertEqual(outcomes[3]["outcome"], "error")
        self.assertIn("not valid JSON", outcomes[3]["error"])
        self.assertEqual(outcomes[5]["outcome"], "error")
        self.assertIn("text", outcomes[5]["error"])
        for line, key in ((1, "flood"), (4, "trade"), (6, "page"), (7, "flood2")):
            self.assertEqual(outcomes[line]["outcome"], "added")
            ApiTest.ids[key] = outcomes[line]["article_id"]
        self.assertEqual(outcomes[1]["story_id"], outcomes[7]["story_id"])

    def test_03_writes_need_the_token(self):
        body = article("x", "Teks singkat tentang cuaca di Bogor hari ini.")
        for auth in (None, "Bearer wrong", "Bearer " + TOKEN + "x", TOKEN, "Basic Zm9vOmJhcg=="):
            headers = {"Authorization": auth} if auth else {}
            status, headers_back, data = call("POST", "/v1/articles", body, headers=headers)
            self.assertEqual(status, 401, auth)
            self.assertEqual(headers_back.get("WWW-Authenticate"), "Bearer")
        # Reads and annotation need no token.
        self.assertEqual(call("GET", "/v1/search", params={"q": "banjir"})[0], 200)

    def test_04_ingest_errors(self):
        status, _, data = call("POST", "/v1/articles", "{\"text\": ", token=True,
                               headers={"Content-Type": "application/json"})
        self.assertEqual(status, 400)
        self.assertIn("not valid JSON", data["error"])
        status, _, data = call("POST", "/v1/articles", "text", token=True,
                               headers={"Content-Type": "text/plain"})
        self.assertEqual(status, 415)
        status, _, data = call("POST", "/v1/articles", "\n\n", token=True,
                               headers={"Content-Type": "application/x-ndjson"})
        self.assertEqual(status, 400)
        self.assertIn("no articles", data["error"])

    def test_10_search(self):
        status, _, data = call("GET", "/v1/search", params={"q": "kirim bantuan"})
        self.assertEqual(status, 200)
        self.assertGreaterEqual(data["total"], 1)
        hit = data["hits"][0]
        self.assertEqual(hit["article_id"], ApiTest.ids["aid"])
        self.assertIn("<mark>", hit["snippet"])
        self.assertIn("</mark>", hit["snippet"])
        self.assertNotIn("\x02", hit["snippet"])
        # The snippet is HTML-safe: the quote marks of the text are escaped.
        status, _, data = call("GET", "/v1/search", params={"q": "surut"})
        self.assertIn("&quot;", data["hits"][0]["snippet"])
        # Filters and paging.
        _, _, data = call("GET", "/v1/search", params={"q": "", "from": "2023-10-11",
                                                       "to": "2023-10-11"})
        self.assertEqual({h["article_id"] for h in data["hits"]},
                         {ApiTest.ids["flood"], ApiTest.ids["flood2"]})
        _, _, data = call("GET", "/v1/search", params={"site": "money.kompas.com"})
        self.assertEqual([h["article_id"] for h in data["hits"]], [ApiTest.ids["trade"]])
        _, _, all_hits = call("GET", "/v1/search", params={"limit": "100"})
        self.assertEqual(all_hits["total"], 5)
        _, _, page = call("GET", "/v1/search", params={"limit": "2", "offset": "2"})
        self.assertEqual([h["article_id"] for h in page["hits"]],
                         [h["article_id"] for h in all_hits["hits"][2:4]])
        self.assertEqual(page["total"], 5)
        _, _, data = call("GET", "/v1/search", params={"speaker": "retno marsudi"})
        self.assertEqual([h["article_id"] for h in data["hits"]], [ApiTest.ids["aid"]])

    def test_11_bad_parameters(self):
        for params in ({"limit": "ten"}, {"limit": "0"}, {"limit": "5000"}, {"offset": "-1"},
                       {"from": "2023-02-30"}, {"to": "10/10/2023"}, {"colour": "red"}):
            status, _, data = call("GET", "/v1/search", params=params)
            self.assertEqual(status, 400, params)
            self.assertTrue(data["error"])
        self.assertEqual(call("GET", "/v1/events", params={"from": "kemarin"})[0], 400)
        self.assertEqual(call("GET", "/v1/stories", params={"min": "x"})[0], 400)
        self.assertEqual(call("GET", "/v1/articles/abc")[0], 400)

    def test_12_article(self):
        status, _, data = call("GET", f"/v1/articles/{ApiTest.ids['aid']}")
        self.assertEqual(status, 200)
        self.assertEqual(data["doc_id"], "aid")
        self.assertIn("Retno Marsudi", data["text"])
        speakers = {q["speaker"] for q in data["quotes"]}
        self.assertIn("Retno Marsudi", speakers)
        names = {e["name"] for e in data["entities"]}
        self.assertIn("Retno Marsudi", names)
        for q in data["quotes"]:  # offsets are characters of the text
            self.assertEqual(data["text"][q["begin"]:q["end"]], q["content"])
        status, _, data = call("GET", "/v1/articles/987654")
        self.assertEqual(status, 404)
        self.assertTrue(data["error"])
        status, _, data = call("GET", f"/v1/articles/{ApiTest.ids['page']}")
        self.assertEqual(data["title"], "Gempa di Cianjur")

    def test_13_quotes_events_entities_stories(self):
        status, _, data = call("GET", "/v1/quotes", params={"speaker": "Retno Marsudi"})
        self.assertEqual(status, 200)
        self.assertTrue(data["quotes"])
        self.assertTrue(all(q["speaker"] == "Retno Marsudi" for q in data["quotes"]))
        status, _, data = call("GET", "/v1/events")
        self.assertEqual(status, 200)
        self.assertTrue(data["events"])
        one = data["events"][0]
        _, _, typed = call("GET", "/v1/events", params={"type": one["type"].lower()})
        self.assertTrue(typed["events"])
        self.assertTrue(all(e["type"] == one["type"] for e in typed["events"]))
        actor = one["source"] or one["target"]
        if actor:
            _, _, by_actor = call("GET", "/v1/events", params={"actor": actor})
            self.assertTrue(by_actor["events"])
        status, _, data = call("GET", "/v1/entities", params={"name": "Retno"})
        self.assertEqual(status, 200)
        retno = [e for e in data["entities"] if e["name"] == "Retno Marsudi"]
        self.assertEqual(len(retno), 1)
        status, _, entity = call("GET", f"/v1/entities/{retno[0]['entity_id']}")
        self.assertEqual(status, 200)
        self.assertEqual(entity["name"], "Retno Marsudi")
        self.assertGreaterEqual(entity["quotes"], 1)
        self.assertEqual(call("GET", "/v1/entities/999999")[0], 404)
        status, _, data = call("GET", "/v1/stories", params={"min": "2"})
        self.assertEqual(status, 200)
        self.assertEqual(len(data["stories"]), 1)
        self.assertEqual(sorted(data["stories"][0]["article_ids"]),
                         sorted([ApiTest.ids["flood"], ApiTest.ids["flood2"]]))
        _, _, data = call("GET", "/v1/stories", params={"min": "1", "limit": "100"})
        self.assertEqual(len(data["stories"]), 4)

    def test_14_story_filter(self):
        _, _, stories = call("GET", "/v1/stories", params={"min": "2"})
        story = stories["stories"][0]["story_id"]
        status, _, data = call("GET", "/v1/search", params={"story": str(story)})
        self.assertEqual(status, 200)
        self.assertEqual(sorted(h["article_id"] for h in data["hits"]),
                         sorted([ApiTest.ids["flood"], ApiTest.ids["flood2"]]))
        _, _, data = call("GET", "/v1/stories", params={"story": str(story), "min": "1"})
        self.assertEqual([s["story_id"] for s in data["stories"]], [story])
        _, _, data = call("GET", "/v1/quotes", params={"story": str(story)})
        self.assertTrue(data["quotes"])
        self.assertTrue(all(q["story_id"] == story for q in data["quotes"]))
        _, _, data = call("GET", "/v1/events", params={"story": str(story)})
        self.assertTrue(all(e["story_id"] == story for e in data["events"]))
        self.assertEqual(call("GET", "/v1/search", params={"story": "987654"})[2]["total"], 0)
        for bad in ("0", "x", "-1"):
            self.assertEqual(call("GET", "/v1/search", params={"story": bad})[0], 400, bad)

    def test_15_facets(self):
        status, _, data = call("GET", "/v1/facets")
        self.assertEqual(status, 200)
        self.assertEqual(data["total"], 5)
        sites = {f["value"]: f["articles"] for f in data["sites"]}
        self.assertEqual(sites, {"www.kompas.com": 2, "regional.kompas.com": 1,
                                 "money.kompas.com": 1, "www.antaranews.com": 1})
        self.assertEqual(data["sites"][0]["value"], "www.kompas.com")  # most articles first
        months = {f["value"]: f["articles"] for f in data["months"]}
        self.assertEqual(months, {"2022-11": 1, "2023-10": 4})
        self.assertEqual([f["value"] for f in data["months"]], ["2022-11", "2023-10"])
        people = {f["value"]: f for f in data["people"]}
        self.assertIn("Retno Marsudi", people)
        self.assertGreater(people["Retno Marsudi"]["entity_id"], 0)
        self.assertTrue(data["types"])
        # The text and the filters narrow the counts; a facet's own filter
        # does not narrow that facet.
        _, _, data = call("GET", "/v1/facets", params={"q": "banjir", "site": "www.antaranews.com"})
        self.assertEqual(data["total"], 1)
        self.assertEqual({f["value"]: f["articles"] for f in data["sites"]},
                         {"regional.kompas.com": 1, "www.antaranews.com": 1})
        self.assertEqual({f["value"]: f["articles"] for f in data["months"]}, {"2023-10": 1})
        some_type = call("GET", "/v1/facets")[2]["types"][0]
        _, _, typed = call("GET", "/v1/facets", params={"type": some_type["value"].lower()})
        self.assertEqual(typed["total"], some_type["articles"])
        self.assertIn(some_type["value"], [f["value"] for f in typed["types"]])
        self.assertEqual(len(call("GET", "/v1/facets", params={"limit": "1"})[2]["sites"]), 1)
        for params in ({"limit": "0"}, {"offset": "0"}, {"from": "2023-13-01"}):
            self.assertEqual(call("GET", "/v1/facets", params=params)[0], 400, params)

    def test_16_network_and_timeline(self):
        _, _, events = call("GET", "/v1/events", params={"limit": "1000"})
        status, _, net = call("GET", "/v1/network")
        self.assertEqual(status, 200)
        self.assertTrue(net["complete"])
        self.assertEqual(net["events_read"], len(events["events"]))
        edges = [e for e in events["events"]
                 if e["source"] and e["target"] and not e["negated"]
                 and (e["source_id"] != e["target_id"] or not e["source_id"])
                 and e["source"].lower() != e["target"].lower()]
        self.assertEqual(net["events"], len(edges))
        self.assertEqual(sum(e["events"] for e in net["edges"]), len(edges))
        for e in net["edges"]:
            self.assertLess(e["source"], len(net["nodes"]))
            self.assertLess(e["target"], len(net["nodes"]))
        self.assertEqual([n["node"] for n in net["nodes"]], list(range(len(net["nodes"]))))
        if net["edges"]:
            one = net["edges"][0]
            _, _, typed = call("GET", "/v1/network", params={"type": one["type"]})
            self.assertEqual({e["type"] for e in typed["edges"]}, {one["type"]})
            _, _, small = call("GET", "/v1/network", params={"nodes": "1"})
            self.assertEqual(len(small["nodes"]), 1)
            self.assertEqual(small["edges"], [])
            _, _, partial = call("GET", "/v1/network", params={"max_events": "1"})
            self.assertEqual(partial["events_read"], 1)
            self.assertFalse(partial["complete"])
        status, _, tl = call("GET", "/v1/timeline")
        self.assertEqual(status, 200)
        self.assertEqual(tl["events"] + tl["undated"], len(events["events"]))
        days = sorted({e["published"] for e in events["events"] if e["published"]})
        first, last = datetime.date.fromisoformat(days[0]), datetime.date.fromisoformat(days[-1])
        span = (last - first).days + 1
        self.assertEqual(tl["bucket"], "day" if span <= 92 else "month")
        self.assertEqual(tl["periods"][0]["period"], days[0][:len(tl["periods"][0]["period"])])
        if tl["bucket"] == "day":
            self.assertEqual(len(tl["periods"]), span)  # every day, without gaps
        self.assertEqual(sum(p["total"] for p in tl["periods"]), tl["events"])
        _, _, months = call("GET", "/v1/timeline", params={"bucket": "month"})
        self.assertEqual(months["bucket"], "month")
        self.assertEqual(months["periods"][0]["period"], days[0][:7])
        self.assertEqual(months["periods"][-1]["period"], days[-1][:7])
        self.assertEqual(sum(p["total"] for p in months["periods"]), tl["events"])
        for p in tl["periods"]:
            self.assertEqual(sum(p["types"].values()), p["total"])
        _, _, october = call("GET", "/v1/timeline", params={"from": "2023-10-01", "bucket": "auto"})
        self.assertEqual(october["bucket"], "day")
        self.assertTrue(all(len(p["period"]) == 10 for p in october["periods"]))
        for params in ({"bucket": "year"}, {"max_events": "0"}, {"nodes": "3"}):
            self.assertEqual(call("GET", "/v1/timeline", params=params)[0], 400, params)

    def test_20_annotate(self):
        status, _, doc = call("POST", "/v1/annotate", {"text": AID, "published": "2023-10-09"})
        self.assertEqual(status, 200)
        self.assertEqual(doc["schema"], "warta.document/1")
        self.assertTrue(doc.get("quotes"))
        self.assertIn("tokens", doc)
        status, _, doc = call("POST", "/v1/annotate", {"html": PAGE}, params={"tokens": "false"})
        self.assertEqual(status, 200)
        self.assertNotIn("tokens", doc)
        self.assertIn("Cianjur", doc["text"])
        # Nothing was stored.
        self.assertEqual(call("GET", "/v1/search", params={"limit": "100"})[2]["total"], 5)
        for body in ("{\"text\": \"tanpa akhir", "[]", "{\"html\": 3}", "null", ""):
            status, _, data = call("POST", "/v1/annotate", body,
                                   headers={"Content-Type": "application/json"})
            self.assertEqual(status, 400, body)
            self.assertTrue(data["error"])
        status, _, _ = call("POST", "/v1/annotate", "<p>halo</p>",
                            headers={"Content-Type": "text/html"})
        self.assertEqual(status, 415)

    def test_30_methods_and_routes(self):
        for method, path, allow in (("POST", "/v1/search", "GET, HEAD"),
                                    ("GET", "/v1/articles", "POST"),
                                    ("PUT", "/v1/articles", "POST"),
                                    ("DELETE", "/v1/articles/1", "GET, HEAD"),
                                    ("PATCH", "/v1/entities/1", "GET, HEAD"),
                                    ("GET", "/v1/annotate", "POST")):
            status, headers, data = call(method, path, body="{}" if method != "GET" else None)
            self.assertEqual(status, 405, (method, path))
            self.assertEqual(headers.get("Allow"), allow)
            self.assertTrue(data["error"])
        response = raw(b"TRACE /v1/search HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        self.assertEqual(status_of(response), 405)
        for path in ("/v1", "/v1/nothing", "/v1/search/", "/v2/search", "/v1/facets/x"):
            status, _, data = call("GET", path)
            self.assertEqual(status, 404, path)
            self.assertIn("error", data)
        status, headers, _ = call("OPTIONS", "/v1/articles")
        self.assertEqual(status, 204)
        self.assertEqual(headers.get("Allow"), "POST")

    def test_31_path_traversal(self):
        for target in (b"/../../etc/passwd", b"/%2e%2e/%2e%2e/etc/passwd", b"/%2e%2e/",
                       b"/v1/../../../etc/passwd", b"/..%2f..%2f..%2fetc%2fpasswd",
                       b"/%252e%252e/etc/passwd", b"/v1/articles/..%2f..%2fetc%2fpasswd",
                       b"//etc/passwd", b"/static/../../../../etc/passwd"):
            response = raw(b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            self.assertIn(status_of(response), (400, 404), target)
            self.assertNotIn(b"root:", response)
            json.loads(body_of(response))  # a JSON error, whatever the path

    def test_32_web_interface_files(self):
        for path, content_type in (("/", "text/html; charset=utf-8"),
                                   ("/index.html", "text/html; charset=utf-8"),
                                   ("/css/warta.css", "text/css; charset=utf-8"),
                                   ("/js/app.js", "text/javascript; charset=utf-8"),
                                   ("/js/pages/article.js", "text/javascript; charset=utf-8"),
                                   ("/i18n/id.json", "application/json; charset=utf-8"),
                                   ("/favicon.svg", "image/svg+xml")):
            status, headers, body = fetch("GET", path)
            self.assertEqual(status, 200, path)
            self.assertEqual(headers.get("Content-Type"), content_type, path)
            self.assertEqual(headers.get("X-Content-Type-Options"), "nosniff", path)
            self.assertIn("default-src 'self'", headers.get("Content-Security-Policy", ""), path)
            self.assertEqual(headers.get("X-Frame-Options"), "DENY", path)
            self.assertTrue(body, path)
        _, _, index = fetch("GET", "/")
        self.assertIn(b'<script type="module" src="/js/app.js">', index)
        self.assertEqual(fetch("GET", "/index.html")[2], index)
        status, _, body = fetch("HEAD", "/")
        self.assertEqual((status, body), (200, b""))
        # Both interface tables have the same keys.
        id_table = json.loads(fetch("GET", "/i18n/id.json")[2])
        en_table = json.loads(fetch("GET", "/i18n/en.json")[2])
        self.assertEqual(sorted(id_table), sorted(en_table))
        # Unknown files, folders (no listing) and other methods.
        for path in ("/nothing.js", "/js/nothing.js", "/js/", "/js", "/i18n", "/css/",
                     "/index.html/", "/INDEX.HTML", "/index", "/js/app.js.map", "/.git/config"):
            status, headers, body = fetch("GET", path)
            self.assertEqual(status, 404, path)
            self.assertEqual(headers.get("Content-Type"), "application/json; charset=utf-8", path)
            self.assertIn("error", json.loads(body), path)
        for method in ("POST", "PUT", "DELETE"):
            status, _, body = fetch(method, "/index.html")
            self.assertEqual(status, 404, method)
            self.assertIn("error", json.loads(body))

    def test_33_no_way_out_of_the_web_files(self):
        page = fetch("GET", "/")[2]
        for target in (b"/js/../index.html", b"/js/../../etc/passwd", b"/%2e%2e/index.html",
                       b"/js/%2e%2e/index.html", b"/js/%2E%2E/%2E%2E/etc/passwd",
                       b"/js/..%2fapp.js", b"/css/..%2f..%2f..%2fetc%2fpasswd",
                       b"/%252e%252e/index.html", b"/%2fetc%2fpasswd", b"/etc/passwd",
                       b"//etc/passwd", b"/..%5c..%5cetc%5cpasswd", b"/js\..\index.html",
                       b"/js/app.js%00.html", b"/./index.html", b"/js/./app.js",
                       b"http://127.0.0.1/index.html", b"/proc/self/environ"):
            response = raw(b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            self.assertIn(status_of(response), (400, 404), target)
            body = body_of(response)
            self.assertNotIn(b"root:", body, target)
            self.assertNotIn(b"<!DOCTYPE html>", body, target)
            self.assertNotEqual(body, page, target)
            json.loads(body)  # a JSON error, whatever the path

    def test_40_oversized_body(self):
        big = json.dumps({"text": "kata " * (MAX_BODY // 4)})
        self.assertGreater(len(big), MAX_BODY)
        status, _, data = call("POST", "/v1/annotate", big)
        self.assertEqual(status, 413)
        self.assertIn(str(MAX_BODY), data["error"])
        status, _, data = call("POST", "/v1/articles", big, token=True)
        self.assertEqual(status, 413)
        # A chunked body is counted as it comes, and refused once too large;
        # the rest is dropped, so the connection answers its next request.
        def chunked(payload, size=16384):
            out = b""
            for i in range(0, len(payload), size):
                part = payload[i:i + size]
                out += b"%x\r\n" % len(part) + part + b"\r\n"
            return out + b"0\r\n\r\n"
        head = (b"POST /v1/annotate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Transfer-Encoding: chunked\r\n\r\n")
        s = socket.create_connection(("127.0.0.1", SERVER.port), timeout=30)
        statuses = []
        # (Not pipelined: cpp-httplib 0.11 reads one request per buffer.)
        for request in (head + chunked(big.encode()),
                        b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"):
            s.sendall(request)
            response = b""
            while True:
                data = s.recv(65536)
                if not data:
                    break
                response += data
                header, _, rest = response.partition(b"\r\n\r\n")
                m = re.search(rb"Content-Length: (\d+)", header)
                if m and len(rest) >= int(m.group(1)):
                    break
            statuses.append(status_of(response))
        s.close()
        self.assertEqual(statuses, [413, 200], response[:400])
        # Under the limit, a chunked body is read as any other.
        small = json.dumps({"text": "Banjir merendam Gresik pada Rabu (11/10/2023)."}).encode()
        response = raw(head.replace(b"Host: x", b"Host: x\r\nConnection: close") +
                       chunked(small, size=7))
        self.assertEqual(status_of(response), 200, response[:300])
        self.assertEqual(call("GET", "/healthz")[0], 200)

    def test_41_invalid_http(self):
        for request in (b"GARBAGE\r\n\r\n", b"GET\r\n\r\n", b"GET /healthz HTTP/9.9\r\n\r\n",
                        b"GET /" + b"a" * 10000 + b" HTTP/1.1\r\nHost: x\r\n\r\n",
                        b"POST /v1/annotate HTTP/1.1\r\nHost: x\r\nContent-Length: zz\r\n\r\n"):
            response = raw(request, read_for=5)
            status = status_of(response)
            if status is not None:  # answered, or dropped without an answer
                self.assertGreaterEqual(status, 400, request[:40])
                self.assertLess(status, 500, request[:40])
        self.assertEqual(call("GET", "/healthz")[0], 200)

    def test_42_client_vanishes_midway(self):
        # Half a body, then gone.
        s = socket.create_connection(("127.0.0.1", SERVER.port))
        s.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  b"Content-Length: 5000\r\n\r\n{\"text\": \"Banjir")
        s.close()
        # Half the headers, then gone.
        s = socket.create_connection(("127.0.0.1", SERVER.port))
        s.sendall(b"GET /v1/search?q=banjir HTTP/1.1\r\nHo")
        s.close()
        # Asks, and leaves before reading the answer (reset, not a clean close).
        for _ in range(5):
            s = socket.create_connection(("127.0.0.1", SERVER.port))
            s.sendall(b"GET /v1/search?limit=1000 HTTP/1.1\r\nHost: x\r\n\r\n")
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            s.close()
        time.sleep(0.5)
        self.assertEqual(call("GET", "/healthz")[0], 200)
        self.assertIsNone(SERVER.proc.poll())

    def test_43_slow_client(self):
        # A client that sends part of its request and then nothing is dropped
        # after the read timeout; meanwhile others are answered at once.
        slow = socket.create_connection(("127.0.0.1", SERVER.port), timeout=30)
        slow.sendall(b"POST /v1/annotate HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
        started = time.time()
        status, _, _ = call("GET", "/healthz")
        self.assertEqual(status, 200)
        self.assertLess(time.time() - started, READ_TIMEOUT)
        data = b""
        while True:
            chunk = slow.recv(4096)
            if not chunk:
                break
            data += chunk
        waited = time.time() - started
        slow.close()
        self.assertLess(waited, READ_TIMEOUT + 10, "the slow client was not dropped")
        if data:
            self.assertEqual(status_of(data), 400)
        # A client that trickles its headers a byte at a time is also served
        # as long as it keeps within the timeout.
        s = socket.create_connection(("127.0.0.1", SERVER.port), timeout=30)
        for b in b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n":
            s.send(bytes([b]))
            time.sleep(0.01)
        response = b""
        while True:
            chunk = s.recv(4096)
            if not chunk:
                break
            response += chunk
        s.close()
        self.assertEqual(status_of(response), 200)

    def test_50_concurrent_requests(self):
        results = []

        def worker(n):
            for i in range(10):
                if (n + i) % 3 == 0:
                    status = call("GET", "/v1/search", params={"q": "bantuan"}, check=False)[0]
                elif (n + i) % 3 == 1:
                    status = call("GET", f"/v1/articles/{ApiTest.ids['aid']}", check=False)[0]
                else:
                    status = call("GET", "/v1/entities", params={"name": "a"}, check=False)[0]
                results.append(status)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, [200] * 80)

    def test_51_a_busy_kept_alive_connection_stays_open(self):
        # The server closes a kept-alive connection when it is idle, not
        # after a number of requests (a client that sends its next request
        # before it reads the close loses that request).
        conn = http.client.HTTPConnection("127.0.0.1", SERVER.port, timeout=60)
        try:
            conn.connect()
            first = conn.sock
            for i in range(150):
                conn.request("GET", "/healthz")
                r = conn.getresponse()
                r.read()
                self.assertEqual(r.status, 200)
                self.assertNotEqual((r.getheader("Connection") or "").lower(), "close",
                                    f"closed after request {i + 1}")
                self.assertIs(conn.sock, first)
        finally:
            conn.close()

    def test_90_every_route_was_checked_against_the_spec(self):
        seen = {(m if m != "HEAD" else "GET", p) for m, p, _ in VALIDATED}
        for template, item in SPEC["paths"].items():
            pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
            for method in item:
                self.assertTrue(any(m == method.upper() and re.match(pattern, p)
                                    for m, p in seen), f"{method} {template} never checked")


if __name__ == "__main__":
    WARTA = sys.argv.pop(1)
    spec_path = sys.argv.pop(1)
    if not os.path.exists("/usr/share/hunspell/id_ID.dic"):
        print("skipped: hunspell-id is not installed")
        sys.exit(77)
    try:
        import yaml
    except ImportError:
        print("skipped: PyYAML (Debian's python3-yaml) is not installed")
        sys.exit(77)
    with open(spec_path, encoding="utf-8") as f:
        SPEC = yaml.safe_load(f)
    if subprocess.run([WARTA, "serve", "--help"], capture_output=True).returncode != 0:
        print("skipped: this warta has no serve command")
        sys.exit(77)
    unittest.main(verbosity=2)
