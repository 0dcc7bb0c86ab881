"""Printed pages from a document's contents list.

The only page evidence in a text export is its contents list. A line's page is the page of
the last contents heading at or before it; the next contents heading bounds it from above.
Where a document has no contents list every page is null: pages are never guessed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from pipeline.text import normalize, strip_markup

_CONTENTS_TITLE = re.compile(r"^\s*(?:#{1,6}\s*)?(?:\*\*)?\s*(?:table of )?contents\s*(?:\*\*)?\s*$", re.IGNORECASE)
# "Heading .....\t12", "Heading\t12", "<b>Heading</b>\t<b>12</b>", "**Next steps ..... 41**"
_ENTRY = re.compile(r"^(?P<title>.*?\S)(?:\s*\.{2,}\s*|\s*\t+\s*|\s{2,})(?P<page>\d{1,4})\s*$")


@dataclass(frozen=True)
class ContentsEntry:
    line: int
    title: str
    key: str
    page: int
    bold: bool


def parse_contents(lines: list[str]) -> list[ContentsEntry]:
    """Entries of the first contents list: a 'Contents' line followed by title/page lines.

    Blank lines inside the list are allowed; the list ends at the first other non-blank line.
    """
    start = next((i for i, s in enumerate(lines) if _CONTENTS_TITLE.match(s)), None)
    if start is None:
        return []
    entries: list[ContentsEntry] = []
    for i in range(start + 1, len(lines)):
        raw = lines[i]
        if not raw.strip():
            continue
        bold = "<b>" in raw or raw.strip().startswith("**")
        plain = raw.replace("<b>", "").replace("</b>", "").replace("**", "").rstrip()
        m = _ENTRY.match(plain)
        if not m:
            break
        title = strip_markup(m.group("title")).rstrip(". ").strip()
        entries.append(ContentsEntry(line=i + 1, title=title, key=normalize(title), page=int(m.group("page")), bold=bold))
    return entries


@dataclass(frozen=True)
class PageMap:
    """Anchors (line, page) of body headings matched to contents entries, in line order."""

    anchor_lines: tuple[int, ...]
    anchor_pages: tuple[int, ...]

    def page_for_line(self, line: int) -> int | None:
        i = bisect.bisect_right(self.anchor_lines, line) - 1
        return self.anchor_pages[i] if i >= 0 else None

    def next_page_after(self, line: int) -> int | None:
        i = bisect.bisect_right(self.anchor_lines, line)
        return self.anchor_pages[i] if i < len(self.anchor_lines) else None

    def section_pages(self, line_start: int, line_end: int) -> tuple[int | None, int | None]:
        """(first page, last page) bounds of a line span; null where nothing bounds it."""
        first = self.page_for_line(line_start)
        if first is None:
            return None, None
        return first, self.next_page_after(line_end)


def build_page_map(headings) -> PageMap:
    """Anchor every heading matched to a contents entry; drop anchors that would make pages run backwards."""
    lines: list[int] = []
    pages: list[int] = []
    for h in headings:
        if h.page is None:
            continue
        if pages and h.page < pages[-1]:
            continue
        lines.append(h.line)
        pages.append(h.page)
    return PageMap(tuple(lines), tuple(pages))
