"""Rules for single tables that the registry's baseline cannot express (spans, ranges, totals, agreement)."""
from __future__ import annotations

import bisect
import re

import numpy as np
import pandas as pd

from pipeline.extract.meaning import is_broken, is_fragment
from pipeline.outcomes import SAMPLE_ROWS, CheckOutcome


def _rows_where(table: str, check: str, df: pd.DataFrame, mask, columns: list[str], blocking: bool = True) -> CheckOutcome:
    bad = df[columns][mask]      # the sample's columns only: masking every column cost seconds at 1,000s of documents
    samples = bad.head(SAMPLE_ROWS).to_dict("records")
    details = f"{len(bad)} of {len(df)} rows" if len(bad) else ""
    return CheckOutcome(table, check, bad.empty, blocking=blocking, details=details, samples=samples)


def section_rules(df: pd.DataFrame, frames) -> list[CheckOutcome]:
    return [
        _rows_where("sections", "line_end >= line_start", df, df["line_end"] < df["line_start"],
                    ["section_id", "line_start", "line_end"]),
        _rows_where("sections", "page_end >= page_start where both are known", df,
                    df["page_end"].notna() & df["page_start"].notna() & (df["page_end"] < df["page_start"]),
                    ["section_id", "heading", "page_start", "page_end"]),
        _rows_where("sections", "a section's parent belongs to the same document", df,
                    df["parent_id"].notna() & (df["parent_id"].astype("string").str.split("/").str[0] != df["doc_id"]),
                    ["section_id", "parent_id"]),
    ]


CHANGE_WORDS = r"change|increase|decrease|probability|likel|differen|growth|\+"
TOTAL_ROW = r"^(?:total|grand total|all\b|overall)"
AVERAGE_ROW = r"^averages?\b|\baverage\b"


def table_cell_rules(df: pd.DataFrame, frames) -> list[CheckOutcome]:
    labels = (df["row_label"].fillna("") + " " + df["column_label"].fillna("")).str.lower()
    pct = df["unit"].eq("percent") & df["value"].notna()
    out_of_range = pct & ((df["value"] < 0) | (df["value"] > 100)) & \
        ~(df["text"].str.startswith(("+", "-", "−")) | labels.str.contains(CHANGE_WORDS, regex=True))
    outcomes = [
        _rows_where("table_cells", "percent cells lie in 0-100 unless signed or labelled as a change", df, out_of_range,
                    ["table_id", "row_label", "column_label", "text", "value"]),
        _rows_where("table_cells", "value is null for text cells and unit is set for numbers", df,
                    df["value"].notna() != df["unit"].notna(), ["table_id", "row_index", "col_index", "text", "unit"]),
    ]
    outcomes += printed_total_checks(df)
    return outcomes


def printed_total_checks(df: pd.DataFrame) -> list[CheckOutcome]:
    """Compare printed total and average rows with the sum or mean of the rows above them (warnings only)."""
    found, checked = [], 0
    numeric = df[df["value"].notna()]
    # the rows labelled as a total or an average, found for every table at once (a loop over thousands of tables
    # that nearly all have none was the cost of this check at scale); then only their tables are looked at
    labels = numeric.groupby(["table_id", "row_index"], sort=True)["row_label"].first().fillna("").str.strip().str.lower()
    labelled = labels[labels.str.contains(TOTAL_ROW, regex=True) | labels.str.contains(AVERAGE_ROW, regex=True)]
    flagged = numeric[numeric["table_id"].isin(set(labelled.index.get_level_values(0)))]
    tables = {table_id: (cells["row_index"].to_numpy(), cells["col_index"].to_numpy(), cells["unit"].to_numpy(dtype=object),
                         cells["value"].to_numpy(dtype="float64"))
              for table_id, cells in flagged.groupby("table_id")}      # numpy per table: no DataFrame mask per cell
    for (table_id, row_index), label in labelled.items():
        rows, cols, units, values = tables[table_id]
        is_total = re.search(TOTAL_ROW, label) is not None
        is_average = re.search(AVERAGE_ROW, label) is not None
        for i in (rows == row_index).nonzero()[0]:
            col_index, printed = cols[i], values[i]
            unit = units[((rows == row_index) & (cols == col_index)).nonzero()[0][0]]
            if not isinstance(unit, str):     # a null unit equals nothing: no parts
                continue
            parts = values[(cols == col_index) & (rows < row_index) & (units == unit)]
            if len(parts) < 2:
                continue
            if is_total and unit in ("count", "gbp", "gbp_thousands"):
                expected, tolerance = parts.sum(), max(1.0, 0.005 * abs(parts.sum()))
            elif is_average:
                expected, tolerance = parts.sum() / len(parts), 0.15       # as pandas' mean
            else:
                continue
            checked += 1
            if abs(expected - printed) > tolerance:
                found.append({"table_id": table_id, "row": label, "col_index": int(col_index),
                              "printed": printed, "computed": round(float(expected), 3)})
    details = f"{checked} printed totals/averages compared; {len(found)} differ by more than rounding"
    return [CheckOutcome("table_cells", "printed totals and averages match their parts", not found,
                         blocking=False, details=details, samples=found)]


def metric_rules(df: pd.DataFrame, frames) -> list[CheckOutcome]:
    text = (df["sentence"].fillna("") + " " + df["measure"].fillna("")).str.lower()
    relative = text.str.contains(r"more likely|less likely|higher|lower|more than|times|increase|rise|rose", regex=True)
    pct = df["unit"].eq("percent")
    level = df["value_kind"].eq("level")
    change = df["value_kind"].eq("change")
    outcomes = [
        _rows_where("metrics", "percent levels lie in 0-100 (changes and relative figures aside)", df,
                    pct & level & ((df["value"] < 0) | (df["value"] > 100)) & ~relative,
                    ["metric_id", "surface", "value", "sentence"]),
        _rows_where("metrics", "a change carries the sign of its direction (a fall is negative, a rise positive)", df,
                    change & ((df["direction"].eq("fall") & (df["value"] > 0)) | (df["direction"].eq("rise") & (df["value"] < 0))),
                    ["metric_id", "surface", "value", "direction"]),
        _rows_where("metrics", "measure is not a fragment (a pronoun, a determiner, a single function word, or words cut "
                    "out of their clause such as 'share of in ...' or 'was expected to')", df,
                    df["measure"].notna() & df["measure"].map(fragments(df["measure"])),
                    ["metric_id", "surface", "measure"]),
        _rows_where("metrics", "period_start <= period_end", df,
                    df["period_start"].notna() & df["period_end"].notna() & (df["period_start"] > df["period_end"]),
                    ["metric_id", "period", "period_start", "period_end"]),
        _rows_where("metrics", "a comparator value has a comparator, and a comparator has a value unless the number is a "
                    "multiple of it, a change from it, or a level whose change from it is stated ('498,300 calls, up 6% "
                    "on 2023': a direction)", df, df["comparator"].isna() & df["comparator_value"].notna() |
                    df["comparator"].notna() & df["comparator_value"].isna() & (df["unit"] != "multiplier") &
                    (df["value_kind"] != "change") & ~df["direction"].isin(["rise", "fall"]),
                    ["metric_id", "unit", "value_kind", "comparator", "comparator_value"]),
        _rows_where("metrics", "value_high > value for ranges", df,
                    df["value_high"].notna() & (df["value_high"] <= df["value"]), ["metric_id", "surface", "value", "value_high"]),
        _rows_where("metrics", "surface is the quote (the number as written)", df, df["surface"] != df["quote"],
                    ["metric_id", "surface", "quote"]),
    ]
    cells = frames.get("table_cells")
    overlapping = pd.Series(False, index=df.index)
    if cells is not None and cells.num_rows:
        overlapping[overlapping_metrics(df, cells)] = True
    outcomes.append(_rows_where("metrics", "no prose metric overlaps a table cell (table numbers belong to table_cells)",
                                df, overlapping & df["source_form"].ne("text_table"), ["metric_id", "surface", "line"]))
    outcomes.append(panel_cross_check(df))
    outcomes.append(metric_density(df, frames))
    return outcomes


def overlapping_metrics(df: pd.DataFrame, cells) -> list:
    """Index labels of the metric rows whose span overlaps a table cell's span in the same document.

    Each metric looks back from the last cell starting before its end, over cells ending within 10,000 characters
    before its start. Only the metrics that some earlier-starting cell reaches past (a prefix maximum of the cells'
    ends, per document with numpy) are looked at: most metrics are in prose, far from any cell, and a Python loop
    over every metric was most of the time of the table rules at thousands of documents."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc_id, start, end in zip(*(cells.column(c).to_pylist() for c in ("doc_id", "char_start", "char_end"))):
        spans.setdefault(doc_id, []).append((start, end))
    char_starts, char_ends, labels = df["char_start"].to_numpy(), df["char_end"].to_numpy(), df.index
    found = []
    for doc_id, rows in df.groupby("doc_id", sort=False).indices.items():
        if doc_id not in spans:
            continue
        pairs = sorted(spans[doc_id], key=lambda p: p[0])            # by start (stable)
        starts, ends = [p[0] for p in pairs], [p[1] for p in pairs]
        last = np.searchsorted(np.array(starts), char_ends[rows], side="left") - 1
        reach = np.maximum.accumulate(np.array(ends))                   # the furthest end among cells up to each one
        near = rows[(last >= 0) & (reach[np.maximum(last, 0)] > char_starts[rows])]
        for position in near:
            char_start, char_end = char_starts[position], char_ends[position]
            i = bisect.bisect_left(starts, char_end) - 1
            while i >= 0 and ends[i] > char_start - 10_000:
                if starts[i] < char_end and char_start < ends[i]:
                    found.append(labels[position])
                    break
                i -= 1
                if i >= 0 and starts[i] < char_start - 10_000:
                    break
    return found


def fragments(measures: pd.Series) -> dict:
    """{measure: is it a fragment or broken} for each distinct measure (many metrics share one)."""
    return {m: is_fragment(m) or is_broken(m) if isinstance(m, str) else False for m in measures.dropna().unique()}


LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
NOISE_WORDS = 4               # a sentence with fewer words of letters than this says nothing about its numbers
NOISE_SHARE = 0.25            # the real reports: at most 1.2% of a document's metrics are in such sentences
NOISE_PER_1000_CHARS = 20     # the real reports: 0.1 to 1.6 metrics per 1,000 characters of text
NOISE_MIN_METRICS = 50        # below this a share says little, and a few odd numbers do little harm


def metric_density(df: pd.DataFrame, frames) -> CheckOutcome:
    """Flag a document whose "metrics" are mostly noise: digit runs, reference lists or tables flattened into lines,
    where numbers come without words. Calibrated on the real reports, which pass with a wide margin (see the
    constants). Blocking: thousands of such rows would swamp the real figures of every other document."""
    sizes = {}
    documents = frames.get("documents") if frames else None
    if documents is not None:
        sizes = dict(zip(documents.column("doc_id").to_pylist(), documents.column("n_chars").to_pylist()))
    words = {s: len(LETTER_WORD.findall(s)) for s in df["sentence"].dropna().unique()}
    wordless = df["sentence"].map(lambda s: words.get(s, 0) < NOISE_WORDS)
    flagged, most_share, most_density = [], 0.0, 0.0
    for doc_id, group in wordless.groupby(df["doc_id"], sort=True):
        share = float(group.mean())
        density = 1000 * len(group) / sizes[doc_id] if sizes.get(doc_id) else 0.0
        most_share, most_density = max(most_share, share), max(most_density, density)
        if len(group) >= NOISE_MIN_METRICS and (share >= NOISE_SHARE or density >= NOISE_PER_1000_CHARS):
            flagged.append({"doc_id": doc_id, "metrics": len(group), "share_in_sentences_without_words": round(share, 3),
                            "metrics_per_1000_chars": round(density, 1)})
    if flagged:
        details = "; ".join(f"{f['doc_id']}: {f['metrics']:,} metrics, {f['share_in_sentences_without_words']:.0%} in "
                            f"sentences of fewer than {NOISE_WORDS} words, {f['metrics_per_1000_chars']} per 1,000 "
                            f"characters" for f in flagged)
    else:
        details = (f"{wordless.groupby(df['doc_id']).ngroups} documents: at most {most_share:.1%} of a document's metrics in "
                   f"sentences of fewer than {NOISE_WORDS} words, at most {most_density:.1f} per 1,000 characters")
    check = (f"metrics are not mostly noise: per document (with {NOISE_MIN_METRICS}+ metrics) under {NOISE_SHARE:.0%} in "
             f"sentences of fewer than {NOISE_WORDS} words and under {NOISE_PER_1000_CHARS} per 1,000 characters")
    return CheckOutcome("metrics", check, not flagged, details=details, samples=flagged)


def panel_cross_check(df: pd.DataFrame) -> CheckOutcome:
    """'Force in numbers' figures against the prose, which restates several of them (a warning, not a gate)."""
    used = df[["doc_id", "metric_id", "value", "unit", "comparator_value", "measure", "source_form"]]   # not every column
    panel = used[used["source_form"] == "panel"]
    prose = used[used["source_form"] == "prose"]
    restated, not_restated, disagree = 0, [], []
    # each panel row is compared with its own document's prose, as numpy arrays (no DataFrame mask per panel row)
    prose_by_doc = {doc_id: (g["value"].to_numpy(dtype="float64"), g["unit"].to_numpy(dtype=object),
                             g["comparator_value"].to_numpy(dtype="float64"))
                    for doc_id, g in prose[prose["doc_id"].isin(set(panel["doc_id"]))].groupby("doc_id", sort=False)}
    nothing = (np.empty(0), np.empty(0, dtype=object), np.empty(0))
    for row in panel.itertuples():
        values, units, comparators = prose_by_doc.get(row.doc_id, nothing)
        same = (np.abs(values - row.value) < 1e-9) & (units == row.unit)
        if not same.any():
            not_restated.append(row.measure)
            continue
        restated += 1
        if pd.notna(row.comparator_value) and not (np.abs(comparators[same] - row.comparator_value) < 1e-9).any():
            disagree.append({"metric_id": row.metric_id, "value": row.value, "panel_comparator": row.comparator_value,
                             "prose_comparators": [c for c in comparators[same].tolist() if c == c]})
    details = f"{len(panel)} panel figures: {restated} restated in the prose, {len(disagree)} of them disagree"
    if not_restated:
        details += f"; not restated in the prose: {'; '.join(str(m) for m in not_restated)}"
    return CheckOutcome("metrics", "panel figures agree with the prose that restates them", not disagree,
                        blocking=False, details=details, samples=disagree)


def judgment_rules(df: pd.DataFrame, frames) -> list[CheckOutcome]:
    from pipeline.schema import GRADES  # noqa: PLC0415

    allowed = df.apply(lambda r: r["grade"] is None or pd.isna(r["grade"]) or r["grade"] in GRADES[r["scale"]], axis=1) \
        if len(df) else pd.Series(dtype=bool)
    return [
        _rows_where("judgments", "grade is allowed on the judgment's scale", df, ~allowed if len(df) else allowed,
                    ["judgment_id", "grade", "scale"]),
        _rows_where("judgments", "one judgment per (document, area, scope)", df,
                    df.duplicated(["doc_id", "area", "scope"], keep=False), ["judgment_id", "doc_id", "area", "scope"]),
        _rows_where("judgments", "the table, grade line and sentences agree (conflicts_with is null)", df,
                    df["conflicts_with"].notna(), ["judgment_id", "area", "grade", "conflicts_with"], blocking=False),
        _rows_where("judgments", "graded is true exactly when a grade is stated", df, df["graded"] != df["grade"].notna(),
                    ["judgment_id", "area", "grade", "graded"]),
    ]


def finding_rules(df: pd.DataFrame, frames) -> list[CheckOutcome]:
    sections = frames.get("sections")
    headings = set()
    if sections is not None:
        s = sections.select(["doc_id", "heading"]).to_pandas()
        headings = set(zip(s["doc_id"], s["heading"]))
    not_a_section = df["area"].notna() & ~pd.Series([(d, a) in headings for d, a in zip(df["doc_id"], df["area"])],
                                                      index=df.index, dtype=bool)
    return [
        _rows_where("findings", "each finding's area is a section of its document", df, not_a_section,
                    ["finding_id", "area"]),
        _rows_where("findings", "no finding text is recorded twice in a document", df,
                    df.duplicated(["doc_id", "kind", "text"], keep=False), ["finding_id", "text"]),
    ]


RULES = {"sections": section_rules, "table_cells": table_cell_rules, "metrics": metric_rules,
         "judgments": judgment_rules, "findings": finding_rules}


def page_rules(name: str, df: pd.DataFrame) -> list[CheckOutcome]:
    """A fact's page is exact or null: set only where its bounds meet, and the bounds never run backwards."""
    if not {"page", "page_start", "page_end"} <= set(df.columns) or name == "sections":
        return []
    both = df["page_start"].notna() & df["page_end"].notna()
    exact = both & (df["page_start"] == df["page_end"])
    columns = ["doc_id", "line", "page", "page_start", "page_end"]
    return [
        _rows_where(name, "page_end >= page_start where both are known", df,
                    both & (df["page_end"] < df["page_start"]), columns),
        _rows_where(name, "page is set exactly where page_start = page_end, and equals them", df,
                    (df["page"].notna() != exact) | (exact & (df["page"] != df["page_start"])), columns),
    ]


def table_rules(name: str, df: pd.DataFrame, frames) -> list[CheckOutcome]:
    rule = RULES.get(name)
    return (rule(df, frames) if rule else []) + page_rules(name, df)
