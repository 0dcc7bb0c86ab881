"""Which inspection framework a document reports on: PEEL cycle, grading scale and pillar.

Read from the document itself (the manifest's `framework` where it states one, else the title and
first lines, the landing page address, the "Last updated" date or the publication date) with the
cycles, scales and pillars of `pipeline/vocabulary/genre.yaml`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.document import Document
from pipeline.vocabulary import FORCES, FRAMEWORK_BY_NAME, FRAMEWORKS, PILLAR_WORDS, Framework

HEAD_LINES = 40
PEEL_NAMED = re.compile(r"\bPEEL\b|police effectiveness, efficiency,? (?:and )?legitimacy", re.IGNORECASE)
CYCLE = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?:\s?[/–-]\s?(?P<to>(?:20)?\d\d))?(?!\d)")
TITLE_CYCLE = re.compile(r"^\W*(?:" + "|".join(re.escape(f.place) for f in FORCES) + r")\b[\w\s&-]{0,30}?\s(?P<cycle>"
                         + CYCLE.pattern + r")\s*$")
ADDRESS_CYCLE = re.compile(r"peel-(?P<year>20\d\d)|-(?P<from>20\d\d)-(?P<to>\d\d)(?:/|$)")
FIVE_TIER_TEXT = re.compile(r"\bfive tiers\b|\bfive-tier\b|outstanding, good, adequate, requires improvement", re.IGNORECASE)
FOUR_TIER_TEXT = re.compile(r"\bfour-tier\b|outstanding, good, requires improvement(?:,)? (?:or|and) inadequate", re.IGNORECASE)
UNSTATED_CYCLE = "PEEL"
NOT_AN_INSPECTION = re.compile(r"review|evidence|consultation|letter|speech|minutes|strategy|plan\b", re.IGNORECASE)
INSPECTORATE_NAMED = re.compile(r"\bHMIC(?:FRS)?\b|Inspectorate of Constabulary|\bpolice (?:watchdog|inspectorate)\b",
                                re.IGNORECASE)
HISTORY_BEFORE = re.compile(r"\b(?:in|since|from|until|before|after|of)\s$", re.IGNORECASE)


@dataclass(frozen=True)
class ReportFramework:
    """The framework of one document: `name` is a PEEL cycle, or `PEEL` where no cycle can be read."""
    name: str
    scale: str
    pillar: str | None
    year: int | None
    graded_by: str


def cycle_for_year(year: int) -> Framework | None:
    """The PEEL cycle a year names: the latest cycle starting in or before it."""
    started = [f for f in FRAMEWORKS if f.year <= year]
    return started[-1] if started and year - started[-1].year <= 3 else None


def cycle_for_date(day: date) -> Framework | None:
    return next((f for f in FRAMEWORKS if f.published_from <= day <= f.published_to), None)


def _declared(name: str | None) -> Framework | None:
    if not name:
        return None
    if name in FRAMEWORK_BY_NAME:
        return FRAMEWORK_BY_NAME[name]
    return next((f for f in FRAMEWORKS if name in f.names), None)


def _named_in(text: str) -> Framework | None:
    """A cycle written beside the word PEEL ("PEEL 2016", "2021/22 PEEL", "PEEL: ... legitimacy 2018/19"),
    not a year of history ("In 2014, we introduced PEEL")."""
    for line in text.split("\n"):
        for peel in PEEL_NAMED.finditer(line):
            for m in CYCLE.finditer(line, max(0, peel.start() - 25), min(len(line), peel.end() + 100)):
                if HISTORY_BEFORE.search(line[max(0, m.start() - 12):m.start()]):
                    continue
                fw = cycle_for_year(int(m.group("year")))
                if fw is not None:
                    return fw
    return None


def _title_cycle(lines: list[str]) -> Framework | None:
    """A web page titled by force and year: "Derbyshire 2016", "Hampshire PEEL 2018"."""
    for line in lines:
        m = TITLE_CYCLE.match(line.strip())
        if m:
            return cycle_for_year(int(m.group("year")))
    return None


def _address_cycle(url: str | None) -> Framework | None:
    if not url:
        return None
    m = ADDRESS_CYCLE.search(url)
    if not m:
        return None
    return cycle_for_year(int(m.group("year") or m.group("from")))


def _single_pillar(text: str) -> str | None:
    found = {p for p, words in PILLAR_WORDS.items() if re.search(rf"\b{re.escape(words[0])}\b", text, re.IGNORECASE)}
    return found.pop() if len(found) == 1 else None


def _published_day(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", value)
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)) if m else None


def framework_of(doc: Document) -> ReportFramework | None:
    """The document's framework, or None for documents that are not about a graded inspection."""
    head_lines = [doc.title] + doc.lines[:HEAD_LINES]
    head = "\n".join(head_lines)
    fw = _declared(doc.declared_framework) or _named_in(head) or _title_cycle(head_lines) \
        or _address_cycle(doc.source_url)
    if fw is None and NOT_AN_INSPECTION.search(doc.document_type or ""):
        return None
    if fw is None and not (PEEL_NAMED.search(doc.text) or INSPECTORATE_NAMED.search(doc.text)):
        return None
    if fw is None:
        fw = _named_in(doc.text)
    if fw is None:
        day = _last_updated(doc) or _published_day(doc.published)
        fw = cycle_for_date(day) if day else None
    pillar = _single_pillar(head)
    if fw is None:
        scale = "5-tier" if FIVE_TIER_TEXT.search(doc.text) else "4-tier"
        return ReportFramework(UNSTATED_CYCLE, scale, pillar, None, "pillar" if scale == "4-tier" else "area")
    scale = fw.scale
    if FIVE_TIER_TEXT.search(doc.text) and not FOUR_TIER_TEXT.search(doc.text):
        scale = "5-tier"
    return ReportFramework(fw.name, scale, pillar if fw.graded_by == "pillar" else None, fw.year, fw.graded_by)


def _last_updated(doc: Document) -> date | None:
    return date.fromisoformat(doc.last_updated) if doc.last_updated else None
