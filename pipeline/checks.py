"""Rules for single tables that the registry's baseline cannot express (spans, ranges, totals, agreement)."""
from __future__ import annotations

import pandas as pd

from pipeline.validate import SAMPLE_ROWS, CheckOutcome


def _rows_where(table: str, check: str, df: pd.DataFrame, mask, columns: list[str], blocking: bool = True) -> CheckOutcome:
    bad = df[mask]
    samples = bad[columns].head(SAMPLE_ROWS).to_dict("records")
    details = f"{len(bad)} of {len(df)} rows" if len(bad) else ""
    return CheckOutcome(table, check, bad.empty, blocking=blocking, details=details, samples=samples)


def section_rules(df: pd.DataFrame, frames) -> list[CheckOutcome]:
    return [
        _rows_where("sections", "line_end >= line_start", df, df["line_end"] < df["line_start"],
                    ["section_id", "line_start", "line_end"]),
        _rows_where("sections", "page_end >= page_start where both are known", df,
                    df["page_end"].notna() & df["page_start"].notna() & (df["page_end"] < df["page_start"]),
                    ["section_id", "heading", "page_start", "page_end"]),
        _rows_where("sections", "parent_id is a section of the same document", df,
                    df["parent_id"].notna() & ~df["parent_id"].isin(set(df["section_id"])),
                    ["section_id", "parent_id"]),
    ]


RULES = {"sections": section_rules}


def table_rules(name: str, df: pd.DataFrame, frames) -> list[CheckOutcome]:
    rule = RULES.get(name)
    return rule(df, frames) if rule else []
