"""The site in a real headless Chromium (Debian's /usr/bin/chromium through chromedriver): pages load without
console errors, a highlight anchor scrolls to its quote, the metrics filter works, charts have their marks.

Screenshots of the main pages are saved under $TMPDIR/met-site-screenshots (printed in the test output) as CI
artifacts. Without chromium, chromedriver or selenium the tests skip and say which is missing.
"""
import shutil
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.site import build_site
from tests.conftest import PUBLISHED, RAW

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SHOTS = Path(tempfile.gettempdir()) / "met-site-screenshots"
KNOWN_METRIC = "casey-review-2023/m00200-0030"   # "Met officers are 82% White", Casey Review pp. 9–19


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"chromium not found at {CHROMIUM} (apt-get install chromium chromium-driver, or `make chromium` as root)"
    if not Path(CHROMEDRIVER).exists():
        return f"chromedriver not found at {CHROMEDRIVER} (apt-get install chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    return None


pytestmark = pytest.mark.skipif(_missing() is not None, reason=_missing() or "")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("browser") / "site"
    build_site(PUBLISHED, RAW, out)
    return out


@pytest.fixture(scope="module")
def browser(request):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=1366,900", "--allow-file-access-from-files"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    SHOTS.mkdir(parents=True, exist_ok=True)
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\nsite screenshots (CI artifacts): {SHOTS}")
    yield driver
    driver.quit()


def open_page(browser, site: Path, page: str) -> list[dict]:
    """Load a page (fragment and query kept) and return its console messages."""
    path, sep, rest = page.partition("?") if "?" in page else page.partition("#")
    browser.get_log("browser")  # drop messages of earlier pages
    browser.get((site / path).as_uri() + sep + rest)
    return browser.get_log("browser")


def shot(browser, name: str) -> Path:
    path = SHOTS / f"{name}.png"
    browser.save_screenshot(str(path))
    return path


PAGES = ["index.html", "documents/casey-review-2023.html", "documents/peel-2021-22-met.html",
         "tables/index.html", "tables/casey-review-2023-t002.html", "judgments.html", "findings.html",
         "metrics.html", "indicators.html"]


@pytest.mark.parametrize("page", PAGES)
def test_page_loads_without_console_errors(browser, site, page):
    logs = open_page(browser, site, page)
    assert [entry for entry in logs if entry["level"] in ("SEVERE", "WARNING")] == []
    assert browser.find_element("css selector", "h1").text.strip()
    if page == "index.html":
        assert "casey-review-2023" in browser.page_source and "Download" in browser.page_source
        shot(browser, "home")


def test_highlight_anchor_scrolls_to_the_quote_in_view(browser, site):
    metric = next(m for m in pq.read_table(PUBLISHED / "metrics.parquet").to_pylist() if m["metric_id"] == KNOWN_METRIC)
    logs = open_page(browser, site, f"documents/casey-review-2023.html#fact-{KNOWN_METRIC}")
    assert logs == []
    time.sleep(0.2)
    found = browser.execute_script("""
        const el = document.getElementById(arguments[0]);
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {text: el.textContent, top: r.top, bottom: r.bottom, height: window.innerHeight,
                onTop: el === hit || el.contains(hit), scrolled: window.scrollY,
                target: document.querySelector(':target') === el};""", f"fact-{KNOWN_METRIC}")
    assert found["text"] == metric["quote"] == "82%"
    assert 0 <= found["top"] and found["bottom"] <= found["height"], found
    assert found["onTop"], "the highlight is covered (by the sticky legend?)"
    assert found["scrolled"] > 1000 and found["target"]
    panel = browser.find_element("id", "fact-panel")
    assert panel.is_displayed()
    assert "Metric: 82%" in panel.text and "Met officers" in panel.text and metric["citation"] in panel.text
    shot(browser, "document-casey-review")


def test_clicking_a_highlight_shows_its_row(browser, site):
    open_page(browser, site, "documents/peel-2021-22-met.html")
    el = browser.find_element("id", "fact-peel-2021-22-met/j004")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
    el.click()
    panel = browser.find_element("id", "fact-panel")
    assert panel.is_displayed()
    assert "Judgment: Inadequate" in panel.text and "Responding to the public" in panel.text


def test_metrics_filter_reduces_the_visible_rows(browser, site):
    metrics = pq.read_table(PUBLISHED / "metrics.parquet").to_pylist()
    open_page(browser, site, "metrics.html")
    visible = "return [...document.querySelectorAll('table.metrics tbody tr')].filter(r => r.offsetParent).length"
    assert browser.execute_script(visible) == len(metrics)
    box = browser.find_element("id", "f-text")
    box.send_keys("trust")
    def text(m):
        return " ".join(x for x in (m["surface"], m["subject"], m["measure"], m["period"]) if x).lower()
    expected = sum("trust" in text(m) for m in metrics)
    assert 0 < expected < len(metrics)
    assert browser.execute_script(visible) == expected
    assert browser.find_element("id", "f-count").text == f"{expected:,} of {len(metrics):,} metrics"
    first = browser.find_element("css selector", "table.metrics tbody tr:not([hidden]) td:nth-child(2) a")
    assert first.get_attribute("href").split("#")[1].startswith("fact-")
    shot(browser, "metrics-explorer")
    box.clear()
    box.send_keys(" ")  # an input event with no words: every row back
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element("id", "f-doc")).select_by_value("peel-2021-22-met")
    assert browser.execute_script(visible) == sum(m["doc_id"] == "peel-2021-22-met" for m in metrics)


def test_a_document_link_to_the_metrics_list_preselects_the_document(browser, site):
    open_page(browser, site, "metrics.html?doc=mps-evidence-pop0086-2022")
    visible = "return [...document.querySelectorAll('table.metrics tbody tr')].filter(r => r.offsetParent).length"
    expected = sum(m == "mps-evidence-pop0086-2022"
                   for m in pq.read_table(PUBLISHED / "metrics.parquet", columns=["doc_id"]).column("doc_id").to_pylist())
    assert browser.execute_script(visible) == expected == 21


def test_table_pages_draw_a_mark_per_numeric_cell(browser, site):
    cells = pq.read_table(PUBLISHED / "table_cells.parquet").to_pylist()
    open_page(browser, site, "tables/casey-review-2023-t040.html")
    points = browser.find_elements("css selector", "svg.chart circle.point")
    assert len(points) == sum(c["table_id"] == "casey-review-2023/t040" and c["value"] is not None for c in cells) == 18
    assert all(p.is_displayed() for p in points)
    open_page(browser, site, "tables/casey-review-2023-t002.html")
    bars = browser.find_elements("css selector", "svg.chart rect.bar")
    assert len(bars) == sum(c["table_id"] == "casey-review-2023/t002" and c["value"] is not None for c in cells)
    # the first chart is the counts row: its tallest bar is the unlabelled total, 872,841
    widths = browser.execute_script(
        "return [...document.querySelector('svg.chart').querySelectorAll('rect.bar')].map(r => r.getBBox().width)")
    assert len(widths) == 11 and max(widths) == widths[0]
    browser.execute_script("document.querySelector('h2 + figure.chart-box').scrollIntoView()")
    shot(browser, "table-figure-1-2-chart")


def test_indicator_chart_has_a_point_per_dated_value(browser, site):
    open_page(browser, site, "indicators.html")
    points = browser.find_elements("css selector", "#public_trust + p + figure circle.point")
    metrics = pq.read_table(PUBLISHED / "metrics.parquet").to_pylist()
    dated = [m for m in metrics if m["indicator_id"] == "public_trust" and m["period_start"] and not m["in_quotation"]]
    by_population = {}
    for m in dated:
        by_population.setdefault(m["population"], []).append(m)
    drawn = [m for ms in by_population.values() if len(ms) >= 2 for m in ms]   # a series needs two points
    assert len(points) == len(drawn) == 7
    assert browser.find_elements("css selector", "#public_trust + p + figure path")   # the line is drawn
