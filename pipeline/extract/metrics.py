"""Numbers stated in prose: value, unit, qualifier, range, confidence interval, comparator, period and measure.

Rules come from the language of the reports, not from particular lines: a number is a metric
when it counts or measures something; years, dates, footnote markers, list and section numbers,
names that contain numbers (`999`, `Section 136`, `PIP2`) and age labels are not. Nor are counts of the
report's own structure ("nine areas of policing", "four recommendations", grade tallies), deadlines and
the thresholds a measure is defined by ("within six months", "answered within 10 seconds"), contents page
numbers, telephone numbers and addresses.
"""
from __future__ import annotations

import bisect
import calendar
import itertools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from pipeline import patterns as rx
from pipeline.document import Document
from pipeline.extract.comparisons import (MOVED_TO, base_of, change_direction, change_reference, difference_from,
                                          direction_between, direction_word, multiple_of, pair_from_to, pair_up_down_from,
                                          reference_after, relative_reference, signed_change, steady_at, trailing_change)
from pipeline.extract.meaning import (AMOUNT_OF_THIS, AUXILIARIES, CHANGE_NOUNS, FUNCTION_WORDS, GENERIC_HEADS,
                                      GROUPS_SET_AGAINST, MADE_UP_BY_THEM, NOUN_OUT_OF, OCCASION_COMPLEMENT,
                                      ONE_FOR_EVERY, PRONOUNS, RUN_SEPARATOR, TIME_AGO_AFTER, WHOLE_DETERMINERS,
                                      Meaning, clean_phrase, complete_attitude, describe, elliptical_item,
                                      group_in_running_text, is_broken, is_fragment, likelihood_groups, named_in_full,
                                      population_of, predicate_of, quantity_referred_to, relative_pronoun,
                                      respective_names, respectively_runs, sentence_case, share_of_group,
                                      statement_agreed, topic_of, uninverted, without_weighing_words)
from pipeline.periods import Period, find_periods
from pipeline.progress import Progress
from pipeline.scanning import prefiltered
from pipeline.text import split_sentences
from pipeline.vocabulary import GRADE_WORDS_PATTERN, force_name_pattern

WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
WORD_VALUES |= {f"{tens}-{unit}": WORD_VALUES[tens] + WORD_VALUES[unit] for tens in _TENS for unit in _UNITS}
DENOMINATORS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "twenty": 20, "hundred": 100}
FRACTIONS = {"a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3, "two-thirds": 200 / 3,
             "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0, "three-quarters": 75.0,
             "half": 50.0, "a half": 50.0, "one half": 50.0, "a fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0}
SCALE = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DURATION_UNITS = {"second": "duration_seconds", "seconds": "duration_seconds", "secs": "duration_seconds",
                  "week": "duration_weeks", "weeks": "duration_weeks",
                  "minute": "duration_minutes", "minutes": "duration_minutes", "mins": "duration_minutes",
                  "hour": "duration_hours", "hours": "duration_hours", "day": "duration_days", "days": "duration_days",
                  "month": "duration_months", "months": "duration_months", "year": "duration_years",
                  "years": "duration_years", "hr": "duration_hours", "hrs": "duration_hours"}
DURATION_UNITS |= {f"{kind} {unit}": DURATION_UNITS[unit] for kind in ("working", "calendar", "business", "school")
                   for unit in ("day", "days", "week", "weeks")}          # "21 working days"
NAME_WORDS = (
    "section|sections|s|regulation|regulations|operation|chapter|chapters|figure|figures|table|tables|annex|paragraph|"
    "paragraphs|para|recommendation|recommendations|article|part|page|pages|p|pp|schedule|level|tier|phase|stage|code|"
    "act|rule|question|volume|issue|box|appendix|step|clause|room|route|version|edition|wave|round|category|band|grade|"
    "no|number|cohort|district|ward|policy|standard|form|line|item|priority|priorities|principle|principles|objective|"
    "objectives|pillar|pillars|theme|themes|stages|phases|tiers|steps|questions|waves|rounds|bands|grades|year|"
    "tranche|group|see|ext|tel|outcome|outcomes"
)
# Nouns that count the parts of a report or an inspection, or the items of an enumeration, rather than anything
# measured: "nine areas of policing", "three pillars", "four recommendations", "two causes of concern", "a 55 page report".
REPORT_STRUCTURE_NOUNS = (
    r"areas?|pillars?|questions?|recommendations?|causes?\s(?:of|for)\sconcern|tiers?|parts|themes?|headings?|"
    r"chapters?|sections?|pages?|paragraphs?|annexes|appendices|judge?ments?|gradings?|"
    r"categories|principles?|stages?|phases?|tranches?|components?|criteria|characteristics|elements|strands|"
    r"ways|types|kinds|forms|methods|approaches|options|aspects|factors|sources|processes"
)
GRADE_WORDS = GRADE_WORDS_PATTERN
QUALIFIER_PATTERNS = [
    (r"(?:more than|over|above|in excess of|exceeding|just over|upwards of)", "more_than"),
    (r"(?:less than|fewer than|under|below|just under)", "less_than"),
    (r"(?:at least|a minimum of|no fewer than|no less than)", "at_least"),
    (r"(?:up to|as many as|as much as|at most|a maximum of)", "up_to"),
    (r"(?:around|about|approximately|roughly|some|an estimated|estimated|circa|c\.|almost|nearly|close to|"
     r"the best part of|an average of|on average)", "approximately"),
]
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = f"(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS)}))?|" + \
    "|".join(sorted((w for w in WORD_VALUES if "-" not in w and w not in _TENS), key=len, reverse=True))   # "Forty-two"
_PCT = r"\s?(?:%|percent\b|per\s?cent\b|(?-i:pc)\b)"
_DUR = r"\s(?:(?:working|calendar|business|school)\s(?=days?\b|weeks?\b))?(?:seconds?|secs|minutes?|mins|hours?|hrs?|days?|weeks?|months?|years?)\b"

MENTION = re.compile(
    r"(?P<money>£\s?(?P<money_num>" + _NUM + r")(?:\s?(?P<money_scale>bn|billion|m|million|k|thousand)\b)?)"
    r"|(?<!from\s)(?<!by\s)(?<!up\s)(?<!down\s)(?<!up\sover\s)(?<![\d/])(?P<range>(?P<lo>(?!(?:19|20)\d\d\b)(?:" + _NUM + r"))"
    r"(?P<lo_pct>" + _PCT + r")?\s?(?:-|–|to|(?<!\d\d\d)\sor\s)\s?(?P<hi>" + _NUM + r")(?P<hi_unit>" + _PCT + r"|" + _DUR + r"))"
    r"|(?P<between>(?<=between\s)(?P<b_lo>" + _NUM + r")\sand\s(?P<b_hi>" + _NUM + r")(?P<b_scale>\s(?:million|billion|thousand)\b)?"
    r"(?=\s[a-z])(?!\s(?:and|or|to|per|percent|per\s?cent|years?|months?|weeks?|days?|hours?|minutes?)\b))"
    r"|(?P<ci>(?:\+/-|\+/−|±|confidence interval of(?:\s?(?:\+/-|\+/−|±))?)\s?(?P<ci_num>" + _NUM + r")(?P<ci_unit>" + _PCT + r"|\s?percentage points?)?)"
    r"|(?P<ratio>\b(?P<ratio_a>" + _WORDNUM + r"|\d+)\s(?:in|out of)\s(?P<ratio_b>" + "|".join(DENOMINATORS) + r"|\d{1,3}\b(?![/.,]\d)))"
    r"|(?P<colon>(?<![\d:.])1\s?:\s?(?P<colon_b>\d{1,4}(?:\.\d+)?)(?![\d:])"
    r"|(?<![\d:.])(?P<colon_a>\d{1,4}(?:\.\d+)?)\s?:\s?1(?![\d:.]))"
    r"|(?P<half_scale>\bhalf\sa\s(?P<half_unit>million|billion)\b)"
    r"|(?P<fraction>\b(?:" + "|".join(re.escape(f) for f in sorted(FRACTIONS, key=len, reverse=True)) + r")\b)"
    r"|(?P<mult_word>\b(?:twice|doubled?|doubling|trebled?|tripled?)\b)"
    r"|(?P<num>(?P<sign>[+\-−](?=\d))?(?P<digits>" + _NUM + r")(?P<scale>\s?(?:bn|billion|million|m)\b)?"
    r"(?P<unit>" + _PCT + r"|\s?percentage points?\b|\s?pp\b|\s?(?:times|x)\b|-fold\b|" + _DUR + r")?)"
    r"|(?P<word>\b(?P<word_num>" + _WORDNUM + r")(?P<word_scale>\s(?:million|billion|thousand)\b)?(?P<and_half>\sand\sa\shalf)?"
    r"(?P<word_unit>\s(?:times|per\s?cent|percent)\b|" + _DUR + r")?)",
    re.IGNORECASE,
)
DATE_SPANS = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s(?:" + MONTHS + r")(?:\s\d{4})?\b"
    r"|\b(?:" + MONTHS + r")\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}\b"
    r"|\b(?:" + MONTHS + r")\s(?:19|20)\d{2}\b"
    r"|\b(?:19|20)\d{2}\s?[-/–]\s?(?:19|20)?\d{2}\b"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
    r"|\b\d{1,2}[:.]\d{2}\s?(?:am|pm)\b|\b\d{1,2}\s?(?:am|pm)\b"
    r"|\b\d+/\d+\b"
    r"|\bages?\s(?:of\s)?\d+(?:\s?(?:-|–|to|and)\s?\d+)?|\baged?\s\d+(?:\s?(?:-|–|to|and)\s?\d+)?(?:\s(?:and over|or over|and under))?"
    r"|\b\d+(?:\s?(?:-|–|to)\s?\d+)?[-\s]years?[-\s]olds?\b"
    r"|\bunder[-\s]\d{1,2}s?\b(?![,.]\d|\s?(?:%|per\s?cent|percent))|\bover[-\s]\d+s\b|\baged?\s(?:over|under)\s\d+\b"
    r"|\b(?:over|under)\s(?:1\d|2[01])\b(?![,.]\d)(?=\s*(?:[,.;:)]|$))"
    r"|\b(?:people|persons|adults|children|men|women|boys|girls|victims|suspects|drivers|residents|those|anyone)\s(?:aged\s)?"
    r"(?:over|under|above|below)\s\d{1,2}\b(?![,.]\d|\s?(?:%|per\s?cent|percent))"
    r"|\bper\s(?:1,000|1000|100,000|100|10,000|thousand|hundred)\b"
    r"|https?://\S+|\]\([^)]*\)|www\.\S+|<sup>\s*\d+\s*</sup>"
    r"|\b(?:ISBN|ISSN|DOI)\b:?\s*[\d\-X]+|\b\d+(?:-\d+){2,}\b"
    r"|\b\d+(?:\.\d+)?\s?(?:degrees|°|miles?|metres?|meters?|km|kilometres?|mph|feet|foot|inches|kg|cm|mm)\b",
    re.IGNORECASE,
)
# Numbers that point somewhere or name something rather than count: footnote markers "[3]", bracketed list or
# reference numbers "(2)", identifiers "(8945)", contents page numbers after dot leaders or set apart by runs of spaces
# ("1    Welcome      33   Annex 1"), "Page 1 of 3", clock times, telephone numbers, street addresses, and idioms of
# continuous service ("24 hours a day", "24/7").
REFERENCE_SPANS = re.compile(
    r"\[\d{1,3}\]|\(\d{1,2}\)|\(\d{4,}\)"
    r"|(?:\.{3,}|…)\s*\d{1,3}\b|(?:^|(?<=\s\s))\d{1,3}(?=\s{2,}\S)"
    r"|(?i:\bpages?\s\d+\s(?:of|/)\s\d+\b)"
    r"|\b(?:[01]\d|2[0-3]):[0-5]\d\b"
    r"|\b0\d{2,4}(?:[\s-]\d{2,6}){1,4}\b|(?i:\b(?:tel|telephone|phone|fax|ext|extension)\b\.?:?\s*\+?\d[\d\s()-]*)"
    r"|(?i:\b(?:24|twenty-four)\shours\sa\sday\b|\b(?:7|seven)\sdays\sa\sweek\b|\b24/7\b|\b365\sdays\sa\syear\b)"
    r"|\b\d{1,4}(?:[-–]\d{1,4})?\s(?:[A-Z][a-z]+\s){0,2}"
    r"(?:Street|Road|Square|Lane|Avenue|Place|Kingsway|Colonnade|Terrace|Crescent|Gardens)\b"
)
# Page numbers of a contents list run into one line ("Introduction 5 Background 7 Strategy 11"): a bare number
# between a word and a capitalised title; three or more on a line, one every few words, make it a contents line.
RUN_IN_PAGE_NUMBER = re.compile(r"(?<=[A-Za-z?)]\s)\d{1,3}(?!\s+(?:" + MONTHS + r")\b)(?=\s+(?:\d+\.\s+)?[A-Z][A-Za-z]|\s*$)")
# A numbered item run into a paragraph: "structured in four parts: 1. Our overall assessment. 2. Our judgments".
INLINE_LIST_NUMBER = re.compile(r"(?:^|[:.;]\s+)(\d{1,2})\.\s+(?=[A-Z])")
# A heading or contents entry that ends in its page number ("Annex A – About the data 52"): a short line with no
# sentence punctuation and no other digit.
TITLE_PAGE_NUMBER = re.compile(r"^(?=(?:\S+\s+){0,9}\S+\s*$)[^\d.!?;:,]*[A-Za-z)]\s(\d{1,3})\s*$")
PHONE_NUMBERS = {"999", "101", "111"}
COMMON_CAPITALISED = {
    "The", "In", "Of", "Around", "About", "Only", "Over", "Nearly", "Almost", "Some", "All", "Just", "By", "From",
    "To", "With", "At", "For", "And", "But", "On", "Since", "Between", "Until", "During", "Under", "Approximately",
    "More", "Less", "Fewer", "Up", "A", "An", "These", "Those", "This", "That", "Each", "Every", "Roughly",
    "Another", "Across", "After", "Before", "Among", "Within", "Than", "Were", "Was", "Is", "Are", "Had", "Has",
    "Have", "Least", "Most", "Both", "Further", "Overall", "Total",
}
TIME_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:the|last|past|first|next|previous|recent|coming|following|over the|in the|within the|for the|"
    r"during the|after)\s(?:last\s|past\s|first\s|next\s|previous\s)?"
    r"|\b(?:lowest|highest|best|worst|first time)\s(?:level\s|rate\s)?(?:for|in)\s)$", re.IGNORECASE)
TIME_REFERENCE_AFTER = re.compile(r"^\s(?:on\b(?!\saverage)|ago|later|earlier|before|after|old|of age|of service|ending|"
                                  r"to\s(?:the\send\sof\s)?(?:\d{1,2}\s)?(?:" + MONTHS + r"))\b", re.IGNORECASE)
# A duration that is the condition or deadline of something else, not a measurement: "answered within 10 seconds",
# "in under ten seconds", "within three months of publication", "a target of 30 seconds", "answered 81% of calls in 10
# seconds". "within three seconds on average" is a measurement.
# the words that may stand before a number: "in only 15", "and nearly a fifth", "stood at around 1,460"
NUMBER_QUALIFIERS = r"(?:(?:only|just|around|about|nearly|almost|over|under|some|roughly|approximately|a\sfurther|another)\s)*"
CONDITION_BEFORE = re.compile(r"(?:\bwithin(?:\s(?:under|less than|the\s(?:required|agreed|statutory|target|expected)))?|\bin under|"
                              r"\bin less than|\btarget(?:\s[a-z]+){0,3}\s(?:of|is|was)|"
                              r"\b(?:for|by)\s(?:more|longer|less|fewer)\sthan|\bexceeded|"     # "held for more than 24 hours"
                              r"\b(?:answered|answering|answers?|attended|attending|attends?|responded\sto|responding\sto|"
                              r"respond\sto)\s[^;:]{0,30}?(?:%|\bper\s?cent|\bpercent)[^;:]{0,40}?\sin|"     # "answered 81% of 999 calls in 10 seconds"
                              r"\b(?:took|take|takes|taking|waited|wait|waits|waiting|lasted|lasting)\s(?:longer|more|less)\sthan)"
                              r"\s(?:(?:just|about|around)\s)?(?:\d+\s(?:or|to)\s)?$", re.IGNORECASE)
SERVICE_AFTER = re.compile(r"^['’]?\s(?:service|experience|in\s(?:post|service|the\s(?:job|role)))\b")
JOINED_DURATION = re.compile(r"\d+\s(?:seconds?|minutes?|hours?|days?|weeks?|months?)\b[^,;.\d]{0,40}?\s(?:and|or)\s"
                             r"(?:(?:just|about|around)\s)?$", re.IGNORECASE)
TARGET_COMPARED = re.compile(r"\b(?:against|compared\s(?:with|to)|versus|than|below|above|short\sof|missing|missed|exceeding|"
                             r"exceeded|beating|meeting|outside)\s(?:a|the|its|their)\s"
                             r"(?:[\w'’-]+\s){0,3}target\s(?:of|is|was)\s(?:(?:just|about|around)\s)?$", re.IGNORECASE)
ON_AVERAGE_AFTER = re.compile(r"^\s(?:on average|on avg)\b", re.IGNORECASE)
LIST_NUMBER = re.compile(r"^\s*(?:[-*•]\s*)?\(?\d+(?:\.\d+)*[.)](?:\s|(?=[A-Z]))|^\s*\d+(?:\.\d+)+\s+(?=[A-Z])")
_MODIFIER = r"(?!(?:as|of|in|to|the|a|an|and|or|is|are|was|were|be|by|for|with|on|at|from|that|which|per|" \
            r"geographical|geographic|local|rural|urban|command|borough|neighbourhood|council|ward|postcode)\b)[A-Za-z’'\-]+\s+"
_STRUCTURE_AFTER = re.compile(
    r"^\s+(?:of\s+(?:these\s+|the\s+|those\s+)?(?:\w+\s+)?|(?:" + _MODIFIER + r"){0,2}?)(?:" + REPORT_STRUCTURE_NOUNS + r")\b",
    re.IGNORECASE)
_GRADE_BEFORE = re.compile(r"(?:" + GRADE_WORDS + r")[’'\"”]?\s+in\s+$", re.IGNORECASE)
_ELLIPSIS_AFTER = re.compile(r"^\s*(?:$|[,.;:)–-]|\s(?:and|or|others?|more)\b)", re.IGNORECASE)
_GRADE_AFTER = re.compile(
    r"^\s+(?:of which\s+)?(?:(?:were|was|as|rated|graded|only|just|have|has|had|been)\s+)*(?:[‘'\"“](?:" + GRADE_WORDS + r")"
    r"|(?-i:Outstanding|Good|Adequate|Requires? Improvement|Inadequate)\b)", re.IGNORECASE)
_ANAPHOR_AFTER = re.compile(r"^\s+of\s+(?:these|those|them|which)\b", re.IGNORECASE)
_ANAPHOR_BEFORE = re.compile(r"\bof\s+(?:these|those)\s+$", re.IGNORECASE)
FOOTNOTE_START = re.compile(r"^\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|<sup>\d+</sup>)")
@dataclass
class Mention:
    start: int          # offsets within the line text
    end: int
    value: float
    unit: str
    value_high: float | None = None
    qualifier: str = "exact"
    ci: float | None = None
    comparator: str | None = None
    comparator_value: float | None = None
    period: Period | None = None
    period_source: str | None = None
    measure: str | None = None
    subject: str | None = None
    value_kind: str = "level"
    direction: str | None = None
    base: float | None = None
    in_quotation: bool = False
    kind: str = "number"
    extra: dict = field(default_factory=dict)


def _scaled(value: float, factor: float) -> float:
    """£4.07m is 4,070,000, not 4,070,000.0000000005: a printed figure times its scale, without the float's noise."""
    return round(value * factor, 6)


def _num(s: str) -> float:
    return float(s.replace(",", ""))


_PCT_TEXT = re.compile(r"%|per\s?cent|percent|^\s?pc$", re.IGNORECASE)
_NUMBER_WORD = re.compile(r"\b(?:" + _WORDNUM + r")\b", re.IGNORECASE)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d{2}")
_NAME_BEFORE = re.compile(r"(?<!['’])\b(?:" + NAME_WORDS + r")\.?\s?(?:\d{1,3}[a-z]?(?:,\s?|\s(?:and|or|to|&)\s|[-–]))*$", re.IGNORECASE)
_DURATION_AFTER_OR = re.compile(r"\s(?:or|to|-|–)\s?\d+" + _DUR, re.IGNORECASE)


def _pct_unit(u: str | None) -> bool:
    return bool(u) and bool(_PCT_TEXT.search(u))


_DATE_SCAN, _REFERENCE_SCAN, _RUN_IN_SCAN = map(prefiltered, (DATE_SPANS, REFERENCE_SPANS, RUN_IN_PAGE_NUMBER))
_SMALL_NUMBER = re.compile(r"\b\d{1,3}\b")


def _blocked(line: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _DATE_SCAN.finditer(line)] + [m.span() for m in _REFERENCE_SCAN.finditer(line)]
    m = LIST_NUMBER.match(line)
    if m:
        spans.append(m.span())
    spans += [m.span(1) for m in INLINE_LIST_NUMBER.finditer(line)]
    run_in = len(_RUN_IN_SCAN.findall(line))
    if run_in >= 3 and len(line.split()) <= 8 * run_in:     # a contents list run into one line: no bare number counts
        spans += [m.span() for m in _SMALL_NUMBER.finditer(line)]
    m = TITLE_PAGE_NUMBER.match(line)
    if m:
        spans.append(m.span(1))
    return spans


def _times_are_occasions(before: str, after: str) -> bool:
    """"had been arrested 50 times", "was stopped 12 times in a year": how often something happened, a count, not a
    multiple of another figure ("3 times as likely", "five times the rate")."""
    return bool(rx.search(r"\b(?:[a-z]+ed|been|seen|done|met|called|visited)\s(?:" + OCCASION_COMPLEMENT +
                          r"\s)?(?:(?:around|about|over|nearly|almost|"
                          r"more\sthan|at\sleast|some)\s)?$", before)) and not rx.match(
        r"\s(?:as|more|less|fewer|higher|lower|greater|bigger|larger|smaller|the|that|what|their|its|his|her|over)\b", after)


def _is_condition(before: str, after: str) -> bool:
    """A duration that sets a deadline or a threshold ("within 10 seconds"), unless it is an average or the target a
    measured time is set against ("13 minutes, against a target of 15 minutes")."""
    if SERVICE_AFTER.match(after) and rx.search(r"\b(?:less|more|fewer)\sthan\s(?:(?:just|about|around)\s)?$|\b(?:under|over)\s$",
                                                before):
        return True             # "officers with less than five years' service": who is counted, not a number of its own
    if rx.search(r"\(\s*$", before) and rx.match(r"\s(?:or\s(?:more|longer|over)|\+)", after):
        return True             # "on long-term sick leave (28 days or more)"
    joined = JOINED_DURATION.search(before)          # "within 15 minutes in towns and 20 minutes in rural areas"
    return bool(CONDITION_BEFORE.search(before) or joined and CONDITION_BEFORE.search(before[:joined.start()])) and \
        not ON_AVERAGE_AFTER.match(after) and not TARGET_COMPARED.search(before)


def _counts_report_structure(before: str, after: str) -> bool:
    """A bare count of the report's or the inspection's own parts: "nine areas of policing", "four recommendations",
    "graded judgments in 11 of these 12", "‘good’ in two areas, ‘adequate’ in six", "5 of which were Inadequate"."""
    if _STRUCTURE_AFTER.match(after):
        return True
    if _GRADE_BEFORE.search(before) and _ELLIPSIS_AFTER.match(after):
        return True
    if _GRADE_AFTER.match(after):       # a tally of grades counts areas unless it counts something else ("3 other forces")
        return _antecedent_is_structure(before) is not False
    if _ANAPHOR_AFTER.match(after) or _ANAPHOR_BEFORE.search(before):
        return bool(_antecedent_is_structure(before))
    return False


_COUNT_IN_TEXT = re.compile(r"\b(?:\d[\d,]*|" + _WORDNUM + r")\b", re.IGNORECASE)


def _antecedent_is_structure(before: str) -> bool | None:
    """`in 11 of these 12`, `in four of these`, `5 of which were Inadequate`: whether the nearest earlier count that
    names what it counts (not itself `N of these` or a grade tally) counts parts of the report; None if there is none."""
    for m in reversed(list(_COUNT_IN_TEXT.finditer(before))):
        rest = before[m.end():]
        if _ANAPHOR_AFTER.match(rest) or _ANAPHOR_BEFORE.search(before[:m.start()]) or _GRADE_AFTER.match(rest):
            continue
        return bool(_STRUCTURE_AFTER.match(rest))
    return None


_LIST_AFTER = re.compile(r"[^.!?:]{0,150}:(?P<items>[^\d]*)$")


def _introduces_list(line: str, end: int, value: float) -> bool:
    """A small count whose sentence goes on to a colon and a list of names: "three broad themes: leadership; ...".
    (Matched at `end` without slicing the line: a copy of the rest of a 5 MB line per number is quadratic.)"""
    m = _LIST_AFTER.match(line, end) if value <= 12 else None
    return bool(m) and not _NUMBER_WORD.search(m.group("items"))


class Spans:
    """Spans of a line (dates, references, quotations) asked whether they hold or touch a mention, in log time: a
    5 MB line has as many spans as numbers, and scanning them all for each number is quadratic."""

    def __init__(self, spans: list[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [a for a, _ in ordered]
        self.reach = list(itertools.accumulate((b for _, b in ordered), max))   # furthest end among spans so far

    def _reach_before(self, i: int) -> int:
        return self.reach[i - 1] if i > 0 else -1

    def holds(self, start: int, end: int) -> bool:
        """Some span has a <= start and end <= b."""
        return self._reach_before(bisect.bisect_right(self.starts, start)) >= end

    def touches(self, start: int, end: int) -> bool:
        """Some span has a < end and start < b."""
        return self._reach_before(bisect.bisect_left(self.starts, end)) > start


def _overlaps(start: int, end: int, spans: Spans) -> bool:
    return spans.touches(start, end)


def _within(start: int, end: int, spans: Spans) -> bool:
    return spans.holds(start, end)


_MENTION_SCAN = prefiltered(MENTION)


COUNT_RANGE = re.compile(r"(?<![\w.,£$+\-−])(?P<lo>\d{1,3}(?:,\d{3})*|" + _WORDNUM + r")(?:\s?[-–]\s?|\s(?:to|or)\s)"
                         r"(?P<hi>\d{1,3}(?:,\d{3})*|" + _WORDNUM + r")(?![\w.,%\-–])(?=\s(?:[A-Z][\w'’-]*\s){0,3}[a-z][a-z-]+)",
                         re.IGNORECASE)
NOT_A_COUNT_RANGE_BEFORE = re.compile(r"\b(?:from|by|up|down|aged|ages|age|rose|fell|increased|decreased|dropped|grew|"
                                      r"score[sd]?|won|lost|drew|ranked)\s(?:(?:over|around|about|some|nearly|"
                                      r"almost)\s)?$", re.IGNORECASE)
NOT_A_COUNT_RANGE_AFTER = re.compile(r"\s(?:" + MONTHS + r"|per|percent|per\s?cent|and|or|of|in|on|at|by|to|from|times|"
                                     r"seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", re.IGNORECASE)
_COUNT_RANGE_SCAN = prefiltered(COUNT_RANGE)


def _count_ranges(line: str) -> list[Mention]:
    """Two counts joined by "to", "or" or a dash before the noun they count are one range: "each BCU covering 2 to 4
    London Boroughs", "50-60 cases", "two or three officers"; "from 12 to 9 officers" stays a change."""
    found = []
    for m in _COUNT_RANGE_SCAN.finditer(line):
        lo_text, hi_text = m.group("lo"), m.group("hi")
        lo = WORD_VALUES.get(lo_text.casefold()) if lo_text.isalpha() else _num(lo_text)
        hi = WORD_VALUES.get(hi_text.casefold()) if hi_text.isalpha() else _num(hi_text)
        if lo is None or hi is None or not lo < hi or _is_year_like(lo_text) or _is_year_like(hi_text) or \
                NOT_A_COUNT_RANGE_BEFORE.search(line[max(0, m.start() - 30):m.start()]) or \
                NOT_A_COUNT_RANGE_AFTER.match(line[m.end():]):
            continue
        vague = lo_text.isalpha() and hi_text.isalpha() and " or " in m.group()      # "one or two officers": an idiom
        found.append(Mention(m.start(), m.end(), float(lo), "count", value_high=float(hi),
                             kind="vague_range" if vague else "range"))
    return found


def find_mentions(line: str) -> list[Mention]:
    """Every metric mention in one line of prose, in order.

    A mention inside a date, year range, URL, age label or identifier is dropped; one that only
    overlaps such a span is kept when it is money or a percentage (`£3.2 billion in 2015-16`).
    """
    blocked = None
    found: list[Mention] = []
    ranges: list[Mention] = []
    for m in _MENTION_SCAN.finditer(line):
        start, end = m.span()
        if blocked is None:             # most lines hold no number: they need no blocked spans
            blocked = Spans(_blocked(line))
            ranges = [r for r in _count_ranges(line) if not _overlaps(r.start, r.end, blocked)]
        inside = next((r for r in ranges if r.start <= start and end <= r.end), None)
        if inside is not None:
            if inside.start == start:
                found.append(inside)
            continue
        if _within(start, end, blocked):
            continue
        strong = m.group("money") or (m.group("num") and _pct_unit(m.group("unit")))
        if _overlaps(start, end, blocked) and not strong:
            continue
        mention = _interpret(line, m)
        if mention is not None:
            found.append(mention)
    found = _compound_durations(line, _between_ranges(line, _attach_intervals(found)))
    _share_units(line, found)
    return found


_DURATION_STEPS = {("duration_hours", "duration_minutes"): 60, ("duration_minutes", "duration_seconds"): 60,
                   ("duration_days", "duration_hours"): 24, ("duration_years", "duration_months"): 12}


def _compound_durations(line: str, found: list[Mention]) -> list[Mention]:
    """'4 minutes 12 seconds', '1 hour and 30 minutes', '2 years and 3 months': one duration in the smaller unit."""
    out: list[Mention] = []
    for m in found:
        big = out[-1] if out else None
        step = _DURATION_STEPS.get((big.unit, m.unit)) if big is not None else None
        if step and big.value_high is None and m.value_high is None and rx.fullmatch(r",?\s(?:and\s)?", line[big.end:m.start]):
            out[-1] = Mention(big.start, m.end, round(big.value * step + m.value, 6), m.unit)
            continue
        out.append(m)
    return out


def _between_ranges(line: str, found: list[Mention]) -> list[Mention]:
    """'between 7% and 10%', 'between £2m and £3m', 'between 25 and 30 percent', 'between 3 and 4 weeks': one range
    with `value_high`, in the unit printed after its second number where the first has none."""
    out: list[Mention] = []
    for m in found:
        lo = out[-1] if out else None
        bare_low = lo is not None and lo.unit == "count" and m.unit != "count" and \
            rx.fullmatch(r"[\d,.]+", line[lo.start:lo.end]) is not None
        if lo is not None and (lo.unit == m.unit and lo.unit != "count" or bare_low) and lo.value_high is None and \
                m.value_high is None and lo.value < m.value and line[lo.end:m.start] == " and " and \
                rx.search(r"\bbetween\s$", line[max(0, lo.start - 8):lo.start], re.IGNORECASE):
            out[-1] = Mention(lo.start, m.end, lo.value, m.unit, value_high=m.value, kind="range")
            continue
        out.append(m)
    return out


def _interpret(line: str, m: re.Match) -> Mention | None:
    start, end = m.span()
    before = line[max(0, start - 40):start]
    after = line[end:end + 80]
    if m.group("money"):
        value = _scaled(_num(m.group("money_num")), SCALE.get((m.group("money_scale") or "").casefold(), 1.0))
        return Mention(start, end, value, "gbp")
    if m.group("range"):
        hi_unit = m.group("hi_unit").strip().casefold()
        unit = "percent" if _pct_unit(hi_unit) else DURATION_UNITS.get(hi_unit, "other")
        lo, hi = _num(m.group("lo")), _num(m.group("hi"))
        if _is_year_like(m.group("lo")) or (unit.startswith("duration") and (
                TIME_REFERENCE_BEFORE.search(before) or _is_condition(line[max(0, start - 80):start], line[end:end + 40]))):
            return None
        return Mention(start, end, lo, unit, value_high=hi if hi > lo else None, kind="range")
    if m.group("between"):
        lo, hi = _num(m.group("b_lo")), _num(m.group("b_hi"))
        if _is_year_like(m.group("b_lo")) or _is_year_like(m.group("b_hi")) or hi <= lo:
            return None
        scale = SCALE.get((m.group("b_scale") or "").strip().casefold(), 1.0)
        return Mention(start, end, _scaled(lo, scale), "count", value_high=_scaled(hi, scale), kind="range")
    if m.group("ci"):
        return Mention(start, end, _num(m.group("ci_num")), "percent", kind="ci")
    if m.group("colon"):
        if not rx.search(r"\bratios?\b|\bto every\b|\bper\b", line[max(0, start - 80):end + 60], re.IGNORECASE):
            return None
        return Mention(start, end, _num(m.group("colon_b") or m.group("colon_a")), "ratio", kind="ratio_colon")
    if m.group("half_scale"):
        return Mention(start, end, 0.5 * SCALE[m.group("half_unit").casefold()], "count", kind="word")
    if m.group("ratio"):
        a, b = m.group("ratio_a").casefold(), m.group("ratio_b").casefold()
        num = WORD_VALUES.get(a) if not a.isdigit() else int(a)
        den = DENOMINATORS.get(b) if not b.isdigit() else int(b)
        if not num or not den or num >= den or den > 100:
            return None
        if rx.search(r"\bone\s$", before, re.IGNORECASE):
            return None
        if a.isdigit() and b.isdigit() and " out of " in m.group("ratio"):
            return Mention(start, end, float(num), "count", kind="part_of", base=float(den))    # "40 out of 120"
        return Mention(start, end, round(100 * num / den, 1), "percent", kind="ratio")
    if m.group("fraction"):
        text = m.group("fraction").casefold()
        if text in ("half",) and not rx.search(r"\b(?:a|one|almost|nearly|over|than|around|about)\s$", before, re.I) \
                and not rx.match(r"\s+of\b|\s*\(", after):
            return None
        if not rx.match(r"\s+(?:of|the|their|its|were|are|had|have)\b|\s*\(", after, re.IGNORECASE) and not (
                rx.search(r"\bby\s$", before) and rx.match(r"\s*(?:[,.;:)]|$|\s(?:in|since|over|from|between|on)\b)", after)):
            return None         # "a third party"; "dropped by two thirds," is a change
        return Mention(start, end, round(FRACTIONS[text], 1), "percent", kind="fraction")
    if m.group("mult_word"):
        word = m.group("mult_word").casefold()
        if rx.search(r"\bonce\sor\s$", before, re.IGNORECASE) or rx.match(r"\s(?:a|per|each|every)\s(?:day|week|month|year)",
                                                                              line[end:end + 12]):
            return None         # "once or twice a week": a frequency band
        value = 2.0 if word.startswith(("twice", "doubl")) else 3.0
        if word == "twice" and _times_are_occasions(before, after):
            return Mention(start, end, value, "count", kind="word")     # "she had been updated twice": two occasions
        return Mention(start, end, value, "multiplier", kind="multiplier_word")
    if m.group("num"):
        return _interpret_number(line, m, before, after)
    return _interpret_word(line, m, before, after)


# "19 grievance cases per month", "4.2 days per officer": a number per unit of time, person or thing (not per 1,000,
# not "per cent") in the number's own clause
_PER_UNIT_AFTER = re.compile(r"[^.;:,()£%\d]{0,60}?\bper\s(?!cent\b|centage\b|capita\b)(?:\d[\d,]*\s)?(?:[a-z][a-z-]*)\b|"
                             r"\s(?:(?!(?:in|within|for|over|during|than|from)\s)[a-z][a-z-]*\s){0,3}?(?:a|each|every)\s"
                             r"(?:year|month|week|day)\b(?!\s(?:ago|earlier|later|before|after|on|shifts?|time|duty|"
                             r"release|centres?|officers?|staff|teams?)\b)|"
                             r"\s(?:(?!(?:and|or|but|with)\b)[a-z][a-z-]*\s){0,4}?a\shead\b(?!\sof\b)",
                             re.IGNORECASE)     # "30 high risk crimes a head"
# "7.4 arrests per 100 offences", "around 20 audits a year", "nearly 100,000 a year": a rate


def _is_year_like(digits: str) -> bool:
    return bool(_YEAR_DIGITS.fullmatch(digits))


def _interpret_number(line: str, m: re.Match, before: str, after: str) -> Mention | None:
    start, end = m.span()
    digits = m.group("digits")
    unit_text = (m.group("unit") or "").strip().casefold()
    prev_char = line[start - 1] if start else " "
    next_char = line[end] if end < len(line) else " "
    if prev_char.isalnum() or prev_char in "._/£”’)" or (prev_char in "\"'" and start > 1 and not line[start - 2].isspace()):
        return None         # part of a word or an identifier, or a footnote marker after punctuation ("crime.”12")
    if next_char.isalpha() or (next_char in "/:" and end + 1 < len(line) and line[end + 1].isdigit()):
        return None
    if _NAME_BEFORE.search(before) and not unit_text:
        return None
    if not unit_text and ("every" in before[-8:] or "each" in before[-7:]) and ONE_FOR_EVERY.search(before):
        return Mention(start, end, _num(digits), "ratio", kind="ratio_every")     # "one supervisor for every 11 officers"
    if digits in PHONE_NUMBERS and not unit_text:
        return None
    label = rx.search(r"\b(?:([A-Z][a-z]+)|[A-Z]{2,})\s$", before)
    if label and not unit_text and rx.fullmatch(r"\d{1,3}" if label.group(1) else r"\d{1,2}", digits) and \
            label.group(1) not in COMMON_CAPITALISED:
        return None         # a label ("Officer 1", "Wellbeing 100") or a footnote after an acronym ("HMICFRS 1")
    if rx.match(r"-(?:page|month|year|week|day|hour|minute|second|point|mile|metre)s?\b", line[end:end + 8]):
        return None
    if _is_year_like(digits) and not unit_text and "," not in digits:
        return None
    if rx.fullmatch(r"(?:19|20)\d\d\.\d{1,2}", digits) and not unit_text:
        return None         # a year followed by a footnote marker ("Vision 2025.3")
    value = _num(digits)
    if m.group("sign") in ("-", "−"):
        value = -value
    scale = (m.group("scale") or "").strip().casefold()
    if scale:
        value = _scaled(value, SCALE[scale])
    if unit_text.startswith(("percentage point", "pp")):
        unit = "percentage_points"
    elif _pct_unit(unit_text):
        unit = "percent"
    elif unit_text in ("times", "x", "-fold"):
        per = rx.match(r"[^.;:,()]{0,40}?\bper\s(?P<thousand>1,000|1000|thousand\b)?", after, re.IGNORECASE) \
            if unit_text == "times" else None
        unit = "multiplier" if not per else "rate_per_1000" if per.group("thousand") else "rate"
        unit = "count" if unit == "multiplier" and unit_text == "times" and _times_are_occasions(before, after) else unit
    elif unit_text in DURATION_UNITS:
        if TIME_REFERENCE_BEFORE.search(before) or TIME_REFERENCE_AFTER.match(after) or \
                _is_condition(line[max(0, start - 80):start], after):
            return None
        unit = "rate" if _PER_UNIT_AFTER.match(after) else DURATION_UNITS[unit_text]
    else:
        rate = rx.match(r"[^.;:,()]{0,60}?\bper\s(?:1,000|1000|thousand)\b", after, re.IGNORECASE)
        unit = "rate_per_1000" if rate else "rate" if _PER_UNIT_AFTER.match(after) else (
            "count" if value == int(value) else "other")
        if unit == "count" and (_counts_report_structure(before, after) or _introduces_list(line, end, value)):
            return None
        if CONDITION_BEFORE.search(before) and _DURATION_AFTER_OR.match(after):
            return None     # "within 15 or 20 minutes"
    mention = Mention(start, end, value, unit)
    if unit == "percent" and m.group("sign") == "+":
        mention.extra["signed"] = True
    return mention


def _interpret_word(line: str, m: re.Match, before: str, after: str) -> Mention | None:
    start, end = m.span()
    word = m.group("word_num").casefold()
    unit_text = (m.group("word_unit") or "").strip().casefold()
    value = float(WORD_VALUES[word]) + (0.5 if m.group("and_half") else 0.0)
    if line[start - 1:start] == "-" or line[end:end + 1] == "-":
        return None
    if _NAME_BEFORE.search(before):
        return None         # "grade two", "tranche three"
    if m.group("word_scale"):
        return Mention(start, end, _scaled(value, SCALE[m.group("word_scale").strip().lower()]), "count", kind="word")
    if unit_text == "times":
        return Mention(start, end, value, "count" if _times_are_occasions(before, after) else "multiplier")
    if _pct_unit(unit_text):
        return Mention(start, end, value, "percent")
    if unit_text in DURATION_UNITS:
        if TIME_REFERENCE_BEFORE.search(before) or TIME_REFERENCE_AFTER.match(after) or \
                _is_condition(line[max(0, start - 80):start], after):
            return None
        return Mention(start, end, value, DURATION_UNITS[unit_text])
    if word == "one" or word == "hundred":
        return None
    nxt = rx.match(r"\s(?:of\s(?:these|the|those|its|their)\s|(?:new|more|additional|other|extra|separate|key|main|"
                   r"specific|different|further|such|serious)\s)?([a-z][a-z\-]+)", after)
    partitive = rx.match(r"\s(?:of\s(?:these|those|them)\b|out\sof\s(?:the\s)?\d)", after)   # "four of these", "two out of the 12"
    if not nxt:
        return None
    noun = nxt.group(1)
    if not (noun.endswith("s") or nxt.group(0).startswith(" of ") or partitive):
        return None
    if rx.search(r"\b(?:the|these|those|its|their|our|all|both)\s$", before, re.IGNORECASE):
        return None
    if _counts_report_structure(before, after) or _introduces_list(line, end, value):
        return None
    return Mention(start, end, value, "count", kind="word")


_RANGE_START = re.compile(r"\b(?:from|between)\s$")


def _share_units(line: str, found: list[Mention]) -> None:
    """`from 10 to 12 minutes`: a bare number takes the unit written once after its partner."""
    for a, b in zip(found, found[1:]):
        if a.unit in ("count", "other") and a.kind == "number" and b.unit not in ("count", "other") and \
                rx.fullmatch(r"\s*(?:to|and|-|–)\s*", line[a.end:b.start]) and \
                _RANGE_START.search(line, max(0, a.start - 9), a.start):       # "between " and the word break before it
            a.unit = b.unit


def _attach_intervals(found: list[Mention]) -> list[Mention]:
    """`+/- 2.4 percent` qualifies the metric before it; it is not a metric of its own."""
    out: list[Mention] = []
    for mention in found:
        if mention.kind == "ci":
            if out:
                out[-1].ci = mention.value
            continue
        out.append(mention)
    return out


def _qualifier(before: str) -> str:
    tail = before[-30:].lower()
    for pattern, name in QUALIFIER_PATTERNS:
        if rx.search(r"\b" + pattern + r"\s*$", tail):
            return name
    return "exact"


SAME_PERIOD = re.compile(r"(?<!\bthe\s)\bthat\syear\b|\bthe\ssame\s(?:year|quarter)\b|\b(?:during|over|in|for|throughout|across|within)\s(?:this|that|the\ssame|the\ssame\stime|"
                         r"this\stime|that\stime)\s?(?:period|time|timeframe|time\speriod|year|quarter|months?)?\b"
                         r"|\b(?:at|on|by)\s(?:that|the\ssame)\s(?:date|time|point)\b|\b(?:during|over|throughout)\sthe\syear\b"
                         r"|\bover\sthe\ssame\stime\b|\bin\sthe\ssame\speriod\b", re.IGNORECASE)
COMPARED_BEFORE = re.compile(r"\b(?:from|compared\s(?:with|to)|in\scomparison\s(?:with|to)|versus|against)\s|(?<!more\s)(?<!less\s)(?<!fewer\s)\bthan\s",
                             re.IGNORECASE)
NOT_OWN_PERIOD = re.compile(r"\b(?:than|compared\s(?:with|to)|in\scomparison\s(?:with|to)|versus|against|since|down from|up from)\b", re.IGNORECASE)


PERIOD_REACH = 90          # characters after a number within which its clause may state its period


def _point_of_since(sentence: str, period: Period, start: int) -> Period:
    """"an improvement since 2012, when women made up 24% of officers", "Since 2014-15, the average wait has risen
    from 4 days to 19 days": the 24% and the 4 days are of 2012 and 2014-15, not of the open span."""
    if period.end is None and rx.match(r"since\s", period.label, re.IGNORECASE) and (
            rx.fullmatch(r",?\s(?:when|at\swhich\spoint)\s[^;:()]*", sentence[period.char_end:start]) or
            rx.search(r"\bfrom\s(?:(?:around|about|nearly|almost|just|over|some)\s)?$", sentence[period.char_end:start])):
        point = find_periods("in " + period.label[6:])
        if point and point[0].start:
            return Period(period.label[6:], point[0].start, point[0].end, period.char_start + 6, period.char_end)
    return period


def _period(sentence: str, periods: list[Period], spans: list[tuple[int, int]], i: int) -> Period | None:
    """The period a sentence ties to its i-th number: the first printed after it (before the next number and not
    across a comparison), else one printed before it in the same clause with no other number between, else a
    period that opens the sentence ("In 2021-22, ...")."""
    start, end = spans[i]
    j = i + 1
    while j < len(spans) and rx.fullmatch(r"\s*\(\s*", sentence[end:spans[j][0]]):
        j += 1              # "1,786 (4%) in 2022-23": the restatement in brackets does not end the count's clause
    limit = spans[j][0] if j < len(spans) else len(sentence)
    for p in periods:
        if end <= p.char_start < min(limit, end + PERIOD_REACH) and not NOT_OWN_PERIOD.search(sentence[end:p.char_start]) \
                and not rx.search(r"[.;:]\s", sentence[end:p.char_start]) and not (
                rx.search(r"\b(?:and|but|while|whilst|whereas)\s*$", sentence[end:p.char_start]) and
                rx.match(r",\s", sentence[p.char_end:])):      # "rose by 450% and in 2021, the force received ...": the next clause's
            return p
    for p in periods:       # "72% of victims of burglary ... were satisfied with the service they received in 2022."
        if end + PERIOD_REACH <= p.char_start < min(limit, end + 2 * PERIOD_REACH) and \
                not rx.search(r"[.;:()]|,\s(?:which|who|where|when|while|whilst|although|but|as|after|before|since|"
                              r"compared|than|up|down)\b", sentence[end:p.char_start]) and \
                rx.match(r"\s*(?:[.;,]|$)", sentence[p.char_end:]) \
                and not NOT_OWN_PERIOD.search(sentence[end:p.char_start]):
            return p
    previous_end = spans[i - 1][1] if i > 0 else 0
    before = [p for p in periods if previous_end <= p.char_end <= start and not rx.search(r"[;:]", sentence[p.char_end:start])
              and not (i > 0 and COMPARED_BEFORE.search(sentence[p.char_end:start]))]
    if before and rx.search(r"\b(?:currently|at\spresent|presently|today|now)\b", sentence[before[-1].char_end:start]):
        return None             # "joined in 2022, and currently two of the four posts are held by women"
    if before and COMPARED_WITH_A_TIME.search(sentence[:before[-1].char_start]) and \
            not rx.match(r",?\s(?:when|where)\b|\s*\(\s*" + NUMBER_QUALIFIERS + r"$|"
                         r"\s(?:of|at)\s" + NUMBER_QUALIFIERS + r"$", sentence[before[-1].char_end:start]):
        # "2,316 cases in 2023/24, 11% more than in 2022/23, involving 4,102 allegations"; not "than in 2019 (74%)"
        earlier = [p for p in periods if p.char_end <= before[-1].char_start and not _only_a_reference(sentence, p)
                   and not rx.search(r"[;:]", sentence[p.char_end:start])]
        return earlier[-1] if earlier else None
    if before:
        return _point_of_since(sentence, before[-1], start)
    if rx.search(r"\b(?:target|standard|threshold|benchmark|aim|goal|ambition)\s(?:of\s|is\s|was\s)?(?:(?:around|about|"
                 r"at\sleast)\s)?$", sentence[:start], re.IGNORECASE):
        return None         # "..., exceeding the national standard of 90%": a standard is not of the sentence's period
    opening = [p for p in periods if p.char_start <= 3 or rx.match(r"^\W*(?:[A-Z][a-z]+\s){0,2}$", sentence[:p.char_start])]
    if opening and opening[0].char_end <= start and not (i > 0 and _compares_over_time(sentence[spans[0][1]:start])):
        return opening[0]
    return None


def _compares_over_time(text: str) -> bool:
    """Whether words between a sentence's first number and a later one compare it with another time ("up from",
    "since", "compared with 2019", "than the previous year"), so the later number is not in the opening period; a
    comparison between groups ("lower than among White victims (64% compared with 72%)") keeps it."""
    for m in NOT_OWN_PERIOD.finditer(text):
        if m.group().lower() in ("since", "down from", "up from") or rx.match(
                r"\s(?:in\s|the\s|a\s)?(?:(?:19|20)\d\d|previous|last|prior|preceding|earlier|year|same\speriod)",
                text[m.end():m.end() + 30], re.IGNORECASE):
            return True
    return False


def _quoted_spans(line: str) -> list[tuple[int, int]]:
    """Quoted speech in a line: text between quotation marks that runs to several words (not a quoted grade or
    term such as ‘good’), or the rest of a line that opens a quotation without closing it."""
    spans = []
    for m in rx.finditer(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)|(?<![A-Za-z])‘[^’]*(?:’(?![A-Za-z])|$)"
                         r"|(?<![A-Za-z])'[A-Z].*?[,.!?]'(?![A-Za-z])", line):     # plain text's 'We lose ...,' he said
        inner = m.group()[1:]
        if len(inner.split()) >= 5:
            spans.append(m.span())
    if line.lstrip().startswith(">"):
        spans.append((0, len(line)))
    return spans


COMPARISON_CUE = re.compile(r"compared (?:with|to)|compares (?:with|to)|in comparison|by comparison|\bagainst\b|\bthan\b|versus|\bvs\b|\btarget\b|in line with|"
                            r"\bshort\sof\b|\bexceed(?:s|ed|ing)?\b|\b(?:above|below|missing|meeting|beating)\sthe\s*(?:(?:just|nearly|"
                            r"almost|around|about)\s)?$|"
                            r"the same as|similar to|unchanged from|"
                            r"\bnational|England and Wales|similar forces|most similar", re.I)
REFERENCE_END = re.compile(r"(?:average|target|standard|benchmark|threshold|aim|goal|national|nationally|England and Wales|"
                           r"(?:last|previous|prior)\s(?:year|inspection|survey)|forces|peers|similar forces|"
                           r"rate|figure|population)\s*$", re.I)


def _value_in(m: Mention, unit: str) -> float:
    """A time's value in another time unit (3 minutes in seconds is 180); any other value as it is."""
    if m.unit != unit and m.unit in SECONDS_IN and unit in SECONDS_IN:
        return m.value * SECONDS_IN[m.unit] / SECONDS_IN[unit]
    return m.value


def _comparator(sentence: str, mentions: list[tuple[int, int, Mention]], i: int) -> None:
    """`compared with the England and Wales average of 7.6`, `(the target is 90 percent)`: the comparator of the
    metric before it, when both share a unit and the words between them state a comparison."""
    start, end, mention = mentions[i]
    for n_start, n_end, nxt in mentions[i + 1:]:
        between = sentence[end:n_start]
        if nxt.unit in ("other", "count") and mention.unit not in ("other", "count") and COMPARISON_CUE.search(between) and \
                (rx.search(r"(?:\(|\bof)\s*$", between) or (mention.unit in ("rate_per_1000", "rate") or nxt.unit == "other")
                 and rx.search(r"\b(?:against|compared\swith|compared\sto|than|versus|vs\.?)\s*$", between)) and \
                (len(between) <= 120 or len(between) <= 220 and rx.search(
                    r"\b(?:average|figure|rate|target|standard)\s(?:\w+\s){0,3}of\s*$", between)):
            nxt.unit = mention.unit         # "lower than the rate for similar forces (14.8)": the same unit, unprinted
        if nxt.unit != mention.unit and not (nxt.unit in SECONDS_IN and mention.unit in SECONDS_IN):
            continue            # "4 minutes 51 seconds (against a target of 3 minutes)": times compare across units
        if len(between) > 260 or not COMPARISON_CUE.search(between) or ";" in between:
            return              # "... lower than the average of 93.4%; and lower than the 90.6% ...": another clause
        if mention.kind in ("ratio", "fraction") and between.rstrip().endswith("(") and abs(nxt.value - mention.value) <= 5:
            return                  # "one in five say they acted against the rules (22%)": the same share, restated
        per = rx.match(r"\s*per\s(?:[\d,]+|thousand)(?:\s(?:of\s)?(?:the\s)?(?:people|population|residents|head))?(?=[\s,;.)])",
                       sentence[n_end:])
        words_at = n_end + (per.end() if per else 0)        # "4.8 per 1,000 for White people": the group after its unit
        own_words = rx.match(r"\s*(?:who\s|that\s)?(?!(?:and|or|but|respectively)\b)((?:[A-Za-z][\w'’-]*\s?){1,6})",
                             sentence[words_at:])
        bracket = BRACKETED_PAIR_NAME.search(sentence[:start]) if rx.match(r"\s*\)", sentence[n_end:]) and rx.search(
            r"(?:compared\s(?:with|to)|versus|vs\.?)\s*$", between) and not (
            nxt.subject and nxt.subject != mention.subject or nxt.period and nxt.period != mention.period) else None
        if bracket:                 # "8 points lower than among White victims (64% compared with 72%)": 72% is theirs
            mention.comparator, mention.comparator_value = _clean_name(bracket.group("name")), _value_in(nxt, mention.unit)
            mention.extra["compared_with"] = nxt
            nxt.extra["group"] = mention.comparator
            return
        if rx.search(r"(?:compared\s(?:with|to)|compares\s(?:with|to)|versus|vs\.?|against|(?<!fewer\s)(?<!more\s)(?<!less\s)(?<!greater\s)"
                     r"than(?:\sthe)?|\b(?:above|below|exceeding|missing|meeting|beating)\sthe)\s*(?:(?:just|nearly|almost|around|"
                     r"about|over|under)\s)?$", between,
                     re.IGNORECASE) \
                and (nxt.subject or nxt.period or own_words or rx.match(r"\s*respectively\b", sentence[n_end:])):
            # "compared with 62% of White Londoners", "compared to 85% in 2018/19", "49% Black vs 72% White British"
            own_period = nxt.period if nxt.period and nxt.period != mention.period else None
            than = RESPECTIVELY_THAN.search(sentence[:start]) if rx.match(r"\s*respectively\b", sentence[n_end:]) else None
            if not (nxt.subject or own_period or own_words or than):
                return
            words = own_words.group(1) if own_words else ""
            pair = rx.match(r"[A-Z][\w'’-]*", sentence[words_at + own_words.end():]) if rx.search(r"[A-Z]\w*\s(?:and|&)\s$", words) \
                else None
            words += pair.group() if pair else ""           # "forces in England and Wales", not "in England"
            name = nxt.subject or (own_period.label if own_period else _clean_name(words) if own_words
                                   else than.group("name"))
            name = rx.sub(r"^(?:for|in|among|amongst|across|of)\s(?:the\s)?", "", name, flags=re.I) or name
            mention.comparator, mention.comparator_value = name, _value_in(nxt, mention.unit)
            mention.extra["compared_with"] = nxt
            return
        tail = rx.sub(r"\s*(?:,?\s*\b(?:which|that)\s(?:is|was|are|were|stands at|stood at)\b|\b(?:of|is|was|at|were|"
                      r"stood at|to)\b)?\s*\(?\s*$", "", between[-100:])       # "than the average, which is 19.1"
        cue = rx.search(r"(?P<cue>compared (?:with|to)|compares (?:with|to)|in comparison (?:with|to)|(?<!violence\s)(?<!crime\s)(?<!crimes\s)(?<!offences\s)(?<!abuse\s)(?<!discrimination\s)(?<!action\s)(?<!complaints\s)(?<!allegations\s)\bagainst\b|versus|\bvs\.?|\bthan\b|in line with|"
                        r"\b(?:below|above)(?=\s(?:the|a|an|its|their)\s))\s+(?P<name>[^;]*)$", tail)
        short_of = rx.search(r"\b(?:short\sof|exceed(?:s|ed|ing)?)\s(?:the\s|its\s)?$", between)
        if short_of and nxt.measure and not is_broken(nxt.measure):      # "(94.7%) ..., short of the 100% required by X"
            mention.comparator, mention.comparator_value = nxt.measure, _value_in(nxt, mention.unit)
            mention.extra["compared_with"] = nxt
            nxt.extra["required"] = True         # a requirement is named by its own words and not compared back
            return
        name = cue.group("name") if cue else rx.split(r"[(;]|,(?!\d{3})|\.\s", tail)[-1]
        name = rx.sub(r"\s+(?:is|was|are|were)?\s*(?:fewer|less|more|lower|higher|greater)\s+than$", "", name.strip(" ,(:"))
        name = rx.sub(r"^(?:(?:more|less)\sthan\s)?(?:double|twice|treble|triple|half|\w+\stimes)\s", "", name)
        name = rx.sub(r"^(?:.*\d\S*\s)?(?:(?:is|was|are|were)\s)?", "", name) if rx.search(r"\d", name) else name  # "1,000 is well below"
        explicit = bool(cue) and cue.group("cue").lower() not in ("than", "in line with") or \
            bool(cue) and any(p.char_start <= 3 and p.char_end >= len(name) - 1 for p in find_periods(name))  # "than in 2019 (74%)"
        after = rx.match(r"\s*(nationally|across England and Wales|in England and Wales|for England and Wales)",
                         sentence[n_end:])
        if after and not REFERENCE_END.search(name):
            name, explicit = after.group(1), True
        name = rx.sub(r"^(?:this|that|it|which)\s(?:is|was)\s", "", name.strip(), flags=re.I)    # "This is well above X"
        name = rx.sub(r"(?:\s*\b(?:just|nearly|almost|around|about|approximately|over|under|more than|less than|"
                      r"fewer than|up to|some))+\s*$", "", name, flags=re.I).strip()
        if not name or "," in name or len(name.split()) > 14 or rx.search(r"\b(?:and|or|of|in|with|for|to|by)$", name) \
                or not (explicit or REFERENCE_END.search(name)):
            return
        mention.comparator = rx.sub(r"^(?:(?:well\s|just\s|slightly\s|significantly\s|much\s|broadly\s)?(?:below|above|under|"
                                    r"over|exceeding|meeting|missing|beating|short of|higher than|lower than|better than|worse than|"
                                    r"compared with|compared to|against|"
                                    r"similar to|the same as|close to|"
                                    r"in line with|close to|than|the|a|an|in|for|across)\s)+", "", name, flags=re.I) or name
        mention.comparator_value = _value_in(nxt, mention.unit)
        mention.extra["compared_with"] = nxt
        return


RESPECTIVELY_THAN = re.compile(r"\bthan\s(?P<name>[A-Za-z][\w'’-]*(?:\s[\w'’-]+){0,3}?)\s(?=to|in|at|for|who|that)\b")
BRACKETED_PAIR_NAME = re.compile(r"\b(?:than|with|to|against)\s(?:among\s|amongst\s|for\s|in\s|of\s)?(?:the\s|those\s)?"
                                 r"(?P<name>[A-Za-z][^,;:()]{2,40}?)\s*\(\s*(?:(?:around|about|some|just)\s)?$", re.IGNORECASE)


def _clean_name(words: str) -> str:
    words = rx.sub(r"\s+as\s+a(?:\s+whole)?$", "", words.strip())         # "England and Wales as a whole"
    return rx.sub(r"\s+(?:in|on|at|and|or|of|the|to|for|by|with)$", "", words)


LETTER = re.compile(r"[^\W\d_]")


def prose_lines(doc: Document, skip: set[int] = frozenset()) -> list[int]:
    """Lines that hold prose: not table rows, contents entries, figure captions, footnotes, separators, page or
    web-page furniture (`Document.furniture_lines`: page numbers, running headers, navigation, 'Last updated') or `skip`.
    A line without a letter ("12 345 6789", "53%") is not prose: a number needs words to say what it counts."""
    piped, rules = doc.pipe_table_lines
    contents = {e.line for e in doc.contents} | set(skip) | doc.furniture_lines | piped | rules
    out = []
    for number, raw in enumerate(doc.lines, start=1):
        s = raw.strip()
        if not s or "\t" in raw or number in contents or FOOTNOTE_START.match(s) or s == "---" or not LETTER.search(s):
            continue
        if rx.match(r"^(?:#{1,6}\s*)?(?:\*\*)?(?:Figure|Table|Chart)\s+\d", s) and not (
                s.endswith(".") and len(s.split()) >= 8 and rx.match(r"^\w+\s+[\d.]+\s+(?:shows?|provides?|sets? out|"
                                                                    r"gives?|presents?|compares?)\b", s)):
            continue        # a caption; "Figure 5 provides data on ... on 31 March 2016." is a sentence
        out.append(number)
    return out


YEARS_BACK = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10}
YEAR_EARLIER = re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s(?:(?:in|for|during|over)\s)?(?P<label>(?P<n>a|one|two|three|four|five|six|"
                          r"seven|eight|nine|ten|\d{1,2})\syears?\s(?:earlier|before|previously)|the\s(?:year|previous\syear)"
                          r"\s?(?:before|earlier)?|the\sprevious\syear|last\syear|(?:twelve|12)\smonths\s(?:earlier|before))\b",
                          re.IGNORECASE)


def _years_back(label: str) -> int:
    n = rx.match(r"(\w+)\syears?\s", label)
    word = n.group(1).lower() if n else "a"
    return int(word) if word.isdigit() else YEARS_BACK.get(word, 1)


def _year_before(period: Period, label: str, years: int | None = None) -> Period | None:
    """The same span `years` years earlier (negative: later): 'a year earlier', 'three years earlier'."""
    years = _years_back(label) if years is None else years

    def shift(day: date | None) -> date | None:
        if day is None:
            return None
        year = day.year - years
        last_of_february = day.month == 2 and day.day >= 28            # the end of February there, 28th or 29th
        return day.replace(year=year, day=calendar.monthrange(year, 2)[1] if last_of_february else day.day)
    if period.start is None or period.end is None:
        return None
    return Period(label, shift(period.start), shift(period.end), period.char_start, period.char_end)


REACHING = re.compile(r"\b(?:reaching|to reach|rising to|falling to|to stand at|standing at|now stands at)\s[^;]*$",
                      re.IGNORECASE)


def _split_spans(sentence: str, mentions: list[Mention], periods: list[Period]) -> None:
    """The ends of "from 10 to 12 minutes between 2012 and 2021" are for the first and the last year of the span,
    not the whole of it; a change "since 2015, reaching 3,846 in the year ending March 2023" runs to the end of the
    period the sentence reaches."""
    for m in mentions:
        earlier = m.extra.get("earlier_value")
        span = m.period
        if earlier is not None and span is not None and earlier.period in (None, span) and m.value_kind == "level" and \
                span.start and span.end and span.start.year < span.end.year and (span.start.month, span.start.day,
                                                                                  span.end.month, span.end.day) == (1, 1, 12, 31):
            earlier.period = Period(str(span.start.year), span.start, date(span.start.year, 12, 31), span.char_start,
                                    span.char_end)
            m.period = Period(str(span.end.year), date(span.end.year, 1, 1), span.end, span.char_start, span.char_end)
            if m.comparator == "earlier figure":
                m.comparator = earlier.period.label
        if span is not None and span.end is None and span.start and span.label.lower().startswith("since"):
            later = [p for p in periods if p.char_start > span.char_end and p.end and p.end > span.start and
                     REACHING.search(sentence[span.char_end:p.char_start])]
            if later:
                until = rx.sub(r"^(?:in|during)\s", "", later[0].label)
                m.period = Period(f"{span.label} to {until}", span.start, later[0].end, span.char_start, later[0].char_end)


NOT_COMPARED_BACK = re.compile(r"\b(?:target|standard|threshold|benchmark|aim|goal|ambition|expectation|limit|maximum|"
                               r"minimum|requirement)\b", re.IGNORECASE)


REFERENCE_NAME = re.compile(r"(?:(?:[\w'’-]+\s){0,4}(?:average|target|standard|benchmark|aim|ambition)|"
                            r"(?:the\s)?national(?:\s(?:figure|rate|level|picture))?)"
                            r"(?:\s(?:for|across|among|in)\s(?:all\s|other\s)?(?:forces|England|Wales)\b[^,;:()]{0,40})?",
                            re.IGNORECASE)      # "the average for forces in England and Wales"


RESOURCE_NAME = re.compile(r"(?:[\w'’-]+\s){0,3}(?:budget|establishment|allocation|forecast|plan|cap|limit|requirement)",
                           re.IGNORECASE)


def _without_force(measure: str) -> str:
    """A force's own measure as a reference states it for all forces: "Kent Police's charge rate" -> "charge rate",
    "crimes in which Kent Police made an arrest" -> "crimes in which the police made an arrest"."""
    pattern = force_name_pattern()
    measure = rx.sub(r"\s(?:in|across)\s(?:the\s)?" + pattern.pattern + r"(?:\s(?:area|force area))?\b", "", measure)
    measure = rx.sub(r"(?:" + pattern.pattern + r"|\b(?:the\s)?(?:force|constabulary))['’]s?\s", "", measure)   # "the force's"
    return rx.sub(r"\b(?:the\s)?" + pattern.pattern, "the police", measure)


def _same_noun_swapped(measure: str, group: str) -> str | None:
    """The measure of a number stated for another group with the same head noun: 'average response time in rural
    areas' for '12 minutes in urban areas' -> 'average response time in urban areas'."""
    words = group.split()
    if not 2 <= len(words) <= 4:
        return None
    found = rx.search(r"\b((?:[\w'’-]+\s){%d})%s\b" % (len(words) - 1, re.escape(words[-1])), measure)
    if not found or found.group(1).strip().lower() == " ".join(words[:-1]).lower() or \
            rx.search(r"\b(?:of|in|for|to|the|a|an|and|or)\s$", found.group(1)):
        return None
    return measure[:found.start()] + group + measure[found.end():]


def _and_for_another_group(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"response times for I-grade calls rose from 10 to 12 minutes ... and for S-grade calls from 44 to 107 minutes":
    the later figures are the other group's, measured alike."""
    for i in range(1, len(mentions)):
        other = rx.search(r"\b(?:and|but|while|whilst)\s(?:for|among|amongst)\s(?P<group>[^,;:()%£]{2,50}?)\s*(?:\([^)]{0,60}\)\s*)?"
                          r",?\s(?:it\s(?:was|rose|fell|went)\s)?(?:from|at|to|was|were|by)?\s*(?:(?:around|about|nearly|almost|"
                          r"just|over|some)\s)?$", sentence[spans[i - 1][1]:spans[i][0]])
        if not other:
            continue
        group = clean_phrase(other.group("group"))
        for m in mentions[i:]:
            earlier = next((e for e in mentions[:i] if e.unit == m.unit and e.measure), None)
            if earlier is None or m.measure != earlier.measure or not earlier.subject:
                break
            swapped = _same_noun_swapped(earlier.measure, group) or (
                earlier.measure.replace(earlier.subject, group, 1) if len(group.split()) <= 4 and
                rx.search(rf"\b{re.escape(earlier.subject)}$", earlier.measure) else None) or (
                rx.sub(r"\s(?:for|among|amongst)\s[^,;()]{2,50}$", f" for {group}", earlier.measure)
                if rx.search(r"\s(?:for|among|amongst)\s[^,;()]{2,50}$", earlier.measure) else None)   # "for I-grade" -> "for S-grade"
            if swapped:
                m.subject, m.measure = group, swapped


SURVEY_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s(?:[A-Za-z][\w-]*\s){0,2}(?:survey|census|poll|questionnaire)\b",
                         re.IGNORECASE)
SURVEY_CUE = re.compile(r"\b(?:survey|surveyed|poll|questionnaire|were\sasked|was\sasked)\b", re.IGNORECASE)
GROUP_THEN_IT = re.compile(r"^\W*(?:For|Among|Amongst)\s(?P<group>[^,\d]{3,50}?),?\s(?:it|this)\s(?:was|is|were|are|stood\sat|"
                           r"had\sbeen)\s(?:(?:lower|higher|similar|just|only|around|about|nearly|almost|over|under)\b[\s,]*(?:at\s)?)*$",
                           re.IGNORECASE)
SAME_FIGURE_START = re.compile(r"^\W*(?:For\s[^,]{3,50},\s|Among\s[^,]{3,50},?\s)?(?:The|This)\s(?:equivalent\s|comparable\s)?"
                               r"(?:figure|rate|proportion|share|percentage)\s(?!of\b)")
FIGURE_SCOPE = r"(?:national|regional|England\sand\sWales|force)\s(?:average\s)?"      # "the national figure"
SAME_FIGURE = re.compile(r"\b(?:the|this|that)\s(?:equivalent\s|comparable\s|corresponding\s)?(?P<scope>" + FIGURE_SCOPE +
                         r")?(?P<head>figure|rate|"
                         r"proportion|share|percentage|median|average|mean)\b(?:\s(?:for|among|amongst)\s(?P<group>(?:\d{3}\s)?[^,;:.\d]{3,50}?)(?=\s(?:was|is|were|"
                         r"are|stood|had|has|rose|fell|remained)\b))?(?!\s(?:of|for|among|amongst)\b)(?P<rest>[^.;:]*)$",
                         re.IGNORECASE)      # "The figure for police staff was 11.3 days"
FIGURE_TOPIC = re.compile(r"(?:^\W*|\b)(?:for|among|amongst|in)\s(?P<topic>(?!the\s(?:same|previous|last)\b)[^,;:]{3,50}?)"
                          r"(?:,|\s(?=(?:the|this|that)\s(?:equivalent\s|comparable\s)?(?:figure|rate|proportion|share|"
                          r"percentage)\b))", re.IGNORECASE)


def _same_figure_for_another_group(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention],
                                   last: Mention | None, before: list) -> None:
    """"For violent crime the figure is 84.1%", "Among repeat victims the proportion was lower, at 62%": the measure
    of the sentence before, for the group this one names. Where that sentence ended on what its figure was compared
    with ("9.6 days in 2023/24, compared with 8.1 days in 2021/22"), the group's figure is for the figure's period."""
    if last is None or not last.measure:
        return
    compared = next((m for _, _, m in before if m.extra.get("compared_with") is last and m.period), None)
    period = compared.period if compared is not None and last.comparator is None else None

    def dated(m: Mention) -> None:
        if period and (m.period is None or m.period_source == "previous_sentence"):
            m.period, m.period_source = period, "previous_sentence"
    base = rx.sub(r"\s\([^)]*\)$", "", last.measure)
    set_against = rx.search(r"\b(?:just|only|lower|higher|even|still|rises\sto|falls\sto|rose\sto|fell\sto)\s(?:\w+\s)?$",
                            sentence[:spans[0][0]]) if spans else None

    def compared(m: Mention) -> None:        # "Among those ..., the figure was just 17%": set against the 29% before
        if set_against and m.comparator is None and last.value_kind == "level" and m.value != last.value:
            m.comparator, m.comparator_value = last.subject or "figure before", last.value
    lead = GROUP_THEN_IT.match(sentence[:spans[0][0]]) if spans else None
    if lead:                                    # "Among Black victims it was 58%"
        group = clean_phrase(lead.group("group"))
        for m in mentions:
            if m.unit == last.unit and m.value_kind == last.value_kind:
                m.subject = group
                m.measure = base.replace(last.subject, group, 1) if last.subject and last.subject in base and \
                    last.subject != base else f"{base} ({group})"
                dated(m)
                compared(m)
        return
    handled = set()
    if SAME_FIGURE_START.match(sentence):       # "The figure was 61% for Black respondents, 68% for Asian respondents"
        for k, ((_, end), m) in enumerate(zip(spans, mentions)):
            after = rx.match(r"\s(?:for|among|amongst|in)\s(?P<group>[^,;:.()\d]{3,50}?)(?=\s*(?:,|\.|;|\sand\s|$))",
                             sentence[end:])
            if after and m.unit == last.unit:
                group = clean_phrase(after.group("group"))
                m.subject = group
                m.measure = base.replace(last.subject, group, 1) if last.subject and last.subject in base and \
                    last.subject != base else f"{base} for {group}"
                dated(m)
            if rx.match(r"\s(?:for|among|amongst|in)\s", sentence[end:]):
                handled.add(k)
    for k, ((start, _), m) in enumerate(zip(spans, mentions)):
        if k in handled:
            continue
        same = SAME_FIGURE.search(sentence[:start])
        here = next((j for j in reversed(range(k)) if _alike_units(mentions[j].unit, m.unit) and mentions[j].measure and same and
                     spans[j][1] <= same.start()), None)     # "aims for 80% ...; in 2023/24 the figure was 64%"
        if here is not None:
            last = mentions[here]
            base = rx.sub(r"^(?:target|aim|goal)\s(?:of\s)?", "", rx.sub(r"\s\([^)]*\)$", "", last.measure))
            if not rx.search(r"[;:]|\bin\s", sentence[spans[here][1]:same.start()]):
                continue
            aim = AIMED_FOR.search(base)
            if aim:             # "The force aims for PCSOs to spend at least 80% ...; in 2023/24 the figure was 64%"
                base = base[:aim.start()] + f"{aim.group('who')} {aim.group('verb')}"
                if m.comparator is None:
                    m.comparator, m.comparator_value = "target", last.value
        if not same or not _alike_units(m.unit, last.unit) or rx.search(r"\d", same.group("rest")) or m.measure and not rx.match(
                r"(?:(?:the\s)?(?:" + FIGURE_SCOPE + r")?(?:figure|rate|proportion|share|"
                r"percentage|median|average|mean)\b(?!\s[a-z]+ed$)|among|amongst|for)",      # not "the proportion solved"
                m.measure, re.IGNORECASE):
            continue
        stat = same.group("head").lower()
        if stat in ("median", "average", "mean") and not rx.match(r"(?:median|average|mean)\s", base):
            continue
        base = rx.sub(r"^(?:median|average|mean)\b", stat, base) if stat in ("median", "average", "mean") else base
        topic = FIGURE_TOPIC.search(sentence[:same.start()] + sentence[same.start():start])
        group = clean_phrase(same.group("group") or topic.group("topic")) if same.group("group") or topic else None
        group = None if group and find_periods("in " + group) else group    # "In 2018 this figure was 75%": a time, not a group
        core = rx.sub(r"\s(?:for|among|amongst)\s(?:all\s)?[^()]+$", "", base)
        swapped = _same_noun_swapped(base, group) if group and core == base else None
        if not group:
            m.measure = base
        elif core != base:
            m.measure = f"{core} for {group}"
        elif last.subject and last.subject in base and last.subject != base:
            m.measure = base.replace(last.subject, group, 1)
        elif swapped:
            m.measure = swapped
        elif same.group("group"):
            m.measure = f"{base} for {group}"          # "The figure for sexual offences was 361 days"
        else:
            m.measure = f"{base} ({group})"
        m.subject = group or last.subject
        dated(m)
        _pair_with_the_figure_before(m, last, same.group("scope"))
        if group:
            compared(m)


def _alike_units(unit: str, other: str) -> bool:
    """The same unit, or days per officer (a rate) and days: "11.4 days per officer; the average for similar forces was
    9.1 days"."""
    return unit == other or {unit, other} == {"rate", "duration_days"}


def _pair_with_the_figure_before(m: Mention, last: Mention, scope: str | None) -> None:
    """"82% ... in 2023. In 2021 the figure was 91%.": the later figure is compared with the earlier one; "The national
    figure was 5.6%": the figure before is compared with the national one."""
    if m.unit != last.unit or m.value_kind != "level" or last.value_kind != "level":
        return
    if scope:
        m.measure = f"{m.measure} ({scope.strip()})" if m.measure else m.measure
        if last.comparator is None:
            last.comparator, last.comparator_value = f"{scope.strip()} figure", m.value
        return
    if not (m.period and last.period and m.period.start and last.period.start) or m.period.start == last.period.start:
        return
    earlier, later = (m, last) if m.period.start < last.period.start else (last, m)
    if later.comparator is None:
        later.comparator, later.comparator_value = earlier.period.label, earlier.value
        later.direction = direction_between(later.value, earlier.value)


A_FURTHER = re.compile(r"^\W*(?:A\sfurther|Another|The\sremaining|The\sother|A\sfurther\s\w+\sof\sthese)\s$", re.IGNORECASE)


def _a_further_of_those_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention],
                               last: Mention | None) -> None:
    """"Of these, 9.4% resulted in a charge ... A further 612 were closed because ...": more of the things the
    sentence before counted."""
    if not mentions or last is None or not last.subject or is_fragment(last.subject) or is_broken(last.subject):
        return
    m, (start, end) = mentions[0], spans[0]
    if m.unit != "count" or not A_FURTHER.match(sentence[:start]) or m.measure and not is_broken(m.measure):
        return
    pred, aux = predicate_of(sentence[end:])
    if pred and aux:
        m.subject = last.subject
        m.measure = clean_phrase(f"number of {last.subject} {relative_pronoun(last.subject)} {aux} {pred}")


def _list_item_without_of(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"made up 2% of Superintendents and 3% Inspectors": a share listed after another, its whole named without "of",
    measures the same for that whole."""
    for i in range(1, len(mentions)):
        m, before = mentions[i], mentions[i - 1]
        noun = rx.match(r"\s(?P<noun>(?:[A-Z][\w-]*\s)?[A-Za-z][\w-]*s)\b(?!\s(?:of|were|are|was|is)\b)", sentence[spans[i][1]:])
        whole = rx.match(r"share of (?P<whole>.+?)(?= made up by |$)", before.measure or "")
        gap = sentence[spans[i - 1][1]:spans[i][0]]
        same = m.measure is None or m.measure == before.measure or " made up by " in (before.measure or "") and \
            m.measure.endswith(before.measure[before.measure.index(" made up by "):])
        if noun and whole and m.unit == before.unit == "percent" and same \
                and rx.fullmatch(r"\s(?:of\s)?[^,;:()\d]{2,60}?(?:,\s(?:and\s)?|\s(?:and|or)\s)", gap) and \
                whole.group("whole").split()[-1] in gap:
            m.measure = before.measure.replace(whole.group("whole"), noun.group("noun"), 1)
            m.subject = before.subject if " made up by " in before.measure else noun.group("noun")


MULTIPLE_OF_RATE = re.compile(r"^\s(?:the|that)\s(?P<what>rate|level|figure|number|proportion|share|average)\s(?:for|of|among|"
                              r"amongst|in)\s(?P<other>[^,.;:()]{3,60})")


def _multiple_of_the_figure_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"searched at a rate of 27.4 per 1,000, 3.6 times the rate for White people": the multiple compares the
    figure before it with the same figure for another group."""
    for i in range(1, len(mentions)):
        m, figure = mentions[i], mentions[i - 1]
        other = MULTIPLE_OF_RATE.match(sentence[spans[i][1]:])
        if m.unit == "multiplier" and m.measure is None and figure.measure and other and rx.fullmatch(
                r"(?:\sper\s[\d,]+(?:\s[a-z]+)?)?,\s(?:(?:around|about|nearly|almost|over|more\sthan|some)\s)?",
                sentence[spans[i - 1][1]:spans[i][0]]):
            name = clean_phrase(other.group("other"))
            m.subject = figure.subject
            m.measure = f"ratio of {figure.measure} to the {other.group('what')} for {name}"
            m.comparator = m.comparator or name


PLACE_NAME = re.compile(r"(?:England and Wales|England|Wales|the UK|the United Kingdom|Great Britain|Britain|London|"
                        r"Scotland|Northern Ireland)")
AIMED_FOR = re.compile(r"\b(?:the\s)?(?:force|it|police|service)\s(?:aims|aimed|wants|wanted|expects|expected|plans|planned)\s"
                       r"(?:for\s)?(?P<who>[\w' -]+?)\sto\s(?P<verb>[a-z]+)$")
THESE_NOUN = re.compile(r"^\s(?:of|in|for)\s(?:these|those)\s(?P<noun>[a-z][\w-]*s)\b(?!\s(?:who|that|which|where|in|with)\b)")


def _these_named_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention], last: Mention | None) -> None:
    """"29,640 domestic abuse-related crimes ... An arrest was made in 41% of these cases": the cases are the ones
    the count before named."""
    if last is None or last.unit != "count" or not last.subject or is_fragment(last.subject) or is_broken(last.subject):
        return
    for (_, end), m in zip(spans, mentions):
        these = THESE_NOUN.match(sentence[end:])
        noun = these.group("noun") if these else None
        if noun and m.measure and m.unit in ("percent", "count") and noun != last.subject.lower() and \
                relative_pronoun(noun) == relative_pronoun(rx.split(r"\s(?:into|onto|through|within)\s", last.subject)[0]) and \
                rx.search(rf"\b(?:of|in|for) {noun}\b", m.measure):
            old = m.measure
            m.measure = rx.sub(rf"\b(?P<prep>of|in|for) {noun}\b", lambda p: f"{p.group('prep')} {last.subject}", m.measure, count=1)
            m.subject = last.subject
            for other in mentions:          # "in 41% of these cases, up from 34% in 2021/22": the same measure
                if other is not m and other.measure == old:
                    other.measure, other.subject = m.measure, m.subject


OF_THEM = re.compile(r"^\s(?:out\s)?of\s(?:them|these|those)\b(?!\s[a-z]+s\b)", re.IGNORECASE)
VERB_BEFORE_COUNT = re.compile(r"\b(?P<verb>(?!need)[a-z]{3,}ed|sent|kept|found|made|took|gave|held|lost|won|paid|sold|spent|"
                               r"caught|brought|saw|met|heard|read|wrote|got)\s(?:(?:only|just|around|about|nearly|almost|over|"
                               r"some|a\sfurther|another)\s)?$")


def _verb_of_them(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention], last: Mention | None) -> None:
    """"The store held 2,630 unclaimed items. By December it had returned 417 of them.": the count is of the things the
    count before named, and what was done to them; "I've got 9 people on my team and 6 of them are ...": the count
    before it in the sentence, where there is one."""
    before_sentence = last
    for i, ((start, end), m) in enumerate(zip(spans, mentions)):
        them = OF_THEM.match(sentence[end:]) if m.measure is None and m.unit in ("count", "percent") else None
        if not them:
            continue
        last = next((x for x in reversed(mentions[:i]) if x.unit == "count" and x.subject and x.value > m.value),
                    before_sentence)
        if last is None or not last.subject or is_fragment(last.subject) or is_broken(last.subject):
            continue
        head = "share" if m.unit == "percent" else "number"
        verb = VERB_BEFORE_COUNT.search(sentence[:start])
        within = rx.search(r"(?:^|[,;:]\s)\W*(?P<clause>[A-Za-z][^,;:()]{5,120}?)\sin\s(?:(?:only|just|around|about|nearly|almost|"
                           r"over|some)\s)*$", sentence[:start])
        if verb:
            m.subject, m.measure = last.subject, f"{head} of {last.subject} {verb.group('verb')}"
        elif within and rx.search(r"\b(?:was|were|had|has|have)\b", within.group("clause")):
            clause = rx.sub(r"^(?:and|but|or|while|whilst|whereas)\s", "", within.group("clause"))
            # "A suspect was charged or summonsed in 212 of them", "..., and handcuffs were used in 61% of these"
            m.subject, m.measure = last.subject, f"{head} of {last.subject} in which {sentence_case(clause)}"
        elif rx.fullmatch(r"\W*(?:(?:only|just|around|about|nearly|almost|over|under|some|more\sthan|less\sthan)\s)*",
                                   sentence[:start], re.IGNORECASE):
            rest = sentence[end + them.end():]
            rest = rx.sub(r"^\s*\([^)]{0,30}\)", "", rest)
            pred, aux = predicate_of(rest)          # "Just over half of them (52%) took up an offer of support"
            if pred and not is_fragment(pred):
                m.subject = last.subject
                m.measure = clean_phrase(f"{head} of {last.subject} {relative_pronoun(last.subject)} "
                                         f"{' '.join(w for w in (aux, pred) if w)}")
                restated = mentions[i + 1] if i + 1 < len(mentions) else None
                if restated is not None and restated.measure is None and restated.unit == m.unit and \
                        rx.fullmatch(r"\s*of\s(?:them|these|those)\s\(\s*", sentence[end:spans[i + 1][0]]):
                    restated.subject, restated.measure = m.subject, m.measure


OF_THESE_INSIDE = r"[;,]\s(?:and\s)?of\s(?:these|them|those),?\s"        # "...; of these, 41 were in posts that ..."
PART_OPENS_CLAUSE = re.compile(r"(?:^\W*|;\s*|,?\s(?:and|but|while|whereas)\s|" + OF_THESE_INSIDE + ")" + NUMBER_QUALIFIERS +
                               r"$", re.IGNORECASE)
OF_THESE_IN_THE_SENTENCE = re.compile(OF_THESE_INSIDE + NUMBER_QUALIFIERS + r"$", re.IGNORECASE)
IN_SO_MANY = re.compile(r"(?:^\W*|;\s*|,?\s(?:and|but|while|whereas)\s)[Ii]n\s(?:all\s)?" + NUMBER_QUALIFIERS + r"$")
OF_THE_NUMBER_BEFORE = re.compile(r"^\s(?:out\s)?of\s(?:the|those|these)\s(?P<n>\d[\d,]*)(?=\s(?:had|have|has|were|was|are|is)\s)")
CLAUSE_BOUNDARY = re.compile(r"[;,:]\s|\b(?:that|and|but|while|whereas)\s")
IN_SO_MANY_AT_THE_END = re.compile(r"\W*(?P<clause>[A-Za-z][^,;:()]{3,100}?)\sin\s(?:all\s)?" + NUMBER_QUALIFIERS + r"$")
CLAUSE_OF_IN_SO_MANY = re.compile(r"^(?:\s?,\s(?P<clause>(?:the|a|an|no|there|[a-z]+|[A-Z][a-z]+)\b[^;:()]{6,140}?)|"
                                  r"\s(?P<bare>(?:the|a|an|no|there|its|their)\s[^,;:()]{6,140}?))\s*(?:[.;:,(]|$)")


def _counted_as(whole: Mention) -> str:
    """The counted things of a count with what its measure says of them: "case files we reviewed"."""
    if whole.measure and whole.measure.startswith("number of ") and not is_broken(whole.measure):
        return whole.measure.removeprefix("number of ")
    return whole.subject


def _what_a_part_is(m: Mention, whole: Mention, before: str, after: str) -> str | None:
    """The measure of a bare count that is a part of `whole`: "In 61, victims had been updated", "in 61 the
    investigation was effective", "the grounds were reasonable in 49", "148 were women"."""
    counted = _counted_as(whole)
    in_so_many = CLAUSE_OF_IN_SO_MANY.match(after) if IN_SO_MANY.search(before) else None
    if in_so_many and (m.measure is None or in_so_many.group("bare")):    # "in 61 the investigation": not "61 the"
        return f"number of {counted} in which {sentence_case(in_so_many.group('clause') or in_so_many.group('bare'))}"
    if m.measure is not None:
        return None
    closing = IN_SO_MANY_AT_THE_END.match(CLAUSE_BOUNDARY.split(before)[-1])
    if closing and rx.match(r"\s*(?:[.;,)]|$|\s(?:and|but|while|whereas)\b)", after) and \
            rx.search(r"\b(?:was|were|is|are|had|has|have|been)\b", closing.group("clause")):
        return f"number of {counted} in which {sentence_case(closing.group('clause'))}"
    if PART_OPENS_CLAUSE.search(before) and rx.match(r"\s(?:were|was|had|have|are|is)\s", after):
        pred, aux = predicate_of(after)
        joined = "and" if rx.search(r"\s(?:who|that|which)\s", counted) else relative_pronoun(whole.subject)
        return f"number of {counted} {joined} {aux} {pred}" if pred and not is_fragment(pred) else None
    return None


def _share_of_the_people_before(m: Mention, whole: Mention) -> None:
    """"It has 3,100 officers. 19% are from ethnic minorities": a bare share is of the people just counted."""
    counted = _counted_as(whole)
    bare = rx.match(r"share (?P<prep>from|with)\s(?P<rest>.+)$", m.measure)
    m.subject, m.measure = whole.subject, share_of_group(m.measure, counted) if not bare else \
        f"share of {counted} {relative_pronoun(whole.subject)} are {bare.group('prep')} {bare.group('rest')}"


def _part_of_a_number_named_again(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention], i: int,
                                  earlier: list[Mention]) -> bool:
    """"and 6 of the 40 had been held ...", "27 of those 31 had been referred": a part of the count whose number is
    named again, in the sentence or the one before. Returns whether the number was read so."""
    m, after = mentions[i], sentence[spans[i][1]:]
    of_the_n = OF_THE_NUMBER_BEFORE.match(after) if m.measure is None or rx.search(r"\d", m.measure) else None
    if not of_the_n:
        return False
    n = float(of_the_n.group("n").replace(",", ""))
    named = next((x for x in earlier if x.value == n and x.unit == "count" and x.subject and x.measure), None)
    pred, aux = predicate_of(after[of_the_n.end("n"):])
    if named is None or not pred or is_fragment(pred) or is_broken(named.measure):
        return False
    m.subject, m.base = named.subject, n
    m.measure = clean_phrase(f"number of {_counted_as(named)} {relative_pronoun(named.subject)} {aux} {pred}")
    restated = mentions[i + 1] if i + 1 < len(mentions) and mentions[i + 1].value == n else None
    if restated is not None and restated.measure is None:
        restated.subject, restated.measure = named.subject, named.measure
    return True


def _part_of_the_count_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention],
                              context: SentenceContext) -> None:
    """"We reviewed 90 case files. In 61, victims had been updated." / "It recruited 512 officers. 148 were women and 61
    were from ethnic minorities." / "We reviewed 90 files; in 61 the investigation was effective": a bare count opening
    its clause is a part of the count named before it, in the sentence or the one before."""
    before_sentence = context.last_count if any(x is context.last_count for _, _, x in context.inside) else None
    for i, ((start, end), m) in enumerate(zip(spans, mentions)):
        of_these = OF_THESE_IN_THE_SENTENCE.search(sentence[:start])      # "; of these, 41": the count just named
        whole = next((x for x in reversed(mentions[:i]) if x.unit == "count" and x.subject and (x.base is None or of_these)),
                     before_sentence)
        if whole is None or is_fragment(whole.subject) or is_broken(whole.subject):
            continue
        if m.unit == "percent" and i == 0 and m.subject is None and rx.match(r"share (?:that|who|from|with)\b", m.measure or "") \
                and rx.fullmatch(r"\W*" + NUMBER_QUALIFIERS, sentence[:start]) and relative_pronoun(whole.subject) == "who":
            _share_of_the_people_before(m, whole)
            continue
        if m.unit != "count" or m.value >= whole.value or m.in_quotation or \
                _part_of_a_number_named_again(sentence, spans, mentions, i,
                                              [*reversed(mentions[:i]), *(y for _, _, y in reversed(context.inside))]):
            continue
        measure = _what_a_part_is(m, whole, sentence[:start], sentence[end:])
        if measure and not is_broken(measure):
            m.subject, m.measure = whole.subject, clean_phrase(measure)
            m.base = m.base if m.base is not None else whole.value
            if m.period is None and whole.period is not None:     # a part of the files reviewed is of their period
                m.period, m.period_source = whole.period, whole.period_source


SAME_THINGS_THEN = re.compile(r"\s(?P<vp>(?:[a-z]+ing|[a-z]+(?:ed|en|wn))\b[^,;:()]{0,80}?)(?=\s*(?:[,;:.)]|$|\s(?:and|but|while)\b))")


def _another_verb_for_the_same_things(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Taser was drawn in 412 incidents and fired in 38": the later count is of the same things, with the other verb."""
    for i in range(1, len(mentions)):
        earlier, m = mentions[i - 1], mentions[i]
        other = rx.fullmatch(r"\s[a-z][\w-]*\s(?:and|but)\s(?:only\s)?(?P<verb>[a-z]+(?:ed|en|wn))\s(?P<prep>in|on|for)\s"
                             + NUMBER_QUALIFIERS, sentence[spans[i - 1][1]:spans[i][0]])
        first = rx.search(r"\b(?P<verb>[a-z]+(?:ed|en|wn))\s(?P<prep>in|on|for)\s" + NUMBER_QUALIFIERS + "$",
                          sentence[:spans[i - 1][0]])
        if other and first and m.unit == earlier.unit == "count" and earlier.measure and \
                m.measure in (None, earlier.measure) and rx.search(rf"\b{first.group('verb')}\b", earlier.measure):
            m.subject = earlier.subject
            m.measure = rx.sub(rf"\b{first.group('verb')}\b", other.group("verb"), earlier.measure, count=1)
            continue
        pair = rx.fullmatch(r"\s(?P<noun>[a-z][\w-]*(?:\s[a-z][\w-]*)?)\s[a-z]+(?:ed|en|wn)\s(?:and|but)\s(?:only\s)?" +
                            NUMBER_QUALIFIERS, sentence[spans[i - 1][1]:spans[i][0]])
        then = SAME_THINGS_THEN.match(sentence[spans[i][1]:]) if pair else None
        if then and m.unit == earlier.unit == "count" and pair.group("noun") not in (m.subject or ""):
            m.subject = pair.group("noun")        # "1,412 rapes recorded and 44 resulting in a charge or summons"
            m.measure = f"number of {pair.group('noun')} {then.group('vp')}"


def _each_group_its_own_share(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Over half of disabled residents (54%) and Asian residents (53%) say ...": each bracketed figure is its own
    group's share of what the run says, and a rounded word before the first restates it; "(compared to 40% of other
    residents and 41% of White residents)": a later run of as many groups is paired with the first in order."""
    for i in range(len(mentions) - 1):
        m, nxt = mentions[i], mentions[i + 1]
        if m.unit == nxt.unit == "percent" and m.subject and nxt.subject and m.subject != nxt.subject and \
                nxt.measure and nxt.measure.startswith(f"share of {nxt.subject} ") and m.measure == nxt.measure:
            m.measure = f"share of {m.subject} " + nxt.measure[len(f"share of {nxt.subject} "):]
            word = mentions[i - 1] if i and mentions[i - 1].kind in ("fraction", "ratio") and \
                rx.fullmatch(r"[^()]{0,60}\(\s*", sentence[spans[i - 1][1]:spans[i][0]]) else None
            if word is not None and word.measure is None:
                word.subject, word.measure = m.subject, m.measure
    run = [i for i, m in enumerate(mentions) if m.unit == "percent" and m.subject and m.measure and
           m.measure.startswith(f"share of {m.subject} ") and not (
               m.kind in ("fraction", "ratio") and i + 1 < len(mentions) and
               rx.fullmatch(r"[^()]{0,60}\(\s*", sentence[spans[i][1]:spans[i + 1][0]]))]
    cut = next((k for k in range(1, len(run)) if rx.search(r"\b(?:compared\s(?:with|to)|versus|vs\.?|against)\s",
                                                         sentence[spans[run[k - 1]][1]:spans[run[k]][0]])), None)
    if cut is None or cut < 2 or len(run) - cut != cut or run != list(range(run[0], run[0] + len(run))) or \
            any(mentions[a].extra.get("compared_with") not in (None, mentions[run[cut]]) for a in run[:cut]) or \
            not all(rx.fullmatch(r"\s*\)?\s*(?:,|,?\sand)\s[^()\d%]{2,60}\(\s*", sentence[spans[a][1]:spans[b][0]])
                    for a, b in zip(run[:cut - 1], run[1:cut])):
        return          # "X (54%) and Y (53%) ... (compared to 40% of Z and 41% of W)": two runs of groups
    for a, b in zip(run[:cut], run[cut:]):
        x, y = mentions[a], mentions[b]
        x.comparator, x.comparator_value = y.subject, y.value
        y.comparator, y.comparator_value = x.subject, x.value


OPINION_OF_A_POPULATION = re.compile(r"(?:^|[,;:]\s|\b(?:that|while|whereas|but)\s)\W*(?i:(?:about|around|over|under|nearly|almost|"
                                     r"just|only|some|more\sthan|less\sthan)\s)*(?i:(?:half|most|many|a\smajority|a\sminority|"
                                     r"a\sthird|a\squarter|two\sthirds|three\squarters|[a-z]+\sin\s[a-z]+)\s(?:of\s)?)?"
                                     r"(?:the\s)?(?!(?:while|whereas|but|that|and|however)\b)(?P<population>[A-Za-z][\w'’+-]*(?:\s[\w'’+-]+){0,4}?)\s(?P<verb>think|thinks|"
                                     r"thought|believe|believes|believed|say|says|said|feel|feels|felt|consider|considers|"
                                     r"considered)\s(?:that\s)?$")
GROUP_IN_AN_OPINION = re.compile(r"^(?:\s*\)\s*(?:,\s*(?:and\s|or\s)?|\s(?:and|or)\s))?(?P<group>(?:the\s)?[A-Za-z][\w'’+-]*(?:\s[\w'’+-]+){0,5}?)"
                                 r"\s\(\s*$")
OPINION_PREDICATE = re.compile(r"^\s*\)\s(?P<predicate>(?:are|is|were|was|have|has|had|do|did|would|should|could)\s"
                               r"[^,;:()\d]{3,80}?)(?=\s*(?:[,;:.]|$|\((?!\d)|\s(?:while|whereas|but|compared|than)\b))")


def _opinion_before(before: str) -> tuple[re.Match | None, str | None]:
    """The opinion ("residents think") and the first group ("young people") before "(52%": the shortest group after
    which the words before read as an opinion."""
    words = rx.match(r"^(?P<text>.*?)\s*\(\s*$", before, re.DOTALL)
    if not words:
        return None, None
    text = words.group("text")
    cuts = [m.start() for m in rx.finditer(r"(?<=\s)\S", text)][::-1][:6]
    for cut in cuts:
        opinion = OPINION_OF_A_POPULATION.search(text[:cut])
        if opinion:
            return opinion, text[cut:]
    return None, None


def _opinions_about_groups(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"About half of residents think young people (52%), disabled people (48%) and older people (41%) are poorly
    served": each figure is the share of the residents who think so of its group, not a share of the group."""
    i = 0
    while i < len(mentions):
        opinion, first = _opinion_before(sentence[:spans[i][0]]) if mentions[i].unit == "percent" else (None, None)
        if not first:
            i += 1
            continue
        run, groups = [i], [first]
        while run[-1] + 1 < len(mentions) and mentions[run[-1] + 1].unit == "percent" and \
                (nxt := GROUP_IN_AN_OPINION.match(sentence[spans[run[-1]][1]:spans[run[-1] + 1][0]])):
            run.append(run[-1] + 1)
            groups.append(nxt.group("group"))
        predicate = OPINION_PREDICATE.match(sentence[spans[run[-1]][1]:])
        population = sentence_case(clean_phrase(opinion.group("population")))
        if len(run) > 1 and predicate and population.split()[0].lower() not in PRONOUNS | {"people"} and \
                not any(w in PRONOUNS for g in groups for w in g.lower().split()):
            for k, group in zip(run, groups):
                mentions[k].subject = population
                mentions[k].measure = clean_phrase(f"share of {population} who {opinion.group('verb')} {group} "
                                                   f"{predicate.group('predicate')}")
        i = run[-1] + 1


FIGURE_OF_A_GROUP_IN_BRACKETS = re.compile(r"\b(?:the|its|their)\s(?:equivalent\s|corresponding\s|comparable\s)?(?:rate|"
                                           r"figure|level|proportion|share|percentage)\s(?:for|among|amongst|of)\s"
                                           r"(?P<group>(?:the\s)?[A-Za-z][^,;:()\d]{1,50}?)\s\(\s*$")


def _figure_of_a_group_in_brackets(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"31.2 per 1,000, 5.1 times the rate for White people (6.1 per 1,000)": the bracketed figure is the measure of
    the figure before in the same unit, for the group named, and the two are compared."""
    for i, ((start, _), m) in enumerate(zip(spans, mentions)):
        named = FIGURE_OF_A_GROUP_IN_BRACKETS.search(sentence[:start]) if m.measure is None or rx.match(
            r"(?:above|below|higher\sthan|lower\sthan|compared\swith|against)\sthe\s", m.measure) else None
        first = next((x for x in reversed(mentions[:i]) if x.unit == m.unit and x.measure), None) if named else None
        if first is None:
            continue
        group = clean_phrase(named.group("group"))
        base = first.measure.removeprefix("change in ") if m.value_kind == "level" else first.measure
        own = first.subject if first.subject and first.subject in base and first.subject != base else None
        m.measure = base.replace(own, group, 1) if own else f"{base} ({group})"
        m.subject = group
        if first.comparator is None:
            first.comparator, first.comparator_value = group, m.value
        if m.comparator is None:
            m.comparator, m.comparator_value = first.subject or "figure before", first.value


TARGETED = re.compile(r"^(?:target|planned) (?:reduction in |increase in |for )(?P<what>.+)$")
WHAT_IT_DID = re.compile(r"[;,]\s(?:[^,;]{0,30}?\s)?(?:they|it|this)\s(?:[a-z]+ed|fell|rose|grew|was|were|reached|stood|is|are)\b")


def _what_the_target_was_for(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"a target of reducing burglaries by 10%; in the event they fell by 17%, from 4,100 to 3,400", "aimed to raise
    the rate to 15%; it reached 12.8%": the figures after the target are of the thing it was set for."""
    for i, t in enumerate(mentions):
        aimed = TARGETED.match(t.measure or "")
        if not aimed:
            continue
        what = aimed.group("what")
        if t.comparator == "earlier figure":        # a target is set, not compared with an earlier figure
            t.comparator = None
        level = what if rx.search(r"\b(?:rate|level|share|proportion|percentage|number|time|average|total)\b", what) \
            else f"number of {what}"
        for k in range(i + 1, len(mentions)):
            m = mentions[k]
            if m.measure is not None or not WHAT_IT_DID.search(sentence[spans[i][1]:spans[k][0]]):
                continue
            m.subject = what
            m.measure = f"change in {level}" if m.value_kind == "change" else level
            if m.value_kind == "level" and t.value_kind == "level" and m.unit == t.unit and m.comparator is None:
                m.comparator, m.comparator_value = "target", t.value


ELIDED_OBJECT_BEFORE = re.compile(r"\band\s(?P<verb>(?!(?:increas|decreas|declin|improv|reduc|rais|fall|ris|drop|grow)\w*)[a-z]{3,}ed|"
                                  r"upheld|held|made|took|won|lost|kept|sent|found|gave|paid)\s(?:(?:only|just|around|about|"
                                  r"nearly|almost|over|some)\s)?$")
PROPORTION_OF_NOTHING = re.compile(r"^(?P<head>proportion|share|percentage|rate|number)\s(?P<part>[a-z]+ed)$")


def _object_left_out(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"The IOPC received 96 appeals ... and upheld 17": the count closing the sentence is of the things counted
    before it, with the later verb."""
    for i, ((start, end), m) in enumerate(zip(spans, mentions)):
        verb = ELIDED_OBJECT_BEFORE.search(sentence[:start]) if m.unit == "count" and i else None
        earlier = mentions[i - 1] if verb else None
        if earlier is None or earlier.unit != "count" or not earlier.subject or earlier.value <= m.value or \
                not rx.match(r"\s*(?:[.;,)]|$)", sentence[end:]) or is_broken(earlier.subject):
            continue
        m.subject, m.measure = earlier.subject, f"number of {earlier.subject} {verb.group('verb')}"
        m.base = earlier.value
        if m.comparator == earlier.subject or m.extra.get("compared_with") is earlier:
            m.comparator = m.comparator_value = None
        if earlier.comparator is not None and earlier.extra.get("compared_with") is m:
            earlier.comparator = earlier.comparator_value = None


def _share_of_the_things_counted_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Shoplifting offences rose by 27% to 9,318, while the proportion solved fell to 14%": the proportion of
    those offences."""
    for i, m in enumerate(mentions):
        bare = PROPORTION_OF_NOTHING.match(m.measure or "") if m.unit == "percent" else None
        counted = next((x for x in reversed(mentions[:i]) if x.unit == "count" and x.subject and
                        not is_broken(x.subject)), None) if bare else None
        if counted is not None:
            subject = sentence_case(counted.subject)
            m.subject, m.measure = subject, f"{bare.group('head')} of {subject} {bare.group('part')}"


def _share_of_a_part_in_brackets(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"5,911 of the force's 6,240 officers and staff (94.7%) held in-date vetting": the share restates the part, not
    the whole it follows."""
    for i in range(2, len(mentions)):
        part, whole, m = mentions[i - 2], mentions[i - 1], mentions[i]
        if m.unit == "percent" and part.unit == whole.unit == "count" and part.base == whole.value and part.measure and \
                part.measure.startswith("number of ") and (m.measure is None or m.measure == f"share of {m.subject}") and \
                rx.fullmatch(r"[^();]{0,60}\(\s*", sentence[spans[i - 1][1]:spans[i][0]]) and \
                abs(part.value / whole.value * 100 - m.value) <= 1:
            m.subject, m.measure = part.subject, "share of " + part.measure.removeprefix("number of ")


def _average_a_day_of_the_count_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"94,210 emergency calls in 2023, an average of 258 a day": the average is of the things just counted."""
    for i in range(1, len(mentions)):
        count, m = mentions[i - 1], mentions[i]
        per = rx.match(r"\s(?:a|per|each)\s(?P<per>day|week|month|year|shift)\b", sentence[spans[i][1]:])
        if count.unit == "count" and count.subject and not is_broken(count.subject) and per and \
                rx.fullmatch(r"[^;:()]{0,60},\s(?:or\s)?(?:an?\s)?(?:average|mean)\sof\s" + NUMBER_QUALIFIERS,
                             sentence[spans[i - 1][1]:spans[i][0]]):
            m.subject, m.measure = count.subject, f"average number of {count.subject} a {per.group('per')}"
            m.period, m.period_source = m.period or count.period, m.period_source or count.period_source


VERB_READ_AS_A_GROUP = re.compile(r"(?:agreed|disagreed|said|reported|responded|answered|felt|thought|believed|left|resigned|"
                                  r"retired|joined|declined|refused)", re.IGNORECASE)


def _verb_read_as_a_group(mentions: list[Mention]) -> None:
    """"Of these, 640 (63%) agreed and 170 (17%) disagreed": the second count is of the same people, not of "disagreed"."""
    for i in range(1, len(mentions)):
        m = mentions[i]
        earlier = next((x for x in reversed(mentions[:i]) if x.unit == m.unit and x.subject and
                        not VERB_READ_AS_A_GROUP.fullmatch(x.subject)), None)
        if m.subject and VERB_READ_AS_A_GROUP.fullmatch(m.subject) and earlier is not None and m.measure and \
                f" of {m.subject}" in m.measure:
            m.measure = m.measure.replace(f" of {m.subject}", f" of {earlier.subject} {relative_pronoun(earlier.subject)} "
                                                              f"{m.subject}", 1)
            m.subject = earlier.subject


def _described_with_its_clause(count: Mention) -> str | None:
    """The counted people or things with the clause that said which ones ("people who registered an interest"), where
    the count's measure has one and its subject alone is a bare head ("people"): what "Of these" refers to."""
    if not count.subject or not count.measure or len(count.subject.split()) > 1:
        return None
    clause = rx.match(rf"number of {re.escape(count.subject)} (?P<rel>(?:who|that|which)\s[^,;:()]{{3,80}})$", count.measure)
    return f"{count.subject} {clause.group('rel')}" if clause and not is_broken(count.measure) else None


def _series_pairs(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"1,200 burglaries in 2019 and 1,540 in 2023", "with 20,139 in 2012-13 and 21,549 in 2021-22": a later value of
    a series the sentence lists is compared with the one before it."""
    for i in range(1, len(mentions)):
        earlier, m = mentions[i - 1], mentions[i]
        if m.comparator or earlier.unit != m.unit or "change" in (earlier.value_kind, m.value_kind) or \
                not (earlier.period and m.period and earlier.period.start and m.period.start) or \
                earlier.period.start >= m.period.start or earlier.period.char_start < spans[i - 1][1] or \
                not earlier.period.char_end <= spans[i][0]:
            continue
        between = sentence[spans[i - 1][1]:earlier.period.char_start] + "_" + \
            sentence[earlier.period.char_end:spans[i][0]]
        if rx.fullmatch(r"(?:\s[a-z][\w'’-]*){0,3}\s(?:in\s|during\s|for\s)?_\s?,?\s(?:and|then|but|rising\sto|"
                        r"falling\sto)\s(?:(?:around|about|over|just|nearly|almost|some)\s)?", between):
            m.comparator, m.comparator_value = earlier.period.label, earlier.value
            m.extra["earlier_value"] = earlier
            m.direction = direction_between(m.value, earlier.value)


def _restatements_agree(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Almost half (45%) of X ..., compared with 18% of Y": the rounded word and the figure restating it in brackets
    measure one thing and are compared alike; a comparison with a rounded word takes its exact restatement ("two thirds (65%)")."""
    exact_of = {}
    for i in range(len(mentions) - 1):
        word, exact = mentions[i], mentions[i + 1]
        if word.kind in ("fraction", "ratio") and exact.unit == word.unit == "percent" and \
                rx.fullmatch(r"\s*\(\s*", sentence[spans[i][1]:spans[i + 1][0]]) and abs(word.value - exact.value) <= 8:
            exact_of[word.value] = exact.value
            for a, b in ((word, exact), (exact, word)):
                if a.comparator is None and b.comparator is not None:
                    a.comparator, a.comparator_value = b.comparator, b.comparator_value
                if a.period is None and b.period is not None:
                    a.period, a.period_source = b.period, b.period_source
                if b.measure and b.subject == a.subject and (a.measure is None or a.measure == f"share of {a.subject}") \
                        and len(b.measure) > len(a.measure or ""):
                    a.measure = b.measure           # "two thirds (65%) of White respondents": one measure
                elif b.measure and a.subject is None and not is_broken(b.measure) and (
                        b.subject or a.measure is None or is_broken(a.measure) or rx.search(r"\bof\s(?:saying|that|who)\b", a.measure)):
                    a.subject, a.measure = b.subject, b.measure     # "with half (51%) saying they are not confident"
    for m in mentions:
        if m.comparator_value in exact_of and m.value != exact_of[m.comparator_value]:
            m.comparator_value = exact_of[m.comparator_value]
    for i in range(len(mentions) - 1):      # "just over 6 minutes (374 seconds)": one time in two units
        first, again = mentions[i], mentions[i + 1]
        seconds = [SECONDS_IN.get(x.unit) for x in (first, again)]
        if None not in seconds and first.unit != again.unit and first.measure and again.measure is None and \
                rx.fullmatch(r"\s*\(\s*(?:or\s|about\s|around\s)?", sentence[spans[i][1]:spans[i + 1][0]]) and \
                abs(first.value * seconds[0] - again.value * seconds[1]) <= 0.1 * first.value * seconds[0]:
            again.subject, again.measure = first.subject, first.measure
            again.period, again.period_source = again.period or first.period, again.period_source or first.period_source


def _compared_both_ways(mentions: list[Mention]) -> None:
    """'66% of Londoners ..., compared with 57% across England and Wales': the 57% is compared with the 66% as much as
    the other way round, so both rows are paired: two groups, not two times (the earlier figure is not compared with
    the later), and not a target or a standard (it is not compared with what missed it)."""
    for m in mentions:
        other = m.extra.get("compared_with")
        if other is None or other not in mentions or other.comparator is not None or other.unit != m.unit or \
                other.extra.get("required") or EARLIER_NAME.search(m.comparator or "") or \
                NOT_COMPARED_BACK.search(m.comparator or "") or NOT_COMPARED_BACK.search(other.measure or "") or \
                REFERENCE_NAME.fullmatch(m.comparator or "") or RESOURCE_NAME.fullmatch(m.comparator or ""):
            continue                # a budget or an establishment is not compared with what was spent or filled
        if not m.subject or m.subject == other.subject or is_broken(m.subject) or len(m.subject.split()) > 8 or \
                (other.period and other.period != m.period):
            continue                # over time, only the later figure is compared with the earlier
        other.comparator, other.comparator_value = m.subject, m.value


CONTRAST_BETWEEN = re.compile(r"^[^.;:()]{0,60}?,?\s(?:but|whereas|while|whilst|compared\s(?:with|to)|against|and\sonly)\s"
                              r"(?:(?:only|just|around|about|nearly|almost|over)\s)*$", re.IGNORECASE)


def _group_swapped(a: str, b: str) -> str | None:
    """The words of measure `b` that replace a single run of words of measure `a`, where that is all that differs
    ('share of PCs made up by women' / 'share of DCs made up by women' -> 'DCs'): two groups measured alike."""
    wa, wb = a.split(), b.split()
    head = next((k for k, (x, y) in enumerate(zip(wa, wb)) if x != y), min(len(wa), len(wb)))
    tail = next((k for k, (x, y) in enumerate(zip(reversed(wa[head:]), reversed(wb[head:]))) if x != y),
                min(len(wa), len(wb)) - head)
    tail = min(tail, len(wa) - head - 1, len(wb) - head - 1)       # "constables" / "detective constables": the noun too
    changed_a, changed_b = wa[head:len(wa) - tail], wb[head:len(wb) - tail]
    if len(wa) < 3 or not changed_a or not changed_b or len(changed_b) > 6 or head + tail < 2:
        return None
    return " ".join(changed_b)


EARLIER_NAME = re.compile(r"\b(?:(?:19|20)\d\d|previous|last|earlier|before|prior|preceding|a\syear\sago|inspection|"
                          r"earlier\sfigure)\b", re.IGNORECASE)


def _compared_over_time(m: Mention) -> bool:
    """Whether a level's comparison is with an earlier value of the same thing (so it has a direction), not with
    another group, place or target."""
    other = m.extra.get("compared_with") or m.extra.get("earlier_value")
    if other is not None and other.period is not None and m.period is not None and other.period.start and m.period.start:
        return other.period.start < m.period.start
    return bool(EARLIER_NAME.search(m.comparator or "")) and not NOT_COMPARED_BACK.search(m.comparator or "")


def _contrasted(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """'women make up 29% of PCs, but 45% of DCs', 'only 3% of X ... whereas 5% of Y ...': two groups measured alike,
    set against each other, are paired both ways; in '... than among White victims (64% compared with 72%)' the 72%
    is the named group's."""
    for m in mentions:
        other, group = m.extra.get("compared_with"), None
        group = other.extra.get("group") if other is not None else None
        if group and m.subject and other.comparator is None:
            other.measure = other.measure.replace(m.subject, group) if other.measure and m.subject in other.measure \
                else other.measure
            other.subject, other.comparator, other.comparator_value = group, m.subject, m.value
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if a.unit != b.unit or a.comparator or b.comparator or not a.measure or not b.measure or \
                not CONTRAST_BETWEEN.match(sentence[spans[i][1]:spans[i + 1][0]]):
            continue
        b_group, a_group = _group_swapped(a.measure, b.measure), _group_swapped(b.measure, a.measure)
        if b_group and a_group:
            distinct = a.subject and b.subject and a.subject != b.subject
            a.comparator, a.comparator_value = (b.subject if distinct else b_group), b.value
            b.comparator, b.comparator_value = (a.subject if distinct else a_group), a.value


def _reference_periods(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """The number a figure is compared with is for the figure's period unless it states its own ("68% in the year
    ending March 2023, compared with the England and Wales average of 71%"); an earlier value said to be "a year
    earlier" or "the year before" is for the same span one year back ("answered in 4 minutes in April to June 2023, up
    from 3 minutes a year earlier")."""
    for m in mentions:
        reference = m.extra.get("compared_with") or m.extra.get("earlier_value")
        if reference is None or m.period is None or reference not in mentions or \
                reference.period is not None and reference.period_source != "previous_sentence" and reference.period != m.period:
            continue            # a reference dated only by the sentence's opening ("In 2023/24 ... 57 days, compared with
        earlier = YEAR_EARLIER.match(sentence[spans[mentions.index(reference)][1]:])   # 39 days four years earlier") is not
        if earlier:
            reference.period, reference.period_source = _year_before(m.period, earlier.group("label")), "sentence"
            if m.comparator == "earlier figure":
                m.comparator = earlier.group("label")
            if reference.subject and rx.fullmatch(r"(?:the\s)?" + re.escape(earlier.group("label")), reference.subject):
                reference.subject = m.subject         # "four years earlier" is when, not whose
            if reference.comparator_value == m.value:
                reference.comparator = reference.comparator_value = None    # an earlier value is not compared back
        elif reference is m.extra.get("compared_with") and reference.period is None and \
                not NOT_COMPARED_BACK.search(m.comparator or "") and \
                not _at_an_earlier_inspection(sentence, spans[mentions.index(reference)][1]):
            # a target or a standard has no period of its own, nor "84.6% at our 2019 inspection" the figure's
            reference.period, reference.period_source = m.period, "sentence"


def _at_an_earlier_inspection(sentence: str, end: int) -> bool:
    """The number ending at `end` is dated by an earlier inspection named after it in its clause ("compared with 84.6%
    and 89.0% respectively at our 2019 inspection"), not by the sentence's own period."""
    earlier = INSPECTION_REFERENCE.search(sentence, end, end + 80)
    return bool(earlier and rx.search(r"\d{4}|previous|last|earlier", earlier.group()) and
                not rx.search(r"[,;:]", sentence[end:earlier.start()]))


FROM_WORD_TO = re.compile(r"\bfrom\s(?P<from>" + "|".join(WORD_VALUES) + r"|\d[\d,]*)\s(?:\w+\s)?to\s$", re.IGNORECASE)


@dataclass
class SentenceContext:
    """What a sentence may take from the one before it: its period ("during this period") and its last number
    ("This is a reduction of 17 percent")."""
    period: Period | None = None
    last: Mention | None = None
    sentence: str = ""
    inside: list = field(default_factory=list)
    lead_in: Period | None = None      # the period of a lead-in line ("On 31 March 2016:") for the bullets under it
    reason_for: str | None = None      # what the bullets under "When giving reasons for why X:" give reasons for
    survey_period: Period | None = None  # the period of the survey the paragraph reports ("In the survey for 2023, ...")
    referent_period: Period | None = None  # the period of the sentence just before, which "This" or "Of these" refer to
    topic: str | None = None           # what the sentence before was about, where it had no numbers
    recent: list = field(default_factory=list)     # the two sentences before, for what "disagree" or "think this" refers to
    span_pair: tuple | None = None     # the periods of the two ends of the last "from X in A to Y in B", for "over the same period"
    # the paragraph's texts so far (and its list's lead-in), read for who its shares are of only when a share needs it
    population_texts: list = field(default_factory=list)
    last_count: Mention | None = None   # the last count with a subject, for "in 41% of these cases" a sentence or two later
    sample: Mention | None = None       # the paragraph's sample ("We reviewed 90 case files"), for "In 53% of cases" later
    share_group: str | None = None      # the group the sentence before gave shares of, for a bare share after it
    bridge: bool = False               # the sentence just before has no number and goes on with the account before it
    referent: Mention | None = None     # the sentence before's last figure that is not only a reference for another
    # ("1,204 officers in 2023, up from 890 in 2019. Of these, 312 ..." refers to 1,204)

    def population(self) -> str | None:
        texts = self.population_texts[:1] + self.population_texts[-50:]     # the lead-in and the latest: bounded
        return next((group for text in reversed(texts) if (group := population_of(text))), None)

    def remember(self, sentence: str) -> None:
        self.recent = [*self.recent[-1:], sentence]


PARALLEL_BETWEEN = re.compile(r"^[^.;:]{0,80}?(?:compared\s(?:with|to)|than|versus|vs\.?|against|and|to|from|or|while|"
                              r"whereas|but|,)[^.;:]{0,40}$", re.IGNORECASE)
REASONS_LEAD_IN = re.compile(r"^\W*(?:(?:when|if)\s)?(?:asked\s(?:for|about|to\sgive)\s|giving\s|given\s)?(?:the\s|their\s)?"
                             r"(?:main\s|top\s)?reasons?\s(?P<what>(?:for|why)\b[^:]{3,120}?)\s*:\s*$", re.IGNORECASE)
CITED = re.compile(r"\b(?:cite|cites|cited|citing|give|gave|gives|giving|mention|mentions|mentioned|name|named|choose|"
                   r"chose|select|selected)\b")
BULLET = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])\s")
COMPARISON_START = re.compile(r"^\W*(?:In comparison|By comparison|Nationally|Across England and Wales|For comparison)\b")
CHANGE_FROM_BEFORE = re.compile(r"^\W*(?:This|That|It)\s(?:is|was|represents|represented|marks|marked)\s(?:an?\s)?(?:(?:small|"
                                r"slight|large|significant|sharp|marked)\s)?(?P<dir>increase|rise|decrease|fall|drop|"
                                r"reduction|up|down)\s(?:from|on)\s(?:(?:around|about|nearly|almost|just|over)\s)?$",
                                re.IGNORECASE)
CHANGE_SINCE_WHEN = re.compile(r"^\W*(?:This|That|It)\s(?:is|was|represents|represented|marks|marked)\s(?:(?:an?\s)?(?:(?:small|"
                               r"slight|large|significant|sharp|marked|considerable|clear)\s)?(?:improvement|increase|rise|"
                               r"decrease|fall|drop|reduction|deterioration|decline)\s(?:on|from|since)|(?:(?:much|far|slightly|"
                               r"a\slittle)\s)?(?:lower|higher|better|worse|more|less|fewer)\sthan(?:\sin)?)\s(?P<when>[^,;]{3,60}?),?"
                               r"\s(?:when|where)\s(?:the\s(?:figure|rate|proportion|share|level|number|total)|it|[a-z][\w-]*"
                               r"(?:\s[a-z][\w-]*){0,2})\s(?:was|stood\sat)\s" + NUMBER_QUALIFIERS + r"$",
                               re.IGNORECASE)      # "That was lower than in 2021, when take-up was 60%"
THIS_IS_SHARE = re.compile(r"^\W*(?:This|That|These|It|Which)\s(?:is|was|are|were|represents|represented|equates\sto|"
                           r"amounts\sto|makes\sup|made\sup|accounts\sfor|accounted\sfor)\s(?:(?:just|only|around|about|"
                           r"nearly|almost|over|under|more\sthan|less\sthan|roughly|approximately|some)\s)*$", re.IGNORECASE)
OWN_TIME = re.compile(r"\b(?:will|would|shall|plans?|planned|planning|aims?|intends?|expects?|expected|forecasts?|"
                      r"projected|target|now|currently|today|at present|presently|since|ever|each|every|annual|annually|"
                      r"per (?:year|annum|month|week|day)|a (?:year|month|week|day)|recent|recently|previous|previously|"
                      r"earlier|later|last|historically|typical|typically|usually|generally|normally|"
                      r"(?:in|over|during)\sthe\spast)\b", re.IGNORECASE)
MORE_THAN_AFTER = re.compile(r"\s(?P<dir>more|fewer|less|higher|lower|up|down)\s(?:than|on|from|compared)\b", re.IGNORECASE)
PER_WHAT = re.compile(r"\s*(?P<per>per\s[\d,]+\s[a-z]+(?:\s[a-z]+)?|per\s[a-z]+)")
RESTATED = re.compile(r"^,?\s(?:or|i\.e\.|equivalent\sto|representing)\s(?:(?:around|about|nearly|almost|some|over|just|"
                      r"roughly|approximately)\s)?$", re.IGNORECASE)
PRONOUN_CHANGE = re.compile(r"\b(?:this|it|that|the\s(?:figure|number|total))\s(?:(?:had|has|have)\s)?(?:since\s|then\s|now\s)?"
                            r"(?:risen|rose|fallen|fell|increased|decreased|grown|grew|dropped|declined|reduced|gone\s(?:up|down)|"
                            r"went\s(?:up|down))\s(?:further\s|again\s)?(?:(?P<to>to)|by)\s(?:(?:around|about|nearly|almost|"
                            r"just|over|some)\s)?$", re.IGNORECASE)
YEAR_LATER = re.compile(r"^\W*(?P<label>(?:a|one|two|three|four|five|\d)\syears?\slater|(?:twelve|12)\smonths\slater)\b",
                        re.IGNORECASE)
# "Of the officers involved, 29 were ...", "Of the 9 that had not, 7 ...", "Of these", "In 45 of the 60 cases we reviewed"
REFERS_BACK = re.compile(r"^\W*(?:Of|Among|Amongst)\sthe\s(?:\d[\d,]*\s)?[a-z][^,\d]{2,50},|"
                         r"\b(?:of|among|amongst)\s(?:these|them|which|this\b(?!\s(?:year|month|week|quarter|period|report|review|inspection|chapter|section|"
                         r"strategy|plan|kind|type)\b)|those(?!\s(?:who|whose|that|which|with|in|on|at|from|"
                         r"aged|living|working)\b))\b|\b(?:this|these|that)\s(?:was|were|"
                         r"represented|amounted|equated|accounted|made)\b|\bstill\b|\b(?:the\s)?(?:rest|remainder)\b|"
                         r"\bin\s(?:these|those)\s(?:cases|files|records|reports|investigations|incidents)\b|"
                         r"\b(?:cases|files|records|reports|investigations|incidents|crimes|complaints|samples?)\s(?:that\s)?"
                         r"(?:we|inspectors)\s(?:reviewed|examined|sampled|looked\sat|audited|checked|assessed|dip-sampled)\b",
                         re.IGNORECASE)     # "In 45 of the 60 cases we reviewed": the sample the sentence before dated
PRESENT_STATE = re.compile(r"\W*(?:It|They)\s(?:now\s|currently\s|still\s)?(?:has|have|is|are|employs|employ)\b")
PRESENT_TENSE = re.compile(r"\b(?:is|are|has|have|does|do|remains|remain|makes up|make up|accounts for|account for|"
                           r"includes|include|says?|thinks?|feels?|believes?|agrees?)\b", re.IGNORECASE)
ANAPHOR_START = re.compile(r"^\W*(?:(?:Since|By|After|Before|Until)\s(?:then|that\stime|this\stime)\s*,?\s*"
                           r"(?=(?:it|this|that|they)\b)|(?:At|By|In|On|During)\s(?:the\s)?[^,.;:]{2,40}?\s*,?\s(?=(?:it|this|"
                           r"they)\s(?:stood|was|were|fell|rose|reached|is|are)\b))?(?:[Tt]his|[Tt]hat|[Ii]t|These|Those(?!\s(?:who|whose|that|aged|living|working|in|with)\b)|[Tt]hey|Which|"
                           r"Both|Of\sthese|Of\sthose(?!\s(?:who|whose|that|aged|living|working|in|with)\b)|Of\swhich)\b")


RUN_ITEM_BETWEEN = re.compile(r"\s(?:of|among|amongst)\s(?:(?:the|all)\s)?(?P<whole>[^,;:()\d]{1,60}?)(?:,\s*(?:and\s|or\s)?|"
                              r"\s(?:and|or)\s|,?\s(?:but|yet)\s)(?:(?:only|just|around|about|nearly|almost|over)\s)?")
AS_DO = re.compile(r"\bas\s(?:do|did|does|are|were|is|was)\s(?:(?:only|just|around|about|nearly|almost|over|some)\s)*$",
                   re.IGNORECASE)
CLAUSE_ANAPHOR = re.compile(r"(?:[;:]|,\s(?:and|but)|,)\s(?:this|that|which)\s(?:is|was|represents|represented|marks|marked|"
                            r"equates\sto|amounts\sto)\s(?:an?\s)?(?:(?:small|slight|large|significant|sharp|marked|"
                            r"further)\s)?(?:(?:just|only|around|about|nearly|almost|over)\s)?$"
                            r"|,\s(?:having|and\s(?:has|have|had))\s(?:(?:more\sthan|nearly|almost|over)\s)?"
                            r"(?:(?:risen|fallen|grown|dropped|increased|decreased|declined|gone\s(?:up|down))\s(?:by\s)?"
                            r"(?:(?:more\sthan|nearly|almost|over|around|about|some)\s)?)?$", re.IGNORECASE)
SHARE_MADE_UP = re.compile(r"^share of (?P<whole>.+?) made up by (?P<group>.+)$")
BASELINE_WHOLE = re.compile(r"\b(?:population|residents|Londoners|the public|general public|workforce|communities)\b", re.I)
DISPROPORTION_BETWEEN = re.compile(r"\b(?:when|while|whilst|whereas|but|yet|though|although|despite|compared\s(?:with|to))\b",
                                   re.IGNORECASE)


def _base_from_context(sentence: str, start: int, end: int, earlier: list, context: SentenceContext) -> float | None:
    """'..., of which 5,000 were', '15 of these were', 'Of these, 311,295 were', 'Of the 43 forces graded, 36 were': the
    earlier count the number is part of."""
    counts = [m for _, _, m in earlier if m.unit == "count"]
    if rx.search(r"\bof\swhich\s(?:\w+\s)?$", sentence[:start], re.IGNORECASE) and counts:
        return counts[-1].value
    opening = rx.match(r"^\W*(?:Of|Out of)\s(?:(?:the|all)\s)?(\d[\d,]*)\s[a-z]", sentence)
    if opening and start > opening.end(1):
        return float(opening.group(1).replace(",", ""))
    anaphor = rx.match(r"\s(?:of|out of)\s(?:these|those|them)\b", sentence[end:]) or rx.match(
        r"^\W*(?:Of|Out of)\s(?:these|those|them)\b", sentence)
    if anaphor and context.referent is not None and context.referent.unit == "count" and not counts:
        return context.referent.value
    return None


WHOLE_IN_WORDS = re.compile(r"\s(?:out\sof|of)\s(?:the|its|their|these|those)\s(?P<word>" + _WORDNUM + r")\s[a-z]", re.IGNORECASE)
CHANGE_VERB = re.compile(r"\b(?:doubled|tripled|trebled|halved|quadrupled|rose|risen|fell|fallen|increased|decreased|"
                         r"declined|dropped|grew|grown|reduced|improved|deteriorated)\b", re.IGNORECASE)
WINDOW_BEFORE = re.compile(r"\b(?:over|in|within|during|across|for)\s(?:the\s)?(?:(?:last|past|previous|next|following|"
                           r"same)\s)?(?:(?:around|about|nearly|almost|some|just)\s)?$", re.IGNORECASE)
BAND_BEFORE = re.compile(r"\b(?:in\sunder|in\sless\sthan|in\smore\sthan|took\sover|took\smore\sthan|took\sless\sthan|"
                         r"took\sunder|within|after\smore\sthan|over)\s$", re.IGNORECASE)
AGE_BAND = re.compile(r"\b(?:aged|ages|age|those|people|children|adults|men|women|boys|girls)\s(?:between|from)?\s?$",
                      re.IGNORECASE)
PERCENTILE_GROUP = re.compile(r"\b(?:the\s)?(?:richest|poorest|wealthiest|top|bottom|most\sdeprived|least\sdeprived|"
                              r"highest[-\s]earning|lowest[-\s]earning)\s$", re.IGNORECASE)


def not_a_quantity(sentence: str, inside: list[tuple[int, int, Mention]], i: int) -> bool:
    """Numbers that name rather than count, left out of `metrics`: the window of a change ("doubled over ten years"),
    the band of a share ("a third took over 300 days"), an age band ("those between 11 and 61"), a percentile group
    ("the richest 10%"), an idiom ("one or two officers", "100% committed"), a hypothetical threshold ("where less
    than half of a population"), the length of a rule ("bail periods of three months"), a setting of the analysis ("a
    significance level of 5 percent") and codes listed in a run ("8.06, 8.07, 8.12")."""
    start, end, m = inside[i]
    before, after = sentence[:start], sentence[end:]
    if m.kind == "vague_range":
        return True                         # "one or two officers"
    if m.unit == "percent" and m.value == 100 and m.value_high is None and (
            rx.match(r"\s(?:sure|certain|committed|behind|confident|convinced|right|honest|focused|agree|correct)\b", after,
                     re.IGNORECASE) or
            rx.match(r"\s*(?:[.!?,;”\"']|$)", after) and rx.search(r"\b(?!(?:rate|compliance|level|figure|proportion|share|"
                                                                  r"percentage|total|it|this|was|were|is|are|be|been|at|to|"
                                                                  r"of|by|reached|hit|achieved|from|than)\b)[a-z]{3,}\s$", before)):
        return True                         # "I cannot do this impossible workload 100%", "100% committed": an idiom
    if rx.search(r"\b(?:if|where|unless|whenever)\s(?:[a-z]+\s){0,2}(?:less|more|fewer)\sthan\s$", before, re.IGNORECASE):
        return True                         # "where less than half of a population have a positive view": a hypothetical
    if m.unit.startswith("duration"):
        clause = rx.split(r"[;:]|,\s(?:but|while|whereas)\s", sentence)
        here = next((c for c in clause if sentence[start:end] in c), sentence)
        if WINDOW_BEFORE.search(before[-40:]) and CHANGE_VERB.search(here):
            return True                     # "have nearly doubled over ten years to over 95,000 a year"
        shares = [x for a, _, x in inside if a < start and x.unit == "percent"] or \
            rx.search(r"\b(?:a\s(?:third|quarter|fifth|half)|half|most|the majority|many)\sof\s", before)
        if BAND_BEFORE.search(before[-25:]) and shares:
            return True                     # "nearly another third (30%) took over 300 days"
        if rx.search(r"\bperiods?\sof\s$", before[-12:]):
            return True                     # "bail periods of three months"
    if rx.search(r"\b(?:significance|confidence)\slevel\s(?:of\s)?(?:at\s)?$", before) or \
            rx.match(r"\s(?:significance|confidence)\slevel\b", after):
        return True                         # "a significance level of 5 percent": a setting of the analysis
    if m.unit in ("count", "other"):
        if AGE_BAND.search(before[-25:]) and (rx.match(r"\s(?:and|to|-|–)\s?\d", after) or m.kind == "range") or \
                rx.search(r"\b(?:aged|ages|those|people)\s(?:between|from)\s\d+\s(?:and|to|-|–)\s?$", before[-30:]):
            return True                     # "those between 11 and 61 who appear to be Black"
        codes = [x for _, _, x in inside if x.unit == "other"]
        if len(inside) >= 5 and len(codes) >= 0.8 * len(inside) and rx.search(r"\bcodes?\b", sentence, re.IGNORECASE):
            return True                     # "offences with the following codes: 125D, 58E-J, 66.5, 8.06"
    if m.unit == "percent" and PERCENTILE_GROUP.search(before[-25:]):
        return True                         # "the richest 10% in London"
    return False


OPENING_GROUP = re.compile(r"^\W*Of\s(?!these\b|those\b|them\b|which\b)(?:the\s|all\s)?(?:\d[\d,]*\s)?(?P<np>[^,;:()\d]{3,80}),\s")
GROUP_BEFORE_SHARE = re.compile(r"(?:^\W*|,\s)(?:of|among|amongst)\s(?:the\s|all\s|those\s)?(?:[\d,]+\s)?(?P<np>[A-Za-z][^,;:()\d]"
                                r"{2,80}),\s(?:(?:only|just|around|about|nearly|almost|over|some)\s)*$", re.IGNORECASE)
OPENING_DOER = re.compile(r"(?P<doer>(?:the|a|an|its|their|our|we|they|it|[A-Z][\w'’-]*)\b[^,;:()\d]{0,60}?\b(?:(?:had|has|have)\s)?"
                          r"(?:[a-z]+ed|made|took|gave|found|held|kept|met|saw|sent|won|lost|dealt\swith))\s"
                          r"(?:(?:only|just|around|about|nearly|almost|over|some)\s)*")
DASH_ASIDE = re.compile(r"(?<=\s)[–—](?!\s(?:by|to|at)\s)(?P<aside>\s[^–—;:.]{1,90}?\s)[–—](?=\s)")
OF_WHICH = re.compile(r",\s(?:of\s(?:which|whom)|(?:of\s)?which)\s(?:(?:around|about|almost|nearly|over|some|just|only)\s)?$",
                      re.IGNORECASE)


def read_sentence(sentence: str, inside: list[tuple[int, int, Mention]], context: SentenceContext) -> None:
    """Fill in what each number of one sentence measures, its period, its comparison and its direction."""
    sentence = DASH_ASIDE.sub(lambda a: f"({a.group('aside')})", sentence)     # "312 staff – around 6 percent – did not"
    sentence, kept = without_weighing_words(sentence, [(a, b) for a, b, _ in inside])
    sentence, kept = uninverted(sentence, kept)
    inside = [(a, b, m) for (a, b), (_, _, m) in zip(kept, inside)]
    mentions = [m for _, _, m in inside]
    spans = [(a, b) for a, b, _ in inside]
    periods = [p for p in find_periods(sentence) if not any(a < p.char_end and p.char_start < b for a, b in spans)]
    for i, (a, b, m) in enumerate(inside):
        before, after = sentence[:a], sentence[b:]
        m.qualifier = _qualifier(before)
        earlier = inside[i - 1][2] if i else None
        if m.unit == "count" and earlier is not None and earlier.unit.startswith("duration") and \
                BARE_TIME_SET_AGAINST.match(sentence[inside[i - 1][1]:a]) and not rx.match(r"\s[a-z][\w-]*s\b", after):
            m.unit = earlier.unit               # "about 21 minutes, against 12 in our towns": minutes too
        if m.unit in ("count", "other") and rx.match(r"\spoints?\b(?!\sof\b)", after) and \
                rx.search(r"%|\bper\s?cent\b|\bpercent\b|\b(?:rate|share|proportion|percentage)\b", sentence):
            m.unit = "percentage_points"        # "4 points lower than in 2022", "(up 2.6 points)" beside a rate
        meaning = describe(sentence, a, b, m.unit, m.kind)
        if m.unit == "percentage_points" and rx.search(r"\d|%|\b(?:told|said|says)\s(?:us|that)\b", meaning.measure or ""):
            meaning = Meaning(None, None, meaning.value_kind)     # "was 71%, 4 points lower": named by the level before
        m.subject, m.measure, m.value_kind = meaning.subject, meaning.measure, meaning.value_kind
        direction, is_change = change_direction(before, after)
        against = GROUPS_SET_AGAINST.match(after) if m.unit == "multiplier" else None
        named_before = next((x.extra["set_against"] for x in reversed(mentions[:i]) if "set_against" in x.extra), None)
        if against and (against.group("other") or named_before):
            # "3.2 times higher for Black people than for White people": two groups, not a change
            direction, is_change = None, False
            if against.group("other"):
                m.extra["set_against"] = (m.measure, clean_phrase(against.group("group")), clean_phrase(against.group("other")))
            else:           # ", and 1.6 times higher for Asian residents": against the group named before
                measure, group, other = named_before
                m.subject = clean_phrase(against.group("group"))
                m.measure = measure.replace(f" for {group} relative to ", f" for {m.subject} relative to ", 1) \
                    if measure else None
            m.comparator = m.extra["set_against"][2] if "set_against" in m.extra else named_before[2]
        if m.extra.get("signed") or sentence[a:a + 1] in "-−":
            direction, is_change = ("fall" if m.value < 0 else "rise"), True
        if is_change:
            m.value_kind, m.direction = "change", direction
            m.value = signed_change(m.value, direction)
            if m.measure and not m.measure.startswith("change") and not CHANGE_NOUNS.match(m.measure):
                m.measure = f"change in {m.measure}"        # "the number of people ... has fallen by 6,772"
        elif direction:
            m.direction = direction
        if m.value_kind == "change" and m.direction is None:
            m.value_kind = "level" if not CHANGE_NOUNS.match(m.measure or "") else "change"
        if m.kind == "multiplier_word" and rx.match(r"(?:doubl|tripl|trebl)ed\b", sentence[a:b], re.IGNORECASE):
            m.direction, m.value_kind = "rise", "change"
            if m.measure and not m.measure.startswith("change") and not CHANGE_NOUNS.match(m.measure):
                counted = m.measure if " " in m.measure or not m.measure.lower().endswith("s") else \
                    f"number of {m.measure.lower()}"
                m.measure = f"change in {counted}"         # "Complaints have more than doubled": their number
        if m.unit == "percent" and rx.search(r"\b(?:difference|gap)\b", (m.measure or "") + " " + before[-60:], re.IGNORECASE) \
                and not rx.match(r"\s(?:of|in)\s", after) and not rx.search(r"\b(?!gap\b|difference\b)[a-z]+\s\($", before):
            m.unit = "percentage_points"        # a difference between two rates
        _so_many_a_year_or_days(m, after)
        m.base = m.base if m.base is not None else base_of(sentence, a, b)
        whole_in_words = WHOLE_IN_WORDS.match(after) if m.base is None and m.unit == "count" else None
        if whole_in_words:                  # "two of the three deaths"
            m.base = float(WORD_VALUES[whole_in_words.group("word").casefold()])
        if m.base is None and m.unit == "count":
            m.base = _base_from_context(sentence, a, b, inside[:i], context)
        period = _period(sentence, periods, spans, i)
        if period and not (period.char_start < a and _at_an_earlier_inspection(sentence, b)):
            m.period, m.period_source = period, "sentence"
    for i in range(len(mentions) - 1):      # "an increase of 310 or 6.4% on the previous year": one change, twice
        change, share = mentions[i], mentions[i + 1]
        if change.value_kind == "change" and change.direction in ("rise", "fall") and change.unit != "percent" and \
                share.unit == "percent" and share.value_kind == "level" and rx.fullmatch(
                    r"(?:\s[a-z][^,;:()\d]{0,40}?)?,?\s(?:or|,)\s(?:(?:around|about|nearly|almost|some|just)\s)?",
                    sentence[spans[i][1]:spans[i + 1][0]]):     # "fell by 2,300 cases, or 38%"
            share.value_kind, share.direction = "change", change.direction
            share.value = signed_change(share.value, change.direction)
            share.period, share.period_source = share.period or change.period, share.period_source or change.period_source
            change.period, change.period_source = change.period or share.period, change.period_source or share.period_source
            change.extra["restated_as"] = i + 1
    for i, m in enumerate(mentions):
        j = pair_from_to(sentence, spans, i)
        pair = (j, None) if j is not None else pair_up_down_from(sentence, spans, i, m.value_kind != "change")
        if pair:
            earlier = mentions[pair[0]]
            first, second = (earlier, m) if j is not None else (m, earlier)
            if first.measure:                   # both ends of a change measure the same thing
                second.measure, second.subject = first.measure, first.subject
            m.comparator = earlier.period.label if earlier.period and earlier.period != m.period else \
                relative_reference(sentence[spans[pair[0]][1]:]) or "earlier figure"
            m.comparator_value = earlier.value
            m.extra["earlier_value"] = earlier
            if m.value_kind == "level":
                m.direction = pair[1] or direction_between(m.value, earlier.value)
            if earlier.direction == m.direction and earlier.value_kind == "level":
                earlier.direction = None
            if j is not None:
                _ends_of_a_span(earlier, m)
        elif m.comparator is None and FROM_WORD_TO.search(sentence[:spans[i][0]]):
            earlier = FROM_WORD_TO.search(sentence[:spans[i][0]]).group("from")     # "from two to eight members of staff"
            m.comparator, m.comparator_value = "earlier figure", float(WORD_VALUES.get(earlier.lower(), earlier.replace(",", "")))
            if m.value_kind == "level":
                m.direction = direction_between(m.value, m.comparator_value)
        elif m.comparator is None:
            _comparator(sentence, inside, i)
        if m.comparator is None and m.unit == "multiplier":
            m.comparator = multiple_of(sentence[spans[i][1]:])
        if m.comparator is None and m.value_kind == "change":     # "up 244% from 2012-13", "up 8% on the previous year"
            m.comparator = change_reference(sentence[spans[m.extra.get("restated_as", i)][1]:])
        if m.comparator is None and m.unit in ("percent", "percentage_points", "count", "gbp") and m.kind != "ratio" and \
                not (m.unit != "percentage_points" and i + 1 < len(spans) and
                     THAN_A_GROUP_IN_BRACKETS.fullmatch(sentence[spans[i][1]:spans[i + 1][0]])):
            difference = difference_from(sentence[spans[i][1]:])
            if difference:      # "5% higher than spending a decade earlier": a difference from what it names
                restated = [mentions[i - 1]] if i and mentions[i - 1].unit != m.unit and mentions[i - 1].value_kind == \
                    "level" and rx.fullmatch(r",\s(?:or|i\.e\.)\s(?:(?:around|about|nearly|almost|some)\s)?",
                                             sentence[spans[i - 1][1]:spans[i][0]]) else []   # "£90 million, or 14%, lower"
                for x in [m] + restated:
                    x.comparator, x.direction, x.value_kind = difference[0], difference[1], "change"
                    x.value = signed_change(x.value, x.direction)
                    if x.measure and not CHANGE_NOUNS.match(x.measure):
                        x.measure = f"change in {x.measure}"
        if m.comparator is None and m.value_kind == "level":
            _level_with_its_change(sentence, spans, mentions, i)
    for i, m in enumerate(mentions):        # "9.8% of officers (up 2.6 percentage points since 2019)": the change is read
        if m.comparator is None and m.value_kind == "level":       # after the level it follows
            _level_with_its_change(sentence, spans, mentions, i)
    for i, m in enumerate(mentions):
        if m.unit == "multiplier" and m.period is not None and MULTIPLE_OF_EARLIER.match(sentence[spans[i][1]:]) and \
                m.period.char_start >= spans[i][1]:
            m.period, m.period_source = None, None     # "twice the share of 2019": 2019 is what it is a multiple of
        if i and m.measure is None and m.unit == "percent" and mentions[i - 1].unit == "multiplier" and \
                rx.fullmatch(r"\s*\(\s*", sentence[spans[i - 1][1]:spans[i][0]]):     # "2 times (112%) more likely"
            m.subject, m.measure = mentions[i - 1].subject, mentions[i - 1].measure
            more = rx.match(r"\s*\)\s(?P<word>more|less|higher|lower|greater)\b", sentence[spans[i][1]:])
            if more:                        # 167% more likely: how much more, a difference from the group compared with
                m.value_kind, m.direction = "change", direction_word(more.group("word"))
                m.value = signed_change(m.value, m.direction)
                m.comparator = mentions[i - 1].comparator
    for i, m in enumerate(mentions):     # "(down 4% on 2022/23)": the year it is compared with is not its period
        if m.value_kind == "change" and m.period is not None and m.comparator and m.comparator in m.period.label and \
                m.period.char_start >= spans[i][1] and rx.fullmatch(r"[^,;.()]{0,30}?\b(?:on|against|compared\s(?:with|to)|than)"
                                                                      r"(?:\sthe)?(?:\s(?:financial\s)?year)?\s",
                                                                      sentence[spans[i][1]:m.period.char_start] +
                                                                      m.period.label.split()[0] + " "):
            m.period, m.period_source = None, None
    _reference_periods(sentence, spans, mentions)
    _split_spans(sentence, mentions, periods)
    _series_pairs(sentence, spans, mentions)
    _compared_both_ways(mentions)
    for i, m in enumerate(mentions[1:], start=1):   # "55% of A cite a negative culture ..., as do 52% of B"
        if m.subject and m.measure == f"share of {m.subject}" and AS_DO.search(sentence[:spans[i][0]]):
            head = next((x for x in reversed(mentions[:i]) if x.subject and x.measure and
                         x.measure.startswith(f"share of {x.subject} ")), None)
            if head is not None:
                m.measure = f"share of {m.subject} " + head.measure[len(f"share of {head.subject} "):]
    for m in mentions:
        reference = m.extra.get("compared_with")
        if reference is not None and m.measure and not reference.extra.get("required"):
            # the reference measures the same thing for another population
            own = reference.subject and m.subject and m.subject in m.measure and reference.measure and \
                reference.measure.startswith(("share of", "number of", "amount of"))
            made_up = SHARE_MADE_UP.match(m.measure)
            if own and made_up and BASELINE_WHOLE.search(reference.subject) and made_up.group("group") == m.subject:
                group, whole = made_up.group("group").split(), made_up.group("whole").split()   # "female officers made
                reference.measure = f"share of {reference.subject} who are {' '.join(group[:-1])}" \
                    if len(group) > 1 and group[-1] == whole[-1] else \
                    f"share of {reference.subject} made up by {made_up.group('group')}"   # up 31% of officers compared
                continue                                                # with 51.5% of the population"
            reference.measure = m.measure.replace(m.subject, reference.subject) if own else m.measure
            if not own and reference.subject and rx.match(r"share (?:that|who) ", m.measure) and \
                    not is_fragment(reference.subject):      # "between 7% and 10% are Black, compared with 17% of Constables"
                reference.measure = share_of_group(m.measure, reference.subject)
            elif not own and m.comparator and m.subject and m.measure.startswith(f"share of {m.subject} ") and \
                    reference.subject in (None, m.comparator) and not is_fragment(m.comparator) and \
                    (relative_pronoun(m.comparator) == "who" or m.comparator.lower().startswith("those ")) and \
                    not (reference.period is not None and m.comparator == reference.period.label):
                reference.measure = f"share of {m.comparator} " + m.measure[len(f"share of {m.subject} "):]
            if not own and m.comparator:
                is_period = reference.period is not None and m.comparator == reference.period.label or bool(
                    rx.match(r"(?:the\s|a\s)?(?:previous|last|prior|preceding|same|year\s(?:before|earlier))\b|"
                             r"(?:in\s)?(?:19|20)\d\d\b", m.comparator)) or bool(TIME_AGO_AFTER.match(" " + m.comparator))
                # "compared with 71% the previous year", "compared with 11 two years earlier"
                reference.subject = m.subject if is_period else m.comparator
            if not own and reference.subject == m.comparator and REFERENCE_NAME.fullmatch(m.comparator or ""):
                reference.measure = f"{m.comparator} {_without_force(m.measure)}"    # "the national average of 29%"
                reference.subject = _without_force(m.subject) if m.subject else reference.subject
            elif not own and reference.subject == m.comparator and RESOURCE_NAME.fullmatch(m.comparator or ""):
                reference.measure = f"{m.comparator} for {m.measure[0].lower() + m.measure[1:]}"   # "against a budget of £5.5m"
                reference.subject = m.subject
            elif not own and reference.subject and reference.measure == m.measure and PLACE_NAME.fullmatch(reference.subject) \
                    and m.subject and m.measure.startswith(f"share of {m.subject} ") and relative_pronoun(m.subject) == "who":
                people = f"people {'across' if reference.subject.startswith('England') else 'in'} {reference.subject}"
                reference.measure = f"share of {people} " + m.measure[len(f"share of {m.subject} "):]
                reference.subject = people      # "66% of Londoners report X, compared with 57% across England and Wales"
            elif not own and reference.subject and reference.measure == m.measure:
                reference.measure = _same_noun_swapped(m.measure, reference.subject) or reference.measure
    _restatements_agree(sentence, spans, mentions)
    for i in range(1, len(mentions)):   # "In 14 of the 32 cases, the response was good; in 11, it required improvement"
        m, frame = mentions[i], next((rx.match(r"number of (?P<what>.+?) in which ", x.measure or "") for x in
                                      mentions[:i] if rx.match(r"number of .+? in which ", x.measure or "")), None)
        if m.measure is None and frame and m.unit == "count" and rx.search(
                r"[;,]\s*(?:and\s|but\s)?in\s(?:the\s(?:remaining|other)\s|a\sfurther\s|another\s)?$", sentence[:spans[i][0]]):
            clause = rx.match(r",?\s*(?P<clause>[^;.]{3,120})", sentence[spans[i][1]:])
            if clause:
                said = clause.group("clause").strip()
                doer = rx.match(r"(?P<np>[^,;]{3,60}?)\s(?:was|were|had|has|is|are)\b", frame.string[frame.end():])
                if doer and rx.match(r"(?:it|they)\s", said):      # "in 11, it required improvement": it is the response
                    said = doer.group("np") + said[said.index(" "):]
                m.subject, m.measure = mentions[0].subject, f"number of {frame.group('what')} in which {said}"
    for i in range(1, len(mentions)):          # "£386.2 million in 2022/23, of which 82% ...", "£71.9 million, or 43%"
        head, part = mentions[i - 1], mentions[i]
        if part.period is None and head.period is not None and rx.fullmatch(
                r",?\s(?:of\swhich|or|equivalent\sto|representing)\s(?:(?:around|about|nearly|almost|just|over|some)\s)?",
                sentence[spans[i - 1][1]:spans[i][0]]):
            part.period, part.period_source = head.period, head.period_source
    for m in mentions:                         # "expenditure for 2022/23 was £386.2 million": the subject is not 2022/23
        when = re.escape(m.period.label.split(" ", 1)[-1]) if m.period else None
        if m.subject and when and rx.fullmatch(r"(?:for|in|during)?\s?" + when, m.subject):
            m.subject = rx.sub(r"\s(?:for|in|during)\s" + when + "$", "", m.measure or "") or None
    for i in range(1, len(mentions)):          # "62 of the 90 case files we reviewed showed ...": 90 is all the files
        part, whole = mentions[i - 1], mentions[i]
        if part.base == whole.value and whole.unit == "count" and whole.subject and not is_fragment(whole.subject) and \
                rx.fullmatch(r"\s(?:out\s)?of\s" + WHOLE_DETERMINERS, sentence[spans[i - 1][1]:spans[i][0]]):
            whole.measure = f"number of {whole.subject}"
        elif part.base == whole.value and whole.unit == part.unit == "count" and whole.measure is None and part.subject and \
                rx.fullmatch(r"\s" + NOUN_OUT_OF + r"of\s" + WHOLE_DETERMINERS, sentence[spans[i - 1][1]:spans[i][0]]):
            whole.subject, whole.measure = part.subject, f"number of {part.subject}"    # "1,900 officers out of 7,000"
    for i in reversed(range(len(mentions))):  # "53% of Black Londoners and 61% of mixed ethnicity Londoners trust the Met"
        m, k = mentions[i], i + 1
        if k < len(mentions) and mentions[k].subject == m.subject and rx.fullmatch(r"\s*\(\s*", sentence[spans[i][1]:spans[k][0]]):
            k += 1                              # "one in four (22%) of Black respondents and a third (36%) of Asian ..."
        nxt = mentions[k] if k < len(mentions) else None
        if m.subject and m.measure in (None, f"share of {m.subject}") and nxt and nxt.unit == m.unit and nxt.subject and \
                nxt.subject != m.subject and nxt.measure and nxt.measure.startswith(f"share of {nxt.subject} ") and \
                rx.fullmatch(r"\s*,?\s*(?:and|or|,)\s*", sentence[spans[k - 1][1]:spans[k][0]].split(m.subject)[-1]):
            m.measure = nxt.measure.replace(nxt.subject, m.subject, 1)
    for i, m in enumerate(mentions[1:], start=1):   # "Women make up 29% of officers, 35% of PCSOs and 60% of staff"
        prev, between = mentions[i - 1], RUN_ITEM_BETWEEN.fullmatch(sentence[spans[i - 1][1]:spans[i][0]])
        whole = f"share of {between.group('whole').strip()} " if between else None
        if whole and m.subject and m.measure == f"share of {m.subject}" and prev.unit == m.unit and \
                prev.measure and prev.measure.startswith(whole) and len(prev.measure) > len(whole):
            rest = prev.measure[len(whole):]
            m.measure = f"share of {m.subject} {rest}"
            m.subject = prev.subject if rest.startswith("made up by ") else m.subject
    for i, m in enumerate(mentions[1:], start=1):   # "the force dealt with 3,500 cases; this was a 10% increase"
        prev = mentions[i - 1]
        if (m.measure is None or CHANGE_NOUNS.match(m.measure)) and prev.measure and not prev.measure.startswith("change") \
                and CLAUSE_ANAPHOR.search(sentence[spans[i - 1][1]:spans[i][0]]):
            m.measure = ("change in " if m.value_kind == "change" else "") + prev.measure
            m.subject = prev.subject
    for i, m in enumerate(mentions):         # "over 9,000 reported rapes in 2022-23, up 244% from 2012-13"
        bare = m.measure is None or rx.fullmatch(r"(?:change in )?(?:increase|rise|decrease|fall|reduction|drop|decline|"
                                                 r"growth)s?", m.measure)
        if bare and m.value_kind == "change" and i > 0 and mentions[i - 1].measure and \
                rx.fullmatch(r"[^.;:]{0,140},\s*(?:up|down|rising|falling|an?\s(?:(?:small|slight|large|sharp|significant)\s)?"
                             r"(?:increase|rise|decrease|fall|reduction|drop)(?:\sof)?)\s+(?:(?:around|about|almost|nearly|"
                             r"over|some|just)\s)?",
                             sentence[spans[i - 1][1]:spans[i][0]] + " ", re.IGNORECASE) or \
                bare and m.value_kind == "change" and i > 0 and mentions[i - 1].measure and \
                rx.fullmatch(r"[^.;:]{0,100},\s*(?:(?:around|about|almost|nearly|over|some|just)\s)?",
                             sentence[spans[i - 1][1]:spans[i][0]]) and \
                rx.match(r"\s(?:more|fewer|less|higher|lower)\s(?:than|on|compared)\b", sentence[spans[i][1]:]) or \
                bare and m.value_kind == "change" and i > 0 and mentions[i - 1].measure and \
                rx.fullmatch(r"[^.;:]{0,140},\s*an?\s", sentence[spans[i - 1][1]:spans[i][0]]) and \
                rx.match(r"\s(?:increase|rise|decrease|fall|reduction|drop)\b", sentence[spans[i][1]:]):
            # "6,673 PCSOs as at 31 March 2024, 4.1% fewer than a year before"; "2,318 complaints in 2023-24, a 15% increase"
            m.measure = "change in " + rx.sub(r"^change in ", "", mentions[i - 1].measure)
            m.subject = mentions[i - 1].subject
            own, other = m.period, mentions[i - 1].period
            if own is None and other is not None and mentions[i - 1].period_source == "sentence":
                m.period, m.period_source = other, "sentence"       # the change over the year the count is of
            if own and other and rx.search(r"\b(?:from|since)\s", sentence[spans[i][1]:spans[i][1] + 12]) and \
                    own.start and other.end and own.start < other.end:
                until = rx.sub(r"^(?:in|during)\s", "", other.label)
                m.period = Period(f"{own.label} to {until}", own.start, other.end, own.char_start, own.char_end)
        elif m.comparator is None and m.direction in ("rise", "fall", "none") and m.value_kind == "level" and (
                i > 0 and mentions[i - 1].unit == m.unit and mentions[i - 1].value_kind != "change" or
                i == 0 and ANAPHOR_START.match(sentence) and
                context.last is not None and context.last.unit == m.unit and context.last.value_kind == "level"):
            # "from 66% in 2014-15, to a high of 85% ..., reducing again to 70%"; "They dropped to 54" after "92 in 2019-20"
            earlier = mentions[i - 1] if i > 0 else context.last
            m.comparator = earlier.period.label if earlier.period and earlier.period != m.period else "earlier figure"
            m.comparator_value = earlier.value
    named_before = context.last_count if context.last is not None and context.last.unit == "rate" and \
        context.last_count is not None and any(x is context.last_count for _, _, x in context.inside) else context.last
    for i, ((a, b), m) in enumerate(zip(spans, mentions)):   # "15 of these were sent back": these are the last count's subject
        these = next((x for x in mentions[:i] if x.unit == "count" and x.subject and x.value > m.value), None) \
            if rx.match(r"\s(?:out\s)?of\s(?:these|those|them)\b", sentence[b:]) else None
        these = these or named_before
        if m.subject is None and m.measure and rx.match(r"(?:number|share|amount)\s(?!of\b)", m.measure) and \
                (rx.match(r"\s(?:out\s)?of\s(?:these|those|them)\b", sentence[b:]) or
                 rx.match(r"^\W*(?:Of|Out of|Among|Amongst)\s(?:these|those|them)\W", sentence)) and these is not None and \
                these.subject and not is_fragment(these.subject):     # "... 94,210 calls, an average of 258 a day. 92.1% of these"
            head, rest = m.measure.split(" ", 1)
            m.subject = these.subject
            if rx.match(r"[a-z]+ed\b", rest) and sentence[b:].lstrip().startswith(rest.split()[0]):
                rest = f"{relative_pronoun(m.subject)} {rest}"      # "Of these, 9.4% resulted in a charge": active
            described = _described_with_its_clause(these)
            aux = rx.match(r"\s*(?:\([^)]{0,30}\)\s*)?(?P<aux>were|was|are|is)\s", sentence[b:])
            if described and aux and not rx.match(r"(?:who|that|which)\s", rest):
                rest = f"{relative_pronoun(m.subject)} {aux.group('aux')} {rest}"   # "Of these, 45% were from ..."
            m.measure = f"{head} of {described or m.subject} {rest}"
    rises_to = rx.match(r"^\W*(?:This|It|That|The figure|The proportion|The share)\s(?:(?:then\s|also\s)?(?:rises|rose|"
                        r"increases|increased|falls|fell|drops|dropped|goes up|went up|goes down|went down|is higher|is "
                        r"lower)\s(?:to\s)?|(?:is|was)\s)(?:(?:just|only|around|about|nearly|almost|over)\s)?$", sentence[:spans[0][0]]) \
        if mentions else None
    earlier = context.last
    if rises_to and earlier is not None and earlier.subject and earlier.measure and \
            earlier.measure.startswith(f"share of {earlier.subject} ") and mentions[0].subject and \
            mentions[0].measure == f"share of {mentions[0].subject}":
        for m in mentions:              # "This rises to 14% of respondents from forensic services and 11% of ..."
            if m.subject and m.measure == f"share of {m.subject}":
                m.measure = earlier.measure.replace(earlier.subject, m.subject, 1)
    for m in mentions:                    # "The number and proportion of female officers has increased from 7,591 (24%)"
        if m.measure and m.unit == "count" and m.measure.startswith("number and proportion of "):
            m.measure = "number of " + m.measure[len("number and proportion of "):]
    share_of_count = [i > 0 and m.unit == "percent" and mentions[i - 1].unit == "count" and
                      bool(rx.fullmatch(r"\s*(?:[a-z][\w-]*\s){0,3}?\(\s*", sentence[spans[i - 1][1]:spans[i][0]])) for i, m in enumerate(mentions)]
    for i, m in enumerate(mentions):      # "from 13,033 (25% of the workforce) in 2012-13 to 9,934 (21%)"
        whole, part = m.subject, mentions[i - 1].subject if i else None
        if share_of_count[i] and whole and part and m.measure == f"share of {whole}":
            m.measure, m.subject = f"share of {whole} made up by {part}", part
    for i, m in enumerate(mentions):      # "in 93 cases (31%)": a bare bracket is the share of what the count counts
        if not share_of_count[i]:
            continue
        counted = mentions[i - 1].measure or ""
        sibling = next((x for k, x in enumerate(mentions) if k != i and share_of_count[k] and x.measure and
                        mentions[k - 1].measure == counted), None)
        if m.measure is None and sibling is not None:
            m.measure, m.subject = sibling.measure, sibling.subject
        elif counted.startswith("number of ") and (m.measure is None or rx.match(r"\s*\)", sentence[spans[i][1]:])):
            head = "proportion of " if rx.search(r"\bproportion\sof\b", sentence, re.IGNORECASE) else "share of "
            m.measure, m.subject = head + counted[len("number of "):], mentions[i - 1].subject
    heads: dict[int, int] = {}
    for i, m in enumerate(mentions[1:], start=1):     # "20.7% of the population are Asian, 17% White non-British, ..."
        h = heads.get(i - 1, i - 1)
        head = mentions[h]
        if head.unit == m.unit and head.measure:
            measure = elliptical_item(sentence, spans[h], head.measure, *spans[i])
            if measure:
                m.measure, m.subject, heads[i] = measure, head.subject, h
    _group_of_the_share_before(sentence, spans, mentions)
    for i, m in enumerate(mentions):
        if m.measure is not None:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(mentions) and mentions[j].measure and _same_scale(mentions[j].unit, m.unit):
                lo, hi = sorted((i, j))
                if PARALLEL_BETWEEN.match(sentence[spans[lo][1]:spans[hi][0]]):
                    m.measure, m.subject = mentions[j].measure, m.subject or mentions[j].subject
                    if mentions[j].value_kind == "change" and m.value_kind == "level" and (
                            "(" in sentence[spans[lo][1]:spans[hi][0]] or
                            rx.fullmatch(r"\s*to\s(?:(?:around|about|nearly|almost|just|over)\s)?", sentence[spans[lo][1]:spans[hi][0]])):
                        m.measure = rx.sub(r"^change in ", "", m.measure)      # "8 points lower (64% compared with 72%)",
                        #                                                        "will rise by £14 to £301.20"
                        if rx.fullmatch(r"\s*to\s(?:(?:around|about|nearly|almost|just|over)\s)?",
                                        sentence[spans[lo][1]:spans[hi][0]]):
                            m.direction = m.direction or mentions[j].direction
                    break
    for i, m in enumerate(mentions):
        if m.value_kind == "change" and m.period is None:
            m.period = _period_of_change(sentence, inside, periods, i) or m.period
        later = mentions[i - 1] if i >= 2 else None
        first = later.extra.get("earlier_value") if later is not None else None
        if m.value_kind == "change" and later is not None and first is mentions[i - 2] and first.period and later.period and \
                first.period.start and later.period.end and first.period.start < later.period.start and \
                (m.period is None or m.period == later.period) and rx.fullmatch(
                    r",\s(?:an?\s(?:(?:overall|total)\s)?(?:increase|rise|fall|decrease|reduction|drop)\sof|up|down|"
                    r"(?:increasing|decreasing|rising|falling)\sby)\s(?:(?:around|about|nearly|almost|just|over|some)\s)?",
                    sentence[max(spans[i - 1][1], later.period.char_end if later.period.char_start >= spans[i - 1][1] else 0):
                             spans[i][0]]):      # "rose from 7,064 in 2019 to 7,860 in 2023, an increase of 11%"
            m.period = _from_to(first.period, later.period, first.period.char_start, later.period.char_end)
            m.period_source = "sentence"
            m.comparator, m.comparator_value = m.comparator or first.period.label, first.value
    _and_for_another_group(sentence, spans, mentions)
    same = SAME_PERIOD.search(sentence)
    own_pair = next(((e.period, x.period) for (_, b), x in zip(spans, mentions) if b <= same.start() and
                     (e := x.extra.get("earlier_value")) is not None and e.period and x.period and e.period != x.period),
                    None) if same else None     # "from 10 to 12 minutes between 2012 and 2021 and ... over the same period"
    if same and (own_pair or context.span_pair):     # "fell from 83% in 2019-20 to 73% in 2021-22. Over the same period, X fell from 58% to 49%"
        for m in mentions:
            earlier = m.extra.get("earlier_value")
            if earlier is not None and (m.period is None or m.period_source == "previous_sentence" or own_pair) and \
                    (earlier.period is None or earlier.period_source == "previous_sentence") and \
                    (m.period is None or m.period == earlier.period):
                earlier.period, m.period = own_pair or context.span_pair
                earlier.period_source = m.period_source = "sentence" if own_pair else "previous_sentence"
                if m.comparator == "earlier figure":
                    m.comparator = earlier.period.label
    if same:
        for i, m in enumerate(mentions):       # "rising 152% over the same period": the period of the change before it
            inside_clause = spans[i][1] <= same.start() and not rx.search(r"[;.]", sentence[spans[i][1]:same.start()])
            earlier = [x for x in mentions[:i] if x.value_kind == "change" and x.period]
            if inside_clause and earlier and m.value_kind == "change":
                m.period, m.period_source = earlier[-1].period, "sentence"
            elif m.period is None and context.period:
                m.period, m.period_source = context.period, "previous_sentence"
    if (ANAPHOR_START.match(sentence) or SAME_FIGURE_START.match(sentence)) and context.referent_period and \
            not PRESENT_STATE.match(sentence) and not rx.match(r"\W*(?:Since|After|Until|By)\s(?:then|that|this)\b", sentence):
        # "Of these, 311,295 were ...": the referent's period; not "It has 3,900 officers", a statement of now
        for m in mentions:
            if m.period is None:
                m.period, m.period_source = context.referent_period, "previous_sentence"
    if not periods and context.referent_period and REFERS_BACK.search(sentence) and \
            not OWN_TIME.search(sentence) and not PRESENT_TENSE.search(sentence):
        # "Seventeen of these cases ...", "... was lower still, at 58%": a past-tense statement about what the sentence
        # before counted. A period merely opening the paragraph is not carried: its later sentences often leave it.
        for m in mentions:
            if m.period is None:
                m.period, m.period_source = context.referent_period, "previous_sentence"
    told = context.sentence if context.recent and (context.sentence == context.recent[-1] or context.bridge and
                                                   context.recent[-2:-1] == [context.sentence]) else None
    if told is None and context.recent and context.referent_period and (
            _dates_what_was_counted(context.recent[-1], context.referent_period) or SURVEY_CUE.search(context.recent[-1]) or
            rx.search(r"\b(?:interviews|fieldwork)\b", context.recent[-1], re.IGNORECASE)):
        told = context.recent[-1]       # "Our audit covered crimes reported in 2024. The force recorded 91.2% of them"
    if context.referent_period and context.referent_period is not context.lead_in and told is not None and \
            _continues_the_account(sentence, periods) and _tells_of_a_past_period(told, context.referent_period):
        # "In 2024, 5,830 vehicles were seized. There were 254 seizures of uninsured lorries, 69 more than in 2023."
        targets = [t.span() for t in REFERENCE_TARGET.finditer(sentence)]
        for (a, _), m in zip(spans, mentions):
            if INSPECTION_REFERENCE.search(sentence[a:]) and rx.search(r"\b(?:compared\s(?:with|to)|against|than)\s[^;:]*$",
                                                                       sentence[:a]):
                continue        # "compared with 84.6% at our 2019 inspection": the reference's own time
            aside = rx.search(r"\([^()]*$", sentence[:a])       # "(against a local target of 3 minutes)": a target's own time
            if m.period is None and not (aside and OWN_TIME.search(sentence[aside.start():a])) and \
                    not any(t0 <= a < t1 for t0, t1 in targets):         # "against a force target of 120"
                m.period, m.period_source = context.referent_period, "previous_sentence"
    _pair_of_groups_in_brackets(sentence, spans, mentions)
    _bracketed_pair_with_than(sentence, spans, mentions)
    _than_a_group_in_brackets(sentence, spans, mentions)
    _highest_or_lowest_among(sentence, spans, mentions)
    _bare_change_of_the_change_before(sentence, mentions, context.last)
    later = YEAR_LATER.match(sentence)
    if later and context.referent_period and not periods:      # "A year later this had risen to 5,102"
        moved = _year_before(context.referent_period, later.group("label"), -_years_back(later.group("label")))
        for m in mentions:
            if m.period is None or m.period_source == "previous_sentence":
                m.period, m.period_source = moved, "previous_sentence"
    _reference_periods(sentence, spans, mentions)       # "Of these, 9.4% ..., up from 5.1% in the previous year"
    change_from = CHANGE_FROM_BEFORE.match(sentence[:spans[0][0]]) if mentions else None
    last = context.last
    if change_from and last is not None and last.unit == mentions[0].unit and last.comparator is None and \
            last.value_kind == "level":      # "310 officers were dismissed. This is an increase from 240 in 2019."
        earlier = mentions[0]
        last.comparator = earlier.period.label if earlier.period and earlier.period != last.period else "earlier figure"
        last.comparator_value, last.direction = earlier.value, direction_word(change_from.group("dir").split()[-1])
        earlier.measure, earlier.subject = last.measure or earlier.measure, last.subject or earlier.subject
    elif (since_when := CHANGE_SINCE_WHEN.match(sentence[:spans[0][0]]) if mentions else None) and last is not None and \
            last.unit == mentions[0].unit and last.comparator is None and last.value_kind == "level":
        # "This is an improvement on our 2021 inspection, when the figure was 89.4%": the earlier value of the last
        earlier, when = mentions[0], since_when.group("when")
        last.comparator, last.comparator_value = clean_phrase(when), earlier.value
        last.direction = direction_between(last.value, earlier.value)
        earlier.measure, earlier.subject = last.measure or earlier.measure, last.subject or earlier.subject
        if earlier.period_source == "previous_sentence":
            earlier.period, earlier.period_source = None, None    # "our 2021 inspection" dates the inspection, not the figure
    elif (ANAPHOR_START.match(sentence) or COMPARISON_START.match(sentence)) and context.inside and \
            context.inside[-1][2].comparator is None:
        shift = len(context.sentence) + 1      # "It carried out 34.6 ... This was higher than the average of 7.6."
        _comparator(context.sentence + " " + sentence, context.inside[-1:] + [(a + shift, b + shift, m) for a, b, m in inside], 0)
        before, reference = context.inside[-1][2], context.inside[-1][2].extra.get("compared_with")
        _direction_from_an_earlier_value(before)
        if reference in mentions and before.measure and reference.measure and \
                before.measure.lower() not in reference.measure.lower():
            reference.measure = f"{before.measure} ({reference.measure})"     # the average rate of what was stated before
    _change_on_a_time_before(sentence, spans, mentions, context.last)
    _level_after_its_change(sentence, spans, mentions, context.last)
    _target_for_the_figure_before(sentence, spans, mentions,
                                  None if rx.match(r"\W*['‘\"“]", context.sentence) else context.last)   # not a quotation's
    antecedent = context.topic or (context.last.measure if context.last is not None else None)
    if ANAPHOR_START.match(sentence) and antecedent:
        named_here = False          # "It received 1,200 complaints (240 were upheld)": 240 is a part of 1,200, read later
        for m in mentions:
            if named_here and m.measure is None:
                continue
            named_here = named_here or (m.measure is not None and not CHANGE_NOUNS.match(m.measure))
            same_kind = context.topic or _same_scale(context.last.unit, m.unit) or "percent" not in (context.last.unit, m.unit) \
                or (m.value_kind == "change" and m.unit == "percent" and m.measure is None)   # "It fell by 31%" after a count
            own_time = m.unit.startswith("duration") and m.value_kind != "change"   # "This was expected to take four months"
            if own_time and m.measure is None and context.topic and EXPECTED_TO_TAKE.match(sentence):
                m.measure = f"expected time to complete {context.topic}"
            if (m.measure is None or CHANGE_NOUNS.match(m.measure)) and same_kind and not own_time:
                m.measure = ("change in " if m.value_kind == "change" and not antecedent.startswith("change")
                             else "") + (antecedent.removeprefix("change in ") if m.value_kind == "level" else antecedent)
                counted = rx.match(r"(?:number|proportion|percentage|share|amount|volume|backlog) of (?P<what>.+)$",
                                   context.topic or "")
                m.subject = counted.group("what") if counted else None if context.topic else context.last.subject
    same_unit = next((x for _, _, x in reversed(context.inside) if mentions and x.unit == mentions[0].unit and x.measure), None)
    _same_figure_for_another_group(sentence, spans, mentions, same_unit or context.last, context.inside)
    _these_named_before(sentence, spans, mentions, context.last_count)
    _verb_of_them(sentence, spans, mentions, context.last_count)
    _a_further_of_those_before(sentence, spans, mentions, context.last)
    _part_of_the_count_before(sentence, spans, mentions, context)
    _average_a_day_of_the_count_before(sentence, spans, mentions)
    _share_of_a_part_in_brackets(sentence, spans, mentions)
    _each_group_its_own_share(sentence, spans, mentions)
    _opinions_about_groups(sentence, spans, mentions)
    _what_the_target_was_for(sentence, spans, mentions)
    _figure_of_a_group_in_brackets(sentence, spans, mentions)
    _verb_read_as_a_group(mentions)
    _another_verb_for_the_same_things(sentence, spans, mentions)
    _list_item_without_of(sentence, spans, mentions)
    _multiple_of_the_figure_before(sentence, spans, mentions)
    last = context.last
    for (start, _), m in zip(spans, mentions):   # "Trust among younger respondents was lower still, at 58%" (after 70%)
        if m.comparator is None and last is not None and last.unit == m.unit and last.value_kind == "level" and \
                m.value_kind == "level" and rx.search(r"\b(?:was|were|is|are)\s(?:even\s|much\s|slightly\s|far\s)?(?:lower|"
                                                      r"higher|better|worse)(?:\sstill)?(?:\s(?:for|among|amongst|in)\s"
                                                      r"[^,;:\d]{3,50})?,?\s(?:at\s)?$", sentence[:start]):
            m.comparator = last.subject or last.measure or "figure before"
            m.comparator_value = last.value
    for m in mentions:           # "8 percentage points lower than among White victims": a gap between groups, not a change
        if m.value_kind == "change" and m.measure and (m.measure.startswith("change in ") or m.unit == "percentage_points"
                                                       and not m.measure.startswith(("difference", "gap"))) and m.comparator \
                and not EARLIER_NAME.search(m.comparator) and not find_periods("in " + m.comparator) and \
                rx.search(r"\b(?:higher|lower|more|less|fewer|greater|smaller)\sthan\s(?:among\s|amongst\s|for\s|in\s)?"
                          r"(?:the\s)?" + re.escape(m.comparator), sentence):
            m.measure = "difference in " + m.measure.removeprefix("change in ")
    for i in range(len(mentions) - 1):        # "Black Londoners make 26% of complaints when they make up 13.5% of the population"
        first, second = SHARE_MADE_UP.match(mentions[i].measure or ""), SHARE_MADE_UP.match(mentions[i + 1].measure or "")
        if first and second and mentions[i].comparator is None and first.group("group") == second.group("group") and \
                first.group("whole") != second.group("whole") and BASELINE_WHOLE.search(second.group("whole")) and \
                DISPROPORTION_BETWEEN.search(sentence[spans[i][1]:spans[i + 1][0]]):
            mentions[i].comparator, mentions[i].comparator_value = f"share of {second.group('whole')}", mentions[i + 1].value
    paired = _runs_paired_with_runs_before(sentence, spans, mentions) | _likelier_groups_in_brackets(sentence, spans, mentions)
    for run in respectively_runs(sentence, spans):     # "(56.1%, 55.6% and 53.9% respectively)": one name each
        if run[0] not in paired:
            _read_respectively(sentence, [mentions[i] for i in run], spans[run[0] - 1][1] if run[0] else 0, spans[run[0]][0])
    restated = THIS_IS_SHARE.match(sentence[:spans[0][0]]) if mentions else None
    last = context.last
    if restated and mentions[0].unit == "percent" and mentions[0].subject and last is not None and last.unit == "count" \
            and rx.fullmatch(rf"share of {re.escape(mentions[0].subject)}(?: (?:this|that|it|which) [a-z]+| {MADE_UP_BY_THEM})?",
                             mentions[0].measure or "") and last.subject and not is_fragment(last.subject):
        old = mentions[0].measure
        mentions[0].measure = f"share of {mentions[0].subject} made up by {last.subject}"   # "11,500 staff. This is 40% of ..."
        mentions[0].subject = last.subject
        for other in mentions[1:]:          # "..., above the figure for England and Wales of 16%": measured alike
            if other.measure == old:
                place = PLACE_NAME.search(other.subject or "")
                other.measure = rx.sub(r"\s(?:in|across)\sthe\sforce(?:['’]s)?\sarea\b", f" in {place.group()}",
                                       mentions[0].measure) if place else mentions[0].measure
    for m in mentions:                      # "They make up 12% of sergeants" after "Probationers account for 31% of officers"
        if m.measure and m.measure.endswith(MADE_UP_BY_THEM):
            them = context.topic or (topic_of(context.recent[-1]) if context.recent else None)
            if them and not is_fragment(them):
                m.measure, m.subject = m.measure[:-len(MADE_UP_BY_THEM)] + f"made up by {them}", them
            else:
                m.measure = m.measure[:-len(MADE_UP_BY_THEM)].rstrip()
    lead = rx.match(r"^(?P<lead>[^:;]{3,120}):\s", sentence)
    lead_text = lead.group("lead") if lead and mentions and spans[0][0] >= lead.end() else \
        context.recent[-1] if context.recent and context.recent[-1].rstrip().endswith(":") and len(context.recent[-1]) <= 160 \
        else None
    speech = lead_text and rx.search(r"\b(?:told|tell|said|says|say|explained|commented|described|noted|stated|added|"
                                     r"wrote|recalled|reflected)\b", lead_text)
    group = topic_of(lead_text.rstrip(": ")) if lead_text and not speech else None
    if group and relative_pronoun(group) == "who" and len(group.split()) <= 6 and \
            rx.search(r"(?:s|people|staff|personnel|police|public|workforce)$", group):
        for m in mentions:              # "The cadets are representative: 47 percent are female, 52 percent are ..."
            if m.subject is None and m.measure and rx.match(r"share (?!of\b)", m.measure):
                m.subject, m.measure = group, share_of_group(m.measure, group)
    for i, (a, _, m) in enumerate(inside):   # "41% of women disagree", "think this", "think it has got worse": of what
        completed = complete_attitude(m.measure, [*context.recent, sentence[:a]]) if m.measure else None
        if completed:
            asked = rx.match(r"share of (?P<group>.+?) (?:who|that) ", completed)
            if m.subject is None and asked and not m.measure.startswith("share of "):
                group, fuller = asked.group("group"), context.population()     # "Officers were asked if ... Only 38% agreed"
                if fuller and fuller.lower().startswith(group.lower() + " "):    # "a survey of residents across the area"
                    completed, group = completed.replace(group, fuller, 1), fuller
                m.subject = group
            m.measure = completed
        elif m.measure and (agreed := statement_agreed(m.measure, sentence, context.recent)):
            m.measure = agreed      # "This attracted agreement from half of officers and staff (51%)": with the statement before
        j = next((j for j in range(i - 1, -1, -1) if mentions[j].subject and mentions[j].unit == m.unit and rx.search(
            r"\b(?:while|whilst|whereas|but|compared\s(?:with|to))\b|,\swith\s", sentence[spans[j][1]:a])), None)
        group = mentions[j].subject if j is not None else None
        if group and m.subject is None and m.measure and rx.match(r"share (?:that|who) ", m.measure):
            m.subject = group            # "53% of employees disagree ..., while only a quarter (25%) agree"
            m.measure = share_of_group(m.measure, group)
    last = context.last
    if mentions and (mentions[0].measure is None or is_broken(mentions[0].measure)) and last is not None and last.measure and last.unit == mentions[0].unit:
        moved = PRONOUN_CHANGE.search(sentence[:spans[0][0]])
        if moved:           # "Essex Police employed 3,700 officers ... A year later this had risen to 3,950"
            first = mentions[0]
            first.subject, first.measure = last.subject, last.measure
            if moved.group("to") and first.comparator is None:
                first.comparator = last.period.label if last.period and last.period != first.period else "earlier figure"
                first.comparator_value = last.value
                first.direction = direction_between(first.value, last.value)
    _change_by_to_after_level(sentence, spans, mentions, context.last)
    _change_of_the_level_before_in_the_sentence(sentence, spans, mentions)
    _gap_after_the_level_before(sentence, spans, mentions)
    _margin_of_error(sentence, spans, mentions)
    _level_a_change_reached(sentence, spans, mentions)
    _change_in_brackets(sentence, spans, mentions)
    for i, ((a, _), m) in enumerate(zip(spans, mentions)):
        whole = mentions[i - 1] if i > 0 and (OF_WHICH.search(sentence[spans[i - 1][1]:a]) or (
            rx.fullmatch(r"[^;:.()]{0,80},\s(?:(?:around|about|nearly|almost|over|just|some)\s)?", sentence[spans[i - 1][1]:a]) and
            rx.match(r"\sof\s(?:whom|which)\b", sentence[spans[i][1]:])) or (
            rx.fullmatch(r"[^;:.()]{0,60}\(\s*(?:although|but|though|including|of\swhich|of\swhom)?\s*", sentence[spans[i - 1][1]:a])
            and rx.match(r"\s(?:were|was|had\sbeen|have\sbeen)\s[a-z]", sentence[spans[i][1]:]))) else None
        # "650 children, a quarter of whom", "closed 126 stations (although 2 were temporary closures)"
        said_after = rx.sub(r"^\s*\([^)]{0,30}\)", "", sentence[spans[i][1]:])
        if whole is not None and (whole.subject or whole.measure):
            pred, aux = predicate_of(said_after)                  # "of whom 1,311 (26%) were female"
            if pred and not is_fragment(pred) and (m.measure is None or is_broken(m.measure) or (
                    pred not in m.measure and rx.match(r"\s(?:were|was|had|have|has)\s", said_after))):
                who = relative_pronoun(whole.subject or whole.measure)
                m.measure = f"{'share' if m.unit == 'percent' else 'number'} {who} {' '.join(w for w in (aux, pred) if w)}"
        if whole is not None and whole.unit == m.unit == "gbp" and whole.measure and m.measure == whole.measure:
            pred, aux = predicate_of(sentence[spans[i][1]:])       # "savings of £3,200k, of which £900k are not yet identified"
            if pred and not is_fragment(pred):
                m.measure = f"{whole.measure} {'that ' + aux + ' ' if aux else ''}{pred}"
        if whole is not None and (whole.subject or whole.measure) and m.measure:   # "£386.2 million, of which 82% was spent"
            group = whole.subject if whole.unit == "count" and whole.subject else whole.measure or whole.subject
            if whole.measure and whole.measure.startswith("number of "):
                group = whole.measure[len("number of "):]                       # "243 officers left, of whom 98 had ..."
            own = f" of {m.subject} " if m.subject else None
            tail = rx.match(r"(?:share|number|amount)" + (re.escape(own) if own and own in m.measure else r"\s(?:of\s\S+\s)?")
                            + r"(?P<pred>.+)$", m.measure)
            if tail and not is_fragment(tail.group("pred")):
                head = "share" if m.unit == "percent" else "number" if m.unit == "count" else m.measure.split()[0]
                pred = tail.group("pred")
                if rx.search(r"\s(?:the|a|an|it|they|we|its|their)\s(?:[\w'’-]+\s)?(?:[a-z]+ed|took|made|saw|held|kept|"
                             r"gave|got|dealt|sent|found|brought|caught|lost|won|met|spent|paid)$", group) and \
                        rx.match(r"[a-z]+ed\b", pred):     # "calls the force received, of which 5,000 were abandoned"
                    pred = f"{relative_pronoun(group.split()[0])} {'were' if group.split()[0].endswith('s') else 'was'} {pred}"
                m.subject, m.measure = group, f"{head} of {group} {pred}"
    for i in range(1, len(mentions)):       # "21 of the 107 incidents we reviewed had received ...": 107 is the whole
        whole, part = mentions[i], mentions[i - 1]
        if part.base == whole.value and whole.subject and whole.unit == "count" and \
                rx.fullmatch(r"\s(?:out\s)?of\s" + WHOLE_DETERMINERS, sentence[spans[i - 1][1]:spans[i][0]]):
            after = rx.sub(r"^\s*\([^()]*\)", "", sentence[spans[i][1]:])
            verb = rx.search(r"\s(?:had|has|have|were|was|is|are|did|do|does)\s", after)
            np = after[:verb.start()].strip() if verb else ""
            if np and not rx.search(r"[,;:.()]|\b(?:that|who|which)$", np) and len(np.split()) <= 10:
                whole.measure = f"number of {clean_phrase(np)}"
    for (a, _), m in zip(spans, mentions):   # "In the year to March 2024, of the 2,104 victims who responded, 68% were"
        group = GROUP_BEFORE_SHARE.search(sentence[:a]) if m.unit == "percent" and m.subject is None and m.measure and \
            rx.match(r"share (?!of\b)", m.measure) else None
        if group and not is_fragment(group.group("np")):
            m.subject = clean_phrase(group.group("np"))
            m.measure = share_of_group(m.measure, m.subject)
    opening_group = OPENING_GROUP.match(sentence)
    for (a, b), m in zip(spans, mentions):     # "Of the crime we reviewed, the force recorded 38 percent within 24 hours"
        doer = OPENING_DOER.fullmatch(sentence[opening_group.end():a]) if opening_group and a > opening_group.end() else None
        if doer and m.unit in ("percent", "count") and (m.measure is None or m.measure == f"number of {m.subject}"):
            rest = rx.match(r"[^,;:.()]{0,60}", sentence[b:]).group().strip()
            group = clean_phrase(opening_group.group("np"))
            head = "share" if m.unit == "percent" else "number"
            m.subject, m.measure = group, " ".join(w for w in (f"{head} of {group} that", doer.group("doer").strip(), rest) if w)
    for i in range(len(mentions) - 1):      # "312 members of the workforce (around 6%) did not hold the vetting required"
        count, share = mentions[i], mentions[i + 1]
        between, after = sentence[spans[i][1]:spans[i + 1][0]], sentence[spans[i + 1][1]:]
        close = rx.match(r"[^()]{0,25}\)\s*", after)
        if count.unit == "count" and share.unit == "percent" and count.subject and share.measure is None and close and \
                count.measure == f"number of {count.subject}" and ")" not in between and \
                rx.search(r"\(\s*(?:(?:around|about|nearly|almost|over|some|just|only|or|fewer than|less than|more than)\s)*$",
                          between):
            pred, aux = predicate_of(after[close.end():])
            if pred and not is_fragment(pred):
                clause = f"{relative_pronoun(count.subject)} {' '.join(w for w in (aux, pred) if w)}"
                count.measure = f"number of {count.subject} {clause}"
                share.subject, share.measure = count.subject, f"share of {count.subject} {clause}"
    for i in range(1, len(mentions)):       # "7,926 officers left ..., a leaving rate of 5.4%": the rate of that count
        count, rate = mentions[i - 1], mentions[i]
        if count.unit == "count" and count.subject and rate.measure and rx.fullmatch(r"(?:[a-z-]+\s)?rate", rate.measure) \
                and rx.search(r",\s(?:an?|the)\s(?:[a-z-]+\s)?rate\sof\s(?:(?:around|about|nearly|almost|just|over)\s)?$",
                              sentence[spans[i - 1][1]:spans[i][0]]) or \
                count.unit == "count" and count.subject and rate.unit == "rate_per_1000" and rate.measure is None and \
                rx.search(r",\s(?:(?:which\sis\s)?equivalent\sto|or|which\sis|a\srate\sof)\s(?:(?:around|about|nearly|almost|"
                          r"just|over)\s)?$", sentence[spans[i - 1][1]:spans[i][0]]):
            # "recorded 30,112 crimes in 2023, equivalent to 19.8 per 1,000 population": that count's rate
            per = PER_WHAT.match(sentence[spans[i][1]:]) if rate.unit in ("rate", "rate_per_1000") else None
            rate.subject = count.subject
            if rate.period is None and count.period is not None:
                rate.period, rate.period_source = count.period, count.period_source
            rate.measure = f"{count.subject} {per.group('per')}" if per else \
                f"{rate.measure} of {count.measure.removeprefix('number of ')}"
    for i in range(len(mentions) - 1):      # "of whom 1,311 (25.7%) were female": the count's share, restated
        count, share = mentions[i], mentions[i + 1]
        if i and mentions[i - 1].base == count.value and mentions[i - 1].unit == "count":
            count = mentions[i - 1]         # "1,900 officers out of 7,000 (27% of all officers) were": the part's share
        if count.unit == "count" and share.unit == "percent" and count.measure and \
                count.measure.startswith("number ") and \
                (share.measure is None or share.subject and share.measure == f"share of {share.subject}" and
                 count.subject and count.subject.endswith(share.subject)) and \
                rx.fullmatch(r"\s*\(\s*(?:(?:around|about|nearly|almost|over|some|just)\s)?", sentence[spans[i][1]:spans[i + 1][0]]):
            share.subject, share.measure = count.subject, rx.sub(r"^number\b", "share", count.measure)
    for i in range(len(mentions) - 2):      # "13% of frontline officers (2,983 of 22,490) had completed a PDR"
        share, part, whole = mentions[i], mentions[i + 1], mentions[i + 2]
        if share.unit == "percent" and part.unit == whole.unit == "count" and share.subject and share.measure and \
                share.measure.startswith("share of ") and part.measure is None and whole.measure is None and \
                rx.fullmatch(r"[^()]{0,80}?\(\s*", sentence[spans[i][1]:spans[i + 1][0]]) and \
                rx.fullmatch(r"\s(?:of|out\sof)\s", sentence[spans[i + 1][1]:spans[i + 2][0]]) and \
                rx.match(r"\s*\)", sentence[spans[i + 2][1]:]):
            part.subject = whole.subject = share.subject
            part.measure = "number of " + share.measure[len("share of "):]
            whole.measure = f"number of {share.subject}"
            part.period, whole.period = part.period or share.period, whole.period or share.period
    for i in range(1, len(mentions)):       # "84,961 complaint cases, 3% more than in 2022/23": the change of that count
        count, change = mentions[i - 1], mentions[i]
        more = MORE_THAN_AFTER.match(sentence[spans[i][1]:])
        if more and change.unit in ("percent", "percentage_points") and count.unit != change.unit and count.measure and \
                (change.measure is None or is_broken(change.measure)) and \
                rx.fullmatch(r"(?:\s[^,;:()]{0,90})?,\s(?:(?:around|about|some|nearly|almost|just|over|only)\s)?",
                             sentence[spans[i - 1][1]:spans[i][0]]):
            change.subject = count.subject
            change.measure = count.measure if count.measure.startswith("change in ") else f"change in {count.measure}"
            change.value_kind = "change"
            change.direction = change.direction or ("fall" if more.group("dir").lower() in ("fewer", "less", "lower", "down")
                                                    else "rise")
            change.value = signed_change(change.value, change.direction)
    for i in range(1, len(mentions)):       # "would raise £71.9 million, or 43% of the force's funding": one amount twice
        amount, share = mentions[i - 1], mentions[i]
        if amount.unit != share.unit and share.unit == "percent" and amount.measure and \
                RESTATED.match(sentence[spans[i - 1][1]:spans[i][0]]):
            if share.measure is None:
                share.subject, share.measure = amount.subject, amount.measure
            elif share.measure.startswith("share of ") and " made up by " not in share.measure:
                share.measure = f"{share.measure} made up by {amount.measure}"
    for (a, _), m in zip(spans, mentions):
        classifier = m.unit == "count" and m.subject and m.measure and rx.fullmatch(
            r"number of [a-z]+(?: in number of .*)?", m.measure)    # "risen from 212 officers": the noun only classifies
        if m.measure is None or classifier:     # "the number of officers on frontline policing has varied, with 20,139"
            heads = [h for h in QUANTITY_SUBJECT.finditer(sentence[:a]) if not rx.search(r"[;:]|\.\s", sentence[h.end():a])]
            if heads and (not classifier or rx.match(r"(?:the\s)?number\sof\b", heads[-1].group("np"), re.IGNORECASE)):
                np = rx.sub(r"^the\s", "", heads[-1].group("np"), flags=re.IGNORECASE)
                m.measure = ("change in " if m.value_kind == "change" else "") + np
    for m in mentions:
        if "restated_as" in m.extra:                # its measure is settled only now
            mentions[m.extra["restated_as"]].subject, mentions[m.extra["restated_as"]].measure = m.subject, m.measure
    _one_reference_for_a_run(sentence, spans, mentions)
    _contrasted(sentence, spans, mentions)
    _more_in_one_place_than_another(sentence, spans, mentions)
    for i, m in enumerate(mentions[:-1]):     # "fell by 83% from 2,422 in 2012-13 to 409": compared with its start
        start = mentions[i + 1]
        if m.value_kind == "change" and m.comparator_value is None and start.value_kind == "level" and \
                rx.fullmatch(r",?\s(?:from|down\sfrom|up\sfrom)\s(?:(?:around|about|nearly|almost|just|over|some)\s)?",
                             sentence[spans[i][1]:spans[i + 1][0]]):
            m.comparator = start.period.label if start.period else m.comparator or "earlier figure"
            m.comparator_value = start.value
    for i, m in enumerate(mentions[:-1]):     # "498,300 calls in 2024, up 6% on 2023": the level is compared too
        change = mentions[i + 1]
        if m.value_kind == "level" and m.comparator is None and change.value_kind == "change" and \
                change.direction in ("rise", "fall") and change.comparator and rx.fullmatch(
                    r"(?:\s[^,;:]{0,90}?)?,\s(?:(?:an?\s)?(?:increase|rise|fall|decrease|reduction|drop)\sof\s|up\s|down\s)?"
                    r"(?:(?:around|about|nearly|almost|just|over|some)\s)?", sentence[spans[i][1]:spans[i + 1][0]]):
            m.comparator, m.direction = change.comparator, change.direction
    for m in mentions:          # "fell by 25 percent between March 2019 and March 2022": compared with the start of the span
        if m.value_kind == "change" and m.comparator is None and m.direction in ("rise", "fall"):
            span = m.period if m.period and m.period.start and (m.period.end is None or m.period.end > m.period.start +
                                                                 timedelta(days=400)) else None
            m.comparator = f"{span.start:%B %Y}" if span and span.start.day == 1 else "earlier figure"
    last = context.last
    for m in mentions:          # "4,200 cases in March 2019. It fell by 31 percent between March 2019 and ...": its start
        if m.value_kind == "change" and m.comparator and m.comparator_value is None and last is not None and \
                last.value_kind == "level" and last.period and last.measure and m.measure and \
                m.measure.endswith(last.measure) and m.comparator in (last.period.label, PERIOD_PREPOSITION.sub("", last.period.label)):
            m.comparator_value = last.value
    for i, m in enumerate(mentions):     # "7.1% ..., compared with 5.7% in the year ending March 2023": a rise
        if m.direction is None and m.value_kind == "level" and m.comparator_value is not None and _compared_over_time(m):
            m.direction = direction_between(m.value, m.comparator_value)
        elif m.direction is None and m.value_kind == "level" and i and mentions[i - 1].value_kind == "change" and \
                rx.fullmatch(r"\s*to\s(?:(?:around|about|nearly|almost|just|over)\s)?", sentence[spans[i - 1][1]:spans[i][0]]):
            m.direction = mentions[i - 1].direction      # "had grown by 1,820 to 78,215"
        prev = mentions[i - 1] if i else None
        if prev is not None and prev.value_kind == "change" and m.value_kind == "level" and prev.measure and \
                prev.measure.startswith("change in ") and rx.fullmatch(r"\s*to\s(?:(?:around|about|nearly|almost|just|over)\s)?",
                                                                    sentence[spans[i - 1][1]:spans[i][0]]) and \
                (m.measure is None or rx.fullmatch(r"(?:number of )?(?:FTEs?|full-time equivalents?|headcount)(?: in .*)?",
                                                   m.measure, re.IGNORECASE)):
            unit_word = rx.match(r"(?:number of )?(\S+)", m.measure or "")
            m.subject, m.measure = prev.subject, prev.measure[len("change in "):] + (
                f" ({unit_word.group(1)})" if unit_word else "")       # "... grown by 1,820 to 78,215 FTE"
    likely = [m for m in mentions if m.measure and m.measure.startswith("relative likelihood")]
    for first, m in zip(likely, likely[1:]):    # "3 times more likely to be handcuffed than X, 4.5 times more likely to ..."
        if m.subject is None and first.subject:
            m.subject = first.subject
            m.measure = m.measure.replace("relative likelihood", f"relative likelihood of {first.subject}", 1) \
                if " of " + first.subject not in m.measure else m.measure
        if m.comparator is None and first.comparator:
            m.comparator = first.comparator
        if m.period is None and first.period:
            m.period, m.period_source = first.period, first.period_source
    _amount_of_the_one_before(mentions, context.last)
    for m in mentions:
        _direction_from_an_earlier_value(m)
    _word_share_compared_as_its_restatement(sentence, spans, mentions)
    _labelled_pair_in_brackets(sentence, spans, mentions)
    _bare_time_of_the_things_before(mentions, context.last)
    context.population_texts.append(sentence)
    survey_year = SURVEY_YEAR.search(sentence)
    if survey_year and rx.search(r"\b(?:based\son|using|from|according\sto)\s(?:the\s)?$", sentence[:survey_year.start()]):
        survey_year = None      # "3.7 times more likely ..., based on 2021 Census population figures": a source's year
    if survey_year:             # "In the force's 2024 staff survey, 1,146 officers and staff responded ...": of 2024
        year = find_periods(f"in {survey_year.group('year')}")[0]
        dated = Period(survey_year.group("year"), year.start, year.end, survey_year.start("year"), survey_year.end("year"))
        for m in mentions:
            if m.period is None and m.unit in ("percent", "count") and m.value_kind == "level":
                m.period, m.period_source = dated, "sentence"
        context.survey_period = dated
    elif periods and SURVEY_CUE.search(sentence):     # the survey's own period, not a comparison's ("down from 51% in 2021")
        compared = {id(r) for m in mentions for r in (m.extra.get("compared_with"), m.extra.get("earlier_value")) if r}
        context.survey_period = next((m.period for m in mentions if m.period and m.period_source == "sentence" and
                                      id(m) not in compared), None)
    elif not periods and context.survey_period is not None:
        for m in mentions:      # "In the survey for 2023, residents were asked ... Overall, 74% agreed."
            if m.period is None and m.unit == "percent" and m.value_kind == "level":
                m.period, m.period_source = context.survey_period, "previous_sentence"
    named = [m for m in mentions if m.subject and not is_broken(m.subject)]   # the sentence's own groups, before any is lent one
    for (start, _), m in zip(spans, mentions):   # "In our survey of Londoners, ... only 44% are confident in ...": whose
        opens = SHARE_OPENS_SENTENCE.match(sentence[:start])      # share it is; "33% of X are women. 19% are from ..."
        if m.subject is None and m.measure and rx.match(r"share (?:that |who )?(?:[a-z]+ed|had|were|was|felt|said|"
                                                        r"thought|took|made|saw)?\b", m.measure) and \
                not m.measure.startswith("share of") and \
                not any(o.unit == m.unit for o in named) and \
                (group := context.population() or (context.share_group if opens else None)):
            m.subject, m.measure = group, share_of_group(m.measure, group)   # not over a group of the sentence's own
    _respondents_named(sentence, spans, mentions, context)
    _cases_of_the_sample(sentence, mentions, context.sample)
    for (a, _), m in zip(spans, mentions):     # "... domestic abuse related cases ... In 2022, a third of cases were closed"
        if m.subject in GENERIC_HEADS and m.measure and f"of {m.subject}" in m.measure:
            fuller = named_in_full(m.subject, context.recent + [sentence[:a]])
            if fuller and fuller.lower() not in m.measure.lower():      # not "share of complaints made up by racist ..."
                m.measure = m.measure.replace(f"of {m.subject}", f"of {fuller}", 1)
                m.subject = fuller
    for (start, end), m in zip(spans, mentions):   # "while the proportion solved fell to 14%": no earlier figure printed
        moved = MOVED_TO.search(sentence[:start]) if m.comparator is None and m.value_kind == "level" else None
        if moved and not PRONOUN_CHANGE.search(sentence[:start]) and \
                not rx.match(r"\s*,?\s(?:from|compared|against|than)\b", sentence[end:]):
            m.comparator, m.direction = "earlier figure", direction_word(moved.group("dir"))
    _compared_both_ways(mentions)       # again, for a figure lent its group since: "only half (50% compared with 58% of X)"
    _object_left_out(sentence, spans, mentions)
    _share_of_the_things_counted_before(sentence, spans, mentions)
    _value_of_the_count_before(sentence, spans, mentions)
    _both_moved_from_the_figure_before(sentence, spans, mentions)
    _place_named_after(sentence, spans, mentions)
    _share_restating_the_count(sentence, spans, mentions)
    _elliptical_conditions(sentence, spans, mentions)
    _gapped_subject(sentence, spans, mentions)
    _share_of_the_count_before_it(sentence, spans, mentions)
    _share_that_did_the_same(sentence, spans, mentions)
    _list_item_counts_its_own_noun(mentions)
    references = {id(r) for m in mentions for r in (m.extra.get("compared_with"), m.extra.get("earlier_value")) if r}
    if periods:             # "In 2023/24 ... 84,961 cases, 3% more than in 2022/23. In that year, ...": the figure's period
        own_periods = [p for p in periods if not COMPARED_WITH_A_TIME.search(sentence[:p.char_start]) and
                       not DATA_SOURCE_YEAR.match(sentence[p.char_start:])]
        context.period = next((m.period for m in mentions if m.period and id(m) not in references
                               and m.period_source == "sentence"), own_periods[-1] if own_periods else context.period)
    context.span_pair = next(((e.period, m.period) for m in mentions if (e := m.extra.get("earlier_value")) is not None
                              and e.period and m.period and e.period != m.period), None) or next(
        ((e.period, m.period) for m in mentions if (e := m.extra.get("compared_with")) is not None and e.period and
         m.period and e.period.start and m.period.start and e.period.start < m.period.start), None)   # "1,082 in 2023, compared with 1,356 in 2022"
    context.referent = next((m for m in reversed(mentions) if id(m) not in references), None)
    own = context.referent.period if context.referent and context.referent.period_source == "sentence" else None
    context.referent_period = own if own and own in periods and referable_period(sentence, [own]) else \
        referable_period(sentence, periods) if periods else next((m.period for m in reversed(mentions) if m.period), None)
    context.remember(sentence)
    context.last = next((m for m in reversed(mentions) if "margin_of" not in m.extra), context.last)
    context.last_count = next((m for m in reversed(mentions) if m.unit == "count" and m.subject), context.last_count)
    context.share_group = next((m.subject for m in mentions if m.unit == "percent" and m.subject and m.measure and
                                m.measure.startswith(f"share of {m.subject} ") and not is_broken(m.subject)), None)
    wholes = [(start, m) for (start, _), m in zip(spans, mentions) if m.unit == "count" and m.subject and m.base is None]
    if any(REVIEWED_SAMPLE.search(m.measure or "") or REVIEWED_BEFORE.search(sentence[:start]) for start, m in wholes):
        context.sample = wholes[0][1] if len(wholes) == 1 else None     # one sample, or none where two are named
    context.sentence, context.inside, context.topic, context.bridge = sentence, inside, None, False


WITH_A_VALUE_OF = re.compile(r"[,;]?\s(?:with|at)\s(?:a|an)\s(?P<value>(?:(?:total|combined|estimated|overall|annual)\s)?"
                             r"(?:value|cost|worth))\sof\s(?:(?:around|about|nearly|almost|over|some|just|more\sthan)\s)?$",
                             re.IGNORECASE)
RESPONDENTS = frozenset({"respondents", "survey respondents", "those surveyed", "people surveyed", "those who responded",
                         "the respondents"})
SAMPLED_THINGS = frozenset({"cases", "instances", "files", "case files", "records", "the cases", "the files"})
REVIEWED = r"(?:reviewed|examined|audited|checked|sampled|dip-sampled|looked\sat|assessed|analysed)"
REVIEWED_BEFORE = re.compile(r"\b(?:[Ww]e|[Ii]nspectors)\s" + REVIEWED + r"\s(?:a\s(?:sample|total)\sof\s)?" + NUMBER_QUALIFIERS + r"$")
REVIEWED_SAMPLE = re.compile(r"^number of [a-z][^()]*\s(?:we|inspectors|the\sreview)\s" + REVIEWED + r"$")
EXPECTED_TO_TAKE = re.compile(r"^\W*(?:This|It)\s(?:was|is|were|are)\s(?:expected|due|planned|scheduled|intended)\sto\s"
                              r"(?:be\scompleted|take|last|run|conclude|finish|report)\b", re.IGNORECASE)
SHARE_OPENS_SENTENCE = re.compile(r"^\W*(?i:(?:just|around|about|nearly|almost|over|under|some|only|more\sthan|less\sthan)\s)*"
                                  r"(?i:(?:half|a\sthird|a\squarter|two\sthirds|three\squarters|[a-z]+\sin\s[a-z]+)\s\(\s*)?$")
BARE_TIME_SET_AGAINST = re.compile(r"^[^.;:()\d]{0,40}?,?\s(?:against|compared\s(?:with|to)|versus|vs\.?)\s(?:(?:around|about|"
                                   r"nearly|almost|just|over|only)\s)?$")
RISES_TO_BEFORE = re.compile(r"\b(?:rises|rose|risen|increases|increased|climbs|climbed|falls|fell|fallen|drops|dropped|"
                             r"decreases|decreased)\sto\s(?:(?:around|about|nearly|almost|just|over)\s)?$", re.IGNORECASE)
# "14% in the Dog Unit", "19% in Greater Manchester": where the figure is for, named after it
PLACE_AFTER = re.compile(r"^(?:\s(?:or|–|—)\s(?:(?:more|less|fewer)\sthan\s|just\s(?:under|over)\s|nearly\s|almost\s|around\s|"
                         r"about\s)?(?:one|two|three|four)\sin\s[a-z]+)?,?\s(?:in|across|within)\s(?P<place>(?:the\s)?[A-Z][\w'’&-]*(?:\s(?:[A-Z][\w'’&-]*|of|and|&))*"
                         r"(?:\s\([A-Z0-9][\w ]{0,20}\))?)(?=\s*(?:[,;:.)]|$)|\s(?:and|or|but|while|whereas|compared|than|"
                         r"respectively)\b)")
GROUP_AFTER = re.compile(r"^\s(?:among|amongst|for)\s(?!(?:those\s)?who\b)(?P<group>(?:the\s)?[A-Za-z][^,;:.()%]{2,50}?)(?=\s*(?:[,;:.)]|$)|\s(?:and|or|but|"
                         r"while|whereas|compared|than)\b)")
NAMED_PLACE = re.compile(r"\sin\s(?:the\s)?[A-Z][\w'’&-]*(?:\s(?:[A-Z][\w'’&-]*|of|and|&))*?(?=\s*(?:[,;:.)(]|$|\s[a-z]))")


def _respondents_named(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention],
                       context: SentenceContext) -> None:
    """"In our survey of Kent residents, 35% of respondents think ...", "We surveyed 1,200 officers. Of the respondents,
    41% ...": the respondents are the people the survey was of."""
    last = context.last_count
    surveyed = last.subject if last and rx.search(r"\b(?:surveyed|responded|took\spart)$", last.measure or "") else None
    for (start, _), m in zip(spans, mentions):
        if m.subject in RESPONDENTS and m.measure and m.measure.startswith(f"share of {m.subject}") and \
                (group := population_of(sentence[:start]) or context.population() or surveyed) and \
                group.lower() not in RESPONDENTS | {"people", "individuals", "those", "participants"}:
            m.measure = m.measure.replace(f"share of {m.subject}", f"share of {group} surveyed", 1)
            m.subject = f"{group} surveyed"


def _cases_of_the_sample(sentence: str, mentions: list[Mention], sample: Mention | None) -> None:
    """"We reviewed 90 domestic abuse case files. ... In 53% of cases no further action was taken": the cases are the
    paragraph's sample, unless the sentence sets the figure against the nation or other forces."""
    if sample is None or rx.search(r"\bnational|\bEngland\sand\sWales\b|\b(?:other|all)\sforces\b", sentence):
        return
    reviewed = sample.measure.removeprefix("number of ")
    for m in mentions:
        head = m.subject
        if head and head.lower() in SAMPLED_THINGS and m.unit in ("percent", "count") and m.measure and \
                m.base is None and m.measure.startswith((f"share of {head}", f"number of {head} in which ",
                                                         f"number of {head} where ")) and \
                not rx.search(rf"\ball\s{head}\b", sentence):
            m.measure, m.subject = m.measure.replace(f"of {head}", f"of {reviewed}", 1), reviewed
        if m.period is None and sample.period is not None and (m.subject == reviewed or head and head.lower() in
                                                                SAMPLED_THINGS or m.base == sample.value):
            m.period, m.period_source = sample.period, "previous_sentence"     # of the files reviewed: their period


def _value_of_the_count_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"64 confiscation orders ..., with a total value of £3.2m": the value of the things counted."""
    for i, ((start, _), m) in enumerate(zip(spans, mentions)):
        worth = WITH_A_VALUE_OF.search(sentence[:start]) if m.unit.startswith("gbp") else None
        counted = next((x for x in reversed(mentions[:i]) if x.unit == "count" and x.subject), None) if worth else None
        if counted is not None:
            m.subject, m.measure = counted.subject, f"{worth.group('value').lower()} of {counted.subject}"


def _both_moved_from_the_figure_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Overall, 5% ... This rises to 14% of X and 11% of Y": the second share moved from the same figure too."""
    for i in range(len(mentions) - 1):
        m, nxt = mentions[i], mentions[i + 1]
        if m.comparator and nxt.comparator is None and m.unit == nxt.unit and m.direction and \
                RISES_TO_BEFORE.search(sentence[:spans[i][0]]) and \
                rx.fullmatch(r"\s(?:of|for|among|amongst|in)\s[^,;:()\d]{2,60}?,?\s(?:and|but)\s(?:(?:only|just)\s)?",
                             sentence[spans[i][1]:spans[i + 1][0]]):
            nxt.comparator, nxt.comparator_value = m.comparator, m.comparator_value
            nxt.direction = direction_between(nxt.value, m.comparator_value) if m.comparator_value is not None else m.direction


RESTATED_AS_A_SHARE = re.compile(r"\s[^,;:()\d]{2,80}?(?:,\s|\s\()(?:(?:around|about|nearly|almost|over|just|some|roughly|"
                                 r"approximately|or)\s)?")
SHARE_OF_WHOLE_AFTER = re.compile(r"\sof\s(?:the\s|its\s|their\s|our\s|all\s)?(?P<whole>[^,;:.()\d]{2,60}?)\s*(?:[,;:.)]|$)")


def _share_restating_the_count(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"238 detective vacancies, around 17% of the establishment", "340 officers (8% of the workforce) were on
    restricted duties": the share is the count before it, as a part of the whole named after the share; "1,300 cases
    (18%) were closed within 24 hours", "£298.4m (84%) is spent on pay": a share of the same things, whole unnamed."""
    for i in range(1, len(mentions)):
        count, m = mentions[i - 1], mentions[i]
        if count.unit in ("count", "gbp") and m.unit == "percent" and count.measure and \
                rx.fullmatch(r"\s[^,;:()\d]{0,60}?\(\s*(?:(?:around|about|nearly|almost|over|just|some)\s)?",
                             sentence[spans[i - 1][1]:spans[i][0]]) and rx.match(r"\s*\)", sentence[spans[i][1]:]) and \
                m.measure in (None, f"share of {count.subject}") and count.subject and \
                (said := rx.fullmatch(r"(?:number|amount) of " + re.escape(count.subject) +
                                      r"\s(?P<pred>(?:that|who|which|in which|spent|[a-z]+ed)\b.*)", count.measure)):
            m.subject, m.measure = count.subject, f"share of {count.subject} {said.group('pred')}"
            continue
        whole = SHARE_OF_WHOLE_AFTER.match(sentence[spans[i][1]:])
        if count.unit != "count" or m.unit != "percent" or not whole or not (count.measure or "").startswith("number of ") \
                or not RESTATED_AS_A_SHARE.fullmatch(sentence[spans[i - 1][1]:spans[i][0]]):
            continue
        name = clean_phrase(whole.group("whole"))
        if m.measure in (None, f"share of {name}", f"share of {name} made up by {count.subject}"):
            m.subject, m.measure = count.subject, f"{count.measure.removeprefix('number of ')} as a share of {name}"


ELLIPSIS_GAP = re.compile(r"[^,;:()]{0,100}?,?\s(?:and|but|while|whereas|whilst)\s(?:(?:only|just|around|about|nearly|"
                          r"almost|over|some)\s)?")
OWN_CONDITIONS = re.compile(r"\s(?P<tail>(?P<prep>within|in|for|among|amongst|on|at|across|under|from|with|to(?!\s(?:£|\d)))\s[^,;:()\d]{0,60}?"
                            r"(?:\d[\d,.]*\s[a-z]+(?:\s[^,;:()\d]{2,40}?)?)?)\s*(?:[,;:.()]|$)")


def _elliptical_conditions(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"79% of incidents within 15 minutes in urban areas and 71% within 20 minutes in rural areas": the second
    number, lent the first one's measure, keeps the conditions it states itself in place of the first one's."""
    for i in range(1, len(mentions)):
        prev, m = mentions[i - 1], mentions[i]
        tail = OWN_CONDITIONS.match(sentence[spans[i][1]:])
        if not tail or m.unit != prev.unit or not m.measure or m.measure != prev.measure or \
                not ELLIPSIS_GAP.fullmatch(sentence[spans[i - 1][1]:spans[i][0]]) or \
                any(p.char_start == 0 for p in find_periods(tail.group("tail"))):
            continue
        cut = m.measure.find(f" {tail.group('prep')} ")
        state = list(rx.finditer(r"\s(?:who|that)\s(?:are|were|is|was)\s", m.measure))
        if cut > 0 and tail.group("tail") not in m.measure:
            m.measure = f"{m.measure[:cut]} {clean_phrase(tail.group('tail'))}"
        elif cut < 0 and state:         # "41% were women and 9% from ethnic minority backgrounds"
            m.measure = f"{m.measure[:state[-1].end()]}{clean_phrase(tail.group('tail'))}"


GAPPED = re.compile(r",?\s(?:and|while|whereas|but)\s(?P<np>(?!(?:the|a|an|it|this|they|there|we|in|for|of|on|at|by|from|"
                    r"to|with|only|just|around|about|nearly|almost|over|some)\b)[A-Za-z][\w'’-]*(?:\s[a-z][\w'’-]*){0,3}?)\s"
                    r"(?:(?:was|were|is|are|at)\s)?" + NUMBER_QUALIFIERS)


def _gapped_subject(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Police staff sickness averaged 9.7 days, and officer sickness 11.2 days": the verb is left out of the second
    clause, whose figure measures the same for the noun phrase before it."""
    for i in range(1, len(mentions)):
        prev, m = mentions[i - 1], mentions[i]
        gap = rx.sub(r"^\s(?:per|a|each)\s[a-z]+(?:\s[a-z]+)?(?=,?\s(?:and|while|whereas|but)\s)", "",
                     sentence[spans[i - 1][1]:spans[i][0]])          # "9.7 days per person, and ..."
        gapped = GAPPED.fullmatch(gap)
        if gapped and (gapped.group("np").split()[-1].lower() in FUNCTION_WORDS | AUXILIARIES or
                       PAST_TENSE.search(gapped.group("np")) or rx.search(r"\b(?:to|by|at|from|of)$", gapped.group("np"))):
            gapped = None       # ", but fell to 17%": a verb, not a second subject
        if m.measure and m.measure != prev.measure or not gapped or not prev.subject or not prev.measure or \
                prev.subject not in prev.measure or gapped.group("np").lower() in prev.measure.lower() or \
                m.unit.split("_")[0] != prev.unit.split("_")[0] and {m.unit, prev.unit} != {"rate", "duration_days"}:
            continue
        m.subject = gapped.group("np")
        m.measure = prev.measure.replace(prev.subject, m.subject, 1)
        if prev.value_kind == "change" and m.value_kind == "level" and m.comparator is None:
            m.value_kind, m.direction = "change", prev.direction      # "Burglary fell by 12% and robbery 9%"
            m.value = signed_change(m.value, m.direction)
            m.comparator = prev.comparator if prev.comparator_value is None else None


def _share_of_the_count_before_it(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"The force received 1,830 complaints in 2023/24, up from 1,610; 27% were about the level of service", "3,410
    reports were made, and 62% were about children in care": a share opening a clause after a semicolon or a
    conjunction is of the things the clause before counted."""
    for i in range(1, len(mentions)):
        m = mentions[i]
        said = rx.fullmatch(r"share (?P<rel>that|who) (?P<pred>.+)", m.measure or "")
        if m.unit != "percent" or m.subject or not said or \
                not rx.search(r"(?:;|,?\s(?:and|but|while|whereas))\s*" + NUMBER_QUALIFIERS + "$",
                              sentence[spans[i - 1][1]:spans[i][0]]):
            continue
        count = next((x for x in reversed(mentions[:i]) if x.unit == "count" and x.subject and x.value_kind == "level"
                      and x.extra.get("compared_with") is None or x.unit == "count" and x.subject and x.comparator), None)
        if count is not None and not is_fragment(count.subject):
            m.subject = count.subject
            m.measure = f"share of {count.subject} {relative_pronoun(count.subject)} {said.group('pred')}"


def _list_item_counts_its_own_noun(mentions: list[Mention]) -> None:
    """"3,410 officers, 1,980 police staff, 210 PCSOs": an item of a list of counts lent its neighbour's subject
    counts the noun its own measure names."""
    for m in mentions:
        counted = rx.fullmatch(r"number of (?P<noun>[A-Za-z][\w'’ -]{1,40})", m.measure or "")
        if counted and m.unit == "count" and m.subject and m.subject.lower() not in m.measure.lower() and \
                any(x is not m and x.subject == m.subject for x in mentions):
            m.subject = counted.group("noun")


def _share_that_did_the_same(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Most respondents (67%) felt safe walking alone after dark, but only 39% of women did": a share whose verb
    stands in for the clause before says the same of its own group."""
    for i in range(1, len(mentions)):
        m = mentions[i]
        if m.unit != "percent" or not m.subject or m.measure != f"share of {m.subject}" or \
                not rx.match(r"\s(?:of\s)?[^,;:()\d]{0,50}?\s(?:did|do|does|were|was|had|have|has|are|is|would|could)"
                             r"(?:\snot|n['’]t)?\s*(?:[.,;:)]|$)", sentence[spans[i][1]:]):
            continue
        before = next((x for x in reversed(mentions[:i]) if x.unit == "percent" and x.subject and x.measure and
                       x.measure.startswith(f"share of {x.subject} ")), None)
        if before is not None:
            m.measure = f"share of {m.subject} " + before.measure[len(f"share of {before.subject} "):]


def _place_named_after(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"the churn rate was lower, at 14% in the Dog Unit and 19% in the Marine Unit": where each figure is for; it
    replaces a place the clause before lent ("by 0.3 points in Greater Manchester and by 0.9 points in the Met")."""
    for (_, end), m in zip(spans, mentions):
        among = GROUP_AFTER.match(sentence[end:]) if m.measure and m.unit == "percent" and not \
            m.measure.startswith("share of") and " among " not in m.measure else None
        among = among if among is None or among.group(0).lstrip().startswith("among") or \
            (rx.search(r"\b(?!(?:years|months|weeks|days|hours|minutes|seconds|reasons|purposes)\b)(?:[a-z]{3,}s|people|staff|"
                       r"women|men|children|public|workforce)\b", among.group("group")) and
             not find_periods(among.group("group"))) else None     # "74% for burglary victims", not "for the year"
        if among and clean_phrase(among.group("group")).lower() not in m.measure.lower():
            word, group = among.group(0).split()[0], clean_phrase(among.group("group"))
            lent = rx.search(r"\sfor\s[^,;()]{2,60}$", m.measure) if word == "for" else None
            m.measure = f"{m.measure[:lent.start()]} for {group}" if lent else f"{m.measure} {word} {group}"
            # "Trust was 71% among White residents"; "the rate for drug searches was 27%, compared with 34% for X"
            continue
        place = PLACE_AFTER.match(sentence[end:]) if m.measure else None
        if not place or find_periods(place.group("place")) or \
                clean_phrase(place.group("place")).lower() in f"{m.measure} {m.subject or ''}".lower():
            continue
        lent = list(NAMED_PLACE.finditer(m.measure))
        if lent:
            m.measure = m.measure[:lent[-1].start()] + f" in {place.group('place')}" + m.measure[lent[-1].end():]
            m.subject = (m.subject.replace(lent[-1].group().strip(), "").strip() or None) if m.subject else None
        else:
            m.measure = f"{m.measure} in {place.group('place')}"


QUANTITY_SUBJECT = re.compile(
    r"\b(?P<np>(?:the\s)?(?:(?:average|total|overall|actual|annual)\s)*(?:number|proportion|percentage|share|rate|level|"
    r"amount|volume|cost|size)\s(?:of|for)\s[^,;:()\d£%]{3,90}?)\s(?:has|have|had|was|were|is|are|fell|rose|increased|"
    r"decreased|varied|changed|fluctuated|dropped|grew|declined|remained|stood|reached|more than|almost|nearly)\b",
    re.IGNORECASE)


def _same_scale(unit: str, other: str) -> bool:
    """Units two neighbouring numbers can share a measure across: a rate and its change in points."""
    return unit == other or {unit, other} == {"percent", "percentage_points"}


def _read_respectively(sentence: str, run: list[Mention], after: int, start: int) -> None:
    """Numbers closed by "respectively" share what they measure, their period and their comparison, and each takes
    its own name from the list between the number before them (ending at `after`) and the first of them (at `start`)."""
    names = respective_names(sentence[after:start], len(run))
    measure = next((m.measure for m in reversed(run) if m.measure), None)
    subject = next((m.subject for m in reversed(run) if m.subject), None)
    period = next((m.period for m in reversed(run) if m.period), None)
    compared = next((m for m in reversed(run) if m.comparator), None)
    for m in run:           # "59% and 71% respectively of X think so, compared with 41% of White respondents"
        if compared is not None and m.comparator is None:
            m.comparator, m.comparator_value = compared.comparator, compared.comparator_value
    tidy = lambda text: rx.sub(r"\s+respectively\b", "", text) if text else text    # noqa: E731
    for k, m in enumerate(run):
        m.measure, m.subject = tidy(m.measure or measure), tidy(m.subject or subject)
        kinds = _kinds_of_one_thing(m.measure or "", len(run))
        if kinds:               # "verbal or physical abuse (93% and 71% respectively)": verbal abuse, physical abuse
            m.measure = m.measure[:kinds.start()] + _kinds_named(kinds)[k] + m.measure[kinds.end():]
        elif names and m.measure:
            m.measure = f"{m.measure} ({names[k]})"
        if m.period is None and period is not None:
            m.period, m.period_source = period, "sentence"


KINDS_OF_ONE_THING = re.compile(r"\b(?P<items>[a-z][\w-]+(?:,\s[a-z][\w-]+)*),?\s(?:or|and)\s(?P<last>[a-z][\w-]+)\s"
                                r"(?P<head>[a-z][\w-]+)\b")


def _kinds_of_one_thing(measure: str, n: int) -> re.Match | None:
    """The last "A or B thing" in a measure with n kinds of the one thing ("verbal or physical abuse")."""
    found = [m for m in KINDS_OF_ONE_THING.finditer(measure) if len(_kinds_named(m)) == n and not any(
        word in FUNCTION_WORDS | AUXILIARIES for word in (m.group("items").replace(",", "") + " " + m.group("last") + " " +
                                                         m.group("head")).split())]
    return found[-1] if found else None


def _kinds_named(kinds: re.Match) -> list[str]:
    head = rx.sub(r"(?<=[^s])s$", "", kinds.group("head"))     # "arrest and charge rates": an arrest rate, a charge rate
    return [f"{item} {head}" for item in kinds.group("items").split(", ") + [kinds.group("last")]]


RUN_COMPARED = re.compile(r"^\W{0,3}(?:\s[a-z][\w'’-]*){0,6}\s?(?:\(?\s?(?:compared\s(?:with|to)|against|versus|vs\.?)|,?\s(?:while|whereas|but)\s"
                          r"(?:the\sfigures\swere|it\swas))\s(?:(?:only|just|around|about|nearly|almost|over)\s)?$", re.IGNORECASE)
RUN_GROUP_AFTER = re.compile(r"^\s(?:of|among|amongst|for|in)\s(?P<group>[^,;:.()\d]{3,50}?)\s*(?:respectively\b|[.)]|$)")


SECONDS_IN = {"duration_seconds": 1, "duration_minutes": 60, "duration_hours": 3600, "duration_days": 86400,
              "duration_weeks": 604800}
RESPECTIVELY_AFTER = re.compile(r"^\s*,?\s?respectively\b")
BY_TO = re.compile(r"^\s*,?\s(?:to|reaching)\s(?:(?:around|about|nearly|almost|just|over|some)\s)?$")


MULTIPLE_OF_EARLIER = re.compile(r"^\sthe\s(?:share|rate|level|number|proportion|figure|total|amount|percentage)\s(?:of|in|for)\s"
                                 r"(?P<label>(?:19|20)\d\d(?:[-/]\d{2,4})?|the\s(?:previous|last)\s(?:year|quarter|month)|"
                                 r"(?:a|one|ten|five|two|three)\s(?:year|decade)s?\s(?:earlier|before|ago))\b", re.IGNORECASE)
BRACKETED_CHANGE = re.compile(r"^\s*(?:\(|,|[–—-])\s*(?:which\sis\s|this\sis\s|an?\s)?(?:up|down|rising|falling|"
                              r"increase\sof|decrease\sof|rise\sof|fall\sof|drop\sof|reduction\sof)\s(?:by\s)?$", re.IGNORECASE)
A_CHANGE_NOUN_NEXT = re.compile(r"^[^;:()%£]{0,100}?(?:\(|,|\s[–—-])\s*(?:which\sis\s|this\sis\s)?an?\s$", re.IGNORECASE)   # ", a 19% increase on"
CHANGE_IN_BRACKETS_AFTER = re.compile(r"^[^;:()%£]{0,120}?(?:\(|,|\s[–—-])\s*(?:which\sis\s|this\sis\s)?(?:an?\s)?(?:up|down|"
                                      r"(?:increase|decrease|rise|fall|drop|reduction)\sof)\s(?:by\s)?$", re.IGNORECASE)
# "... backgrounds (up 2.6 points", "... satisfied with the overall service, down 3 percentage points", ", a fall of 4 points"
THIS_WAS_A_CHANGE_AFTER = re.compile(r"^[^()%£]{0,120}?[;,]\s(?:and\s)?(?:this|that|it|which)\s(?:was|is)\s$", re.IGNORECASE)
CHANGE_BY_COMMA_TO = re.compile(r"\b(?:rose|risen|increased|grew|grown|went\sup|fell|fallen|decreased|dropped|declined|"
                                r"reduced|went\sdown)\sby\s[^,;()]{1,40}?,?\sto\s" + NUMBER_QUALIFIERS + r"$",
                                re.IGNORECASE)


def _level_with_its_change(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention], i: int) -> None:
    """A level whose change is stated beside it without the earlier value: "3,117 arrests, below the previous year's
    total", "Arrests: 4,410 (up 6%)", "fell by 140, to 1,020", "stayed at 11%", "59 deaths, a ten-year high". The
    level is compared with the earlier figure it does not print, in the change's direction."""
    m, end = mentions[i], spans[i][1]
    following = sentence[end:spans[i + 1][0]] if i + 1 < len(spans) else sentence[end:]
    found = trailing_change(following)
    if found:
        m.comparator, m.direction = found
        return
    reference = reference_after(following)
    if reference:
        m.comparator = reference
        return
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    multiple = MULTIPLE_OF_EARLIER.match(sentence[spans[i + 1][1]:]) if nxt is not None and nxt.unit == "multiplier" else None
    if multiple and rx.fullmatch(r"[^,;.()]{0,60}?,\s(?:which\sis\s)?(?:(?:nearly|almost|about|around|over|more\sthan|"
                                 r"less\sthan|roughly|just\sunder|just\sover)\s)?", following):
        m.comparator = multiple.group("label")            # "28.5% of penalties this year, nearly twice the share of 2019"
        m.direction = "rise" if nxt.value > 1 else "fall" if nxt.value < 1 else "none"
        return
    if nxt is not None and nxt.value_kind == "change" and nxt.direction in ("rise", "fall") and (
            BRACKETED_CHANGE.match(following) or CHANGE_IN_BRACKETS_AFTER.match(following) or
            THIS_WAS_A_CHANGE_AFTER.match(following) or A_CHANGE_NOUN_NEXT.match(following) and
            rx.match(r"\s(?:increase|rise|fall|decrease|reduction|drop)\b", sentence[spans[i + 1][1]:])):
        m.comparator = nxt.comparator or change_reference(sentence[spans[nxt.extra.get("restated_as", i + 1)][1]:]) or \
            "earlier figure"
        m.direction = nxt.direction
        return
    before = sentence[:spans[i][0]]
    earlier = mentions[i - 1] if i else None
    if earlier is not None and earlier.value_kind == "change" and earlier.direction in ("rise", "fall") and \
            CHANGE_BY_COMMA_TO.search(before):
        m.comparator, m.direction = earlier.comparator or "earlier figure", earlier.direction
    elif steady_at(before):
        m.comparator, m.direction = "earlier figure", "none"



SHARE_CLAUSE_JOIN = re.compile(r"(?:,\s*|;\s*|\s)(?:and|but|while|whereas|with)\s(?:(?:only|just|around|about|nearly|almost|over|"
                               r"under|some|a\sfurther|another)\s)?$|,\s$", re.IGNORECASE)
COUNT_VERB = re.compile(r"^\s(?=(?:left|joined|resigned|retired|quit|transferred|moved|returned|died|stayed|remained|"
                        r"were|was|had|did)\b)", re.IGNORECASE)
BARE_SHARE_VERB = re.compile(r"^\s(?:(?:of\s)?(?:them|these|those)\s)?(?=(?:were|was|are|is|had|have|has|said|reported|felt|"
                             r"thought|think|thinks|say|says|feel|feels|agree|agrees|disagree|disagrees|believe|believes|believed|agreed|disagreed|"
                             r"lived|worked|came|did|do|does)\b)", re.IGNORECASE)


def _group_of_the_share_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"71.5% of drivers stopped were male and 46.5% were under 30", "1,900 officers joined and 1,100 left": the second
    share or count, with its verb but no group, is of the group the number before it named."""
    for i in range(1, len(mentions)):
        m = mentions[i]
        after = sentence[spans[i][1]:]
        verb = BARE_SHARE_VERB.match(after) or (COUNT_VERB.match(after) if m.unit == "count" else None)
        head_word = "share" if m.unit == "percent" else "number"
        if m.measure is not None and not rx.match(rf"{head_word}\s(?!of\b)", m.measure) and \
                not (m.subject and m.measure == f"number of {m.subject}" and COUNT_VERB.match(f" {m.subject}")) or \
                m.unit not in ("percent", "count") or not verb or \
                not SHARE_CLAUSE_JOIN.search(sentence[spans[i - 1][1]:spans[i][0]]):
            continue
        head = next((x for x in reversed(mentions[:i]) if x.unit == m.unit and x.subject and x.measure and
                     x.measure.startswith(f"{head_word} of {x.subject}")), None)
        pred, aux = predicate_of(after[verb.end():])
        if head is None or not pred or is_fragment(head.subject):
            continue
        group = rx.split(r"\s(?:who|that|which)\s", head.measure[len(f"{head_word} of "):])[0]
        group = group if len(group.split()) <= len(head.subject.split()) + 3 else head.subject     # "drivers stopped"
        m.subject = head.subject
        clause = " ".join(w for w in (aux, pred) if w)
        m.measure = share_of_group(f"share that {clause}", group) if m.unit == "percent" else \
            f"number of {group} {relative_pronoun(group)} {clause}"


def _change_by_to_after_level(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention],
                              last: Mention | None) -> None:
    """"12,400 burglaries in 2021. This fell by 8% to 11,400 in 2022.": the new level and its change are both
    compared with the level the sentence before stated, and the change spans from its period to the new one."""
    if len(mentions) < 2 or last is None or last.value_kind != "level" or not last.measure or \
            not PRONOUN_CHANGE.search(sentence[:spans[0][0]]) or PRONOUN_CHANGE.search(sentence[:spans[0][0]]).group("to"):
        return
    change, level = mentions[0], mentions[1]
    if change.value_kind != "change" or level.value_kind != "level" or level.unit != last.unit or \
            not BY_TO.match(sentence[spans[0][1]:spans[1][0]]):
        return
    if level.measure is None or is_broken(level.measure) or level.measure == last.measure:
        level.subject, level.measure = last.subject, last.measure
    if change.measure is None or is_broken(change.measure) or change.measure == last.measure:
        change.subject, change.measure = last.subject, f"change in {last.measure}"
    named = last.period.label if last.period and last.period != level.period else "earlier figure"
    for m in (change, level):
        m.comparator, m.comparator_value = named, last.value
    level.direction = direction_between(level.value, last.value)
    if last.period and level.period and last.period.start and level.period.end and last.period.start < level.period.start:
        change.period = _from_to(last.period, level.period, level.period.char_start, level.period.char_end)
        change.period_source = "sentence"


def _change_of_the_level_before_in_the_sentence(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"The backlog stood at 1,900 in 2021; by 2023 the number had fallen by 42% to 1,100": a later clause moves the
    level stated earlier in the same sentence, read as the sentence after a level is."""
    for i in range(1, len(mentions)):
        m, between = mentions[i], sentence[spans[i - 1][1]:spans[i][0]]
        unnamed = m.measure is None or is_broken(m.measure) or rx.fullmatch(r"(?:change in )?(?:figure|number|total)", m.measure)
        moved = PRONOUN_CHANGE.search(between) if unnamed else None
        if not moved or not rx.search(r"[;,]|\b(?:and|but|while|whereas)\b", between[:moved.start()]):
            continue
        earlier = next((x for x in reversed(mentions[:i]) if x.value_kind == "level" and x.measure and
                        not is_broken(x.measure)), None)
        if earlier is None:
            continue
        shift = spans[i - 1][1]
        if i + 1 < len(mentions) and mentions[i + 1].period is None and m.period and BY_TO.match(sentence[spans[i][1]:spans[i + 1][0]]):
            mentions[i + 1].period, mentions[i + 1].period_source = m.period, m.period_source    # "by 2023 ... by 42% to 1,100"
        if unnamed:
            m.measure = None
        _change_by_to_after_level(sentence[shift:], [(a - shift, b - shift) for a, b in spans[i:]], mentions[i:], earlier)
        if m.measure is not None and not is_broken(m.measure):
            continue
        if moved.group("to") and m.unit == earlier.unit and m.value_kind == "level":
            m.subject, m.measure = earlier.subject, earlier.measure
            m.comparator = earlier.period.label if earlier.period and earlier.period != m.period else "earlier figure"
            m.comparator_value, m.direction = earlier.value, direction_between(m.value, earlier.value)
        elif not moved.group("to") and m.value_kind == "change":
            m.subject, m.measure = earlier.subject, f"change in {earlier.measure}"


GAP_AFTER = re.compile(r"^\s(?:(?:percentage\s)?points?\s)?(?:higher|lower|more|fewer|less|above|below|greater|smaller)\s"
                       r"(?:than|the)\b")


MARGIN_BEFORE = re.compile(r"\(\s*(?:with\sa\s(?:confidence\sinterval|margin\sof\serror)\sof\s)?(?:plus\sor\sminus|\+/-|±)\s*$",
                           re.IGNORECASE)


def _margin_of_error(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"the force recorded 91.3% (plus or minus 1.8 percentage points) of crimes": the margin of the estimate before."""
    for i in range(1, len(mentions)):
        estimate, m = mentions[i - 1], mentions[i]
        if estimate.measure and MARGIN_BEFORE.search(sentence[spans[i - 1][1]:spans[i][0]]):
            m.subject, m.measure, m.value_kind = estimate.subject, f"margin of error of {estimate.measure}", "level"
            m.comparator = m.comparator_value = m.direction = None
            m.extra["margin_of"] = estimate


def _gap_after_the_level_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"48% of allegations end with no case to answer: 9 percentage points higher than the average": a gap set after
    a level, in a clause of its own, is the difference in that level's measure."""
    for i in range(1, len(mentions)):
        m, level = mentions[i], mentions[i - 1]
        if m.measure is not None or m.unit not in ("percentage_points", "percent") or not level.measure or \
                level.value_kind != "level" or level.unit != "percent" or is_broken(level.measure):
            continue
        between = sentence[spans[i - 1][1]:spans[i][0]]
        if rx.fullmatch(r"[^.;()\d]{0,80}?(?::|,|\s[–—-])\s*" + NUMBER_QUALIFIERS, between) and GAP_AFTER.match(sentence[spans[i][1]:]):
            m.subject, m.measure = level.subject, f"difference in {level.measure}"


CHANGE_IN_BRACKETS = re.compile(r"^\s*\(\s*(?:an?\s)?(?:increase|rise|decrease|fall|reduction|drop|cut|up|down)\s?(?:of\s)?"
                                + NUMBER_QUALIFIERS + "$", re.IGNORECASE)


def _change_in_brackets(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"by £13, to £291.28 (an increase of 4.7%)", "an increase of £13 (5.7%)": the bracketed change is of what the
    figure before it measures."""
    for i in range(1, len(mentions)):
        before, m = mentions[i - 1], mentions[i]
        between = sentence[spans[i - 1][1]:spans[i][0]]
        if not before.measure or is_broken(before.measure) or not (
                CHANGE_IN_BRACKETS.match(between) or before.value_kind == "change" and rx.fullmatch(r"\s*\(\s*", between)):
            continue
        if m.measure is None or CHANGE_NOUNS.match(m.measure) or is_fragment(m.measure):
            m.subject = before.subject
            m.measure = before.measure if before.measure.startswith("change in ") else f"change in {before.measure}"
            m.value_kind = "change"
            if m.direction is None and before.value_kind == "change" and before.direction:
                m.direction, m.comparator = before.direction, m.comparator or before.comparator or "earlier figure"


AIMS_TO_REACH = re.compile(r"\b(?:aims?|aimed|plans?|planned|expects?|expected|wants?|intends?|intended|hopes?)\sto\s(?:reach|"
                           r"achieve|hit|get\sto|(?:raise|increase|reduce|cut|lower|bring)\s(?:this|it|that|the\s(?:figure|rate|"
                           r"share|proportion))\s(?:down\s|up\s)?to)\s(?:(?:around|about|at\sleast|over|under|below)\s)?$",
                           re.IGNORECASE)


def _target_for_the_figure_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention],
                                  last: Mention | None) -> None:
    """"In 2024 officers attended 31% of shoplifting reports in person. The force aims to reach 40% by the end of 2025.":
    the later figure is the target for the one before."""
    for i, ((start, _), m) in enumerate(zip(spans, mentions)):
        if m.measure is not None or not AIMS_TO_REACH.search(sentence[:start]):
            continue
        earlier = next((x for x in reversed(mentions[:i]) if x.measure), last)
        if earlier is not None and earlier.measure and earlier.unit == m.unit and not is_broken(earlier.measure):
            m.subject, m.measure = earlier.subject, f"target {earlier.measure}"


LEVEL_IT_REACHED = re.compile(r"\b(?:it|this|that|the\s(?:number|figure|total))\s(?:now\s)?(?:stood|stands|was|is|had\sreached|"
                              r"reached)\s(?:at\s)?" + NUMBER_QUALIFIERS + r"$", re.IGNORECASE)


def _level_after_its_change(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention], last: Mention | None) -> None:
    """"The number of suspects released under investigation has doubled since 2019. At the end of June 2024 it stood at
    1,460.": the level the change brought it to, compared with the earlier figure in the change's direction."""
    if not mentions or last is None or last.value_kind != "change" or last.direction not in ("rise", "fall") or \
            not last.measure or not LEVEL_IT_REACHED.search(sentence[:spans[0][0]]):
        return
    level = mentions[0]
    if level.value_kind == "level" and level.comparator is None and \
            (level.measure is None or f"change in {level.measure}" == last.measure):
        level.subject, level.measure = level.subject or last.subject, level.measure or last.measure.removeprefix("change in ")
        level.comparator, level.direction = last.comparator or "earlier figure", last.direction


def _level_a_change_reached(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Knife crime offences rose by 7% over the same period, to 5,230": the level the change reached is of the same
    thing."""
    for i in range(len(mentions) - 1):
        change, level = mentions[i], mentions[i + 1]
        units = rx.fullmatch(r"number of (?P<noun>[a-z-]+s)", level.measure or "")      # "to 1,840 incidents"
        if change.value_kind != "change" or level.value_kind != "level" or \
                level.measure not in (None, change.measure) and not units or \
                not (change.measure or "").startswith("change in ") or \
                not rx.fullmatch(r"(?:\s(?:over|in|during|between|since|on)\s[^,;.()]{2,40}?)?\s*,?\s(?:to|reaching)\s"
                                 r"(?:(?:around|about|nearly|almost|just|over|some)\s)?", sentence[spans[i][1]:spans[i + 1][0]]):
            continue
        thing = change.measure.removeprefix("change in ")
        if units and not rx.match(r"(?:number|amount|share|proportion|rate|level|total)\b", thing):
            level.subject, level.measure = change.subject, f"{thing} (number of {units.group('noun')})"
            continue        # "Use of Taser increased by 31% on the previous year, to 1,840 incidents"
        counted = level.unit == "count" and not rx.match(r"(?:number|amount|share|proportion|rate|level|total)\b", thing) \
            and (rx.search(r"s$", thing) or rx.match(r"(?:[\w-]+\s){0,3}[a-z-]+s\s(?:recorded|reported|received|made|"
                                                      r"of|in|by|for|on)\b", thing, re.IGNORECASE))
        level.subject = change.subject
        level.measure = f"number of {thing}" if counted else thing


LIKELIER_THAN = re.compile(r"(?:^|[,;:]\s|\b(?:that|while|whereas|but)\s)(?P<groups>[A-Za-z][^,;:()]{2,80}?)\s(?:are|were|is|was)\s"
                           r"(?:(?:much|far|slightly|significantly|also)\s)?(?:more|less)\slikely\sthan\s(?P<other>[^,;:()]{2,60}?)"
                           r"\sto\s(?P<pred>[^;:()]{2,140}?)\s*\(\s*$")
BRACKET_COMPARED = re.compile(r"^\s*(?:respectively)?,?\s(?:compared\s(?:with|to)|versus|vs\.?|against)\s$")


def _likelier_groups_in_brackets(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> set[int]:
    """"Black and Asian respondents are more likely than White respondents to disagree (59% and 58% compared with
    51% respectively)": the figures before the comparison are the named groups' in order, the one after it the
    other group's. Returns the first indexes of the runs read."""
    read = set()
    for first, (start, _) in enumerate(spans):
        frame = LIKELIER_THAN.search(sentence[:start])
        if frame is None or first in read:
            continue
        close = sentence.find(")", start)
        inside = [i for i in range(first, len(spans)) if close < 0 or spans[i][1] <= close]
        cut = next((k for k in range(1, len(inside)) if BRACKET_COMPARED.match(sentence[spans[inside[k - 1]][1]:spans[inside[k]][0]])), None)
        if cut is None or any(mentions[i].unit != mentions[first].unit for i in inside) or not all(
                RUN_SEPARATOR.fullmatch(sentence[spans[inside[k - 1]][1]:spans[inside[k]][0]]) for k in range(1, cut)):
            continue
        ours, theirs = inside[:cut], inside[cut:]
        groups = rx.split(r",\s(?:and\s)?|\sand\s", clean_phrase(frame.group("groups"))) if len(ours) > 1 else \
            [clean_phrase(frame.group("groups"))]
        if len(groups) != len(ours):
            continue
        head = groups[-1].split()[-1] if len(groups[-1].split()) > 1 else ""
        groups = [g if len(g.split()) > 1 or not head else f"{g} {head}" for g in groups]   # "Black and Asian respondents"
        other, pred = clean_phrase(frame.group("other")), clean_phrase(frame.group("pred"))
        for group, i in zip(groups, ours):
            m = mentions[i]
            m.subject, m.measure = group, f"share of {group} {relative_pronoun(group)} {pred}"
            m.comparator, m.comparator_value = other, mentions[theirs[0]].value
        them = mentions[theirs[0]]
        them.subject, them.measure = other, f"share of {other} {relative_pronoun(other)} {pred}"
        if len(ours) == 1:
            them.comparator, them.comparator_value = groups[0], mentions[ours[0]].value
        read.update(inside)
    return read


MORE_HERE_THAN_THERE = re.compile(r"^\s?(?:more|fewer|less)\s(?P<what>[a-z][^,;:()]{2,60}?)\s(?P<here>(?:in|among|amongst|for|at|on)"
                                  r"\s[^,;:()]{2,60}?)\s(?:than|as)\s(?:there\s(?:are|were|is|was)\s)?(?P<there>(?:in|among|"
                                  r"amongst|for|at|on)\s[^,;:()]{2,60}?)\s*(?=[,;.)]|$|\s(?:and|but|while|whereas)\s)")


MORE_THAN_BEFORE = re.compile(r"^\s?(?:more|fewer|less)\s(?P<what>[a-z][\w'’-]*(?:\s[a-z][\w'’-]*){0,3}?)(?P<rest>\s(?:to|from|in|on|"
                              r"for|at|into)\s[^,;:()]{2,60}?)?\sthan\s(?:in\s|during\s)?(?P<when>(?:the\s)?(?:previous|last|"
                              r"prior|preceding|same)\s(?:year|quarter|month|period|inspection)|a\syear\s(?:earlier|before|ago)|"
                              r"(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?)\b")
DOER_VERB_BEFORE = re.compile(r"(?:^|[,;:]\s)(?P<doer>(?:the\s|its\s|their\s)?[A-Za-z][\w'’ -]{1,40}?\s[a-z]+ed)\s(?:(?:about|around|"
                              r"nearly|almost|over|some|just|roughly)\s)?$")


def _more_in_one_place_than_another(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"over 50% more sexual offences in one area as there are in another": a difference between two places or
    groups, compared with the second, not a change over time; "referred 15% more children to social care than in
    the previous year": a change in the number, compared with that year."""
    for (start, end), m in zip(spans, mentions):
        earlier = MORE_THAN_BEFORE.match(sentence[end:])
        if earlier and m.unit == "percent" and m.value_kind == "change" and (m.measure is None or is_broken(m.measure)):
            doer = DOER_VERB_BEFORE.search(sentence[:start])
            what = clean_phrase(earlier.group("what"))
            done_by = rx.sub(r"^(?:it|they|we|he|she)\s", "", doer.group("doer").lower()) if doer else ""    # "it referred"
            words = [what, done_by, clean_phrase(earlier.group("rest") or "")]
            m.subject, m.measure = what, "change in number of " + " ".join(w for w in words if w)
            m.comparator = clean_phrase(earlier.group("when"))
            continue
        found = MORE_HERE_THAN_THERE.match(sentence[end:])
        if found and m.unit in ("percent", "count", "multiplier") and (m.measure is None or m.comparator in (None, "earlier figure")):
            what = clean_phrase(found.group("what"))
            m.subject = what
            m.measure = f"difference in number of {what} {clean_phrase(found.group('here'))}"
            m.comparator = PERIOD_PREPOSITION.sub("", clean_phrase(found.group("there")))
            m.comparator_value, m.direction, m.value_kind = None, None, "change"


PERIOD_PREPOSITION = re.compile(r"^(?:in|during|at|on|by)\s", re.IGNORECASE)


SPAN_ENDS = re.compile(r"^(?:between|from)\s(?P<a>.+?)\s(?:and|to)\s(?P<b>.+)$", re.IGNORECASE)


def _ends_of_a_span(first: Mention, last: Mention) -> None:
    """"fell from 72.5% to 61.5% between 2017/18 and 2021/22": the first value is for the span's first end and the
    last for its last, not both for the whole span."""
    span = last.period
    if span is None or first.period is not None and first.period is not span or first.value_kind != "level" or \
            last.value_kind != "level":
        return
    ends = SPAN_ENDS.match(span.label)
    if not ends:
        return
    a, b = find_periods(f"in {ends.group('a')}"), find_periods(f"in {ends.group('b')}")
    if len(a) != 1 or len(b) != 1 or not (a[0].start and b[0].end) or a[0].start >= b[0].start:
        return
    first.period = Period(ends.group("a"), a[0].start, a[0].end, span.char_start, span.char_end)
    last.period = Period(ends.group("b"), b[0].start, b[0].end, span.char_start, span.char_end)
    first.period_source = last.period_source = "sentence"
    if last.comparator == "earlier figure":
        last.comparator = first.period.label


def _from_to(first: Period, last: Period, char_start: int, char_end: int) -> Period:
    """The span from one period to a later one ("in March 2019" ... "in March 2023" -> "March 2019 to March 2023"),
    found at the given characters of the sentence."""
    return Period(f"{PERIOD_PREPOSITION.sub('', first.label)} to {PERIOD_PREPOSITION.sub('', last.label)}",
                  first.start, last.end, char_start, char_end)


PAST_REFERENCE = re.compile(r"\b(?:since|previous|last|earlier|prior|preceding)\b(?:\s[\w'’-]+){0,3}\s(?:in\s|of\s)?$", re.IGNORECASE)


INSPECTION_VOICE = re.compile(r"\b(?:we|our|us|inspectors|the\s(?:review|inspection)(?:\steam)?)\b|"
                              r"\btold\s(?:the|a|an|one)\b", re.IGNORECASE)   # what the inspection found, not the year's count
INSPECTION_REFERENCE = re.compile(r"\b(?:at|in|during|by|when)\s(?:our|the|its)\s(?:\d{4}\s)?(?:previous\s|last\s|earlier\s)?"
                                  r"(?:inspection|review|audit)\b|\bwhen\swe\s(?:last\s)?(?:inspected|reviewed|audited)\b",
                                  re.IGNORECASE)
FUTURE = re.compile(r"\b(?:will|would|shall|forecasts?|forecast|projected|expects?|expected|plans?|planned|aims?|intends?|"
                    r"proposed|proposes|budgeted|target)\b", re.IGNORECASE)
PAST_TENSE = re.compile(r"\b(?:was|were|had|did|made|took|gave|saw|rose|fell|grew|spent|paid|left|led|held|kept|won|lost|"
                        r"met|stood|sent|found|brought|caught|came|went|became|got|told|said|felt|thought|knew|began|"
                        r"drew|wrote|chose|sought|bought)\b|\b(?!need\b|speed\b|indeed\b)[a-z]{3,}ed\b")
COMPARED_WITH_A_TIME = re.compile(r"\b(?:than|compared\s(?:with|to)|(?:up|down|rose|fell|risen|fallen|increased|decreased|rising|"
                                  r"falling)\s(?:\w+\s)?from|versus|vs\.?)\s(?:[\d,.]+\s?(?:%|per\s?cent|percent)?\s)?"
                                  r"(?:(?:in|the)\s)?$", re.IGNORECASE)       # "11% more than in 2022/23"
ONLY_A_REFERENCE = re.compile(r"\b(?:than|compared\s(?:with|to)|from|on|versus|vs\.?|against|before)\s(?:[\d,.]+\s?(?:%|per\s?cent|"
                              r"percent)?\s)?(?:(?:in|the|that\sof|those\sof)\s)?$", re.IGNORECASE)   # "down from 51% in 2021"


BARE_CHANGE = re.compile(r"(?:the\s)?(?P<word>increase|decrease|rise|fall|drop|reduction|decline|growth|change|cut)s?",
                         re.IGNORECASE)
FOR_GROUP = re.compile(r"^\W*(?:For|Among|Amongst)\s(?P<group>(?:those|people|respondents|victims|officers|staff|"
                       r"[A-Z][\w'’+-]*)[^,;:]{0,80}?),\s", re.IGNORECASE)


def _bare_change_of_the_change_before(sentence: str, mentions: list[Mention], last: Mention | None) -> None:
    """"The trust score for LGBT+ respondents fell 20%. For those who do not identify as LGBT+, the fall was 12%.": a
    change named only by its noun is the change the sentence before measured, for the group this one names."""
    if last is None or last.value_kind != "change" or not last.measure:
        return
    for m in mentions:
        bare = BARE_CHANGE.fullmatch(rx.sub(r"^an?\s", "", m.measure or ""))
        if not bare or m.unit != last.unit and m.unit != "percent":
            continue
        group = FOR_GROUP.match(sentence)
        if not group and not rx.match(r"\W*(?:(?:The|This|That|Its)\s(?:\w+\s)?|(?:This|That|It|Which)\s(?:is|was|represents|"
                                      r"represented|marks|marked|means|meant)\s(?:an?\s)?(?:\w+\s)?)" + BARE_CHANGE.pattern,
                                      sentence, re.IGNORECASE):
            continue            # "In Medway, the increase was 14%": another place's change, not the one before
        measure = last.measure
        if group and last.subject and last.subject in measure:
            measure = measure.replace(last.subject, group.group("group"))
            m.subject = group.group("group")
        else:
            m.subject = last.subject
        m.measure = measure
        if m.direction is None:
            m.direction = direction_word(bare.group("word")) if bare.group("word").lower() != "change" else None
            m.value = signed_change(m.value, m.direction) if m.direction else m.value


def _only_a_reference(text: str, period: Period) -> bool:
    """The period is named as what something is compared with ("than in 2023", "down from 51% in 2021", "on 2022/23")."""
    lead = period.label.split()[0] if period.label.split()[0].lower() in ("on", "than", "from", "against") else ""
    before = text[max(0, period.char_start - 30):period.char_start]
    return bool(ONLY_A_REFERENCE.search(f"{before}{lead} " if lead else before))


def _continues_the_account(sentence: str, periods: list[Period]) -> bool:
    """A past-tense sentence with no time of its own goes on about the period of the sentence before: "In 2024, 5,830
    vehicles were seized. There were 254 seizures of uninsured lorries, 69 more than in 2023." A period named only
    as what a number is compared with ("than in 2023") is not its own time; a present-tense statement ("It has 310
    call handlers") is about now."""
    if any(not _only_a_reference(sentence, p) for p in periods):
        return False
    main_clause = rx.sub(r"\s[–—]\s[^–—]*\s[–—](?=\s)|\([^()]*\)", " ", sentence)    # "– where the victim does not ... –"
    main_clause = rx.sub(r"\b(?:who|that|which|whose|where)\s[^,;]*", "", main_clause)    # "those who do not identify as ..."
    told = INSPECTION_REFERENCE.sub(" ", main_clause)     # "compared with 84.6% at our 2019 inspection": a reference
    return bool(PAST_TENSE.search(main_clause)) and not OWN_TIME.search(_without_reference_targets(main_clause)) and \
        not PRESENT_TENSE.search(main_clause) and not INSPECTION_VOICE.search(told)


REFERENCE_TARGET = re.compile(r"\b(?:against|below|above|within|missing|meeting|exceeding)\s(?:a|an|the|its|their)\s"
                              r"(?:[\w'’-]+\s){0,3}?(?:target|standard|budget)\sof\s[^,;)]*|\(target:[^)]*\)", re.IGNORECASE)


def _without_reference_targets(text: str) -> str:
    """The text without the targets it measures against ("11 weeks, against the force's own target of 4 weeks"): a
    target named as a reference does not make the sentence a plan."""
    return REFERENCE_TARGET.sub(" ", text)


def _tells_of_a_past_period(before: str, period: Period) -> bool:
    """The sentence before states the period as the time of what it counts: not only as a reference ("down from 51% in
    2021"), a deadline ("by 31 March 2026") or the time of a plan or forecast."""
    if FUTURE.search(_without_reference_targets(before)) or period.label.lower().startswith("by ") or \
            INSPECTION_VOICE.search(INSPECTION_REFERENCE.sub(" ", before)) and not _dates_what_was_counted(before, period):
        return False
    stated = find_periods(before)
    return not stated or any(p.label == period.label for p in stated if not _only_a_reference(before, p))


DATED_THINGS = re.compile(r"\b(?:(?!(?:was|has|is|this|its|us)\s)[a-z]+s\s(?:reported|recorded|created|made|received|logged|opened|closed|raised|submitted|"
                          r"finalised|dated)(?:\s(?:to|by)\s(?:[\w&'’-]+\s){1,5}?)?(?:\s?(?:between|from|in|during|on))?|"
                          r"(?:cases|crimes|incidents|records|files|reports|calls|complaints|arrests|investigations)\s"
                          r"(?:from|between|in|during))\s$")     # "crimes reported to Kent Police between ..."


def _dates_what_was_counted(before: str, period: Period) -> bool:
    """"Our audit of crimes reported between 1 January and 30 June 2024 ...": the period dates the things the
    inspection counted, not the inspection, so the figures that follow are of that period."""
    at = before.find(period.label)
    if at < 0:
        return False
    lead = rx.match(r"(?:between|from|in|during|on)\s", period.label, re.IGNORECASE)
    return bool(DATED_THINGS.search(before[:at] + (lead.group() if lead else "")))


LIKELY_INTERLEAVED = re.compile(r"(?:^|[,;:]\s|\b(?:and|but|while|whereas)\s)\W*(?P<group>[A-Z][\w'’+-]*(?:\s[A-Za-z][\w'’+-]*)"
                                r"{0,5}?)\s(?:are|were)\s(?:much\s|far\s|significantly\s|slightly\s|also\s)?(?:more|less)\s"
                                r"(?:likely|inclined)\s\(\s*$")


def _one_reference_for_a_run(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"One in four (24%) of Black respondents and a third (35%) of Asian respondents agree ..., compared to two
    thirds (66%) of White respondents": every group of the run is compared with the one named after it, not only the
    nearest."""
    for i in reversed(range(len(mentions) - 1)):
        m, nxt = mentions[i], mentions[i + 1]
        restated = m.subject == nxt.subject and abs(m.value - nxt.value) <= 5 and \
            rx.fullmatch(r"\s*\(\s*", sentence[spans[i][1]:spans[i + 1][0]])     # "one in four (22%)"
        if m.comparator is not None or nxt.comparator_value is None or m.unit != nxt.unit or not m.subject or \
                not nxt.subject or not m.measure or not nxt.measure or m.subject == nxt.comparator or \
                m.subject == nxt.subject and not restated or \
                m in (nxt.extra.get("compared_with"), nxt.extra.get("earlier_value")) or \
                m.measure.replace(m.subject, nxt.subject, 1) != nxt.measure or \
                not rx.fullmatch(r"[^.;:]{0,60}?(?:\sand\s|,\s|\s\(\s*|\)\s)[^.;:]{0,40}",
                                 sentence[spans[i][1]:spans[i + 1][0]]):
            continue
        m.comparator, m.comparator_value = nxt.comparator, nxt.comparator_value


def _each_the_others_comparator(first: Mention, second: Mention) -> None:
    """Two groups' figures for the same thing, each the other's comparator."""
    first.comparator, first.comparator_value = second.subject, second.value
    second.comparator, second.comparator_value = first.subject, first.value


BARE_TIME = re.compile(r"(?:(?:average|median|mean|typical|longest|shortest)\s)(?:[a-z-]+\s){0,2}?(?:time|wait|waiting\stime|"
                       r"delay)", re.IGNORECASE)


def _bare_time_of_the_things_before(mentions: list[Mention], last: Mention | None) -> None:
    """"Dorset Police attended 81% of emergency incidents within its target time. The median attendance time that year
    was 12 minutes": a time that names no things is of the things the sentence before counted."""
    things = last.subject if last is not None and last.subject and last.unit in ("percent", "count") else None
    if not things or not rx.fullmatch(r"[a-z][\w'’ -]{2,50}?s", things) or is_fragment(things):
        return
    for m in mentions:
        if m.unit.startswith("duration") and m.measure and BARE_TIME.fullmatch(m.measure) and \
                m.subject in (None, m.measure):
            m.measure, m.subject = f"{m.measure} for {things}", things


def _so_many_a_year_or_days(m: Mention, after: str) -> None:
    """A rate's measure says per what ("to nearly 100,000 a year": the number of them a year), and a count of days,
    hours or years is a duration ("the average number of days taken to charge ... from 4 to 22.5")."""
    yearly = rx.match(r"\s(?:[a-z][\w-]*\s){0,3}?(?P<per>(?:a|each|every)\s(?:year|month|week|day))\b", after) \
        if m.unit == "rate" and m.measure else None
    if yearly and not rx.search(r"\b(?:per|a|each|every)\s(?:year|month|week|day)\b", m.measure):
        m.measure = f"{m.measure} {yearly.group('per')}"
    if yearly and not rx.match(r"(?:number|change|amount|share|rate)\b", m.measure):
        m.measure = f"number of {m.measure}"
    days = rx.match(r"(?:(?:average|median|mean)\s)?number\sof\s(?P<unit>days|hours|weeks|months|years|minutes)\b"
                    r"(?!\s(?:earlier|later|ago|before|after|on|since)\b)", m.measure or "") \
        if m.unit in ("count", "other") else None
    if days:
        m.unit = DURATION_UNITS[days.group("unit")]
    per = rx.search(r"\bper\s(?P<n>1,000|1000|thousand|[\d,]+|(?:head|officer|employee|member\sof\sstaff|capita)\b)",
                    m.measure or "") if m.unit in ("count", "other") and not m.kind.startswith(("ratio", "fraction")) else None
    if per:                 # "Complaints per 1,000 employees rose to 412": the number is the rate its measure names
        m.unit = "rate_per_1000" if per.group("n") in ("1,000", "1000", "thousand") else "rate"


THIS_WAS = re.compile(r"^\W*(?:This|That|It)\s(?:is|was|represents|represented|marks|marked)\s(?:(?:a|an|some|around|about|"
                      r"nearly|almost|just|over)\s)*$")
MORE_THAN_A_TIME = re.compile(r"\s(?P<dir>more|fewer|less|higher|lower|up|down)\s(?:than|on|from|compared\swith)\s"
                              r"(?P<when>(?:in\s|at\s|the\send\sof\s)?[^,;.()]{3,40}?)(?=\s*(?:[,;.]|$))", re.IGNORECASE)


def _change_on_a_time_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention], last: Mention | None) -> None:
    """"... rose to 37.2% in March 2024. This was 4.5 percentage points higher than in March 2019": the second figure is
    the change in the first since that time, and the first is compared with it."""
    if not mentions or last is None or last.value_kind != "level" or not last.measure or \
            not THIS_WAS.match(sentence[:spans[0][0]]):
        return
    m = mentions[0]
    more = MORE_THAN_A_TIME.match(sentence[spans[0][1]:])
    when = find_periods("in " + rx.sub(r"^(?:in|at)\s", "", more.group("when"))) if more else None
    if not more or not when or m.unit not in ("percent", "percentage_points", last.unit):
        return
    direction = "fall" if more.group("dir").lower() in ("fewer", "less", "lower", "down") else "rise"
    m.subject, m.measure, m.value_kind = last.subject, f"change in {last.measure.removeprefix('change in ')}", "change"
    m.direction, m.value = direction, signed_change(m.value, direction)
    m.comparator = m.comparator or more.group("when")
    if when[0].start and when[0].end and last.period and last.period.start and when[0].start < last.period.start:
        adjacent = (last.period.start - when[0].end).days <= 31          # "9% fewer than in 2022": the year 2023's change
        m.period, m.period_source = (last.period if adjacent else _from_to(
            when[0], last.period, last.period.char_start, last.period.char_end)), "previous_sentence"
    if last.comparator is None:
        last.comparator, last.direction = more.group("when"), direction


def _direction_from_an_earlier_value(m: Mention) -> None:
    """A level compared with an earlier value of itself rose or fell: "records 89.6% ... This is lower than the 93.1% we
    found when we last inspected, in 2021" (not a target's, nor a later year's)."""
    if m.value_kind != "level" or m.direction is not None or m.comparator_value is None or not m.comparator or \
            not EARLIER_NAME.search(m.comparator) or NOT_COMPARED_BACK.search(m.comparator):
        return
    named = find_periods("in " + m.comparator)
    if named and named[0].start and m.period and m.period.start and named[0].start > m.period.start:
        return
    m.direction = direction_between(m.value, m.comparator_value)


def _amount_of_the_one_before(mentions: list[Mention], last: Mention | None) -> None:
    """"Thames Valley Police must save £18.3 million. Around £7.2 million of this will come from cutting staff posts":
    a part of the amount before, named by it; "this" unresolved is left out."""
    for i, m in enumerate(mentions):
        if not (m.measure or "").startswith(AMOUNT_OF_THIS):
            continue
        whole = next((x for x in reversed(mentions[:i]) if x.unit == m.unit and x.measure), None) or \
            (last if last is not None and last.unit == m.unit and last.measure else None)
        rest = m.measure[len(AMOUNT_OF_THIS):]
        named = rx.sub(r"\s\([^)]*\)$", "", whole.measure) if whole is not None else "amount"    # "savings (force)"
        m.measure = f"{named}{rest}"
        m.subject = whole.subject if whole is not None else m.subject
        if whole is not None and m.period is None and whole.period is not None:
            m.period, m.period_source = whole.period, "previous_sentence"      # a part of the year's amount


def _word_share_compared_as_its_restatement(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Only a third of Black residents are confident ... (36% compared with 62% of White residents)": the words and
    the bracketed figure are one share, compared with the same figure."""
    for i, word in enumerate(mentions):
        if word.unit != "percent" or word.comparator is not None or not word.measure:
            continue
        for j in range(i + 1, len(mentions)):
            figure = mentions[j]
            if not rx.search(r"\(\s*(?:(?:around|about|nearly|almost|just|over)\s)?$", sentence[:spans[j][0]]) or \
                    "(" in sentence[spans[i][1]:spans[j][0] - 1] or ")" in sentence[spans[i][1]:spans[j][0]]:
                continue
            if figure.unit == "percent" and figure.measure == word.measure and figure.subject == word.subject and \
                    figure.comparator is not None and abs(figure.value - word.value) <= 10:
                word.comparator, word.comparator_value = figure.comparator, figure.comparator_value
                word.direction = word.direction or figure.direction
            break


def _labelled_pair_in_brackets(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Staff (17% vs police officers 11%); new employees (17%) ... think the force's reputation is good": the two
    groups are compared both ways and share the predicate the run ends with."""
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        label = rx.search(r"(?:^|[;,:]\s|\band\s)\W*(?P<group>[A-Za-z][\w'’+-]*(?:\s[\w'’+-]+){0,4}?)\s\(\s*$",
                          sentence[:spans[i][0]])
        if label and second.comparator is None and first.comparator_value == second.value and \
                rx.fullmatch(r"\s*(?:vs\.?|versus)\s[^()]{0,40}", sentence[spans[i][1]:spans[i + 1][0]]) and \
                rx.match(r"\s*\)", sentence[spans[i + 1][1]:]):
            first.subject = first.subject or clean_phrase(label.group("group"))
            second.comparator, second.comparator_value = first.subject, first.value
            later = next((v for m in mentions[i + 2:] if m.unit == "percent" and m.measure and m.subject and
                          (v := rx.match(rf"share of {re.escape(m.subject)} (?:who|that) (?P<vp>.+)$", m.measure))), None)
            for m in (first, second):       # "...; new employees (17%) ... think the force's reputation is good"
                if later and m.subject and (m.measure is None or m.measure in (first.subject, second.subject)):
                    m.measure = f"share of {m.subject} {relative_pronoun(m.subject)} {later.group('vp')}"


def _pair_of_groups_in_brackets(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Disabled residents are less confident than other residents that the force would treat them fairly (52% vs
    70%)": the first figure is the first group's, the second the other group's, shares of the same thing."""
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        opening = rx.search(r"(?:^|[.;:]\s)\W*(?P<clause>[A-Z][^.;:()]{10,240}?)\s*\(\s*$", sentence[:spans[i][0]])
        interleaved = LIKELY_INTERLEAVED.search(sentence[:spans[i][0]])
        than = rx.fullmatch(r"\s*\)\s(?:than|compared\s(?:with|to))\s(?P<group>[^()]{2,60}?)\s\(\s*",
                            sentence[spans[i][1]:spans[i + 1][0]])
        rest = rx.match(r"\s*\)\s(?:to|that)\s(?P<vp>[a-z][^,;.()]{2,100})", sentence[spans[i + 1][1]:])
        if interleaved and than and rest and first.unit == second.unit == "percent":
            # "Black residents are far more likely (64%) than White residents (38%) to think the force is underfunded"
            what = f"who {rest.group('vp')}" if rest.group(0).lstrip(" )").startswith("to") else f"who think {rest.group('vp')}"
            for m, group in ((first, interleaved.group("group")), (second, than.group("group"))):
                group = group_in_running_text(clean_phrase(group))
                m.subject, m.measure = group, clean_phrase(f"share of {group} {what}")
            _each_the_others_comparator(first, second)
            continue
        label = r"(?:\s(?P<label>[A-Z][\w'’+-]*(?:\s[A-Z][\w'’+-]*){0,2}))?"      # "(49% Black vs 72% White British)"
        between = rx.fullmatch(label + r"\s*(?:vs\.?|versus|compared\s(?:with|to)|and)\s",
                               sentence[spans[i][1]:spans[i + 1][0]])
        closing = rx.match(label + r"\s*\)", sentence[spans[i + 1][1]:])
        if first.unit != "percent" or second.unit != "percent" or not opening or not between or not closing:
            continue
        groups = likelihood_groups(opening.group("clause"))
        if groups and groups[1]:
            for m, group, named in ((first, groups[0], between.group("label")), (second, groups[1], closing.group("label"))):
                head = group.split()[-1]
                group = group if not named or named == group else named if named.endswith(head) else f"{named} {head}"
                m.subject, m.measure = group, f"share of {group} {groups[2]}"
            _each_the_others_comparator(first, second)


FIRST_OF_A_PAIR = re.compile(r"(?:(?:^|[,;:]\s|\b(?:and|but|while|whereas)\s)\W*(?P<group>[A-Z][\w'’+-]*(?:\s[A-Za-z0-9][\w'’+-]*)"
                             r"{0,6}?)\s(?:are|were|was|is)\s(?:(?:much|far|significantly|slightly)\s)?(?:more|less)\s[a-z]+"
                             r"|\b(?:among|amongst|for)\s(?P<among>[^,;:()]{2,60}?))\s\(\s*$")
THAN_THE_OTHER = re.compile(r"\s*\)\s(?:than|compared\s(?:with|to))\s(?:(?:among|amongst|for|in)\s)?(?P<group>[^()]{2,60}?)\s\(\s*$")


def _bracketed_pair_with_than(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Victims aged 65 or over were more positive (80%) than those aged 16 to 24 (58%)", "Agreement was lower among
    female officers (54%) than among male officers (66%)": each figure is its group's and compared with the other."""
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        opening = FIRST_OF_A_PAIR.search(sentence[:spans[i][0]])
        than = THAN_THE_OTHER.fullmatch(sentence[spans[i][1]:spans[i + 1][0]])
        if not opening or not than or first.unit != second.unit or not rx.match(r"\s*\)", sentence[spans[i + 1][1]:]):
            continue
        groups = [clean_phrase(opening.group("group") or opening.group("among")), clean_phrase(than.group("group"))]
        those = rx.match(r"those\s(?P<rest>.+)", than.group("group"))
        if those and rx.match(r"[A-Za-z]+s\b", groups[0]):
            groups[1] = f"{groups[0].split()[0]} {those.group('rest')}"        # "those aged 16 to 24": victims aged 16 to 24
        topic = rx.match(r"\W*(?P<noun>[A-Z][a-z]+(?:\s[a-z]+){0,2}?)\s(?:was|is)\s(?:(?:much|far|slightly)\s)?(?:lower|higher)"
                         r"\samong\s", sentence[:spans[i][0]]) if opening.group("among") else None
        for m, group in zip((first, second), groups):
            if m.subject is None or m.subject not in group:
                m.subject = group_in_running_text(group)
            if topic:               # "Agreement was lower among female officers (54%) than among male officers (66%)"
                m.measure = f"{topic.group('noun').lower()} among {m.subject}"
        if first.comparator_value is None and second.comparator_value is None:
            _each_the_others_comparator(first, second)


THAN_A_GROUP_IN_BRACKETS = re.compile(r"\s*,?\s(?:(?:much|far|slightly|significantly|considerably)\s)?(?:longer|shorter|higher|"
                                      r"lower|more|fewer|less|greater|smaller|better|worse)\sthan\s(?:for\s|among\s|amongst\s)?"
                                      r"(?:the\s)?(?P<group>[A-Za-z][^,;:()\d]{1,40}?)\s*\(\s*(?:(?:about|around)\s)?")


def _than_a_group_in_brackets(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Children were held for an average of 14.6 hours, longer than adults (12.2 hours)": the bracketed figure is the
    other group's, on the same measure, and the two are compared both ways."""
    for i in range(len(mentions) - 1):
        first, second = mentions[i], mentions[i + 1]
        than = THAN_A_GROUP_IN_BRACKETS.fullmatch(sentence[spans[i][1]:spans[i + 1][0]])
        same_unit = first.unit == second.unit or first.unit in SECONDS_IN and second.unit in SECONDS_IN
        if not than or not same_unit or not first.measure or first.comparator is not None or first.value_kind != "level" or \
                first.unit == "percentage_points" or \
                not rx.match(r"\s*\)", sentence[spans[i + 1][1]:]):
            continue
        group = clean_phrase(than.group("group"))
        own = first.subject or next((w for w in first.measure.split() if w[:1].isupper() or w.endswith("s")), None)
        second.subject = group
        second.measure = _same_noun_swapped(first.measure, group) or (
            rx.sub(rf"\b{re.escape(own)}\b", group, first.measure, count=1) if own and own in first.measure else
            f"{first.measure} ({group})")
        first.subject = first.subject or own
        first.comparator, first.comparator_value = group, _value_in(second, first.unit)
        second.comparator, second.comparator_value = first.subject, _value_in(first, second.unit)


SUPERLATIVE_AMONG = re.compile(r"(?:^\W*|,\s|\b(?:and|but|while|whereas)\s|\b(?=(?:was|were|is|are)\s))(?:(?:it|this|the\sfigure)\s)?"
                               r"(?:was\s|were\s|is\s|are\s)?"
                               r"(?:the\s)?(?:highest|lowest|greatest|smallest|strongest|weakest)(?:\sof\sall)?\s(?P<prep>among|amongst|"
                               r"for|in)\s(?P<group>[^,;:()%£]{2,60}?)(?:,\s(?:at\s)?|\s\(\s*|\s(?:at|with)\s)" + NUMBER_QUALIFIERS + "$",
                               re.IGNORECASE)
SENTENCE_TOPIC = re.compile(r"^\W*(?:(?:The|Its|Their|Our)\s(?=[a-z]))?(?P<noun>[A-Za-z][a-z]+(?:\s[a-z]+){0,2}?"
                            r"(?:\s(?:with|in|of|for)\s[A-Za-z][a-z]+(?:\s[A-Za-z][a-z]+)?)?)\s(?:was|were|is|are)\s")
# "The vacancy rate in Essex was"
MOST_OF_THE_GROUPS = re.compile(r"(?:^\W*|,\s|\b(?:and|but|while|whereas)\s)(?P<group>(?!(?:and|but|while|whereas)\b)[A-Za-z]"
                                r"[^,;:()\d]{2,60}?)\s(?:were|was|are|is)\s"
                                r"the\s(?:most|least)(?:\s(?P<adj>[a-z]+))?(?:\sgroup)?\s*\(\s*$")


def _highest_or_lowest_among(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """"Agreement was lower among female officers (54%) ..., and lowest of all among control room staff (47%)",
    "Confidence was highest among those aged 65 and over (81%)", "Victims of burglary were the most satisfied group
    (88%), while victims of hate crime were the least (59%)": each figure is its group's, on the sentence's measure."""
    topic = SENTENCE_TOPIC.match(sentence)
    adjective = None
    named = None        # the measure the last superlative gave, without its group
    for i, ((start, _), m) in enumerate(zip(spans, mentions)):
        if m.unit not in ("percent", "rate_per_1000", "rate") or m.value_kind != "level":
            continue
        among = SUPERLATIVE_AMONG.search(sentence[spans[i - 1][1] if i else 0:start])
        most = MOST_OF_THE_GROUPS.search(sentence[spans[i - 1][1] if i else 0:start])
        next_group = rx.fullmatch(r"\s*\)\s*,?\s(?:and|or)\s(?P<group>[^,;:()%£\d]{2,60}?)\s\(\s*" + NUMBER_QUALIFIERS,
                                  sentence[spans[i - 1][1]:start]) if i and named and not among and not most else None
        if next_group:          # "highest among detectives (14%) and call handlers (21%)": the next group's
            m.subject = clean_phrase(next_group.group("group"))
            m.measure = named + m.subject
            continue
        named = None
        if among:
            group = among.group("group").strip() if rx.match(r"those\s", among.group("group")) else \
                clean_phrase(among.group("group"))          # "those aged 65 and over" keeps its "those"
            earlier = next((x for x in reversed(mentions[:i]) if x.measure and x.subject and
                            x.measure.endswith(f" among {x.subject}")), None)
            if earlier is not None:
                m.measure = earlier.measure[:-len(earlier.subject)] + group
            elif topic and not topic.group("noun").lower().startswith(("this", "it", "there")):
                prep = "among" if among.group("prep").lower() in ("among", "amongst") else among.group("prep").lower()
                noun = topic.group('noun')
                m.measure = f"{noun[0].lower()}{noun[1:]} {prep} {group}"
            else:
                continue
            m.subject = group
            named = m.measure[:len(m.measure) - len(group)]
        elif most:
            adjective = most.group("adj") or adjective
            if adjective:
                group = clean_phrase(most.group("group"))
                group = sentence_case(group)
                m.subject, m.measure = group, f"share of {group} {adjective}"


DATA_SOURCE_YEAR = re.compile(r"(?:on\s|from\s)?(?:the\s)?(?:19|20)\d\d\s(?:Census|census|population\s(?:figures|estimates))\b")


def referable_period(text: str, periods: list[Period]) -> Period | None:
    """The last period of a sentence that a later "the cases we examined" or "This" can refer back to: not one named
    only as a past reference point ("since its previous inspection in 2019")."""
    return next((p for p in reversed(periods) if not p.label.lower().startswith("since") and
                 not PAST_REFERENCE.search(text[max(0, p.char_start - 60):p.char_start]) and
                 not DATA_SOURCE_YEAR.match(text[p.char_start:])), None)


def _runs_paired_with_runs_before(sentence: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> set[int]:
    """"Men cite burglary (41%) and knife crime (38%) (compared with 30% and 27% of women respectively)": each
    number of the later run is the named group's figure for the measure of the number in the same place before it,
    and the two are paired both ways. Returns the first indexes of the runs read."""
    read = set()
    first = 1
    while first < len(mentions):
        last = first
        while last + 1 < len(mentions) and RUN_SEPARATOR.fullmatch(sentence[spans[last][1]:spans[last + 1][0]]):
            last += 1
        n = last - first + 1
        group = RUN_GROUP_AFTER.match(sentence[spans[last][1]:])
        before = mentions[first - n:first]
        if n >= 2 and first >= n and group and RUN_COMPARED.match(sentence[spans[first - 1][1]:spans[first][0]]) and \
                all(b.unit == m.unit and b.measure and b.subject for b, m in zip(before, mentions[first:last + 1])) and \
                len({b.measure for b in before}) == n:
            name = clean_phrase(group.group("group"))
            for b, m in zip(before, mentions[first:last + 1]):
                m.subject = name
                m.measure = b.measure.replace(b.subject, name, 1) if b.subject in b.measure else f"{b.measure} ({name})"
                m.period = m.period or b.period
                m.comparator, m.comparator_value = b.subject, b.value
                b.comparator, b.comparator_value = name, m.value
            read.add(first)
        elif n >= 2 and first >= n and RUN_COMPARED.match(sentence[spans[first - 1][1]:spans[first][0]]) and \
                RESPECTIVELY_AFTER.match(sentence[spans[last][1]:]) and len({b.measure for b in before}) == n and \
                all(b.unit == m.unit and b.measure and m.comparator is None for b, m in zip(before, mentions[first:last + 1])):
            for b, m in zip(before, mentions[first:last + 1]):   # "90.3% and ... 94.8%, compared with 84.6% and 89.0%
                m.subject, m.measure = b.subject, b.measure       # respectively at our 2019 inspection": earlier levels
                b.comparator = m.period.label if m.period and m.period != b.period else "earlier figure"
                b.comparator_value, b.direction = m.value, direction_between(b.value, m.value)
            read.add(first)
        first = last + 1
    return read


def _period_of_change(sentence: str, inside: list, periods: list[Period], i: int) -> Period | None:
    """The period a change spans when the clause states its ends after it: "fell by 17 percent, from 42,000 in 2018 to
    34,860 in 2020" -> 2018 to 2020; "rose by 1,150 to 34,200 between 2019 and 2022" -> between 2019 and 2022."""
    end = inside[i][1]
    clause_end = rx.search(r"[;.](?:\s|$)|\b(?:while|whereas|but)\b", sentence[end:])
    limit = end + clause_end.start() if clause_end else len(sentence)
    spans = [(a, b) for a, b, _ in inside]
    for k in range(i + 2, len(inside)):
        if inside[k][0] >= limit:
            break
        if pair_from_to(sentence, spans, k) == k - 1:
            first, last = inside[k - 1][2].period, inside[k][2].period
            if first and last and first.start and last.end and first.start < last.end:
                until = rx.sub(r"^(?:in|during)\s", "", last.label)
                since = rx.sub(r"^(?:in|during)\s", "", first.label)
                return Period(f"{since} to {until}", first.start, last.end, first.char_start, last.char_end)
    spanning = [p for p in periods if end <= p.char_start < limit and p.start and p.end and p.start.year < p.end.year
                and rx.match(r"(?:between|from)\s", p.label, re.IGNORECASE)]
    return spanning[0] if spanning else None


MAX_NUMBERS_READ = 50       # the real reports' busiest sentence has 9 numbers


def extract_metrics(doc: Document, skip_lines: set[int] = frozenset(), progress: Progress | None = None) -> list[dict]:
    """Metrics stated in the prose of a document (lines in `skip_lines` belong to another extractor).

    A sentence with more than MAX_NUMBERS_READ numbers is a list or a table run into a line: its numbers are kept with
    their value and unit, but not read for meaning, which looks back over the sentence for each number and would
    make such a sentence cost time quadratic in its numbers. `progress` is told where the pass is."""
    rows = []
    context = SentenceContext()
    # the last sentence without numbers, as (line, span or None for the line's last sentence): what it is about
    # (`topic_of`) is read only when the next sentence with numbers refers back to it ("This rose from 66% ...")
    about = None
    broken = broken_before = None   # a line's last sentence that stops mid-sentence, with its numbers, for the line that goes on
    lines = doc.lines
    for number in prose_lines(doc, skip_lines):
        line = lines[number - 1]
        line_start, _ = doc.line_span(number)
        if progress:
            progress.at(number, line_start)
        mentions = find_mentions(line)
        if not BULLET.match(line) and line.strip():
            context.population_texts = []       # a survey's group is the paragraph's, and its list's under a lead-in
            context.sample = context.share_group = None
            context.survey_period = None
        # the line's own periods are read only where used: a line without numbers, or a lead-in ending in ":"
        periods = find_periods(line) if not mentions or line.rstrip().endswith(":") else []
        labelled = label_value(line, mentions)
        if labelled:          # numbers in the label are its conditions: "answered in 10 seconds: 91%"
            mentions = [x for x in mentions if x.start >= labelled.end()]
        if not BULLET.match(line) and not labelled and line.strip():  # a list's lead-in: "On 31 March 2016:", "Figure 5 ..."
            context.lead_in = periods[-1] if periods and (line.rstrip().endswith(":") or not mentions) else None
            reason = REASONS_LEAD_IN.search(line)
            continued = rx.match(r"\s*[a-z]", line) and context.reason_for     # a bullet broken across lines
            context.reason_for = continued or (rx.sub(r"^for\s(?=why\b)", "", clean_phrase(
                reason.group("what").replace("*", ""))) if reason else None)
        if line.strip():          # blank lines (a page break) do not end a sentence broken across lines
            broken_before = broken if mentions and rx.match(r"\s*[a-z]", line) else None
            broken = None
        if not mentions:
            if line.strip().startswith("#"):
                context, about = SentenceContext(), None
            else:
                context.period = periods[-1] if periods else context.period
                context.referent_period = referable_period(line, periods)
                context.population_texts.append(line)
                about = (line, None) if line.strip() else about
                if line.strip():
                    context.remember(line)
            continue
        quoted = Spans(_quoted_spans(line))
        in_line: list[tuple[Mention, str]] = []
        if BULLET.match(line) and context.lead_in is not None:
            context.period = context.referent_period = context.lead_in
        starts = [m.start for m in mentions]          # in order: a sentence's mentions are a slice, found by bisection
        for s_start, s_end in split_sentences(line):
            first, last = bisect.bisect_left(starts, s_start), bisect.bisect_left(starts, s_end)
            inside = [(m.start - s_start, m.end - s_start, m) for m in mentions[first:last]]
            if not inside:
                sentence_periods = find_periods(line[s_start:s_end])
                if sentence_periods:
                    context.period = sentence_periods[-1]
                    if SURVEY_CUE.search(line[s_start:s_end]):
                        context.survey_period = sentence_periods[-1]
                context.population_texts.append(line[s_start:s_end])
                context.bridge = not sentence_periods and context.referent_period is not None and \
                    context.recent[-1:] == [context.sentence] and _continues_the_account(line[s_start:s_end].strip(), [])
                context.referent_period = referable_period(line[s_start:s_end], sentence_periods) or \
                    (context.referent_period if context.bridge else None)   # "... 92.3%. Performance was weaker. The ..."
                about = (line, (s_start, s_end))
                context.remember(line[s_start:s_end])
                continue
            sentence = line[s_start:s_end].strip()
            lead = len(line[s_start:s_end]) - len(line[s_start:s_end].lstrip())
            inside = [(a - lead, b - lead, m) for a, b, m in inside]
            own = len(inside)
            if broken_before and s_start == 0 and rx.match(r"\s*[a-z]", line):
                # "... most likely to cite X (93%); poor behaviour" / "and actions of officers (85%); ...": the
                # sentence goes on after a break; read whole, keep this line's numbers
                text, earlier = broken_before
                shift = len(text) + 1
                inside = [(a, b, replace(m, extra=dict(m.extra))) for a, b, m in earlier] + \
                    [(a + shift, b + shift, m) for a, b, m in inside]
                sentence = f"{text} {sentence}"
            if len(inside) <= MAX_NUMBERS_READ:
                context.topic = (quantity_referred_to(context.recent) or _topic(*about)) \
                    if about and ANAPHOR_START.match(sentence) else None
                read_sentence(sentence, inside, context)
                about = None
            in_line += [(m, sentence) for i, (_, _, m) in enumerate(inside)
                        if i >= len(inside) - own and not not_a_quantity(sentence, inside, i)]
            broken = (sentence, inside) if s_end >= len(line.rstrip()) and \
                rx.search(r"[A-Za-z,]\s*$", line) and not labelled else None
            if progress:
                progress.at(number, line_start + s_end)
        if labelled:
            _read_a_labelled_line(labelled, mentions)
        _read_inline_labels(line, mentions)
        for m, sentence in in_line:
            m.in_quotation = _within(m.start, m.end, quoted)
            if m.period is None and (BULLET.match(line) or labelled) and context.lead_in is not None:
                m.period, m.period_source = context.lead_in, "list_lead_in"
            if (BULLET.match(line) or rx.match(r"\s*[a-z]", line)) and context.reason_for and m.measure and \
                    CITED.search(m.measure) and \
                    "reason" not in m.measure:
                m.measure = f"{m.measure} as a reason {context.reason_for}"    # "... cite negative media coverage"
            rows.append(metric_row(doc, number, line, line_start, m, sentence))
    return rows


CLAUSE_STOP = re.compile(r"[.;]\s")
INLINE_LEAD_IN = re.compile(r"^\W*(?P<lead>[A-Z][^:]{2,120}):\s[-–•]\s")
INLINE_LABEL = re.compile(r"(?:^|\s)[-–•]\s(?P<label>(?=[^:]*[A-Za-z]{3})[A-Za-z][^:–•]{1,80}?)\s*:\s*(?=[£\d])")


def _read_a_labelled_line(labelled: re.Match, mentions: list[Mention]) -> bool:
    """The number right after a label is named by it, and the others on its line by what they are of it: "Drivers
    stopped: 1,153 (up 7.7%)", "Officer leavers: 468 (5.8% of the officer workforce)". False where no number follows
    the label."""
    head = label_head(labelled, mentions)
    if head is None:
        return False
    _read_label(labelled, head)
    for x in mentions:
        if x is not head and (x.measure is None or is_broken(x.measure)) and head.measure:
            _named_by_the_label_beside(x, head)
        elif x is not head and head.unit == "count" and head.subject and x.unit == "percent" and \
                rx.match(r"share of ", x.measure or ""):      # "Officer leavers: 468 (5.8% of the officer workforce)"
            x.subject, x.measure = head.subject, f"{head.subject} as a {x.measure}"
    return True


def _named_by_the_label_beside(x: Mention, head: Mention) -> None:
    """Another number on a labelled line: its change ("(up 7.7%)") or, for a count, its share ("153 (6.9%)")."""
    x.subject = head.subject
    if x.value_kind == "change":
        x.measure = f"change in {head.measure}"
    elif x.unit == "percent" and head.unit == "count":
        x.measure = "share " + (head.measure if head.measure.startswith("of ") else
                                f"of {head.measure.removeprefix('number of ')}")
    else:
        x.measure = head.measure


def _read_inline_labels(line: str, mentions: list[Mention]) -> None:
    """A key-facts box printed on one line ("Surrey Police at a glance, 2023/24: - Police officers (FTE): 2,214 -
    Police staff (FTE): 2,087"): each number is named by the label before it and dated by the lead-in."""
    lead_in = INLINE_LEAD_IN.match(line)
    labels = list(INLINE_LABEL.finditer(line, lead_in.end() - 3)) if lead_in else []
    if len(labels) < 2:
        return
    periods = find_periods(lead_in.group("lead"))
    for i, labelled in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(line)
        end = min(end, next((stop.end() for stop in CLAUSE_STOP.finditer(line, labelled.end(), end)), end))
        on_this_label = [x for x in mentions if labelled.end() <= x.start < end]
        if _read_a_labelled_line(labelled, on_this_label) and periods:
            for x in on_this_label:
                if x.period is None:
                    x.period, x.period_source = periods[-1], "list_lead_in"


LABEL_VALUE = re.compile(r"^\s*(?:[-*•–]\s+)?(?:\*\*)?(?P<label>(?=[^:|]*[A-Za-z]{3})[A-Za-z0-9][^:|]{1,80}?)(?:\*\*)?\s*:\s*"
                         r"(?:\*\*)?(?=[£\d])")


def label_value(line: str, mentions: list[Mention]) -> re.Match | None:
    """A line that is a label and one number ("Police officers: 3,412", "- Net revenue budget (2023/24): £412.6
    million"), as key-facts boxes and lists print them."""
    if not mentions:
        return None
    m = LABEL_VALUE.match(line)
    head = label_head(m, mentions) if m else None
    if head is None or len(m.group("label").split()) > 12:
        return None
    rest = line[head.end:].strip(" *.;")
    if rest and not rx.fullmatch(r"\(\s*(?:up|down|an?\s(?:increase|decrease|rise|fall|reduction|drop)(?:\sof)?|[+\-−])\s?[^()]{1,60}\)",
                                 rest, re.IGNORECASE) and \
            not rx.fullmatch(r"\(\s*[\d.]+\s?(?:%|per\s?cent)(?:\sof\s[^()]{1,60})?\)", rest):
        # "Drivers stopped: 1,153 (up 7.7%)": its change beside it; "Officer leavers: 468 (5.8% of the workforce)": its share
        return None
    return m


def label_head(labelled: re.Match, mentions: list[Mention]) -> Mention | None:
    """The number a label names: the first after the colon."""
    return next((x for x in mentions if x.start == labelled.end()), None)


def _read_label(labelled: re.Match, mention: Mention) -> None:
    """The label is what the number measures; a period in brackets in it is the number's period."""
    label = labelled.group("label").strip()
    bracket = rx.search(r"\s*\((?P<inner>[^)]*)\)\s*$", label)
    basis = None
    if bracket:
        periods = find_periods(bracket.group("inner"))
        if periods:
            mention.period, mention.period_source = periods[-1], "sentence"
        elif rx.fullmatch(r"FTE|headcount|full[- ]time\sequivalent|£m|£k|£000s?|%|per\s1,000(?:\s[a-z]+)?", bracket.group("inner"),
                          re.IGNORECASE):
            basis = bracket.group("inner")                         # "Police officers (FTE): 2,214"
        label = label[:bracket.start()].strip()
    stated = [p for p in find_periods(label) if p.char_start > 0]
    if stated and mention.period is None:       # "Detainees in the year to February 2024: 28,640"
        mention.period, mention.period_source = stated[-1], "sentence"
        label = (label[:stated[-1].char_start] + label[stated[-1].char_end:]).strip()
        label = rx.sub(r"\s(?:in|during|for|over|at|as\sat|as\sof|on|by)$", "", label).strip() or label
    if rx.search(r"\bper\s(?:1,000|1000|thousand)\b", label, re.IGNORECASE) and mention.unit in ("count", "other"):
        mention.unit = "rate_per_1000"
    words = label.split()
    name = label if words[0][:2].isupper() else label[0].lower() + label[1:]
    if mention.unit == "count" and (rx.search(r"(?:\w(?<!s)s|staff|people|personnel)$", words[-1]) or rx.search(
            r"(?:^|\s)[A-Za-z-]+(?<!s)s(?:\s[a-z-]+){0,2}\s[a-z]+ed$", label) or rx.match(
            r"[A-Za-z-]+(?<!s)s\s(?:who|that|which|[a-z]+ing)\s", label)) and not rx.match(r"(?:number|total|count)\b", name, re.I):
        mention.subject, mention.measure = name, f"number of {name}" + (f" ({basis})" if basis else "")   # "Police officers: 3,412"
    elif mention.unit == "percent" and any(rx.fullmatch(r"[a-z]+[^s]s", w) for w in name.split()[:3]) and \
            not rx.match(r"(?:share|proportion|percentage|rate|level|number|ratio)\b", name, re.IGNORECASE):
        mention.subject, mention.measure = mention.subject, f"share of {name}"   # "999 calls answered within 10 seconds: 94%"
    else:
        mention.subject, mention.measure = mention.subject, name


def _topic(line: str, span: tuple[int, int] | None) -> str | None:
    start, end = span or (split_sentences(line)[-1][0], len(line))
    return topic_of(line[start:end])


def metric_row(doc: Document, number: int, line: str, line_start: int, m: Mention, sentence: str,
               source_form: str = "prose", table_id: str | None = None) -> dict:
    row = doc.provenance(line_start + m.start, line_start + m.end)
    period = m.period
    row.update({
        "metric_id": f"{doc.doc_id}/m{number:05d}-{m.start:04d}", "value": m.value,
        "value_high": m.value_high, "unit": m.unit, "surface": line[m.start:m.end],
        "subject": None if is_broken(m.subject) else m.subject,
        "measure": None if is_fragment(m.measure) or is_broken(m.measure) else m.measure,
        "value_kind": m.value_kind, "direction": m.direction, "base_value": m.base,
        "period": period.label if period else None,
        "period_start": period.start if period else None, "period_end": period.end if period else None,
        "period_source": m.period_source if period else None,
        "qualifier": m.qualifier, "ci_plus_minus": m.ci, "comparator": m.comparator,
        "comparator_value": m.comparator_value, "in_quotation": m.in_quotation,
        "sentence": sentence, "source_form": source_form, "table_id": table_id,
    })
    return row


def text_table_metrics(doc: Document, tables: list[dict], cells: list[dict]) -> list[dict]:
    """Numbers in the sentences of a text table's cells (a 'key facts' table): metrics of that table."""
    text_tables = {t["table_id"] for t in tables if t["kind"] == "text_table"}
    rows = []
    for cell in cells:
        if cell["table_id"] not in text_tables or cell["value"] is not None:
            continue
        number = doc.line_for_offset(cell["char_start"])
        line_start, line_end = doc.line_span(number)
        line = doc.line_text(number)
        offset = cell["char_start"] - line_start
        text = cell["quote"]
        if cell["char_end"] > line_end or line[offset:offset + len(text)] != text:
            continue
        mentions = find_mentions(text)
        if not mentions:
            continue
        context = SentenceContext()
        quoted = Spans(_quoted_spans(text))
        for s_start, s_end in split_sentences(text):
            inside = [(m.start - s_start, m.end - s_start, m) for m in mentions if s_start <= m.start < s_end]
            if not inside:
                continue
            sentence = text[s_start:s_end].strip()
            lead = len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip())
            inside = [(a - lead, b - lead, m) for a, b, m in inside]
            read_sentence(sentence, inside, context)
            kept = [m for i, (_, _, m) in enumerate(inside) if not not_a_quantity(sentence, inside, i)]
            for m in kept:
                m.in_quotation = _within(m.start, m.end, quoted)
                m.start, m.end = m.start + offset, m.end + offset
                rows.append(metric_row(doc, number, line, line_start, m, sentence, "text_table", cell["table_id"]))
    return rows
