"""Document model: line index, headings, contents list and printed pages."""
from pipeline.document import Document
from pipeline.headings import detect_headings
from pipeline.pages import parse_contents

SMALL = """# Report title

# Contents

<b>Overall summary</b>\t<b>1</b>
Our ‘judgments’\t1
Main findings .....\t4

# Overall summary

## Our 'judgments'

Text on page one.

### **A bold heading**

More text.

2.4. Protecting officer numbers

Chapter 9.1: Homophobia

How effective is the force at keeping people safe?

## Main findings

Text on page four.
"""


def test_line_index_round_trips():
    doc = Document("d", "ab\ncd\n\nef")
    assert doc.line_for_offset(0) == 1 and doc.line_for_offset(3) == 2 and doc.line_for_offset(6) == 3
    assert doc.line_text(4) == "ef" and doc.line_span(2) == (3, 5)
    assert doc.n_lines == 4


def test_contents_entries_with_tabs_dot_leaders_bold_and_curly_quotes():
    entries = parse_contents(SMALL.split("\n"))
    assert [(e.title, e.page, e.bold) for e in entries] == [
        ("Overall summary", 1, True), ("Our ‘judgments’", 1, False), ("Main findings", 4, False)]
    assert entries[1].key == "our 'judgments'"


def test_heading_forms_are_recognised():
    lines = SMALL.split("\n")
    found = {h.text: h for h in detect_headings(lines, parse_contents(lines))}
    assert found["A bold heading"].kind == "markdown"
    assert found["2.4. Protecting officer numbers"].number == "2.4"
    assert found["Chapter 9.1: Homophobia"].number == "9.1" and found["Chapter 9.1: Homophobia"].level == 2
    assert found["How effective is the force at keeping people safe?"].kind == "question"
    assert "Text on page one." not in found


def test_pages_come_from_the_contents_and_unlisted_headings_nest():
    doc = Document("d", SMALL)
    by_heading = {s.heading: s for s in doc.sections}
    assert by_heading["Our 'judgments'"].page_start == 1 and by_heading["Our 'judgments'"].in_contents
    assert by_heading["Main findings"].page_start == 4
    bold = by_heading["A bold heading"]
    assert not bold.in_contents and bold.level == 3 and (bold.page_start, bold.page_end) == (1, 4)
    assert doc.page_map.page_bounds(doc.sections[0].line_start) == (None, None)  # title page: before any listed heading


def test_no_contents_means_no_pages():
    doc = Document("d", "Title\n\nHow effective is the force at stopping crime?\nIt is good.\n")
    assert all(s.page_start is None for s in doc.sections)
    assert doc.page_map.page_bounds(3) == (None, None)


def test_bare_grade_lines_are_not_headings():
    doc = Document("d", "# Responding to the public\n\n## Inadequate\n\nText.\n")
    assert [s.heading for s in doc.sections] == ["Responding to the public"]


def test_casey_pages_from_its_contents(casey):
    by_number = {s.number: s for s in casey.sections if s.number}
    assert by_number["4.5"].page_start == 115 and by_number["4.5"].in_contents
    assert by_number["4.7"].page_start == 123 and by_number["4.7"].in_contents
    missing = by_number["4.6"]
    assert missing.heading == "4.6. Officers are not where they should be: Aid and abstractions"
    assert not missing.in_contents and (missing.page_start, missing.page_end) == (115, 123)
    assert by_number["9.1.2"].page_start == 244 and by_number["9.1.2"].parent_id == by_number["9.1"].section_id


def test_every_contents_entry_of_the_real_sources_is_matched(documents):
    for doc in documents.values():
        assert sum(h.in_contents for h in doc.headings) == len(doc.contents), doc.doc_id


def test_provenance_points_at_the_quote(peel2021):
    start = peel2021.text.index("63.9 percent")
    row = peel2021.provenance(start, start + len("63.9 percent"))
    assert row["quote"] == "63.9 percent" and row["line"] == peel2021.line_for_offset(start)
    # between the listed headings on pages 22 and 26: the page is bounded, not known
    assert (row["page"], row["page_start"], row["page_end"]) == (None, 22, 26)
    assert row["citation"] == "PEEL 2021/22 (Met), pp. 22\u201326"


def test_a_page_is_exact_only_where_the_contents_pins_it():
    text = ("# Contents\n\nSummary\t3\nOur findings\t3\nCrime data\t5\n\n# Summary\n\nThe force answered 81% of calls.\n\n"
            "# Our findings\n\nIt recorded 4,200 crimes.\n\n# Crime data\n\nIt made 310 arrests.\n")
    doc = Document("westshire", text, short_title="Westshire PEEL")
    rows = {q: doc.provenance(doc.text.rindex(q), doc.text.rindex(q) + len(q)) for q in ("81%", "4,200", "310", "Crime data")}
    assert (rows["81%"]["page"], rows["81%"]["citation"]) == (3, "Westshire PEEL, p. 3")       # two headings on p. 3
    assert (rows["4,200"]["page"], rows["4,200"]["page_start"], rows["4,200"]["page_end"]) == (None, 3, 5)
    assert rows["4,200"]["citation"] == "Westshire PEEL, pp. 3\u20135"
    assert rows["Crime data"]["page"] == 5                                              # a listed heading's own line
    assert (rows["310"]["page"], rows["310"]["page_end"], rows["310"]["citation"]) == (None, None, "Westshire PEEL, from p. 5")


def test_printed_page_numbers_of_a_pdf_export_pin_pages():
    # numbers that open each page (no contents list to tell): a line is on the page numbered above it
    head = "Page 1 of 3\n\nWestshire recorded 5,400 crimes.\n\nPage 2 of 3\n\nIt made 610 arrests.\n\nPage 3 of 3\n\nEnd of report.\n"
    doc = Document("westshire", head, short_title="Westshire")
    at = doc.text.index("610")
    assert (doc.provenance(at, at + 3)["page"], doc.provenance(at, at + 3)["citation"]) == (2, "Westshire, p. 2")
    # numbers that go down cannot be trusted: no page at all
    muddled = head.replace("Page 2 of 3", "Page 7 of 3")
    doc = Document("westshire", muddled, short_title="Westshire")
    assert doc.provenance(at, at + 3)["page"] is None and doc.page_map.label_lines == ()
