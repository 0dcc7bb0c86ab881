"""What a number in a sentence measures: its subject (who or what is counted) and its measure (the attribute, as a
short noun phrase), read from the sentence's structure.

The forms, each with the phrase it gives:
- a share with "of": "73 percent of 999 calls were answered within 10 seconds" -> subject `999 calls`, measure
  `share of 999 calls answered within 10 seconds`; also "one in five Londoners think ...", "a third (35%) of officers";
- a count before its noun: "4,537 police officers", "1,809 allegations of misconduct were recorded" -> `number of ...`;
- the subject of a verb or copula: "the sanction detection rate for rape was 4.3%", "trust in the Met fell from 89%
  to 66%", "an overtime bill of £153 million" -> the noun phrase before the verb;
- a verb with its object: "the force answered 59.7% of 999 calls within 10 seconds", "spent £153m on overtime";
- a likelihood: "Black officers were 81% more likely to have allegations brought" -> `likelihood of Black officers ...`.
Where none of these holds the measure is null, never a fragment.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from pipeline import patterns as rx
from pipeline.periods import find_periods

# Words that end a noun phrase or a clause
FUNCTION_WORDS = frozenset(
    "a an the this that these those it its they them their there he she his her we our us you your i which who whom "
    "whose what and or but nor so yet of in on at by for from to with as than then also not no".split())
PRONOUNS = frozenset("this that these those it its they them their there he she his her we our us you your i which "
                     "who one".split())
AUXILIARIES = frozenset("is are was were be been being has have had do does did will would could should may might "
                        "can must shall".split())
LINKING_VERBS = ("is", "are", "was", "were", "be", "been", "stood at", "stands at", "remained at", "remained",
                 "remains", "reached", "totalled", "totaled", "totals", "amounted to", "amounts to", "equated to",
                 "equates to", "equalled", "represented", "represents", "accounted for", "accounts for",
                 "rose to", "rises to", "risen to", "fell to", "falls to", "fallen to", "increased to", "decreased to",
                 "dropped to", "grew to", "went up to", "went down to", "reduced to", "improved to", "declined to",
                 "rose by", "fell by", "increased by", "decreased by", "dropped by", "grew by", "reduced by",
                 "declined by", "went up by", "went down by", "improved by", "rose from", "fell from",
                 "increased from", "decreased from", "dropped from", "grew from", "reduced from", "declined from",
                 "improved from", "went up from", "went down from", "changed from", "moved from", "risen", "fallen",
                 "dropped", "decreased", "increased", "improved", "declined", "rose", "fell", "increased", "decreased", "dropped", "grew", "declined", "of", "at",
                 "costing", "costs", "cost", "worth", "valued at", "estimated at", "put at", "set at", "fell below",
                 "fallen below", "dropped below", "rose above", "risen above", "remained below", "remained above",
                 "stayed below", "stayed above", "below", "above", "dropped as low as", "fell as low as",
                 "fall as low as", "rose as high as", "rise as high as", "as low as", "as high as", "ran below",
                 "ran above", "ran at", "sat at", "sat below", "sat above", "hovered at", "hovered around",
                 "stood below", "stood above", "fell back to", "fallen back to", "rose back to", "risen back to",
                 "down", "varied between", "varied from", "varies between", "varies from", "ranged between", "ranged from",
                 "ranges between", "ranges from", "was between", "were between", "is between", "are between",
                 "averaged", "averages", "averaged at", "reach", "rise to", "fall to", "stand at")
NOUN_LINKS = ("of", "at", "costing", "worth", "valued at", "estimated at", "put at", "set at")
# "14 improvement programmes", "three change projects": a change word naming a kind of thing, not a change
NAMES_A_KIND = (r"(?!\s(?:programmes?|projects?|plans?|notices?|teams?|boards?|strateg(?:y|ies)|funds?|measures?|areas?|"
                r"actions?|activit(?:y|ies)|work|reviews?|targets?|requirements?)\b)")
CHANGE_NOUNS = re.compile(r"^(?:an?\s)?(?:(?:\w+\s)?(?:increase|decrease|rise|fall|drop|reduction|decline|growth|"
                          r"change|cut|uplift|improvement|deterioration))s?\b" + NAMES_A_KIND, re.IGNORECASE)
PERSON_HEADS = re.compile(
    r"(?:people|persons?|public|population|residents?|Londoners|respondents?|victims?|officers?|staff|employees?|"
    r"workforce|constables?|sergeants?|inspectors?|recruits?|probationers?|PCSOs?|volunteers?|specials?|members?|"
    r"individuals?|adults?|children|young people|women|men|girls|boys|survivors?|complainants?|suspects?|offenders?|"
    r"detainees?|prisoners?|citizens?|communities|leaders?|managers?|supervisors?|colleagues?|"
    r"counterparts?|groups?|participants?|applicants?|candidates?|users?|callers?|drivers?|students?|cadets?|"
    r"trainees?|detectives?|witnesses|graduates?|apprentices?|personnel|"
    r"[A-Z][a-z]+ers)$")
# "against" compares ("81%, against a target of 90%") except after the words it belongs to ("recorded against
# children", "violence against women and girls", "complaints against officers"); "used against them" ends the phrase
AGAINST_AS_COMPARISON = r"\b(?=against\b)" + "".join(rf"(?<!\b{word}\s)" for word in (
    "recorded", "used", "made", "brought", "taken", "committed", "directed", "upheld", "violence", "crimes", "offences",
    "complaint", "complaints", "allegations", "action", "proceedings", "force", "measures", "protection",
    "discriminated")) + r"against\b|\bagainst(?=\s(?:them|him|her|it|us|me)\b)"
CLAUSE_END = re.compile(
    r"[,;:()\[\]—–]|\s-\s|(?<!less\s)(?<!more\s)(?<!fewer\s)(?<!longer\s)(?<!shorter\s)\bthan\b|" + AGAINST_AS_COMPARISON + r"|"
    r"\b(?:compared|whereas|while|whilst|but|although|though|versus|which|"
    r"including|according|since|despite|up from|down from|an? (?:increase|decrease|rise|fall|drop|reduction))\b",
    re.IGNORECASE)
WORD = re.compile(r"£?[A-Za-z0-9][A-Za-z0-9'’\-/.,%\ue000]*(?<![.,])")
# the comma of a short list inside a phrase ("Black, Asian or minority ethnic"), kept apart from clause commas
LIST_COMMA = "\ue000"      # a private-use character: not whitespace to str.split(), unlike a control character
SHORT_LIST = re.compile(r"(?<=[A-Za-z]),\s(?=[A-Za-z][\w'’-]*(?:,\s[A-Za-z][\w'’-]*)*,?\s(?:and|or)\s)")
SPEND_VERBS = {"spent": "spending", "spends": "spending", "spend": "spending", "spending": "spending",
               "saved": "savings", "save": "savings", "saving": "savings", "invested": "investment",
               "invests": "investment", "received": "funding received", "receives": "funding received",
               "allocated": "allocation", "budgeted": "budget", "paid": "payments", "pays": "payments",
               "cost": "cost", "costs": "cost", "costing": "cost", "owed": "amount owed", "raise": "income raised",
               "raises": "income raised", "raised": "income raised", "generate": "income generated",
               "generated": "income generated", "awarded": "awards", "underspent": "underspend",
               "overspent": "overspend"}
PARTICIPLES = {"answered", "attended", "recorded", "arrested", "charged", "dismissed", "closed", "finalised", "resolved",
               "investigated", "reported", "referred", "made", "received", "completed", "assessed", "graded",
               "searched", "stopped", "detained", "convicted", "cautioned", "found", "held", "trained", "vetted",
               "recruited", "employed", "deployed", "solved", "handled", "dealt", "abandoned", "logged", "issued",
               "submitted", "screened", "filed", "upheld", "substantiated", "released", "returned", "sent", "given",
               "taken", "brought", "shown", "caught", "kept", "told", "seen", "written", "sought", "won", "lost"}
MONTH_NAMES = "(?:" + "|".join(calendar.month_name[1:]) + ")"
PERIOD_OR_PLACE = re.compile(
    r"^(?:in|during|for|over|since|by|as at|as of|at|on|between|from|across|throughout)\s(?:the\s)?(?:(?:year|financial year|"
    r"12 months|twelve months|period|same period|last|past|previous|next|first|final)\b|(?:that|this|the same)\s(?:date|time|year|"
    r"period|quarter)\b|(?:19|20)\d\d|(?:\d{1,2}\s)?" + MONTH_NAMES + ")", re.IGNORECASE)


# the words before the whole that a count is part of: "of the 300", "of its 40", "of the force's 9,800", "of
# Westshire's 300", "out of nearly 7,000"; the owner is kept as part of the group. Every part is optional.
NOUN_OUT_OF = r"(?:[a-z][\w-]*\s){1,4}?out\s"     # "640 officers out of 2,300": the part's noun before "out of"
WHOLE_DETERMINERS = (r"(?:(?P<owner>(?:the\s)?[A-Z][\w-]*(?:\s[A-Z][\w-]*)?['’]s\s|the\s[a-z]+['’]s\s)|the\s|all\s|these\s|"
                     r"those\s|its\s|their\s)?(?:(?:nearly|almost|around|about|some|approximately|just\s(?:over|under)|"
                     r"over|more\sthan)\s(?=\d|$))?")


def relative_pronoun(noun_phrase: str) -> str:
    """The relative pronoun for a noun phrase: "who" for people ("Respondents", "officers"), else "that"."""
    head = rx.split(r"\s(?:of|to|in|from|with|under|over|aged|at|for|across|on|who|that|which)\s", noun_phrase)[0]
    head = rx.sub(r"(?:\s[a-z]+(?:ed|ing))+$", "", head)          # "victims surveyed", "people living"
    return "who" if PERSON_HEADS.search(head) or PERSON_HEADS.search(head.lower()) else "that"


SURVEYED = re.compile(r"\b(?:survey|poll|questionnaire|consultation|interviews?|focus\sgroups?)\s(?:for\s[^,;:]{3,30}?\s)?(?:of|with|"
                      r"among|amongst)\s(?:(?:the|all|our|its|their|over|some|around|\d[\d,]*)\s)*(?=[A-Za-z])", re.IGNORECASE)
SURVEYED_AFTER = re.compile(r"(?:^|[,;:(]\s*|\b(?:of|among|amongst)\s)(?:(?:the|all|\d[\d,]*)\s)*(?P<group>[A-Za-z][\w'’ -]{2,50}?)\s"
                            r"(?:we|the\sReview|the\sreview|inspectors)\s(?:surveyed|interviewed|spoke\sto)\b")


POPULATION_CUE = re.compile(r"survey|poll|questionnaire|consultation|interview|focus group|spoke to", re.IGNORECASE)


COUNTED_LEAD_IN = re.compile(r"\b(?:of|reviewed|examined|analysed|analyzed|sampled|audited|checked)\s(?:the\s|all\s)?"
                             r"(?:\d[\d,]*\s)(?P<np>[a-z][\w'’-]*(?:\s[a-z][\w'’-]*){0,5}?s(?:\s(?:we|inspectors)\s[a-z]+ed)?)"
                             r"(?:\s(?:showing|show|shows|showed|found|which\sshowed|that\sshowed|where|in\swhich))?\s*:\s*$")


def population_of(text: str) -> str | None:
    """Who a passage's shares are of, where it names them once: 'In our survey of Londoners, ...', 'respondents to the
    survey of Met officers and staff', 'the officers we surveyed', 'Officers working on RASSO have burnout rates ...:'
    (a list's lead-in)."""
    if not POPULATION_CUE.search(text) and not text.rstrip().endswith(":"):
        return None             # most sentences name no survey: skip the searches
    surveyed = SURVEYED.search(text)
    after = SURVEYED_AFTER.search(text)
    if surveyed:
        group = _noun_phrase(text[surveyed.end():])
    elif after:
        group = after.group("group")
    elif COUNTED_LEAD_IN.search(text):      # "an analysis of 315 entries showing:", "Of the 60 files we reviewed:"
        group = COUNTED_LEAD_IN.search(text).group("np")
    elif text.rstrip().endswith(":"):
        group = _noun_phrase(rx.sub(r"^\W+", "", text))
        head = rx.split(r"\s(?:of|in|on|at|from|with|working|who|that|aged)\s", group)[0].split()[-1:] if group else []
        group = group if head and PERSON_HEADS.search(head[0]) else ""
    else:
        return None
    group = rx.sub(r"^(?:(?:of|among|amongst|the|all|\d[\d,]*)\s)+", "", group, flags=re.IGNORECASE)
    group = rx.split(r"\s(?:we|they|for|undertaken|conducted|carried|commissioned|run|during|about|asked|found|showed|"
                     r"shows|revealed|suggested|suggests|received|had|has|was|were|is|are|in\s(?:19|20)\d\d)\b", group)[0]
    group = _strip_determiners(_clean(group))
    if not group or is_fragment(group) or " and with " in group or rx.match(
            r"(?:[a-z]+ing|majority|most|many|some|half|several|few)\b", group, re.IGNORECASE):
        return None             # "interviews with officers and with victims", "the majority of officers"
    return group if group.split()[0].lower() not in PRONOUNS else None


def share_of_group(measure: str, group: str) -> str:
    """A share stated without its group, given the group: ("share that think X", "women") -> `share of women who
    think X`; ("share considered to be vulnerable", "cadets") -> `share of cadets considered to be vulnerable`."""
    rest = measure.split(" ", 1)[1]
    if rx.match(r"(?:that|who) ", rest):
        return f"share of {group} {relative_pronoun(group)} {rest.split(' ', 1)[1]}"
    if rx.match(r"(?:involved|described|mentioned|reported|included|related|showed|had|were|was|took|made|agreed|agree|"
                r"disagreed|disagree|thought|think|said|say|felt|feel|believed|believe)\b", rest):
        return f"share of {group} {relative_pronoun(group)} {rest}"      # "share involved X" -> "of entries that involved X"
    return f"share of {group} {rest}"


@dataclass
class Meaning:
    subject: str | None = None
    measure: str | None = None
    value_kind: str = "level"


def _clean(text: str) -> str:
    text = text.replace(LIST_COMMA + " ", ", ").replace(LIST_COMMA, ", ")
    text = rx.sub(r"(?<![A-Za-z])[‘'](?=[A-Za-z])([^‘’'\n]{1,60}?)[’'](?![A-Za-z])", r"\1", text)   # ‘unwanted behaviour’
    text = rx.sub(r"(?<=[A-Za-rt-z])’(?=[\s,;.]|$)", "", text)      # the close of a quotation whose opening was cut off
    text = rx.sub(r"\s+", " ", text.replace("*", "").replace("’", "'")).strip(" ,.;:'\"‘“”-–•")
    return text


def _strip_determiners(phrase: str) -> str:
    phrase = rx.sub(r"^(?:(?:the|a|an|all|these|those|its|their|our|this|that|some|such|any|each|every|of)\s)+", "",
                    phrase, flags=re.IGNORECASE).strip()
    return rx.sub(r"^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(?!(?:thirds|quarters|fifths|"
                  r"tenths|times|in)\b)(?=[\w'’-]+s\b)", "", phrase, flags=re.IGNORECASE)    # "three of the four deaths"


def is_fragment(phrase: str | None) -> bool:
    """A measure that says nothing: empty, a pronoun, a determiner, a single function word, or no content word."""
    if not phrase:
        return True
    words = [w.lower() for w in rx.findall(r"[A-Za-z0-9][A-Za-z0-9'’\-]*", phrase)]
    content = [w for w in words if w not in FUNCTION_WORDS and w not in AUXILIARIES and w not in PRONOUNS
               and w not in {"more", "less", "likely", "share", "number", "per", "cent", "percent", "low", "high",
                             "lower", "higher", "around", "about", "over", "under", "some", "most", "many", "few",
                             "only", "just", "nearly", "almost", "do", "so", "having", "being"}
               and not rx.fullmatch(r"[\d,.'’-]+", w)]
    return not content


BROKEN_START = frozenset("and or but nor of in on at by to for with from per than as is are was were be been has have "
                         "had what when while whilst whereas although though because unless which who whom that this "
                         "these those it they saying fell rose ran grew dropped declined".split())
BROKEN_END = frozenset("a an the of without than and or but that which who whom is are was were be been can can't "
                       "cannot could would will should its their this these comprising including such they we he she".split())


CUT_INSIDE = re.compile(r"\b(?:who|that|which)\s(?:and|or)\b|\b(?:it|them|this|that|they|us)\)$")


def is_broken(phrase: str | None) -> bool:
    """A subject or measure cut out of its clause at the wrong places, which would mislead a user filtering on it:
    it opens with a conjunction, preposition, auxiliary or pronoun ("in Firearms Command", "was expected to",
    "What followed"), its head is followed by another function word ("share of in ...", "change in and ..."), it
    ends on a word that needs more after it ("... comprising", "... without"; a stranded preposition such as "the
    forces it shares borders with" is fine), or it holds markup."""
    if not phrase:
        return False
    words = phrase.split()
    first, last = words[0].lower().strip("‘’'\"("), words[-1].lower().strip("‘’'\").,")
    if first in BROKEN_START or last in BROKEN_END or "<" in phrase:
        return True
    if last == "it" and len(words) > 1 and words[-2].lower() not in FUNCTION_WORDS and \
            not rx.search(r"(?:ed|e|s|ing)$", words[-2].lower()):
        return True             # "the more diverse city it": the subject of a clause cut off, not an object
    if (" and" in phrase or " or" in phrase or phrase.endswith(")")) and CUT_INSIDE.search(phrase):
        return True             # "share of officers across England who and Wales", "(Several Sergeants told us it)"
    return bool(rx.match(
        r"(?:share|number|change|amount|proportion|time) (?:of|in) (?!(?<= in )which\b)(?:in|on|at|and|or|of|to|by|for|"
        r"with|from|that|who|which)\b", phrase, re.IGNORECASE))


def _clause_after(text: str, limit: int = 110) -> str:
    """The words after a number up to the end of its clause."""
    if len(text) > limit and text[limit].isalnum() and " " in text[:limit]:
        limit = text.rfind(" ", 0, limit)               # never end inside a word
    text = text[:limit]
    m = CLAUSE_END.search(text)
    if m and m.start() > 0:
        text = text[:m.start()]
    elif m:
        text = ""
    for m in rx.finditer(r"\s(?:\d[\d,.]*\s?(?:%|per\s?cent|percent)|\d{1,3}(?:,\d{3})+|£)|\s(?:and|or)\s(?:(?:only|just|"
                         r"around|about|nearly|almost|some)\s)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"eleven|twelve)\s(?:were|was|are|is|had|have|as)\b)", text):
        if not rx.search(r"\bbetween\s\d[\d,.]*$", text[:m.start()]):    # "aged between 10 and 15": one condition
            return text[:m.start()]
    return text


LIST_COMMA_AFTER = re.compile(r"\s(?:[A-Za-z][\w'’-]*,?\s){1,2}(?:and|or)\s(?!(?:the|a|an|this|that|it|they|we|there|its|their)\b)"
                              r"[A-Za-z][\w'’-]*(?:\s[A-Za-z][\w'’-]*){0,6}\s(?:is|are|was|were|has|have|had|rose|fell|"
                              r"increased|decreased|grew|dropped|declined|remained|stood|reached|doubled|halved|made\sup|"
                              r"make\sup|accounted|account|represented|represent)\b")
OXFORD_COMMA = re.compile(r"\b[A-Z][a-z]+,\s[A-Z][a-z]+$")


def _clause_before(text: str) -> str:
    """The words before a number back to the start of its clause ("X was 5% and Y was" -> "Y was")."""
    cut = 0
    masked = text
    for p in find_periods(text):
        masked = masked[:p.char_start] + "_" * (p.char_end - p.char_start) + masked[p.char_end:]
    text_ = text
    text = masked
    for m in rx.finditer(r"[;:()\[\]—]|,(?!\d{3})|\s[–-]\s|\b(?:but|while|whilst|whereas|which|compared with|"
                         r"compared to|(?<!more\s)(?<!less\s)(?<!fewer\s)than)\s|\band\s", text):
        if m.group().strip() == "and" and not rx.search(r"\d|£", text[cut:m.start()]):
            continue
        if m.group().strip() == "and" and rx.match(r"\s*(?:over|above|older|under|below|younger)\s(?:was|were|is|are|had|has)\b",
                                                    text[m.end():]):
            continue                    # "victims aged 70 and over was"
        if m.group() == "," and rx.search(r"[A-Za-z]{3}$", text[:m.start()]) and LIST_COMMA_AFTER.match(text[m.end():]):
            continue                    # "satisfaction among Black, Asian and minority ethnic victims was"
        if m.group() == "," and OXFORD_COMMA.search(text[:m.start()]) and rx.match(r"\s(?:and|or)\s", text[m.end():]):
            continue                    # "recruits from Black, Asian, and ethnic minority groups rose"
        cut = m.end()
    return text_[cut:]


OUT_OF_WHOLE = re.compile(r"out\sof\s(?:(?:just|around|about|nearly|almost|over|under|some|more\sthan|less\sthan)\s)*"
                          r"\d[\d,.]*(?:\s?(?:million|thousand))?(?:\s*\([^)]*\))?", re.IGNORECASE)
ABBREVIATION = re.compile(r"\s\((?:[A-Z][A-Za-z]{0,2}){1,3}s?\)(?=\s[a-z])")
_NP_STOP = frozenset("who that which whose where when than compared while whilst because since despite if whereas "
                     "though although but".split())


ACTIVE_OBJECT = re.compile(r"\s(?:the|a|an|their|its|his|her|our)\s(?!(?:previous|last|next|same|following|first|past)\b|"
                           r"(?:year|month|week|day|quarter)s?\b)")


REPORTING_PARTICIPLES = frozenset("saying reporting feeling thinking agreeing believing rating".split())


IN_A_TIME = re.compile(r"in\s(?:under\s|less\sthan\s)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|"
                       r"twenty|thirty|sixty)\s(?:seconds?|minutes?|hours?|days?|weeks?)\b", re.IGNORECASE)    # "calls in 10 seconds"


def _noun_phrase(text: str) -> str:
    """The noun phrase at the start of `text`: up to a verb, a relative word, a time phrase or the clause end."""
    text = ABBREVIATION.sub("", text)                 # "full-time equivalent (FTE) police officers"
    words: list[str] = []
    for m in WORD.finditer(text):
        w = m.group()
        lw = w.lower()
        gap = text[m.start() - 1:m.start()] if m.start() else ""
        if words and rx.search(r"[.!?][\d¹²³⁰⁴-⁹]*\s+$", text[max(0, m.start() - 8):m.start()]) and w[0].isupper():
            break                                   # "of the population.²⁵⁰ In 2020-21": the next sentence
        if words and rx.search(r"\s[–—]\s$", text[max(0, m.start() - 3):m.start()]):
            break                                   # "520 shifts to backfill – most are ...": a dash ends the phrase
        if words and (gap in ",;:()" or rx.search(r"[,;:()][¹²³⁴⁵⁶⁷⁸⁹⁰]*\s*$", text[:m.start()])):
            if not (rx.search(r",\s*$", text[:m.start()]) and w[0].isupper() and all(x[0].isupper() for x in words)):
                break
            words[-1] += LIST_COMMA         # "Black, Asian and minority ethnic respondents": a list of names, comma kept
        if words and w[0].isupper() and lw in _VERB_AFTER_NOUN:
            words.append(w)                         # "Asian Met survey respondents": a name, not the verb
            continue
        than_in_phrase = lw == "than" and words and words[-1].lower() in ("less", "more", "fewer")   # "less than two years"
        if lw in AUXILIARIES or lw in _NP_STOP and not than_in_phrase or lw in ("within", "during") or \
                lw == "in" and IN_A_TIME.match(text[m.start():]) or (PERIOD_OR_PLACE.match(text[m.start():]) and lw in (
                "in", "during", "for", "over", "since", "by", "at", "on", "between", "from", "as", "across", "throughout")):
            break
        if words and lw in ("that", "this") and rx.match(r"\s(?:year|month|quarter|period|week|day)\b", text[m.end():]):
            break                                   # "of the force's pay bill that year"
        if lw in ("and", "or") and rx.match(r"\s*(?:(?:a|an|the|its|their)\s)?(?:(?!per\s)[\w'’-]+\s){0,3}?(?:of\s)?"
                                            r"(?:£|\d{1,3}(?![\d])(?!\s" + MONTH_NAMES + r"\b))|\s*(?:(?:only|just|almost|nearly|over|around)\s)?"
                                            r"(?:(?:a|one|two|three)[\s-](?:third|quarter|fifth|tenth)s?|half|"
                                            r"(?:one|two|three|four|five|six|seven|eight|nine)\sin\s\w+)\b", text[m.end():]):
            break
        if words and lw == "to" and rx.match(r"\s(?:(?:around|about|nearly|almost|just|over|some)\s)?(?:£\d|[\d.]+\s?(?:%|per\s?cent|"
                                             r"percent)(?!\w))", text[m.end():]):
            break                                   # "from 4% of all complaints to 6%": the end of a change
        if words and (lw == "as" and rx.match(r"as\swell\sas\b", text[m.start():], re.IGNORECASE) or
                      lw == "no" and words[-1].lower().endswith("s")):
            break                                   # "165 case files as well as 20 cautions", "of instances no action was"
        if words and lw in REPORTING_PARTICIPLES and \
                words[-1].lower() not in ("of", "the", "a", "an"):
            break                                   # "78% of residents saying they had confidence"
        if words and lw.endswith("ing") and rx.match(r"\s*:", text[m.end():]):
            break                                   # "analysis of 315 entries showing:"
        if lw == "out" and OUT_OF_WHOLE.match(text[m.start():]):
            break                                   # "6,100 officers out of just over 31,000"
        if words and lw in PARTICIPLES and words[-1].lower() not in ("of", "the", "a", "an"):
            break
        if words and rx.fullmatch(r"[a-z]+ed", lw) and (words[-1].endswith("s") or PERSON_HEADS.search(words[-1])) and \
                ACTIVE_OBJECT.match(text[m.end():]):
            break                                   # "officers joined the force": a verb with its object
        if len(words) >= 3 and (lw in _VERB_AFTER_NOUN | _BE or rx.fullmatch(r"[a-z]{3,}ed|had|held|showed|made", lw)) and \
                words[-2].lower() in ("we", "they", "inspectors", "i") and rx.fullmatch(r"[a-z]+(?:ed|en)|saw|took|met|spoke",
                                                                                      words[-1]):
            break                                   # "the 90 case files we reviewed showed ...": the main verb
        if words and lw in _VERB_AFTER_NOUN and lw not in _BE and ACTIVE_OBJECT.match(text[m.end():]):
            break                                   # "respondents in the force area rated their local police"
        if words and lw in REPORTING_VERBS and rx.match(r"\s(?:that\s)?(?:they|he|she|it|we|there)\b", text[m.end():]) and \
                not rx.match(r"\s(?:we|they)\s[a-z]+ed\b", text[m.end():]):      # not "reports we reviewed"
            break                                   # "respondents to the victim survey said they had ..."
        if words and lw == "against" and RESOURCE_AGAINST.match(text[m.end():]):
            break                                   # "14 staff in post against an establishment of 19"
        if words and lw.endswith("s") and lw in _VERB_AFTER_NOUN and rx.match(r"\s*(?:[.;:)]|,\s(?:and|but)\b|$)", text[m.end():]):
            words.append(w)                         # "8,800 missing person reports.": the plural noun ends the clause
            break
        if words and lw in _VERB_AFTER_NOUN and (words[-1].endswith("s") or words[-1][0].isupper()
                                                 or words[-1].lower() in ("staff", "people", "police", "public")
                                                 or PERSON_HEADS.search(words[-1])) and \
                not rx.match(r"\s(?:we|they|inspectors)\s[a-z]+ed\b", text[m.end():]):
            break                                   # not "missing person reports we reviewed": a noun, then its verb
        words.append(w)
        if len(words) >= 9:
            break
    while words and words[-1].lower() in FUNCTION_WORDS:
        words.pop()
    return " ".join(words)


def _phrase_end(text: str, phrase: str) -> int:
    """Where `phrase`, read from the start of `text` by `_noun_phrase` (which drops commas), ends in `text`."""
    at = 0
    for word in phrase.replace(LIST_COMMA, " ").split():
        found = text.find(word, at)
        if found < 0:
            return len(text)
        at = found + len(word)
    return at


_VERB_AFTER_NOUN = frozenset(
    "trust think believe feel felt said say says agree agreed agrees thought report reported reports told tell rated rate "
    "rates worked work works had have has received receive receives waited wait waits experienced experience "
    "experiences took take takes saw see sees considered consider considers expressed express knew know knows "
    "described describe describes were was are is did do does lived live lives wanted want wants needed need "
    "identified identify identifies stated state states left leave leaves gave give gives spent spend spends "
    "included include includes involved involve involves resulted result results led lead leads related relate "
    "relates ended end ends came come comes went go goes fell fall falls rose rise rises remained remain remains "
    "declined decline declines increased increase increases decreased decrease decreases named name names cited cite "
    "cites chose choose chooses selected select selects ranked rank ranks mentioned mention mentions disagree disagrees "
    "disagreed make makes made account accounts accounted represent represents represented comprise comprises "
    "share shared cover covered serve served met meet meets showed show shows kept keep keeps held hold holds won "
    "lost paid sent responded respond responds answered replied completed joined resigned retired".split())

REPORTING_VERBS = frozenset("said say says told reported report reports think thought feel felt believe believed agree "
                            "agreed".split())
RESOURCE_AGAINST = re.compile(r"\s(?:an?|the|its|their)\s(?:[a-z]+\s)?(?:establishment|target|budget|average|figure|standard|"
                              r"requirement|benchmark|baseline|capacity|plan|allocation)\b")

QUALIFIER_WORDS = frozenset("around about over under some only just nearly almost approximately roughly".split())
_HAVE = frozenset("had have has".split())
IRREGULAR_PARTICIPLES = frozenset("felt been seen had made taken got lost left heard known thought met become spent "
                                  "come gone done led paid sought told".split())
# verbs before "N% of X" that say how much X is, not what was done to X
NOT_DONE_TO = frozenset("increased decreased reduced represented accounted comprised formed exceeded equalled totalled "
                        "amounted dropped declined improved rated rose fell stood remained constituted averaged "
                        "estimated expected needed wanted required planned aimed hoped used showed suggested indicated revealed "
                        "noted concluded confirmed stated claimed argued warned believed agreed disagreed".split())
OVERSPENT_BY = re.compile(r"(?:^|[,;:]\s|\b(?:and|but|while)\s)\W*(?P<what>[A-Za-z][^,;:()]{2,60}?)\s(?:was|were|is|are|has\sbeen|"
                          r"had\sbeen|have\sbeen)\s(?:(?:also|again)\s)?(?P<way>over|under)spent\sby\s(?:(?:around|about|nearly|almost|"
                          r"just|over|some)\s)?$", re.IGNORECASE)
PASSIVE_WITH_PREPOSITION = re.compile(r"\b(?:was|were|is|are|been)\s(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) +
                                      r")(?:\s(?!to\b|for\b|on\b|with\b|against\b)[\w'’-]+){0,6}?\s(?P<prep>to|for|on|with|"
                                      r"against)$")     # "checks were completed within the target for": for which
PAST_WITH_OBJECT = frozenset("set put cut gave took held kept won saw sent".split())    # "set a precept of £301.15"
_BE = frozenset("were was are is been being be".split())


def _predicate(text: str) -> tuple[str, str]:
    """The verb phrase after a noun phrase and the auxiliary it started with: 'were answered within 10 seconds' ->
    ('answered within 10 seconds', 'were'); 'trust the Met' -> ('trust the Met', '')."""
    text = rx.sub(r"\s\((?![^)]*\d)[^()]{1,40}\)", "", text)     # "backgrounds (including mixed) are": an aside
    text = SHORT_LIST.sub(LIST_COMMA, text)                        # "are Black, Asian or from other ethnic minorities"
    text = rx.sub(r"(?<![A-Za-z])['‘]([A-Za-z][^'’‘\n]{0,40}?)['’](?![A-Za-z])", r"\1", text)   # "had 'often' worked"
    text = _clause_after(text, 120).strip()
    opening = PERIOD_OR_PLACE.match(text)
    if opening:                                         # "in 2019 (51%), increasing to ...": a period, not a predicate
        period = find_periods(text[:60])
        if period and period[0].char_start <= 3:
            text = text[period[0].char_end:].strip()
    aux = ""
    text = rx.sub(r"^(?:(?:that|which)\s)?(?:it|they|we|he|she|the force)\s[a-z]+\s", "", text)   # "calls it received were"
    m = rx.match(r"^((?:(?:had|have|has|were|was|are|is|been|being|be|would|could|will|did|do|does|also|still|now)\s)+)",
                 text, re.IGNORECASE)
    if m:
        chain = m.group(1).lower().split()
        aux = " ".join(chain[:2]) if chain[:2] in (["had", "been"], ["have", "been"], ["has", "been"]) else chain[0]
        text = text[m.end():]
        if aux in ("do", "does", "did") and rx.match(r"not\s", text):
            aux, text = "", f"{aux} {text}"              # "do not think": the negation stays with its verb
    if rx.match(r"(?:and|or|but)\s(?:(?:a|an|one|two|three|half|around|about|nearly|almost|over|just)\b|\d|£)", text):
        return "", aux                                   # "17% of all crime and a third of violent crime": another figure
    words = []
    for m in WORD.finditer(text):
        w = m.group()
        if PERIOD_OR_PLACE.match(text[m.start():]) and words:
            break
        if words and rx.search(r"[,;:()]\s*$", text[:m.start()]):
            break
        if words and w.lower() in ("and", "but", "while", "whereas") and rx.match(
                r"\s(?:(?:a\sfurther|another|only|just|some|around|about|nearly|over)\s)?(?:£\d|\d)", text[m.end():]) and \
                not rx.search(r"\bbetween\s\S+\s$", text[:m.start()]):
            break                                        # "were dismissed and a further 14 resigned": another number's
        words.append(w)
        if len(words) >= 20 + (aux == "" and text.startswith(("do not", "does not", "did not"))) * 2:
            break
    while words and words[-1].lower() in FUNCTION_WORDS | AUXILIARIES or len(words) > 2 and \
            words[-1].lower() in QUALIFIER_WORDS and words[-2].lower() in ("and", "or", "but", "while"):
        words.pop()                                      # "from ethnic minority backgrounds and over [40 percent]"
    if words and all(w.lower() in FUNCTION_WORDS | AUXILIARIES | QUALIFIER_WORDS for w in words):
        return "", aux                                   # "in 2013-14 to around": no predicate
    return " ".join(words), aux


NOUN_IN_EN = re.compile(r"[a-z]*(?:wo)?men|children|citizen|garden|kitchen|screen|token|often|even|open|seven|eleven|"
                        r"teen|sixteen|seventeen|eighteen|nineteen|fifteen|fourteen|thirteen", re.IGNORECASE)


def _relative(subject: str, predicate: str, aux: str) -> str:
    """Join a counted noun phrase and what is said of it as a noun phrase: 'calls answered within 10 seconds',
    'Londoners who trust the Met', 'officers with less than five years' service', 'officers who are women'."""
    if not predicate:
        return subject
    first = predicate.split()[0].lower()
    words = predicate.split()
    if first in REPORTING_PARTICIPLES:
        return f"{subject} {predicate}"                           # "residents saying they had confidence"
    if rx.match(r"(?:led|resulted|ended)\s(?:to|in)\b", predicate) and not aux:
        return f"{subject} {relative_pronoun(subject)} {predicate}"        # "hearings that led to dismissal"
    if first == "no" and rx.search(r"\b(?:was|were|had\sbeen)\s[a-z]+(?:ed|en)\b", predicate):
        return f"{subject} in which {predicate}"               # "instances no further action was taken"
    if len(words) > 1 and (first in PARTICIPLES or first.endswith("ed")) and words[1].lower() in _VERB_AFTER_NOUN:
        return f"{subject} {words[0]} {relative_pronoun(subject)} {' '.join(words[1:])}"      # "employees surveyed who disagree"
    active = len(words) > 1 and (words[1].lower() in ("their", "its", "his", "her", "our", "them", "it", "a", "an") or
                                 words[1].lower() == "the" and not rx.match(r"(?:same|following|next|previous|first|last|"
                                                                           r"day|week|month|year)\b", " ".join(words[2:3])))
    # "rented their homes", "completed an annual appraisal": a verb with its object, not a participle
    who = relative_pronoun(subject) if subject else "who"
    main_verb = r"(?:have|has|had|are|is|were|was|think|thinks|thought|feel|feels|felt|believe|believes|say|says|said|" \
                r"agree|agrees|agreed|disagree|disagrees)"
    if first in ("in", "on", "at", "with", "without", "from", "for", "under", "over") and \
            rx.search(rf"\s{main_verb}\s", predicate):      # "with a disability have experienced", "in London think"
        return f"{subject} " + rx.sub(rf"\s(?={main_verb}\s)", f" {who} ", predicate, count=1)
    two_verbs = rx.match(r"(?P<part>[a-z]+(?:ed|en)\s(?:by|in|on|at|from|for|with|under|during)\s[^,;]*?)\s(?P<verb>(?:resulted|"
                         r"led|ended|received|required|involved|had|were|was|took|went|met)\b.*)$", predicate) if not aux else None
    if two_verbs:           # "offences recorded by the police that resulted in a charge"
        return f"{subject} {two_verbs.group('part')} {relative_pronoun(subject)} {two_verbs.group('verb')}"
    if rx.search(r"\b(?:we|they|inspectors|I|you)\s(?:[a-z]+ed|saw|took|met|spoke\sto)$", subject) and \
            rx.fullmatch(r"[a-z]+ed|showed|took|made|met|found|had", first):
        return f"{subject} {relative_pronoun(subject)} {predicate}"    # "case files we reviewed that showed ..."
    if not active and (first in PARTICIPLES or rx.fullmatch(r"[a-z]+(?:ed|en)", first) and not NOUN_IN_EN.fullmatch(first)
                       and aux not in _HAVE) or first in (
            "in", "on", "at", "with", "without", "from", "for", "under", "over", "per", "within", "who", "that"):
        return f"{subject} {predicate}"
    who = relative_pronoun(subject)
    if aux.endswith(" been"):
        return f"{subject} {who} {aux} {predicate}"                 # "people who had been missing before"
    if aux in _HAVE:
        verb = words[1].lower() if len(words) > 1 and rx.fullmatch(r"[a-z]+ly|often|always|never|ever|not|also|already|"
                                                                   r"sometimes|recently|previously", first) else first
        if (rx.fullmatch(r"[a-z]+(?:ed|en)", verb) or verb in IRREGULAR_PARTICIPLES) and verb not in PARTICIPLES:
            return f"{subject} {who} {aux} {predicate}"             # "have experienced bullying", "have felt unwell"
        return f"{subject} with {predicate}" if first not in PARTICIPLES else f"{subject} {predicate}"
    if aux in _BE:
        return f"{subject} {who} {'are' if aux in ('are', 'were', 'be', 'been') else 'is'} {predicate}"
    return f"{subject} {who} {predicate}"


_NP_BREAK = re.compile(r"[,;:()]")
CHANGED_SUBJECT = re.compile(
    r"(?P<np>[^,;:()]+?)\s(?:(?:has|have|had|is|are|was|were)(?:\s(?:been|now|also))?\s|(?:will|would|could|may|might)"
    r"\s(?:also\s)?|(?:is|are|was|were)\s(?:forecast|projected|expected|set|due|likely|planned)\sto\s)?(?:\w+ly\s)?(?:in\s)?"
    r"(?:(?:more than|almost|nearly|over|roughly|around|about)\s)?"
    r"(?:declin|fall|fell|ris|rose|increas|decreas|drop|grow|grew|doubl|tripl|trebl|halv|reduc|improv|went (?:up|down)|peak|"
    r"fluctuat|hover|plateau)"
    r"\w*(?:\s(?:over time|again|back|steadily|sharply|significantly|slightly|in size|in number))?"
    r"(?:\s(?:over|in|during|within)\s(?:the\s)?(?:(?:last|past)\s)?(?:\w+\s)?(?:years?|months?|decades?))?\s*,?\s*"
    r"(?:by\s(?:(?:over|around|about|nearly|almost|some|more than|less than)\s)?[\d.,]+\s?(?:%|per\s?cent|percent)?\s)?"
    r"(?:(?:from|to|by|at|as\slow\sas|as\shigh\sas)\b\s*(?:[\w,.]+\s(?:to|and)\b\s*)?)?(?:(?:a low|a high|a peak|a total|an average|a low point|"
    r"a high point|a record low|a record high|a new low|a new high) of)?\s*"
    r"(?:(?:over|around|about|nearly|almost|some|just|more than|less than|below|above|under|just over|just under)\s?)?$",
    re.IGNORECASE)



def _search_np(pattern: re.Pattern, text: str) -> re.Match | None:
    """`pattern.search(text)` in linear time, for a pattern that opens with a noun phrase free of [,;:()]
    (`(?P<np>[^,;:()]+?)`): a match starting inside a run without those would match from the run's start too, so only
    run starts need trying. Trying every start, as search does, costs time quadratic in the text (0.3 s for a clause
    of 1,500 characters)."""
    for start in [0, *(m.end() for m in _NP_BREAK.finditer(text))]:
        m = pattern.match(text, start)
        if m is None and text[start:start + 1] == " ":     # a pattern whose phrase opens with a letter: "In the
            m = pattern.match(text, len(text) - len(text[start:].lstrip(" ")))    # same year, Black people were"
        if m:
            return m
    return None

LINKED_SUBJECT = re.compile(
    r"^(?P<np>.*?)(?<!\bwho)(?<!\bthat)(?<!\bwhich)\s(?:(?:has|have|had)\s(?:now\s|also\s|since\s)?(?:been\s)?|(?:is|was|are|were)\s(?:now\s)?|"
    r"(?:is|are|was|were)\s(?:forecast|projected|expected|set|due|likely|planned)\sto\s|"
    r"(?:will|would|could|may|might|can)\s(?:(?:now|also|still)\s)?)?(?:"
    + "|".join(re.escape(v) for v in sorted((v for v in LINKING_VERBS if v not in NOUN_LINKS), key=len, reverse=True))
    + r")(?:\s(?:[\w'’-]+\s){0,4}?(?:of|at|around|about|an estimated|approximately|nearly|almost|just|over|under|"
      r"some|only|roughly|more than|less than|fewer than|by|to|from|below|above|under)|\s(?:now|still|currently|also))?\s*$",
    re.IGNORECASE)      # "Officer numbers are now 7% higher"


QUANTITY_NOUNS = frozenset("proportion percentage share number rate level amount average total volume".split())


def _subject_before(before: str) -> str | None:
    """The noun phrase a clause states the number of: 'the sanction detection rate for rape was' ->
    'sanction detection rate for rape'."""
    before = rx.sub(r",\s(?:excluding|including|except|not including)\b[^;:.]*,(?=[^,]*$)", "", before)  # ", excluding HR, ...,"
    before = rx.sub(r",\s(?:which|who)\s[^,;:()]{3,100},(?=[^,]*$)", "", before)     # "Overtime, which peaked at £4m, will drop to"
    inside = rx.search(r"^(?P<np>.*?),\s(?:which|who)\s(?:had\s|has\s|have\s)?(?:[a-z]+ed|rose|fell|grew|stood|was|were|is|are)"
                       r"(?:\s(?:at|to|by|from))?\s(?:(?:around|about|nearly|almost|over|just|some)\s)?$", before)
    if inside and not rx.search(r"[,;:]", inside.group("np")):      # "Overtime spending, which peaked at £4.07m"
        np = _strip_determiners(_clean(_noun_phrase(inside.group("np"))))
        if np and not is_fragment(np) and np.split()[0].lower() not in PRONOUNS:
            return np
    before = rx.sub(r"\s\((?:(?![^)]*\d)[^()]{1,60}|(?:grade|priority|category|band|tier|level|type|stage|section|"
                    r"schedule)\s\w{1,3})\)(?=[^()]*$)", "", before, flags=re.IGNORECASE)  # "crimes (known as ...) was", "(grade 1)"
    clause = SHORT_LIST.sub(LIST_COMMA, _clause_before(before).strip())    # "the proportion of Black, Asian and ..."
    if rx.match(r"(?:regardless|irrespective)\sof\b", clause) and "," in before:
        clause = (_clause_before(before[:before.rfind(",")]).strip() + LIST_COMMA + " " + clause).strip()   # "fairly, regardless of"
    if rx.fullmatch(r"(?:from|to|by|at)?", clause) and "," in before:      # "has been declining, from 1,300", "lower, at"
        clause = (_clause_before(before[:before.rfind(",")]).strip() + " " + clause).strip()
    elif rx.fullmatch(r"(?:from|to|by)?", clause) and rx.search(r"\(\s*(?:from|to|by)?\s*$", before):
        outer = rx.sub(r"\s\((?![^)]*\d)[^()]{1,60}\)", "", before[:before.rfind("(")])   # "Sergeants (supervisory ranks)"
        clause = (_clause_before(outer).strip() + " " + clause).strip()   # "Constables (from 76%"
    clause = rx.sub(r"^\W*(?:this|that|it|which)\s(?:is|was|represents|represented)\s(?:an?|the)\s(?=.*\s(?:of|at)$)", "",
                    clause, flags=re.IGNORECASE)                # "This is a churn rate of 45%"
    rate = rx.search(r"\b(?:in\s)?(?:the\s)?(?P<np>(?:total\s)?(?:number|proportion|percentage|share|rate|level|amount|"
                     r"size|cost|volume)\sof\s[^,;:()]+?)\s*,?\s*(?:from|to)?\s*$", clause, re.IGNORECASE)
    m = rate if rate and rx.search(r"\b(?:from|to)$", clause) and not rx.search(
        r"\b(?:has|have|had|been|fell|fallen|rose|risen|grew|grown|halved|doubled|\w+ing|\w+ed)\b",
        rate.group("np").split(" of ", 1)[1]) else None        # "in the proportion of officers who are Constables (from 76%"
    m = m or LINKED_SUBJECT.search(clause)
    if not m:
        m = _search_np(CHANGED_SUBJECT, clause)
    if not m:           # "a reduction of two-thirds in the number of Special Constables, from 5,317"
        m = rate
    if not m:           # "an overtime bill of £153 million", "This is a churn rate of 45%"
        clause = rx.sub(r"^\W*(?:this|that|it|which)\s(?:is|was|represents|represented|gives|gave)\s(?:an?\s|the\s)?", "",
                        clause, flags=re.IGNORECASE)
        m = rx.search(r"^(?P<np>.*)\s(?:" + "|".join(re.escape(v) for v in NOUN_LINKS) + r")\s*$", clause, re.IGNORECASE)
        if m and rx.search(r"\b(?:rose|fell|risen|fallen|increased|decreased|declined|dropped|grew|grown|went|has|"
                           r"have|had|is|are|was|were)\b", m.group("np"), re.IGNORECASE):
            change_in = rx.search(r"\b(?:an?\s)?(?:(?:overall|further|small|slight|large|significant|sharp|marked)\s)?"
                                  r"(?P<chg>increase|rise|fall|decrease|reduction|drop|decline|growth)\sin\s(?P<what>[a-z][\w'’ -]{2,60})$",
                                  m.group("np"), re.IGNORECASE)
            if change_in:                  # "there was an overall increase in RUI cases of 6.5 percent"
                return _clean(f"{change_in.group('chg').lower()} in {_strip_determiners(change_in.group('what'))}")
            set_np = rx.search(r"\b(?:has|have|had|will|would)\s(?:been\s)?(?:set|agreed|approved|announced|proposed|"
                               r"identified|planned|made|delivered|reported|recorded|showed|shown|found|secured|"
                               r"received)\s(?:an?|the|its|their)\s(?P<np>[a-z][\w'’ -]{2,60})$", m.group("np"))
            if set_np and not rx.search(r"\b(?:rose|fell|increased|decreased|is|are|was|were)\b", set_np.group("np")):
                return _strip_determiners(_clean(set_np.group("np")))    # "has set a net revenue budget of £412.5m"
            return None
        if m:               # "which show the force achieving an overall satisfaction rate of": the noun phrase after the verb
            words = m.group("np").split()
            verbs = [i for i, w in enumerate(words[:-1]) if rx.fullmatch(r"[a-z]+ing|shows?|showed|gives?|gave|puts?|achieved|reached|"
                                                                          r"recorded|reported|had|has|have", w)
                     and not (i and words[i - 1].lower() in ("a", "an", "the", "its", "their"))]    # "a leaving rate"
            if verbs:
                return _subject_before(rx.split(r"\s(?:a|an)\s", " " + " ".join(words[verbs[-1] + 1:]))[-1] + " of ")
    if not m:
        return None
    np = rx.sub(r"\s(?:has|have|had|is|was|are|were)(?:\s(?:been|now|actually|currently|still|in\sfact))?$", "",
                m.group("np"))
    if rx.search(r"\b(?:aims?|aimed|plans?|planned|wants?|intends?|hopes?|expects?|needs?|seeks?)\sto$", np):
        return None                     # "The force aims to reach 40%": an aim, read as a target elsewhere
    if rx.fullmatch(r"(?:.*\s)?[a-z]+ing", np) and rx.search(r"\sdown\b", m.group(0)):
        return None                     # "but dipping down to 18,867": a verb, not what is counted
    np = rx.sub(r"\s(?:has|have|had)\s(?:also\s)?(?:varied|changed|fluctuated)\b.*$", "", np)   # "... has varied since then, with"
    np = rx.sub(r"^((?:the\s)?(?:total\s)?(?:number|proportion|percentage|share|rate|level|amount|volume)\sof\s.+?)\s(?:(?:has|have|"
                r"had)\s(?:(?:also|since|now|more\sthan|almost|nearly)\s)*(?:risen|fallen|increased|decreased|doubled|halved|"
                r"tripled|grown|declined|dropped|gone\s(?:up|down))|rose|fell|increased|decreased|grew|declined|dropped|"
                r"went\s(?:up|down))\b.*$", r"\1", np)   # "The number of X has doubled since 2019 to", "The proportion of X rose by"

    np = rx.sub(r"^(?:(?:in|during|for|by|over|since|as at|as of|at|between)\s[^,]*,\s*)", "", np, flags=re.IGNORECASE)
    opening = find_periods(np)
    if opening and rx.fullmatch(r"\W*(?:(?:in|during|over|for|by|at|on|as\sat|as\sof|between|from)\s)?",
                                np[:opening[0].char_start], re.IGNORECASE):
        np = np[opening[0].char_end:].lstrip(" ,")        # "In the year ending March 2025 the force's rate was"
    np = rx.sub(r"^(?:(?:and|but|so|yet|or|overall|however|nationally|locally|similarly|in total|in addition|"
                r"additionally|also|further)\b\s*,?\s*)+", "", np, flags=re.IGNORECASE)
    np = rx.sub(r"^[a-z]+ing\s(?=(?:its|their|the|a|an|our|his|her)\s)", "", np)        # "meaning its budget"
    np = rx.sub(r"^.*\b(?<!being\s)(?<!been\s)(?:(?:shows?|finds|suggests?|indicates?|notes?|says?|reports?|reveals?)\sthat|(?:showed|shown|found|"
                r"suggested|indicated|noted|said|reported|revealed|told\s(?:us|inspectors|the\s\w+)|tells\sus|explained|"
                r"warned|warns|(?:estimated|estimates|expected|expects|predicted|predicts|forecast|forecasts|believes?|"
                r"believed|argued|argues|stated|states|concluded|concludes|confirmed|confirms|acknowledged|acknowledges)"
                r"(?=\sthat))"
                r"(?:\sthat)?)\s(?=\S)(?!by\b)", "", np)   # "the survey showed that trust in X", "told us that abstraction"
    np = rx.sub(r"^(?:the\s|its\s|their\s|our\s)?(?:(?!that\b|which\b|who\b)[\w'’-]+\s){1,4}?(?:includes|included|contains|"
                r"contained|sets\sout|set\sout|proposes|proposed|allocates|allocated)\s(?:an?\s|the\s)?(?=\S)", "", np,
                flags=re.IGNORECASE)            # "The plan includes savings of £6.2 million": the savings
    np = rx.sub(r"\s(?:(?:over|in|during|for|across|at)\s)?(?:that|this|the\ssame|the\sprevious|last|next)\s(?:year|month|"
                r"quarter|period|time|date)\b", "", np)      # "the median attendance time that year", "the rate over the same period"
    if len(np.split()) > 10:            # "Devon and Cornwall Police's median response time to ...": the owner goes
        np = rx.sub(r"^(?:the\s)?(?:[A-Z][\w&-]*\s(?:(?:and|&|of)\s)?)*[A-Z][\w-]*['’]s?\s(?=[a-z])", "", np)
    words = np.split()
    if len(words) > 10 and not (len(words) <= 14 and rx.match(r"(?:the\s)?(?:average|median|mean|typical|total|overall)\s",
                                                              np, re.IGNORECASE)):
        # "the proportion of adult rape victims in X who remained engaged with ..."; not "the average wait for a ..."
        head = [i for i, w in enumerate(words[:-2]) if w.lower() in QUANTITY_NOUNS and words[i + 1].lower() == "of"]
        np = " ".join(words[head[-1]:][:18] if head else words[:14])       # the head noun comes first
    np = _strip_determiners(_clean(np))
    if is_fragment(np) or np.lower().split()[0] in PRONOUNS | {"which", "who"}:
        return None
    return np


def topic_of(sentence: str) -> str | None:
    """What a sentence without numbers is about, for a number in the next one that refers back to it ("There is
    widespread support for stop and search. This rose from 66% ..." -> `support for stop and search`)."""
    m = rx.search(r"\bthere\s(?:is|are|was|were|has been|have been)\s(?:(?:a|an|the|some|widespread|strong|broad|little|"
                  r"no|growing|general|clear|high|low|considerable)\s)*(?P<np>.+)", sentence, re.IGNORECASE) or \
        rx.search(r"\b(?:shows?|showed|found|finds|suggests?|suggested|indicates?|indicated|reports?|reported|says|said|"
                  r"notes?|noted|states?|stated)\sthat\s(?P<np>.+)", sentence)
    opening = rx.sub(r"^(?:However|But|And|Yet|Also|Moreover|Furthermore|Overall|Meanwhile|Similarly|In addition|"
                     r"By contrast|In contrast),?\s", "", sentence.lstrip("-•* "))
    launched = LAUNCHED_OBJECT.search(sentence) if not m else None     # "the Home Office launched a review into X"
    words = _noun_phrase(m.group("np") if m else launched.group("np") if launched else opening).split()
    while words and words[-1].lower() in FUNCTION_WORDS | {"among", "amongst", "across", "between", "within"}:
        words.pop()
    np = _strip_determiners(_clean(" ".join(words)))
    if not np or is_fragment(np) or np.split()[0].lower() in PRONOUNS:
        return None
    return np


LAUNCHED_OBJECT = re.compile(r"\b(?:launched|commissioned|began|started|introduced|set\sup|established|announced|opened|"
                             r"created|piloted)\s(?:a|an|its|their)\s(?:new\s)?(?P<np>[a-z][^,;:.]{3,80})")


QUANTITY_PHRASE = re.compile(r"\b(?:the|its|their|our|this|a|an)\s(?P<np>(?:(?:overall|total|average)\s)?(?:number|proportion|"
                             r"percentage|share|rate|level|amount|volume|backlog|size|cost)\sof\s[^,;:()]{3,100})",
                             re.IGNORECASE)
REFERS_TO_QUANTITY = re.compile(r"\b(?:this|that|these|the)\s(?:number|numbers|figure|figures|total|rate|proportion|level|"
                                r"volume|backlog)\b(?!\sof\b)", re.IGNORECASE)


def quantity_referred_to(recent: list[str]) -> str | None:
    """The quantity a sentence opening "It" or "This" goes on about, named in the sentences before it: "The number
    of outstanding suspects was a concern. The force has worked to reduce this number. It fell by 25%" -> `number of
    outstanding suspects`; None where the sentence just before neither names one nor refers back to one."""
    for text in reversed(recent):
        named = QUANTITY_PHRASE.search(text)
        if named:
            np = _clean(_noun_phrase(named.group("np")))
            return np if len(np.split()) >= 3 and not is_fragment(np) and not is_broken(np) else None
        if not REFERS_TO_QUANTITY.search(text):
            return None
    return None


IN_BEFORE_THE_NUMBER = re.compile(r"\b[Ii]n\s(?:(?:only|just|almost|nearly|around|about|over|under|some|all|almost\sall|most)\s)*"
                                  r"\(?$")     # the number opens "In 31 of the 40 cases we reviewed, ..."
GROUPS_SET_AGAINST = re.compile(r"\s*(?:times\s)?(?:(?:higher|greater|lower|more|less)|as\s(?:high|great|low|much))\s"
                                r"(?:for|among|amongst)\s(?P<group>[^,;:()]{2,60}?)(?:\s(?:than|as)\s(?:(?:for|among|amongst)\s)?"
                                r"(?:the\s|those\s)?(?P<other>[^,;:()]{2,60}?))?\s*(?:[,;:.()]|$)", re.IGNORECASE)
# ("and 1.6 times higher for Asian residents": the group set against is the one named before)
SHARED_PREDICATE = re.compile(
    r"(?P<more>\s*,?\s*(?:(?!\b(?:compared|while|whereas|but|who|which|that|when)\b)[^.;:()])*?)\s(?P<verb>(?:were|are|"
    r"was|is|have|has|had|say|said|think|thought|agree|agreed|disagree|disagreed|feel|felt|believe|believed|trust|"
    r"trusted)\b|(?<=,\s)(?:led|fell|rose|saw|took|made|went|got|[a-z]+ed)\b)", re.IGNORECASE)   # ", and 9% in 2021, led to"


def predicate_of(text: str) -> tuple[str, str]:
    """The verb phrase that follows a noun phrase and its auxiliary, for readers outside this module."""
    return _predicate(text)


def clean_phrase(text: str) -> str:
    """A noun phrase as published: quotation marks, markup, spare spaces and leading determiners removed."""
    return _strip_determiners(_clean(text))


def _relative_clause(text: str) -> str:
    """A relative clause or infinitive that says which ones are counted: "forces that HMIC graded as
    inadequate", "forces to be graded outstanding"."""
    m = rx.match(r"\s*((?:that|who|which|to be|to have|to)\s[^,;:()]{3,90})", text)
    if not m:
        return ""
    words = _clause_after(m.group(1), 90).split()[:12]
    digit = next((i for i, w in enumerate(words) if rx.match(r"£?\d", w) and not rx.fullmatch(r"(?:19|20)\d\d\W*", w) and
                  not (i + 1 < len(words) and rx.match(MONTH_NAMES, words[i + 1]))), None)
    if digit is not None:       # "on a shift that should have 30": the other number is not part of what is counted
        words = words[:digit]
    while words and words[-1].lower() in FUNCTION_WORDS | AUXILIARIES:
        words.pop()
    return " ".join(words) if len(words) >= 2 else ""


def _participle_of_present(verb: str) -> str:
    """'records' -> 'recorded', 'resolves' -> 'resolved': a present-tense verb in PARTICIPLES' form, else as given."""
    if verb.endswith("s") and not verb.endswith("ss"):
        for form in (verb[:-1] + "ed", verb[:-1] + "d", verb[:-2] + "ed"):
            if form in PARTICIPLES:
                return form
    return verb


SENTENCE_START_WORD = re.compile(r"^(?:(?:A|An|The|Its|Their|No|There)\b|(?!Wales\b)[A-Z][a-z]{2,}(?<!s)s(?=\s[a-z]))")


def sentence_case(text: str) -> str:
    """A clause taken from the start of a sentence, with the capital its first word had only for being first: a
    determiner ("The investigation was ...") or a plural common noun ("Inspectors reviewed", "Detainees were")."""
    return SENTENCE_START_WORD.sub(lambda w: w.group().lower(), text, count=1)


def _after_opening_period(text: str, within: int = 3) -> str:
    """`text` without a period that opens it ("In 2021-22 women made up": "women made up"): when, not who or what."""
    opening = find_periods(text)
    return text[opening[0].char_end:].lstrip(" ,") if opening and opening[0].char_start <= within else text


def _doer_before(before: str) -> str | None:
    """Who did what to the counted things, read back from the verb before the number: "Operation Ranier dip
    sampled 100 cases" -> "that Operation Ranier dip sampled"; "shares its borders with seven forces"."""
    clause = _clause_before(before).strip()
    clause = _after_opening_period(clause)  # "Between 2015 and 2023 the force closed": when, not who
    clause = rx.sub(r"^(?:last|this|next|each|every)\s(?:financial\s)?(?:year|month|week|quarter)\s*,?\s", "", clause,
                    flags=re.IGNORECASE)
    clause = rx.sub(r"\s(?:(?:only|just|around|about|approximately|nearly|almost|over|under|more than|less than|"
                    r"fewer than|some|an estimated|a total of|an average of|an annual average of|at least|up to|between|one of|"
                    r"the first|the|all|its|their|an additional|an extra|a further)\s?)+$", "", " " + clause).strip()
    if rx.match(r"(?:this|that|it|these|those)\s(?:is|was|are|were|would\sbe|will\sbe)\b", clause, re.IGNORECASE):
        return None                     # "This is enough to employ 9,600 officers": what "this" is lies in the sentence before
    words = clause.split()
    if len(words) == 1 and words[0].endswith("ing"):
        return None                     # "..., comprising 57 allegations": the doer is the clause before
    if len(words) > 9 and " and " in clause:       # "Derbyshire is in the heart of the country and shares its borders with"
        right = clause.rsplit(" and ", 1)[1]
        doer = _noun_phrase(clause)
        if 2 <= len(right.split()) <= 6 and rx.match(r"[a-z]+(?:s|ed)\b", right) and doer and not is_fragment(doer) \
                and doer.split()[0].lower() not in PRONOUNS and not rx.search(r"\d|£", right):
            clause, words = f"{doer} {right}", f"{doer} {right}".split()
    spoke_to = rx.search(r"\b(?:spoke|spoken|talked|wrote|written|listened|responded|replied|reached\sout)\sto$", clause) or \
        PASSIVE_WITH_PREPOSITION.search(clause)      # "statements were offered to": to whom
    if not 1 <= len(words) <= 9 or rx.search(r"\d(?![\d,.]*-[a-z])|£", clause) or _verb_before(clause + " ") in (
            None, "of", "and", "or", "to", "than", "is", "are", "was", "were", "be", "been", "there", "from", "by",
            "in") and not spoke_to:         # "The review team spoke to 212 officers"
        return None
    if not rx.search(r"\b[a-z]+(?:ed|s|ing|en)\b|\b(?:saw|made|make|took|gave|had|has|have|met|led|held|got|found|spoke|wrote)\b", clause):
        return None
    relative = rx.search(r",\s(?:which|who)\s$", before[:len(before) - len(_clause_before(before))])
    antecedent = _antecedent(before[:relative.start()]) if relative else None
    if antecedent:                    # "Operation London Bridge, which involved 10,000 officers"
        return _clean(f"that {antecedent} {clause}")
    clause = rx.sub(r"^(?:which|who|that|when|where|while|whilst|as)\s", "", clause)
    reported = rx.match(r"(?P<who>[^,]+?)\s(?:told\s(?:us|inspectors|the\s\w+)|said|says|reported|reports|found|explained|"
                        r"estimated|estimates|confirmed)\s(?:that\s)?(?:(?P<pronoun>it|they|he|she)\s)?(?=\S+\s?\S*)", clause)
    if reported:            # "The force told us that it arrested" -> "the force arrested"
        clause = (reported.group("who") + " " if reported.group("pronoun") else "") + clause[reported.end():]
    clause = rx.sub(r"^(?:The|A|An|Its|Their|Our|This|These|It|We|They|He|She|Each|Every|All|Some|Both|Most)\b",
                    lambda w: w.group().lower(), clause)
    clause = sentence_case(clause)                              # "Inspectors reviewed"
    return _clean(clause) if not is_fragment(clause) else None


def _antecedent(text: str) -> str | None:
    """The noun phrase a relative clause hangs on, read back from its end: "a leading role in 'Operation London
    Bridge'" -> `Operation London Bridge`; "set up a new hate crime unit" -> `new hate crime unit`."""
    text = rx.sub(r"(?:\s[a-z]+ly)+$", "", text.rstrip(" ,"))          # "the service for burglary highly"
    quoted = rx.search(r"[‘'\"]([^‘’'\"]{2,60})[’'\"]$", text)
    if quoted:
        return quoted.group(1).strip()
    proper = rx.search(r"(?<![\w'’])((?:[A-Z][\w'’-]*\s(?:of\s|and\s|for\s|the\s)?){0,5}[A-Z][\w'’-]*)$", text)
    if proper and proper.start() > 0:
        return proper.group(1)
    words = []
    for w in reversed(text.split()[-6:]):
        lw = w.lower()
        if lw in FUNCTION_WORDS - {"the", "a", "an", "its", "their", "our"} or lw in AUXILIARIES or lw in _VERB_AFTER_NOUN \
                or lw in PARTICIPLES or lw in {"up", "out", "down", "off", "into", "onto", "about", "set", "put"} \
                or rx.fullmatch(r"[a-z]+(?:ed|ing)", lw):
            break
        words.insert(0, w)
    np = _strip_determiners(_clean(" ".join(words)))
    return np if np and not is_fragment(np) else None


MADE_UP_BY_THEM = "made up by them"          # "They make up 12% of sergeants": the reader names "them" from the sentence before
MAKE_UP = re.compile(r"\s(?P<verb>make up|makes up|made up|make|makes|made|account for|accounts for|accounted for|represent|represents|"
                     r"represented|comprise|comprises|comprised|form|forms|formed|(?<!(?:rate|tion|tage|hare|evel|"
                     r"ence|rust|gure)\s)(?:rose|fell|increased|decreased|grew|dropped|declined)(?:\s[a-z]+ly)?\sfrom)"
                     r"\s(?:(?:only|just|around|about|nearly|almost|over|under|more than|less than|some|approximately)\s)*$",
                     re.IGNORECASE)      # "Overtime for response teams rose from 18% of the overtime bill"


HOLDER_OF = re.compile(r"(?P<np>(?:[\w'’-]+\s){0,8}?[A-Za-z][\w'’-]{2,})\s(?:of|at)\s(?:(?:between|around|about|nearly|"
                       r"almost|over|some|approximately|up to|more than|less than)\s)?$")


def _holder(before: str) -> str | None:
    """The noun a count is 'of': "a workforce of 4,500 officers" -> `workforce`; "projections by the GLA of between
    10.3 and 10.7 million people" -> `projections by the GLA`."""
    m = HOLDER_OF.search(_clause_before(before))
    if not m:
        return None
    words = m.group("np").split()
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in AUXILIARIES or words[i].lower() in _VERB_AFTER_NOUN or words[i].lower() in (
                "with", "of", "for", "to", "than", "there", "at") or (rx.fullmatch(r"[a-z]+ed", words[i]) or words[i] in
                                                                     IRREGULAR_PARTICIPLES | PAST_WITH_OBJECT) and \
                i + 1 < len(words) and words[i + 1].lower() in ("a", "an", "the", "its", "their"):
            words = words[i + 1:]
            break
    np = _strip_determiners(_clean(" ".join(words)))
    last = np.split()[-1].lower() if np else ""
    if not np or is_fragment(np) or last in QUANTITY_HEADS or last in FUNCTION_WORDS or last in PARTICIPLES or \
            rx.fullmatch(r"[a-z]+(?:ed|ing)", last) or np.split()[0].lower() in PRONOUNS:
        return None
    return np
QUANTITY_HEADS = frozenset("total average number maximum minimum sample majority minority proportion share rate level "
                           "amount sum range group groups set sets lot lots series".split())


def _verb_before(before: str) -> str | None:
    m = rx.search(r"\b([a-z]+)\s(?:(?:only|just|around|about|approximately|nearly|almost|over|under|more than|less "
                  r"than|fewer than|some|an average of|on average|an extra|an additional|a further|a total of|another)\s)*$",
                  before)
    return m.group(1) if m else None


RATIO_WORDS = re.compile(r"\b(?:(?:one|two|three|four|five|six|seven|eight|nine)\sin\s(?:two|three|four|five|six|seven|"
                         r"eight|nine|ten)|(?:a|one|two)[\s-](?:third|quarter|fifth)s?|three[\s-]quarters|half)\b"
                         r"(?!\s*\()", re.IGNORECASE)
BRACKETED_SHARE = re.compile(r"\(\s*(?:about|around|c\.\s?)?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s*\)")
ITEM_SEPARATOR = re.compile(r"\s*(?:[,;]\s*(?:and\s|or\s)?|\s(?:and|or)\s)")
LIST_VERBS = re.compile(r"\b(?:see|sees|saw|cite|cites|cited|say|says|said|name|named|mention|mentioned|choose|chose|"
                        r"select|selected|rank|ranked|rate|rated|identify|identified|report|reported|prioritise|"
                        r"prioritised|consider|considered|regardless of|including|such as|about|of|on|by|for|in|that|"
                        r"are|were|is|was)\s(?!.*\b(?:see|sees|saw|cite|cites|cited|say|says|said|regardless of|that|"
                        r"are|were|is|was)\s)", re.IGNORECASE)


def _group_name(phrase: str) -> str | None:
    """A group named in a list: 'those living in inner London' -> `people living in inner London`."""
    group = rx.sub(r"^(?:while|whilst|whereas|but|and|however|although|though)\s", "", _clean(phrase), flags=re.IGNORECASE)
    group = rx.sub(r"^(?:those|the ones)\b", "people", group, flags=re.IGNORECASE)
    group = rx.sub(r"^(?=(?:from|in|with|without|aged|over|under|living|working|born)\s)", "people ", group)  # "from White ethnic groups"
    if group.split() and group.split()[-1].lower() in QUANTITY_HEADS and not rx.match(r"people\s\w+\s\w", group):
        return None                                         # "a comparable proportion (34%)": not a group
    group = _strip_determiners(group)
    return group if group and not is_fragment(group) and group.split()[0].lower() not in PRONOUNS else None


def _without_likelihood(predicate: str) -> str:
    """'the most likely to think X' -> 'think X': the share is of those who think it."""
    return rx.sub(r"^(?:(?:the\s)?(?:[\w-]+\s)?(?:group|groups|rank|ranks|role|roles|area|areas)\s)?"
                  r"(?:(?:the\s)?(?:most|more|less|least)\s(?:likely|inclined)\s(?:than\s[^,]*?\s)?to\s)", "", predicate)


def _list_item(sentence: str, start: int, end: int) -> Meaning | None:
    """A share in brackets after one item of a list of them ("respondents see knife crime (53%), terrorism (42%) and
    fraud (12%) as the Met's top priorities"): the item stated in the list's lead-in and tail, as one measure."""
    brackets = list(BRACKETED_SHARE.finditer(sentence))
    mine = next((i for i, b in enumerate(brackets) if b.start() < start < b.end()), None)
    if mine is None:
        return None

    def joined(a: re.Match, b: re.Match) -> bool:
        between = sentence[a.end():b.start()]
        return bool(rx.fullmatch(ITEM_SEPARATOR.pattern + r"[^()]{1,70}", between)) and not rx.search(
            r"\b(?:are|were|is|was|have|has|think|agree|compared|than)\b", between)

    first = last = mine
    while first > 0 and joined(brackets[first - 1], brackets[first]):
        first -= 1
    while last + 1 < len(brackets) and joined(brackets[last], brackets[last + 1]):
        last += 1
    if first == last:
        return None
    opening = sentence[:brackets[first].start()]
    opening = opening[max(opening.rfind(";"), opening.rfind(":"), opening.rfind(" - "), opening.rfind(", ")) + 1:]
    opening = opening.strip().lstrip("-•* ")
    verbs = list(LIST_VERBS.finditer(opening))
    strong = [v for v in verbs if not rx.fullmatch(r"(?:about|of|on|by|for|in)\s", v.group(), re.IGNORECASE)]
    verb = (strong or verbs or [None])[-1]       # "cite poor behaviour of officers in the Met (77%)": the verb
    lead_in = opening[:verb.end()] if verb else ""
    if mine == first:
        item = opening[len(lead_in):]
    else:
        item = rx.sub(r"^(?:[,;]\s*)?(?:(?:and|or)\s+)?", "", sentence[brackets[mine - 1].end():brackets[mine].start()].strip())
    item = _clean(item)
    if not item or is_fragment(item):
        return None
    tail = rx.split(r"\.(?:\s|$)", _clause_after(sentence[brackets[last].end():], 120))[0].strip()
    tail = rx.sub(r"^(?:[,;]\s*)?(?:and|or)?$", "", tail)            # "... (44%) and" where the line breaks
    if rx.match(r"(?:are|were|is|was|have|had|has|" + THINK_VERBS + "|" + AGREE_VERBS + r")\b", tail):
        group = _group_name(opening if mine == first else item)    # "men (42%) and those in inner London (42%) think ..."
        pred, aux = _predicate(tail)
        if group and pred:
            aux = "" if _without_likelihood(pred) != pred else aux
            return Meaning(group, _clean("share of " + _relative(group, _without_likelihood(pred), aux)), "level")
    lead_in = rx.sub(r"^(?:(?:only|over|under|more than|less than|around|about|nearly|almost|just)\s)?(?:half|a third|"
                     r"a quarter|most|the majority|a minority|many|some|\d[\d.]*\s?%)\s(?:of\s)?", "", lead_in,
                     flags=re.IGNORECASE).strip()
    lead_in = rx.sub(r"\s(?:(?:most|more|very)\s)?(?:often|frequently|commonly|usually)(?=\s[a-z]+$)|"
                     r"\s(?:are|were|is|was)\s(?:the\s)?(?:most|more)\slikely(?:\sthan\s[^,()]{1,40}?)?\sto(?=\s[a-z]+$)", "", lead_in)
    np = _noun_phrase(lead_in) if lead_in else ""
    if np and np.split()[0] in _VERB_AFTER_NOUN:        # "the majority say they are confident in ... (69%)"; not "Met staff"
        return Meaning(None, _clean(f"share that {lead_in} {item} {tail}"), "level")
    if np and lead_in.startswith(np):
        group = _strip_determiners(np)
        who = relative_pronoun(group)
        return Meaning(group, _clean(f"share of {group} {who} {lead_in[len(np):].strip()} {item} {tail}"), "level")
    if lead_in:
        return Meaning(None, _clean(f"{lead_in} {item} {tail}"), "level")
    subject = _strip_determiners(item)
    who = relative_pronoun(subject)
    return Meaning(subject, _clean(f"share of {subject} {who} {tail}" if tail else subject), "level")


IN_WHICH_CLAUSE = re.compile(r"\s*(?:,\s|(?=\s(?:no|there)\s))\s?(?P<clause>[^,;:()]{8,140})")   # "In 31 of the 40 cases, X"
RATE_PASSIVE = re.compile(r"(?P<np>[A-Za-z][^,;:()]+?)\s(?P<aux>are|is|were|was)\s(?P<verb>[a-z]+ed(?:\s(?:and|or)\s[a-z]+ed)?)\sat\s"
                          r"(?:a|an\saverage)\srate\sof\s"
                          r"(?:(?:more|less)\sthan\s|nearly\s|almost\s|around\s|about\s)?$")
RATE_RELATIVE = re.compile(r"(?P<np>[^,;:()]+?)\s(?:are|is|were|was)\s(?P<verb>[a-z]+ing)\sat\s(?:(?:more|less)\sthan\s|"
                           r"nearly\s|almost\s|around\s|about\s)?$")
COPULA_SHARES = re.compile(r"(?:^|,\s|\b(?:that|while|whereas|but)\s)(?!(?:that|while|whereas|but|and)\b)(?P<np>[A-Za-z][^,;:()]*?)\s(?P<verb>are|were|is|was)\s"
                           r"(?:(?:around|about|only|just|nearly|almost|over|under)\s)?(?:\d[\d.]*\s?(?:%|per\s?cent|percent)"
                           r"\s[\w'’-]+(?:\s[\w'’-]+)?\s*,?\s*(?:and\s)?)*$")
FRONTED_TOPIC = re.compile(r"^\W*(?P<prep>For|On|In terms of|As for|When it comes to)\s(?P<topic>[^,]{3,50}),\s?")
RATE_OF_A_SHARE = re.compile(r"\b(?:an?|the|its|their)\s(?P<rate>(?:[a-z][\w-]*\s){0,3}(?:response|completion|attendance|"
                             r"detection|charge|solved|clearance|recording|compliance|take-up|turnover|attrition)\srate)\s"
                             r"of\s(?:(?:around|about|nearly|almost|just|over|only)\s)?$")
TIME_AGO_AFTER = re.compile(r"^\s(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s(?:years?|months?|weeks?)|"
                            r"a\s(?:year|month|decade))\s(?:earlier|ago|before|previously)\b")
AMOUNT_STATE_AFTER = re.compile(r"^\s(?:are|is|were|was|will\sbe|would\sbe|must\sbe|have\sbeen|has\sbeen)\s(?P<verb>required|"
                                r"needed|planned|expected|forecast|identified|proposed|budgeted|delivered|achieved)\b")
ADVERB_ASIDE = re.compile(r",\s(?:by\scontrast|in\scontrast|however|though|meanwhile|overall|in\sturn|by\scomparison),\s")
WORKFORCE_BASIS_AFTER = re.compile(r"\s(?:FTE|full[- ]time\sequivalents?)(?=\s*(?:[.,;:)]|$))")
# "For violent crime the recording rate was 90.3%", "In other units the churn rate was lower": a topic or a scope set
# off by no comma, before "the ... was"
UNMARKED_TOPIC = re.compile(r"^\W*(?:For|In|Among|Amongst|Across|Within)\s(?P<topic>(?:[A-Za-z][\w'-]*\s){0,4}?(?!" + MONTH_NAMES + r"\b)[A-Za-z][a-z][\w'-]*)\s(?=(?:the|its|their)\s"
                            r"(?:[\w'-]+\s){0,4}?(?:was|were|is|are|stood|fell|rose|increased|decreased|improved)\b)")
NOT_A_TOPIC = re.compile(r"^(?:example|instance|the (?:first|second|third|last)|this|that|these|those|average|balance|"
                         r"the whole|the most part|the other hand|reference|context|comparison)\b", re.IGNORECASE)
WHICH_IS = re.compile(r",\s(?:which|that)\s(?:is|was|are|were|stands at|stood at)\s(?:(?:around|about|only|just|"
                      r"approximately|nearly)\s)?$", re.IGNORECASE)


OPENING_GROUP = re.compile(r"^(?:[^,;:()]*?\b(?:that|found|shows|showed|show)\s?,?\s|\W*[A-Z][a-z]+(?:\s[a-z]+)?,\s)?\W*(?:Of|of|Out of|Among|Amongst)\s(?:(?:the|all|these|those|its|their)\s)?(?:(?P<n>\d[\d,]*)\s)?"
                           r"(?P<group>[^,;:()]{3,90}?),\s(?:\d[\d,.]*%?\s[^,;:()\d]{1,60}?(?:,\s(?:and\s)?|\sand\s))*"
                           r"(?:(?:some|around|about|only|just|nearly|almost|over|under|"
                           r"more than|less than|fewer than|an estimated|approximately)\s)*$", re.IGNORECASE)
def _quantity_word(unit: str, kind: str) -> str:
    """How a measure names what the number is: a `share` (percentages, "one in five", "a third"), an `amount` of
    money, else a `number`."""
    if unit == "percent" or kind in ("ratio", "fraction"):
        return "share"
    return "amount" if unit.startswith("gbp") else "number"


QUALIFIERS = r"(?:(?:also|still|now|only|then|subsequently|later|eventually|all|both)\s)*"


def _of_the_group(sentence: str, start: int, after: str, unit: str, kind: str) -> Meaning | None:
    """A number right after an opening that names the group it is part of: "Of the 43 forces graded, 36 were assessed
    as good" -> `number of forces graded that were assessed as good`; "Of the officers who left, 40% resigned"."""
    opening = OPENING_GROUP.match(sentence[:start])
    if not opening or not rx.match(r"\s*" + QUALIFIERS + r"(?:(?:had|have|has|were|was|are|is|would|could|did|do|does|"
                                   r"said|say|think|thought|felt|feel|agreed|agree|took|made|went|came|saw|met|showed|"
                                   r"found|led|got|gave|left|lost)\b|[a-z]+ed\b)", after):
        return None
    pred, aux = _predicate(after)
    if not pred:
        return None
    head = f"{_quantity_word(unit, kind)} of "
    group = _strip_determiners(_clean(opening.group("group")))
    if rx.fullmatch(r"(?:these|those|them|which|whom)", opening.group("group").strip(), re.IGNORECASE):
        return Meaning(None, _clean(head.replace(" of ", " ") + _relative("", pred, aux).strip()), "level")  # "Of these, 40 were"
    if not group or is_fragment(group) or group.split()[0].lower() in PRONOUNS:
        return None
    last = group.split()[-1].lower()
    if last in PARTICIPLES or rx.fullmatch(r"[a-z]+ed", last) or rx.search(r"\b(?:who|that|which)\b", group):
        verb = aux or ""
        relative = f"{group} {relative_pronoun(group)} {verb} {pred}"           # "complaints received that were upheld"
    else:
        relative = _relative(group, pred, aux)
    return Meaning(group, _clean(head + relative), "level")


BRACKET_LABEL = re.compile(r"\s(?P<label>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})\s*(?=\)|\svs\b|\sversus\b|\scompared\b|[,;])")
REPORTING_RELATIVE = re.compile(r"(?P<ante>[^,;:()]{3,120}),\s(?:which|that)\s(?:show|shows|showed|indicate|indicates|"
                                r"indicated|reveal|reveals|revealed|give|gives|gave)\b[^,;:()]*$")


BRACKETED_PART = re.compile(r"\b(?:(?:almost|nearly|virtually|just\sover|just\sunder|around|about)\s)?(?:all|most|many|half|"
                            r"the\smajority|a\sminority|some|few|a\sthird|a\squarter)\s(?:of\s)?\(\s*(?P<part>\d[\d,]*)\s"
                            r"(?:of|out\sof)\s(?P<whole>\d[\d,]*)\s*\)\s(?:of\s)?(?:the\s)?", re.IGNORECASE)
# a noun phrase's relative clause and then the sentence's own verb: "... which reached court resulted in", "... that
# were referred to the IOPC were upheld", "... who joined in 2020 had left"
RELATIVE_CLAUSE = (r"^\s(?P<rel>which|that|who)\s(?P<clause>(?:(?:was|were|had|has|have|is|are|had\sbeen|have\sbeen)\s)?"
                   r"(?!(?:was|were|had|has|have|is|are|been)\b)[a-z]+\b")
RELATIVE_THEN_VERB = [re.compile(RELATIVE_CLAUSE + r"[^,;:()]{0,60}?)\s(?P<main>(?:was|were|had|has|have|is|are|did)\s(?:not\s)?"
                                 r"[a-z]+|(?:think|thinks|say|says|feel|feels|believe|believes|agree|agrees|trust|trusts|"
                                 r"want|wants|report|reports|said|felt|thought)\b)"),
                      re.compile(RELATIVE_CLAUSE + r"(?:\s[^,;:()\s]+){1,10}?)\s(?P<main>(?!been\b)[a-z]+ed|led|left|fell|"
                                 r"rose|saw|took|made|went|got|won|lost|met)\b")]     # a verb alone: not "were strip searched"
FREQUENCY_ADVERBS = r"often|regularly|usually|always|never|sometimes|frequently|routinely|generally|typically|personally|directly"
SHARE_WITHOUT_OF = re.compile(r"\s(?!(?:points|increases|decreases|rises|falls|times|cases\sof)\b)[a-z][\w-]*s\s(?:were|was|are|"
                              r"is|had|have|has|did|do|would|could|said|say|think|thought|felt|feel|agree|believe|(?!of\b)[a-z]+ed)\b")


OCCASION_COMPLEMENT = r"(?:missing|again|absent|late|sick|before|previously|in\scustody)"   # "reported missing 31 times"
ON_OCCASIONS = re.compile(r"(?:^|[,;:]\s|\b(?:that|and|but|where|when)\s)(?P<what>[A-Za-z][^,;:()%\d]{1,60}?)\s(?P<aux>was|were|"
                          r"has\sbeen|have\sbeen|had\sbeen|is|are)\s(?P<verb>[a-z]+(?:ed|en|wn))\son\s(?:(?:around|about|over|"
                          r"nearly|almost|more\sthan|some|just)\s)?$")
OCCASIONS_BEFORE = re.compile(r"(?:^|[,;:.…]\s?|\b(?:that|and|but|where|when)\s)(?P<who>[A-Za-z][^,;:()%\d.…]{1,60}?)\s(?P<aux>had\sbeen|"
                              r"has\sbeen|have\sbeen|was|were|is|are|had|has|have)?\s?(?P<verb>(?:(?:[a-z]+ed\sand\s)?[a-z]+ed|seen|met|called)"
                              r"(?:\s" + OCCASION_COMPLEMENT + r")?)\s"
                              r"(?:(?:around|about|over|nearly|almost|more\sthan|at\sleast|some)\s)?$")
TIME_LOST = re.compile(r"(?P<who>[A-Za-z][^,;:()]{2,80}?)\s(?:each\s)?lost\s(?P<average>an\saverage\sof\s|on\saverage\s)?"
                       r"(?:(?:just|around|about|almost|nearly|over|some)\s)?$")
TIME_LOST_TO = re.compile(r"^\s?(?:(?:working\s)?(?:days|shifts|hours)\s)?(?:each\s|per\s[a-z]+\s|a\s(?:year|head)\s)?(?:to|through|"
                          r"due\sto|because\sof)\s(?P<why>(?:long-term\s|short-term\s)?(?:sickness(?:\sabsence)?|illness|"
                          r"absence|injury|injuries|stress|mental\sill[- ]health))\b", re.IGNORECASE)
AVERAGE_TIME_OF = re.compile(r"(?:^|[,;:]\s|\b(?:and|but|while|whereas)\s)(?P<clause>[A-Za-z][^,;:()]{3,120}?)\s(?:for|in|within)\s"
                             r"an?\s(?P<stat>average|median|mean)\s(?:time\s)?of\s(?:(?:just|around|about|almost|nearly|over|"
                             r"some)\s)?$")
# "fell by an astonishing 83%", "a record 4,210 arrests": a word that weighs the number up, not part of what it counts
WEIGHING_WORD = re.compile(r"\b(?:a|an)\s(?:astonishing|staggering|remarkable|whopping|alarming|worrying|startling|"
                           r"shocking|striking|dramatic|massive|huge|extraordinary|incredible|unprecedented|impressive|"
                           r"mere|paltry|record|sizeable|considerable|substantial|modest|healthy|disappointing|"
                           r"concerning|troubling|welcome|encouraging)\s(?=£?\d)", re.IGNORECASE)
# "a workforce which is 40% female", "an officer cadre that was 46% Black, Asian and ethnic minority"
MAKE_UP_OF_A_WHOLE = re.compile(r"\b(?:a|an|the|its|their|our)\s(?P<whole>(?:[\w'’-]+\s){0,3}?[a-z][\w'’-]*)\s(?:which|that)\s"
                                r"(?:is|was|are|were|would\sbe|will\sbe)\s(?:(?:around|about|only|just|nearly|almost|over|"
                                r"under|at\sleast)\s)?$")
TRAITS_AFTER = re.compile(r"^\s(?P<trait>[A-Za-z][\w'’-]*(?:,?\s(?:(?:and|or)\s)?[A-Za-z][\w'’-]*){0,5})(?=\s*(?:[.;:,)–—(]|$))")
# "to reach 46% Black, Asian and ethnic minority representation among officers"
REPRESENTATION_AFTER = re.compile(r"^\s(?P<trait>[A-Za-z][\w'’-]*(?:,?\s(?:(?:and|or)\s)?[A-Za-z][\w'’-]*){0,5}?)\s"
                                  r"(?P<noun>representation)(?:\s(?:among|amongst|in|across|within)\s(?:the\s|its\s|their\s)?"
                                  r"(?P<whole>[^,;:()–—.]{3,60}?))?(?=\s*(?:[.;:,)–—(]|$)|\s(?:by|is|was|would|will|from)\b)")
# "Residents of all ages are most likely to think the force treats older people fairly (71%)"
MOST_LIKELY_IN_BRACKETS = re.compile(r"(?:^|[,;:]\s|\b(?:while|whereas|but)\s)\W*(?P<group>[A-Z][\w'’+-]*(?:\s[\w'’+-]+){0,5}?)\s"
                                     r"(?:are|were)\s(?:the\s)?(?:most|least)\s(?:likely|inclined)\sto\s(?P<vp>[a-z][^()]{2,120}?)"
                                     r"\s\(\s*$")
# "The most common category was discourtesy, with 1,517 allegations (37%)": how many of the things counted fell in it
LARGEST_KIND = re.compile(r"\b(?:the\s)?(?P<rank>most\scommon|largest|biggest|main|top|(?:second|third|next)\s(?:most\scommon|"
                          r"largest|biggest))\s(?P<kind>category|type|reason|theme|form|kind|issue|concern)(?:\s(?:of|for|in)\s"
                          r"(?P<of>[^,;:()\d]{2,40}?))?\s(?:was|were|is|remained)\s(?P<what>[^,;:()\d]{2,60}?),?\s(?:with|at|"
                          r"accounting\sfor|making\sup|representing)\s(?:(?:around|about|nearly|almost|over|some|just)\s)?"
                          r"(?:\d[\d,]*\s(?P<counted>[a-z][\w'’-]*(?:\s[a-z][\w'’-]*)?)\s\(\s*)?$", re.IGNORECASE)
# "recovered a further £1.18m through cash seizures", "set aside £850k for 22 call handlers"
MONEY_VERB_BEFORE = re.compile(r"\b(?P<verb>recovered|raised|saved|seized|received|paid|awarded|allocated|invested|secured|"
                               r"generated|lost|spent|set\saside|put\saside|earmarked|committed|borrowed|collected|claimed|"
                               r"returned|recouped|cut)\s(?:(?:a\sfurther|another|an\sadditional|an\sextra|some|around|about|"
                               r"nearly|almost|over|more\sthan|less\sthan|up\sto|at\sleast|an\sestimated)\s)*$")
MONEY_USE_AFTER = re.compile(r"^\s(?P<prep>through|from|on|for|in|to)\s(?P<what>(?!(?:19|20)\d\d)[^,;:()\d]{3,60}?)"
                             r"(?=\s*(?:[,;:.)]|$)|\s(?:and|but|while|which|in\s(?:19|20)\d\d)\b)")
IN_CASES_WITHOUT_COMMA = re.compile(r"^\s(?:of\s(?:these|them|those|the)\s)?(?:[a-z][\w'’-]*\s){0,3}?(?:cases|files|instances|"
                                    r"incidents|records|reports|investigations|crimes)(?=\s(?:the|a|an|their|its|his|her)\s"
                                    r"[^,;:]*?\b(?:was|were|had|has|have|is|are)\b)")
# "set a target of reducing burglaries by 10%", "aimed to raise the positive outcome rate for burglary to 15%"
TARGET_TO_CHANGE = re.compile(r"\b(?:(?P<aim>target\s(?:of|to)|goal\s(?:of|to)|ambition\sto|aims?\sto|aimed\sto|aiming\sto|"
                              r"wants?\sto)|plans?\sto|planned\sto|pledged\sto|committed\sto|intends?\sto|intended\sto)\s"
                              r"(?P<verb>reduc(?:e|ing)|cut(?:ting)?|lower(?:ing)?|halv(?:e|ing)|increas(?:e|ing)|rais(?:e|ing)|"
                              r"improv(?:e|ing)|grow(?:ing)?|boost(?:ing)?)\s(?:the\s|its\s|their\s)?(?P<what>(?:[^,;:()\d]|\([A-Z]{2,8}\)){3,80}?)"
                              r"\s(?P<prep>by|to)\s(?:(?:around|about|at\sleast|nearly|some)\s)?$")
# "a budget of £410m", "the force's overtime bill of £9.1m": the money noun before "of" names the amount
MONEY_NOUN_OF = re.compile(r"(?:\b(?:a|an|the|its|their|our|this|that)\s|(?P<owner>\b[A-Z][\w-]*(?:\s[A-Z][\w-]*)*['’]s\s|"
                           r"\b[a-z]+['’]s\s))(?P<np>(?:[a-z][\w-]*\s){0,3}?(?:budget|precept|deficit|surplus|overspend|"
                           r"underspend|reserves?|grant|settlement|bill|cost|costs|savings|spending|expenditure|income|"
                           r"funding|investment|allocation|shortfall|gap|turnover|fund|pot|award|contract))\sof\s"
                           r"(?:(?:around|about|nearly|almost|over|some|just|more\sthan|less\sthan|up\sto|at\sleast)\s)*$")
REPORTING_CUE = re.compile(r"\b(?:which|that)\s(?:show|indicat|reveal|giv|gave)")
TARGET_CUE = re.compile(r"target|goal|ambition|aim|plan|pledge|commit|want|intend")
LARGEST_CUE = re.compile(r"most\scommon|largest|biggest|main|top|next")
# "recruited 38 call handlers, taking the control room to 214 full-time equivalent (FTE) staff"
TAKING_TO = re.compile(r"\b(?:taking|bringing|raising|increasing|lifting|reducing|cutting)\s(?:the|its|their)\s"
                       r"(?P<whole>[a-z][^,;:()\d]{1,50}?)\sto\s(?:(?:around|about|nearly|almost|just|over|some)\s)?$")
COUNTED_NOUN_AFTER = re.compile(r"^\s(?P<noun>[a-z][\w'’-]*(?:\s(?:[a-z][\w'’-]*|\([A-Z]{2,5}\))){0,4}?)(?=\s*(?:[,;:.)]|$|\s(?:and|"
                                r"but|while|in|on|at|by)\b))")
RESPONSE_IN_BRACKETS_AFTER = re.compile(r"^\s(?P<word>positive|negative|favourable|unfavourable|agree|agreed|"
                                        r"satisfied|dissatisfied)\s*\)", re.IGNORECASE)
# "her team of 25", "a sample of 200", "a panel of 12": the size of a group named just before
SIZE_OF_A_GROUP = re.compile(r"\b(?:a|an|the|his|her|its|their|our|each|every)\s(?P<group>(?:[a-z][\w'’-]*\s){0,2}?"
                             r"(?:team|panel|sample|cohort|squad|unit|caseload|workforce|establishment|intake|pool|"
                             r"network|group|board|committee))\sof\s(?:(?:around|about|only|just|nearly|almost|over|under|"
                             r"some|roughly|approximately|up\sto)\s)?$")
NOTHING_COUNTED_AFTER = re.compile(r"^\s*(?:[.,;:)–—]|$|\s(?:and|but|in|at|on|who|which|that|to|for|with|across|"
                                   r"was|were|is|are|has|had)\b)")
# "bullying levels of between 7-12%", "victim satisfaction levels of 71%"
LEVELS_OF = re.compile(r"(?P<np>(?:[A-Za-z][\w'’-]*\s){1,3}?)(?P<head>levels?|rates?)\s(?:of|at)\s(?:(?:between|around|about|"
                       r"nearly|almost|just|over|under|some)\s)*$")
NOT_IN_A_LEVEL_NAME = frozenset("found identified shows showed show recorded reported saw sees reached hit achieved "
                                "maintained with high low higher lower similar".split())


DASH_ASIDE_OPEN = re.compile(r"\s[–—]\s(?=(?:by|to|at)\s(?:(?:just|around|about|almost|nearly|some|over)\s)?$)")
DASH_ASIDE_CLOSE = re.compile(r"^[^–—.;:]{0,25}?(?P<dash>\s[–—])(?=\s)")


ONE_FOR_EVERY = re.compile(r"\b(?:one|1|a|an)\s(?P<one>[a-z][\w-]*(?:\s[a-z][\w-]*)?)\s(?:for|to)\s(?:every|each)\s$",
                           re.IGNORECASE)      # "one supervisor for every 11 officers": a ratio


def describe(sentence: str, start: int, end: int, unit: str, kind: str = "number") -> Meaning:
    """Subject and measure of the number at sentence[start:end], with what the sentence says around its clause:
    a fronted topic ("For trust, the gap ... is 17%") and the noun a "which is" clause restates ("the average rate
    for England and Wales, which is 19.1 per 1,000")."""
    every = ONE_FOR_EVERY.search(sentence[:start]) if kind == "ratio_every" else None
    many = _strip_determiners(_clean(_noun_phrase(sentence[end:]))) if every else None
    if every and many and not is_fragment(many):        # "one supervisor for every 11 officers": officers per supervisor
        return Meaning(many, f"{many} per {every.group('one')}", "level")
    if unit == "percent" and SHARE_WITHOUT_OF.match(sentence[end:]):
        sentence = f"{sentence[:end]} of{sentence[end:]}"            # "27% cases were identified as ..."
    aside = ADVERB_ASIDE.search(sentence[:start])
    if aside and not rx.match(r"\W*(?:For|Among|Amongst|In|As\sfor)\s[^,]{3,50}$", sentence[:aside.start()]):
        # "numbers had, by contrast, grown by 1,820": read without the aside (not "For X, however, ...", a topic)
        shift = aside.end() - aside.start() - 1
        return describe(sentence[:aside.start()] + " " + sentence[aside.end():], start - shift, end - shift, unit, kind)
    target = TARGET_TO_CHANGE.search(sentence[:start]) if TARGET_CUE.search(sentence, 0, start) else None
    if target and not is_fragment(target.group("what")):
        what, aim = _clean(target.group("what")), "target" if target.group("aim") else "planned"
        if target.group("prep") == "to":
            return Meaning(what, f"{aim} {what}" if aim == "planned" else f"target for {what}", "level")
        falls = rx.match(r"reduc|cut|lower|halv", target.group("verb"))
        return Meaning(what, f"{aim} {'reduction' if falls else 'increase'} in {what}", "change")
    largest = LARGEST_KIND.search(sentence[:start]) if unit in ("count", "percent") and \
        LARGEST_CUE.search(sentence, 0, start) else None
    counted = _counted_in_a_kind(largest, sentence[end:], unit) if largest else None
    if counted:
        kind = f"{largest.group('rank').lower()} {largest.group('kind').lower()}: {_clean(largest.group('what'))}"
        return Meaning(counted, f"{'number' if unit == 'count' else 'share'} of {counted} ({kind})", "level")
    cases = IN_CASES_WITHOUT_COMMA.match(sentence[end:]) if rx.search(r"\b[Ii]n\s(?:(?:only|just|around|about|nearly|"
                                                                        r"almost|over|some)\s)*$", sentence[:start]) else None
    if cases:                   # "in 12 cases the victim was not updated": read as "in 12 cases, the victim ..."
        sentence = sentence[:end + cases.end()] + "," + sentence[end + cases.end():]
    likeliest = MOST_LIKELY_IN_BRACKETS.search(sentence[:start]) if unit == "percent" and \
        sentence[:start].rstrip().endswith("(") and "likely" in sentence[:start] else None
    if likeliest:               # the view most (or least) of them hold, as a share of them
        group = _clean(likeliest.group("group"))
        return Meaning(group, _clean(f"share of {group} who {likeliest.group('vp')}"), "level")
    made_of = _make_up_of_a_whole(sentence[:start], sentence[end:]) if unit == "percent" else None
    if made_of:
        return made_of
    taking = TAKING_TO.search(sentence[:start]) if unit == "count" and "to " in sentence[max(0, start - 12):start] else None
    counted = COUNTED_NOUN_AFTER.match(sentence[end:]) if taking else None
    if counted and counted.group("noun").split()[0] not in FUNCTION_WORDS | AUXILIARIES:
        noun = _clean(counted.group("noun"))        # the total the things counted now reach in the whole named
        return Meaning(noun, f"number of {noun} in the {_clean(taking.group('whole'))}", "level")
    size = SIZE_OF_A_GROUP.search(sentence[:start]) if unit == "count" and " of " in sentence[max(0, start - 25):start] \
        else None
    if size and NOTHING_COUNTED_AFTER.match(sentence[end:]):        # "the only tutor in her team of 25"
        return Meaning(size.group("group"), f"size of {size.group('group')}", "level")
    basis = WORKFORCE_BASIS_AFTER.match(sentence[end:])
    if basis and unit == "count":            # "grown by 1,820 to 78,215 FTE": FTE is how they are counted, not what
        sentence = sentence[:end] + sentence[end + basis.end():]
        counted = describe(sentence, start, end, unit, kind)
        if counted.measure and "FTE" not in counted.measure and not is_broken(counted.measure):
            counted.measure += " (FTE)"
        return counted
    unmarked = UNMARKED_TOPIC.match(sentence)
    if unmarked and not NOT_A_TOPIC.match(unmarked.group("topic")) and start > unmarked.end():
        sentence = f"{sentence[:unmarked.end() - 1]},{sentence[unmarked.end():]}"   # read as "For violent crime,the ..."
    part = next((p for p in BRACKETED_PART.finditer(sentence) if start in (p.start("part"), p.start("whole"))), None) \
        if "(" in sentence else None
    if part:                # "in almost all (58 of 61) the cases we examined": read as "in 58 of the 61 cases we examined"
        plain = f"{part.group('part')} of the {part.group('whole')} "
        shift = part.start() if start == part.start("part") else part.start() + len(plain) - len(part.group("whole")) - 1
        sentence, start, end = sentence[:part.start()] + plain + sentence[part.end():], shift, shift + end - start
    aside, closing = DASH_ASIDE_OPEN.search(sentence[:start]), DASH_ASIDE_CLOSE.match(sentence[end:])
    if aside and closing:           # "fell even more sharply – by 41% – over the decade": the dashes set off the amount
        before = sentence[:aside.start()] + " " + sentence[aside.end():start]
        after = sentence[end:end + closing.start("dash")] + sentence[end + closing.end("dash"):]
        sentence, start, end = before + sentence[start:end] + after, len(before), len(before) + end - start
    occasions = OCCASIONS_BEFORE.search(sentence[:start]) if unit == "count" and \
        rx.search(r"\btimes$|^twice$", sentence[start:end], re.IGNORECASE) else None
    if occasions:           # "one man had been arrested 50 times": how often it happened
        who = rx.sub(r"^(.+?)\s(?:said|says|told\s\w+|reported|explained)\s(?:that\s)?(?:she|he|they)$", r"\1",
                     occasions.group("who"))        # "A victim said she had been updated twice": the victim
        who = _strip_determiners(_clean(who))
        if who and not is_fragment(who) and (who.split()[0].lower() not in PRONOUNS or
                                             rx.match(r"one\s[a-z]", who, re.IGNORECASE)):    # "one man"
            aux = f"{occasions.group('aux')} " if occasions.group("aux") else ""
            return Meaning(who, _clean(f"number of times {who} {aux}{occasions.group('verb')}"), "level")
    on_occasions = ON_OCCASIONS.search(sentence[:start]) if unit == "count" and \
        rx.match(r"\s(?:separate\s|different\s)?occasions\b", sentence[end:]) else None
    if on_occasions:        # "Taser was drawn on 1,104 occasions": the occasions on which it happened
        what = _clean(on_occasions.group("what"))
        if what and not is_fragment(what) and what.split()[0].lower() not in PRONOUNS:
            return Meaning(what, f"number of occasions on which {what} {on_occasions.group('aux')} {on_occasions.group('verb')}",
                           "level")
    lost_to = TIME_LOST_TO.match(sentence[end:])
    lost = TIME_LOST.search(sentence[:start]) if lost_to and "lost" in sentence[:start] else None
    days = unit.startswith("duration") or unit == "rate" and rx.search(r"\b(?:days|hours|shifts)\b", sentence[start:end])
    if lost and lost_to and days:    # "officers lost an average of 9.6 days each to sickness", "11.4 days per officer"
        who = _strip_determiners(_clean(_last_named(lost.group("who"))))
        what = sentence[start:end].split()[-1] if " " in sentence[start:end] else unit.split("_")[-1]
        average = "average " if lost.group("average") else ""
        per = rx.match(r"\s(?:working\s)?(?:days|shifts|hours)?\s?(?P<per>per\s[a-z]+)\b", sentence[end:])
        if per:
            return Meaning(who, f"{average}{what} lost to {lost_to.group('why')} {per.group('per')}", "level")
        return Meaning(who, f"{average}{what} lost to {lost_to.group('why')} by {who}", "level")
    gap = POINTS_GAP.match(sentence[end:]) if unit == "percentage_points" else None
    if gap:                 # "a 33 percentage point gap between the views of Inspectors and Chief Inspectors"
        what = _clean(_clause_after(gap.group("what"), 110).strip())
        if what and not is_fragment(what) and not is_broken(what):
            return Meaning(None, f"{gap.group('gap').lower()} {gap.group('rel').lower()} {what}", "level")
    if TIME_AGO_AFTER.match(sentence[end:]):
        return Meaning(None, None, "level")      # "compared with 11 two years earlier": the reader names it from the first
    meaning = _describe(sentence, start, end, unit, kind)
    extra = rx.search(r"\b(?:an?\s)?(?:extra|additional|further)\s$", sentence[:start]) if unit.startswith("gbp") and \
        meaning.measure is None else None
    extra_for = MONEY_USE_AFTER.match(sentence[end:]) if extra else None
    if extra_for and extra_for.group("prep") == "for" and not is_fragment(extra_for.group("what")):
        meaning = Meaning(None, _clean(f"additional funding for {extra_for.group('what')}"), "level")   # "an extra £1.2m for X"
    named = MONEY_NOUN_OF.search(sentence[:start]) if unit.startswith("gbp") and meaning.measure is None else None
    if named:                   # "the force has a budget of £410m", "the force's budget of £410m was funded by ..."
        owner = _clean(named.group("owner") or "")
        owner = "" if owner.split("'")[0].lower() in PRONOUNS else owner
        meaning = Meaning(meaning.subject, _clean(f"{owner} {named.group('np')}"), "level")
    spent_on = MONEY_USE_AFTER.match(sentence[end:]) if unit.startswith("gbp") and (
        meaning.measure is None or meaning.measure.split()[0] in ("through", "from", "on", "for", "in", "to")) else None
    verb = MONEY_VERB_BEFORE.search(sentence[:start]) if spent_on else None
    if verb and not is_fragment(spent_on.group("what")):      # what the money went on or came from
        meaning = Meaning(meaning.subject, _clean(f"amount {verb.group('verb')} {spent_on.group('prep')} "
                                                  f"{spent_on.group('what')}"), "level")
    level = LEVELS_OF.search(sentence[:start]) if unit in ("percent", "rate", "rate_per_1000") and \
        meaning.measure is None else None
    named = _level_name(level.group("np")) if level else None
    if named:                                   # "bullying levels of between 7-12%": a level of what is named
        meaning = Meaning(None, f"{named} {level.group('head').removesuffix('s')}", "level")
    verdict = RESPONSE_IN_BRACKETS_AFTER.match(sentence[end:]) if unit == "percent" and \
        sentence[:start].rstrip().endswith("(") else None
    if verdict:                 # "- Your line manager (72% positive)": the share of responses on that theme
        label = rx.split(r"[,;:]\s|\s(?:was|were|is|are)\s", rx.sub(r"^\W+", "", sentence[:start].rstrip()[:-1]))[-1]
        label = _clean(label)
        if label and not is_fragment(label) and label.split()[0].lower() not in ("it", "this", "that", "these", "those",
                                                                                    "they", "which"):
            meaning = Meaning(None, f"share of responses {verdict.group('word').lower()} on {label}", "level")
    if unit == "percent":
        meaning = _share_lost_to(sentence[:start], meaning) or meaning
    rate = RATE_OF_A_SHARE.search(sentence[:start]) if unit == "percent" else None
    if rate and not is_fragment(rate.group("rate")):       # "a survey response rate of 56 percent of the workforce"
        meaning = Meaning(meaning.subject, _clean(rate.group("rate")), meaning.value_kind)
    state = AMOUNT_STATE_AFTER.match(sentence[end:]) if unit.startswith("gbp") and meaning.measure and \
        len(meaning.measure.split()) <= 3 and meaning.measure == meaning.subject else None
    if state:                                   # "Savings of £12.3m are required": savings required, not any savings
        meaning = Meaning(meaning.subject, f"{meaning.measure[0].lower()}{meaning.measure[1:]} {state.group('verb')}",
                          meaning.value_kind)
    spent = OVERSPENT_BY.search(sentence[:start]) if (unit.startswith("gbp") or unit == "percent") and \
        "spent by" in sentence[max(0, start - 40):start] else None
    if spent and not is_fragment(spent.group("what")):     # "The overtime budget was overspent by £2.3m"
        what = spent.group("what")
        what = _after_opening_period(what)  # "In 2023/24 the capital programme was underspent by"
        what = _strip_determiners(_clean(what))
        return Meaning(what, f"{spent.group('way').lower()}spend against {what}", "level")
    averaged = AVERAGE_TIME_OF.search(sentence[:start]) if unit.startswith("duration") else None
    if averaged and (meaning.measure is None or meaning.measure == meaning.subject or averaged.group("stat") in meaning.measure and
                     meaning.measure in averaged.group("clause") + " in a " + averaged.group("stat")):
        clause = averaged.group("clause")        # "Detainees were held for an average of 14.6 hours"
        clause = sentence_case(clause)
        if not is_fragment(clause) and rx.search(r"\b(?:[a-z]{3,}ed|held|kept|took|spent|were|was)\b", clause):
            return Meaning(None, f"{averaged.group('stat')} time {clause}", "level")
    if meaning.measure and "averag" in sentence[max(0, start - 30):start] and \
            rx.search(r"\baverag(?:ed|es)\s(?:at\s)?(?:(?:around|about|nearly|almost|just|over|some)\s)?$",
                                     sentence[:start]) and not rx.match(r"(?:average|mean|median|number)\b", meaning.measure, re.IGNORECASE):
        meaning = Meaning(meaning.subject, f"average {sentence_case(meaning.measure)}", meaning.value_kind)  # "X averaged 48 minutes"
    if unit.startswith("duration") and (meaning.measure is None or rx.match(r"\sinto\s", sentence[end:])):
        timed = _time_of_a_clause(sentence, start, end)     # "were four months into the programme": not "constables"
        meaning = Meaning(timed.subject or meaning.subject, timed.measure, timed.value_kind) if timed else meaning
    which = WHICH_IS.search(sentence[:start])
    if which:
        antecedent = rx.sub(r"^(?:(?:this|that|it)\s(?:is|was)\s)?(?:(?:well|much|slightly|significantly|just)\s)?(?:above|"
                            r"below|higher than|lower than|in line with|similar to|close to)\s", "",
                            _clause_before(sentence[:which.start()]).strip(), flags=re.IGNORECASE)
        antecedent = _strip_determiners(_clean(antecedent))
        if antecedent and not is_fragment(antecedent) and antecedent.split()[0].lower() not in PRONOUNS:
            measure = f"{antecedent} ({meaning.measure})" if meaning.measure else antecedent
            meaning = Meaning(meaning.subject or antecedent, measure, meaning.value_kind)
    if unit == "count" and meaning.subject and meaning.measure == f"number of {meaning.subject}":
        where = _cases_where(sentence[:start])
        if where:                   # "supervision was effective in 120 cases, partly effective in 60"
            meaning = Meaning(meaning.subject, f"number of {meaning.subject} where {where}", meaning.value_kind)
        else:
            done_to = _done_to(sentence[:start])
            if done_to:             # "failings contributed to two of the three deaths"
                meaning = Meaning(meaning.subject, f"number of {meaning.subject} {done_to[0]} which {done_to[1]}",
                                  meaning.value_kind)
    per = PER_UNIT.match(sentence[end:]) if unit in ("rate", "rate_per_1000") and not meaning.measure else None
    if per:                 # "caseloads of over 18 per officer", "a minimum of 16 hours per month"
        holder = _holder(sentence[:start])
        counted = holder or (sentence[start:end].split()[-1] if unit == "rate" and " " in sentence[start:end] else None)
        if counted:
            meaning = Meaning(meaning.subject or holder, f"{counted} {per.group('per')}", meaning.value_kind)
    label = BRACKET_LABEL.match(sentence[end:])
    opened = sentence.rfind("(", 0, start) > sentence.rfind(")", 0, start)
    if label and rx.search(r"(?:\(|\bvs\.?\s|\bversus\s|\bcompared (?:with|to)\s" + (r"|[,;]\s|\sand\s" if opened else "") +
                           r")\s*$", sentence[:start]) and not \
            rx.fullmatch(r"(?:of|in|for|and|or|the|a|an)", label.group("label").split()[0], re.IGNORECASE):
        meaning = Meaning(label.group("label"), meaning.measure, meaning.value_kind)   # "(49% Black vs 72% White British)"
    showing = REPORTING_RELATIVE.search(sentence[:start]) if REPORTING_CUE.search(sentence, 0, start) else None
    if showing and meaning.measure:       # "satisfaction rates for domestic abuse, which show a rate of 84.4 percent"
        antecedent = _antecedent(showing.group("ante"))
        if antecedent and antecedent.lower() not in meaning.measure.lower():
            meaning = Meaning(meaning.subject, f"{meaning.measure} ({antecedent})", meaning.value_kind)
    topic = FRONTED_TOPIC.match(sentence)
    group = _clean(topic.group("topic")) if topic else ""
    if topic and meaning.measure and meaning.subject is None and rx.match(r"share (?:that|who) ", meaning.measure) and \
            start >= topic.end() and relative_pronoun(group) == "who" and not NOT_A_TOPIC.match(group):
        group = _strip_determiners(group)         # "For White Londoners, however, 36% believe ..."
        return Meaning(group, share_of_group(meaning.measure, group), meaning.value_kind)
    if topic and meaning.measure and start >= topic.end() and not NOT_A_TOPIC.match(topic.group("topic")) \
            and not find_periods(topic.group("topic")) and topic.group("topic").lower() not in meaning.measure.lower():
        meaning.measure = f"{meaning.measure} {topic.group('prep').lower()} {_clean(topic.group('topic'))}"
    saw = SAW_QUANTITY.match(meaning.measure or "")
    if saw:                 # "a decline which saw the number of people living in London fall below 7 million"
        meaning = Meaning(_strip_determiners(saw.group("what")), f"number of {saw.group('what')}", meaning.value_kind)
    if meaning.measure and rx.match(r"(?:the\s)?numbers\sof\s", meaning.measure, re.IGNORECASE):
        meaning.measure = rx.sub(r"^(?:the\s)?numbers\sof\s", "number of ", meaning.measure, flags=re.IGNORECASE)
    if meaning.measure and TRAILING_TIME.search(meaning.measure):      # "share of the force's pay bill that year"
        meaning.measure = TRAILING_TIME.sub("", meaning.measure)
    if meaning.measure and SHARE_MORE_LIKELY.match(meaning.measure):   # "Men are more likely to think X (32%)": 32% think X
        meaning.measure = SHARE_MORE_LIKELY.sub(r"\g<share> ", meaning.measure)
    likely = likelihood_groups(meaning.measure or "") if unit == "percent" and not meaning.subject else None
    if likely:              # "Women are less likely to feel safe at night (48% compared with 71% of men)"
        meaning = Meaning(likely[0], f"share of {likely[0]} {likely[2]}", meaning.value_kind)
    dated = find_periods(meaning.subject) if meaning.subject and rx.search(r"\d{4}", meaning.subject) else []
    if dated and dated[0].char_start <= 4 and dated[0].char_end >= len(meaning.subject) - 1:
        owner = rx.sub(r"^(?:change|amount|number|share)\sin\s|\s(?:for|in)\s" + re.escape(meaning.subject) + "$", "",
                       meaning.measure or "")      # "the precept for 2024/25": the precept, not the year
        meaning = Meaning(owner if owner and owner != meaning.measure or not meaning.measure else None, meaning.measure,
                          meaning.value_kind)
    if is_broken(meaning.measure) or is_broken(meaning.subject):      # "but fell back to below 25%": no subject of its
        meaning = Meaning(None if is_broken(meaning.subject) else meaning.subject,  # own; the reader may lend one
                          None if is_broken(meaning.measure) else meaning.measure, meaning.value_kind)
    return meaning


TRAILING_TIME = re.compile(r"\s(?:(?:in|during|over|for)\s)?(?:that|this|the\ssame)\s(?:year|month|"
                           r"quarter|period|week)$")


def without_weighing_words(sentence: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as read for meaning, without the words that weigh a number up ("fell by an astonishing 83%" is
    read as "fell by 83%"), and the numbers' spans in it."""
    cuts = [(w.start(), w.end()) for w in WEIGHING_WORD.finditer(sentence)]
    for cut_start, cut_end in reversed(cuts):
        sentence = sentence[:cut_start] + sentence[cut_end:]
        spans = [(a - (cut_end - cut_start), b - (cut_end - cut_start)) if a >= cut_end else (a, b) for a, b in spans]
    return sentence, spans


RESTRICTED_BEFORE = re.compile(r"(?:\b[Ii]n\s(?:only|just)\s|\b(?:[Oo]nly|[Jj]ust)\sin\s)(?:(?:around|about|some)\s)?$")
INVERTED_AFTER = re.compile(r"^(?P<lead>\s(?:of\s(?:these|them|those|the\s[\w'’-]+(?:\s[\w'’-]+){0,3}?)|(?:[a-z][\w'’-]*\s){0,3}?"
                            r"(?:cases|files|reports|incidents|records|investigations|occasions|instances|calls)"
                            r"(?:\s(?:that\s)?we\s(?:reviewed|examined|audited|checked|looked\sat))?))?,?\s"
                            r"(?P<aux>was|were|had|did|has|have|is|are)\s(?P<np>there|(?:the|a|an|their|its|his|her|any)\s"
                            r"[^,;:.\d]{1,40}?(?=\s(?:been\s)?(?:[a-z]+(?:ed|en|wn)|made|done|kept|held|sent|met|found|given|taken|seen|"
                            r"told|set|put|left|brought|caught|sought|built|lost|paid|[a-z]+(?:ful|ive|ate|able|ible|ous|ary)|[a-z]+[a-ln-z]ent)\b))")


def uninverted(sentence: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence with a clause inverted after "only" put back in order ("In only 15 of these was the victim
    updated" -> "In only 15 of these, the victim was updated"), and the numbers' spans in it."""
    for k in range(len(spans)):
        start, end = spans[k]
        inverted = INVERTED_AFTER.match(sentence[end:]) if RESTRICTED_BEFORE.search(sentence, max(0, start - 30), start) \
            else None
        if inverted:
            a, b = end + inverted.end("lead") if inverted.group("lead") else end, end + inverted.end("np")
            plain = f", {inverted.group('np')} {inverted.group('aux')}"
            sentence = sentence[:a] + plain + sentence[b:]
            shift = len(plain) - (b - a)
            spans = spans[:k + 1] + [(x + shift, y + shift) for x, y in spans[k + 1:]]
    return sentence, spans


def _counted_in_a_kind(largest: re.Match, after: str, unit: str) -> str | None:
    """What a figure for the largest kind counts: the noun after a count ("with 1,517 allegations"), the count's noun
    before a share in brackets ("1,517 allegations (37%)"), "of all X" after a share, or what the kind is of."""
    if unit == "count" and not largest.group("counted"):
        noun = rx.match(r"\s(?P<noun>[a-z][\w'’-]*(?:\s[a-z][\w'’-]*)?)(?=\s*(?:[,;:.()]|$))", after)
        return noun.group("noun") if noun and noun.group("noun").split()[0] not in FUNCTION_WORDS | AUXILIARIES else None
    if unit == "percent":
        whole = rx.match(r"\sof\s(?:all\s|the\s)?(?P<noun>[a-z][\w'’-]*(?:\s[a-z][\w'’-]*)?)(?=\s*(?:[,;:.()]|$))", after)
        found = largest.group("counted") or (whole.group("noun") if whole else None) or largest.group("of")
        return clean_phrase(found) if found else None
    return None


def _make_up_of_a_whole(before: str, after: str) -> Meaning | None:
    """A share that says what a whole is made up of: "a workforce which is 40% female" -> share of workforce that is
    female; "46% Black, Asian and ethnic minority representation among officers" -> that representation."""
    represented = REPRESENTATION_AFTER.match(after)
    if represented and not is_fragment(represented.group("trait")) and \
            represented.group("trait").split()[0].lower() not in FUNCTION_WORDS | AUXILIARIES:
        whole = _strip_determiners(_clean(represented.group("whole") or "")) or None
        measure = f"{_clean(represented.group('trait'))} representation" + (f" among {whole}" if whole else "")
        return Meaning(whole, measure, "level")
    whole = MAKE_UP_OF_A_WHOLE.search(before) if rx.search(r"\b(?:which|that)\s\w+(?:\sbe)?\s\S*$", before[-40:]) else None
    trait = TRAITS_AFTER.match(after) if whole else None
    if whole and trait and not is_fragment(trait.group("trait")) and \
            trait.group("trait").split()[0].lower() not in FUNCTION_WORDS | AUXILIARIES | PRONOUNS | {"of", "more", "less"}:
        group = _clean(whole.group("whole"))
        return Meaning(group, f"share of {group} that is {_clean(trait.group('trait'))}", "level")
    return None


def _level_name(words: str) -> str | None:
    """The name of a level from the words before "levels of": the content words back to the first that is not one."""
    kept = []
    for word in reversed(words.split()):
        joins = word.lower() in ("and", "or") and kept
        if not joins and (word.lower() in FUNCTION_WORDS | AUXILIARIES | PRONOUNS | NOT_IN_A_LEVEL_NAME or
                          word.lower().endswith("ed")):
            break
        kept.insert(0, word)                        # "bullying and harassment levels"
    while kept and kept[0].lower() in ("and", "or"):
        kept.pop(0)
    name = " ".join(kept)
    return None if is_fragment(name) else sentence_case(name)

SAW_QUANTITY = re.compile(r"^.*?\b(?:saw|sees|see|seen)\s(?:the\s)?(?:number|numbers)\sof\s(?P<what>.+?)\s(?:fall|rise|drop|grow|"
                          r"increase|decrease|climb|reach)$")
SHARE_MORE_LIKELY = re.compile(r"^(?P<share>share\sof\s[^,()]{1,80}?\s(?:who|that))\s(?:are|were|is|was)\s(?:the\s)?(?:much\s|"
                               r"far\s|significantly\s|slightly\s)?(?:most|more|less|least)\s(?:likely|inclined)"
                               r"(?:\sthan\s[^,()]{1,40}?)?\sto\s")
GROUP_MORE_LIKELY = re.compile(r"^(?P<group>[A-Z][\w'’+-]*(?:\s[A-Za-z][\w'’+-]*){0,5})\s(?:are|were)\s(?:much\s|far\s|"
                               r"significantly\s|slightly\s|also\s)?(?:more|less)\s(?:likely(?:\sthan\s(?P<than>[^,()]{1,40}?))?"
                               r"\sto\s(?P<vp>[a-z][^,()]{2,100})|confident(?:\sthan\s(?P<than_c>[^,()]{1,40}?))?\sthat\s"
                               r"(?P<that>[^,()]{3,120}))$")


# plural heads of things (not people: "respondents" after "women respondents" is often everyone) that a later
# sentence uses alone for a kind named in full before ("domestic abuse cases ... a third of cases were closed")
GENERIC_HEADS = frozenset("cases crimes offences incidents complaints allegations investigations calls reports searches "
                          "arrests referrals applications hearings files".split())
COMPOUND_PARTICIPLES = frozenset("related flagged based linked enabled motivated aggravated".split())
NOT_A_MODIFIER = FUNCTION_WORDS | AUXILIARIES | frozenset(
    "many some other such more most all few several similar different various total individual relevant further "
    "new these those same each every any only over under around about nearly almost one two three four five six "
    "seven eight nine ten".split())


def named_in_full(head: str, earlier: list[str]) -> str | None:
    """The fuller name of a bare plural group from the sentences before, nearest first: "cases" after "the number of
    days taken to charge suspects in domestic abuse related cases" -> "domestic abuse related cases"."""
    for text in reversed(earlier):
        for found in reversed(list(rx.finditer(rf"\b{head}\b", text))):
            words = text[:found.start()].split()
            mods = []
            while words and len(mods) < 4 and rx.fullmatch(r"[A-Za-z][\w'’+-]*", words[-1]) and \
                    words[-1].lower() not in NOT_A_MODIFIER and not rx.fullmatch(r"[a-z]+ly", words[-1]) and (
                        not rx.fullmatch(r"[a-z]+ed", words[-1]) or words[-1] in COMPOUND_PARTICIPLES or
                        len(words) > 1 and words[-2].lower() in FUNCTION_WORDS):    # "abuse related", "of recorded"
                mods.insert(0, words.pop())
            if mods and not (mods[0][0].isupper() and len(words) == 0 and len(mods) == 1):
                return _clean(" ".join(mods + [head]))
    return None


def group_in_running_text(name: str) -> str:
    """A group named at the start of a sentence, as it reads inside one: "Older people" -> "older people"; names,
    acronyms and ethnic groups keep their capitals ("Black residents", "LGBTQ+ staff", "Kent Police officers")."""
    name = _clean(name)
    first = name.split()[0]
    if first.isupper() or first in ("Black", "White", "Asian") or rx.match(r"[A-Z][a-z]+\s[A-Z]", name):
        return name
    return name[0].lower() + name[1:]


def likelihood_groups(clause: str) -> tuple[str, str | None, str] | None:
    """"Women are less likely than men to feel safe at night" -> ("women", "men", "who feel safe at night"): the two
    groups a bracket after it gives figures for, and what the figures are shares of."""
    likely = GROUP_MORE_LIKELY.match(clause)
    if not likely:
        return None
    than = likely.group("than") or likely.group("than_c")
    what = f"who {likely.group('vp')}" if likely.group("vp") else f"confident that {likely.group('that')}"
    return group_in_running_text(likely.group("group")), group_in_running_text(than) if than else None, _clean(what)
PER_UNIT = re.compile(r"\s*(?P<per>per\s(?:1,000\s|1000\s|thousand\s)?[a-z][\w-]*)", re.IGNORECASE)
NAMING_BREAK = re.compile(r"\b(?:on|of|in|for|about|with|by|from|to|contains?|includes?|including|covers?|all|every|each|any|the|its|"
                          r"their|our|were|was|are|is|had|has|have|achieved|conducted|held|interviewed|surveyed)\s",
                          re.IGNORECASE)


def _last_named(text: str) -> str:
    """The noun phrase a bracket after it counts: "information on all allegations" -> "allegations"; "samples were
    achieved with LGBTQ+ Londoners" -> "LGBTQ+ Londoners"."""
    return NAMING_BREAK.split(text)[-1]


MOST_CLAUSE = re.compile(r"\b(?:the\s)?(?:majority|most|many|a\sminority|(?:almost|nearly)\sall)\s(?:of\s(?:the\s|their\s|its\s)?)?"
                         r"(?P<np>(?!(?:say|says|said|think|thinks|thought|feel|feels|felt|believe|believes|agree|agreed|"
                         r"agrees|report|reports|reported|are|were|is|was|have|has|had)\b)"
                         r"[a-z][\w'’-]*(?:\s[A-Za-z][\w'’-]*){0,6}?)\s(?P<pred>(?:are|were|is|was|had|have|has|did|do|"
                         r"say|says|said|think|thinks|thought|feel|feels|felt|believe|believes|agree|agreed|agrees|"
                         r"report|reports|[a-z]+ed)\b.*)$", re.IGNORECASE)


IN_CASES_BEFORE = re.compile(r"\s(?:in|on)\s(?:(?:only|just|around|about|nearly|almost|over|under|more than|less than|"
                             r"fewer than|a further|another|all|all but|each of the|every one of the)\s)?$", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;:()]\s*|\b(?:that|but|while|whilst|whereas|where|which)\s", re.IGNORECASE)
STATE_BREAK = re.compile(r"\b(?:and|or|with)\s", re.IGNORECASE)
STATE_VERB = re.compile(r"\b(?:was|were|is|are|been|being|had|has|have)\s|\b[a-z]+ed\b")
CASE_FRAME = re.compile(r"(?:^|[,;:]\s|\b(?:that|and|but|while|whereas)\s)(?P<frame>(?:(?!\b(?:that|and|but)\s)[^,;:()\d])*?\b"
                        r"(?:was|were|is|are|had been|has been|have been)\s)(?:[^,;:()\d]*?)\s(?:in|on)\s(?:\w+\s)?\d")


def _cases_where(before: str) -> str | None:
    """What holds in the cases a count ends: "supervision was effective in 120 cases" -> `supervision was effective`;
    in a list that states its frame once, ", partly effective in 60 cases" -> `supervision was partly effective`,
    "and was inadequate in 83 cases" -> `supervision was inadequate`, "required improvement in 40 cases" ->
    `supervision required improvement`."""
    cases = IN_CASES_BEFORE.search(before)
    if not cases:
        return None
    text = before[:cases.start()]
    clause = _clean(CLAUSE_BREAK.split(text)[-1])
    clause = rx.sub(r"^(?:The|A|An|Its|Their)\b", lambda m: m.group().lower(), clause)
    clause = rx.sub(r"^(?:and|or|but)\s", "", clause)
    verb = STATE_VERB.search(clause)
    has_subject = verb and not is_fragment(clause[:verb.start()]) and not rx.fullmatch(
        r"(?:(?:\w+ly|not|also|only|still|never|always)\s)+", clause[:verb.start()])
    if has_subject:
        fits = len(clause.split()) <= 12 and clause.split()[0].lower() not in PRONOUNS and \
            not rx.search(r"\s(?:in|on)\s(?:\w+\s)?\d", clause)
        return clause if fits else None
    state = _clean(STATE_BREAK.split(clause)[-1])
    if not state or rx.search(r"\d", state) or state.split()[0].lower() in PRONOUNS or len(state.split()) > 6:
        return None
    frames = list(CASE_FRAME.finditer(text))
    if not frames:
        return None
    frame = _clean(frames[-1].group("frame"))
    doer = rx.sub(r"\s(?:was|were|is|are|had been|has been|have been)$", "", frame)
    if not frame or frame.split()[0].lower() in PRONOUNS or is_fragment(doer):
        return None
    first = state.split()[0].lower()
    if first in AUXILIARIES or rx.fullmatch(r"[a-z]+ed", first) and first not in PARTICIPLES:
        return f"{doer} {state}"
    return f"{frame} {state}"


# a change is not what is done to a count: "increased from 443 to 771" is a rise, not "the number from which ..."
DONE_TO_BEFORE = re.compile(r"\s(?P<verb>(?!(?:(?:in|de)creased|reduced|dropped|declined|changed|moved|compared|amounted|"
                            r"equated|added|limited|restricted|capped|rated|scored|improved|deteriorated|doubled|halved|"
                            r"trebled|tripled|jumped|climbed)\b)[a-z]+ed)\s(?P<prep>to|from|with|for|against|at)\s"
                            r"(?:(?:only|just|around|about|nearly|almost|over|under|more than|less than|a further|another)\s)?$")


def _done_to(before: str) -> tuple[str, str] | None:
    """"Failings by the force contributed to two of ..." -> ("to", "failings by the force contributed"): the clause a
    count is the object of, and its preposition."""
    done = DONE_TO_BEFORE.search(before)
    if not done:
        return None
    clause = _clean(CLAUSE_BREAK.split(before[:done.end("verb")])[-1])
    clause = rx.sub(r"^(?:The|A|An|Its|Their)\b", lambda m: m.group().lower(), clause)
    words = clause.split()
    if not 2 <= len(words) <= 12 or words[0].lower() in PRONOUNS | {"and", "or", "but"} or rx.search(r"\d", clause):
        return None
    return done.group("prep"), clause


def _part_of_whole(before: str, whole: str) -> str | None:
    """'The proportion of hate crime allegations rose from 4% of all complaints': what the clause's subject is a share
    of the whole after the number -> 'share of all complaints made up by hate crime allegations'."""
    if not rx.search(r"\b(?:has|have|had|is|are|was|were|been|rose|risen|fell|fallen|grew|grown|increased|decreased|"
                     r"declined|dropped|doubled|halved|stood|remained|reached|went)\b", before, re.IGNORECASE):
        return None
    if PASSIVE_WITH_PREPOSITION.search(rx.sub(r"\s(?:(?:only|just|around|about|nearly|almost|over|under|some)\s)*$", "",
                                              before)):
        return None             # "Statements were offered to 58% of victims": done to them, not a part of them
    part = _subject_before(before)
    if not part or part.split()[0].lower() in PRONOUNS or rx.search(r"\d", part):
        return None
    part = rx.sub(r"^(?:the\s)?(?:proportion|percentage|share)\sof\s", "", part, flags=re.IGNORECASE)
    head = rx.split(r"\s(?:of|for|in|on|at|from|with|by|who|that|which)\s", part)[0].split()[-1]
    if not rx.fullmatch(r"[a-z][\w-]*[^s]s|people|staff|police|workforce", head, re.IGNORECASE):
        return None             # "Trust rose from half of residents": what is shared is not a set of things
    if part.lower().startswith(whole.lower()):
        return f"share of {part}" if not part.lower().startswith("share") else part     # "... to 21% of all recruits"
    return f"share of {whole} made up by {part}"


DURATION_DOER = re.compile(r"\s*(?:(?:and|but|while|whereas)\s)?(?P<doer>[A-Za-z][^,;:()]{2,90}?)\s(?:typically\s|usually\s|"
                           r"generally\s|often\s|still\s|now\s|had\s|have\s|has\s)?(?P<verb>took|takes|take|taken|taking|waited|"
                           r"waits|wait|waiting|spent|spend|spends|lasted|lasts|last)\s(?:(?:an?|the)\s(?P<stat>average|median|"
                           r"mean|typical|maximum|minimum)\s(?:of\s)?)?(?:(?:around|about|nearly|almost|over|more than|less "
                           r"than|just|up to|only|some|roughly|approximately|an estimated|a total of|at least)\s)*$", re.IGNORECASE)


PASSIVE_TIMED = re.compile(r"\s*(?P<what>[A-Za-z][^,;:()]{2,90}?)\s(?:were|was|are|is|had\sbeen|have\sbeen|has\sbeen)\s"
                           r"(?:typically\s|usually\s|generally\s)?(?P<verb>completed|finalised|finalized|resolved|concluded|"
                           r"answered|attended|closed|processed|dealt\swith|charged|investigated|heard|assessed|allocated|"
                           r"reviewed|booked\sin|released)\s(?:in|within|after)\s(?:(?:an?|the)\s(?P<stat>average|median|mean|"
                           r"typical)\s(?:of\s)?)?(?:(?:around|about|nearly|almost|over|more than|less than|just|only|some)\s)*$",
                           re.IGNORECASE)


def _timed_doer(before: str, after: str) -> Meaning | None:
    """'forces took an average of 21 working days to log a complaint', 'callers to the 101 line waited an average of
    3 minutes 41 seconds', 'hearings took a median of 24 weeks from referral to outcome', 'investigations were
    completed in an average of 187 days': how long, for whom."""
    passive = PASSIVE_TIMED.fullmatch(rx.split(r"[,;:()]", before)[-1])
    if passive:
        what = _strip_determiners(_clean(passive.group("what")))
        stat = f"{passive.group('stat').lower()} " if passive.group("stat") else ""
        if what and not is_fragment(what) and what.split()[0].lower() not in PRONOUNS:
            return Meaning(what, _clean(f"{stat}time for {what} to be {passive.group('verb')}"), "level")
    m = DURATION_DOER.fullmatch(rx.split(r"[,;:()]", before)[-1]) if rx.search(
        r"\b(?:took|takes|take|taken|taking|waited|waits|wait|waiting|spent|spend|spends|lasted|lasts|last)\b",
        before[-60:]) else None
    if not m:
        return None
    doer = _strip_determiners(_clean(rx.sub(r"^(?:(?:in|during|for|by|over|since|as at|at|between|across)\s[^,]*,\s*)", "",
                                            m.group("doer"), flags=re.IGNORECASE)))
    if not doer or is_fragment(doer) or doer.split()[0].lower() in PRONOUNS:
        doer = None
    stat = f"{m.group('stat').lower()} " if m.group("stat") else ""
    purpose = rx.match(r"\s(?P<rel>to|from|for|before|between)\s(?P<what>[^,;:()]{3,90})", after)
    if purpose and not rx.match(r"(?:(?:just|around|about|almost|nearly|over|under)\s)?[\d£]", purpose.group("what")):
        what = _predicate(purpose.group("what"))[0] if purpose.group("rel") == "to" else _clean(purpose.group("what"))
        if what and not is_fragment(what):
            measure = f"{stat}time {purpose.group('rel')} {what}" + (f" ({doer})" if doer else "")
            return Meaning(doer, _clean(measure), "level")
    gerund = rx.match(r"\s(?P<what>[a-z]+ing\b[^,;:()]{0,80})", after)
    if gerund and m.group("verb").lower().startswith("spen"):        # "detectives spent 6,470 hours guarding scenes"
        what = _predicate(gerund.group("what"))[0]
        if what and not is_fragment(what):
            return Meaning(doer, _clean(f"{stat}time spent {what}" + (f" ({doer})" if doer else "")), "level")
    if doer and m.group("verb").lower().startswith("wait"):
        return Meaning(doer, _clean(f"{stat}wait of {doer}"), "level")
    if doer and m.group("verb").lower().startswith(("took", "take", "lasted", "last")):
        return Meaning(doer, _clean(f"{stat}time taken by {doer}"), "level")       # "the review took 3 hours 20 minutes"
    return None


def _interval_or_length(before: str, after: str) -> Meaning | None:
    """'The force checks each offender's status every 28 days' -> the interval at which it does; 'most shifts are 12
    hours long' -> the length of the shifts."""
    every = rx.search(r"(?:\bonce\s)?\bevery\s(?:(?:around|about|approximately|roughly)\s)?$", before, re.IGNORECASE)
    if every:
        clause = rx.sub(r"^\W*(?:and|but|so)\s", "", _clause_before(before[:every.start()]).strip(), flags=re.IGNORECASE)
        clause = rx.sub(r"\s(?:at\sleast|at\smost|roughly|about|around)$", "", clause)
        if 2 <= len(clause.split()) <= 16 and not rx.search(r"\d|£", clause) and not is_fragment(clause):
            return Meaning(None, _clean(f"interval at which {clause[0].lower() + clause[1:]}"), "level")
    most_of_which = rx.search(r"(?P<np>(?:[a-z][\w-]*\s)?[a-z][\w-]*s),\s(?:the\smajority|most|many|some|all|half)\sof\swhich\s"
                              r"(?:are|were|last|lasted)\s(?:(?:around|about|up\sto|at\sleast)\s)?$", before)
    if most_of_which and rx.match(r"\s(?:long|in\slength)\b", after):      # "long shifts, the majority of which are 12 hours long"
        return Meaning(most_of_which.group("np"), f"length of most {most_of_which.group('np')}", "level")
    long = rx.search(r"(?:are|is|were|was|be|been|last|lasts|lasted)\s(?:(?:typically|usually|often|normally|generally|"
                     r"around|about|up\sto|at\sleast)\s)?$", before, re.IGNORECASE)
    if long and rx.match(r"\s(?:long|in\slength)\b", after):
        subject = _subject_before(before)
        if subject:
            subject = rx.sub(r"^(?:Most|Many|Some|All)\b", lambda w: w.group().lower(), subject)
            return Meaning(subject, _clean(f"length of {subject}"), "level")
    return None


LOST_TO = re.compile(r"share of (?:its |their |our )?(?P<what>[\w'’ -]{2,50}?) to (?P<to>.+?)(?P<doer>\s(?:the|its|their|our|"
                     r"we|they|[A-Z][\w'’]*)\b[\w'’ ]{0,40}?\s(?:lose|loses|lost))?$")


def _share_lost_to(before: str, meaning: Meaning) -> Meaning | None:
    """"We lose about one in 20 shifts to response cover now": the share of the shifts lost to it, not "to" them."""
    if not rx.search(r"\b(?:lose|loses|lost|losing)\s(?:(?:about|around|nearly|almost|over|some|just|roughly)\s)?$", before):
        return None
    lost = LOST_TO.match(meaning.measure or "")
    if not lost:
        return None
    to = rx.sub(r"(?:\s(?:now|currently|each\s\w+|every\s\w+|a\s(?:week|month|year)))+$", "", lost.group("to"))
    doer = f" ({_strip_determiners(lost.group('doer').strip().rsplit(' ', 1)[0])})" if lost.group("doer") else ""
    return Meaning(lost.group("what"), f"share of {lost.group('what')} lost to {to}{doer}", meaning.value_kind)


AMOUNT_OF_THIS = "amount of this"           # "£7.2 million of this": the reader names "this" from the amount before
OF_THIS_AFTER = re.compile(r"\sof\s(?:this|that|it|which)\s(?:(?:will|would|is|was|has|had)\s(?:be\s|been\s)?)?"
                           r"(?P<how>(?:come|comes|came|coming)\sfrom|paid\sfor|pays\sfor|went\son|goes\son|spent\son|"
                           r"(?:was|is)\s(?:spent|used)\son|used\sfor)\s(?P<what>[a-z£\d][^;:()]{2,100})", re.IGNORECASE)


def _part_of_this(before: str, after: str) -> str | None:
    """"Around £7.2 million of this will come from ...", "Of this, £480k paid for ...": a part of the amount before,
    as `amount of this from ...` for the reader to name."""
    if rx.fullmatch(r"\W*(?:(?:around|about|nearly|almost|some|just|over|roughly|approximately)\s)*", before, re.IGNORECASE):
        part = OF_THIS_AFTER.match(after)
    elif rx.fullmatch(r"\W*Of\s(?:this|that|which|it),\s", before):
        part = OF_THIS_AFTER.match(" of this" + after)
    else:
        return None
    if not part:
        return None
    what = _clean(rx.sub(r"(?:\s(?:and|or|but|while|with))+$", "", _clause_after(part.group("what"), 90).strip()))
    how = "from" if part.group("how").lower().startswith("com") else part.group("how").lower()
    return f"{AMOUNT_OF_THIS} {how} {what}" if what and not is_fragment(what) else None


POINTS_GAP = re.compile(r"\s(?P<gap>difference|gap)\s(?P<rel>between|in)\s(?P<what>[^;:()]{5,140})", re.IGNORECASE)
DURATION_LEAD = r"(?:(?:more\sthan|less\sthan|up\sto|at\sleast|over|under|almost|nearly|around|about|approximately|roughly|" \
    r"just|only|another|a\sfurther|some)\s)*"
CLAUSE_VERB = re.compile(r"\b(?:[a-z]{2,}ed|had|has|have|was|were|is|are|been|be|held|kept|took|takes|take|spent|spend|sat|"
                         r"stood|left|went|lived|ran|run|works?|serves?|stays?|waits?|remains?|analy[sz]es|checks?|"
                         r"reviews?|completes?|finish(?:es)?|do|does|did|[a-z]{3,}(?:sses|ses|zes|ches|shes|xes))\b")
REPORTED_BY = re.compile(r"^(?:[A-Za-z][\w'’-]*\s){1,4}(?:said|says|told\sus|told\sthe\s[Rr]eview|explained|reported|"
                         r"described\show)\s(?:that\s)?")
NOT_A_LENGTH_NOUN = frozenset("away ago old later earlier before after since long period time into".split())


def _opens_its_clause(before: str) -> bool:
    """Whether a number is the first thing in its clause, after at most a time and a hedge: "Last year, around £5m"."""
    clause = _clause_before(before)
    for p in reversed(find_periods(clause)):
        clause = clause[:p.char_start] + clause[p.char_end:]
    return bool(rx.fullmatch(r"[\s,]*(?:(?:around|about|nearly|almost|over|some|just|only|an\sestimated|approximately|"
                             r"roughly|more\sthan|less\sthan|(?:last|this|that|next)\s(?:year|month|quarter))[\s,]*)*", clause,
                             re.IGNORECASE))


def _spoken_clause(clause: str) -> str:
    """A clause as the object of 'how long' or 'time in which': its first word lower-cased where it is a function
    word or a plural noun that only opened the sentence ("Victims waited", not "Sapphire officers")."""
    words = clause.split()
    first = words[0]
    common = rx.fullmatch(r"[A-Z][a-z]+[^s]s", first) and len(words) > 1 and rx.match(r"[a-z]", words[1])
    lower = (first.lower() in FUNCTION_WORDS | PRONOUNS or common) and not rx.match(r"I\b", first)
    return first.lower() + clause[len(first):] if lower else clause


def _time_of_a_clause(sentence: str, start: int, end: int) -> Meaning | None:
    """A duration the rest of the reader left unnamed, named by how the sentence holds it: 'a 12 hour shift' (the
    length of the shift), 'kept the phone for seven months' (how long), 'analyses samples in 90 minutes' (the time
    in which it does), 'six months into the scheme'."""
    before, after, surface = sentence[:start], sentence[end:], sentence[start:end]
    if rx.search(r"\b(?:second|minute|hour|day|week|month|year)$", surface, re.IGNORECASE) and \
            rx.match(r"[\s-][a-z]", after) and not rx.match(r"[\s-]old\b", after):
        noun = []
        for word in _noun_phrase(rx.sub(r"^-", " ", after).lstrip()).split()[:4]:
            if word.lower() in ("before", "after", "until", "instead", "each", "only", "now") or \
                    word.lower() in FUNCTION_WORDS and word.lower() not in ("of", "on"):
                break                       # "9 month rotations before returning": the noun is "rotations"
            noun.append(word)
        while noun and noun[-1].lower() in FUNCTION_WORDS:
            noun.pop()
        if noun and noun[0].lower() not in NOT_A_LENGTH_NOUN | FUNCTION_WORDS and not is_fragment(" ".join(noun)):
            return Meaning(_clean(" ".join(noun)), _clean(f"length of {' '.join(noun)}"), "level")   # "a 12 hour shift"
    into = rx.match(r"\sinto\s(?:the\s|their\s|his\s|her\s|its\s|our\s|my\s)?(?P<what>[^,;:()\d]{3,60})", after)
    if into:
        what = _strip_determiners(_clean(_noun_phrase(into.group("what"))))
        if what and not is_fragment(what):
            return Meaning(None, f"time spent in {what}", "level")        # "six months into the scheme"
    held = rx.search(r"\s(?P<rel>for|in|within)\s" + DURATION_LEAD + r"$", before)
    if not held or rx.match(r"\s(?:were|was|are|is|had|have|made|make|makes|account|accounted|of)\b", after):
        return None         # "officers in post for less than two years were ...": a condition of the subject
    clause = rx.sub(r"^\W*(?:(?:and|but|so|then|yet|because|as|while|whilst|when)\s)?", "",
                    _clause_before(before[:held.start()]).strip(), flags=re.IGNORECASE)
    clause = REPORTED_BY.sub("", clause)        # "One victim said the force kept her laptop for eleven months"
    if not 2 <= len(clause.split()) <= 16 or rx.search(r"\d|£", clause) or not CLAUSE_VERB.search(clause) or \
            is_fragment(clause):
        return None
    first = clause.split()[0].lower()
    if first in AUXILIARIES | {"this", "that", "it", "which", "these", "those"} or rx.search(r"n['’]t$", first) or \
            CLAUSE_VERB.fullmatch(first):
        return None         # "which hasn't changed for five years", "This was expected ... within four months": whose?
    lasted = rx.search(r"\s(?:that|which)\s(?:has\s|have\s|had\s)?(?:lasted|lasts|last)$|\s(?:lasted|lasts|last)$", clause)
    if lasted:              # "an absence that has lasted for more than 28 days": the length of the absence
        what = clause[:lasted.start()]
        what = what[det.end():] if (det := rx.search(r"\b(?:an?|the|their|its)\s(?!.*\b(?:an?|the|their|its)\s)", what)) \
            else what           # "sickness is defined as an absence due to sickness that has lasted"
        what = _spoken_clause(_strip_determiners(_clean(what)))
        return Meaning(what, f"length of {what}", "level") if what and not is_fragment(what) else None
    if held.group("rel") == "for":
        return Meaning(None, _clean(f"how long {_spoken_clause(clause)}"), "level")     # "held my phone for seven months"
    return Meaning(None, _clean(f"time {held.group('rel')} which {_spoken_clause(clause)}"), "level")


CLOSING_QUOTE = re.compile(r"[,.!?]['’\"”](?=\s|$)")


def _describe(sentence: str, start: int, end: int, unit: str, kind: str = "number") -> Meaning:
    before, after = sentence[:start], sentence[end:]
    closing = CLOSING_QUOTE.search(after)
    if closing and rx.search(r"['‘\"“]\w", before):
        after = after[:closing.start()]         # "'We lose one in 20 shifts to response cover,' a sergeant told us"
    after_clean = rx.sub(r"^\s*\([^)]{0,80}\)", "", after)
    after_clean = rx.sub(r"^\sor\s(?:so|thereabouts)\b", "", after_clean)           # "20 or so officers"
    after_clean = rx.sub(r"^\s*(?:(?:,|and)\s*\d[\d.]*\s?%\s*)*respectively\b", "", after_clean)   # "59% and 71% respectively of"         # "a third (35%) of officers": skip the restatement
    own_noun = rx.match(r"\s(?P<noun>[a-z][a-z-]+s)\s*\)", after)
    if rx.search(r"\(\s*(?:at|around|about|some|approximately)?\s*$", before) and not rx.match(r"\s(?:of|out of)\s", after):
        outer = before[:before.rstrip().rfind("(")].rstrip()             # a restatement: "a third (35%) of officers"
        rate = rx.search(r"\b(?:the\s)?(?P<np>(?:proportion|percentage|share|number|rate|level|amount)\sof\s[^,;:()]+)$", outer)
        if rate and unit == "percent" and not rx.search(r"\d|\b(?:has|have|had|is|are|was|were|been|\w+ed)\b",
                                                        rate.group("np").split(" of ", 1)[1]):
            # "the proportion of female police officers (at 32.3 per cent"
            np = _strip_determiners(_clean(rate.group("np")))
            inner = rx.search(r"\bof\s(.+)$", np)
            return Meaning(_strip_determiners(inner.group(1)) if inner else None, np, "level")
        ratio = rx.search(r"\b(?:(?:one|two|three|four|five|\d+)\s(?:in|out of)\s(?:two|three|four|five|six|seven|eight|nine|"
                          r"ten|\d+)|(?:a|one|two)[\s-](?:third|quarter|fifth|half|thirds|quarters)|half|(?:the\s)?majority|"
                          r"most|a minority)(?P<noun>(?:\s[A-Za-z][\w'’-]*){0,3})$", outer, re.IGNORECASE)
        if ratio:
            return _describe(sentence, ratio.start(), ratio.start("noun"), unit, "ratio")
        clause_start = max(outer.rfind(";"), outer.rfind(". "), outer.rfind(")"), outer.rfind(":")) + 1
        earlier = list(RATIO_WORDS.finditer(outer, clause_start))
        if len(earlier) == 1 and unit == "percent":          # "Only a third of Black Londoners are confident ... (36% ...)"
            return _describe(sentence, earlier[0].start(), earlier[0].end(), unit, "ratio")
        likely = rx.search(r"(?:(?:nearly|almost|over|about|around|more than)\s)?(?:twice|\w+\stimes)\sas\s(?:likely|often)\s*$",
                           outer)
        closed_rest = rx.match(r"\s*\)\s*(?P<rest>.*)", after)
        if likely and unit == "percent" and closed_rest:        # "Asian people were nearly twice as likely (87%) to be ..."
            restated = f"{outer[:likely.start()].rstrip()} {sentence[start:end]} more likely {closed_rest.group('rest')}"
            at = len(outer[:likely.start()].rstrip()) + 1
            return _describe(restated, at, at + end - start, unit, kind)
        listed = _list_item(sentence, start, end)
        if listed:
            return listed
        most = MOST_CLAUSE.search(rx.split(r"[;:,)]\s", outer)[-1])
        if most and unit == "percent":               # "most residents were foreign-born (56.1%)"
            subject = _strip_determiners(_clean(most.group("np")))
            pred, aux = _predicate(most.group("pred"))
            if pred and not is_fragment(subject):
                return Meaning(subject, _clean("share of " + _relative(subject, pred, aux)), "level")
        if own_noun:                                           # "Asian Londoners (213 interviews)"
            item = _clean(_last_named(rx.split(r"[;:,]\s|\s(?:and|or)\s", outer)[-1]))
            item = rx.sub(r"^(?:we|they|it)\s[a-z]+\s", "", item, flags=re.IGNORECASE)
            if item and not is_fragment(item) and not rx.search(r"\d", item):
                return Meaning(item, f"number of {own_noun.group('noun')} ({item})", "level")
        item = rx.split(r"[;:,)]\s|\s(?:and|or|while|whereas)\s", outer)[-1]      # "... emergency calls (69%)"
        item = rx.sub(r"^\s*(?:in comparison (?:with|to)|compared (?:with|to)|than|versus|vs\.?|against)\s", "", item)
        item = rx.sub(r"^(?:the majority|most|many|some)\s(?:say|think|said|thought)\s(?:that\s)?(?:they\s)?", "", item.strip(),
                      flags=re.IGNORECASE)
        words = item.split()[-12:]
        phrase = _clean(" ".join(words))
        if unit == "count" and rx.fullmatch(r"\s*\)", after[:after.find(")") + 1] if ")" in after else "x"):
            named = _clean(rx.sub(r"^(?:and|or)\s", "", _last_named(rx.split(r"\b(?:where|who|that|which|whose)\s", item)[0])))
            if named and len(named.split()) <= 5 and not is_fragment(named) and not rx.search(r"\d", named) and \
                    not rx.search(r"\b(?:were|was|are|is|had|has|have)\b", named) and named[0].islower():
                return Meaning(named, f"number of {named}", "level")     # "all allegations (18,589), cases (10,252)"
        if rx.search(r"\d", phrase) or rx.match(r"(?:from|to|in|by|at|on|of)\b", phrase, re.IGNORECASE):
            phrase = ""                                        # "from 5,317 (10% ...) to 1,786 (4%)": not a name
        closed = rx.match(r"\s*\)\s*(?P<rest>.*)", after)
        if phrase and unit == "percent" and closed and rx.match(r"(?:are|were|is|was|have|had|has|" + THINK_VERBS + "|" +
                                                                AGREE_VERBS + r")\b", closed.group("rest")):
            pred, aux = _predicate(closed.group("rest"))         # "Custody sergeants (81%) are the most likely to think this"
            if _without_likelihood(pred) != pred:
                pred, aux = _without_likelihood(pred), ""
            subject = _group_name(phrase)
            if pred and subject and not is_fragment(subject):
                return Meaning(subject, _clean("share of " + _relative(subject, pred, aux)), "level")
            if pred:                                  # "while a comparable proportion (34%) are likely to ..."
                return Meaning(None, _clean("share " + _relative("", pred, aux).strip()), "level")
        return Meaning(None, phrase if phrase and not is_fragment(phrase) else None, "level")
    in_ratio = rx.search(r"\b(?P<a>[a-z][\w'’ -]{1,40}?)\sand\s(?P<b>[a-z][\w'’ -]{1,40}?)\sin\sa\sratio\sof\s(?:(?:around|about|"
                         r"nearly|almost|roughly)\s)?$", before)
    if in_ratio and unit == "ratio":                  # "employs police officers and staff in a ratio of 1.6:1"
        first = rx.sub(r"^(?:.*\s)?(?:employs?|employed|has|had|have|with|of)\s", "", in_ratio.group("a"))
        return Meaning(None, _clean(f"ratio of {_strip_determiners(first)} to {_strip_determiners(in_ratio.group('b'))}"),
                       "level")
    strong = rx.match(r"-strong\s(?P<rest>[a-z][^,;:()]{2,120})", after)
    if strong and unit == "count":                    # "a 180-strong team, dedicated to protecting ..."
        team = _noun_phrase(strong.group("rest"))
        pred, aux = _predicate(strong.group("rest")[_phrase_end(strong.group("rest"), team):]) if team else ("", "")
        if team and not is_fragment(team):
            clause = f" that {' '.join(w for w in (aux, pred) if w)}" if pred else ""
            return Meaning(team, _clean(f"size of {team}{clause}"), "level")
    share = _quantity_word(unit, kind) == "share"
    grouped = _of_the_group(sentence, start, after_clean, unit, kind)
    if grouped:
        return grouped
    if rx.fullmatch(r"(?:doubl|tripl|trebl|halv|quadrupl)ed", sentence[start:end], re.IGNORECASE):
        subject = _subject_before(before + sentence[start:end] + " ")      # "the proportion of women has doubled"
        return Meaning(subject, subject, "change")
    passive = _search_np(RATE_PASSIVE, before) if unit in ("rate_per_1000", "rate", "percent") else None
    if passive:             # "Black people were searched at a rate of 27.4 per 1,000"
        group = _strip_determiners(_clean(rx.split(r",\s", passive.group("np"))[-1]))
        if group and not is_fragment(group) and group.split()[0].lower() not in PRONOUNS:
            per = " per 1,000" if unit == "rate_per_1000" else ""
            return Meaning(group, _clean(f"rate at which {group} {passive.group('aux')} {passive.group('verb')}{per}"), "level")
    relative = _search_np(RATE_RELATIVE, before)
    other = rx.match(r"\s*(?:the\s)?(?P<what>rate|level|number|proportion|likelihood|risk)\sof\s"
                     r"(?P<other>(?:(?!\s(?:and|but|while|whereas)\s(?:\d|one|two|three|a\s(?:third|quarter)))[^,.;:()])+)",
                     after_clean)
    if relative and other:       # "women recruits are resigning at four times the rate of probationers as a whole"
        group = _strip_determiners(_clean(relative.group("np")))
        return Meaning(group, _clean(f"{relative.group('verb')} {other.group('what')} of {group} relative to "
                                     f"{_strip_determiners(other.group('other'))}"), "level")
    which = rx.search(r"(?P<np>[A-Za-z][^,;:()\d£%]{2,80}),\s(?:of|among|amongst)\s(?:which|whom)\s(?:(?:around|about|some|nearly|"
                      r"over|almost)\s)?$", before)
    if which and not rx.match(r"\s*(?:of|out of)\s", after_clean):      # "41,000 cases, of which 5,000 were high risk"
        np = which.group("np")
        if rx.search(r"\samong(?:st)?\s(?:which|whom)\s", which.group()):      # "views expressed by Londoners, amongst whom"
            np = rx.split(r"\b(?:by|among|amongst|from|asked|surveyed|than)\s", np)[-1]
        group = _strip_determiners(_clean(_noun_phrase(np)))
        pred, aux = _predicate(after_clean)
        if group and not is_fragment(group):
            head = "share of " if share else "amount of " if unit.startswith("gbp") else "number of "
            return Meaning(group, _clean(head + _relative(group, pred, aux)), "level")
    value_kind = "change" if CHANGE_NOUNS.match(after_clean.strip()) or rx.search(
        r"\b(?:rose|fell|increased|decreased|dropped|grew|declined|reduced|went up|went down|improved|up|down|"
        r"rise|fall|increase|decrease|reduction|drop|cut|change)(?:\s(?:even\s|much\s|far\s)?(?:more\s|less\s)?[a-z]+ly)?"
        r"(?:\s[–—-])?\s(?:of\s|by\s)(?:(?:just|around|about|almost|nearly|"
        r"some|over|more than|less than)\s)?$", before, re.IGNORECASE) else "level"

    # "N% of X ...", "one in five X ...", "N of the M X ..."
    m = None if unit.startswith("duration") else rx.match(r"\s*(?:of|out of)\s" + WHOLE_DETERMINERS + r"(?:(?P<base>\d[\d,]*)\s(?!calls?\b|(?:to|and)\s\d))?(?P<rest>.*)",
                 after_clean, re.IGNORECASE)
    if kind == "ratio" and not m:
        m = rx.match(r"(?!\s*(?-i:" + "|".join(sorted(_VERB_AFTER_NOUN | AUXILIARIES)) + r")\b)\s*(?P<rest>.*)", after_clean,
                     re.IGNORECASE)
    anaphor = rx.match(r"\s*(?:out\s)?of\s(?:these|those|them|which|whom)\b(?!\s+(?!(?:has|was|is|does)\b)[a-z][\w-]*"
                       r"(?:s|ren|ple)\b)\s*,?", after_clean, re.IGNORECASE)     # not "of these cases"
    if anaphor:
        own_clause = rx.match(r"\s*,?\s*(?P<clause>(?:a|an|the|no|there)\s[^,;:()]{3,120}?\b(?:was|were|had|has|have|is|are)\b"
                              r"[^,;:()]{2,120}?)\s*(?:[,;:(]|$)", after_clean[anaphor.end():])
        if own_clause and rx.search(r"\b[Ii]n\s(?:(?:only|just|around|about|nearly|almost|over|all)\s)?$", before):
            clause = own_clause.group("clause")               # "In 74 of these, a DASH risk assessment had been completed"
            return Meaning(None, _clean(f"{_quantity_word(unit, kind)} in which {clause}"), value_kind)
        pred, aux = _predicate(after_clean[anaphor.end():])       # "15 of these were sent back"
        if pred and not rx.match(r"(?:when|because|if|as|although|while|where|whereas)\b", pred, re.IGNORECASE):
            return Meaning(None, _clean(f"{_quantity_word(unit, kind)} {_relative('', pred, aux).strip()}"), value_kind)
    if m:
        rest = rx.sub(r"^\([^)]{0,40}\)\s*", "", m.group("rest"))          # "42 of 452 (9%) individuals"
        if m.groupdict().get("owner"):
            rest = m.group("owner") + rest                                  # "41 of Westshire's 300 detectives"
        phrase = _noun_phrase(rest)
        subject = _strip_determiners(_clean(phrase))
        if subject and not is_fragment(subject):
            following = rx.sub(r"^\s*\([^)]{0,40}\)", "", rest[_phrase_end(rest, phrase):])   # "employees (53%) surveyed"
            following = rx.sub(r"^\s(?:that|this)\s(?:year|month|quarter|period|week)\b", "", following)   # "bill that year"
            pred, aux = _predicate(following)
            if rx.match(r"(?:when|because|if|as|although|while|where|whereas)\b", pred, re.IGNORECASE):
                pred, aux = "", ""
            relative = min((r for p in RELATIVE_THEN_VERB if (r := p.match(following))), key=lambda r: r.start("main"),
                           default=None)
            if relative:                # "58% of rape cases which reached court resulted in a conviction"
                main, main_aux = _predicate(following[relative.start("main"):])
                if main and not is_fragment(main):
                    clause = _clean(relative.group("clause"))
                    return Meaning(subject, _clean(f"{_quantity_word(unit, kind)} of {subject} {relative.group('rel')} "
                                                   f"{clause} that {main_aux + ' ' if main_aux else ''}{main}"), value_kind)
            shared = None if pred else SHARED_PREDICATE.match(following)
            if shared and rx.match(r"\s*,[¹²³⁴⁵⁶⁷⁸⁹⁰]*\s*(?:and|but)\s", shared.group("more")) and \
                    not rx.search(r"\d", shared.group("more")):
                shared = None           # "22% of the budget, and gross expenditure has increased": another clause
            if shared and rx.match(r"\s*,\s*(?:a|an|the|this|these|those|it|they|we|there|he|she)\b", shared.group("more"),
                                   re.IGNORECASE) and not rx.search(r"\d|,\s*$", shared.group("more")):
                shared = None           # "in over 60% of detentions, a police vehicle was used": another subject's verb
            if shared and IN_BEFORE_THE_NUMBER.search(before) and rx.match(r"\s*,", shared.group("more")):
                shared = None           # "In 14 of the 60 cases, officers did not record ...": the comma ends "In ..."
            if shared:      # "half of those under 25, and 40% of Black respondents, were confident that ..."
                pred, aux = _predicate(following[shared.start("verb"):])
                if not rx.search(r"\d", shared.group("more")) and not RATIO_WORDS.search(shared.group("more")):
                    subject = _strip_determiners(_clean(f"{phrase}{shared.group('more')}"))
            verb = _verb_before(before)
            verb = _participle_of_present(verb) if verb else verb       # "the force records 91% of crimes"
            done = verb in PARTICIPLES or bool(verb and rx.fullmatch(r"[a-z]{3,}ed", verb) and verb not in NOT_DONE_TO and
                                                _doer_before(before))     # "Officers reached 82% of emergencies"
            if done and (not pred or pred.split()[0].lower() not in PARTICIPLES):
                pred, aux = f"{verb} {pred}".strip(), ""
            elif done:
                pred = f"{pred} {relative_pronoun(subject)} {'were' if subject.endswith('s') else 'was'} {verb}"
            head = f"{_quantity_word(unit, kind)} of "
            part = MAKE_UP.search(before) if share and not pred else None
            if part:                   # "Asian residents make up 19.2% of the population"
                clause = rx.split(r"\b(?:when|where|while|whilst|whereas|because|as|that|who|which|and|but|although|"
                                  r"though)\s|[,;:]", before[:part.start()], flags=re.IGNORECASE)[-1].strip()
                clause = rx.sub(r"\s(?:now|also|still|currently|only|together|already)$", "", clause)
                clause = _after_opening_period(clause)  # "In 2021-22 women made up 21% of sergeants"
                if rx.fullmatch(r"(?:they|it|these|those|this|that)", clause, re.IGNORECASE):
                    if rx.fullmatch(r"\W*(?:(?:in|during|by|over|between|since)\s[^,;:]{2,40},\s*)?(?:they|it|these|those|"
                                    r"this|that)", before[:part.start()], re.IGNORECASE):     # "In 2020, this accounted for"
                        return Meaning(subject, f"share of {subject} {MADE_UP_BY_THEM}", value_kind)   # resolved by the reader
                    clause = before.lstrip("-•* ")                  # "Black Londoners make ... when they make up"
                    clause = rx.split(r"\d|£", clause)[0]
                    clause = "" if not clause.split() or clause.split()[0].lower() in _VERB_AFTER_NOUN else clause
                whole = _strip_determiners(_clean(_noun_phrase(clause)))
                whole = rx.sub(r"^(?:proportion|percentage|share)\sof\s", "", whole or "", flags=re.IGNORECASE)
                if whole and not is_fragment(whole) and whole.split()[0].lower() not in PRONOUNS:
                    return Meaning(whole, _clean(f"share of {subject} made up by {whole}"), value_kind)
            if share and not pred and not part:
                within = _part_of_whole(before, subject)
                if within:
                    return Meaning(subject, within, value_kind)
            in_share = rx.search(r"\s(?:in|on)\s(?:(?:only|just|almost|nearly|around|about|over|under|some|more\sthan|"
                                 r"less\sthan|fewer\sthan)\s)*$", before) if share and not pred else None
            frame = _clean(CLAUSE_BREAK.split(before[:in_share.start()])[-1]) if in_share else ""
            frame = rx.sub(r"^(?:and|but|or|while|whilst|whereas)\s", "", frame)     # "..., and handcuffs were used in 61%"
            frame = _after_opening_period(frame)
            frame = sentence_case(frame)
            if frame and 2 <= len(frame.split()) <= 12 and not is_fragment(frame) and not is_broken(frame) and \
                    frame.split()[0].lower() not in PRONOUNS and \
                    not rx.search(r"\d(?!\d*\s(?:days|hours|weeks|months|minutes)\b|\d*-(?:minute|hour|day|week|month)\b)", frame):
                # "the force made an arrest in 38 per cent of domestic abuse crimes"; "within 28 days" is a condition
                return Meaning(subject, _clean(f"share of {subject} in which {frame}"), value_kind)
            in_which = IN_WHICH_CLAUSE.match(following) if not pred and IN_BEFORE_THE_NUMBER.search(before) else None
            if in_which:                # "In 31 of the 40 cases we reviewed, the victim was kept informed"
                clause = _clause_after(in_which.group("clause"), 140).strip()
                if len(clause.split()) >= 3 and not is_fragment(clause):
                    return Meaning(subject, _clean(f"{head}{subject} in which {clause}"), value_kind)
            measure = head + _relative(subject, pred, aux)
            doer = _doer_before(before) if not pred or rx.search(r"\s(?:to|for|on|with|against)\s(?:[a-z]+\s)?$", before) else None
            stranded = PASSIVE_WITH_PREPOSITION.search(doer or "")
            if pred and not stranded:
                doer = None             # "officers who said they felt valued": the clause already says it
            if stranded:        # "A risk assessment was completed for 81% of victims": for whom it was completed
                whom = "whom" if relative_pronoun(subject) == "who" else "which"
                doer = f"{stranded.group('prep')} {whom} {doer[:stranded.start('prep')].rstrip()}"
            return Meaning(subject, _clean(f"{measure} {doer}" if doer else measure), value_kind)

    # "Met officers are 82% White and 71% male"
    copula = COPULA_SHARES.search(before) if share else None
    trait = rx.match(r"\s([A-Za-z][\w'’-]*(?:\s(?!and\b|or\b|but\b)[a-z][\w'’-]*)?)", after_clean)
    if copula and trait and trait.group(1).split()[0].lower() not in FUNCTION_WORDS | AUXILIARIES | _VERB_AFTER_NOUN | {
            "among", "amongst", "across", "within", "between",
            "more", "less", "higher", "lower", "fewer", "greater", "percent", "per", "cent", "points", "likely", "smaller",
            "larger", "bigger", "worse", "better", "above", "below"}:
        group = _strip_determiners(_clean(copula.group("np")))
        if group and not is_fragment(group) and group.split()[0].lower() not in PRONOUNS:
            return Meaning(group, _clean(f"share of {group} {relative_pronoun(group)} {copula.group('verb')} {trait.group(1)}"), value_kind)

    # "25% think that ...", "53% disagree", "only one in four (25%) agree"
    after_clean = rx.sub(r"^(\s*)(say|think|agree|disagree|believ|feel|report)(?:ing)\b", lambda w: w.group(1) + w.group(2) + (
        "e" if w.group(2) == "believ" else ""), after_clean)                   # "with 75 percent saying that ..."
    after_clean = rx.sub(r"^(\s*)['‘\"“](?=[a-z])", r"\1", after_clean)      # "found 80% 'often worked in their free time'"
    named_before = rx.search(r"\b(?:rate|level|figure|score|average)\sof\s(?:(?:around|about|nearly|almost|just|over|only)\s)?$",
                             before)      # "The force's satisfaction rate of 71% was the third lowest": named before it
    if (share or kind == "ratio") and not named_before and rx.match(r"\s*(?:(?:who|that)\s)?(?:(?:also|still|now|only|" + FREQUENCY_ADVERBS +
                                               r")\s)?(?:say|says|said|think|thought|agree|agreed|"
                                               r"disagree|disagreed|feel|felt|believe|believed|report|reported|are|were|is|"
                                               r"was|have|had|has|would|could|do|did|want|wanted|trust|experienced|took|"
                                               r"waited|lasted|left|went|got|came|"
                                               r"[a-z]+ed)\b", after_clean):
        pred, aux = _predicate(rx.sub(r"^\s*(?:who|that)\s", " ", after_clean))
        group = rx.search(r"(?:^|[,;:(]\s*|\b(?:that|and|but|while|whereas)\s)\W*(?:of|among|amongst)\s(?:the\s|all\s)?"
                          r"((?:[\w'’-]+\s?){1,6}?)\s*,\s*(?:\w+\s){0,3}$", before, re.IGNORECASE)
        subject = (_clean(group.group(1)) if rx.match(r"those\s(?:who|that)\b", group.group(1), re.IGNORECASE)
                   else _strip_determiners(_clean(group.group(1)))) if group else None     # "Of those who responded, 40%"
        if pred:
            adverb = rx.match(r"(?:" + FREQUENCY_ADVERBS + r")\s", pred)
            relative = _relative("", pred[adverb.end():] if adverb else pred, aux).strip()
            if adverb:              # "80% often worked in their free time": the adverb stays with its verb
                relative = rx.sub(r"^((?:that|who)\s)?", lambda w: (w.group(1) or "that ") + adverb.group(), relative, count=1)
            measure = "share" + (f" of {subject}" if subject else "") + " " + relative
            return Meaning(subject, _clean(measure), value_kind)

    # "Stop and search rates were 3.2 times higher for Black people than for White people"
    between = GROUPS_SET_AGAINST.match(after_clean)
    if between and between.group("other"):
        what = _subject_before(before)
        group, other = _clean(between.group("group")), _clean(between.group("other"))
        if what and not is_fragment(group) and not is_fragment(other):
            return Meaning(group, _clean(f"{what} for {group} relative to {other}"), "level")

    # "N more likely to X" / "N times more likely"
    m = rx.match(r"\s*(?:times\s)?(?:more|less|as)\s(?:likely|often)\s(?P<rest>.*)", after_clean, re.IGNORECASE)
    if m:
        clause = rx.sub(r"^(?:(?:in|during|for|by|over|since|as at|as of|at|between)\s[^,]*,\s*)", "", _clause_before(before),
                        flags=re.IGNORECASE)
        clause = rx.split(r"\b(?:that|whether|shows?|showed|found|finds)\s", clause)[-1]     # "they conclude that X are"
        clause = _after_opening_period(clause, within=5)  # "from 2020-2022 people appearing Black were 3 times ..."
        subject = _strip_determiners(_clean(_noun_phrase(clause)))
        if is_fragment(subject):
            subject = ""
        rest = m.group("rest")
        comparison = rx.match(r"(?:than|as)\s(?:their\s|the\s|those\s)?(?P<other>.*?)\s(?=to\s)", rest)
        pred, _ = _predicate(rest[comparison.end():] if comparison else rest)
        measure = "relative likelihood" + (f" of {subject}" if subject else "") + (f" {pred}" if pred else "")
        if comparison:
            measure += f" compared with {_clean(comparison.group('other'))}"
        return Meaning(subject or None, _clean(measure) if (subject or pred) else None, "level")

    # "4,537 police officers", "400 days to finalise cases", "a 12 percent increase in crime", "£153m on overtime"
    np_text = rx.sub(r"^\s*(?:of\s)?(?:more|fewer|less|other|further)?\s*", "", after_clean)    # "extra officers" stay extra
    counted = _noun_phrase(np_text) if not rx.match(r"\s*(?:[,;:)]|(?:in|on|at|by|to|from|for|per|than|and|or|was|were|is|"
                                                     r"are|until|over|since|during|between|each|every|across|within|"
                                                     r"before|after|as|with|without|a\s(?:year|month|week|day))\b)", after_clean, re.IGNORECASE) \
        or unit.startswith("gbp") and not rx.match(r"\s*(?:[,;:)]|(?:to|from|and|or|than|versus|compared\s(?:with|to))\s)",
                                                   after_clean) else ""
    if unit.startswith("gbp"):
        part = _part_of_this(before, after_clean)
        if part:
            return Meaning(None, part, value_kind)
        verb = _verb_before(before)
        on = rx.match(r"\s*(?:(?:a|per|each|every)\s(?:year|month|week)\s)?(?:on|for|in)\s(?P<what>.*)", after_clean)
        in_kind = rx.match(r"\s(?:of|in)\s(?P<what>(?:grants?|funding|fines|compensation|savings|payments|income|"
                           r"donations|awards|overtime|damages)\b[^,;:()]{0,60})", after_clean)
        if verb and in_kind:                  # "the fund awarded £1.2 million in grants to local projects"
            what = _strip_determiners(_clean(_noun_phrase(in_kind.group("what"))))
            if what and not is_fragment(what):
                head, _, rest = what.partition(" ")
                return Meaning(what, _clean(f"{head} {verb} {rest}" if verb.endswith("ed") else what), value_kind)
        if verb in SPEND_VERBS and on:
            what = _strip_determiners(_clean(_noun_phrase(on.group("what"))))
            if what and not is_fragment(what):
                return Meaning(what, f"{SPEND_VERBS[verb]} on {what}", value_kind)
        towards = rx.match(r"\s*(?:(?:a|per|each|every)\s(?:year|month|week)\s)?(?P<prep>to|from)\s(?P<what>[a-z][^,;:()]{3,80})",
                           after_clean)
        infinitive = rx.search(r"\bto\s(?P<verb>[a-z]{3,})\s(?:(?:an?\s)?(?:extra|additional|further|total\sof)\s)?"
                               r"(?:(?:only|just|around|about|approximately|nearly|almost|over|under|some)\s)*$", before)
        if towards and (verb in SPEND_VERBS or infinitive):     # "pays £1.1m a year to lease its new headquarters",
            what = _predicate(towards.group("what"))[0] if towards.group("prep") == "to" else \
                _strip_determiners(_clean(_noun_phrase(towards.group("what"))))   # "received £3.5m from the Home Office"
            head = SPEND_VERBS[verb] if verb in SPEND_VERBS else f"amount to {infinitive.group('verb')}"
            if what and not is_fragment(what):      # "plans to draw £3.9 million from reserves"
                return Meaning(None, _clean(f"{head} {towards.group('prep')} {what}"), value_kind)
        holder = _holder(before)
        purpose = rx.match(r"\s(?:to|for)\s(?P<what>[a-z][^,;:()]{3,80})", after_clean)
        if holder and purpose:                    # "an investment of £18.5 million to improve learning and development"
            what, _ = _predicate(purpose.group("what")) if after_clean.startswith(" to") else (
                _clean(_noun_phrase(purpose.group("what"))), "")
            if what and not is_fragment(what):
                return Meaning(None, _clean(f"{holder} {after_clean.split()[0]} {what}"), value_kind)
        when = rx.match(r"(?:last|this|next|previous|each|every|a|per|the\sprevious|the\sfollowing)\s(?:financial\s)?"
                        r"(?:year|month|week|day|quarter)\b", counted or "", re.IGNORECASE)
        if counted and not is_fragment(counted) and not when and not rx.match(r"\s*(?:in|on|for|by)\b", after_clean):
            phrase = _strip_determiners(_clean(counted))
            return Meaning(None, phrase, value_kind)
        if verb in SPEND_VERBS:                  # "a restructuring ... to save £400 million by 2020"
            clause = rx.sub(r"\s(?:to\s)?[a-z]+\s(?:(?:only|just|around|about|approximately|nearly|almost|over|under|"
                            r"more than|less than|some|an estimated)\s)*$", "", " " + _clause_before(before)).strip()
            clause = rx.sub(r"^(?:as part of|part of)\s", "", clause)
            holder = _strip_determiners(_clean(_noun_phrase(clause))) if clause else ""
            holder = holder if holder and not is_fragment(holder) and holder.split()[0].lower() not in PRONOUNS else ""
            return Meaning(None, SPEND_VERBS[verb] + (f" ({holder})" if holder else ""), value_kind)
    elif unit.startswith("duration") and (timed := _timed_doer(before, after_clean) or _interval_or_length(before, after_clean)):
        return timed
    elif unit.startswith("duration"):
        m = rx.match(r"\s*(?:on average\s)?(?P<rel>to|for|between|before|after|from|waiting|of|in|since)\s(?P<what>.*)",
                     after_clean, re.IGNORECASE)
        if m and rx.match(r"(?:(?:just|around|about|almost|nearly|over|under)\s)?[\d£]", m.group("what")):
            m = None        # "fell from 498 days to 412 days": the other end of a change, not what the time is for
        if m and m.group("rel").lower() == "in" and PERIOD_OR_PLACE.match("in " + m.group("what")):
            m = None        # "7 days in January to March 2020": when, not what the time is spent in
        if m:
            what = _predicate(m.group("what"))[0] if m.group("rel") == "to" else _clean(_noun_phrase(m.group("what")))
            if what and not is_fragment(what):
                rel = {"of": "spent on", "waiting": "waiting for", "in": "spent in"}.get(m.group("rel").lower(),
                                                                                      m.group("rel").lower())
                subject = _subject_before(before)
                if subject and m.group("rel").lower() == "for" and \
                        rx.search(r"\b(?:time|times|wait|waits|delay|delays|duration|length)\b", subject):
                    return Meaning(subject, _clean(f"{subject} for {what}"), "level")   # "the average time ... was 57 days for all crime"
                return Meaning(subject, _clean(f"time {rel} {what}"), "level")
    elif counted and not is_fragment(counted):
        phrase = _strip_determiners(_clean(counted))
        if CHANGE_NOUNS.match(phrase):
            inner = rx.search(r"\b(?:in|of)\s(.+)$", phrase)
            return Meaning(_strip_determiners(inner.group(1)) if inner else None, phrase, "change")
        each = rx.search(r"\s(?:each|apiece)$", phrase)
        if each and (unit == "count" or unit == "other"):        # "managing between 50 and 60 offenders each"
            phrase = phrase[:each.start()]
        if unit == "count" or unit == "other":
            following = np_text[np_text.find(phrase.split()[-1]) + len(phrase.split()[-1]):]
            following = rx.sub(r"^\s*(?:and|to)\s\d[\d,.]*", "", following)      # "adults aged 18 and 75 completed"
            whole = OUT_OF_WHOLE.match(following.lstrip())
            following = following.lstrip()[whole.end():] if whole else following     # "out of 31,000 (...) were"
            following = rx.sub(r"^\s*\((?:around|about|nearly|almost|over|just|some)?\s*[\d.]+\s?(?:%|per\s?cent|percent)(?:\s"
                               r"of\s[^()]{2,60})?\)(?=\s[a-z])", "", following)    # "340 officers (8% of the workforce) were"
            # and "1,300 cases (18%) were closed", not "good in 93 cases (31%), required improvement in ..." 
            in_cases = IN_WHICH_CLAUSE.match(following) if rx.search(
                r"\b[Ii]n\s(?:(?:only|just|almost|nearly|around|about|over|under|some|a\sfurther|another)\s)*$", before) else None
            if in_cases and rx.fullmatch(r"[\w'’ -]*(?:cases|files|investigations|records|instances|incidents|reports)"
                                         r"(?:\s(?:we\s)?(?:reviewed|examined|sampled|audited|checked|assessed|looked\sat))?",
                                         phrase):          # "in 11 cases there had been avoidable delays"
                clause = _clause_after(in_cases.group("clause"), 140).strip()
                if len(clause.split()) >= 3 and not is_fragment(clause):
                    return Meaning(phrase, _clean(f"number of {phrase} in which {clause}"), value_kind)
            pred, aux = _predicate(following)
            reported = rx.search(r"\b(?:shows?|showed|shown|found|finds|reveals?|revealed|suggests?|suggested|indicates?|"
                                 r"indicated|means?|meant)\s(?:that\s)?(?:(?:only|just|around|about|nearly|almost|over|"
                                 r"some)\s)*$", before, re.IGNORECASE)
            opens_clause = reported or not _doer_before(before) and rx.fullmatch(
                r"(?:.*[,;:]\s*)?(?:(?:only|just|around|about|approximately|nearly|almost|over|under|more than|less than|"
                r"fewer than|some|an estimated|a further|another|a total of|in total|overall|altogether)\s)*", before,
                re.IGNORECASE | re.DOTALL)
            first = pred.split()[0].lower() if pred else ""
            if pred and not aux and opens_clause and first in _VERB_AFTER_NOUN and first not in _BE | _HAVE and \
                    not rx.match(r"\s*(?:and|or)\s", np_text[np_text.find(phrase.split()[-1]) + len(phrase.split()[-1]):]) and \
                    not rx.match(r"(?:[a-z]+ed|[a-z]+en)\b", first):
                pred = f"{relative_pronoun(phrase)} {pred}"          # "8,000 officers left": an active verb
            elif pred and not aux and opens_clause and rx.match(r"[a-z]+ed\s(?:the|a|an|their|its|his|her|our)\s(?!(?:previous|"
                                                                r"last|next|same|following|first|past)\b|year|month|week)", pred):
                pred = f"{relative_pronoun(phrase)} {pred}"          # "180 officers joined the force": active, with an object
            elif pred and (aux.lower() in _BE or aux.lower() in ("had been", "has been", "have been")) and rx.match(
                    r"(?:on|off|in|at|under|subject|absent|still|not|without|from|aged|[a-z]{2,}ing)\b", pred):
                pred = f"{relative_pronoun(phrase)} {aux} {pred}"       # "6,100 officers ... were on restricted duties"
            elif pred and not rx.match(r"(?:(?:strip|stop|dip|spot|risk|fast|cross|hand|double)[\s-])?(?:[a-z]+ed|[a-z]+en|"
                                       r"within|in under|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\b", pred):
                pred = _relative_clause(following)
            measure = f"number of {phrase}" + (f" {pred}" if pred else "")
            doer = None if pred else _doer_before(before)
            holder = None if pred or doer else _holder(before)
            if holder:
                doer = f"({holder})"                                  # "a workforce of 4,500 officers"
            grown = None if pred or doer else _search_np(CHANGED_SUBJECT, _clause_before(before).strip() or before)
            if grown and not is_fragment(grown.group("np")) and grown.group("np").split()[0].lower() not in PRONOUNS:
                counted = _strip_determiners(_clean(grown.group("np")))
                if rx.search(r"(?<!number)(?<!level)(?<!figure)(?<!total)(?<![su])s$", counted):
                    return Meaning(counted, f"number of {counted}", value_kind)    # "burglaries fell from 4,120 offences"
                doer = "in " + counted
            measure = f"{measure} {doer}" if doer else measure
            return Meaning(phrase, _clean(f"{measure} each" if each else measure), value_kind)
        if unit in ("rate_per_1000", "rate"):
            phrase = rx.sub(r"\s(?:on average|each|in total)$", "", phrase)
            counted_things = rx.split(r"\s(?:per|a|each|every)\s", phrase)[0]    # "grievance cases per month"
            return Meaning(_clean(counted_things) or phrase, _clean(phrase), value_kind)

    changed = CHANGED_OBJECT.search(before) or CHANGE_IN_BY.search(before)
    if changed and unit in ("percent", "count", "gbp"):      # "plans to cut its road safety budget by 27.5%"
        np = _strip_determiners(_clean(changed.group("np")))   # "resulted in an increase in the pass rate by 18%"
        if np and not is_fragment(np):
            return Meaning(np, f"change in {np}", "change")
    done_by = AMOUNT_DONE_BY.match(after_clean) if unit == "gbp" and _opens_its_clause(before) else None
    if done_by:                 # "around £527 million was funded by counter-terrorism grants"
        what = _clean(_noun_phrase(done_by.group("what")))
        if what and not is_fragment(what):
            return Meaning(what if done_by.group("prep").lower() == "by" else None,
                           f"amount {done_by.group('verb').lower()} {done_by.group('prep').lower()} {what}", "level")
    # "X was N", "X rose from N", "an overtime bill of N"
    subject = _subject_before(before)
    if subject:
        inner = rx.search(r"\b(?:of|for|among|amongst)\s(.+)$", subject)
        subj = _strip_determiners(inner.group(1)) if inner else subject
        if CHANGE_NOUNS.match(subject):
            return Meaning(subj, subject, "change")
        if unit == "count" and not inner and rx.fullmatch(r"[\w'’ -]*[a-z]{2}s", subject) and \
                subject.split()[0].lower() not in QUANTITY_HEADS and subject.split()[-1].lower() not in (
                    "numbers", "levels", "totals", "figures", "rates", "costs", "volumes", "amounts", "counts"):
            subject = f"number of {subject}"            # "special constables reduced from 2,100 to 900"
        return Meaning(subj, f"change in {subject}" if value_kind == "change" else subject, value_kind)
    reduced = CHANGED_THESE.search(before)
    if reduced and unit in ("percent", "count"):    # "work to clear the backlog of bail cases reduced these by 52%"
        np = _clean(reduced.group("np"))
        return Meaning(np, f"change in {np}", "change")
    return Meaning(None, None, value_kind)


CHANGED_OBJECT = re.compile(r"\b(?:cut|cuts|cutting|reduced?|reduces|reducing|increased?|increases|increasing|raised?|raises|"
                            r"raising|lowered|lower|expanded?|expanding|grew|grow|boosted?|doubled?|halved?)\s(?P<np>(?:the|its|their|"
                            r"our|his|her)\s[^,;:()\d£%]{2,80}?)\sby\s(?:(?:just|around|about|almost|nearly|some|over|more\sthan|"
                            r"less\sthan|a\sfurther|an\sadditional)\s)?$", re.IGNORECASE)
CHANGE_IN_BY = re.compile(r"\b(?:an?\s|the\s)?(?:(?:small|slight|large|significant|further)\s)?(?:increase|rise|fall|reduction|"
                          r"decrease|drop|improvement|decline)\sin\s(?:the\s|its\s|their\s)?(?P<np>[^,;:()\d£%]{3,80}?)\sby\s"
                          r"(?:(?:just|around|about|almost|nearly|some|over|more\sthan|less\sthan)\s)?$", re.IGNORECASE)
AMOUNT_DONE_BY = re.compile(r"^\s(?:was|were|is|are|has\sbeen|have\sbeen|will\sbe)\s(?P<verb>funded|spent|paid|provided|"
                            r"allocated|raised|saved|invested|awarded|received|contributed|granted)\s(?P<prep>by|on|to|through|"
                            r"from|for|in)\s(?P<what>[^,;:()]{3,90})", re.IGNORECASE)
CHANGED_THESE = re.compile(r"(?:\b(?:the|its|their|our)\s|\b(?:work|efforts?|action|a\sreview|an\saudit)\s(?:to\s"
                           r"(?:review|clear|reduce|tackle|address|resolve|close)|of)\s(?:the\s|its\s|their\s)?)"
                           r"(?P<np>[a-z](?:(?!\sto\s)[\w'’ -]){2,60}?)\s(?:has\s|have\s|had\s)?(?:reduced|cut|"
                           r"increased|lowered|raised|halved|doubled)\s(?:these|this|them|it)\s(?:by\s)?(?:(?:just|around|about|"
                           r"almost|nearly|some|over|more\sthan|a\sfurther|an\sadditional|another)\s)?$", re.IGNORECASE)


ELLIPTICAL_ITEM = re.compile(
    r"\s*(?P<item>[A-Za-z‘'][^,;.:()\d£%]{0,60}?)['’]?\s*(?=,|;|\.(?:\s|$)|$|\((?!\s*\d)|\s(?:and|or)\s(?:(?:only|just|around|about|"
    r"nearly|almost|some)\s)?(?:£?\d|one|two|three|four|five|six|seven|eight|nine|ten|a\s(?:third|quarter|half|fifth)))")
ITEM_SEPARATOR_END = re.compile(r"(?:,\s*(?:and\s|or\s)?|\s(?:and|or)\s)(?:(?:only|just|around|about|nearly|almost|some)\s)?$")
FRAME = re.compile(r"^(?P<frame>.*\b(?:are|were|is|was|as|been|being)\s)(?P<trait>[^,;]+?)\s*$", re.IGNORECASE)
NOT_AN_ITEM_START = re.compile(r"(?:of|out|per|times|more|less|fewer|than|in|on|at|by|for|to|with|over|under|since|"
                               r"during|between|higher|lower|compared|respectively|percent|per cent|cent|points?)\b",
                               re.IGNORECASE)


def elliptical_item(sentence: str, head: tuple[int, int], head_measure: str, start: int, end: int) -> str | None:
    """The measure of a number in a list that states its frame once: "20.7% of the population are Asian, 17% White
    non-British and 6.3% from other ethnic groups" -> `share of population who are White non-British`; "36 were
    assessed as good, two as outstanding" -> `... assessed as outstanding`. `head` is the span of the list's first
    number and `head_measure` its measure, which must end with what the first item says after its verb."""
    item = ELLIPTICAL_ITEM.match(sentence[end:])
    if not item or not ITEM_SEPARATOR_END.search(sentence[:start]):
        return None
    text = _clean(item.group("item"))
    words = text.split()
    if not 1 <= len(words) <= 6 or NOT_AN_ITEM_START.match(text) or find_periods(text) or \
            any(w.lower() in _VERB_AFTER_NOUN and w.lower() not in _BE for w in words[1:]):
        return None
    if len(words) > 1 and rx.fullmatch(r"[a-z]+ed", words[0]) and words[0] not in PARTICIPLES:
        return None                          # "40 required improvement": a verb with its object, a clause of its own
    first = rx.split(r",\s|;\s|\s(?:and|or)\s(?=(?:(?:only|just|around|about|nearly|almost|some)\s)?(?:£?\d|one|two|"
                     r"three|four|five|six|seven|eight|nine|ten|a\s))", sentence[head[1]:start])[0]
    frame = FRAME.match(_clean(first))
    trait = frame.group("trait") if frame else _clean(first)
    text = rx.sub(r"(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])", "", text)
    words = text.split()
    aux = rx.match(r"(?:are|were|is|was|have|has|had)\s", text, re.IGNORECASE)
    if aux and (frame or not rx.match(r"\s*(?:[a-z]+ed|were|was|are|is|had|have|has)\b", first)):
        return None                          # "are Asian, ..., and 25% are ...", "Of the 43 forces, 36 were": clauses of their own
    if aux:
        pass
    elif frame and words[0].lower() == frame.group("frame").split()[-1].lower():
        text = " ".join(words[1:])                           # "two as outstanding" after "assessed as good"
    trait, measure = _clean(trait).strip("'‘’"), _clean(head_measure).strip("'‘’")
    if not trait or len(trait.split()) > 6 or not measure.lower().endswith(trait.lower()) or not text:
        return None
    return measure[:len(measure) - len(trait)].rstrip("'‘’") + text


AGREE_VERBS = r"agree|agreed|agrees|disagree|disagreed|disagrees"
THINK_VERBS = r"think|thinks|thought|feel|feels|felt|believe|believes|believed|say|says|said"
BARE_ATTITUDE = re.compile(r"\b(?P<verb>" + AGREE_VERBS + "|" + THINK_VERBS + r")(?:\s(?:with\s)?(?:this|so|that|it|the same|"
                           r"this view|this statement))?$", re.IGNORECASE)
PRONOUN_COMPLEMENT = re.compile(r"\b(?P<verb>" + THINK_VERBS + r")\s(?:that\s)?(?P<pronoun>it|this)\s"
                                r"(?P<rest>(?:is|was|has|have|had|are|were|will|would)\b.*)$", re.IGNORECASE)
COMPLEMENT_END = re.compile(r"[,;:()]|\s[-–—]\s|\s(?:while|whilst|whereas|but|compared|and\s(?:\d|one|two|a\s)|\d)", re.IGNORECASE)


ASKED_WHETHER = re.compile(r"\basked\s(?:(?:about\s)?whether|if)\s(?:they\s(?:agreed|thought|believed)\s(?:that\s)?)?"
                           r"(?P<c>[^.;:()?]{8,200})", re.IGNORECASE)


ANSWERED_YES_NO = re.compile(r"\b(?:said|answered|responded|replied)\s(?:yes|no)$", re.IGNORECASE)
ASKED_WHO = re.compile(r"(?:^|[,;:]\s)(?P<who>[A-Za-z][\w'’-]*(?:\s[\w'’-]+){0,5}?)\s(?:were|was)\s$")


def _question(asked: re.Match) -> str:
    """What an `ASKED_WHETHER` match asked, to the end of its clause."""
    end = COMPLEMENT_END.search(asked.group("c"))
    return _clean(asked.group("c")[:end.start()] if end else asked.group("c"))


def _complement(verbs: str, text: str, strict: bool = True) -> str | None:
    """The last clause `text` says is agreed with or thought: 'disagree that everyone is treated fairly' ->
    `everyone is treated fairly`. A thought must hold an auxiliary unless `strict` is off (it is what a later
    "agree" refers to)."""
    found = None
    joined = r"\s(?:that|with)\s" if verbs == AGREE_VERBS else r"\s(?:that\s)?"
    for m in rx.finditer(r"\b(?:" + verbs + r")" + joined + r"(?!(?:this|that|it|so|the same)\b)(?P<c>[^.;:()]{8,200})",
                         text, re.IGNORECASE):
        if verbs == AGREE_VERBS or not strict or rx.search(r"\b(?:is|are|was|were|has|have|had|should|would|could|will|can|must|"
                                             r"need|needs|does|do|did)\b", m.group("c")):
            found = m
    if found is None:
        return None
    clause = found.group("c")
    end = COMPLEMENT_END.search(clause)
    clause = _clean(clause[:end.start()] if end else clause)
    return clause if len(clause.split()) >= 3 and not is_fragment(clause) else None


QUOTED_STATEMENT = re.compile(r"(?:[\"“‘]|(?<![\w’])')(?P<statement>[A-Z][^\"“”‘’]{8,160}?)(?:[.?!]?(?:[\"”’]|'(?![A-Za-z]))|[.?!]$)")
STATEMENT_CUE = re.compile(r"\b(?:statements?|questions?|survey|asked|agreed?|agreement)\b", re.IGNORECASE)
AGREEMENT = re.compile(r"\b(?P<dis>dis)?(?:agree|agrees|agreed|agreeing|agreement)\b", re.IGNORECASE)

def _last_quoted_statement(texts: list[str]) -> str | None:
    """The statement quoted last in texts that speak of a survey, a question or agreement ('the statement "I feel
    valued"'), newest text first."""
    return next((found[-1] for text in reversed(texts) if STATEMENT_CUE.search(text) and
                 (found := [q.group("statement") for q in QUOTED_STATEMENT.finditer(text)
                            if len(q.group("statement").split()) >= 3])), None)


def complete_attitude(measure: str, earlier: list[str]) -> str | None:
    """A measure that stops at what people agree with or think ("share of women who disagree", "who think this",
    "who think it has got worse"), completed from the clause stated just before, in the same sentence or the two
    before it ("One in three disagree that everyone is treated fairly regardless of gender. 41% of women
    disagree" -> `share of women who disagree that everyone is treated fairly regardless of gender`)."""
    if ANSWERED_YES_NO.search(measure):     # "Asked whether they would feel safe ...: - 62% of men said yes"
        asked = next((a for text in reversed(earlier) if (a := ASKED_WHETHER.search(text))), None)
        return f"{measure} when asked whether {_question(asked)}" if asked else None
    bare = BARE_ATTITUDE.search(measure)
    pronoun = None if bare else PRONOUN_COMPLEMENT.search(measure)
    if not bare and not pronoun:
        return None
    verb = (bare or pronoun).group("verb")
    verbs = AGREE_VERBS if rx.fullmatch(AGREE_VERBS, verb, re.IGNORECASE) else THINK_VERBS
    quoted = _last_quoted_statement(earlier)
    if bare and verbs == AGREE_VERBS and quoted:     # "responded to the statement 'I feel able to ...'. Of these, 63% agreed"
        return f"{measure[:bare.start()]}{verb} with \"{_clean(quoted)}\""
    for text in reversed(earlier):
        clause = _complement(verbs, text)
        asked = ASKED_WHETHER.search(text) if bare else None
        if asked and not clause:            # "Residents were asked whether the police treat people fairly. 24% disagree"
            clause = _question(asked)
        if not clause and bare and verbs == AGREE_VERBS:
            clause = _complement(THINK_VERBS, text, strict=False)   # "men think the Met treat women fairly, only 40% of women agree"
        if not clause:
            continue
        if bare:
            who = ASKED_WHO.search(text[:asked.start()]) if asked else None
            head = measure[:bare.start()]
            if who and rx.fullmatch(r"share\s(?:(?:who|that)\s)?", head):
                group = _strip_determiners(_clean(who.group("who")))
                head = f"share of {group} {relative_pronoun(group)} "    # "Officers were asked if ... 38% agreed"
            return f"{head}{verb} that {clause}"
        subject = _noun_phrase(clause)
        if not subject or is_fragment(subject) or subject.split()[0].lower() in PRONOUNS:
            return None
        return f"{measure[:pronoun.start('pronoun')]}{subject} {pronoun.group('rest')}"
    return None


def statement_agreed(measure: str, sentence: str, earlier: list[str]) -> str | None:
    """A share of a group in a sentence about agreement that does not say with what, completed from the statement
    quoted last in the paragraph: 'The question became "I feel valued at work". It attracted agreement from 48% of
    staff' -> `share of staff agreeing with "I feel valued at work"`."""
    group = rx.fullmatch(r"share of (?P<group>[^,;:()]{3,60})", measure)
    agreement = AGREEMENT.search(sentence)
    if not group or not agreement:
        return None
    statement = _last_quoted_statement([*earlier, sentence])
    if statement is None:
        return None
    return f"share of {group.group('group')} {'disagreeing' if agreement.group('dis') else 'agreeing'} with " \
           f"\"{_clean(statement)}\""


RESPECTIVELY = re.compile(r"^[^.;:()\d]{0,40}?\brespectively\b", re.IGNORECASE)
RUN_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and\s|or\s)?|\s(?:and|or)\s)\s*")


def respectively_runs(sentence: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of numbers closed by "respectively" ("4,210 and 3,875 arrests respectively"), as lists of indexes."""
    runs = []
    for i, (_, end) in enumerate(spans):
        if RESPECTIVELY.match(sentence[end:]) and (i + 1 == len(spans) or spans[i + 1][0] > end + RESPECTIVELY.match(sentence[end:]).end()):
            run = [i]
            while run[0] > 0 and RUN_SEPARATOR.fullmatch(sentence[spans[run[0] - 1][1]:spans[run[0]][0]]):
                run.insert(0, run[0] - 1)
            if len(run) > 1:
                runs.append(run)
    return runs
LIST_ITEM = r"(?!(?:and|or)\b)[\w'’&.-]+(?:\s(?!(?:and|or)\b)[\w'’&.-]+){0,9}?"
LIST_LAST = LIST_ITEM + r"(?:\s(?:and|&)\s[A-Z][\w'’&.-]*(?:\s[A-Z][\w'’&.-]*){0,3})?"
LIST_LEFT = re.compile(r"(?:^|[,(:;]\s*|\b(?:of|in|for|among|amongst|between|across|by|from|with|to|the|both)\s)",
                       re.IGNORECASE)
LIST_RIGHT = (r"(?=\s*(?:[,(:;)]|$)|\s(?:respectively|" + "|".join(sorted(AUXILIARIES, key=len, reverse=True)) +
              r"|constitute[sd]?|make up|made up|account(?:s|ed)? for|represent(?:s|ed)?|say|said|think|thought|"
              r"feel|felt|agree[ds]?|made|make|makes|took|take|gave|saw|[a-z]+ed)\b)")
NOT_IN_A_NAME = frozenset((PRONOUNS - {"its", "their", "his", "her", "our", "your", "one"}) | AUXILIARIES |
                          {"say", "says", "said", "think", "thought", "than", "compared"})


def respective_names(before: str, n: int) -> list[str] | None:
    """The n names a "respectively" run of numbers belongs to, in order, from the last coordination before it that
    stands between clause boundaries: "In Brent, Westminster and Kensington and Chelsea, most residents were
    foreign-born (56.1%, 55.6% and 53.9% respectively)" -> Brent, Westminster, Kensington and Chelsea; "Racial and sex
    discrimination constitute 6% and 3%" -> Racial, sex discrimination. After the last comma the first "and" joins
    the list; a further one belongs to a last name in capitals. `before` holds no other number."""
    run = re.compile(rf"(?P<items>{LIST_ITEM}(?:,\s{LIST_ITEM}){{0,{n - 2}}}),?\s(?:and|or)\s(?P<last>{LIST_LAST}){LIST_RIGHT}")
    before = before.rstrip()
    starts = sorted({m.end() for m in LIST_LEFT.finditer(before)}, reverse=True)
    found = []
    for start in starts:
        m = run.match(before, start)
        if not m or rx.search(r"\d", m.group()):
            continue
        names = rx.split(r",\s", m.group("items")) + [m.group("last")]
        names = [rx.sub(r"^(?:the|a|an|both|their|its)\s", "", name, flags=re.IGNORECASE) for name in names]
        if len(names) == n and all(names) and not any(w.lower() in NOT_IN_A_NAME for name in names for w in name.split()):
            found.append(names)
    parallel = [names for names in found if names[0].split()[0].lower() == names[-1].split()[0].lower()]
    return (parallel or found or [None])[0]        # "concern about X and concern for Y": items that open alike
