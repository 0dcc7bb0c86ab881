"""Tables and figures: a catalogue (`tables`) and tidy typed cells (`table_cells`).

Tables in these text exports are blocks of tab-separated lines, usually under a caption
(`Figure 1.2: ...`). Captions with no block after them are charts whose data is not in the
text; they are catalogued as `chart_without_data` so users know the figure exists.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.blocks import Block, Cell, Row, is_year, looks_like_header, numeric, find_blocks
from pipeline.document import Document
from pipeline.numbers import CellNumber, split_footnote
from pipeline.vocabulary import ALL_GRADES
from pipeline.text import normalize, strip_markup

CAPTION = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:\*\*)?(?P<label>(?:Figure|Table|Chart)\s+(?P<num>\d+(?:\.\d+)*)"
    r"(?:\s*\((?:left|right|middle|top|bottom)\))?)\s*[:.\-–]\s*(?P<caption>\S.*?)(?:\*\*)?\s*$"
)
SCALE_NOTE = re.compile(r"£\s?0{3}'?s?|£\s?thousands?|\(£k\)|£m\b|£\s?millions?", re.IGNORECASE)
CAPTION_REACH = 4          # non-blank lines between a caption and its table
MAX_HEADER_ROWS = 3
SENTENCE_CELL_CHARS = 40   # a text column whose cells average this long holds sentences


@dataclass
class Caption:
    line: int
    label: str
    text: str
    footnote: int | None
    start: int
    end: int


def find_captions(doc: Document) -> list[Caption]:
    out: list[Caption] = []
    for number, raw in enumerate(doc.lines, start=1):
        m = CAPTION.match(raw)
        if not m or "\t" in raw:
            continue
        caption, footnote = split_footnote(m.group("caption").replace("**", "").rstrip())
        caption = strip_markup(caption)
        start, end = doc.line_span(number)
        body = raw.rstrip()
        out.append(Caption(number, re.sub(r"\s+", " ", m.group("label")), caption.strip(), footnote,
                           start + len(raw) - len(raw.lstrip()), start + len(body)))
    return out


CHART_TITLE_WORDS = re.compile(r"\bper 1,?000\b|\bproportion of\b|\bpercentage of\b|\bnumber of\b|\brate of\b|"
                               r"\bvolume of\b", re.IGNORECASE)
CHART_TITLE_TIME = re.compile(r"\b(?:19|20)\d\d\b")


def untitled_charts(doc: Document) -> list[Caption]:
    """Chart titles printed as headings with nothing under them (the chart was an image): e.g.
    '#### Person stop and searches per 1,000 population ... in the year ending 31 March 2021'."""
    out = []
    for s in doc.sections:
        if s.kind != "markdown" or s.in_contents or not CHART_TITLE_WORDS.search(s.heading) or \
                not CHART_TITLE_TIME.search(s.heading):
            continue
        following = next((n for n in range(s.line_start + 1, doc.n_lines + 1) if doc.line_text(n).strip()), None)
        if following is None or any(x.line_start == following for x in doc.sections):
            raw = doc.line_text(s.line_start)
            start, _ = doc.line_span(s.line_start)
            out.append(Caption(s.line_start, "", s.heading, None, start + len(raw) - len(raw.lstrip()),
                               start + len(raw.rstrip())))
    return out


def is_restatement(caption: Caption, earlier: list[Caption]) -> bool:
    """A caption repeated later (e.g. in an annex listing the figures) is not a new figure."""
    words = set(re.findall(r"[a-z0-9]+", normalize(caption.text)))
    for e in earlier:
        if e.label != caption.label:
            continue
        other = set(re.findall(r"[a-z0-9]+", normalize(e.text)))
        if words and other and len(words & other) / len(words | other) >= 0.5:
            return True
    return False


def _is_title_row(row: Row, width: int) -> bool:
    filled = [c for c in row.cells if c.text]
    return width > 2 and len(filled) == 1 and bool(row.cells[0].text)


def _grade_header(row: Row) -> bool:
    grades = {g.lower() for g in ALL_GRADES}
    return sum(1 for c in row.cells if c.plain.lower() in grades) >= 3


@dataclass
class ParsedTable:
    kind: str
    header_rows: list[Row]
    body: list[Row]
    width: int
    column_labels: list[str | None]
    label_col: int
    title: str | None


def parse_block(rows: list[Row]) -> ParsedTable:
    """Split a block into title, header and body rows and decide its kind and column labels."""
    width = max(len(r.cells) for r in rows)
    for r in rows:
        r.cells += [Cell("", r.cells[-1].end, r.cells[-1].end) for _ in range(width - len(r.cells))]
    title = None
    while rows and _is_title_row(rows[0], width):
        title = rows[0].cells[0].plain
        rows = rows[1:]
    if rows and _grade_header(rows[0]):
        header = [rows[0]]
        return ParsedTable("judgment_table", header, rows[1:], width, [c.plain or None for c in rows[0].cells], -1, title)
    has_numbers = any(numeric(c) is not None and not is_year(c.text) for r in rows[1:] for c in r.cells[1:] if c.text)
    header: list[Row] = []
    if has_numbers:
        while len(header) < MAX_HEADER_ROWS and len(rows) - len(header) > 1 and looks_like_header(rows[len(header)]):
            header.append(rows[len(header)])
    elif len(rows) > 1 and all(c.text and len(c.text) <= 40 for c in rows[0].cells) and \
            any(len(c.text) > 60 for r in rows[1:] for c in r.cells):
        header = [rows[0]]
    body = rows[len(header):]
    labels = _column_labels(header, width)
    label_col = 0
    first_empty = [not r.cells[0].text for r in body]
    if width > 2 and any(first_empty) and not all(first_empty) and \
            all(r.cells[1].text and numeric(r.cells[1]) is None for r in body):
        label_col = 1
    text_columns = [j for j in range(width) if j != label_col and _sentence_column(body, j)]
    kind = "data_table" if has_numbers and not text_columns else "text_table"
    return ParsedTable(kind, header, body, width, labels, label_col, title)


def _sentence_column(body: list[Row], j: int) -> bool:
    texts = [r.cells[j].text for r in body if r.cells[j].text]
    return bool(texts) and all(numeric(r.cells[j]) is None for r in body if r.cells[j].text) and \
        sum(len(t) for t in texts) / len(texts) > SENTENCE_CELL_CHARS


def _column_labels(header: list[Row], width: int) -> list[str | None]:
    """Header levels joined with ' / '; a group header spans the empty cells to its right."""
    levels: list[list[str]] = []
    for depth, row in enumerate(header):
        texts = [c.plain for c in row.cells]
        if depth < len(header) - 1:
            for j in range(1, width):
                if not texts[j] and texts[j - 1] and j > 1:
                    texts[j] = texts[j - 1]
        levels.append(texts)
    out = []
    for j in range(width):
        parts = [lv[j] for lv in levels if lv[j]]
        out.append(" / ".join(parts) if parts else None)
    return out


def cell_unit(number: CellNumber, row_label: str, column_label: str, caption: str, scale_note: str | None) -> str | None:
    """Unit from the controlled vocabulary, from the cell, then its labels, then the caption."""
    labels = f"{row_label} {column_label}".lower()
    if number.value is None:
        return None
    if number.unit_hint == "percent":
        if re.search(r"change (?:in )?% of|change in (?:the )?(?:percentage|proportion|share)|percentage points?", labels) or (
                re.search(r"\bchange\b", labels) and re.search(r"\brate\b", labels) and not re.search(r"%\s*change", labels)):
            # the change of a rate ("1 year change in sanction detection rate") is a difference of percentages
            return "percentage_points"
        return "percent"
    if number.unit_hint:
        return number.unit_hint
    context = f"{labels} {caption.lower()}"
    if scale_note:
        return "gbp_thousands" if re.search(r"0{3}|thousand|k\)", scale_note, re.I) else "gbp"
    if re.search(r"per 1,?000\b|rate per thousand", labels) or (
            re.search(r"per 1,?000\b", caption.lower()) and not re.search(r"\bnumber of\b", labels)):
        return "rate_per_1000"
    if "£" in labels:
        return "gbp"
    if re.search(r"%|\bpercent|\bper cent|\bpercentage\b|\bproportion\b|\brate\b", labels) and not re.search(r"\bnumber\b", labels):
        return "percent"
    if re.search(r"\bdays?\b", context):
        return "duration_days" if re.search(r"\bdays?\b", labels) else ("count" if number.value == int(number.value) else "other")
    return "count" if number.value == int(number.value) else "other"


def extract_tables(doc: Document) -> tuple[list[dict], list[dict]]:
    """Rows for `tables` and `table_cells` from one document."""
    captions = find_captions(doc)
    blocks = find_blocks(doc)
    kept: list[Caption] = []
    for c in captions:
        if not is_restatement(c, kept):
            kept.append(c)
    claimed: dict[int, Caption] = {}
    block_captions: list[Caption | None] = []
    for block in blocks:
        cap = _caption_for(doc, block, kept)
        if cap is not None and cap.line in claimed:
            cap = None
        if cap is not None:
            claimed[cap.line] = cap
        block_captions.append(cap)
    items: list[tuple[int, str, object, Caption | None]] = [
        (cap.line if cap else b.first_line, "block", b, cap) for b, cap in zip(blocks, block_captions)]
    items += [(c.line, "chart", None, c) for c in kept if c.line not in claimed]
    items += [(c.line, "chart", None, c) for c in untitled_charts(doc)]
    items.sort(key=lambda x: x[0])
    tables, cells = [], []
    for ordinal, (_, what, block, cap) in enumerate(items, start=1):
        table_id = f"{doc.doc_id}/t{ordinal:03d}"
        if what == "chart":
            tables.append(_table_row(doc, table_id, cap, "chart_without_data", 0, 0, 0, None, None, None))
            continue
        parsed = parse_block(list(block.rows)) if len(block.parts) == 1 else _merge_parts(block)
        caption_text = cap.text if cap else ""
        header_text = " ".join(c.text for r in parsed.header_rows for c in r.cells)
        note = SCALE_NOTE.search(f"{caption_text} {header_text} {parsed.title or ''}")
        scale_note = note.group() if note else None
        row = _table_row(doc, table_id, cap, parsed.kind, len(parsed.body), parsed.width, len(parsed.header_rows),
                         block, scale_note, parsed.title)
        tables.append(row)
        cells += _cells(doc, table_id, parsed, caption_text, scale_note, cap.label if cap else None)
    return tables, cells


def _caption_for(doc: Document, block: Block, captions: list[Caption]) -> Caption | None:
    """The last caption above the block (captions are in line order), if at most CAPTION_REACH non-blank lines, none
    longer than 200 characters, stand between them. The gap is read back from the block only as far as the reach."""
    i = bisect.bisect_left(captions, block.first_line, key=lambda c: c.line)
    if i == 0:
        return None
    cap = captions[i - 1]
    between = 0
    for number in range(block.first_line - 1, cap.line, -1):
        s = doc.lines[number - 1]
        if s.strip():
            between += 1
            if between > CAPTION_REACH or len(s) > 200:
                return None
    return cap


def _merge_parts(block: Block) -> ParsedTable:
    """A table printed in parts with the same row labels: one table, column groups side by side."""
    parts = [parse_block(list(p)) for p in block.parts]
    first = parts[0]
    header_rows = first.header_rows
    labels = list(first.column_labels)
    body = [Row(r.line, list(r.cells)) for r in first.body]
    for p in parts[1:]:
        labels += p.column_labels[1:]
        for target, extra in zip(body, p.body):
            target.cells += extra.cells[1:]
    width = len(labels)
    return ParsedTable(first.kind, header_rows, body, width, labels, 0, first.title)


def _table_row(doc, table_id, cap, kind, n_rows, n_cols, n_header, block, scale_note, title) -> dict:
    if cap is not None:
        prov = doc.provenance(cap.start, cap.end, label=cap.label or None)
    else:
        first = block.rows[0]
        start, end = doc.line_span(first.line)
        prov = doc.provenance(start + len(doc.line_text(first.line)) - len(doc.line_text(first.line).lstrip()), end)
        if not prov["quote"].strip():
            prov = doc.provenance(start, end)
    prov.update({
        "table_id": table_id, "label": (cap.label or None) if cap else None,
        "caption": cap.text if cap else title, "kind": kind, "n_rows": n_rows, "n_cols": n_cols,
        "n_header_rows": n_header, "line_start": block.first_line if block else None,
        "line_end": block.last_line if block else None, "scale_note": scale_note,
        "footnote": cap.footnote if cap else None,
    })
    return prov


def _cells(doc: Document, table_id: str, parsed: ParsedTable, caption: str, scale_note: str | None,
           label: str | None) -> list[dict]:
    out = []
    for i, row in enumerate(parsed.body):
        label_cell = row.cells[parsed.label_col] if parsed.label_col >= 0 else None
        row_label = label_cell.plain if label_cell is not None and label_cell.text else None
        for j, cell in enumerate(row.cells):
            if j == parsed.label_col or not cell.text:
                continue
            column_label = parsed.column_labels[j] if j < len(parsed.column_labels) else None
            number = numeric(cell)
            value = unit = None
            footnote = split_footnote(cell.text)[1]
            if number is not None and parsed.kind != "judgment_table":
                unit = cell_unit(number, row_label or "", column_label or "", caption, scale_note)
                value = number.value
                footnote = number.footnote
            prov = doc.provenance(cell.start, cell.end, label=label)
            prov.update({"table_id": table_id, "row_index": i, "col_index": j, "row_label": row_label,
                         "column_label": column_label, "text": cell.text, "value": value, "unit": unit,
                         "footnote": footnote})
            out.append(prov)
    return out
