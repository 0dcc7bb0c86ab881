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
    assert doc.page_for_line(doc.sections[0].line_start) is None  # title page: before any listed heading


def test_no_contents_means_no_pages():
    doc = Document("d", "Title\n\nHow effective is the force at stopping crime?\nIt is good.\n")
    assert all(s.page_start is None for s in doc.sections)
    assert doc.page_for_line(3) is None


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
    assert row["quote"] == "63.9 percent" and row["page"] == 22
    assert row["line"] == peel2021.line_for_offset(start)
    assert row["citation"] == "PEEL 2021/22 (Met), p. 22"
