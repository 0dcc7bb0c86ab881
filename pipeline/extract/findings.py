"""Findings: causes of concern, recommendations, areas for improvement and innovative practice.

Each kind sits under its label heading (`Areas for improvement`, `Cause of concern`, ...). The items
are the bold headings under the label, else its bullets, else (for a cause of concern) its first
paragraph. Items restated word for word later in the report are recorded once, with the lines of
the restatements.
"""
from __future__ import annotations

import re

from pipeline.document import Document, Section
from pipeline.extract.judgments import grade_line_statements
from pipeline.text import normalize, strip_markup

KINDS = {
    "areas for improvement": "area_for_improvement", "area for improvement": "area_for_improvement",
    "cause of concern": "cause_of_concern", "causes of concern": "cause_of_concern",
    "recommendations": "recommendation", "recommendation": "recommendation",
    "innovative practice": "innovative_practice", "innovative practices": "innovative_practice",
}
REGION_ENDS = {"main findings", "summary of findings", "overall summary", "next steps", "overall judgment"}
NOTHING_FOUND = re.compile(r"\bnot identified\b|\bno (?:specific )?(?:recommendations|causes? of concern|areas? for improvement)\b",
                           re.IGNORECASE)
BOLD_LINE = re.compile(r"^\s*(?:#{1,6}\s*)?\*\*(?P<text>[^*].*?)\*\*\s*$")
BULLET = re.compile(r"^\s*(?:[-•*]|\d+[.)])\s+(?P<text>\S.*?)\s*$")


def _region_end(doc: Document, label: Section) -> int:
    """Last line of a label's region: before the next label, 'Main findings', listed heading or shallower heading."""
    for s in doc.sections:
        if s.line_start <= label.line_start:
            continue
        key = normalize(s.heading)
        bold = "**" in s.quote
        if key in KINDS or key in REGION_ENDS or s.in_contents or s.kind == "question" or \
                (s.level < label.level and not bold) or (s.level <= label.level and s.kind != "markdown"):
            return s.line_start - 1
    return doc.n_lines


def _area_for(doc: Document, label: Section, graded: dict[int, Section]) -> Section | None:
    """The graded area the label belongs to: the last graded heading before it within its chapter, else its parent."""
    by_id = doc.section_by_id
    top = label
    while top.parent_id:
        top = by_id[top.parent_id]
    candidates = [s for line, s in graded.items() if top.line_start <= line < label.line_start]
    if candidates:
        return max(candidates, key=lambda s: s.line_start)
    parent = by_id.get(label.parent_id) if label.parent_id else None
    while parent is not None and (normalize(parent.heading) in KINDS or normalize(parent.heading) in REGION_ENDS):
        parent = by_id.get(parent.parent_id) if parent.parent_id else None
    return parent


def _items(doc: Document, start_line: int, end_line: int, kind: str) -> list[tuple[int, int, int]]:
    """(line, char_start, char_end) of each item's text in a region."""
    bold, bullets, paragraphs = [], [], []
    for number in range(start_line, end_line + 1):
        raw = doc.line_text(number)
        line_start, _ = doc.line_span(number)
        m = BOLD_LINE.match(raw)
        if m:
            bold.append((number, line_start + m.start("text"), line_start + m.end("text")))
            continue
        m = BULLET.match(raw)
        if m:
            bullets.append((number, line_start + m.start("text"), line_start + m.end("text")))
            continue
        if raw.strip() and not raw.lstrip().startswith(("#", "<sup>", "---")):
            lead = len(raw) - len(raw.lstrip())
            paragraphs.append((number, line_start + lead, line_start + len(raw.rstrip())))
    if bold:
        return bold
    if bullets:
        return bullets
    if kind == "cause_of_concern" and paragraphs and not NOTHING_FOUND.search(doc.text[paragraphs[0][1]:paragraphs[0][2]]):
        return paragraphs[:1]
    return []


def extract_findings(doc: Document) -> list[dict]:
    graded = {st.section.line_start: st.section for st in grade_line_statements(doc) if st.section is not None}
    found: list[dict] = []
    seen: dict[str, dict] = {}
    for label in doc.sections:
        kind = KINDS.get(normalize(label.heading))
        if kind is None:
            continue
        end = _region_end(doc, label)
        area = _area_for(doc, label, graded)
        for line, start, stop in _items(doc, label.line_start + 1, end, kind):
            text = strip_markup(doc.text[start:stop])
            key = (kind, normalize(text))
            if key in seen:
                first = seen[key]
                first["restated_lines"] = ", ".join(filter(None, [first["restated_lines"], str(line)]))
                continue
            row = doc.provenance(start, stop, label=kind.replace("_", " "))
            row.update({"kind": kind, "area": area.heading if area else None, "text": text, "restated_lines": None})
            seen[key] = row
            found.append(row)
    found.sort(key=lambda r: r["char_start"])
    for ordinal, row in enumerate(found, start=1):
        row["finding_id"] = f"{doc.doc_id}/f{ordinal:03d}"
    return found
