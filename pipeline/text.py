"""Small text helpers shared by the parsers: markup stripping, superscripts and normalisation for matching."""
from __future__ import annotations

import re
from functools import lru_cache

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPERSCRIPT_TO_DIGIT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
SUPERSCRIPT_RUN = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_SUP_TAG = re.compile(r"<sup>\s*\d+\s*</sup>")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def superscript_to_int(s: str) -> int:
    return int(s.translate(_SUPERSCRIPT_TO_DIGIT))


_HEADING_MARK = re.compile(r"^\s*#{1,6}\s+")
_EMPHASIS_STAR = re.compile(r"(?<!\w)\*(?!\s)|(?<!\s)\*(?!\w)")


@lru_cache(maxsize=1 << 14)
def strip_markup(s: str) -> str:
    """Text as a reader sees it: no markdown heading marks, emphasis, links, HTML tags or footnote superscripts.
    (Asked about the same lines by several readers, ten times on average: answers are kept; a pattern runs only when
    its first character is there.)"""
    if "<" in s:
        s = _SUP_TAG.sub("", s)
    if "[" in s:
        s = _LINK.sub(r"\1", s)
    if "<" in s:
        s = _TAG.sub("", s)
    s = SUPERSCRIPT_RUN.sub("", s)
    if "#" in s:
        s = _HEADING_MARK.sub("", s)
    s = s.replace("**", "").replace("__", "")
    if "*" in s:
        s = _EMPHASIS_STAR.sub("", s)
    return " ".join(s.replace("\\", "").split())


@lru_cache(maxsize=1 << 14)
def normalize(s: str) -> str:
    """A matching key: markup stripped, quotes and dashes straightened, case and trailing dots folded."""
    s = " ".join(strip_markup(s).translate(_QUOTES).lower().split())
    return s.strip(".:;,").strip()


SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’']?[¹²³⁰⁴⁵⁶⁷⁸⁹]*\s+(?=[\"“‘'(\[]?[A-Z0-9£])")    # a footnote mark may follow
ABBREVIATIONS = re.compile(r"\b(?:e\.g|i\.e|etc|vs|no|nos|c|approx|para|p|pp|s|st|mr|mrs|ms|dr|op|cit|fig|sect)\.$",
                           re.IGNORECASE)


MAX_SENTENCE_CHARS = 1000      # the real reports' longest sentence has 686 characters
_ABBREVIATION_REACH = 12       # longer than the longest abbreviation ("approx.") with the word break before it


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans within a paragraph line (abbreviations such as `e.g.` do not end a sentence).

    A span longer than MAX_SENTENCE_CHARS is cut at a space: every reader of a sentence looks back over it for each
    number, so an unbounded sentence (a 5 MB line without a full stop) would cost time quadratic in its length."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        end = m.start()
        while end > start and text[end - 1] in "\"”’'":
            end -= 1
        if ABBREVIATIONS.search(text, max(start, end - _ABBREVIATION_REACH), end):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [piece for a, b in spans for piece in _cut(text, a, b) if text[piece[0]:piece[1]].strip()]


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) cut at spaces into pieces of at most MAX_SENTENCE_CHARS."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        space = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = space if space != -1 else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")     # "|---|:---:|"


def pipe_table_lines(lines: list[str]) -> tuple[frozenset[int], frozenset[int]]:
    """Lines of tables written with pipes, as Markdown and many text exports write them: runs of two or more lines
    with the same number (two or more) of '|'-separated cells, a '|---|---|' rule line allowed among them. Returns the
    row lines and the rule lines (1-based). A single line with a '|' ("September 2022 | © HMICFRS") is not a table."""
    rows, rules, run, width = set(), set(), [], 0
    for number, raw in enumerate([*lines, ""], start=1):
        if "\t" not in raw and PIPE_RULE.match(raw) and run:
            rules.add(number)
            continue
        cells = len(raw.strip().strip("|").split("|")) if "|" in raw and "\t" not in raw else 0
        if cells >= 2 and (not run or cells == width):
            run.append(number)
            width = cells
            continue
        if len(run) >= 2:
            rows.update(run)
        run, width = ([number], cells) if cells >= 2 else ([], 0)
    return frozenset(rows), frozenset(n for n in rules if n - 1 in rows or n + 1 in rows)
