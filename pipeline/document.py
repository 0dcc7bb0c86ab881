"""The Document model: raw text kept exactly as decoded, a line index, headings, sections and pages.

All offsets are 0-based character offsets into `Document.text`; all lines are 1-based. `text` is the file
exactly as decoded (a byte-order mark and "\r\n" line ends included); the line views (`line_span`,
`line_text`, `lines`) leave the line end and the byte-order mark out, so offsets stay exact on any copy.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from pipeline.headings import Heading, body_form, detect_headings
from pipeline.pages import (ContentsEntry, PageMap, build_page_map, contents_going_backwards, find_furniture,
                            form_furniture, last_updated_date, parse_contents)
from pipeline.text import pipe_table_lines

BOM = "\ufeff"


@dataclass(frozen=True)
class Section:
    section_id: str
    doc_id: str
    parent_id: str | None
    level: int
    number: str | None
    heading: str
    line_start: int
    line_end: int
    char_start: int
    char_end: int
    quote: str
    page_start: int | None
    page_end: int | None
    in_contents: bool
    kind: str


@dataclass
class Document:
    doc_id: str
    text: str
    short_title: str = ""
    source_url: str | None = None
    title: str = ""
    published: str | None = None
    document_type: str | None = None
    declared_framework: str | None = None   # the manifest's `framework`, where it states one
    line_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self.line_starts = starts

    @property
    def n_lines(self) -> int:
        return len(self.line_starts) - (1 if self.text.endswith("\n") else 0)

    def line_for_offset(self, offset: int) -> int:
        """1-based line that holds character `offset`."""
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"{self.doc_id}: offset {offset} outside text of {len(self.text)} characters")
        return bisect.bisect_right(self.line_starts, offset)

    def line_span(self, line: int) -> tuple[int, int]:
        """(start, end) offsets of a line's text: without its line end ("\n" or "\r\n") and, on line 1,
        without a byte-order mark. `text[start:end]` is the line as every extractor sees it."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        if start == 0 and self.text.startswith(BOM):
            start = 1
        if end > start and self.text[end - 1] == "\r":
            end -= 1
        return start, end

    def line_text(self, line: int) -> str:
        start, end = self.line_span(line)
        return self.text[start:end]

    @cached_property
    def lines(self) -> list[str]:
        """Every line's text (see `line_span`), one entry per line start; `lines[n - 1]` is line n."""
        text = self.text
        return [text[a:b] for a, b in map(self.line_span, range(1, len(self.line_starts) + 1))]

    @cached_property
    def furniture(self) -> dict[int, str]:
        """{line: kind} of page and web-page furniture (see `pipeline.pages.find_furniture`)."""
        by_form = form_furniture(self.lines)
        found = find_furniture(self.lines, is_heading=body_form, by_form=by_form)
        listed = {e.key for e in parse_contents(self.lines, skip=found)}
        # a line the contents list names is a heading of the body, however often it is repeated
        return find_furniture(self.lines, is_heading=body_form, listed=listed, by_form=by_form) if listed else found

    @cached_property
    def pipe_table_lines(self) -> tuple[frozenset[int], frozenset[int]]:
        """(row lines, rule lines) of tables written with pipes (see `pipeline.text.pipe_table_lines`): read by both
        the table and the prose readers, so found once."""
        return pipe_table_lines(self.lines)

    @cached_property
    def furniture_lines(self) -> frozenset[int]:
        """1-based lines that are furniture, not content: never headings, never prose."""
        return frozenset(self.furniture)

    @cached_property
    def last_updated(self) -> str | None:
        """ISO date of the first valid 'Last updated dd/mm/yyyy' line of a web-page copy, else None."""
        for number in sorted(self.furniture):
            if self.furniture[number] == "last_updated":
                iso = last_updated_date(self.lines[number - 1])
                if iso:
                    return iso
        return None

    @cached_property
    def contents(self) -> list[ContentsEntry]:
        return parse_contents(self.lines, skip=self.furniture_lines)

    @cached_property
    def headings(self) -> list[Heading]:
        return detect_headings(self.lines, self.contents, self.furniture_lines)

    @cached_property
    def contents_backwards(self) -> tuple[ContentsEntry, ContentsEntry] | None:
        """The first pair of contents entries whose pages go backwards, else None (see `warnings`)."""
        return contents_going_backwards(self.contents)

    @cached_property
    def page_map(self) -> PageMap:
        """Pages from the contents list and printed page numbers; none at all when the contents list's page numbers
        go backwards (which entry would be wrong?), so no fact is given a page it may not be on."""
        if self.contents_backwards:
            return PageMap((), ())
        return build_page_map(self.headings, self.lines, self.furniture)

    @property
    def warnings(self) -> list[str]:
        """What in the text could not be trusted and was left out, with its line, for the build to report."""
        found = []
        if self.contents_backwards:
            earlier, later = self.contents_backwards
            found.append(f"{self.doc_id}: line {later.line}: contents list goes backwards ('{later.title}' on page "
                         f"{later.page} follows '{earlier.title}' on page {earlier.page}, line {earlier.line}); "
                         f"pages are left null for this document")
        return found

    @cached_property
    def sections(self) -> list[Section]:
        return build_sections(self)

    @cached_property
    def _section_starts(self) -> list[int]:
        return [s.line_start for s in self.sections]

    @cached_property
    def heading_lines(self) -> frozenset[int]:
        return frozenset(self._section_starts)

    @cached_property
    def section_by_id(self) -> dict[str, Section]:
        return {s.section_id: s for s in self.sections}

    def section_for_line(self, line: int) -> Section | None:
        """Innermost section whose span holds the line (None before the first heading)."""
        i = bisect.bisect_right(self._section_starts, line) - 1
        return self.sections[i] if i >= 0 else None

    def citation(self, line: int, label: str | None = None) -> str:
        """`Casey Review (2023), p. 38, Figure 1.2`; where the page is only bounded, `pp. 289–308` (or `from p. 289`
        after the last listed heading); `line 12` where the document has no contents list."""
        first, last = self.page_map.page_bounds(line)
        parts = [self.short_title or self.doc_id]
        if first is None:
            parts.append(f"line {line}")
        elif last is None:
            parts.append(f"from p. {first}")
        else:
            parts.append(f"p. {first}" if first == last else f"pp. {first}\u2013{last}")
        if label:
            parts.append(label)
        return ", ".join(parts)

    def provenance(self, char_start: int, char_end: int, label: str | None = None) -> dict:
        """The provenance columns for a fact whose exact source text is text[char_start:char_end]."""
        line = self.line_for_offset(char_start)
        section = self.section_for_line(line)
        page_start, page_end = self.page_map.page_bounds(line)
        return {
            "doc_id": self.doc_id,
            "line": line,
            "char_start": char_start,
            "char_end": char_end,
            "quote": self.text[char_start:char_end],
            "page": page_start if page_start is not None and page_start == page_end else None,
            "page_start": page_start,
            "page_end": page_end,
            "section_id": section.section_id if section else None,
            "source_url": self.source_url,
            "citation": self.citation(line, label),
        }


def build_sections(doc: Document) -> list[Section]:
    """Turn headings into a tree: each section runs to the line before the next heading at its level or above."""
    headings = doc.headings
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    last_line = doc.n_lines
    for i, h in enumerate(headings):
        end = last_line
        for later in headings[i + 1:]:
            if later.level <= h.level:
                end = later.line - 1
                break
        while stack and stack[-1][0] >= h.level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        section_id = f"{doc.doc_id}/s{i + 1:04d}"
        start, stop = doc.line_span(h.line)
        page_start, page_end = doc.page_map.section_pages(h.line, end)
        sections.append(Section(
            section_id=section_id, doc_id=doc.doc_id, parent_id=parent, level=h.level, number=h.number,
            heading=h.text, line_start=h.line, line_end=end, char_start=start, char_end=stop,
            quote=doc.text[start:stop], page_start=page_start, page_end=page_end, in_contents=h.in_contents, kind=h.kind,
        ))
        stack.append((h.level, section_id))
    return sections
