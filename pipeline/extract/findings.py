"""Findings: causes of concern, recommendations, areas for improvement and innovative practice.

Each kind sits under its label heading (`Areas for improvement`, `Cause of concern`, ... from the
vocabulary). The items are the bold headings under the label, else its bullets, else its paragraphs
that say what the force should do; a cause of concern is its first paragraph, and the bullets after
its lead-in ("Within six months the force should:") are its recommendations. A deadline
("By March 2017, the force should ...", "Within six months") goes to its own column. Without any
label, a sentence under a question heading that says what the force should do is an area for
improvement stated in prose. Items restated word for word later are recorded once.
"""
from __future__ import annotations

import re

from pipeline.document import Document, Section
from pipeline.extract.judgments import has_grade_badge
from pipeline.scanning import prefiltered
from pipeline.text import normalize, split_sentences, strip_markup
from pipeline.vocabulary import FINDING_LABELS, GENERIC_FORCE_SUBJECTS, REPORT_LABELS, force_name_pattern

REGION_ENDS = REPORT_LABELS | {"next steps", "our judgments", "our judgements"}
NOTHING_FOUND = re.compile(r"\bnot identified\b|\bno (?:specific )?(?:recommendations|causes? of concern|areas? for improvement)\b",
                           re.IGNORECASE)
BOLD_LINE = re.compile(r"^\s*(?:#{1,6}\s*)?\*\*(?P<text>[^*].*?)\*\*\s*$")
BULLET = re.compile(r"^\s*(?:[-•*▪◦]|\d+[.)]|\([a-z0-9]+\))\s+(?P<text>\S.*?)\s*$")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
NUMBER_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d+"
DEADLINE_PHRASE = (
    r"(?:By|Before|No later than)\s+(?:the end of\s+)?(?:\d{1,2}\s+)?(?:(?:" + MONTHS + r")\s+)?(?:19|20)\d\d"
    r"|Within\s+(?:the next\s+)?(?:" + NUMBER_WORDS + r")\s+(?:days?|weeks?|months?|years?)(?:\s+of\s+(?:the\s+)?(?:publication|"
    r"this report|the publication of this report))?|Immediately")
DEADLINE = re.compile(r"^\s*(?P<deadline>" + DEADLINE_PHRASE + r")\s*,?\s*(?=\S)", re.IGNORECASE)
DEADLINE_IN_LEAD_IN = re.compile(r"\b(?P<deadline>" + DEADLINE_PHRASE + r")\b", re.IGNORECASE)
PRAISE = re.compile(r"\bshould be (?:commended|congratulated|praised|proud|pleased|recognised for)\b", re.IGNORECASE)
LEAD_IN = re.compile(r"(?:should|must|will|to):\s*$|\brecommend(?:s|ation)?\b.*:\s*$|\bby:\s*$", re.IGNORECASE)


def _should_subject() -> re.Pattern:
    forces = force_name_pattern().pattern.replace("(?P<name>", "(?:")
    generic = "|".join(re.escape(s) for s in GENERIC_FORCE_SUBJECTS)
    return re.compile(r"^\s*(?:(?i:" + generic + r")|" + forces + r"|[Ii]t)\s+(?:should|must|needs to|need to)\s+\w",)


SHOULD = _should_subject()


def _region_end(doc: Document, label: Section) -> int:
    """Last line of a label's region: before the next label, 'Main findings', listed heading or shallower heading."""
    for s in doc.sections:
        if s.line_start <= label.line_start:
            continue
        key = normalize(s.heading)
        bold = "**" in s.quote
        if key in FINDING_LABELS or key in REGION_ENDS or s.in_contents or s.kind == "question" or \
                (s.level < label.level and not bold) or (s.level <= label.level and s.kind != "markdown"):
            return s.line_start - 1
    return doc.n_lines


def _graded_headings(doc: Document) -> dict[int, Section]:
    """Headings with a grade badge directly under them (the areas findings belong to)."""
    return {s.line_start: s for s in doc.sections if has_grade_badge(doc, s)}


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
    while parent is not None and (normalize(parent.heading) in FINDING_LABELS or normalize(parent.heading) in REGION_ENDS):
        parent = by_id.get(parent.parent_id) if parent.parent_id else None
    if parent is None:
        before = [s for s in doc.sections if s.line_start < label.line_start and s.kind == "question"]
        parent = before[-1] if before else None
    return parent


def _lines(doc: Document, start_line: int, end_line: int):
    """(line, kind, char_start, char_end) for each non-empty line of a region: bold | bullet | paragraph."""
    for number in range(start_line, end_line + 1):
        raw = doc.line_text(number)
        line_start, _ = doc.line_span(number)
        m = BOLD_LINE.match(raw)
        if m:
            yield number, "bold", line_start + m.start("text"), line_start + m.end("text")
            continue
        m = BULLET.match(raw)
        if m:
            yield number, "bullet", line_start + m.start("text"), line_start + m.end("text")
            continue
        if raw.strip() and not raw.lstrip().startswith(("#", "<sup>", "---")) and number not in doc.heading_lines:
            lead = len(raw) - len(raw.lstrip())
            yield number, "paragraph", line_start + lead, line_start + len(raw.rstrip())


def _items(doc: Document, start_line: int, end_line: int, kind: str) -> list[tuple[int, int, int, str, str | None]]:
    """(line, char_start, char_end, kind, lead-in deadline) of each item in a label's region."""
    lines = list(_lines(doc, start_line, end_line))
    bold = [x for x in lines if x[1] == "bold"]
    if bold:
        return [(n, a, b, kind, None) for n, _, a, b in bold]
    paragraphs = [x for x in lines if x[1] == "paragraph"]
    bullets = [x for x in lines if x[1] == "bullet"]
    titles = _titles(doc, lines)
    if titles and kind != "cause_of_concern":
        return [(n, a, b, kind, None) for n, _, a, b in titles]
    if kind == "cause_of_concern":
        concern = [p for p in paragraphs if not LEAD_IN.search(doc.text[p[2]:p[3]])][:1]
        if concern and NOTHING_FOUND.search(doc.text[concern[0][2]:concern[0][3]]):
            return []
        out = [(n, a, b, "cause_of_concern", None) for n, _, a, b in concern]
        lead_in = next((p for p in paragraphs if LEAD_IN.search(doc.text[p[2]:p[3]])), None)
        if bullets and lead_in is not None:
            deadline = DEADLINE_IN_LEAD_IN.search(doc.text[lead_in[2]:lead_in[3]])
            out += [(n, a, b, "recommendation", deadline.group("deadline") if deadline else None)
                    for n, _, a, b in bullets if n > lead_in[0]]
        elif not concern and bullets:
            out = [(n, a, b, kind, None) for n, _, a, b in bullets]
        return out
    if bullets:
        lead_in = next((p for p in paragraphs if LEAD_IN.search(doc.text[p[2]:p[3]]) and p[0] < bullets[0][0]), None)
        deadline = DEADLINE_IN_LEAD_IN.search(doc.text[lead_in[2]:lead_in[3]]) if lead_in else None
        return [(n, a, b, kind, deadline.group("deadline") if deadline else None) for n, _, a, b in bullets]
    items = []
    for n, _, a, b in paragraphs:
        text = doc.text[a:b]
        if NOTHING_FOUND.search(text):
            continue
        stem = _stem(text)
        if SHOULD.match(stem) or (kind in ("recommendation", "innovative_practice") and len(paragraphs) == 1):
            items.append((n, a, b, kind, None))
    return items


def _titles(doc: Document, lines: list[tuple[int, str, int, int]]) -> list[tuple[int, str, int, int]]:
    """Item titles that lost their bold in a web copy: lines with no closing punctuation, each followed by the
    paragraph or bullets that explain it."""
    out = []
    for i, (n, form, a, b) in enumerate(lines):
        text = doc.text[a:b]
        if form != "paragraph" or len(text.split()) > 40 or re.search(r"[.;:,!]['’\"”)]?$", text) or not text[:1].isupper():
            continue
        following = lines[i + 1] if i + 1 < len(lines) else None
        if following and len(text.split()) >= 3 and (following[1] == "bullet" or (
                following[1] == "paragraph" and re.search(r"[.!?:]['’\"”)]?$", doc.text[following[2]:following[3]]))):
            out.append((n, form, a, b))
    return out


def _stem(text: str) -> str:
    m = DEADLINE.match(text)
    return text[m.end():] if m else text


def _prose_findings(doc: Document, labelled_sections: set[str]) -> list[tuple[int, int, int, str, Section]]:
    """Sentences under a question heading that say what the force should do, where the question has no label."""
    out = []
    for s in doc.sections:
        if s.kind != "question" or s.section_id in labelled_sections:
            continue
        end = min((x.line_start - 1 for x in doc.sections if x.line_start > s.line_start), default=doc.n_lines)
        for number, form, a, b in _lines(doc, s.line_start + 1, end):
            if form != "paragraph":
                continue
            text = doc.text[a:b]
            for x, y in split_sentences(text):
                sentence = _stem(text[x:y])
                if SHOULD.match(sentence) and re.search(r"\bshould\b", sentence) and not PRAISE.search(sentence) \
                        and not re.match(r"\s*[Ii]t\b", sentence):
                    out.append((number, a + x, a + y, "area_for_improvement", s))
    return out


INLINE_LABEL = prefiltered(re.compile(r"\b(?P<label>" + "|".join(sorted((re.escape(k) for k in FINDING_LABELS), key=len, reverse=True))
                          + r")\s*:\s*", re.IGNORECASE))
LABEL_IN_SENTENCE = prefiltered(re.compile(r"\b(?P<label>" + "|".join(sorted((re.escape(k) for k in FINDING_LABELS), key=len, reverse=True))
                               + r"|recommend(?:s|ed)?)\b", re.IGNORECASE))
SHOULD_WORD = re.compile(r"should", re.IGNORECASE)
SHOULD_CLAUSE = prefiltered(re.compile(r"\b(?:that\s+)?(?P<clause>(?:the force|the constabulary|it)\s+should\s+\w.*)$",
                                       re.IGNORECASE))
RECOMMENDS = re.compile(r"^(?:(?:HMIC|HMICFRS|we|the inspectorate)\s+(?:recommends?|recommended)\s+that\s+)?", re.IGNORECASE)


def _inline_findings(doc: Document, skip: set[int]) -> list[tuple[int, int, int, str, str | None]]:
    """Findings written inline, outside any findings heading: "Cause of concern: ... Recommendation: HMIC
    recommends that within six months the force should: ..." (tracker tables), and sentences that name a
    kind of finding and say what the force should do ("In areas for improvement the report said that the
    force should ...")."""
    out = []
    for number in range(1, doc.n_lines + 1):
        if number in skip or number in doc.heading_lines:
            continue
        raw = doc.line_text(number)
        start, _ = doc.line_span(number)
        labels = list(INLINE_LABEL.finditer(raw)) if ":" in raw else []     # a label is followed by a colon
        for i, m in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(raw)
            cell_end = raw.find("|", m.end(), end)       # looked for up to the next label only: linear in the line
            if cell_end != -1:
                end = cell_end
            text = raw[m.end():end].rstrip(" |")
            if len(text.split()) < 6:
                continue
            kind = FINDING_LABELS[normalize(m.group("label"))]
            deadline = None
            lead = RECOMMENDS.match(text)
            body_from = m.end() + (lead.end() if lead else 0)
            if kind == "recommendation":
                d = DEADLINE_IN_LEAD_IN.search(text)
                deadline = d.group("deadline") if d else None
                colon = re.search(r"\bshould(?:\s+\w+)?\s*:\s*", text)
                if colon:
                    body_from = m.end() + colon.end()
            out.append((number, start + body_from, start + m.end() + len(text), kind, deadline))
        if labels:
            continue
        if not SHOULD_WORD.search(raw):     # every sentence read below says what the force "should" do
            continue
        for a, b in split_sentences(raw):
            sentence = raw[a:b]
            label = LABEL_IN_SENTENCE.search(sentence)
            should = label and SHOULD_CLAUSE.search(sentence)
            if label and should and label.start() < should.start():
                word = normalize(label.group("label"))
                kind = FINDING_LABELS.get(word, "recommendation")
                d = DEADLINE_IN_LEAD_IN.search(sentence[:should.start("clause")])
                out.append((number, start + a + should.start("clause"), start + b, kind, d.group("deadline") if d else None))
    return out


def extract_findings(doc: Document) -> list[dict]:
    graded = _graded_headings(doc)
    found: list[dict] = []
    seen: dict[tuple[str, str], dict] = {}
    labelled: set[str] = set()
    region_lines: set[int] = set()

    def add(line: int, start: int, stop: int, kind: str, area: Section | None, deadline: str | None, form: str) -> None:
        raw = doc.text[start:stop]
        d = DEADLINE.match(raw)
        if d:
            deadline = deadline or d.group("deadline")
            start += d.end()
        text = strip_markup(doc.text[start:stop])
        key = (kind, normalize(text))
        if key not in seen and len(key[1]) >= 20:
            key = next((k for k in seen if k[0] == kind and (k[1].startswith(key[1]) or key[1].startswith(k[1]))), key)
        if key in seen:
            first = seen[key]
            first["restated_lines"] = ", ".join(filter(None, [first["restated_lines"], str(line)]))
            return
        row = doc.provenance(start, stop, label=kind.replace("_", " "))
        row.update({"kind": kind, "area": area.heading if area else None, "text": text, "deadline": deadline,
                    "stated_as": form, "restated_lines": None})
        seen[key] = row
        found.append(row)

    for label in doc.sections:
        kind = FINDING_LABELS.get(normalize(label.heading))
        if kind is None:
            continue
        area = _area_for(doc, label, graded)
        if area is not None:
            labelled.add(area.section_id)
        end = _region_end(doc, label)
        items = _items(doc, label.line_start + 1, end, kind)
        region_lines.update(range(label.line_start, end + 1) if items else ())
        for line, start, stop, item_kind, deadline in items:
            add(line, start, stop, item_kind, area, deadline, "list")
    for line, start, stop, kind, area in _prose_findings(doc, labelled):
        add(line, start, stop, kind, area, None, "prose")
    for line, start, stop, kind, deadline in _inline_findings(doc, region_lines):
        section = doc.section_for_line(line)
        add(line, start, stop, kind, section if section and section.kind == "question" else None, deadline, "prose")
    found.sort(key=lambda r: r["char_start"])
    for ordinal, row in enumerate(found, start=1):
        row["finding_id"] = f"{doc.doc_id}/f{ordinal:03d}"
    return found
