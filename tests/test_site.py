"""The static site: spans nest on small strings; pages built from the committed release show real cells, every
fact is highlighted with its exact quote, every link resolves, and two builds give the same bytes."""
import json
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pyarrow.parquet as pq
import pytest

from pipeline.schema import REGISTRY
from pipeline.site import build_site
from pipeline.site.build import fact_anchor, table_charts
from pipeline.site.spans import Span, highlight
from tests.conftest import PUBLISHED, RAW

# ------------------------------------------------------------------------------------------ spans on small strings


def test_one_span_is_wrapped_and_the_text_escaped():
    html = highlight("a < 12% & b", [Span(4, 7, "metric", "fact-m1", "Metric: 12%")])
    assert html == 'a &lt; <span class="hl metric" id="fact-m1" title="Metric: 12%">12%</span> &amp; b'


def test_a_metric_inside_a_finding_nests():
    text = "Cut waiting to 10 days."
    html = highlight(text, [Span(15, 17, "metric", "m"), Span(0, 23, "finding", "f")])
    assert html == ('<span class="hl finding" id="f">Cut waiting to <span class="hl metric" id="m">10</span>'
                    ' days.</span>')


def test_identical_spans_nest_by_kind_judgment_outside_cell():
    html = highlight("Good", [Span(0, 4, "cell", "c"), Span(0, 4, "judgment", "j")])
    assert html == '<span class="hl judgment" id="j"><span class="hl cell" id="c">Good</span></span>'


def test_crossing_spans_are_split_with_the_id_once():
    text = "0123456789ABCDEF"
    html = highlight(text, [Span(0, 10, "finding", "A"), Span(5, 15, "metric", "B")])
    assert html == ('<span class="hl finding" id="A">01234<span class="hl metric" id="B">56789</span></span>'
                    '<span class="hl metric" data-of="B">ABCDE</span>F')
    assert html.count('id="B"') == 1


def test_adjacent_spans_do_not_nest_and_order_of_input_does_not_matter():
    spans = [Span(2, 4, "metric", "y"), Span(0, 2, "metric", "x")]
    html = highlight("1020", spans)
    assert html == '<span class="hl metric" id="x">10</span><span class="hl metric" id="y">20</span>'
    assert highlight("1020", list(reversed(spans))) == html


def test_a_span_outside_the_text_is_refused():
    with pytest.raises(ValueError, match="outside the text"):
        highlight("abc", [Span(1, 9, "metric", "m")])


# ------------------------------------------------------------------------------------------ the real site


class Page(HTMLParser):
    """Ids with the text inside each element, links, and the rows of the first printed table."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.ids: dict[str, str] = {}
        self.links: list[str] = []
        self.rows: list[list[tuple[str, str | None]]] = []
        self._open: list[tuple[str, str | None]] = []   # (tag, id) of open elements
        self._text: dict[str, list[str]] = {}
        self._cell: list[str] | None = None
        self._href: str | None = None
        self._in_printed = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table" and "printed" in (a.get("class") or ""):
            self._in_printed = True
        if self._in_printed and tag == "tr":
            self.rows.append([])
        if self._in_printed and tag in ("td", "th"):
            self._cell, self._href = [], None
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
            self._href = a["href"] if self._cell is not None else self._href
        if a.get("id"):
            self._text[a["id"]] = []
        if tag not in ("br", "meta", "link", "input", "img", "hr"):
            self._open.append((tag, a.get("id")))

    def handle_endtag(self, tag):
        if self._in_printed and tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(("".join(self._cell), self._href))
            self._cell = None
        if tag == "table":
            self._in_printed = False
        while self._open:
            t, ident = self._open.pop()
            if ident:
                self.ids[ident] = "".join(self._text[ident])
            if t == tag:
                break

    def handle_data(self, data):
        for _, ident in self._open:
            if ident:
                self._text[ident].append(data)
        if self._cell is not None:
            self._cell.append(data)


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    build_site(PUBLISHED, RAW, out)
    return out


@pytest.fixture(scope="module")
def pages(site) -> dict[str, Page]:
    return {p.relative_to(site).as_posix(): Page(p.read_text(encoding="utf-8")) for p in sorted(site.rglob("*.html"))}


def rows(name: str) -> list[dict]:
    return pq.read_table(PUBLISHED / f"{name}.parquet").to_pylist()


def test_site_has_a_page_per_document_and_per_printed_table(pages):
    docs = {d["doc_id"] for d in rows("documents")}
    assert {f"documents/{d}.html" for d in docs} <= set(pages)
    printed = {t["table_id"] for t in rows("tables") if t["kind"] != "chart_without_data"}
    assert {"tables/" + t.replace("/", "-") + ".html" for t in printed} <= set(pages)
    assert {"index.html", "metrics.html", "judgments.html", "indicators.html", "findings.html", "tables/index.html"} <= set(pages)


def test_figure_1_2_shows_burglary_offences_in_its_printed_place(pages):
    page = pages["tables/casey-review-2023-t002.html"]
    header = [text for text, _ in page.rows[0]]
    col = header.index("Burglary")
    row = next(r for r in page.rows if r[0][0] == "Number of offences")
    text, href = row[col]
    assert text == "53,864"
    assert href == "../documents/casey-review-2023.html#fact-casey-review-2023/t002/0/3"
    # the highlight it links to holds exactly those characters of the raw text
    assert pages["documents/casey-review-2023.html"].ids["fact-casey-review-2023/t002/0/3"] == "53,864"


def test_every_fact_is_highlighted_once_with_its_exact_quote(pages):
    kinds = ("metrics", "table_cells", "judgments", "findings", "tables", "grade_counts")
    checked = 0
    for name in kinds:
        for row in rows(name):
            page = pages[f"documents/{row['doc_id']}.html"]
            anchor = fact_anchor(name, row)
            assert page.ids.get(anchor) == row["quote"], f"{name} {anchor}"
            checked += 1
    assert checked == sum(pq.read_metadata(PUBLISHED / f"{n}.parquet").num_rows for n in kinds)


def test_anchor_ids_come_from_the_registry_primary_keys():
    assert REGISTRY["table_cells"].primary_key == ("table_id", "row_index", "col_index")
    assert fact_anchor("table_cells", {"table_id": "d/t002", "row_index": 0, "col_index": 3}) == "fact-d/t002/0/3"
    assert fact_anchor("metrics", {"metric_id": "d/m00200-0030"}) == "fact-d/m00200-0030"


def test_every_link_inside_the_site_resolves_and_every_fact_link_finds_its_anchor(site, pages):
    linked = set()
    for name, page in pages.items():
        for href in page.links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue
            target = (site / name).parent / unquote(parts.path) if parts.path else site / name
            resolved = target.resolve()
            if site.resolve() not in resolved.parents:   # a download beside the site, in the release folder
                assert (PUBLISHED / resolved.relative_to(site.resolve().parent)).exists(), f"{name}: {href}"
                continue
            assert resolved.exists(), f"{name}: {href}"
            if parts.fragment and resolved.suffix == ".html":
                key = resolved.relative_to(site.resolve()).as_posix()
                assert unquote(parts.fragment) in pages[key].ids, f"{name}: {href}"
                if not name.startswith("documents/"):
                    linked.add(unquote(parts.fragment))
    # every fact row is linked to its highlight from a page other than its document
    for table in ("metrics", "table_cells", "judgments", "findings", "tables", "grade_counts"):
        missing = [fact_anchor(table, r) for r in rows(table) if fact_anchor(table, r) not in linked]
        assert missing == [], f"{table}: {missing[:3]}"


def test_home_page_counts_rows_and_links_the_downloads(pages):
    home = pages["index.html"]
    assert "../metrics.parquet" in home.links and "../datapackage.json" in home.links
    assert "documents/casey-review-2023.html" in home.links


def test_judgment_grid_places_each_grade_in_its_column(site):
    html = (site / "judgments.html").read_text(encoding="utf-8")
    row = html.split("<td>Responding to the public</td>")[1].split("</tr>")[0]
    cells = row.split("<td>")[1:]
    grades = ["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate", "not graded"]
    filled = [grades[i] for i, c in enumerate(cells) if "grade" in c]
    assert filled == ["Inadequate"]
    assert 'href="documents/peel-2021-22-met.html#fact-peel-2021-22-met/j004"' in row


def test_figure_9_2_2_is_a_line_chart_with_a_point_per_cell():
    cells = [c for c in rows("table_cells") if c["table_id"] == "casey-review-2023/t040"]
    charts = table_charts(cells, "../")
    assert [kind for kind, _ in charts] == ["line"]   # rows are years 2013-14 ... 2021-22
    svg = charts[0][1]
    assert svg.count('class="point"') == 18            # female and male officers, nine years each
    assert "Female officers" in svg and "2021-22" in svg


def test_figure_1_2_charts_each_unit_with_a_bar_per_numeric_cell():
    cells = [c for c in rows("table_cells") if c["table_id"] == "casey-review-2023/t002"]
    charts = table_charts(cells, "../")
    assert all(kind == "bar" for kind, _ in charts)
    assert sum(svg.count('class="bar"') for _, svg in charts) == sum(c["value"] is not None for c in cells)
    count_chart = charts[0][1]
    assert count_chart.startswith("<svg") and ">Burglary<" in count_chart and ">53,864<" in count_chart


def test_two_builds_write_identical_bytes(site, tmp_path):
    again = tmp_path / "again"
    build_site(PUBLISHED, RAW, again)
    first = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    second = {p.relative_to(again).as_posix(): p.read_bytes() for p in sorted(again.rglob("*")) if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_version_and_date_come_from_the_datapackage_and_stale_pages_go(tmp_path):
    release = tmp_path / "release"
    shutil.copytree(PUBLISHED, release, ignore=shutil.ignore_patterns("*.duckdb", "site"))
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    package.update(version="1.2.0", created="2026-11-24")
    (release / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    stale = release / "site" / "documents" / "removed-report.html"
    stale.parent.mkdir(parents=True)
    stale.write_text("old", encoding="utf-8")
    build_site(release, RAW, release / "site")
    assert "Release 1.2.0 of 2026-11-24" in (release / "site" / "index.html").read_text(encoding="utf-8")
    assert not stale.exists()


def test_a_raw_text_that_is_not_the_released_one_is_refused(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    with open(raw / "peel-2016-effectiveness-met.txt", "ab") as f:
        f.write(b"\nedited")
    with pytest.raises(ValueError, match="peel-2016-effectiveness-met.txt: sha256 differs"):
        build_site(PUBLISHED, raw, tmp_path / "site")


def test_the_release_step_builds_the_site_with_the_release(fresh_release):
    site_dir = fresh_release / "site"
    assert (site_dir / "index.html").is_file() and (site_dir / "documents" / "casey-review-2023.html").is_file()
    from pipeline.release import SITE_STAMP, site_code_version

    assert (site_dir / SITE_STAMP).read_text(encoding="utf-8").strip() == site_code_version()


def test_a_site_built_by_other_site_code_is_rebuilt_in_an_unchanged_release(fresh_work, tmp_path):
    from tests.conftest import copy_work, run_build

    work = copy_work(fresh_work, tmp_path / "work")
    stamp = work / "published" / "site" / ".site-version"
    stamp.write_text("older-site-code\n", encoding="utf-8")
    (work / "published" / "site" / "index.html").write_text("stale", encoding="utf-8")
    version = (work / "published").resolve().name
    run_build(RAW, work)
    assert (work / "published").resolve().name == version          # the data did not change: no new release
    assert (work / "published" / "site" / "index.html").read_text(encoding="utf-8").startswith("<!doctype html>")


def test_without_javascript_a_highlight_carries_its_row_as_a_tooltip(site):
    html = (site / "documents" / "casey-review-2023.html").read_text(encoding="utf-8")
    start = html.index('id="fact-casey-review-2023/m00200-0030"')
    element = html[html.rindex("<span", 0, start):html.index("</span>", start)]
    assert 'class="hl metric"' in element and element.endswith(">82%")
    assert "value: 82%\nunit: percent\nsubject: Met officers" in element
    assert "citation: Casey Review (2023), pp. 9–19" in element


def test_a_reused_page_equals_a_freshly_rendered_one_and_changed_inputs_render_again(site, tmp_path):
    """Pages whose inputs hash the same are reused from the previous site (hard-linked), byte for byte what
    rendering gives; a changed input (here the release line every page shows) renders them again, and writing a
    new page never writes through a link into the previous site."""
    fresh = {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}
    out = tmp_path / "next"
    counts = build_site(PUBLISHED, RAW, out, reuse_from=site)
    pages = [p for p in fresh if p.startswith(("documents/", "tables/")) and p != "tables/index.html"]
    assert counts == {"reused": len(pages), "rendered": 6}
    again = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert again == fresh
    assert (out / pages[0]).stat().st_ino == (site / pages[0]).stat().st_ino
    parts = sorted((site / ".parts").glob("*.part"))      # each document's rows of the metrics list, reused too
    assert parts and all((out / ".parts" / p.name).stat().st_ino == p.stat().st_ino for p in parts)

    release = tmp_path / "release"
    shutil.copytree(PUBLISHED, release, ignore=shutil.ignore_patterns("*.duckdb", "site"))
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    package.update(version="9.9.9")
    (release / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    counts = build_site(release, RAW, out, reuse_from=site)
    assert counts == {"reused": 0, "rendered": len(pages) + 6}
    assert "Release 9.9.9" in (out / pages[0]).read_text(encoding="utf-8")
    assert (site / pages[0]).read_bytes() == fresh[pages[0]]          # the previous site is untouched



def _edit(release: Path, table: str, where, column: str) -> None:
    """Append " (edited)" to `column` of the first row of `table` in a release copy for which `where(row)` holds."""
    from pipeline.release import to_arrow, write_parquet

    rows = pq.read_table(release / f"{table}.parquet").to_pylist()
    row = next(r for r in rows if where(r))
    row[column] = (row[column] or "") + " (edited)"
    write_parquet(to_arrow(table, rows), release / f"{table}.parquet")


def test_a_page_is_rendered_again_exactly_when_one_of_its_inputs_changed(site, tmp_path):
    """Each kind of input of a document's pages, changed in one document: its rows in a fact table, a catalogue row
    its titles name (an indicator), its tables, its documents row. Those documents' pages are rendered again, the
    untouched document's page is reused, and the result is what a fresh build of the changed release gives; with
    nothing changed every page is reused."""
    release = tmp_path / "release"
    shutil.copytree(PUBLISHED, release, ignore=shutil.ignore_patterns("*.duckdb", "site"))
    _edit(release, "metrics", lambda r: r["doc_id"] == "mps-evidence-pop0086-2022", "measure")
    _edit(release, "tables", lambda r: r["doc_id"] == "casey-review-2023" and r["kind"] == "data_table", "caption")
    _edit(release, "documents", lambda r: r["doc_id"] == "peel-2021-22-met", "title")
    # named only by metrics of peel-2016-legitimacy-met
    _edit(release, "indicators", lambda r: r["indicator_id"] == "victim_satisfaction", "name")

    out = tmp_path / "next"
    counts = build_site(release, RAW, out, reuse_from=site)
    reused = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.html")
                    if (site / p.relative_to(out)).is_file() and os.path.samefile(p, site / p.relative_to(out)))
    assert reused == ["documents/peel-2016-effectiveness-met.html"]
    assert counts["reused"] == 1
    fresh = tmp_path / "fresh"
    build_site(release, RAW, fresh)
    files = lambda root: {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))  # noqa: E731
                          if p.is_file() and ".parts" not in p.parts}
    assert files(out) == files(fresh)
    assert "(edited)" in (out / "documents" / "peel-2016-legitimacy-met.html").read_text(encoding="utf-8")

    again = tmp_path / "again"
    pages = [p for p in files(out) if p.startswith(("documents/", "tables/")) and p != "tables/index.html"]
    assert build_site(release, RAW, again, reuse_from=out) == {"reused": len(pages), "rendered": 6}

    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    package["licenses"][0]["title"] += " (edited)"      # shown on every document's page, not on a table's
    (release / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    documents = [p for p in pages if p.startswith("documents/")]
    assert build_site(release, RAW, tmp_path / "licences", reuse_from=again) == {
        "reused": len(pages) - len(documents), "rendered": len(documents) + 6}
