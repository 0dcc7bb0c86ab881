"""Time periods as reports print them, read into dates.

Forms: financial years ("2022-23", "2022/23", "financial year 2021/22"), rolling years ("year ending March 2021",
"12 months to 31 March 2016"), month ranges ("April to June 2020"), year ranges ("between 2013 and 2022"),
calendar years ("in 2022"), months ("March 2022") and days ("as at 31 March 2016"). A year that is part of a
name ("the Police Reform Act 2002", "Vision 2025") is not a period.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from pipeline import patterns as rx
from pipeline.scanning import prefiltered

MONTH_NUMBERS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTH_NUMBERS |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
MONTH_NUMBERS["sept"] = 9
_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_FY = _YEAR + r"\s?[-/–]\s?(?:" + _YEAR + r"|\d{2})(?!\d)"
_SPAN_WORDS = {"twelve": 12, "six": 6, "three": 3, "nine": 9, "eighteen": 18, "two": 24, "24": 24}

_N_YEARS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
_QUARTERS = {"1": 1, "2": 2, "3": 3, "4": 4, "first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}

PERIOD_FORMS = re.compile(
    # several years to an end: "the three years to March 2022", "the five years to 2021/22", "the ten years to 2022"
    r"(?P<n_years_to>(?:the\s)?(?:last\s|past\s)?(?P<ny>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[\s-]years?"
    r"\s(?:ending|ended|to|up\sto|until)\s(?:(?P<ny_month>" + _MONTH + r")\s(?P<ny_year>" + _YEAR + r")|(?P<ny_fy>" + _FY +
    r")|(?P<ny_cal>" + _YEAR + r")(?![\d%]|\.\d)))"
    # a season or a quarter: "summer 2021", "the autumn of 2022", "Q1 2022", "the second quarter of 2022/23"
    r"|(?P<season>(?:the\s)?(?P<season_name>spring|summer|autumn)\s(?:of\s)?(?P<season_y>" + _YEAR + r")(?![\d/-]))"
    r"|(?P<quarter>(?:Q(?P<q_n>[1-4])\s?|(?:the\s)?(?P<q_word>second|third|fourth|final|last)\squarter\sof\s(?:the\s)?)"
    r"(?P<q_year>" + _FY + r"|" + _YEAR + r")(?![\d%]))"
    # a half: "the second half of 2021/22", "the first half of 2022"
    r"|(?P<half>(?:the\s)?(?P<h_word>first|second)\shalf\sof\s(?:the\s)?(?P<h_year>" + _FY + r"|" + _YEAR + r")(?![\d%]))"
    # rolling: "the year ending 31 March 2021", "12 months to March 2016", "the financial year to March 2020"
    r"|(?P<rolling>(?:the\s)?(?:(?:financial\s|calendar\s)?year|(?P<r_quarter>quarter)|(?P<n_months>\d{1,2}|twelve|six|three|nine|"
    r"eighteen)[\s-]months?)"
    r"\s(?:ending|ended|to|up\sto|until)\s(?:(?P<r_day>\d{1,2})(?:st|nd|rd|th)?\s)?(?P<r_month>" + _MONTH + r")\s(?P<r_year>" + _YEAR + r"))"
    # the first months of a year: "the first seven months of 2022", "the first half of 2022"
    r"|(?P<first>(?:the\s)?first\s(?P<first_n>\w+)\s(?:months?\s)?of\s(?P<first_y>" + _YEAR + r"))"
    # day range within a month: "between 12 and 23 December 2022", "from 3 to 14 March 2023"
    r"|(?P<days>(?:(?:between|from)\s(?P<dd1>\d{1,2})(?:st|nd|rd|th)?\s(?:to|and|until)\s|(?P<dd1_dash>\d{1,2})[-–])"
    r"(?P<dd2>\d{1,2})(?:st|nd|rd|th)?\s(?P<dd_month>" + _MONTH + r")\s(?P<dd_year>" + _YEAR + r"))"
    # month range: "April to June 2020", "between April 2019 and March 2020", "1 April 2021 to 31 March 2022"
    r"|(?P<months>(?:(?:between|from)\s)?(?:(?P<m1_day>\d{1,2})(?:st|nd|rd|th)?\s)?(?P<m1>" + _MONTH + r")(?:\s(?P<y1>" + _YEAR + r"))?"
    r"\s?(?:to|and|-|–|until)\s?(?:(?P<m2_day>\d{1,2})(?:st|nd|rd|th)?\s)?(?P<m2>" + _MONTH + r")\s(?P<y2>" + _YEAR + r"))"
    # year range: "between 2013 and 2022", "from 2013/14 to 2021/22", "2013 to 2022", "2014-2019"
    r"|(?P<years>(?:between|(?<=in\s)|(?<=during\s))\s?(?:the\s)?(?P<ya>" + _FY + r"|" + _YEAR + r")\sand\s(?P<yb>" + _FY + r"|" + _YEAR + r")(?!\d)"
    r"|(?:from\s)?(?:the\s)?(?P<ye>" + _FY + r"|" + _YEAR + r")\s(?:to|until)\s(?P<yf>" + _FY + r"|" + _YEAR + r")(?!\d)"
    r"|(?P<yc>" + _YEAR + r")\s?[-–]\s?(?P<yd>" + _YEAR + r")(?!\d))"
    # financial year: "2022-23", "2022/23", "financial year 2021/22"
    r"|(?P<fy>(?:(?:the\s)?financial\syear\s|FY\s?)?(?P<fy_a>" + _YEAR + r")\s?[-/–]\s?(?P<fy_b>" + _YEAR + r"|\d{1,2})(?!\d)"
    r"(?:\sfinancial\syear)?)"
    # a day: "31 March 2016", "March 31, 2016"
    r"|(?P<day>(?P<d_day>\d{1,2})(?:st|nd|rd|th)?\s(?P<d_month>" + _MONTH + r")\s(?P<d_year>" + _YEAR + r")"
    r"|(?P<d_month2>" + _MONTH + r")\s(?P<d_day2>\d{1,2})(?:st|nd|rd|th)?,\s(?P<d_year2>" + _YEAR + r"))"
    # a month: "March 2022"
    r"|(?P<month>(?P<mo>" + _MONTH + r")\s(?P<mo_year>" + _YEAR + r"))"
    # a year: "2022"
    r"|(?P<year>(?<![\d£$.,])" + _YEAR + r"(?![\d%]|\.\d|,\d))",
    re.IGNORECASE,
)
PERIOD_FORMS = prefiltered(PERIOD_FORMS)       # the same matches, tried only where one can start
_ANY_YEAR = re.compile(_YEAR)
# Words before a lone year that make it a time ("in 2022", "since 2010"), and capitalised words that make it part
# of a name ("Act 2002", "Vision 2025", "PEEL 2016").
YEAR_PREPOSITION = re.compile(r"\b(?:in|during|for|since|by|until|till|throughout|across|over|of|from|before|after|"
                              r"at the end of|end of|the end of|start of|beginning of|as of|as at|to|between|and|"
                              r"early|late|mid|spring|summer|autumn|winter)\s$", re.IGNORECASE)
NAME_BEFORE = re.compile(r"(?-i:[A-Z][A-Za-z]*|[A-Z]{2,})\s$")
SINCE_EVENT = re.compile(r"\bsince\s(?:our|the|its|their|his|her|this|that)\s(?:(?:last|previous|most\srecent|first|"
                         r"earlier)\s)?(?:[\w-]+\s)?(?:inspection|report|visit|review|assessment|survey|audit|launch|"
                         r"introduction)\s(?:in|of)\s$", re.IGNORECASE)
OPEN_START = re.compile(r"\b(?:since|from)\s$", re.IGNORECASE)
POINT_BEFORE = re.compile(r"\b(?:as at|as of|on|at|by|at the end of|end of|the end of)\s$", re.IGNORECASE)


@dataclass(frozen=True)
class Period:
    label: str                  # as printed, with its preposition ("in 2022", "year ending March 2021")
    start: date | None
    end: date | None
    char_start: int             # offsets of the label in the text it was found in
    char_end: int


def _month(name: str) -> int:
    return MONTH_NUMBERS[name.lower().rstrip(".")]


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _year_bounds(text: str) -> tuple[date, date]:
    """`2013` -> the calendar year; `2013/14` -> the financial year (April to March)."""
    m = rx.fullmatch(r"(" + _YEAR + r")(?:\s?[-/–]\s?(\d{2,4}))?", text.strip())
    y = int(m.group(1))
    if m.group(2):
        y2 = int(m.group(2)) if len(m.group(2)) == 4 else (y // 100) * 100 + int(m.group(2))
        if y2 == y + 1:
            return date(y, 4, 1), date(y2, 3, 31)
    return date(y, 1, 1), date(y, 12, 31)


_FIRST_MONTHS = {"half": 6, "quarter": 3, "three": 3, "six": 6, "nine": 9, "two": 2, "four": 4, "five": 5, "seven": 7,
                 "eight": 8, "ten": 10, "eleven": 11}


def _dates(m: re.Match) -> tuple[date | None, date | None] | None:
    g = m.group
    if g("n_years_to"):
        n = g("ny").lower()
        years = int(n) if n.isdigit() else _N_YEARS[n]
        if g("ny_month"):
            end = _last_day(int(g("ny_year")), _month(g("ny_month")))
        else:
            end = _year_bounds(g("ny_fy") or g("ny_cal"))[1]
        return _add_months(date(end.year, end.month, 1), 1 - 12 * years), end
    if g("season"):
        first, last = _SEASONS[g("season_name").lower()]
        y = int(g("season_y"))
        return date(y, first, 1), _last_day(y, last)
    if g("quarter"):
        q = _QUARTERS[(g("q_n") or g("q_word")).lower()]
        year_start = _year_bounds(g("q_year"))[0]
        start = _add_months(year_start, 3 * (q - 1))
        return start, _last_day(*_add_months(start, 2).timetuple()[:2])
    if g("half"):
        year_start = _year_bounds(g("h_year"))[0]
        start = _add_months(year_start, 0 if g("h_word").lower() == "first" else 6)
        return start, _last_day(*_add_months(start, 5).timetuple()[:2])
    if g("first"):
        n = g("first_n").lower()
        months = int(n) if n.isdigit() else _FIRST_MONTHS.get(n)
        if not months or months > 12:
            return None
        y = int(g("first_y"))
        return date(y, 1, 1), _last_day(y, months)
    if g("rolling"):
        year, month = int(g("r_year")), _month(g("r_month"))
        end = date(year, month, int(g("r_day"))) if g("r_day") else _last_day(year, month)
        n = g("n_months")
        months = 3 if g("r_quarter") else 12 if n is None else int(n) if n.isdigit() else _SPAN_WORDS.get(n.lower(), 12)
        return _add_months(date(end.year, end.month, 1), 1 - months), end
    if g("days"):
        y, mo = int(g("dd_year")), _month(g("dd_month"))
        try:
            start, end = date(y, mo, int(g("dd1") or g("dd1_dash"))), date(y, mo, int(g("dd2")))
        except ValueError:
            return None
        return (start, end) if start < end else None
    if g("months"):
        m1, m2, y2 = _month(g("m1")), _month(g("m2")), int(g("y2"))
        y1 = int(g("y1")) if g("y1") else (y2 if m1 <= m2 else y2 - 1)
        start = date(y1, m1, int(g("m1_day"))) if g("m1_day") else date(y1, m1, 1)
        end = date(y2, m2, int(g("m2_day"))) if g("m2_day") else _last_day(y2, m2)
        return (start, end) if start <= end else None
    if g("years"):
        a, b = (g("ya"), g("yb")) if g("ya") else (g("ye"), g("yf")) if g("ye") else (g("yc"), g("yd"))
        start, end = _year_bounds(a)[0], _year_bounds(b)[1]
        financial = rx.search(r"financial\syear\s$", m.string[max(0, m.start() - 16):m.start()], re.IGNORECASE)
        if (g("yc") or g("ye") and financial) and a.isdigit() and b.isdigit() and int(b) == int(a) + 1:
            start, end = date(int(a), 4, 1), date(int(b), 3, 31)   # "2021-2022", "financial year 2020 to 2021"
        return (start, end) if start < end else None
    if g("fy"):                 # "2022-23", "2021/2022", and "2012-3" as some reports print it
        a, b = int(g("fy_a")), g("fy_b")
        if int(b) != {4: a + 1, 2: (a + 1) % 100, 1: (a + 1) % 10}[len(b)]:
            return None
        return date(a, 4, 1), date(a + 1, 3, 31)
    if g("day"):
        if g("d_day"):
            y, mo, d = int(g("d_year")), _month(g("d_month")), int(g("d_day"))
        else:
            y, mo, d = int(g("d_year2")), _month(g("d_month2")), int(g("d_day2"))
        try:
            day = date(y, mo, d)
        except ValueError:
            return None
        return day, day
    if g("month"):
        y, mo = int(g("mo_year")), _month(g("mo"))
        return date(y, mo, 1), _last_day(y, mo)
    y = int(g("year"))
    return date(y, 1, 1), date(y, 12, 31)


def find_periods(text: str) -> list[Period]:
    """Every period printed in `text`, with its dates, in order. A bare year counts only after a time word.

    Every form holds a year, so text without one is answered at once: most texts asked about have none, and the
    full pattern costs a lot per character."""
    if not _ANY_YEAR.search(text):
        return []
    out = []
    for m in PERIOD_FORMS.finditer(text):
        start, end = m.span()
        before = text[max(0, start - 24):start]
        if m.group("year"):
            if not YEAR_PREPOSITION.search(before) and not rx.match(r"\s(?:Census|census|survey|figures?|data|calendar\syear)\b",
                                                                    text[end:]) \
                    or NAME_BEFORE.search(before) and not YEAR_PREPOSITION.search(before):
                continue
        elif NAME_BEFORE.search(before) and not YEAR_PREPOSITION.search(before) and not (m.group("day") or m.group("month")
                                                                                          or m.group("months") or m.group("rolling")):
            continue        # "the Strategy 2021-25", "PEEL 2021/22": a name, not a time
        dates = _dates(m)
        if dates is None:
            continue
        p_start, p_end = dates
        prep = rx.search(r"\b(?:in|during|for|since|by|as at|as of|at the end of|the end of|end of|on|over|throughout)\s$",
                         before, re.IGNORECASE)
        label_start = start - len(prep.group()) if prep and not m.group("rolling") and not m.group("first") and \
            not m.group("half") and \
            not m.group("n_years_to") and \
            not rx.match(r"between|from", m.group(), re.IGNORECASE) else start
        since_event = SINCE_EVENT.search(text[max(0, start - 70):start])
        if since_event and not m.group("years") and not m.group("months"):
            label_start, p_end = start - len(since_event.group()), None     # "Since our last inspection in 2021, ..."
        elif OPEN_START.search(before) and not m.group("years") and not m.group("months"):
            p_end = None                    # "since 2010": open-ended
        elif POINT_BEFORE.search(before) and (m.group("day") or m.group("month") or m.group("year")) and \
                rx.search(r"\b(?:end of)\s$", before):
            p_start = p_end                 # "at the end of March 2022", "by the end of 2023": a point
        out.append(Period(text[label_start:end], p_start, p_end, label_start, end))
    return out

