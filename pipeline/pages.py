"""Printed pages from a document's contents list, and the furniture of printed and web pages.

The only page evidence in a text export is its contents list. A line's page is the page of
the last contents heading at or before it; the next contents heading bounds it from above.
Where a document has no contents list every page is null: pages are never guessed.

Furniture is text that belongs to the page, not to the report: lone page numbers, "Page 12 of 40" and
running headers/footers of PDF exports; skip links, language switchers, site navigation, breadcrumbs,
share/contact/download/"read more" links, cookie banners and "Last updated" lines of web-page copies.
It is recognised by its form alone (the word lists are the constants below) and is never a heading
or prose. Lone page numbers are not used as page evidence either: they are printed page furniture
that a text export may or may not keep, and the contents list stays the one source of pages.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import lru_cache

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


def parse_contents(lines: list[str], skip: Collection[int] = frozenset()) -> list[ContentsEntry]:
    """Entries of the first contents list: a 'Contents' line followed by title/page lines.

    Blank lines and lines in `skip` (1-based; page furniture of a list printed over two pages) are
    allowed inside the list; the list ends at the first other non-blank line.
    """
    start = next((i for i, s in enumerate(lines) if i + 1 not in skip and _CONTENTS_TITLE.match(s)), None)
    if start is None:
        return []
    entries: list[ContentsEntry] = []
    for i in range(start + 1, len(lines)):
        raw = lines[i]
        if not raw.strip() or i + 1 in skip:
            continue
        bold = "<b>" in raw or raw.strip().startswith("**")
        plain = raw.replace("<b>", "").replace("</b>", "").replace("**", "").rstrip()
        m = _ENTRY.match(plain)
        if not m:
            break
        title = strip_markup(m.group("title")).rstrip(". ").strip()
        entries.append(ContentsEntry(line=i + 1, title=title, key=normalize(title), page=int(m.group("page")), bold=bold))
    return entries


def contents_going_backwards(entries: list[ContentsEntry]) -> tuple[ContentsEntry, ContentsEntry] | None:
    """(earlier, later): the first contents entry whose page is lower than the page of the entry before it.

    A list whose pages go backwards cannot be trusted for any page (which entry is wrong?), so the document
    gets no pages at all rather than anchors that make one page stand for everything after it."""
    for earlier, later in zip(entries, entries[1:]):
        if later.page < earlier.page:
            return earlier, later
    return None


@dataclass(frozen=True)
class PageMap:
    """Anchors (line, page) of body headings matched to contents entries, in line order; and, for a PDF export,
    its printed page numbers (line, page) with whether they stand at the foot or the head of their page."""

    anchor_lines: tuple[int, ...]
    anchor_pages: tuple[int, ...]
    label_lines: tuple[int, ...] = ()
    label_pages: tuple[int, ...] = ()
    labels_at_foot: bool = True

    def page_for_line(self, line: int) -> int | None:
        i = bisect.bisect_right(self.anchor_lines, line) - 1
        return self.anchor_pages[i] if i >= 0 else None

    def next_page_after(self, line: int) -> int | None:
        i = bisect.bisect_right(self.anchor_lines, line)
        return self.anchor_pages[i] if i < len(self.anchor_lines) else None

    def printed_page(self, line: int) -> int | None:
        """The page a line is printed on, read from the page numbers of a PDF export; null where none applies."""
        if self.labels_at_foot:
            i = bisect.bisect_left(self.label_lines, line)
            return self.label_pages[i] if i < len(self.label_lines) else None
        i = bisect.bisect_right(self.label_lines, line) - 1
        return self.label_pages[i] if i >= 0 else None

    def page_bounds(self, line: int) -> tuple[int | None, int | None]:
        """(first, last) printed page a line can lie on. A printed page number pins it; else a listed heading's own
        line is on its page, and a line after it lies between that page and the page of the next listed heading;
        after the last one the end is unknown."""
        printed = self.printed_page(line)
        if printed is not None:
            return printed, printed
        first = self.page_for_line(line)
        if first is None:
            return None, None
        if line in self.anchor_lines:
            return first, first
        return first, self.next_page_after(line)

    def section_pages(self, line_start: int, line_end: int) -> tuple[int | None, int | None]:
        """(first page, last page) bounds of a line span; null where nothing bounds it."""
        first = self.page_for_line(line_start)
        if first is None:
            return None, None
        return first, self.next_page_after(line_end)


PAGE_NUMBER_REACH = 2       # non-blank lines between the document's first/last page number and its start/end


def printed_page_numbers(lines: list[str], furniture: dict[int, str]) -> list[tuple[int, int]]:
    """(line, page) of the page-number furniture of a PDF export; none unless the numbers go up throughout."""
    found: list[tuple[int, int]] = []
    for number in sorted(n for n, kind in furniture.items() if kind == "page_number"):
        m = re.search(r"\d{1,4}", lines[number - 1])
        if not m:
            continue
        page = int(m.group())
        if found and page <= found[-1][1]:
            return []
        found.append((number, page))
    return found


def _labels_at_foot(labels: list[tuple[int, int]], anchors: list[tuple[int, int]], lines: list[str]) -> bool | None:
    """Whether page numbers close their page (footers) or open it (headers): the reading that agrees with more
    listed headings' pages, else where they stand (footers: the last closes the text; headers: the first opens it,
    whichever is nearer its end); None when neither tells."""
    probe = PageMap((), (), tuple(n for n, _ in labels), tuple(p for _, p in labels))
    at_foot = sum(probe.printed_page(line) == page for line, page in anchors)
    probe = PageMap((), (), probe.label_lines, probe.label_pages, labels_at_foot=False)
    at_head = sum(probe.printed_page(line) == page for line, page in anchors)
    if at_foot != at_head:
        return at_foot > at_head
    content = [n for n, raw in enumerate(lines, start=1) if raw.strip()]
    before_first = bisect.bisect_left(content, labels[0][0])
    after_last = len(content) - 1 - bisect.bisect_left(content, labels[-1][0])
    if min(before_first, after_last) > PAGE_NUMBER_REACH or before_first == after_last:
        return None
    return after_last < before_first


def build_page_map(headings, lines: list[str] = (), furniture: dict[int, str] | None = None) -> PageMap:
    """Anchor every heading matched to a contents entry (dropping anchors that would make pages run backwards),
    and keep a PDF export's printed page numbers where it is clear which page each one numbers."""
    anchor_lines: list[int] = []
    anchor_pages: list[int] = []
    for h in headings:
        if h.page is None:
            continue
        if anchor_pages and h.page < anchor_pages[-1]:
            continue
        anchor_lines.append(h.line)
        anchor_pages.append(h.page)
    labels = printed_page_numbers(list(lines), furniture or {})
    at_foot = _labels_at_foot(labels, list(zip(anchor_lines, anchor_pages)), list(lines)) if labels else None
    if at_foot is None:
        labels = []
    return PageMap(tuple(anchor_lines), tuple(anchor_pages), tuple(n for n, _ in labels), tuple(p for _, p in labels),
                   labels_at_foot=at_foot is not False)


# ---------------------------------------------------------------------------------------------------------
# Furniture of printed pages (PDF exports) and web pages (copies of a report's landing page)
# ---------------------------------------------------------------------------------------------------------

NAVIGATION_ITEMS = frozenset({
    "home", "menu", "main menu", "navigation", "search", "search this site", "close", "back", "about", "about us",
    "who we are", "what we do", "our work", "publications", "news", "news and media", "media centre", "newsroom",
    "contact", "contact us", "accessibility", "accessibility statement", "privacy", "privacy notice",
    "privacy policy", "cookies", "cookie policy", "terms and conditions", "terms of use", "sitemap", "site map",
    "freedom of information", "careers", "jobs", "vacancies", "subscribe", "sign up", "log in", "sign in",
    "help", "feedback", "rss", "copyright", "disclaimer",
})
LANGUAGES = frozenset({"english", "cymraeg", "welsh", "gaeilge", "gàidhlig", "français"})
SOCIAL_ITEMS = frozenset({"facebook", "twitter", "x", "linkedin", "email", "e-mail", "whatsapp", "print", "copy link",
                          "youtube", "instagram", "threads", "bluesky", "mastodon"})
COOKIE_BUTTONS = frozenset({
    "accept", "reject", "accept all", "reject all", "accept all cookies", "reject all cookies", "accept cookies",
    "reject cookies", "accept additional cookies", "reject additional cookies", "hide this message",
    "hide cookie message", "view cookies", "cookie settings", "change cookie settings", "manage cookies",
    "i agree", "got it", "no thanks",
})
COOKIE_CONTEXT = re.compile(r"\b(?:website|site|browser|analytics|accept|reject|preferences|settings|consent|"
                            r"essential|track|store)\w*\b", re.IGNORECASE)
# words that make "Contact X Y" a police function ("Contact Centre Performance") rather than a person to contact
CONTACT_NOT_NAMES = frozenset({"centre", "center", "centres", "management", "handling", "officer", "officers", "team",
                               "teams", "point", "points", "details", "information", "strategy", "time", "times",
                               "demand", "service", "services", "rate", "rates", "data", "volumes", "channels"})

_SEPARATORS = re.compile(r"\s*(?:\||•|·|\t|/)\s*|\s{2,}")
_CRUMB = re.compile(r"\s+(?:>|›|»|→)\s+")
_SKIP_LINK = re.compile(r"^(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|nav|search|menu|footer)\b"
                        r"|^back\s+to\s+(?:the\s+)?top$", re.IGNORECASE)
_SHARE = re.compile(r"^(?:share|print|email|e-mail|tweet|copy)(?:\s+(?:this|the))?(?:\s+(?:page|article|report|publication|"
                    r"link|url))?(?:\s+(?:on|via|by|to)\s+[\w-]+(?:\s[\w-]+)?)?$", re.IGNORECASE)
_CONTACT = re.compile(r"^[Cc]ontact\s+(?:us|the\s+(?:press\s+office|media\s+team|team|inspectorate)|"
                      r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}))$")
_DOWNLOAD = re.compile(r"^download\b", re.IGNORECASE)
_READ_MORE = re.compile(r"^(?:read|find\s+out|learn|see|view)\s+(?:more|all|the\s+(?:full\s+)?(?:report|publication|"
                        r"summary|data|inspection))\b", re.IGNORECASE)
_COOKIE = re.compile(r"\bcookies?\b", re.IGNORECASE)
_LAST_UPDATED = re.compile(r"^(?:page\s+)?last\s+(?:updated|modified|reviewed)\s*(?::|on|-|–)?\s*(?P<date>"
                           r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4})\.?$", re.IGNORECASE)
_PAGE_LABEL = re.compile(r"^(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4}|[-–—]\s*\d{1,4}\s*[-–—])$",
                         re.IGNORECASE)
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
_PAGE_IN_LINE = re.compile(r"(?:^|\s)(?:page\s+)?\d{1,4}(?:\s+of\s+\d{1,4})?\s*$|^\s*(?:page\s+)?\d{1,4}\s+(?=\D)",
                           re.IGNORECASE)
_NOT_RUNNING = re.compile(r"^\s*(?:[-*•+>|]|\d+[.)]\s|[⁰¹²³⁴⁵⁶⁷⁸⁹]|<sup>|#)|[:;,?]\s*$|^\s*[-*_]{3,}\s*$")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), start=1)}
MIN_RUNNING_REPEATS = 3
_SPACES = re.compile(r"\s+")
MAX_RUNNING_CHARS = 120
PAGE_BREAK_REACH = 3        # non-blank lines between a running header/footer and the page number it sits with


@lru_cache(maxsize=1 << 14)
def _plain(raw: str) -> str:
    return strip_markup(raw).translate(_QUOTES).strip()


def last_updated_date(raw: str) -> str | None:
    """ISO date of a 'Last updated 03/11/2016' (day first) or 'Last updated 3 November 2016' line; None if invalid."""
    m = _LAST_UPDATED.match(_plain(raw))
    if not m:
        return None
    date = m.group("date")
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", date)
    try:
        if numeric:
            day, month, year = (int(x) for x in numeric.groups())
        else:
            day_s, month_s, year_s = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\s+(\d{4})", date).groups()
            day, month, year = int(day_s), _MONTHS.get(month_s.lower(), 0), int(year_s)
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _items(plain: str) -> list[str]:
    return [x for x in (p.strip().lower() for p in _SEPARATORS.split(plain)) if x]


def furniture_kind(raw: str) -> str | None:
    """The kind of furniture a line is by its own form, else None (running headers and lone page numbers need
    the other lines: see `find_furniture`)."""
    if len(raw) > 400 or len(raw) > 160 and "cookie" not in raw.lower():
        return None         # every form but a cookie banner's sentence is short
    plain = _plain(raw)
    if not plain:
        return None
    low = plain.lower()
    words = len(plain.split())
    ends_sentence = plain.endswith((".", "!", "?", ":", ";", ","))
    if _LAST_UPDATED.match(plain):
        return "last_updated"
    if _PAGE_LABEL.match(plain):
        return "page_number"
    if _SKIP_LINK.match(plain) and words <= 6:
        return "skip_link"
    items = _items(plain)
    if items and len(items) <= 4 and all(x in LANGUAGES for x in items) or \
            len(items) == 1 and len(low.split()) in (2, 3) and all(w in LANGUAGES for w in low.split()):
        return "language"
    crumbs = [c.strip() for c in _CRUMB.split(plain)]
    if len(crumbs) >= 2 and all(c and len(c.split()) <= 12 and not c.endswith(".") for c in crumbs) and \
            (crumbs[0].lower() in ("home", "you are here: home") or len(crumbs) >= 3):
        return "breadcrumb"
    if items and all(x in NAVIGATION_ITEMS for x in items):
        return "navigation"
    if _COOKIE.search(plain) and (words <= 6 or COOKIE_CONTEXT.search(plain)) or low.rstrip(".") in COOKIE_BUTTONS:
        return "cookie_banner"
    if ends_sentence:
        return None
    social = items if len(items) >= 2 else low.split()
    if (_SHARE.match(plain) or len(social) >= 2 and all(x in SOCIAL_ITEMS for x in social)) and words <= 8:
        return "share"
    m = _CONTACT.match(plain)
    if m and not (m.group("name") and any(w.lower() in CONTACT_NOT_NAMES for w in m.group("name").split())):
        return "contact"
    if _DOWNLOAD.match(plain) and words <= 14:
        return "download"
    if _READ_MORE.match(plain) and words <= 12:
        return "read_more"
    return None


@lru_cache(maxsize=1 << 14)
def _running_key(raw: str) -> str | None:
    """Matching key of a possible running header/footer: text with a page number at either end left out. (Kept:
    `find_furniture` asks about every line twice.)"""
    if "\t" in raw or len(raw) > 2 * MAX_RUNNING_CHARS or _NOT_RUNNING.search(raw):
        return None
    plain = _plain(raw)
    if len(plain) > MAX_RUNNING_CHARS:
        return None
    key = _PAGE_IN_LINE.sub(" ", plain).strip(" |-").lower()
    key = _SPACES.sub(" ", key)
    return key if sum(c.isalpha() for c in key) >= 2 else None


def form_furniture(lines: list[str]) -> dict[int, str]:
    """{line: kind} of the lines that are furniture by their own form (`furniture_kind`)."""
    found: dict[int, str] = {}
    for number, raw in enumerate(lines, start=1):
        if raw.strip():
            kind = furniture_kind(raw)
            if kind:
                found[number] = kind
    return found


def find_furniture(lines: list[str], is_heading: Callable[[str], bool] = lambda raw: False,
                   listed: Collection[str] = frozenset(), by_form: dict[int, str] | None = None) -> dict[int, str]:
    """{line: kind} of every furniture line (1-based).

    By form: see `furniture_kind`. Lone page numbers: a bare number ("12") is a page number when the bare
    number before or after it counts on from it (12, 13, ...). Running headers/footers: the same text (a
    page number at either end left out) on >= 3 lines that are not `is_heading` (headings by form, grade badges),
    list items, footnotes or `listed` (normalised contents titles), where at least half of them stand at a page
    break: within PAGE_BREAK_REACH non-blank lines of a page number or form feed, or between the two halves of a
    sentence (so a sub-heading or a panel's column label repeated in a clean export is not furniture).
    `by_form` is `form_furniture(lines)` if already known.
    """
    found = dict(form_furniture(lines) if by_form is None else by_form)
    bare = [(n, int(raw.strip())) for n, raw in enumerate(lines, start=1) if _BARE_NUMBER.match(raw.strip())]
    for i, (number, value) in enumerate(bare):
        before = bare[i - 1][1] if i else None
        after = bare[i + 1][1] if i + 1 < len(bare) else None
        if before is not None and 1 <= value - before <= 3 or after is not None and 1 <= after - value <= 3:
            found[number] = "page_number"
    groups: dict[str, list[int]] = {}
    for number, raw in enumerate(lines, start=1):
        if raw.strip() and number not in found:
            key = _running_key(raw)
            if key:
                groups.setdefault(key, []).append(number)
    repeated: dict[str, list[int]] = {}
    for key, numbers in groups.items():
        if len(numbers) >= MIN_RUNNING_REPEATS:
            kept = [n for n in numbers if not is_heading(lines[n - 1]) and normalize(lines[n - 1]) not in listed]
            if len(kept) >= MIN_RUNNING_REPEATS:
                repeated[key] = kept
    breaks = {n for n, kind in found.items() if kind == "page_number"} | \
             {n for n, raw in enumerate(lines, start=1) if "\f" in raw}
    content = [n for n, raw in enumerate(lines, start=1) if raw.strip() and n not in found]
    for numbers in repeated.values():
        group = set(numbers)
        at_break = sum(_at_page_break(lines, n, breaks, content, group) for n in numbers)
        if 2 * at_break >= len(numbers):
            for n in numbers:
                found[n] = "running_header"
    return dict(sorted(found.items()))


def _at_page_break(lines: list[str], number: int, breaks: set[int], content: list[int], group: set[int]) -> bool:
    if "\f" in lines[number - 1]:
        return True
    non_blank = [n for n in range(max(1, number - 12), min(len(lines), number + 12) + 1) if lines[n - 1].strip()]
    i = non_blank.index(number)
    near = non_blank[max(0, i - PAGE_BREAK_REACH):i + PAGE_BREAK_REACH + 1]
    if any(n in breaks for n in near):
        return True
    # text that runs on across the line: "... the force has" / header / "improved its ..."
    k = bisect.bisect_left(content, number)
    before = next((content[j] for j in range(k - 1, -1, -1) if content[j] not in group), None)
    after = next((content[j] for j in range(k, len(content)) if content[j] not in group and content[j] != number), None)
    if before is None or after is None:
        return False
    tail = _plain(lines[before - 1])
    head = _plain(lines[after - 1])
    return bool(tail) and bool(head) and tail[-1].isalpha() and head[0].islower()
