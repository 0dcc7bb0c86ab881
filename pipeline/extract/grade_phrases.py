"""Grade statements in prose, for any force: pure functions on one sentence.

Forms read here (all from the vocabulary: force names, grade words, pillars):
- subject + grade: "Kent Police is judged to be outstanding at ...", "The force is good at ...",
  "Cumbria Constabulary requires improvement in ...", "the force has been assessed as good in respect of ...",
  "we judged the force to be good at ...", "its use of resources is judged to be good";
- coordinated grades: "good at A, good at B and outstanding at C";
- "The extent to which the constabulary is effective at ... is good" (and "... : not yet graded");
- "the efficiency with which the force carries out its responsibilities is good";
- bullets after a lead-in that names the force: "is 'good' at effectively reducing crime;";
- grade counts: "'outstanding' in one area, 'good' in four areas" (counts, not areas).
A grade word that qualifies a noun ("a good understanding", "is good practice") is not a grade.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.vocabulary import GENERIC_FORCE_SUBJECTS, GRADE_BY_WORDS, PILLAR_WORDS, force_name_pattern, grade_named

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "all": None, "both": 2}
OPEN_QUOTE, CLOSE_QUOTE = "['‘\"“]?", "['’\"”]?"
BE = r"(?:is|are|was|were|has been|have been|had been|remains|remained|continues to be|continue to be|to be)"
JUDGED = r"(?:judged|assessed|graded|rated|found|considered|deemed)"
ADVERB = r"(?:also|still|now|overall|again|currently|therefore|similarly|both|generally)"
AREA_PREPOSITION = r"(?:in respect of|with respect to|in terms of|when it comes to|at|in|for|on)"
AREA_STOP_TEMPLATE = (
    r"[;:(–—]|\s-\s|,\s*(?:and|but|which|where|while|whilst|with|although|though|however|whereas|yet|as|so|because)\b|"
    r"\s(?:but|however|whereas|and it|and is|and has|"
    r"and was|and we|while|whilst|(?<!with )which|where|although|because)\b|\.(?:\s|$)|,\s*(?=" + OPEN_QUOTE + r"(?:%s)\b)")
COUNTED_AREAS = re.compile(r"(?i)(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all|both)"
                           r"(?:\s+(?:of\s+(?:the|its)\s+\w+\s+)?(?:other\s+)?(?:areas?|questions?|pillars?))?\s*$")
VAGUE_AREAS = re.compile(r"(?i)(?:a number of|a range of|several|many|some|all|most|other|various|a few|few|each|"
                         r"these|those|both)\b[^,]*?\bareas?\b")
SPANS_OF_TIME = re.compile(r"(?i)(?:many|several|some|a few|a number of|\d+|the past|the last)\s+(?:\w+\s+)?"
                           r"(?:years?|months?|weeks?|days?|time)\b")
UNGRADED_WORDS = r"not yet graded|to be graded|not graded"
PAST_CUES = re.compile(r"\blast year\b|\bpreviously\b|\bprevious (?:inspection|assessment|year|PEEL|report)|\bwhen we\b|"
                       r"\bin our (?:last|previous|earlier)\b|\bat (?:that|the) time\b|\bhad been\b", re.IGNORECASE)
YEAR_CUE = re.compile(r"(?<!since )(?<!since our )\b(?P<year>(?:19|20)\d\d)(?:\s?[/–-]\s?\d\d)?\b", re.IGNORECASE)
NOUN_AFTER_GRADE = re.compile(r"^\s*(?:and\s+\w+\s+)?[a-z][\w-]*", re.IGNORECASE)
GRADE_FOLLOWERS = re.compile(r"^\s*(?:overall|so far|across the board|this year|in (?:all|every|most|each)\b|"
                             r"(?:still|also|now|generally)\s+(?:in|at|for)\b|by (?:the|HMIC|HMICFRS|inspectors)\b|"
                             r"and\s+(?:needs?|requires?|has|have|is|was|it|its|the|must|should|we)\b|"
                             r"(?:" + AREA_PREPOSITION + r")\b)", re.IGNORECASE)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _grade_alt() -> str:
    return _alternation(GRADE_BY_WORDS)


@cache
def _area_stop() -> re.Pattern:
    return re.compile(AREA_STOP_TEMPLATE % _grade_alt())


@cache
def _subject() -> str:
    forces = force_name_pattern().pattern.replace("(?P<name>", "(?:")
    generic = "(?i:" + _alternation(GENERIC_FORCE_SUBJECTS) + r")|It|(?<=However, )it|(?<=But )it|(?<=Yet )it"
    return r"(?P<subject>" + forces + "|" + generic + r")"


@cache
def patterns() -> dict[str, re.Pattern]:
    grade = OPEN_QUOTE + r"(?P<grade>(?i:" + _grade_alt() + r"))\b" + CLOSE_QUOTE
    subject = _subject()
    lead = r"(?:^|(?<=[\s,;:(“‘\"']))"
    return {
        "extent": re.compile(
            r"(?i:\bthe extent to which)\s+" + subject + r"\s+(?P<area>[^.;:]{5,200}?)(?:\s+(?:is|was))?\s*:?\s+"
            + OPEN_QUOTE + r"(?P<grade>" + _grade_alt() + "|" + UNGRADED_WORDS + r")\b" + CLOSE_QUOTE, re.IGNORECASE),
        "pillar_with_which": re.compile(
            r"\b(?:[Tt]he\s+)?(?P<area>(?:efficiency|effectiveness|legitimacy) with which\s+" + subject
            + r"\s+[^.;:]{3,150}?)\s+(?:is|was)\s+(?:" + JUDGED + r"\s+(?:to be|as)\s+)?" + grade),
        "we_judged": re.compile(
            lead + r"(?i:we)\s+(?:have\s+|had\s+)?(?:also\s+)?(?:judged?|graded?|assess(?:ed)?|found|find|rated?|considered?)\s+"
            r"(?:that\s+)?(?:" + subject + r"|it)(?:\s+(?:to be|as|was|is|were|to))?\s+" + grade),
        "possessive": re.compile(
            lead + r"(?P<owner>" + subject.replace("(?P<subject>", "(?:") + r"['’]s|(?i:its))\s+(?P<area>(?:(?!\b(?:it|they|the force|the constabulary)\b)[^.;:,“”\"]){3,120}?)\s+"
            + r"(?:" + BE + r"\s+(?:" + ADVERB + r"\s+)?(?P<judged>" + JUDGED + r"\s+(?:to be|as|to(?=\s+require))\s+)?)?" + grade),
        "it_judged": re.compile(
            lead + r"(?P<subject>it)\s+(?:" + BE + r")\s+(?:" + ADVERB + r"\s+)?" + JUDGED + r"\s+(?:to be\s+|as\s+|to\s+(?=require))?"
            + grade),
        "to_be_judged": re.compile(r"\b(?:to be\s+|was\s+|were\s+|been\s+)?(?:graded|rated|judged|assessed)\s+(?:as\s+)?"
                                   + grade + r"(?=\s+(?:at|in|for|on)\s)"),
        "subject": re.compile(
            lead + subject + r"(?:['’]s\s+overall\s+performance)?\s+(?:" + ADVERB + r"\s+)?(?:(?:" + BE + r"|has|have)\s+"
            r"(?:" + ADVERB + r"\s+)?(?:(?:been\s+)?" + JUDGED + r"\s+)?(?:(?:to be|as|to(?=\s+require))\s+)?)?" + grade),
        "bare": re.compile(r"^\s*(?:" + BE + r"\s+)?(?:" + ADVERB + r"\s+)?(?:(?:been\s+)?" + JUDGED + r"\s+)?(?:(?:to be|as)\s+)?"
                           + grade, re.IGNORECASE),
        "coordinated": re.compile(
            r"(?:,|;|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b)\s+(?:however,?\s+)?(?:(?:it|the force|the constabulary)\s+)?"
            r"(?:(?:is|was|has been)\s+)?"
            r"(?:" + ADVERB + r"\s+)?(?:" + JUDGED + r"\s+(?:to be\s+|as\s+)?)?" + grade + r"(?=\s+(?:overall\s+)?"
            + AREA_PREPOSITION + r"\s)"),
        "rates_subject": re.compile(
            r"\b(?:rates?|rated|rating|grades?|graded|grading|judges?|judged|finds|found|assesses|assessed|considers?|considered)\s+"
            r"(?:that\s+)?(?:" + subject + r"|it)\s+(?:as|to be|was|is)\s+(?:(?:a|an)\s+)?" + grade),
        "quoted_area": re.compile(
            r"(?P<q>['‘\"“])(?P<area>[A-Z][^'’\"”‘“]{3,90}?)['’\"”]\s+(?:(?:is|was|has been|had been|were|are)\s+)?"
            r"(?:(?:now|also|still)\s+)?(?:(?:graded|rated|categorised|categorized|judged|assessed)\s+(?:as\s+|to be\s+)?)?"
            r"(?:a\s+)?" + grade),
        "area_graded": re.compile(
            r"^\W*(?P<area>[A-Z][\w’'-]*(?:\s+[\w’'-]+){1,8}?)\s+(?:was|is|has been|were|are)\s+(?:now\s+)?"
            r"(?:graded|rated|categorised|categorized|judged|assessed)\s+(?:as\s+)?(?:a\s+)?" + grade),
        "area_quoted_grade": re.compile(
            r"(?:^|,\s*)(?P<area>[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){1,8}?)\s+(?:is\s+|was\s+)?['‘\"“](?P<grade>(?i:" + _grade_alt()
            + r"))['’\"”](?=\s*(?:[,.;]|$|according|says|said))"),
        "grade_changed": re.compile(
            r"\bgrade\s+(?:for|of|in)\s+['‘\"“](?P<area>[^'’\"”]{3,90})['’\"”]\s+(?:was|has been|had been)\s+(?:changed|revised|"
            r"amended|lowered|raised|moved)\s+from\s+['‘\"“]?(?:" + _grade_alt().replace("(?P<grade>", "(?:") + r")['’\"”]?\s+to\s+"
            + grade, re.IGNORECASE),
        "rating_for": re.compile(
            r"\b(?:a|an|the)\s+(?:grade|rating|grading|judgment)\s+of\s+" + grade + r"\s+(?:for|in)\s+['‘\"“]?(?P<area>[^'’\"”.;]{3,90})"),
        "grade_then_list": re.compile(
            r"(?:\b(?:the|an?)\s+)?" + grade + r"\s+(?:(?:rating|grade|grading|judgment)s?\s+(?:in areas such as|in|for|across)|"
            r"areas?\s+(?:included|include|includes|are|were|being)|in\s+(?:\w+|\d+)\s+areas?\s*[–—:-]|"
            r"across\s+(?:a\s+number\s+of\s+|several\s+|many\s+)?(?:\w+\s+)?areas,?\s+including|"
            r"(?:at|in|for):)\s+(?P<list>[^.;]{3,400})", re.IGNORECASE),
        "areas_then_grade_list": re.compile(
            r"\bareas?\s+(?:(?:rated|graded|judged|assessed)\s+(?:as\s+)?)?" + grade.replace("(?P<grade>", "(?P<grade>") +
            r"\s+(?:are|were|included|include|includes)\s+(?P<list>[^.;]{3,400})", re.IGNORECASE),
        "count": re.compile(
            OPEN_QUOTE + r"(?P<grade>" + _grade_alt() + r")\b" + CLOSE_QUOTE + r"\s+(?:in|for)\s+(?P<n>\d+|"
            + _alternation(NUMBER_WORDS) + r")(?:\s+(?:of\s+(?:the|its)\s+)?(?:\d+|\w+)\s+)?(?:\s*(?:other\s+|more\s+)?"
            r"(?:areas?|questions?|pillars?|categories|of them))?\b", re.IGNORECASE),
    }


@dataclass
class GradePhrase:
    """A grade stated in a sentence: offsets are within the sentence."""
    grade: str | None          # None: explicitly not graded
    area: str | None           # as worded; None when the sentence leaves it to its heading
    start: int
    end: int
    scope: str = "current"
    strong: bool = False       # stated with a judging verb or in a fixed form, not only "is good at"
    form: str = "sentence"
    vague: bool = False        # given "in several areas": only the heading above can say which area




def _area_after(sentence: str, pos: int) -> tuple[str | None, int]:
    """The area phrase that follows a grade ("at preventing crime", "in respect of its efficiency"), and its end."""
    m = re.match(r"\s*(?:(?:overall|still|also|now|generally)\s+)?(?P<prep>" + AREA_PREPOSITION + r")\s+", sentence[pos:],
                 re.IGNORECASE)
    if not m:
        whole = re.match(r"\s*(?:overall|across the board|in all areas|in every area)\b", sentence[pos:], re.IGNORECASE)
        return ("overall", pos + whole.end()) if whole else (None, pos)
    begin = pos + m.end()
    tail = sentence[begin:]
    cut = _area_stop().search(tail)
    nxt = patterns()["coordinated"].search(tail)
    end = min(x for x in (cut.start() if cut else len(tail), nxt.start() if nxt else len(tail), 200))
    area = tail[:end].rstrip(" ,.")
    area = re.sub(r"^(?:the|its|their)\s+(?=(?:" + "|".join(w for ws in PILLAR_WORDS.values() for w in ws) + r")\b)", "",
                  area, flags=re.IGNORECASE)
    if not area or COUNTED_AREAS.match(area) or SPANS_OF_TIME.match(area) or VAGUE_AREAS.match(area) or re.fullmatch(r"(?i)(?:all|every|most|many|some|each|these|this|the|its)\b.*?\bareas?", area):
        return None, pos
    return area, begin + len(tail[:end].rstrip(" ,."))


def _vague_area_after(sentence: str, pos: int) -> bool:
    """`inadequate in several areas`: a grade given to unnamed areas is a tally, not a judgment."""
    m = re.match(r"\s*(?:overall\s+)?(?:" + AREA_PREPOSITION + r")\s+", sentence[pos:], re.IGNORECASE)
    return bool(m) and bool(VAGUE_AREAS.match(sentence[pos + m.end():]) or COUNTED_AREAS.match(
        re.split(r"[,;.]", sentence[pos + m.end():])[0].strip()))


def _is_evaluative(sentence: str, grade_end: int) -> bool:
    """`is good practice`, `good understanding`: the grade word describes a noun, so it is not a grade."""
    after = sentence[grade_end:]
    if not after.strip() or re.match(r"\s*[.,;:)!?'’\"”–—-]", after) or GRADE_FOLLOWERS.match(after):
        return False
    return bool(NOUN_AFTER_GRADE.match(after))


def _scope(sentence: str, window_start: int, grade_end: int, area_end: int, cycle_year: int | None) -> str:
    window = sentence[window_start:area_end]
    if PAST_CUES.search(sentence[window_start:grade_end]):
        return "previous"
    if cycle_year is not None:
        for m in YEAR_CUE.finditer(window):
            year = int(m.group("year"))
            if year < cycle_year and not re.search(r"since\s+(?:our\s+|the\s+)?$", window[:m.start()], re.IGNORECASE):
                return "previous"
    return "current"


def grade_phrases(sentence: str, cycle_year: int | None = None, subject_from_lead_in: bool = False) -> list[GradePhrase]:
    """Every grade stated in one sentence, in order. `subject_from_lead_in`: the sentence is a bullet whose
    subject (the force) was named in the line that introduces the list."""
    p = patterns()
    found: list[GradePhrase] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def add(phrase: GradePhrase, grade_start: int) -> None:
        found.append(phrase)
        taken.append((grade_start, phrase.end))


    for m in p["extent"].finditer(sentence):
        words = m.group("grade").lower()
        grade = None if re.fullmatch(UNGRADED_WORDS, words) else grade_named(words)
        area = re.sub(r"^(?:is|was)\s+", "", m.group("area").strip())
        add(GradePhrase(grade, area, m.start(), m.end(), strong=True, form="extent"), m.start())
    for m in p["pillar_with_which"].finditer(sentence):
        if free(m.start("grade"), m.end()):
            add(GradePhrase(grade_named(m.group("grade")), m.group("area"), m.start(), m.end(), strong=True), m.start())
    for m in p["possessive"].finditer(sentence):
        if free(m.start("grade"), m.end()) and not _is_evaluative(sentence, m.end()):
            area = m.group("area").strip()
            if m.group("owner").lower() == "its":
                area = f"{m.group('owner')} {area}"
            quoted = sentence[m.start("grade") - 1:m.start("grade")] in "'‘\"“" if m.start("grade") else False
            add(GradePhrase(grade_named(m.group("grade")), area, m.start(), m.end(),
                            strong=bool(m.group("judged")) or quoted), m.start())
    for name in ("grade_then_list", "areas_then_grade_list"):
        for m in p[name].finditer(sentence):
            if not free(m.start("grade"), m.end("grade")):
                continue
            for area, a, b in _list_items(m.group("list"), m.start("list")):
                add(GradePhrase(grade_named(m.group("grade")), area, a, b, strong=True, form="list"), a)
            taken.append((m.start(), m.end()))
    taken += [(start, end) for _, _, start, end in grade_counts(sentence)]
    for name in ("grade_changed", "quoted_area", "rating_for", "area_graded", "area_quoted_grade"):
        for m in p[name].finditer(sentence):
            if name in ("area_graded", "area_quoted_grade") and not _names_an_area(m.group("area")):
                continue
            if free(m.start("grade"), m.end("grade")) and not (name == "quoted_area" and _is_evaluative(sentence, m.end())):
                add(GradePhrase(grade_named(m.group("grade")), m.group("area").strip(), m.start(), m.end(), strong=True),
                    m.start("grade"))
    starters = [(m, True) for m in p["rates_subject"].finditer(sentence)] + \
               [(m, True) for m in p["we_judged"].finditer(sentence)] + \
               [(m, bool(re.search(JUDGED, m.group(0)))) for m in p["subject"].finditer(sentence)] + \
               [(m, True) for m in p["to_be_judged"].finditer(sentence)] + \
               [(m, True) for m in p["it_judged"].finditer(sentence)]
    if subject_from_lead_in:
        m = p["bare"].match(sentence)
        if m:
            starters.append((m, True))
    for m, strong in sorted(starters, key=lambda t: t[0].start("grade")):
        if not free(m.start("grade"), m.end("grade")) or _is_evaluative(sentence, m.end()):
            continue
        vague = _vague_area_after(sentence, m.end())
        listed = _clauses_after_count(sentence, m.end()) if vague else []
        if listed:
            for area, a, b in listed:
                add(GradePhrase(grade_named(m.group("grade")), area, a, b, strong=True, form="list"), a)
            continue
        area, area_end = _area_after(sentence, m.end())
        phrase = GradePhrase(grade_named(m.group("grade")), area, m.start(), max(m.end(), area_end), strong=strong,
                             vague=vague)
        add(phrase, m.start("grade"))
        pos = phrase.end
        while True:
            c = p["coordinated"].match(sentence, pos) or _coordinated_near(sentence, pos)
            if not c:
                break
            area, area_end = _area_after(sentence, c.end())
            if area is None:
                break
            add(GradePhrase(grade_named(c.group("grade")), area, c.start("grade"), area_end, strong=strong),
                c.start("grade"))
            pos = area_end
    found.sort(key=lambda g: g.start)
    window = 0
    for g in found:
        g.scope = _scope(sentence, window, g.start + 1, g.end, cycle_year) if g.form != "extent" else \
            _scope(sentence, window, g.start, g.start, cycle_year)
        window = g.end
    return found


def _clauses_after_count(sentence: str, pos: int) -> list[tuple[str, int, int]]:
    """"requires improvement in all three areas; in how it understands demand; in how it uses its resources; and in
    its planning": the areas named after the count, each introduced by its own "in"."""
    first = re.search(r"[;:]", sentence[pos:])
    if not first:
        return []
    out = []
    for m in re.finditer(r"[;:,]\s*(?:and\s+)?(?:in|at)\s+(?P<area>[^;]+?)\s*(?=;|\.?$)", sentence[pos + first.start():]):
        a = pos + first.start() + m.start("area")
        out.append((m.group("area").rstrip(". "), a, a + len(m.group("area").rstrip(". "))))
    return out if len(out) >= 2 else []


def _names_an_area(phrase: str) -> bool:
    """The subject of "X was graded as good" is an area, not the force, a pronoun or a clause about the report."""
    if re.search(_subject() + r"|\b(?:HMIC|HMICFRS|inspectorate|report|inspectors?)\b", phrase) or re.search(
            r"\b(?:it|this|that|which|they|rates?|rated|graded|found|recognised|recognized|says|said|judged)\b", phrase,
            re.IGNORECASE):
        return False
    return True


def _list_items(text: str, offset: int) -> list[tuple[str, int, int]]:
    """Areas listed after a grade: "A, B and C" (an "and" inside an area such as "crime and anti-social behaviour"
    is kept when what follows it is not an area of its own)."""
    end = _area_stop().search(text)
    text = text[:end.start()] if end and not text[:end.start()].endswith(("crime", "behaviour")) else text
    items, pos = [], 0
    parts = re.split(r",\s*(?:and\s+|or\s+)?", text)
    if len(parts) > 1 or re.search(r"\s(?:and|or)\s+(?:how|the|its|\w+ing)\b", parts[-1]):
        parts[-1:] = re.split(r"\s+(?:and|or)\s+", parts[-1], maxsplit=1)
    for part in parts:
        start = text.find(part, pos)
        pos = start + len(part)
        area = part.strip(" '‘’\"“”")
        area = re.sub(r"^(?:and|or)\s+", "", area)
        if 1 <= len(area.split()) <= 15 and not COUNTED_AREAS.match(area):
            lead = part.find(area)
            items.append((area, offset + start + lead, offset + start + lead + len(area)))
    return items


def _coordinated_near(sentence: str, pos: int) -> re.Match | None:
    m = patterns()["coordinated"].search(sentence, pos)
    return m if m and m.start() - pos <= 2 else None


def grade_counts(sentence: str) -> list[tuple[str, int, int, int]]:
    """(grade, count, start, end) for grade counts stated in prose: "'good' in four areas"."""
    out = []
    for m in patterns()["count"].finditer(sentence):
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
        if count is None:
            continue
        tail = m.group(0)
        if not re.search(r"\b(?:areas?|questions?|pillars?|categories|of them|of the|of its)\b", tail, re.IGNORECASE) and \
                not re.match(r"\s*(?:[,;.]|and\b|others?\b)", sentence[m.end():]):
            continue
        out.append((grade_named(m.group("grade")), count, m.start(), m.start() + len(m.group(0).rstrip())))
    return out


def pillar_of(text: str) -> str | None:
    """The pillar a phrase names ("effective at keeping people safe" -> Effectiveness), if exactly one."""
    found = {p for p, words in PILLAR_WORDS.items()
             if re.search(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", text, re.IGNORECASE)}
    return found.pop() if len(found) == 1 else None
