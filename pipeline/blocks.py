"""Blocks of tab-separated lines: the raw shape of tables in text exports, with exact cell offsets.

Shared by the extractors that read tables (the `tables` catalogue, the judgments table).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.document import Document
from pipeline.numbers import CellNumber, parse_cell_number, split_footnote
from pipeline.text import SUPERSCRIPT_DIGITS, normalize, strip_markup

FOOTNOTE_LINE = re.compile(f"^\\s*(?:[{SUPERSCRIPT_DIGITS}]+|<sup>\\d+</sup>)\\s*\\S")


@dataclass
class Cell:
    text: str
    start: int
    end: int

    @property
    def plain(self) -> str:
        return strip_markup(split_footnote(self.text)[0])


@dataclass
class Row:
    line: int
    cells: list[Cell]


@dataclass
class Block:
    rows: list[Row]
    parts: list[list[Row]] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.rows[0].line

    @property
    def last_line(self) -> int:
        return self.rows[-1].line


def split_row(doc: Document, line: int) -> Row:
    """Cells of a tab-separated (or pipe-separated) line with exact offsets (surrounding spaces trimmed from each
    cell)."""
    start, _ = doc.line_span(line)
    text = doc.line_text(line)
    sep = "\t" if "\t" in text else "|"
    pieces = text.split(sep)
    cells = []
    pos = start
    for i, piece in enumerate(pieces):
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        outer_pipe = sep == "|" and not body and i in (0, len(pieces) - 1)    # "| a | b |": no cell before or after
        if not outer_pipe:
            cells.append(Cell(body, pos + lead, pos + lead + len(body)))
        pos += len(piece) + 1
    return Row(line, cells)


def find_blocks(doc: Document) -> list[Block]:
    """Runs of tab-separated lines; a footnote line inside a run, or a second part with the same row labels, joins them.

    Contents entries and furniture lines (e.g. a tab-separated navigation bar) are never table rows."""
    skip = {e.line for e in doc.contents} | doc.furniture_lines
    piped, rules = doc.pipe_table_lines
    runs: list[list[Row]] = []
    current: list[Row] = []
    for number, raw in enumerate(doc.lines, start=1):
        if ("\t" in raw or number in piped) and number not in skip and raw.strip():
            current.append(split_row(doc, number))
            continue
        if number in rules:
            continue
        if current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    blocks: list[Block] = []
    for run in runs:
        if blocks and _joins(doc, blocks[-1], run):
            prev = blocks[-1]
            if _same_row_labels(prev.parts[-1], run):
                prev.parts.append(run)
            else:
                prev.parts[-1].extend(run)
            prev.rows.extend(run)
        else:
            blocks.append(Block(rows=list(run), parts=[list(run)]))
    return blocks


def gap_lines(doc: Document, a: int, b: int) -> list[str]:
    return [doc.lines[i - 1] for i in range(a + 1, b)]


def _joins(doc: Document, block: Block, run: list[Row]) -> bool:
    """Does `run` continue `block` over a page break? Page furniture in the gap (a running footer, a page number)
    is a page break, and is not counted in the gap's length."""
    furniture = [n for n in range(block.last_line + 1, run[0].line) if n in doc.furniture_lines]
    gap = [doc.lines[n - 1] for n in range(block.last_line + 1, run[0].line) if n not in doc.furniture_lines]
    if len(gap) > 6 or any(s.strip() and not FOOTNOTE_LINE.match(s) and s.strip() != "---" for s in gap):
        return False
    if _same_row_labels(block.parts[-1], run):
        return True
    same_width = abs(len(run[0].cells) - len(block.rows[-1].cells)) <= 1
    if not same_width or _row_text(run[0]) == _row_text(block.rows[0]):
        return False
    has_footnote = any(FOOTNOTE_LINE.match(s) for s in gap) or bool(furniture)
    text_only = not any(numeric(c) is not None for r in block.rows[1:] for c in r.cells[1:] if c.text)
    # a page break inside a table: a footnote block, or a blank line within a table of text
    return has_footnote and (text_only or not looks_like_header(run[0])) or \
        (len(gap) <= 2 and text_only and len(run[0].cells) == len(block.rows[-1].cells))


def _row_text(row: Row) -> list[str]:
    return [normalize(c.text) for c in row.cells]


def _labels(rows: list[Row]) -> list[str]:
    return [normalize(r.cells[0].text) for r in rows if r.cells and r.cells[0].text]


def _same_row_labels(a: list[Row], b: list[Row]) -> bool:
    la, lb = _labels(a), _labels(b)
    return len(la) >= 2 and la == lb


def numeric(cell: Cell) -> CellNumber | None:
    return parse_cell_number(cell.text) if cell.text else None


def is_year(text: str) -> bool:
    return bool(re.fullmatch(r"(19|20)\d\d", text.strip()))


def looks_like_header(row: Row) -> bool:
    values = [c for c in row.cells[1:] if c.text]
    return bool(values) and all(numeric(c) is None or is_year(c.text) for c in values)
