"""Graded judgments of inspection reports (PEEL and reports like them).

A grade is stated in up to three places: the judgments table at the top of 2021/22-style reports
(columns are grades, cells are areas), the grade line under an area's heading (`## Adequate`, a bare
`Good`, `Requires` / `improvement` over two lines, `**Good**` under "Summary of findings"), and the
first sentence of the area's summary ("The force is good at ..."). One judgment is recorded per area,
from the most structured place; the other places confirm it or, if they disagree, are recorded as a
conflict that fails validation. Grade words in ordinary prose are never judgments.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.document import Document, Section
from pipeline.blocks import find_blocks
from pipeline.schema import ALL_GRADES, GRADES
from pipeline.text import normalize, split_sentences, strip_markup

GRADE_BY_KEY = {g.lower(): g for g in ALL_GRADES}
AREA_LABELS = {"overall judgment", "overall judgement", "summary of findings"}
STOPWORDS = {"the", "of", "and", "a", "an", "to", "in", "at", "for", "with", "its", "it", "how", "is", "does", "do",
             "force", "well", "what", "extent"}
GRADE_SENTENCE = re.compile(
    r"\b(?:the\s+)?(?:Metropolitan Police Service|force|MPS|constabulary|police service)(?:['’]s\b[^.]{0,200}?)?"
    r"(?:\s+(?:has been assessed as|is assessed as|is judged to be|is|was judged to be|remains))?\s+"
    r"(?P<grade>outstanding|good|adequate|inadequate|requires improvement)\b(?P<rest>[^.]*)",
    re.IGNORECASE,
)
HISTORIC = re.compile(r"\blast year\b|\bprevious(?:ly)?\b|\bin 20\d\d\b|\b20\d\d assessment\b|\bwe judged\b|"
                      r"\bwas judged\b|\bconsistent with\b", re.IGNORECASE)
UNGRADED = re.compile(
    r"(?:don['’]t|do not|does not|didn['’]t|did not) make an? graded judgment|\bnot (?:been )?graded\b|"
    r"hasn['’]t yet been completed|has not yet been completed|\bnarrative assessment\b", re.IGNORECASE)


@dataclass
class Framework:
    name: str
    pillar: str | None
    scale: str


@dataclass
class Statement:
    """One place in the text that states a grade for an area."""
    area: str
    grade: str | None
    start: int
    end: int
    source: str                     # table | section | sentence | ungraded
    section: Section | None = None
    confirmed_by: list[int] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


def framework_of(doc: Document) -> Framework | None:
    """The inspection framework named on the title page; None for documents that are not graded inspections."""
    head = "\n".join(doc.lines[:30])
    m = re.search(r"PEEL\b[^\n]{0,80}?\b((?:19|20)\d\d(?:/\d\d)?)", head) or \
        re.search(r"\b((?:19|20)\d\d(?:/\d\d)?)\b[^\n]{0,40}PEEL\b", head)
    if not m:
        return None
    year = m.group(1)
    pillars = {p for p in ("effectiveness", "efficiency", "legitimacy", "leadership")
               if re.search(rf"\b{p}\b", head, re.IGNORECASE)}
    pillar = pillars.pop().capitalize() if len(pillars) == 1 else None
    scale = "5-tier" if int(year[:4]) >= 2021 else "4-tier"
    return Framework(f"PEEL {year}", pillar, scale)


def grade_in(text: str) -> str | None:
    return GRADE_BY_KEY.get(normalize(text))


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
    if normalize(s.heading) in AREA_LABELS and s.parent_id:
        return doc.section_by_id[s.parent_id]
    return s


def section_statements(doc: Document) -> list[Statement]:
    """Grade lines directly under a heading."""
    out = []
    for s in doc.sections:
        found = _grade_line_after(doc, s.line_start)
        if not found:
            continue
        grade, start, end = found
        area_section = _area_section(doc, s)
        out.append(Statement(area_section.heading, grade, start, end, "section", section=area_section))
    return out


def _grade_line_after(doc: Document, heading_line: int) -> tuple[str, int, int] | None:
    seen = 0
    number = heading_line + 1
    while number <= doc.n_lines and seen < 3:
        raw = doc.line_text(number)
        if not raw.strip():
            number += 1
            continue
        if number in doc.heading_lines:
            return None
        seen += 1
        plain = normalize(raw.replace("#", ""))
        start, end = doc.line_span(number)
        lead = len(raw) - len(raw.lstrip())
        if plain in GRADE_BY_KEY:
            return GRADE_BY_KEY[plain], start + lead, start + len(raw.rstrip())
        if plain == "requires":
            nxt = number + 1
            while nxt <= doc.n_lines and not doc.line_text(nxt).strip():
                nxt += 1
            if nxt <= doc.n_lines and normalize(doc.line_text(nxt)) == "improvement":
                n_start, _ = doc.line_span(nxt)
                return "Requires improvement", start + lead, n_start + len(doc.line_text(nxt).rstrip())
        return None
    return None


def _first_paragraph(doc: Document, s: Section) -> int | None:
    for number in range(s.line_start + 1, min(s.line_end, doc.n_lines) + 1):
        raw = doc.line_text(number).strip()
        if not raw or grade_in(raw.replace("#", "")) or normalize(raw) in ("requires", "improvement"):
            continue
        if number in doc.heading_lines:
            return None
        return number
    return None


def sentence_statements(doc: Document) -> list[Statement]:
    """'The force is good at ...' in the first paragraph under an area heading (not historic grades)."""
    out = []
    for s in doc.sections:
        if s.kind == "label" and normalize(s.heading) not in AREA_LABELS:
            continue
        number = _first_paragraph(doc, s)
        if number is None:
            continue
        line = doc.line_text(number)
        line_start, _ = doc.line_span(number)
        for a, b in split_sentences(line):
            sentence = line[a:b]
            m = GRADE_SENTENCE.search(sentence)
            if not m or HISTORIC.search(sentence):
                continue
            if re.match(r"\s+(?:practice|standard|understanding|work|use|quality|progress)\b", m.group("rest")):
                continue
            grade = GRADE_BY_KEY[m.group("grade").lower()]
            area_section = _area_section(doc, s)
            out.append(Statement(area_section.heading, grade, line_start + a + m.start(), line_start + a + m.end(),
                                 "sentence", section=area_section))
            break
    return out


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
            if not UNGRADED.search(sentence):
                continue
            target = section
            if section is None or normalize(section.heading) in ("our judgments", "our judgements") or \
                    UNGRADED.search(sentence) and "this overall area" in sentence:
                context = raw[:b]
                scored = sorted(((similarity(context, x.heading), x.line_start, x) for x in areas), key=lambda t: (-t[0], t[1]))
                target = scored[0][2] if scored and scored[0][0] > 0 else None
            if target is not None:
                out.append(Statement(target.heading, None, line_start + a, line_start + b, "ungraded", section=target))
    return out


def _match(primary: list[Statement], others: list[Statement]) -> list[Statement]:
    """Attach each other statement to the primary one for the same area; return those that match none."""
    unmatched = []
    remaining = list(others)
    pairs = sorted(((similarity(p.area, o.area), i, k) for i, p in enumerate(primary) for k, o in enumerate(remaining)),
                   key=lambda t: (-t[0], t[1], t[2]))
    used_p, used_o = set(), set()
    for i, p in enumerate(primary):
        for k, o in enumerate(remaining):
            if k not in used_o and p.section is not None and o.section is p.section:
                used_o.add(k)
                used_p.add(i)
                _confirm(p, o)
    for score, i, k in pairs:
        if score < 0.5 or i in used_p or k in used_o:
            continue
        used_p.add(i)
        used_o.add(k)
        _confirm(primary[i], remaining[k])
    # areas worded differently in the table and the chapter heading: pair within a grade, in order of appearance
    for grade in ALL_GRADES:
        ps = [i for i, p in enumerate(primary) if i not in used_p and p.grade == grade and p.source == "table"]
        os_ = [k for k, o in enumerate(remaining) if k not in used_o and o.grade == grade and o.source == "section"]
        for i, k in zip(ps, os_):
            used_p.add(i)
            used_o.add(k)
            _confirm(primary[i], remaining[k])
    unmatched += [o for k, o in enumerate(remaining) if k not in used_o]
    return unmatched


def _confirm(primary: Statement, other: Statement) -> None:
    if primary.section is None and other.section is not None:
        primary.section = other.section
    if other.grade == primary.grade:
        primary.confirmed_by.append(other.start)
    else:
        primary.conflicts.append(f"{other.source} states {other.grade!r} at char {other.start}")


def extract_judgments(doc: Document) -> list[dict]:
    framework = framework_of(doc)
    if framework is None:
        return []
    judgments = table_statements(doc)
    for extra in (section_statements(doc), sentence_statements(doc)):
        judgments += _match(judgments, extra)
    graded_sections = {j.section.section_id for j in judgments if j.section is not None}
    areas = [s for s in doc.sections if s.level <= 2 and s.kind != "label" and s.section_id not in graded_sections]
    for u in ungraded_statements(doc, areas):
        if u.section.section_id in graded_sections or any(j.area == u.area for j in judgments):
            continue
        graded_sections.add(u.section.section_id)
        judgments.append(u)
    judgments.sort(key=lambda j: j.start)
    rows = []
    for ordinal, j in enumerate(judgments, start=1):
        row = doc.provenance(j.start, j.end, label=j.area)
        scale = framework.scale
        rank = GRADES[scale].index(j.grade) + 1 if j.grade in GRADES[scale] else None
        row.update({
            "judgment_id": f"{doc.doc_id}/j{ordinal:03d}", "framework": framework.name, "pillar": framework.pillar,
            "area": j.area, "grade": j.grade, "grade_rank": rank, "scale": scale, "graded": j.grade is not None,
            "evidence": row["quote"],
            "confirmed_by": ", ".join(f"line {doc.line_for_offset(c)}" for c in sorted(set(j.confirmed_by))) or None,
            "conflicts_with": "; ".join(j.conflicts) or None,
        })
        rows.append(row)
    return rows
