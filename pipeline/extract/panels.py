"""'Force in numbers' panels: an infographic flattened to text.

Labels, a two-column header (the force vs the England and Wales average) and bold values stand on
separate lines. Each bold value becomes a metric whose measure is its label; where the panel pairs
the force's value with an England and Wales value, the latter is the comparator.
"""
from __future__ import annotations

import re

from pipeline.document import Document
from pipeline.periods import find_periods
from pipeline.extract.metrics import find_mentions
from pipeline.text import normalize, strip_markup

PANEL_TITLES = {"force in numbers", "the force in numbers"}
BOLD_VALUE = re.compile(r"^\s*\*\*(?P<value>£?\s?[\d,]+(?:\.\d+)?\s?%?)\*\*\s*$")
FORCE_COLUMN = re.compile(r"^(?:the\s+)?(?:\w+\s){0,3}(?:police service|police|constabulary|force)$", re.IGNORECASE)
COMPARATOR_COLUMN = re.compile(r"england and wales|national|average", re.IGNORECASE)
PERIOD = re.compile(r"(?:\d+ months to |as (?:of|at) |year ending |as at )?\d{1,2} [A-Z][a-z]+ \d{4}|\d{4} Census")


def panel_span(doc: Document) -> tuple[int, int] | None:
    """First and last line of the document's 'Force in numbers' panel, if it has one with bold values."""
    sections = doc.sections
    for i, s in enumerate(sections):
        if normalize(s.heading) in PANEL_TITLES:
            end = doc.n_lines
            for later in sections[i + 1:]:
                if later.in_contents or (later.level < s.level):
                    end = later.line_start - 1
                    break
            if any(BOLD_VALUE.match(doc.line_text(n)) for n in range(s.line_start, end + 1)):
                return s.line_start + 1, end
    return None


def extract_panel_metrics(doc: Document) -> list[dict]:
    span = panel_span(doc)
    if span is None:
        return []
    rows = []
    title = None          # the figure's label line, e.g. "Number of public complaints per 1,000 workforce ..."
    row_label = None      # a short row label under the title, e.g. "Officers"
    columns: list[str] = []
    pending: list[tuple[int, int, int, str]] = []

    def flush():
        nonlocal pending
        if not pending:
            return
        paired = len(columns) >= 2 and COMPARATOR_COLUMN.search(columns[1]) and len(pending) >= 2
        groups = [pending[i:i + 2] for i in range(0, len(pending), 2)] if paired else [[p] for p in pending]
        for group in groups:
            number, start, end, surface = group[0]
            comparator = group[1] if len(group) > 1 else None
            rows.append(_row(doc, number, start, end, surface, title, row_label,
                             columns[1] if comparator else None, comparator[3] if comparator else None))
        pending = []

    for number in range(span[0], span[1] + 1):
        raw = doc.line_text(number)
        text = strip_markup(raw)
        if not text:
            continue
        m = BOLD_VALUE.match(raw)
        if m:
            start, _ = doc.line_span(number)
            pending.append((number, start + m.start("value"), start + m.end("value"), m.group("value")))
            continue
        is_comparator = bool(COMPARATOR_COLUMN.search(text)) and len(text.split()) <= 6
        if pending and (is_comparator or FORCE_COLUMN.match(text)) and not columns:
            # a caption printed after its value: "**51%**" / "England and Wales population, 2011 Census"
            if is_comparator and rows and rows[-1]["comparator"] is None and len(pending) == 1:
                rows[-1]["comparator"] = text
                rows[-1]["comparator_value"] = find_mentions(pending[0][3])[0].value
                pending = []
            else:
                flush()
            continue
        flush()
        if raw.lstrip().startswith("#"):
            title, row_label, columns = None, None, []
        elif FORCE_COLUMN.match(text) or is_comparator:
            columns.append(text)
        elif len(text.split()) <= 4 and title and not PERIOD.search(text):
            row_label = text
        else:
            title, row_label, columns = text, None, []
    flush()
    return rows


def _row(doc: Document, number: int, start: int, end: int, surface: str, title: str | None, row_label: str | None,
         comparator: str | None, comparator_surface: str | None) -> dict:
    mention = find_mentions(surface)[0]
    label = " - ".join(x for x in (title, row_label) if x) or None
    period = PERIOD.search(title or "")
    measure = label
    if period and label:
        measure = re.sub(r"\s+", " ", label[:period.start()] + label[period.end():]).strip(" ,-") if title else label
    comparator_value = find_mentions(comparator_surface)[0].value if comparator_surface else None
    printed = next(iter(find_periods(period.group())), None) if period else None
    unit = mention.unit
    if unit in ("count", "other") and re.search(r"per 1,?000", title or "", re.IGNORECASE):
        unit = "rate_per_1000"
    row = doc.provenance(start, end, label="Force in numbers")
    row.update({
        "metric_id": f"{doc.doc_id}/m{number:05d}-{start - doc.line_span(number)[0]:04d}", "value": mention.value,
        "value_high": None, "unit": unit, "surface": doc.text[start:end], "subject": None, "measure": measure,
        "value_kind": "level", "direction": None, "base_value": None,
        "period": printed.label if printed else None, "period_start": printed.start if printed else None,
        "period_end": printed.end if printed else None, "period_source": "panel" if printed else None,
        "qualifier": "exact", "ci_plus_minus": None, "comparator": comparator, "comparator_value": comparator_value,
        "in_quotation": False, "sentence": label or doc.line_text(number).strip(), "source_form": "panel",
        "table_id": None,
    })
    return row

