"""Series across reports: metrics matched to the curated indicator catalogue (pipeline/vocabulary/indicators.yaml)."""
from __future__ import annotations

from pipeline.vocabulary import INDICATORS, POPULATIONS, UNITS


def indicator_for(metric: dict) -> tuple[str | None, str | None]:
    """(indicator_id, population) of a metric row, from its unit, kind, measure and subject; (None, None) if none.
    Numbers in quotations are anecdotes and join no series."""
    if metric.get("in_quotation") or not metric.get("measure"):
        return None, None
    text = " | ".join(x for x in (metric.get("measure"), metric.get("subject")) if x)
    for indicator in INDICATORS:
        if indicator.unit == metric["unit"] and indicator.value_kind == metric.get("value_kind", "level") \
                and indicator.matches(text):
            return indicator.indicator_id, population_of(metric.get("subject") or "")
    return None, None


def population_of(subject: str) -> str | None:
    """The population group a value is for ('Black Londoners' -> 'Black people'); None for the whole population."""
    for name, patterns in POPULATIONS.items():
        if any(p.search(subject) for p in patterns):
            return name
    return None


def indicator_rows() -> list[dict]:
    """Rows of the published `indicators` table: the catalogue itself."""
    return [{"indicator_id": i.indicator_id, "name": i.name, "definition": i.definition, "unit": i.unit,
             "value_kind": i.value_kind, "match_all": " AND ".join(p.pattern for p in i.match_all),
             "match_none": " OR ".join(p.pattern for p in i.match_none) or None}
            for i in INDICATORS]


_unknown = [i.indicator_id for i in INDICATORS if i.unit not in UNITS]
if _unknown:
    raise ValueError(f"pipeline/vocabulary/indicators.yaml: indicator(s) {', '.join(_unknown)} name a unit that is not in "
                     f"genre.yaml's units ({', '.join(UNITS)})")
