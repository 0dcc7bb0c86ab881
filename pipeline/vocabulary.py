"""The vocabulary of the genre, read once from the data files in `pipeline/vocabulary/`.

Force names, grades and scales, frameworks, pillars, finding labels and units live there as data so
that maintainers extend them without touching the extractors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import yaml

FOLDER = Path(__file__).with_name("vocabulary")


def _load(name: str) -> dict:
    with open(FOLDER / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


_GENRE = _load("genre.yaml")
_FORCES = _load("forces.yaml")

GRADE_FORMS: dict[str, tuple[str, ...]] = {g: tuple(forms) for g, forms in _GENRE["grades"].items()}
ALL_GRADES: tuple[str, ...] = tuple(GRADE_FORMS)
GRADES: dict[str, tuple[str, ...]] = {s: tuple(gs) for s, gs in _GENRE["scales"].items()}
SCALES: tuple[str, ...] = tuple(GRADES)
GRADE_BY_WORDS: dict[str, str] = {form: g for g, forms in GRADE_FORMS.items() for form in forms}
UNGRADED_PHRASES: tuple[str, ...] = tuple(_GENRE["ungraded_phrases"])
PILLAR_WORDS: dict[str, tuple[str, ...]] = {p: tuple(ws) for p, ws in _GENRE["pillars"].items()}
FINDING_LABELS: dict[str, str] = {label: kind for kind, labels in _GENRE["finding_labels"].items() for label in labels}
FINDING_KINDS: tuple[str, ...] = tuple(_GENRE["finding_labels"])
UNITS: tuple[str, ...] = tuple(_GENRE["units"])
UNIT_MEANINGS: dict[str, str] = dict(_GENRE["units"])
GENERIC_FORCE_SUBJECTS: tuple[str, ...] = tuple(_FORCES["generic_subjects"])
GRADED_AREAS: tuple[str, ...] = tuple(_GENRE["graded_areas"])
UNGRADED_BADGES: frozenset[str] = frozenset(_GENRE["ungraded_badges"])
REPORT_LABELS: frozenset[str] = frozenset(_GENRE["report_labels"])
GRADE_WORDS_PATTERN: str = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                                    for w in sorted(GRADE_BY_WORDS, key=len, reverse=True))


def grade_named(words: str) -> str | None:
    """The grade a phrase names ("requiring improvement" -> "Requires improvement"), or None."""
    return GRADE_BY_WORDS.get(re.sub(r"\s+", " ", words.lower().strip(" '‘’\"“”*.")))


@dataclass(frozen=True)
class Framework:
    name: str
    names: tuple[str, ...]
    scale: str
    graded_by: str              # pillar | area
    published_from: date
    published_to: date

    @property
    def year(self) -> int:
        return int(re.search(r"\d{4}", self.name).group())


@dataclass(frozen=True)
class Force:
    name: str
    place: str
    country: str
    aliases: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


FRAMEWORKS: tuple[Framework, ...] = tuple(
    Framework(f["name"], tuple(f["names"]), f["scale"], f["graded_by"], *(date.fromisoformat(str(d)) for d in f["published"]))
    for f in _GENRE["frameworks"])
FRAMEWORK_BY_NAME: dict[str, Framework] = {f.name: f for f in FRAMEWORKS}
FORCES: tuple[Force, ...] = tuple(Force(f["name"], f["place"], f["country"], tuple(f["aliases"])) for f in _FORCES["forces"])


@cache
def force_name_pattern() -> re.Pattern:
    """Every official name and alias, longest first, as whole words: group `name`."""
    names = sorted({n for f in FORCES for n in f.names}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?P<name>" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


@cache
def force_by_name() -> dict[str, Force]:
    return {n: f for f in FORCES for n in f.names}


@dataclass(frozen=True)
class Indicator:
    indicator_id: str
    name: str
    definition: str
    unit: str
    value_kind: str
    match_all: tuple[re.Pattern, ...]
    match_none: tuple[re.Pattern, ...]

    def matches(self, text: str) -> bool:
        return all(p.search(text) for p in self.match_all) and not any(p.search(text) for p in self.match_none)


_INDICATORS = _load("indicators.yaml")
INDICATORS: tuple[Indicator, ...] = tuple(
    Indicator(i["id"], i["name"], i["definition"], i["unit"], i.get("value_kind", "level"),
              tuple(re.compile(p, re.IGNORECASE) for p in i["match"].get("all", [])),
              tuple(re.compile(p, re.IGNORECASE) for p in i["match"].get("none", [])))
    for i in _INDICATORS["indicators"])
POPULATIONS: dict[str, tuple[re.Pattern, ...]] = {
    name: tuple(re.compile(p) for p in patterns) for name, patterns in _INDICATORS["populations"].items()}
