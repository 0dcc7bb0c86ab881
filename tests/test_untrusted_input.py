"""Input that cannot be trusted is refused or reported with the file and line, never published as it is."""
import pytest

from pipeline.sources import SourceError, decode_source, parse_manifest
from tests.test_sources import ENTRY

EXPECTED = "expected the UTF-8 text of the report (export or re-save it as UTF-8 text)"
NO_CONTROLS = "expected text without control characters (tab, line ends and form feed are allowed)"


def refusal(data: bytes, path: str = "data/raw/x.txt") -> str:
    with pytest.raises(SourceError) as err:
        decode_source(data, path)
    return str(err.value)


# ---------------------------------------------------------------- decoding: file, line, column, byte


def test_invalid_byte_deep_in_a_file_names_line_and_column_not_the_offset():
    good = "Summary of findings\n".encode() * 1233
    message = refusal(good + "The force answered 83% of calls caf".encode() + b"\xe9 after.\n")
    assert message == ("data/raw/x.txt: line 1234, column 36: invalid UTF-8 byte 0xe9 (invalid continuation byte); "
                       "expected UTF-8 text (re-save the file as UTF-8)")
    assert "position" not in message


def test_column_counts_characters_not_bytes():
    message = refusal("“Outstanding” – £3.2m\n".encode() + b"\xff")
    assert message.startswith("data/raw/x.txt: line 2, column 1: invalid UTF-8 byte 0xff (invalid start byte)")
    message = refusal("“Good” £5 ".encode() + b"\xff")
    assert message.startswith("data/raw/x.txt: line 1, column 11: invalid UTF-8 byte 0xff")


def test_a_byte_order_mark_is_not_a_column():
    assert ": line 1, column 3: " in refusal(b"\xef\xbb\xbfab\xff")


def test_a_sequence_cut_short_names_its_bytes():
    message = refusal("Crime fell".encode() + b" \xe2\x80")
    assert message.startswith("data/raw/x.txt: line 1, column 12: invalid UTF-8 bytes 0xe2 0x80 (unexpected end of data)")


def test_decoding_error_has_no_python_cause_for_the_summary_to_dig_into():
    with pytest.raises(SourceError) as err:
        decode_source(b"a\xff", "x.txt")
    assert err.value.__cause__ is None and err.value.__suppress_context__


# ---------------------------------------------------------------- control characters, binary and empty files


def test_nul_byte_is_refused_with_line_and_column():
    text = "Contents\nThe force recorded 1,204 crimes.\nIt answered\x00 999 calls.\n"
    assert refusal(text.encode()) == f"data/raw/x.txt: line 3, column 12: control character U+0000 (NUL); {NO_CONTROLS}"


def test_every_control_character_is_counted_after_the_first():
    message = refusal("Grade: \x1b[1mGood\x1b[0m\n".encode())
    assert message == (f"data/raw/x.txt: line 1, column 8: control character U+001B (ESCAPE) (and 1 more in the file); "
                       f"{NO_CONTROLS}")


def test_c1_control_from_a_mis_decoded_windows_file_is_refused():
    message = refusal("The force\u0092s response\n".encode())
    assert message.startswith("data/raw/x.txt: line 1, column 10: control character U+0092;")


@pytest.mark.parametrize("text", [
    "Summary\tPage 3\r\nThe force is good.\r\n",         # tab and CRLF line ends
    "\ufeffContents\n\fPage 2\n",                        # byte-order mark and a form feed (page break of a PDF export)
    "The force\u2019s \u00a0response \u2013 \u00a335m\n",  # curly quote, no-break space, dash, pound sign
])
def test_tab_line_ends_form_feed_and_ordinary_characters_are_text(text):
    assert decode_source(text.encode(), "x.txt") == text


@pytest.mark.parametrize("data, expected", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "data/raw/x.txt: is a PDF file, not text; "),
    (b"PK\x03\x04\x14\x00\x06\x00", "data/raw/x.txt: is a ZIP archive (a .docx, .xlsx or .odt file is one), not text; "),
    ("Contents\n".encode("utf-16"), "data/raw/x.txt: is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8; "),
    (bytes(range(256)) * 4, "data/raw/x.txt: is a binary file, not text (112 of its first 1024 bytes are control bytes); "),
])
def test_binary_files_are_refused_by_what_they_are(data, expected):
    assert refusal(data) == expected + EXPECTED


def test_empty_and_blank_files_are_refused():
    assert refusal(b"") == "data/raw/x.txt: file is empty; expected the UTF-8 text of the report"
    assert refusal(b" \n\r\n\t\n") == "data/raw/x.txt: file has only whitespace; expected the UTF-8 text of the report"


# ---------------------------------------------------------------- manifest


def test_duplicate_doc_id_names_the_duplicates_own_line():
    one = ENTRY.format(sha="a" * 64)
    entry = one.split("documents:\n", 1)[1]
    other = entry.replace("doc_id: test-doc", "doc_id: other-doc").replace("test-doc.txt", "other-doc.txt")
    manifest = one + other + entry               # test-doc on line 2, other-doc on line 15, test-doc again on line 28
    assert manifest.splitlines()[27] == "  - doc_id: test-doc"
    with pytest.raises(SourceError) as err:
        parse_manifest(manifest, "data/raw/sources.yaml")
    assert str(err.value) == ("data/raw/sources.yaml:28: duplicate doc_id 'test-doc' (first listed as entry 1, line 2); "
                              "expected each doc_id once")


def test_an_entry_problem_names_the_entrys_doc_id_line_wherever_the_key_stands():
    manifest = ENTRY.format(sha="a" * 64).replace("  - doc_id: test-doc\n    file:", "  - file:").replace(
        "    licence: OGL-UK-3.0\n", "    doc_id: test-doc\n")
    with pytest.raises(SourceError, match=r"^sources\.yaml:13: entry 1 \(doc_id 'test-doc'\) is missing key\(s\) licence"):
        parse_manifest(manifest, "sources.yaml")


# ---------------------------------------------------------------- a contents list that goes backwards

BACKWARDS_CONTENTS = """PEEL 2023-25
An inspection of Northshire Police

Contents

Overall summary\t40
Our judgments\t3
Responding to the public\t6
Protecting vulnerable people\t9

Overall summary

The force answered 62 percent of 999 calls within 10 seconds, compared with 71 percent the year before.

Our judgments

Responding to the public: Requires improvement

Responding to the public

In the year ending March 2023, the force recorded 1,204 crimes of violence against the person.

Protecting vulnerable people

Officers made 340 arrests for domestic abuse offences in 2022, up from 290 in 2021.
"""


def source_of(text: str, doc_id: str = "northshire-2023"):
    from pathlib import Path

    from pipeline.sources import Source, SourceEntry, sha256_of

    entry = SourceEntry(doc_id=doc_id, file=f"{doc_id}.txt", sha256=sha256_of(text.encode()),
                        title="PEEL 2023-25: An inspection of Northshire Police", short_title="PEEL (Northshire)",
                        publisher="HMICFRS", published="2024-01", document_type="inspection", force=None,
                        landing_url="https://example.org/northshire", landing_url_verified=False, pdf_url=None,
                        licence="OGL-UK-3.0")
    return Source(entry=entry, path=Path(entry.file), text=text)


def test_contents_going_backwards_is_a_warning_with_its_line_and_every_page_is_null():
    from pipeline.facts import extract_facts

    warnings = []
    rows = extract_facts(source_of(BACKWARDS_CONTENTS), "data/raw/northshire-2023.txt", warn=warnings.append)
    assert warnings == ["northshire-2023: line 7: contents list goes backwards ('Our judgments' on page 3 follows "
                        "'Overall summary' on page 40, line 6); pages are left null for this document"]
    facts = [r for name in ("sections", "metrics", "judgments") for r in rows[name]]
    assert [r["quote"] for r in rows["metrics"]] == ["62 percent", "71 percent", "1,204", "340", "290"]
    assert len(rows["sections"]) == 4 and len(rows["judgments"]) == 1
    assert {(r["page"], r["page_start"], r["page_end"]) for r in facts} == {(None, None, None)}
    assert {r["page_start"] for r in rows["sections"]} == {None}
    assert rows["documents"][0]["has_page_map"] is False
    assert all(r["citation"].startswith("PEEL (Northshire), line ") for r in facts)


def test_contents_in_order_still_gives_pages():
    from pipeline.document import Document

    doc = Document("northshire-2023", BACKWARDS_CONTENTS.replace("summary\t40", "summary\t1"))
    assert doc.warnings == []
    assert [(s.heading, s.page_start) for s in doc.sections] == [
        ("Overall summary", 1), ("Our judgments", 3), ("Responding to the public", 6), ("Protecting vulnerable people", 9)]


def test_real_contents_lists_do_not_go_backwards(documents):
    assert {doc_id: doc.warnings for doc_id, doc in documents.items()} == {doc_id: [] for doc_id in documents}


# ---------------------------------------------------------------- noise: numbers without words


def density_of(rows):
    import pandas as pd
    import pyarrow as pa

    from pipeline.checks import metric_density

    return metric_density(pd.DataFrame(rows["metrics"]), {"documents": pa.Table.from_pylist(rows["documents"])})


def test_lines_of_digits_are_not_prose_and_give_no_metrics():
    from pipeline.facts import extract_facts

    digits = "".join(f"{n:05d} {n * 7 % 99991:05d} {n * 13 % 99991:05d} 42%\n" for n in range(1, 2001))
    text = "Annex D: figures behind the charts\n\n" + digits + "\nThe force recorded 1,204 crimes in 2022.\n"
    rows = extract_facts(source_of(text, "digit-flood"), "x.txt")
    assert [r["quote"] for r in rows["metrics"]] == ["1,204"]


def test_a_document_of_reference_numbers_fails_the_density_check_by_name():
    from pipeline.facts import extract_facts

    lines = [f"Ref {n} {n * 7 % 90000 + 1000} {n * 13 % 90000 + 1000} {n * 17 % 90000 + 1000} {n * 19 % 90000 + 1000}"
             for n in range(101, 401)]
    text = "Annex C: reference numbers\n\n" + "\n".join(lines) + "\n\nThe force recorded 1,204 crimes in 2022.\n"
    rows = extract_facts(source_of(text, "reference-list"), "x.txt")
    assert len(rows["metrics"]) > 1000
    outcome = density_of(rows)
    assert not outcome.success and outcome.blocking
    [flagged] = outcome.samples
    assert flagged["doc_id"] == "reference-list" and flagged["share_in_sentences_without_words"] > 0.99
    assert outcome.details.startswith(f"reference-list: {len(rows['metrics']):,} metrics, 100% in sentences of fewer "
                                      f"than 4 words, ")


def test_numbers_packed_into_prose_fail_the_density_check():
    from pipeline.facts import extract_facts

    line = "Calls rose 12% and 34% and 56% and 78% then 91% and 23% and 45% and 67%. "
    rows = extract_facts(source_of("Summary\n\n" + line * 60 + "\n", "packed"), "x.txt")
    outcome = density_of(rows)
    assert not outcome.success
    assert outcome.samples[0]["doc_id"] == "packed" and outcome.samples[0]["metrics_per_1000_chars"] > 100


def test_a_few_numbers_without_words_are_not_noise():
    from pipeline.facts import extract_facts

    prose = "The force answered 83 percent of 999 calls within 10 seconds in 2022.\n" * 60
    rows = extract_facts(source_of("Summary\n\n" + prose + "Ref 12 34 56 78\n", "mostly-prose"), "x.txt")
    assert density_of(rows).success


def test_real_reports_pass_the_density_check_with_margin():
    import pyarrow.parquet as pq

    from pipeline.checks import metric_density
    from tests.conftest import PUBLISHED

    frames = {name: pq.read_table(PUBLISHED / f"{name}.parquet") for name in ("documents", "metrics")}
    outcome = metric_density(frames["metrics"].to_pandas(), frames)
    assert outcome.success
    assert outcome.details == ("5 documents: at most 1.3% of a document's metrics in sentences of fewer than 4 words, "
                               "at most 1.5 per 1,000 characters")


# ---------------------------------------------------------------- bounded work: long sentences, long lines, progress


def test_a_sentence_without_full_stops_is_cut_at_spaces_into_bounded_pieces():
    from pipeline.text import MAX_SENTENCE_CHARS, split_sentences

    text = "the force recorded 1,204 crimes and " * 150           # 5,400 characters, no full stop
    spans = split_sentences(text)
    # cut at the last space before 1,000 characters: "... crimes and the force recorded| 1,204 ..." (36 * 27 + 24)
    assert [b - a for a, b in spans] == [996, 993, 998, 997, 993, 423]
    assert all(b - a <= MAX_SENTENCE_CHARS for a, b in spans)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(text[b] == " " for _, b in spans[:-1])


def test_abbreviations_still_do_not_end_a_sentence():
    from pipeline.text import split_sentences

    text = "Some forces (e.g. Kent) answered 90% of calls. It rose. See p. 12 for more."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Some forces (e.g. Kent) answered 90% of calls.", "It rose.", "See p. 12 for more."]


def five_megabyte_line() -> str:
    words = ("the force answered calls within seconds and recorded crimes rose by percent compared with last "
             "year officers").split()
    parts, size, n = [], 0, 0
    while size < 5_000_000:
        n += 1
        word = str(n * 7919 % 99991) if n % 25 == 0 else words[n % len(words)]
        word += "%" if n % 29 == 0 else ""
        parts.append(word)
        size += len(word) + 1
    return " ".join(parts) + "\n"


def test_a_five_megabyte_line_completes_with_bounded_rows_and_progress():
    from pipeline.extract.metrics import MENTION
    from pipeline.facts import extract_facts
    from pipeline.text import MAX_SENTENCE_CHARS

    line = five_megabyte_line()
    messages = []
    rows = extract_facts(source_of(line, "one-line"), "x.txt", progress=messages.append)
    numbers = sum(1 for _ in MENTION.finditer(line))
    assert 0 < len(rows["metrics"]) <= numbers
    assert max(len(r["sentence"]) for r in rows["metrics"]) <= MAX_SENTENCE_CHARS
    assert sum(len(rows[name]) for name in rows if name != "metrics") == 1      # the documents row
    assert messages[:5] == ["one-line: page furniture (5.0 million characters, 1 lines)", "one-line: contents and headings",
                            "one-line: sections and pages", "one-line: force and framework", "one-line: tables"]
    inside = [m for m in messages if m.startswith("one-line: metrics: line 1 of 1 (")]
    assert len(inside) == 2 and inside[0].endswith("(40%)")
    assert messages[-1] == f"one-line: done (documents 1, metrics {len(rows['metrics']):,})"


def test_progress_reports_every_50000_lines():
    from pipeline.document import Document
    from pipeline.extract.metrics import extract_metrics
    from pipeline.progress import Progress

    text = ("The force answered calls quickly.\n" * 999 + "It recorded 12 crimes.\n") * 120     # 120,000 lines
    doc = Document("long-doc", text)
    messages = []
    progress = Progress(messages.append, doc.doc_id, doc.n_lines, len(text))
    progress.stage("metrics")
    rows = extract_metrics(doc, progress=progress)
    assert len(rows) == 120 and rows[-1]["line"] == 120_000
    assert messages == ["long-doc: metrics", "long-doc: metrics: line 50,000 of 120,000 (41%)",
                        "long-doc: metrics: line 100,000 of 120,000 (83%)"]


def test_spans_answer_holds_and_touches_like_a_scan():
    from pipeline.extract.metrics import Spans

    spans = Spans([(30, 34), (0, 10), (5, 25)])        # unsorted and overlapping, as a line's dates and references are
    assert [spans.holds(*q) for q in [(0, 10), (6, 20), (8, 26), (30, 34), (29, 31), (40, 41)]] == \
        [True, True, False, True, False, False]
    assert [spans.touches(*q) for q in [(24, 26), (25, 30), (33, 40), (26, 29), (34, 35)]] == \
        [True, False, True, False, False]
    assert not Spans([]).holds(0, 1) and not Spans([]).touches(0, 1)


@pytest.mark.parametrize("clause, np", [
    ("the number of recorded crimes rose", "the number of recorded crimes"),
    ("In London, the backlog has been declining, from", " the backlog"),
    ("Overall (in 2022) calls fell by", " calls"),
    ("the rate: 12 per 1,000 and", None),
])
def test_noun_phrase_patterns_tried_only_at_run_starts_find_what_search_finds(clause, np):
    from pipeline.extract.meaning import CHANGED_SUBJECT, RATE_RELATIVE, _search_np

    found = _search_np(CHANGED_SUBJECT, clause)
    assert (found.group("np") if found else None) == np
    for pattern, text in ((CHANGED_SUBJECT, clause), (RATE_RELATIVE, clause), (RATE_RELATIVE, "officers, who are working at nearly ")):
        by_search, by_runs = pattern.search(text), _search_np(pattern, text)
        assert (by_runs and (by_runs.span(), by_runs.groupdict())) == (by_search and (by_search.span(), by_search.groupdict()))


def test_a_long_clause_without_punctuation_is_searched_in_linear_time():
    from pipeline.extract.meaning import CHANGED_SUBJECT, _search_np

    clause = "officers recorded crimes and answered calls quickly " * 200          # 10,400 characters, no match
    assert _search_np(CHANGED_SUBJECT, clause) is None                         # CHANGED_SUBJECT.search needs seconds


def test_a_long_document_reports_progress_on_the_terminal_and_a_short_one_only_in_the_run_log(capsys, monkeypatch,
                                                                                              tmp_path):
    import pipeline.parsing
    from pipeline.parsing import ParseJob, parse_and_stage
    from pipeline.sources import load_manifest
    from tests.conftest import RAW

    [entry] = [e for e in load_manifest(RAW) if e.doc_id == "peel-2016-effectiveness-met"]
    job = ParseJob(RAW, tmp_path / "staging", entry, f"data/raw/{entry.file}")
    said = []
    parse_and_stage(job, say=lambda level, message: said.append((level, message)))
    assert ("info", "peel-2016-effectiveness-met: metrics") in said and capsys.readouterr().err == ""
    monkeypatch.setattr(pipeline.parsing, "LONG_WORK_CHARS", 1_000)      # as long as a 5 MB document counts
    logged = parse_and_stage(job).log
    assert logged == said       # kept, in order, when no one listens (a worker's outcome)
    assert capsys.readouterr().err == "".join(f"{message}\n" for level, message in said
                                              if level == "info" and ": parsed, " not in message)
