"""Numbers read together: a change and its direction, a level and what it is compared with, a count and its base.

- "fell from 83 percent to 73 percent": the 73 row is compared with the earlier 83 (direction `fall`);
- "73 percent, down from 83 percent": the same pairing written the other way round;
- "compared with 62% of White Londoners", "than", "versus", "against", "the national average of 71%", "the target of
  90%": the number is compared with the reference;
- "fell by 12 percent", "a reduction of 300", "300 fewer": a change, stored with a sign that agrees with its
  direction (a fall is always negative);
- "40 out of 120", "40 of the 120 cases": the count keeps its base.
"""
from __future__ import annotations

import re

from pipeline import patterns as rx
from pipeline.extract.meaning import MONTH_NAMES, NAMES_A_KIND, NOUN_OUT_OF, TIME_LOST_TO, WHOLE_DETERMINERS

RISE_WORDS = r"rose|risen|rise|rises|rising|increased?|increases|increasing|grew|grown|grow|growth|went up|gone up|up|" \
             r"higher|more|greater|additional|extra|uplift|improved|improvement|climbed|doubled|trebled|tripled|jumped|" \
             r"jump|surged?|gain(?:ed)?"
FALL_WORDS = r"fell|fallen|fall|falls|falling|decreased?|decreases|decreasing|dropped|drop|drops|declined?|declining|" \
             r"down|lower|fewer|less|reduced|reduction|reductions|reduce|cut|cuts|shrunk|shrank|went down|gone down|" \
             r"deteriorated|deterioration|lost|loss|halved|slipped|dipped|reducing|reduces|dropping"
STEADY_WORDS = r"remained|remains|stayed|stable|unchanged|steady|constant|flat|the same"
EMPHASIS = r"an?\s(?:estimated|staggering|astonishing|remarkable|massive|huge|dramatic|substantial|considerable|further)"
DIRECTION_WORDS = RISE_WORDS + "|" + FALL_WORDS + "|" + STEADY_WORDS
DIRECTION_BEFORE = re.compile(r"\b(?P<word>" + DIRECTION_WORDS + r")\b"
                              r"(?:\s(?:[\w'’-]+\s){0,3}?(?:[–—]\s)?(?:by|of|to|at|from)|"
                              r"\s(?:(?!by\b|(?:" + DIRECTION_WORDS + r")\b)[\w'’-]+\s){4,9}?by)?"
                              r"\s(?:(?:just|around|about|almost|nearly|some|"
                              r"over|under|more than|less than|approximately|roughly|only|a further|an additional|" + EMPHASIS +
                              r")\s)*$", re.IGNORECASE)
CHANGE_BY = re.compile(r"\b(?:by|of)\s(?:(?:just|around|about|almost|nearly|some|over|more than|less than|approximately|"
                       r"roughly|only|a further|an additional|" + EMPHASIS + r")\s)*$", re.IGNORECASE)
CHANGE_NOUN_AFTER = re.compile(r"^\s?(?:(?:percentage\s)?points?\s)?(?P<word>increase|rise|growth|uplift|improvement|"
                               r"decrease|fall|drop|reduction|decline|cut|deterioration|more|fewer|less|higher|lower)\b" +
                               NAMES_A_KIND, re.IGNORECASE)
FROM_TO = re.compile(r"^\s*(?:[a-z][\w'’-]*\s(?=in\s|during\s|to\s))?(?:(?:in|during|for|by|at|as at|as of|of)\s[^,;.]{0,40}?\s?|"
                     r"\([^)]{0,40}\)\s)?,?\s?to\s"
                     r"(?:[\w'’-]+\s){0,4}?$", re.IGNORECASE)
FROM_BEFORE = re.compile(r"\bfrom\s(?:[\w'’-]+\s){0,4}?$", re.IGNORECASE)
UP_DOWN_FROM = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:[A-Za-z][\w'’-]*\s){0,4}?(?:[A-Za-z][\w'’-]*(?=,))?(?:(?:in|during|for|by|at|as at|as of|on)\s"
                          r"[^,;.()]{0,40}?\s*)?,?\s*"
                          r"(?:which is\s|this is\s|an?\s)?(?P<dir>up|down|rising|falling|an increase|"
                          r"a decrease|a rise|a fall|a drop|a reduction|increased|decreased|improved|rose|fell)\s"
                          r"(?:(?:[\w'’-]+\s){0,3})?(?:from|on\s(?:the\s)?(?:previous|last|prior|same)\s(?:[\w-]+\s){0,2}?"
                          r"(?:year|quarter|month|period|inspection)(?:'s\s(?:figure|total)|\s\(|\sof)?)\s*(?:(?:just|around|about|almost|nearly|some|over|under|more than|"
                          r"less than|approximately)\s)?$", re.IGNORECASE)


UP_DOWN_FROM_AFTER_CLAUSE = re.compile(
    r"^\)?[^;.()]{0,160},\s(?:(?:although|though|but|and)\s)?(?:which is\s|this is\s|(?:this|that|it)\swas\s)?"
    r"(?P<dir>up|down|rising|falling|increasing|decreasing)\s(?:from|on)\s"
    r"(?:(?:just|around|about|almost|nearly|some|over|under|more than|less than|approximately)\s)?$", re.IGNORECASE)


def direction_between(value: float, earlier: float) -> str:
    """rise | fall | none, from an earlier value to a later one."""
    return "rise" if value > earlier else "fall" if value < earlier else "none"


def direction_word(word: str) -> str:
    w = word.lower()
    if rx.fullmatch(STEADY_WORDS, w):
        return "none"
    return "fall" if rx.fullmatch(FALL_WORDS, w) else "rise"


def change_direction(before: str, after: str) -> tuple[str | None, bool]:
    """(direction, is the number an amount of change) from the words around it: 'fell by 12%' -> ('fall', True);
    'fell to 73%' -> ('fall', False); 'a 12% increase' -> ('rise', True); '300 fewer officers' -> ('fall', True)."""
    after_word = CHANGE_NOUN_AFTER.match(after)
    if after_word and not rx.match(r"\s?(?:more|less)\s(?:likely|often)\b", after, re.IGNORECASE) and not rx.match(
            r"\s?(?:more|fewer|less|higher|lower)\sthan\b", after, re.IGNORECASE):
        return direction_word(after_word.group("word")), True
    near = before[-80:]
    m = DIRECTION_BEFORE.search(near)
    if not m or m.group("word").lower() == "up" and rx.search(r"\b(?:make|makes|made|making)\s$", near[:m.start("word")]):
        return None, False             # "make up 19% of the population": a part, not a rise
    if m.group("word").lower() == "up" and rx.search(r"\bup\sto\s$", near) and \
            not rx.search(r"\b(?:is|are|was|were|been|be|went|gone|go|goes|going|moved|came|come|back)\s(?:[a-z]+ly\s)?up\sto\s$", near):
        return None, False             # "some covering up to six boroughs": a bound, not a rise
    word = m.group("word").lower()
    if word == "lost" and TIME_LOST_TO.match(after):
        return None, False        # "officers lost an average of 9.6 days to sickness": time lost, not a fall
    if word in ("more", "less", "higher", "lower", "greater", "additional", "extra"):
        return None, False        # "more than 300", "less than 5%": a qualifier, not a change
    tail = before[m.end("word") + (len(before) - len(before[-80:])):]
    if rx.match(r"\s(?:than|compared\s(?:with|to))\s", tail):
        return None, False        # "fewer than the average of 236": what the figure is set against, not a change
    is_change = bool(CHANGE_BY.search(tail)) and not rx.match(r"\s(?:again\s|further\s)?to\s", tail) or \
        not rx.search(r"\b(?:to|at|from)\s", tail)         # "rose to a high of 85%" is a level
    if rx.search(r"\bfrom\s", tail):
        return None, False        # "fell from 83%": the earlier value
    direction = direction_word(word)
    if direction == "none":
        return "none", False
    return direction, is_change


def signed_change(value: float, direction: str | None) -> float:
    """A change stored with the sign of its direction, whatever the text printed ('down 12%' and '-12%' agree)."""
    if direction == "fall":
        return -abs(value)
    if direction == "rise":
        return abs(value)
    return value


def pair_from_to(sentence: str, spans: list[tuple[int, int]], i: int) -> int | None:
    """Index of the earlier value this number follows in 'from X to Y' or 'Y, down from X' (None if neither)."""
    start, _ = spans[i]
    k = i - 1
    while k >= 0 and rx.search(r"\([^)]*$", sentence[:spans[k][0]]) and ")" in sentence[spans[k][1]:start]:
        k -= 1                  # skip a restatement in brackets: "from 443 in 2012-13 (1% of the workforce) to 771"
    if k >= 0:
        p_start, p_end = spans[k]
        between = rx.sub(r"\s*\([^)]*\)", "", sentence[p_end:start])
        if FROM_TO.match(between) and FROM_BEFORE.search(sentence[max(0, p_start - 50):p_start]):
            return k
    return None


BRACKETED_FROM = re.compile(r"^\s*\(\s*(?:(?P<dir>up|down)\s)?from\s(?:(?:just|around|about|almost|nearly|some)\s)?$",
                            re.IGNORECASE)
_EARLIER_SPAN = r"\s(?:financial\s)?(?:year|quarter|month|survey|inspection|period)"    # "... previous financial year"
RELATIVE_REFERENCE = re.compile(r"^,?\s(?:(?:in|at|for|on|from|compared\s(?:with|to)|than)\s)?(?P<label>(?:the\s)?"
                                r"(?:previous|last|prior|preceding|same\speriod\s(?:of\s)?last)" + _EARLIER_SPAN +
                                r"(?:'s)?)\b", re.IGNORECASE)
CHANGE_REFERENCE = re.compile(r"^\s(?:(?:[\w'’-]+\s){0,2}?)(?:from|on|since|compared\s(?:with|to)|against)\s(?P<label>(?:the\s)?"
                              r"(?:previous|last|prior|preceding)" + _EARLIER_SPAN + r"|the\s(?:year|month|quarter)\s(?:before|earlier)|a\syear\s(?:before|earlier)|(?:(?:the\s)?(?:year\s|financial\syear\s))?(?:19|20)\d\d(?:[-/]\d{2,4})?)(?![\d%])",
                              re.IGNORECASE)


def pair_up_down_from(sentence: str, spans: list[tuple[int, int]], i: int, level: bool = True) -> tuple[int, str | None] | None:
    """'73 percent, down from 83 percent in 2019', '68% (from 74% in 2019)': (index of the earlier value, direction of
    the change, None where only the values tell it). A change is not paired with a bracket ("fallen by 6,772 (from
    28,254 to 21,482)"): the bracket holds its ends."""
    _, end = spans[i]
    if i + 1 < len(spans):
        n_start, _ = spans[i + 1]
        m = UP_DOWN_FROM.match(sentence[end:n_start]) or UP_DOWN_FROM_AFTER_CLAUSE.match(sentence[end:n_start])
        if m:
            return i + 1, direction_word(m.group("dir").split()[-1])
        m = BRACKETED_FROM.match(sentence[end:n_start]) if level else None
        if m:
            return i + 1, direction_word(m.group("dir")) if m.group("dir") else None
        if level and HAVING_BEFORE.match(sentence[end:n_start]):      # "2,614 in 2023/24, having recorded 1,190 in 2018/19"
            return i + 1, None
        moved = MOVED_TO.search(sentence[:spans[i][0]]) if level else None
        if moved and BARE_FROM.match(sentence[end:n_start]):      # "fell to 4% in the year to September 2024, from 9%"
            return i + 1, direction_word(moved.group("dir"))
    return None


HAVING_BEFORE = re.compile(r"^[^,;:()]{0,120}?,\s(?:having|after)\s(?:recorded|had|been|seen|received|made|reached|"
                           r"employed|issued|carried\sout|stood\sat)\s(?:(?:around|about|nearly|almost|just|over|under|some|"
                           r"only)\s)?$", re.IGNORECASE)
MOVED_TO = re.compile(r"\b(?P<dir>fell|fallen|dropped|declined|decreased|reduced|rose|risen|increased|grew|grown|climbed)\s"
                      r"(?:again\s|further\s|sharply\s|slightly\s)?to\s(?:(?:around|about|nearly|almost|just|over|under)\s)?$",
                      re.IGNORECASE)
BARE_FROM = re.compile(r"^[^,;:()]{0,60}?,\s(?:from|compared\swith|against)\s(?:(?:around|about|nearly|almost|just|over|"
                       r"under|some)\s)?$", re.IGNORECASE)


_EARLIER_POINT = r"(?:the\s|its\s|their\s)?(?:previous|last|prior|preceding|same)\s(?:[\w-]+\s){0,2}?(?:year|quarter|month|period|" \
                 r"inspection|survey)(?:'s\s(?:total|figure|level|rate|count|number))?|(?:a|one|twelve|12)\s(?:year|month)s?\s" \
                 r"(?:earlier|before|ago)|(?:in\s)?(?:19|20)\d\d(?:[-/]\d{2,4})?(?![\d%])"
TRAILING_CHANGE = re.compile(
    r"^[^,;.()%£]{0,80}?\s*(?:,|\(|;|\s[–—-])\s*(?:which\sis\s|this\sis\s|which\swas\s|an?\s)?"
    r"(?:(?:well|just|slightly|significantly|much|far|considerably|substantially|sharply|markedly)\s)?"
    r"(?P<word>below|above|lower\sthan|higher\sthan|fewer\sthan|less\sthan|more\sthan|greater\sthan|"
    r"(?:up|down)\s(?:on|from)|an\sincrease\son|a\s(?:rise|fall|drop|decrease|reduction)\son|an?\s(?:increase|rise|fall|drop|"
    r"decrease|reduction)\sfrom)\s(?P<label>" + _EARLIER_POINT + r")(?=\s*(?:[,;.)]|$|\s(?:and|but|while|when)\b))",
    re.IGNORECASE)
RECORD_POINT = re.compile(
    r"^[^,;.()%£]{0,80}?\s*(?:,|\(|\s[–—-])\s*(?:which\sis\s|this\sis\s|which\swas\s)?(?P<label>(?:an?|the)\s"
    r"(?:(?:\w+|\d+)[-\s]year|record|all-time|new)\s(?P<word>high|low)|the\s(?P<most>highest|lowest)\s(?:level|figure|number|"
    r"rate|total)?\s?(?:since|for|in)\s(?:[\w-]+\s?){1,4}?)(?=\s*(?:[,;.)]|$|\s(?:and|but|while)\b))", re.IGNORECASE)
REFERENCE_AFTER = re.compile(
    r"^[^,;.()%£]{0,80}?\s*(?:,|\(|\s[–—-])\s*(?:which\sis\s|this\sis\s|which\swas\s)?(?:(?:well|just|slightly|significantly|"
    r"much|far|broadly|considerably)\s)?(?:below|above|under|over|short\sof|in\sline\swith|lower\sthan|higher\sthan|better\sthan|"
    r"worse\sthan|similar\sto|exceeding|missing|meeting)\s(?P<label>(?:the|its|their|a)\s(?:[\w'’-]+\s){0,4}?(?:average|target|"
    r"standard|benchmark|aim|ambition|goal|expectation|figure|rate)(?:\s(?:for|in|across|of|among)\s[^,;.()\d%£]{3,50}?)?)"
    r"(?=\s*(?:[,;.)]|$|\s(?:and(?!\sWales)|but|while|which|who)\b))", re.IGNORECASE)
STEADY_AT = re.compile(r"\b(?:stayed|remained|remains|was\sunchanged|held|stood\sstill)\s(?:(?:broadly|largely|roughly|"
                       r"unchanged|steady|stable|flat|level)\s)?at\s(?:(?:around|about|nearly|almost|just)\s)?$", re.IGNORECASE)


def trailing_change(after: str) -> tuple[str, str] | None:
    """A level followed by the change it is, with no earlier value printed: '3,117 arrests, below the previous
    year's total' -> ('the previous year's total', 'fall'); '59 deaths, a ten-year high' -> ('a ten-year high', 'rise').
    Returns (what it is compared with, rise | fall)."""
    m = TRAILING_CHANGE.match(after)
    if m:
        word = m.group("word").lower()
        falls = rx.match(r"(?:below|under|lower|fewer|less|down|a\s(?:fall|drop|decrease|reduction))", word)
        return m.group("label"), "fall" if falls else "rise"
    m = RECORD_POINT.match(after)
    if m:
        word = (m.group("word") or m.group("most")).lower()
        return m.group("label").strip(), "fall" if word in ("low", "lowest") else "rise"
    return None


def reference_after(after: str) -> str | None:
    """A level set against a reference it does not print: '14 minutes, above the force's target' -> 'the force's
    target'. Not a change, so no direction."""
    m = REFERENCE_AFTER.match(after)
    return m.group("label") if m else None


def steady_at(before: str) -> bool:
    """'The clearance rate stayed at 11%': a level that did not change."""
    return bool(STEADY_AT.search(before))


def relative_reference(after: str) -> str | None:
    """The relative period a figure is stated for, right after it: '63% the previous year' -> 'the previous year'."""
    m = RELATIVE_REFERENCE.match(after)
    return rx.sub(r"'s$", "", m.group("label")) if m else None


def change_reference(after: str) -> str | None:
    """What a change is measured against, right after it: 'up 244% from 2012-13' -> '2012-13'; 'up 8% on the previous
    year' -> 'the previous year'."""
    m = CHANGE_REFERENCE.match(after)
    return m.group("label") if m else None


def base_of(sentence: str, start: int, end: int) -> float | None:
    """'40 of the 120 cases', '40 officers out of 120', '2,100 of the force's 9,800 officers': the base the count is a part
    of."""
    m = rx.match(r"\s(?:out\s|" + NOUN_OUT_OF + r")?of\s" + WHOLE_DETERMINERS + r"(?P<base>\d{1,3}(?:,\d{3})+|\d+)\b(?!\s?(?:%|per\s?cent|percent))"
                 r"(?!\scalls?\b)(?!\s?(?:to|and|-|–)\s?\d)(?!-year)", sentence[end:])      # not "of 17 to 18-year-olds"
    if not m or sentence[end:end + 1] == "%":
        return None
    return float(m.group("base").replace(",", ""))


MULTIPLE_OF = re.compile(
    r"^\s*(?:times\s)?(?:(?:(?:more|less)\s(?:likely|often)|higher|greater|lower|larger|smaller|bigger|more|as\s(?:likely|"
    r"high|often|many|much))\s(?:to\s[^,;.()]{1,60}?\s)?(?:than|as)|the\s(?:rate|level|number|proportion|likelihood|"
    r"risk|average|size|share|percentage|figure|total|amount|cost)\s(?:of|for|among|in))\s(?:(?:that|those)\s(?:of|for)\s|for\s|"
    r"among\s|in\s|with\s)?"
    r"(?:the\s|their\s)?(?P<name>[^,;.()]{2,80})", re.IGNORECASE)


def multiple_of(after: str) -> str | None:
    """What a multiple is a multiple of: '3.7 times higher than for White people' -> 'White people'; 'four times the
    rate of probationers as a whole' -> 'probationers as a whole'. The reference has no value of its own."""
    m = MULTIPLE_OF.match(rx.sub(r"^\s*\([^()]{1,20}\)", "", after))      # "2 times (112%) more likely ... than"
    if not m:
        return None
    compared = rx.search(r"\bcompared\s(?:with|to)\s(?P<name>[^,;.()]{2,60})", m.group("name"))
    if compared:                     # "twice the number of defendants compared to 2019"
        m = compared
    name = rx.split(r"\s(?:to\s(?!the\b|a\b|an\b|their\b|its\b)|(?:and|or)\s(?:[\w'’-]+\s){0,2}?\d+|who|which|that|"
                    r"when|in\s(?:19|20)\d\d|and\s(?:is|are|was|were)|because|since|despite|where|according|between|"
                    r"compared|versus|than)\b", m.group("name"))[0].strip()
    name = rx.sub(r"\s+(?:in|on|at|and|or|of|the|to|for|by|with|is|are|was|were)$", "", name)
    return name if rx.search(r"[A-Za-z]{3}", name) or rx.fullmatch(r"(?:19|20)\d\d(?:[-/]\d\d)?", name) else None


DIFFERENCE_FROM = re.compile(
    r"^,?\s(?P<word>higher|lower|greater|more|less|fewer|above|below)\s(?:in\s(?:real|cash)\sterms\s)?(?:than\s)?(?P<name>(?:the\s|in\s|for\s|among\s|across\s)?"
    r"[^,;.()\d%£]{3,80}?)(?=\s*(?:[,;.():]|$|\s(?:and(?!\sWales)|but|while|whereas|which|who|because|although|as)\b|\s(?:in|during|for|since|"
    r"between)\s(?:the\s)?(?:(?:financial\s)?year\s)?(?:19|20)\d\d))", re.IGNORECASE)


DIFFERENCE_FROM_A_TIME = re.compile(
    r",?\s(?P<word>higher|lower|greater|more|less|fewer)\s(?:(?!than\b)[A-Za-z][\w'’-]*\s){0,3}?(?:in\s(?:real|cash)\sterms\s)?"
    r"than\s(?:(?:it|they|there)\s(?:had|was|were)\s)?(?:in\s)?(?P<year>(?:" + MONTH_NAMES + r"\s)?(?:19|20)\d\d"
    r"(?:[-/]\d{2,4})?)\b", re.IGNORECASE)


def difference_from(after: str) -> tuple[str, str] | None:
    """A number stated as a difference from something it names without a value: "5% higher than spending a decade
    earlier", "11 percentage points higher than the average across England and Wales in 2021", "300 fewer officers
    than in 2010" (compared with 2010; otherwise a noun after "more" or "fewer" is what is counted). Returns (what it
    is compared with, rise | fall)."""
    year = DIFFERENCE_FROM_A_TIME.match(after)
    if year:                # "3% more than in 2022/23", "310 fewer officers than in March 2010": compared with that time
        return year.group("year"), direction_word(year.group("word"))
    m = DIFFERENCE_FROM.match(after)
    if not m or m.group("word").lower() in ("above", "below") and not rx.match(r"(?:the\s)?(?:national|average|"
                                                                                   r"england|target|figure|rate)", m.group("name"), re.I):
        return None
    if m.group("word").lower() in ("more", "less", "fewer") and not after[m.end("word"):].startswith(" than"):
        return None         # "10% more officers": the noun follows
    name = rx.sub(r"^(?:the|in|for|among|across|(?:it|they|this|that)\s(?:was|were|had\sbeen))\s", "", m.group("name").strip(),
                  flags=re.IGNORECASE)        # "than it was ten years ago"
    name = rx.sub(r"\s(?:in|on|at|of|for|by|the|and|or)$", "", name)
    return (name, direction_word(m.group("word"))) if rx.search(r"[A-Za-z]{3}", name) else None
