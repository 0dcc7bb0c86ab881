"""Heading detection for reports exported to text.

Headings come in several forms: markdown (`## Title`, `### **Bold title**`), numbered
(`2.4. Protecting officer numbers`, `9.1.2. ...`, `Chapter 9.1: Homophobia`), plain
question lines (`How effective is the force at ...?`), the fixed labels of inspection
reports (`Areas for improvement`), and plain lines that the contents list names.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Collection
from dataclasses import dataclass

from pipeline.pages import ContentsEntry
from pipeline.text import normalize, strip_markup
from pipeline.vocabulary import FINDING_LABELS as VOCABULARY_FINDING_LABELS
from pipeline.vocabulary import GRADE_BY_WORDS, REPORT_LABELS, UNGRADED_BADGES

_MARKDOWN = re.compile(r"^(#{1,6})\s+(.*\S)\s*$")
_CHAPTER = re.compile(r"^(?:\*\*)?Chapter\s+(\d+(?:\.\d+)*)\s*[:.\-–]\s+(\S.{0,150}?)(?<![.;,])(?:\*\*)?\s*$")
_NUMBERED = re.compile(r"^(?:\*\*)?(\d{1,2}(?:\.(?:\d{1,2}|[ivx]{1,4}))+)(\.?)\s+([A-Z‘'\"“(].*?)(?:\*\*)?\s*$")
_QUESTION = re.compile(r"^(?:How|To what extent|What|Why|Which|Who|Where|When|Is|Are|Does|Do|Has|Have|Can)\b[^\t]{10,250}\?$")
FINDING_LABELS = frozenset(VOCABULARY_FINDING_LABELS) | REPORT_LABELS
MAX_HEADING_CHARS = 250
GRADE_LINES = frozenset(GRADE_BY_WORDS) | {"requires"}
# a line that is only one of these (bold, "### " or not) is a grade badge read under the heading above it
GRADE_BADGES = frozenset(GRADE_LINES | {"improvement"} | UNGRADED_BADGES)


def is_grade_badge(raw: str) -> bool:
    return len(raw) <= 60 and normalize(raw.replace("#", "")) in GRADE_BADGES


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    number: str | None
    kind: str
    page: int | None = None
    in_contents: bool = False


def heading_form(raw: str) -> bool:
    """Is the line a heading by its own form (markdown, numbered, chapter, question, finding label)?"""
    return _classify(raw) is not None


def body_form(raw: str) -> bool:
    """A line that belongs to the report however often it is repeated: a heading by form or a grade badge."""
    return is_grade_badge(raw) or heading_form(raw)


def _number_depth(number: str) -> int:
    return number.count(".") + 1


def _classify(raw: str) -> tuple[str, int, str, str | None] | None:
    """(kind, level, text, number) for a line that is a heading by its own form, else None."""
    line = raw.rstrip()
    if not line or "\t" in line or len(line) > MAX_HEADING_CHARS:
        return None
    m = _MARKDOWN.match(line)
    if m:
        text = strip_markup(m.group(2))
        if not text or normalize(text) in GRADE_BADGES:
            return None
        inner = _numbered(text)
        number = inner[1] if inner else None
        return "markdown", len(m.group(1)), text, number
    inner = _numbered(strip_markup(line) if line.startswith("**") else line)
    if inner:
        kind, number, text = inner
        return kind, _number_depth(number), text, number
    plain = strip_markup(line)
    if _QUESTION.match(plain) and not line.lstrip().startswith(("-", "*", "•")):
        return "question", 1, plain, None
    if normalize(plain) in FINDING_LABELS:
        return "label", 2, plain, None
    return None


def _numbered(line: str) -> tuple[str, str, str] | None:
    m = _CHAPTER.match(line)
    if m:
        return "chapter", m.group(1), strip_markup(line)
    m = _NUMBERED.match(line)
    if m:
        number, dot, rest = m.groups()
        if not dot and rest.rstrip().endswith((".", ";", ",")):
            return None
        if len(rest) > 160 or rest.rstrip().endswith((";", ",")):
            return None
        return "numbered", number, strip_markup(line)
    return None


def match_contents(lines: list[str], contents: list[ContentsEntry],
                   skip: Collection[int] = frozenset()) -> dict[int, ContentsEntry]:
    """Match contents entries to body lines in order: {line: entry}.

    An entry is matched to the first later body line with the same normalised text (lines in `skip`,
    the furniture, never match). An entry whose match would jump past the next entry's match is
    treated as missing from the body.
    """
    if not contents:
        return {}
    body_from = max(e.line for e in contents) + 1
    occurrences: dict[str, list[int]] = {}
    for number in range(body_from, len(lines) + 1):
        raw = lines[number - 1]
        if raw.strip() and len(raw) <= MAX_HEADING_CHARS and "\t" not in raw and number not in skip:
            occurrences.setdefault(normalize(raw), []).append(number)

    def first_after(key: str, after: int) -> int | None:
        found = occurrences.get(key, [])
        i = bisect.bisect_right(found, after)
        return found[i] if i < len(found) else None

    matched: dict[int, ContentsEntry] = {}
    last = body_from - 1
    for k, entry in enumerate(contents):
        here = first_after(entry.key, last)
        if here is None:
            continue
        if k + 1 < len(contents):
            following = first_after(contents[k + 1].key, last)
            if following is not None and following < here:
                continue
        matched[here] = entry
        last = here
    return matched


def detect_headings(lines: list[str], contents: list[ContentsEntry],
                    furniture: Collection[int] = frozenset()) -> list[Heading]:
    """Headings in line order. Furniture lines (1-based) and grade badges are never headings."""
    contents_lines = {e.line for e in contents}
    matched = match_contents(lines, contents, furniture)
    toc_has_bold = any(e.bold for e in contents) and not all(e.bold for e in contents)
    found: list[Heading] = []
    for number, raw in enumerate(lines, start=1):
        if number in contents_lines or number in furniture or not raw.strip() or is_grade_badge(raw):
            continue
        form = _classify(raw)
        entry = matched.get(number)
        if form is None and entry is None:
            continue
        if form is None:
            kind, level, text, num = "contents", 1, entry.title, None
            inner = _numbered(raw.strip())
            if inner:
                kind, num, text = inner[0], inner[1], entry.title
                level = _number_depth(num)
        else:
            kind, level, text, num = form
        if entry is not None and toc_has_bold and kind not in ("numbered", "chapter"):
            level = 1 if entry.bold else 2
        found.append(Heading(line=number, level=level, text=text, number=num, kind=kind,
                             page=entry.page if entry else None, in_contents=entry is not None))
    found = _nest_questions(found)
    if contents:
        found = _nest_unlisted(found)
    elif not any(h.kind == "markdown" for h in found):
        found = sorted(found + _plain_titles(lines, {h.line for h in found}, furniture), key=lambda h: h.line)
    return found


def _nest_questions(found: list[Heading]) -> list[Heading]:
    """A question line directly followed by another question introduces them: it is their parent."""
    questions = [h for h in found if h.kind == "question"]
    parents = {a.line for a, b in zip(questions, questions[1:]) if b.line == a.line + 1}
    if not parents:
        return found
    top = min(parents)
    out = []
    for h in found:
        if h.kind == "question" and h.line != top:
            h = Heading(h.line, 2, h.text, h.number, h.kind, h.page, h.in_contents)
        elif h.kind == "label":
            h = Heading(h.line, 3, h.text, h.number, h.kind, h.page, h.in_contents)
        out.append(h)
    return out


def _nest_unlisted(found: list[Heading]) -> list[Heading]:
    """In a document with a contents list, an unnumbered heading it does not list sits below the last one it does."""
    out: list[Heading] = []
    listed_level: int | None = None
    for h in found:
        if h.in_contents:
            listed_level = h.level
        elif listed_level is not None and h.kind not in ("numbered", "chapter") and h.level <= listed_level:
            h = Heading(h.line, listed_level + 1, h.text, h.number, h.kind, h.page, h.in_contents)
        out.append(h)
    return out


def _plain_titles(lines: list[str], taken: set[int], furniture: Collection[int] = frozenset()) -> list[Heading]:
    """Short title lines standing alone between blank lines, for documents with no other heading markup.

    Furniture lines count as blank around a title and are never titles; nor are grade badges, which may stand
    between an area's title and its text."""
    def blank(j: int) -> bool:
        return not lines[j].strip() or j + 1 in furniture

    out = []
    for i, raw in enumerate(lines):
        number = i + 1
        s = raw.strip()
        if number in taken or number in furniture or not s or len(s) > 90 or "\t" in s or is_grade_badge(s):
            continue
        plain = strip_markup(s)
        if not plain or plain.endswith((".", ",", ";", ":", ")")) or s.endswith((".", ",", ";", ":", ")")) or \
                not s[0].isupper():
            continue
        if len(s.split()) > 12:
            continue
        if not (i == 0 or blank(i - 1)) or not (i + 1 >= len(lines) or blank(i + 1)):
            continue
        following = next((lines[j].strip() for j in range(i + 1, len(lines))
                          if not blank(j) and not is_grade_badge(lines[j])), "")
        if len(following) > len(s) * 2:
            out.append(Heading(line=number, level=1, text=strip_markup(s), number=None, kind="plain"))
    return out
