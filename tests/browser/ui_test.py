#!/usr/bin/python3
"""The web interface of `warta serve` in headless Chromium.

Starts `warta serve` on a loopback port over a new archive, fills it through
the API with the articles of tests/browser/fixtures/articles.jsonl (written
for this test) and the bundled example article, and drives Debian's chromium
through chromedriver (python3-selenium): the interface's language follows
the browser's and the user's choice, which is remembered; a search with
facets; an article with a quote and its speaker highlighted in the text and
listed beside it; a person's page with their statements on a time line; the
actor network; events over time; a story's outlets. No page may log a
JavaScript error or a Content-Security-Policy violation. Screenshots of
each page are saved.

usage: ui_test.py PATH_TO_WARTA [--screenshots DIR]
  --screenshots DIR   where the PNGs go (default: a temporary folder, kept);
                      `--screenshots docs/screenshots` regenerates the
                      README's pictures.

Run it with Debian's /usr/bin/python3, which has python3-selenium. Exits 77
(skipped) when chromium, chromedriver, selenium or hunspell-id is missing.
"""
import argparse
import json
import os
import sys
import tempfile
import time
import unittest
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tests", "support"))
from warta_server import WartaServer  # noqa: E402
FIXTURES = os.path.join(HERE, "fixtures", "articles.jsonl")
EXAMPLE = os.path.join(ROOT, "examples", "lavrov-pyongyang.txt")
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
TOKEN = "ui-test-token"
WINDOW = (1360, 940)

WARTA = None
SHOTS = None
SERVER = None


def skip(reason):
    print(f"skipped: {reason}")
    sys.exit(77)


class Server(WartaServer):
    """`warta serve` on a free loopback port, and the API's ingest."""

    def __init__(self, db):
        super().__init__(WARTA, db, "--token", TOKEN, "--threads", "4")

    def post_jsonl(self, lines):
        request = urllib.request.Request(
            self.url + "v1/articles", data=("\n".join(lines) + "\n").encode("utf-8"),
            headers={"Content-Type": "application/x-ndjson",
                     "Authorization": "Bearer " + TOKEN}, method="POST")
        with urllib.request.urlopen(request, timeout=300) as response:
            return json.loads(response.read())


def archive_lines():
    with open(FIXTURES, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    with open(EXAMPLE, encoding="utf-8") as f:
        example = f.read()
    lines.append(json.dumps({
        "id": "example-lavrov-pyongyang", "published": "2023-10-20",
        "url": "https://berita.example/internasional/lavrov-pyongyang",
        "title": "Lavrov Bantah Tuduhan AS soal Munisi dari Korea Utara", "text": example},
        ensure_ascii=False))
    return lines


def new_browser(language):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-extensions", "--hide-scrollbars",
                f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--lang={language}"):
        options.add_argument(arg)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium's sandbox refuses to run as root
    options.add_experimental_option("prefs", {"intl.accept_languages": language})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    return driver


class UiTest(unittest.TestCase):
    """Ordered: each test starts from the page the interface shows first."""

    driver = None

    @classmethod
    def setUpClass(cls):
        cls.driver = new_browser("en-US")

    @classmethod
    def tearDownClass(cls):
        if cls.driver:
            cls.driver.quit()

    # --- helpers ------------------------------------------------------------

    def open(self, route):
        """Loads the interface at `route` ("#/…") and waits for its page."""
        self.driver.get(SERVER.url + route)
        self.wait_ready()

    def go(self, route):
        """Follows an in-page route, as a link does."""
        self.driver.execute_script("window.location.hash = arguments[0]", route)
        time.sleep(0.05)
        self.wait_ready()

    def wait_ready(self, timeout=30):
        from selenium.webdriver.support.ui import WebDriverWait
        WebDriverWait(self.driver, timeout).until(lambda d: d.execute_script(
            "return document.body.dataset.state !== 'loading' && "
            "document.getElementById('main').getAttribute('aria-busy') === 'false'"))
        self.assertNotEqual(self.driver.execute_script("return document.body.dataset.state"),
                            "error", self.text("#main"))

    def wait_for(self, selector, timeout=30):
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support import expected_conditions as EC
        from selenium.webdriver.support.ui import WebDriverWait
        return WebDriverWait(self.driver, timeout).until(
            EC.presence_of_element_located((By.CSS_SELECTOR, selector)))

    def all(self, selector):
        from selenium.webdriver.common.by import By
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def one(self, selector):
        from selenium.webdriver.common.by import By
        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def text(self, selector):
        found = self.all(selector)
        return found[0].text if found else ""

    def shot(self, name, height=None):
        """Saves the window as SHOTS/name.png (`height`: a taller window)."""
        path = os.path.join(SHOTS, name + ".png")
        if height:  # (a headless window does not grow: the page is told it is taller)
            self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": WINDOW[0], "height": height, "deviceScaleFactor": 1, "mobile": False})
        self.driver.execute_script("window.scrollTo(0, 0)")
        time.sleep(0.3)  # let hover and scroll effects settle
        try:
            self.assertTrue(self.driver.save_screenshot(path), path)
        finally:
            if height:
                self.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        self.assertGreater(os.path.getsize(path), 10000, path)

    def assert_no_console_errors(self):
        errors = [e for e in self.driver.get_log("browser") if e["level"] == "SEVERE"]
        self.assertEqual(errors, [], "JavaScript errors or refused resources")

    def use_english(self):
        if self.driver.execute_script("return document.documentElement.lang") != "en":
            self.one('#lang button[data-lang="en"]').click()
            self.wait_ready()

    # --- tests ---------------------------------------------------------------

    def test_00_language_follows_the_browser_and_the_choice_is_kept(self):
        self.open("")
        self.driver.execute_script("localStorage.clear()")
        self.open("")
        browser = self.driver.execute_script("return navigator.language")
        expected = "id" if browser.lower().startswith("id") else "en"
        self.assertEqual(self.driver.execute_script("return document.documentElement.lang"),
                         expected, browser)
        # The user switches to Indonesian: the text changes, the choice is kept.
        self.one('#lang button[data-lang="id"]').click()
        self.wait_ready()
        self.assertEqual(self.driver.execute_script("return document.documentElement.lang"), "id")
        self.assertEqual(self.text('#nav a[data-nav="search"]'), "Cari")
        self.assertEqual(self.text('#nav a[data-nav="network"]'), "Jaringan")
        self.assertEqual(self.driver.execute_script("return localStorage.getItem('warta.lang')"), "id")
        self.open("#/network")
        self.assertEqual(self.text("h1"), "Jaringan aktor")
        self.one('#lang button[data-lang="en"]').click()
        self.wait_ready()
        self.assertEqual(self.text("h1"), "Actor network")
        self.open("")
        self.assertEqual(self.text('#nav a[data-nav="search"]'), "Search")
        self.assert_no_console_errors()

    def test_01_an_indonesian_browser_gets_indonesian(self):
        driver = new_browser("id")
        try:
            driver.get(SERVER.url)
            from selenium.webdriver.support.ui import WebDriverWait
            WebDriverWait(driver, 30).until(
                lambda d: d.execute_script("return document.body.dataset.state") == "ready")
            if driver.execute_script("return navigator.language").lower().startswith("id"):
                self.assertEqual(driver.execute_script("return document.documentElement.lang"), "id")
                self.assertIn("Cari", driver.execute_script(
                    "return document.querySelector('#nav').textContent"))
        finally:
            driver.quit()

    def test_10_search_with_facets(self):
        from selenium.webdriver.common.keys import Keys
        self.open("")
        self.use_english()
        self.wait_for(".hit")
        self.assertEqual(len(self.all(".hit")), 9)  # the newest articles, all of them
        box = self.one("#q")
        box.clear()
        box.send_keys("bantuan", Keys.ENTER)
        self.wait_ready()
        self.wait_for(".hit")
        self.assertIn("q=bantuan", self.driver.current_url)
        titles = [e.text for e in self.all(".hit h2 a")]
        self.assertIn("Indonesia Kirim Bantuan Kemanusiaan ke Gaza", titles)
        self.assertTrue(self.all(".hit .snippet mark"), "matching words are marked")
        self.assertIn("bantu", self.text(".hit .snippet mark").lower())
        # Facets: sites, people, event types, months.
        facet_titles = [e.text for e in self.all(".facet h3")]
        for title in ("EVENT TYPES", "PEOPLE", "SITES", "MONTH PUBLISHED"):
            self.assertIn(title, [t.upper() for t in facet_titles])
        people = [e.text for e in self.all(".facet li .facet-value")]
        self.assertIn("Retno Marsudi", people)
        self.assertTrue(self.all(".month-bars rect"))
        total = len(self.all(".hit"))
        # A site facet narrows the results and shows as a removable chip.
        link = [e for e in self.all(".facet li .facet-value") if e.text == "www.antaranews.com"][0]
        link.click()
        self.wait_ready()
        self.wait_for('.chip[data-filter="site"]')
        self.assertEqual([e.text for e in self.all(".hit .site")], ["www.antaranews.com"])
        self.one('.chip[data-filter="site"]').click()
        self.wait_ready()
        self.assertEqual(len(self.all(".hit")), total)
        # An event type facet.
        aid = [e for e in self.all(".facet li .facet-value") if e.text == "Aid"]
        self.assertTrue(aid, [e.text for e in self.all(".facet li .facet-value")])
        aid[0].click()
        self.wait_ready()
        self.wait_for('.chip[data-filter="type"]')
        self.assertIn("type=AID", self.driver.current_url)
        self.assertGreater(len(self.all(".hit")), 0)
        self.assert_no_console_errors()
        # The picture: a search for a person's statements.
        self.open("#/search?q=Retno")
        self.wait_for(".hit")
        self.shot("search")

    def test_20_article_with_a_quote_and_its_speaker_highlighted(self):
        from selenium.webdriver.common.action_chains import ActionChains
        self.open("#/search?q=bantuan%20gaza")
        self.use_english()
        link = [e for e in self.all(".hit h2 a")
                if e.text == "Indonesia Kirim Bantuan Kemanusiaan ke Gaza"][0]
        link.click()
        self.wait_ready()
        self.wait_for("#article-text")
        self.assertEqual(self.text("h1"), "Indonesia Kirim Bantuan Kemanusiaan ke Gaza")
        # The quote is marked in the text...
        quotes = [q for q in self.all("#article-text .hl-quote")
                  if "Kami akan terus membantu warga Gaza" in q.text]
        self.assertTrue(quotes, self.text("#article-text"))
        quote = quotes[0]
        speaker_id = quote.get_attribute("data-speaker-id")
        self.assertTrue(speaker_id, "the quote knows its speaker")
        index = quote.get_attribute("data-quote")
        # ...and so is its speaker, as a mention of the same entity.
        speakers = self.all(f'#article-text .hl-speaker[data-speaker-of~="{index}"]')
        self.assertEqual(len(speakers), 1)
        self.assertEqual(speakers[0].get_attribute("data-entity-id"), speaker_id)
        self.assertIn("Retno", speakers[0].text)
        self.assertIn("hl-entity", speakers[0].get_attribute("class"))
        # Beside the text: the quote with its speaker linked to their page.
        item = self.one(f'.quote-item[data-quote="{index}"]')
        speaker_link = item.find_element("css selector", "a.speaker")
        self.assertEqual(speaker_link.text, "Retno Marsudi")
        self.assertTrue(speaker_link.get_attribute("href").endswith(f"#/entity/{speaker_id}"))
        # Pointing at the listed quote lights up the quote and its speaker.
        ActionChains(self.driver).move_to_element(item).perform()
        lit = self.all("#article-text .lit")
        self.assertIn(quote, lit)
        self.assertIn(speakers[0], lit)
        # Entities, events and dates are marked and listed too.
        self.assertTrue(self.all("#article-text .hl-entity.ent-PER"))
        self.assertTrue(self.all("#article-text .hl-entity.ent-LOC"))
        self.assertTrue(self.all("#article-text .hl-timex"))
        self.assertTrue(self.all("#article-text .hl-event"))
        self.assertTrue(self.all(".panel-events .event-item"))
        self.assertTrue(self.all(".panel-timex .timex-item"))
        # A layer can be hidden.
        self.one('input[data-layer="quote"]').click()
        self.assertIn("hide-quote", self.one("#article-text").get_attribute("class"))
        self.one('input[data-layer="quote"]').click()
        # The wire copy on another site makes this article part of a story.
        story = self.one(".story-link a")
        self.assertIn("#/story/", story.get_attribute("href"))
        self.assert_no_console_errors()
        self.speaker_href = speaker_link.get_attribute("href")
        UiTest.speaker_id = speaker_id
        # The picture: the example article, with the most facts.
        self.open("#/search?q=Lavrov")
        self.all(".hit h2 a")[0].click()
        self.wait_ready()
        self.wait_for("#article-text .hl-quote")
        self.shot("article")

    def test_30_person_page(self):
        self.open(f"#/entity/{UiTest.speaker_id}")
        self.use_english()
        self.wait_for(".entity-page")
        self.assertIn("Retno Marsudi", self.text("h1"))
        dots = self.all(".quote-timeline circle.dot")
        statements = self.all(".statement")
        self.assertGreaterEqual(len(dots), 3)
        self.assertEqual(len(dots), len(statements))
        self.assertTrue(any("Serangan terhadap warga sipil" in s.text for s in statements))
        self.assertTrue(self.all(".events-section .event-row"))
        # A dot on the time line opens the article it came from.
        article = dots[0].get_attribute("data-article")
        self.driver.execute_script(
            "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", dots[0])
        self.wait_ready()
        self.wait_for("#article-text")
        self.assertTrue(self.driver.current_url.endswith(f"#/article/{article}"))
        self.open(f"#/entity/{UiTest.speaker_id}")
        self.wait_for(".quote-timeline")
        self.assert_no_console_errors()
        self.shot("person")

    def test_40_network(self):
        self.open("#/network")
        self.use_english()
        self.wait_for("svg.network")
        nodes = self.all("svg.network .node")
        edges = self.all("svg.network .edge")
        self.assertGreaterEqual(len(nodes), 5)
        self.assertGreaterEqual(len(edges), 4)
        names = [n.text for n in self.all("svg.network .node .label")]
        self.assertIn("Sergey Lavrov", names)
        types = {e.get_attribute("data-type") for e in edges}
        self.assertTrue(types <= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                  "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN",
                                  "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}, types)
        # Hiding a type in the legend hides its edges.
        button = self.all(".types-legend button")[0]
        hidden = button.get_attribute("data-type")
        button.click()
        for e in self.all(f'svg.network .edge[data-type="{hidden}"]'):
            self.assertIn("hidden", e.get_attribute("class"))
        button.click()
        # Filters: one type only.
        self.open("#/network?type=CONSULT")
        self.wait_for("svg.network")
        self.assertEqual({e.get_attribute("data-type") for e in self.all("svg.network .edge")},
                         {"CONSULT"})
        self.assert_no_console_errors()
        self.open("#/network")
        self.wait_for("svg.network")
        self.shot("network", height=1080)

    def test_50_events_over_time(self):
        self.open("#/events")
        self.use_english()
        self.wait_for("svg.events-chart")
        bars = self.all("svg.events-chart .bar")
        self.assertGreaterEqual(len(bars), 20)  # every day from 9 Oct to 6 Nov 2023
        self.assertTrue(self.all(".event-list .event-row"))
        busy = [b for b in bars if b.find_elements("css selector", "rect[data-type]")][0]
        period = busy.get_attribute("data-period")
        self.driver.execute_script(
            "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", busy)
        self.wait_ready()
        self.assertIn(f"from={period}", self.driver.current_url)
        self.assertTrue(self.all(".event-list .event-row"))
        self.open("#/events")
        self.wait_for("svg.events-chart")
        self.assert_no_console_errors()
        self.shot("events")

    def test_60_story_lists_its_outlets(self):
        self.open("#/stories")
        self.use_english()
        rows = self.all(".story-row")
        self.assertEqual(len(rows), 1)
        rows[0].find_element("css selector", "h2 a").click()
        self.wait_ready()
        self.wait_for(".outlets-table")
        outlets = [e.text for e in self.all(".outlets-table td.outlet")]
        self.assertEqual(outlets, ["www.kompas.com", "www.antaranews.com"])
        self.assert_no_console_errors()

    def test_70_unknown_pages_and_records(self):
        self.driver.get(SERVER.url + "#/article/987654")
        from selenium.webdriver.support.ui import WebDriverWait
        WebDriverWait(self.driver, 30).until(
            lambda d: d.execute_script("return document.body.dataset.state") == "error")
        self.assertTrue(self.all(".error"))
        self.driver.get(SERVER.url + "#/no/such/page")
        WebDriverWait(self.driver, 30).until(
            lambda d: d.execute_script("return document.body.dataset.state") == "error")
        self.assertTrue(self.all(".error a[href='#/search']"))
        # (The 404 answers of the API are logged by the browser as failed
        # requests; nothing else may be.)
        errors = [e for e in self.driver.get_log("browser") if e["level"] == "SEVERE"
                  and "404" not in e["message"]]
        self.assertEqual(errors, [])


def main():
    global WARTA, SHOTS, SERVER
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warta")
    parser.add_argument("--screenshots", help="folder for the PNGs")
    args, rest = parser.parse_known_args()
    WARTA = os.path.abspath(args.warta)
    try:
        import selenium  # noqa: F401  Debian's python3-selenium
    except ImportError:
        skip(f"selenium is not installed for {sys.executable} (apt-get install python3-selenium)")
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not os.access(path, os.X_OK):
            skip(f"{path} is missing (apt-get install {package})")
    if not os.path.exists("/usr/share/hunspell/id_ID.dic"):
        skip("hunspell-id is not installed")
    SHOTS = os.path.abspath(args.screenshots) if args.screenshots else tempfile.mkdtemp(
        prefix="warta-ui-")
    os.makedirs(SHOTS, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        SERVER = Server(os.path.join(tmp, "archive.db"))
        try:
            added = SERVER.post_jsonl(archive_lines())
            if added["errors"]:
                raise RuntimeError(f"fixtures not stored: {added}")
            result = unittest.main(argv=[sys.argv[0], *rest], verbosity=2, exit=False).result
        finally:
            code = SERVER.stop()
        print(f"screenshots: {SHOTS}")
        ok = result.wasSuccessful() and code == 0
        if code != 0:
            print(f"warta serve exited with {code}: {''.join(SERVER.log)[-2000:]}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
