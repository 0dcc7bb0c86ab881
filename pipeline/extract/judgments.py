"""Graded judgments of inspection reports, for any force and any PEEL cycle.

A grade is stated in up to four places: the judgments table of 2021/22-style reports (columns are
grades, cells are areas), a grade line ("badge") under an area, question or pillar heading or after
"Last updated", a sentence whose subject is the force (see `grade_phrases`), and counts in a press
release ("'good' in four areas"), which go to `grade_counts` and never become invented areas.
One judgment is recorded per area and scope, from the most structured place; the other places
confirm it or are recorded as a conflict. Grades the report gives for an earlier inspection are kept
with scope `previous`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.blocks import find_blocks
from pipeline.document import Document, Section
from pipeline.extract.frameworks import ReportFramework, framework_of
from pipeline.extract.grade_phrases import GradePhrase, grade_counts, grade_phrases, pillar_of
from pipeline.scanning import prefiltered
from pipeline.text import normalize, split_sentences, strip_markup
from pipeline.vocabulary import (ALL_GRADES, FINDING_LABELS, FORCES, GRADE_WORDS_PATTERN, GRADED_AREAS, GRADES,
                                 UNGRADED_BADGES, UNGRADED_PHRASES, grade_named)

SUMMARY_LABELS = {"overall judgment", "overall judgement", "summary of findings", "our judgment", "our judgement",
                  "overall summary", "summary"}
STOPWORDS = {"the", "of", "and", "a", "an", "to", "in", "at", "for", "with", "its", "it", "how", "is", "does", "do",
             "force", "well", "what", "extent", "which", "constabulary", "respect", "that", "are", "be", "on"}
BADGE_SKIP = re.compile(r"^\W*(?:Last updated|Published|Updated)\b|^\W*$", re.IGNORECASE)
UNGRADED = prefiltered(re.compile("|".join(re.escape(p) for p in UNGRADED_PHRASES).replace("'", "['’]"), re.IGNORECASE))
MAY_STATE_GRADE = prefiltered(re.compile(r"\b(?:" + GRADE_WORDS_PATTERN + r"|improvement|graded)\b", re.IGNORECASE))
PILLAR_STEMS = {w[:5] for w in ("effectiveness", "efficiency", "legitimacy", "leadership", "effective", "efficient",
                                "legitimate", "overall")}
BULLET = re.compile(r"^\s*(?:[-•*]\s+|[►▪◦]\s*|\d+[.)]\s+)(?=\S)")
GRADED_LEAD_IN = prefiltered(re.compile(r"\b(?:graded|rated|judged|assessed)\s+(?:as\s+)?['‘\"“]?(?P<grade>"
                                        + GRADE_WORDS_PATTERN + r")['’\"”]?\s+(?:at|in|for)\s*:-?\s*$", re.IGNORECASE))
MAX_AREA_WORDS = 30
CONTINUES_THE_PAST = re.compile(r"\b(?:also|similarly|likewise)\b.*\b(?:judged|graded|assessed|rated|found)\b|"
                                r"\b(?:judged|graded|assessed|rated)\b.*\b(?:also|too)\b", re.IGNORECASE)
BRACKETED_GRADE = re.compile(r"^\s*(?:[-•*]\s*|\d+[.)]\s*)?(?P<area>[A-Z][^\t()]{2,200}?)\s*\(\s*(?P<grade>" + GRADE_WORDS_PATTERN + r"|"
                             r"not graded|ungraded)\s*\)\.?\s*$", re.IGNORECASE)
LISTED_GRADE = re.compile(r"^\s*(?:[-•*]\s*|\d+[.)]\s*)?(?:\*\*)?(?P<area>[A-Z][^:\t]{2,150}?)(?:\*\*)?\s*(?::|\s[–—-])\s*"
                          r"(?:\*\*)?['‘]?(?P<grade>" + GRADE_WORDS_PATTERN + r"|not yet graded|"
                          r"not graded|to be graded)['’]?(?:\*\*)?\.?\s*$", re.IGNORECASE)


@dataclass
class Statement:
    """One place in the text that states a grade (or no grade) for an area."""
    area: str
    grade: str | None
    start: int
    end: int
    source: str                     # table | grade_line | sentence | ungraded
    scope: str = "current"
    section: Section | None = None
    pillar: str | None = None
    strong: bool = True
    confirmed_by: list[int] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.pillar is None:
            self.pillar = pillar_of(self.area)


def grade_in(text: str) -> str | None:
    return grade_named(normalize(text.replace("#", "")))


def _tokens(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]+", normalize(text)) if w not in STOPWORDS}


def similarity(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


def table_statements(doc: Document) -> list[Statement]:
    """The judgments pivot table: an area's grade is the column it sits in (leading empty cells keep their place)."""
    out = []
    for block in find_blocks(doc):
        header = block.rows[0]
        grades = [grade_in(c.text) for c in header.cells]
        if sum(g is not None for g in grades) < 3:
            continue
        for row in block.rows[1:]:
            for j, cell in enumerate(row.cells):
                if cell.text and j < len(grades) and grades[j]:
                    out.append(Statement(strip_markup(cell.text), grades[j], cell.start, cell.end, "table"))
    return out


def _area_section(doc: Document, s: Section) -> Section:
    """The area a grade under this heading belongs to: the heading, or its parent for 'Summary of findings'."""
    while normalize(s.heading) in SUMMARY_LABELS and s.parent_id:
        s = doc.section_by_id[s.parent_id]
    return s


def _badge(doc: Document, number: int) -> tuple[str | None, int, int, int] | None:
    """(grade, start, end, last line) when the line is a bare grade ("Good", "## Adequate", "**Good**",
    "Requires" / "improvement" over two lines, "Not yet graded"); grade None for an ungraded badge."""
    raw = doc.line_text(number)
    plain = normalize(raw.replace("#", ""))
    if not plain:
        return None
    start, _ = doc.line_span(number)
    lead = len(raw) - len(raw.lstrip())
    if plain in UNGRADED_BADGES:
        return None, start + lead, start + len(raw.rstrip()), number
    grade = grade_named(plain)
    if grade:
        return grade, start + lead, start + len(raw.rstrip()), number
    if plain == "requires":
        nxt = number + 1
        while nxt <= doc.n_lines and not doc.line_text(nxt).strip():
            nxt += 1
        if nxt <= doc.n_lines and normalize(doc.line_text(nxt)) == "improvement":
            n_start, _ = doc.line_span(nxt)
            return "Requires improvement", start + lead, n_start + len(doc.line_text(nxt).rstrip()), nxt
    return None


def _title_line_before(doc: Document, number: int) -> int | None:
    """The heading a badge sits under: the nearest non-blank line above, skipping "Last updated" lines."""
    for above in range(number - 1, max(0, number - 8), -1):
        raw = doc.line_text(above)
        if BADGE_SKIP.search(raw) or above in doc.furniture_lines:
            continue
        if above in doc.heading_lines:
            return above
        text = strip_markup(raw)
        if len(text.split()) <= 20 and not re.search(r"[.;,]$", text) and not grade_in(text):
            return above
        return None
    return None


def grade_line_statements(doc: Document, table_lines: set[int]) -> list[Statement]:
    """Grade lines directly under a heading (or under its "Last updated" line), outside a flattened judgments table."""
    out = []
    for number in range(1, doc.n_lines + 1):
        if number in table_lines:
            continue
        found = _badge(doc, number)
        if not found:
            continue
        grade, start, end, _ = found
        above = _title_line_before(doc, number)
        if above is None:
            continue
        section = doc.section_for_line(above)
        if section is not None and section.line_start == above:
            area_section = _area_section(doc, section)
            area = area_section.heading
        else:
            area_section, area = None, strip_markup(doc.line_text(above))
        if normalize(area) in FINDING_LABELS:
            continue
        out.append(Statement(area, grade, start, end, "grade_line" if grade else "ungraded", section=area_section))
    return out


def flattened_table(doc: Document) -> list[tuple[int, str]]:
    """(line of the area, grade) for every area of a judgments table copied from a web page as lines: a grade line,
    then the areas in that column, then the next grade ("Good" / "Preventing crime" / "Adequate" / ...)."""
    out: list[tuple[int, str]] = []
    number = 1
    while number <= doc.n_lines:
        found = _badge(doc, number)
        if not found or found[0] is None:
            number += 1
            continue
        run, grades_seen, cursor, grade = [], 1, found[3] + 1, found[0]
        while cursor <= doc.n_lines:
            raw = doc.line_text(cursor)
            if not raw.strip():
                cursor += 1
                continue
            nxt = _badge(doc, cursor)
            if nxt and nxt[0] is not None:
                grade, grades_seen = nxt[0], grades_seen + 1
                cursor = nxt[3] + 1
                continue
            text = strip_markup(raw)
            if len(text.split()) > 8 or re.search(r"[.;:]$", text) or cursor in doc.heading_lines and \
                    doc.section_for_line(cursor).kind in ("markdown", "numbered"):
                break
            if normalize(text) not in ("no areas", "none", "n/a"):
                run.append((cursor, grade))
            cursor += 1
        if grades_seen >= 3 and run:
            out += run
            number = cursor
        else:
            number += 1
    return out


def flattened_table_statements(doc: Document, table: list[tuple[int, str]]) -> list[Statement]:
    out = []
    for line, grade in table:
        raw = doc.line_text(line)
        start, _ = doc.line_span(line)
        lead = len(raw) - len(raw.lstrip())
        out.append(Statement(strip_markup(raw), grade, start + lead, start + len(raw.rstrip()), "table"))
    return out


def listed_grade_statements(doc: Document) -> list[Statement]:
    """Areas listed with their grades, one per line: "Responding to the public: Adequate", "- Effectiveness – Good"."""
    out = []
    for number in range(1, doc.n_lines + 1):
        raw = doc.line_text(number)
        m = LISTED_GRADE.match(raw) or BRACKETED_GRADE.match(raw)
        if not m or "\t" in raw:
            continue
        area = strip_markup(m.group("area"))
        words = m.group("grade").lower().strip()
        grade = None if words in UNGRADED_BADGES else grade_named(words)
        if len(area.split()) > (30 if area.endswith("?") else 12) or normalize(area) in SUMMARY_LABELS or \
                re.match(r"(?i)the extent\b", area):
            continue
        start, _ = doc.line_span(number)
        out.append(Statement(area, grade, start + m.start("area"), start + m.end("grade"), "list" if grade else "ungraded"))
    return out


def lead_in_list_statements(doc: Document) -> list[Statement]:
    """A lead-in that gives a grade to the list under it: "The force was also graded as good at:" + bullets."""
    out = []
    for number in range(1, doc.n_lines + 1):
        m = GRADED_LEAD_IN.search(doc.line_text(number))
        if not m:
            continue
        grade = grade_named(m.group("grade"))
        for item in range(number + 1, min(number + 15, doc.n_lines) + 1):
            raw = doc.line_text(item)
            if not raw.strip():
                continue
            bullet = BULLET.match(raw)
            if not bullet:
                break
            start, _ = doc.line_span(item)
            area = raw[bullet.end():].rstrip().rstrip(".;,")
            out.append(Statement(strip_markup(area), grade, start + bullet.end(), start + bullet.end() + len(area), "list"))
    return out


def _lead_in_names_force(doc: Document, number: int) -> bool:
    """A bullet whose list is introduced by a line that names the force and ends with a colon."""
    for above in range(number - 1, max(0, number - 15), -1):
        raw = doc.line_text(above).strip()
        if not raw or BULLET.match(raw):
            continue
        return raw.endswith(":") and bool(re.search(r"\b(?:force|constabulary|police|service)\b|"
                                                    + "|".join(re.escape(f.place) for f in FORCES), raw, re.IGNORECASE))
    return False


def sentence_statements(doc: Document, framework: ReportFramework) -> tuple[list[Statement], list[dict]]:
    """Grades stated in sentences anywhere in the text, and grade counts stated in prose."""
    out: list[Statement] = []
    counts: list[dict] = []
    for number in range(1, doc.n_lines + 1):
        raw = doc.line_text(number)
        if not raw.strip() or "\t" in raw or number in doc.furniture_lines or not MAY_STATE_GRADE.search(raw):
            continue
        line_start, _ = doc.line_span(number)
        bullet = BULLET.match(raw)
        from_lead_in = bool(bullet) and _lead_in_names_force(doc, number)
        offset = bullet.end() if bullet else 0
        in_line = previous_scope = False
        for a, b in split_sentences(raw[offset:]):
            a, b = a + offset, b + offset
            sentence = raw[a:b]
            for grade, count, s, e in grade_counts(sentence):
                counts.append({"grade": grade, "count": count, "start": line_start + a + s, "end": line_start + a + e})
            phrases = grade_phrases(sentence, framework.year, subject_from_lead_in=from_lead_in and a == offset)
            for g in phrases:
                if previous_scope and g.scope == "current" and CONTINUES_THE_PAST.search(sentence):
                    g.scope = "previous"
                out.append(_statement(doc, number, g, line_start + a, first=not in_line))
                in_line = True
            previous_scope = bool(phrases) and all(g.scope == "previous" for g in phrases)
    return out, counts


def _statement(doc: Document, number: int, g: GradePhrase, base: int, first: bool) -> Statement:
    """A sentence's grade: under its area's heading (first paragraph) it restates that area's grade, so the area is
    the heading; elsewhere the area is the phrase the sentence names."""
    section = doc.section_for_line(number)
    area_section = _area_section(doc, section) if section else None
    under = g.scope == "current" and _under_heading(doc, number, area_section)
    area = g.area
    if area is None and g.scope == "previous" and area_section is not None and normalize(area_section.heading) \
            not in SUMMARY_LABELS:
        area = area_section.heading
    if g.vague and not (area_section is not None and (area_section.kind == "question"
                                                      or _names_graded_area(doc, area_section.heading))):
        under = False
    if under and area is None and not _area_like(doc, area_section):
        under = False
    restates_heading = under and (area is None or similarity(area, area_section.heading) >= 0.3 or not _core(area) or (
        first and area_section.kind == "question" and not _names_graded_area(doc, area, headings=False)))
    if restates_heading:
        area = area_section.heading
    elif not (under and first):
        under, area_section = False, None
    if area is not None and len(area.split()) > MAX_AREA_WORDS:
        area = None
    return Statement(area or "", g.grade, base + g.start, base + g.end, "sentence" if g.grade else "ungraded",
                     scope=g.scope, section=area_section, pillar=pillar_of(area or ""),
                     strong=g.strong or under or _names_graded_area(doc, area))


def _area_like(doc: Document, section: Section) -> bool:
    """A heading that names an area a grade can belong to: a question, a graded area of the framework, or a heading
    with a grade line under it (not a page title such as "Merseyside / March 22")."""
    return section.kind in ("question", "markdown", "numbered", "contents", "chapter") or \
        _names_graded_area(doc, section.heading) or has_grade_badge(doc, section)


def has_grade_badge(doc: Document, section: Section) -> bool:
    """Whether a grade badge ("Good", "Requires / improvement", "Not yet graded") stands directly under the heading:
    the heading is then a graded area (used by judgments and by findings, which belong to such areas)."""
    for number in range(section.line_start + 1, min(section.line_start + 5, doc.n_lines) + 1):
        raw = doc.line_text(number)
        if raw.strip() and not BADGE_SKIP.search(raw):
            return _badge(doc, number) is not None
    return False


def _names_graded_area(doc: Document, area: str | None, headings: bool = True) -> bool:
    """The area is one that PEEL grades (a question or area of a framework, or a question heading of the document)."""
    if not area:
        return False
    questions = [s.heading for s in doc.sections if s.kind == "question"] if headings else []
    return any(similarity(area, known) >= 0.5 and len(_tokens(area) & _tokens(known)) >= 2
               for known in (*GRADED_AREAS, *questions))


def _under_heading(doc: Document, number: int, section: Section | None) -> bool:
    """The sentence is in the first paragraph under its area heading (where the area's grade is restated)."""
    if section is None or section.line_start >= number:
        return False
    n = section.line_start + 1
    while n < number:
        raw = doc.line_text(n).strip()
        badge = _badge(doc, n)
        if badge:
            n = badge[3] + 1
            continue
        if raw and not BADGE_SKIP.search(raw) and n not in doc.heading_lines:
            return False
        n += 1
    return True


def ungraded_statements(doc: Document, areas: list[Section]) -> list[Statement]:
    """Areas the report explicitly leaves ungraded ('We don't make a graded judgment in this overall area')."""
    out = []
    for number, raw in enumerate(doc.lines, start=1):
        if not UNGRADED.search(raw):
            continue
        line_start, _ = doc.line_span(number)
        section = doc.section_for_line(number)
        for a, b in split_sentences(raw):
            sentence = raw[a:b]
            if not UNGRADED.search(sentence) or re.search(r"\bextent to which\b", sentence, re.IGNORECASE) or \
                    normalize(sentence) in UNGRADED_BADGES:
                continue
            target = section
            if section is None or normalize(section.heading) in SUMMARY_LABELS or "this overall area" in sentence:
                context = raw[:b]
                scored = sorted(((similarity(context, x.heading), x.line_start, x) for x in areas), key=lambda t: (-t[0], t[1]))
                target = scored[0][2] if scored and scored[0][0] > 0 else None
            if target is not None:
                target = _area_section(doc, target)
                out.append(Statement(target.heading, None, line_start + a, line_start + b, "ungraded", section=target))
    return out


def _core(area: str) -> set[str]:
    """An area's content words without the pillar words: empty for "its effectiveness"."""
    return _tokens(area) - PILLAR_STEMS


def _pair_score(p: Statement, o: Statement) -> float:
    if p.scope != o.scope or (p.pillar and o.pillar and p.pillar != o.pillar):
        return 0.0
    score = similarity(p.area, o.area)
    if p.section is not None:
        score = max(score, similarity(p.section.heading, o.area))
    if p.section is not None and o.section is p.section:
        score = max(score, 0.9 if not o.area or not _core(o.area) or score > 0 else 0.6)
    if o.pillar and p.pillar == o.pillar and not _core(o.area):
        score = max(score, 0.7)
    return score


def _match(primary: list[Statement], others: list[Statement]) -> list[Statement]:
    """Attach each other statement to the primary one for the same area; return those that match none."""
    pairs = sorted(((_pair_score(p, o), i, k) for i, p in enumerate(primary) for k, o in enumerate(others)),
                   key=lambda t: (-t[0], t[1], t[2]))
    used_p, used_o = set(), set()
    for score, i, k in pairs:
        if score < 0.5 or k in used_o or (i in used_p and primary[i].source == "table" and others[k].source == "grade_line"):
            continue
        used_p.add(i)
        used_o.add(k)
        _confirm(primary[i], others[k])
    # areas worded differently in the table and the chapter heading: pair within a grade, in order of appearance
    for grade in ALL_GRADES:
        ps = [i for i, p in enumerate(primary) if i not in used_p and p.grade == grade and p.source == "table"]
        os_ = [k for k, o in enumerate(others) if k not in used_o and o.grade == grade and o.source == "grade_line"
               and o.section is not None]
        for i, k in zip(ps, os_):
            used_p.add(i)
            used_o.add(k)
            _confirm(primary[i], others[k])
    return [o for k, o in enumerate(others) if k not in used_o]


def _confirm(primary: Statement, other: Statement) -> None:
    if primary.section is None and other.section is not None:
        primary.section = other.section
    if primary.pillar is None:
        primary.pillar = other.pillar
    if other.grade == primary.grade:
        primary.confirmed_by.append(other.start)
    elif other.grade is not None:
        primary.conflicts.append(f"{other.source} states {other.grade!r} at char {other.start}")


def _usable(s: Statement) -> bool:
    return bool(s.area) and normalize(s.area) not in SUMMARY_LABELS


def judgment_statements(doc: Document, framework: ReportFramework) -> tuple[list[Statement], list[dict]]:
    """Every judgment of the document (one per area and scope), and the grade counts stated in prose."""
    flat = flattened_table(doc)
    judgments = _dedupe(table_statements(doc) + flattened_table_statements(doc, flat) + listed_grade_statements(doc)
                        + lead_in_list_statements(doc))
    sentences, counts = sentence_statements(doc, framework)
    sentences = [s for s in sentences if _usable(s)]
    for extra in (grade_line_statements(doc, {line for line, _ in flat}), [s for s in sentences if s.strong]):
        unmatched = _match(judgments, [s for s in extra if _usable(s)])
        judgments += _dedupe(unmatched)
    graded_sections = {j.section.section_id for j in judgments if j.section is not None}
    areas = [s for s in doc.sections if s.level <= 2 and s.kind != "label" and s.section_id not in graded_sections]
    ungraded_sections: set[str] = set()
    for u in ungraded_statements(doc, areas):
        if u.section.section_id in graded_sections or _ancestors(doc, u.section) & ungraded_sections or \
                any(j.area == u.area for j in judgments):
            continue
        ungraded_sections.add(u.section.section_id)
        judgments.append(u)
    judgments.sort(key=lambda j: j.start)
    return _one_per_area(judgments), counts


def _one_per_area(judgments: list[Statement]) -> list[Statement]:
    """The published key is (area, scope): statements that still share it are one judgment, the first kept."""
    kept: dict[tuple[str, str], Statement] = {}
    for s in judgments:
        key = (normalize(s.area), s.scope)
        if key in kept:
            _confirm(kept[key], s)
        else:
            kept[key] = s
    return list(kept.values())


def _ancestors(doc: Document, section: Section) -> set[str]:
    """The section and every section it sits in."""
    out = {section.section_id}
    while section.parent_id:
        section = doc.section_by_id[section.parent_id]
        out.add(section.section_id)
    return out


def _dedupe(statements: list[Statement]) -> list[Statement]:
    """Statements of one kind that restate each other (same area and scope) are one judgment."""
    kept: list[Statement] = []
    for s in statements:
        twin = next((k for k in kept if _pair_score(k, s) >= 0.8 or (k.grade == s.grade and _pair_score(k, s) >= 0.5)), None)
        if twin is None:
            kept.append(s)
        else:
            _confirm(twin, s)
    return kept


def extract_judgments(doc: Document) -> list[dict]:
    return extract_grades(doc)[0]


def extract_grades(doc: Document) -> tuple[list[dict], list[dict]]:
    """Rows for `judgments` and `grade_counts`."""
    framework = framework_of(doc)
    if framework is None:
        return [], []
    statements, counts = judgment_statements(doc, framework)
    rows = []
    for ordinal, j in enumerate(statements, start=1):
        row = doc.provenance(j.start, j.end, label=j.area)
        scale = framework.scale
        if j.grade == "Adequate":
            scale = "5-tier"
        rank = GRADES[scale].index(j.grade) + 1 if j.grade in GRADES[scale] else None
        pillar = j.pillar or (pillar_of(j.section.heading) if j.section else None) or framework.pillar
        if j.area == "overall" and framework.pillar:
            j.area = f"overall {framework.pillar.lower()}"
        row.update({
            "judgment_id": f"{doc.doc_id}/j{ordinal:03d}", "framework": framework.name,
            "pillar": pillar if framework.graded_by == "pillar" else None,
            "area": j.area, "grade": j.grade, "grade_rank": rank, "scale": scale, "graded": j.grade is not None,
            "scope": j.scope, "stated_as": j.source, "evidence": row["quote"],
            "confirmed_by": ", ".join(f"line {doc.line_for_offset(c)}" for c in sorted(set(j.confirmed_by))) or None,
            "conflicts_with": "; ".join(j.conflicts) or None,
        })
        rows.append(row)
    count_rows = []
    for ordinal, c in enumerate(counts, start=1):
        row = doc.provenance(c["start"], c["end"], label=f"{c['count']} x {c['grade']}")
        row.update({"count_id": f"{doc.doc_id}/g{ordinal:03d}", "framework": framework.name, "grade": c["grade"],
                    "count": c["count"], "evidence": row["quote"]})
        count_rows.append(row)
    return rows, count_rows
