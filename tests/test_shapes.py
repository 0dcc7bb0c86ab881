"""The shapes real report copies come in: CRLF and BOM, web-page copies, PDF exports, plain text, empty documents.

Every test string here is invented (an imaginary force, Westshire); nothing is copied from a real page.
"""
import hashlib
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.document import Document
from pipeline.extract.metrics import extract_metrics, prose_lines
from pipeline.extract.tables import extract_tables
from pipeline.facts import document_for, extract_facts
from pipeline.pages import furniture_kind
from pipeline.sources import load_manifest, read_source

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


# --- CRLF line ends and a byte-order mark ---------------------------------------------------------------

def test_line_views_leave_out_crlf_and_bom_but_text_stays_exact():
    text = "\ufeffTitle\r\n\r\nSecond line\r\nlast"
    doc = Document("d", text)
    assert doc.text == text
    assert doc.lines == ["Title", "", "Second line", "last"]
    assert [doc.line_span(n) for n in range(1, 5)] == [(1, 6), (8, 8), (10, 21), (23, 27)]
    assert doc.line_text(3) == "Second line" == text[10:21]
    assert doc.line_for_offset(0) == 1 and doc.line_for_offset(21) == 3 and doc.line_for_offset(23) == 4
    assert doc.n_lines == 4


def _crlf_bom(text: str) -> str:
    return "\ufeff" + text.replace("\n", "\r\n")


@pytest.mark.parametrize("doc_id", [e.doc_id for e in load_manifest(RAW)])
def test_crlf_bom_copy_of_each_source_gives_the_same_facts(doc_id):
    source = read_source(RAW, next(e for e in load_manifest(RAW) if e.doc_id == doc_id))
    copy = replace(source, text=_crlf_bom(source.text))
    original, variant = document_for(source), document_for(copy)
    assert variant.lines == original.lines
    assert variant.headings == original.headings and variant.contents == original.contents
    assert variant.page_map == original.page_map and variant.furniture_lines == original.furniture_lines
    assert [(s.heading, s.line_start, s.line_end, s.page_start, s.quote) for s in variant.sections] == \
        [(s.heading, s.line_start, s.line_end, s.page_start, s.quote) for s in original.sections]
    before, after = extract_facts(source, "x"), extract_facts(copy, "x")
    for table, rows in before.items():
        assert len(after[table]) == len(rows), table
        for a, b in zip(rows, after[table]):
            if "char_start" not in a:
                continue
            # every line before the fact's line gained a "\r", and line 1 a BOM: the shift is the line number
            assert b["char_start"] == a["char_start"] + a["line"], (table, a)
            assert b["char_end"] == a["char_end"] + original.line_for_offset(a["char_end"]), (table, a)
            assert b["quote"] == a["quote"] == copy.text[b["char_start"]:b["char_end"]], (table, a)
            assert {k: v for k, v in b.items() if k not in ("char_start", "char_end")} == \
                {k: v for k, v in a.items() if k not in ("char_start", "char_end")}, (table, a)


# --- web-page copies --------------------------------------------------------------------------------------

WEB = """\ufeffSkip to main content\r
English Cymraeg\r
Home > Publications > PEEL 2016 > Westshire\r
We use some essential cookies to make this website work.\r
Accept all cookies\r
\r
Westshire Constabulary: PEEL effectiveness 2016\r
\r
How effective is the force at keeping people safe and reducing crime?\r
\r
Good\r
\r
Westshire Constabulary is good at keeping people safe. It answered 91 percent of emergency calls on time.\r
\r
How well does the force protect vulnerable people from harm?\r
\r
Requires\r
improvement\r
\r
Officers referred 1,204 cases to the partnership hub in 2015, a rise of 17 percent.\r
\r
Read more about Westshire\r
Share this page\r
Contact Alex Morgan\r
Download the full report\r
Last updated 03/11/2016\r
\r
The force had 45 open investigations and has begun to review how it\r
"""


def test_web_page_furniture_is_recognised_by_form():
    doc = Document("web", WEB)
    assert doc.furniture == {1: "skip_link", 2: "language", 3: "breadcrumb", 4: "cookie_banner", 5: "cookie_banner",
                             22: "read_more", 23: "share", 24: "contact", 25: "download", 26: "last_updated"}
    assert doc.furniture_lines == frozenset(doc.furniture)
    assert doc.last_updated == "2016-11-03"


def test_web_page_headings_are_the_questions_not_furniture_or_badges():
    doc = Document("web", WEB)
    assert [(h.line, h.level, h.kind, h.text) for h in doc.headings] == [
        (9, 1, "question", "How effective is the force at keeping people safe and reducing crime?"),
        (15, 1, "question", "How well does the force protect vulnerable people from harm?")]
    assert all(s.page_start is None for s in doc.sections)


def test_web_page_metrics_skip_furniture_and_keep_exact_offsets():
    doc = Document("web", WEB)
    assert not doc.furniture_lines & set(prose_lines(doc))
    rows = extract_metrics(doc)
    assert [(r["line"], r["char_start"], r["char_end"], r["quote"]) for r in rows] == [
        (13, 364, 374, "91 percent"), (20, 513, 518, "1,204"), (20, 567, 577, "17 percent"), (28, 714, 716, "45")]
    assert all(WEB[r["char_start"]:r["char_end"]] == r["quote"] for r in rows)


@pytest.mark.parametrize("line, kind", [
    ("Skip to content", "skip_link"),
    ("[Skip to main content](#main)", "skip_link"),
    ("English | Cymraeg", "language"),
    ("Cymraeg", "language"),
    ("[Home](/) > [Publications](/publications/) > Westshire PEEL 2017", "breadcrumb"),
    ("Home › Our work", "breadcrumb"),
    ("Home | About us | Publications | News | Contact us", "navigation"),
    ("Menu", "navigation"),
    ("Share this page", "share"),
    ("Share on Facebook", "share"),
    ("Facebook Twitter LinkedIn", "share"),
    ("Facebook | Twitter | LinkedIn | Email", "share"),
    ("Contact Sam Okafor", "contact"),
    ("Contact us", "navigation"),
    ("Download the full report (PDF document)", "download"),
    ("Read more about Westshire", "read_more"),
    ("View the full report", "read_more"),
    ("Cookies on this site", "cookie_banner"),
    ("Hide this message", "cookie_banner"),
    ("You can change your cookie settings at any time.", "cookie_banner"),
    ("Last updated: 7 March 2019", "last_updated"),
    ("Page 12 of 40", "page_number"),
    ("Page 7", "page_number"),
    ("- 12 -", "page_number"),
    # the same words in a report's own text are not furniture
    ("Contact management", None),
    ("Contact Centre Performance", None),
    ("Download speeds on the new devices were slow.", None),
    ("Read more widely, the data show a fall in reports.", None),
    ("Share of calls answered within 10 seconds", None),
    ("Good", None),
    ("How effective is the force at keeping people safe?", None),
])
def test_furniture_forms(line, kind):
    assert furniture_kind(line) == kind


def test_last_updated_dates():
    assert Document("d", "Title\n\nLast updated 31/02/2016\nLast updated 7 March 2019\n").last_updated == "2019-03-07"
    assert Document("d", "Title\n\nLast updated 31/02/2016\n").furniture == {3: "last_updated"}
    assert Document("d", "Title\n\nLast updated 31/02/2016\n").last_updated is None
    assert Document("d", "Title\n\nThe force was last updated on its progress in 2016.\n").last_updated is None


# --- PDF exports ------------------------------------------------------------------------------------------

PDF = """Westshire Constabulary
PEEL inspection 2019

Contents

Introduction ..... 3
Response to the public ..... 4

1

Westshire PEEL inspection 2019
Annex: data ..... 5

2

Westshire PEEL inspection 2019

Introduction

The force recorded 3,120 burglaries between May and June.

Page 3 of 5

Westshire PEEL inspection 2019

Response to the public

The force answered 8,230 emergency calls in the year and it
Westshire PEEL inspection 2019
met its target in most months.

Page 4 of 5

Westshire PEEL inspection 2019

Annex: data

Year\tCalls\tCrimes
2018\t7,900\t41,200

Page 5 of 5

Westshire PEEL inspection 2019

2019\t8,230\t39,800
"""


def test_pdf_page_furniture_lone_numbers_page_labels_and_running_headers():
    doc = Document("pdf", PDF)
    assert doc.furniture == {9: "page_number", 11: "running_header", 14: "page_number", 16: "running_header",
                             22: "page_number", 24: "running_header", 29: "running_header", 32: "page_number",
                             34: "running_header", 41: "page_number", 43: "running_header"}


def test_pdf_contents_over_two_pages_and_pages_of_sections():
    doc = Document("pdf", PDF)
    assert [(e.line, e.title, e.page) for e in doc.contents] == [
        (6, "Introduction", 3), (7, "Response to the public", 4), (12, "Annex: data", 5)]
    assert [(s.line_start, s.level, s.heading, s.page_start, s.page_end) for s in doc.sections] == [
        (18, 1, "Introduction", 3, 4), (26, 1, "Response to the public", 4, 5), (36, 1, "Annex: data", 5, None)]


def test_pdf_metrics_skip_page_numbers_and_tables_join_over_the_page_break():
    doc = Document("pdf", PDF)
    assert [(r["line"], r["quote"], r["page"]) for r in extract_metrics(doc)] == [(20, "3,120", 3), (28, "8,230", 4)]
    tables, cells = extract_tables(doc)
    assert [(t["line"], t["n_rows"], t["n_cols"]) for t in tables] == [(38, 2, 3)]
    assert [(c["row_label"], c["column_label"], c["text"], c["line"]) for c in cells] == [
        ("2018", "Calls", "7,900", 39), ("2018", "Crimes", "41,200", 39),
        ("2019", "Calls", "8,230", 45), ("2019", "Crimes", "39,800", 45)]


def test_repeated_lines_without_page_breaks_are_not_running_headers():
    """Panel column labels and sub-headings repeat too; without page numbers or a sentence cut by them they stay."""
    text = "\n\n".join(["Chapter summary", "The force did well in the first half of the year, said the team."] * 3 +
                      ["Westshire Constabulary", "**51%**", "England and Wales average", "**47%**"] * 3)
    assert Document("d", text).furniture == {}


# --- plain-text copies: grade badges and plain titles -----------------------------------------------------

PLAIN = """Westshire Constabulary inspection

The inspectorate visited the force in the spring and spoke to officers, staff and partners about their work.

How effective is the force at keeping people safe and reducing crime?

Good

The force works well with partners to prevent crime and to keep people safe in their homes and streets.

Protecting vulnerable people

**Outstanding**

The force identifies vulnerable people at the first point of contact and shares what it knows with partners.

### Adequate

The force investigates most crimes to a reasonable standard, although supervision is not always consistent.

Requires

improvement

The force does not always attend incidents within the times it sets itself, particularly at weekends.

Not graded

To be graded

Our findings:

**Next steps:**

Share this page

The force should review how it records its decisions about which incidents to attend, and when it does so.
"""


def test_grade_badges_colons_and_furniture_are_never_plain_titles():
    doc = Document("plain", PLAIN)
    assert doc.furniture == {35: "share"}
    assert [(h.line, h.level, h.kind, h.text) for h in doc.headings] == [
        (1, 1, "plain", "Westshire Constabulary inspection"),
        (5, 1, "question", "How effective is the force at keeping people safe and reducing crime?"),
        (11, 1, "plain", "Protecting vulnerable people")]


def test_markdown_grade_badges_are_never_headings():
    doc = Document("md", "# Westshire\n\n## Protecting people\n\n### **Requires improvement**\n\n## Not graded\n\n"
                         "### To be graded\n\nText.\n")
    assert [s.heading for s in doc.sections] == ["Westshire", "Protecting people"]


# --- documents with nothing to extract --------------------------------------------------------------------

PRESS_RELEASE = ("Westshire Constabulary welcomes inspection report\n\nThe chief constable said the force would study "
                 "the findings carefully and publish its response in the spring.\n")
CUT_SHORT = "Westshire Constabulary PEEL inspection\nThe inspectorate found that the force has begun to"


def test_cut_short_page_parses():
    doc = Document("cut", CUT_SHORT)
    assert doc.n_lines == 2 and doc.furniture == {} and doc.last_updated is None
    assert extract_metrics(doc) == [] and extract_tables(doc) == ([], [])


def _entry(doc_id: str, text: str) -> str:
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return f"""- doc_id: {doc_id}
  file: {doc_id}.txt
  sha256: {sha}
  title: Westshire test document {doc_id}
  short_title: Westshire ({doc_id})
  publisher: Test publisher
  published: '2020-01-02'
  document_type: press_release
  force: Westshire Constabulary
  landing_url: https://example.org/{doc_id}/
  landing_url_verified: false
  pdf_url: null
  licence: OGL-UK-3.0
"""


def test_documents_with_no_facts_are_published_and_the_summary_says_so(tmp_path):
    from assets.build import facts_by_document, summary
    from conftest import run_build
    import pyarrow.parquet as pq

    # (one document has a nested heading, as every real release does: pipeline/checks.py's section rule
    # cannot yet read a release in which no section has a parent)
    raw = tmp_path / "raw"
    raw.mkdir()
    docs = {"westshire-press-2020": PRESS_RELEASE, "westshire-cut-2020": CUT_SHORT,
            "westshire-facts-2020": "# Westshire\n\n## Burglary\n\nThe force recorded 1,250 burglaries in 2019.\n"}
    for doc_id, text in docs.items():
        (raw / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    (raw / "sources.yaml").write_text("documents:\n" + "".join(_entry(d, t) for d, t in docs.items()), encoding="utf-8")
    result, paths = run_build(raw, tmp_path / "work")
    assert result.success
    published = Path(paths.published_dir)
    assert sorted(pq.read_table(published / "documents.parquet").column("doc_id").to_pylist()) == sorted(docs)
    assert facts_by_document(published) == {"westshire-facts-2020": {"metrics": 1}}
    text = summary(paths.manifest(), published, 1.25, 7, 7)
    lines = text.splitlines()
    assert "  - westshire-press-2020: Westshire (westshire-press-2020) (no facts)" in lines
    assert "  - westshire-facts-2020: Westshire (westshire-facts-2020) (1 metrics)" in lines
    assert [x for x in lines if "no facts extracted" in x] == [
        "Note: no facts extracted from westshire-press-2020 (its documents row and sections are published)",
        "Note: no facts extracted from westshire-cut-2020 (its documents row and sections are published)"]
    assert "Asset checks passed: 7/7" in text
