"""Hand-checked samples of published metrics: draw one at random with a fixed seed, then score the release on it.

    .venv/bin/python scripts/metric_sample.py draw --seed 20261207 --size 120 --out evaluation/metrics_sample_a.csv
    .venv/bin/python scripts/metric_sample.py draw --seed 20261208 --size 120 --out evaluation/metrics_sample_c.csv \
        --exclude evaluation/metrics_sample_a.csv evaluation/metrics_sample_b.csv
    .venv/bin/python scripts/metric_sample.py score evaluation/metrics_sample_a.csv [--show]

`draw` writes a sheet: one row per sampled metric with what the release says (value, unit, subject, measure,
period, comparison) and empty `gold_*` columns for a person to fill in from the sentence:

- `gold_quantity`: `y` if the number is a real quantity the table should hold, `n` if not (a year, a label,
  an idiom): precision.
- `gold_value`, `gold_unit`: the right value (low end of a range) and unit (a unit of genre.yaml).
- `gold_period_start`, `gold_period_end`: the dates the period the text states for this number covers
  (`YYYY-MM-DD`); both empty where the text states none for it; `gold_period_end` is `open` for an open period
  ("since 2010"), which is right when the release has the period with no end date.
- `gold_comparator_value`: the number it is compared with (`from X to Y`, `compared with X`, `the national
  average of X`); `-` where the text names what it is compared with without a number ("up 8% on the previous
  year"); empty where there is no comparison.
- `meaning_ok`: `y` if `subject` and `measure` together say usefully what the number measures (a data user could
  filter on them and would not be misled), `n` if not (a fragment, the wrong thing, null where the text says it);
  `meaning_checked` keeps the `subject | measure` that was judged.

`score` reads the current release and prints, over the sheet's real quantities: value and unit right, a useful
subject and measure, period right among numbers that state one, comparison paired among those that have one,
and precision. A meaning verdict counts only while the release still says what was judged; rows whose
`subject | measure` changed since are listed as needing a new check (`--show`), never counted as right.

    .venv/bin/python scripts/metric_sample.py passages DIR/passages.jsonl [--verdicts DIR/meaning.csv] [--show]

`passages` scores the extractor on labelled passages kept outside the project (text written in the genre's forms
that the extractor was not tuned to): one JSON object per line, {"id", "text", "numbers": [{"surface",
"occurrence" (default 1), "quantity", "value", "value_high", "unit", "subject", "measure", "period_start",
"period_end", "comparator_value", "direction", "base_value", "in_quotation"}]}. Recall and precision against the
labelled quantities, value and unit, period, comparison and direction are scored automatically; whether
`subject | measure` is useful needs a person: with `--write` the command writes every found quantity's labelled and
extracted meaning to the `--verdicts` sheet, keeping verdicts already given (`meaning_ok`) for meanings that did not
change; without it the sheet is only read.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
RELEASE = ROOT / "data" / "published"
SHOWN = ("metric_id", "doc_id", "line", "surface", "value", "value_high", "unit", "value_kind", "direction",
         "subject", "measure", "period", "period_start", "period_end", "comparator", "comparator_value",
         "base_value", "in_quotation", "sentence")
GOLD = ("gold_quantity", "gold_value", "gold_unit", "gold_period_start", "gold_period_end",
        "gold_comparator_value", "meaning_ok", "meaning_checked", "note")
UNIT_CLASS = {"gbp_thousands": "gbp", "percentage_points": "percent_difference"}
SECONDS_IN = {"duration_seconds": 1, "duration_minutes": 60, "duration_hours": 3600, "duration_days": 86400,
              "duration_weeks": 604800}     # a time is right in any unit: "4 minutes 51 seconds" is 291 seconds or 4.85 minutes
POUNDS_IN = {"gbp": 1, "gbp_thousands": 1000}   # and an amount in pounds or thousands: £8,140k is 8,140 thousand


def _scale(metric_unit: str, gold_unit: str) -> float | None:
    """What a labelled value is multiplied by to be in the metric's unit, where both are times or both amounts."""
    for table in (SECONDS_IN, POUNDS_IN):
        if metric_unit in table and gold_unit in table:
            return table[gold_unit] / table[metric_unit]
    return None


def release_metrics(release: Path = RELEASE) -> dict[str, dict]:
    return {m["metric_id"]: m for m in pq.read_table(release / "metrics.parquet").to_pylist()}


def meaning_text(metric: dict) -> str:
    return f"{metric.get('subject') or ''} | {metric.get('measure') or ''}"


def draw(seed: int, size: int, out: Path, release: Path = RELEASE, exclude: tuple[Path, ...] = ()) -> None:
    """Sample `size` metrics; metrics already on an `exclude` sheet are left out, so a new sample is new material."""
    metrics = release_metrics(release)
    seen = {row["metric_id"] for sheet in exclude for row in csv.DictReader(sheet.open(encoding="utf-8"))}
    pool = sorted(set(metrics) - seen)
    chosen = random.Random(seed).sample(pool, min(size, len(pool)))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=SHOWN + GOLD)
        writer.writeheader()
        for metric_id in chosen:
            row = {k: metrics[metric_id].get(k) for k in SHOWN}
            row["meaning_checked"] = meaning_text(metrics[metric_id])
            writer.writerow(row)
    print(f"{len(chosen)} metrics drawn with seed {seed} into {out}")


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _same(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(abs(a), abs(b), rel_tol=1e-6, abs_tol=1e-9)


def _ratio(hit: int, total: int) -> str:
    return f"{hit}/{total} ({hit / total:.1%})" if total else "n/a"


def score(sheet: Path, release: Path = RELEASE, show: bool = False) -> dict[str, tuple[int, int]]:
    metrics = release_metrics(release)
    with sheet.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    tally = {k: [0, 0] for k in ("precision", "value_unit", "meaning", "period", "no_period", "comparison")}
    gone, stale, unchecked = [], [], []

    def count(key: str, ok: bool, row: dict, why: str) -> None:
        tally[key][0] += ok
        tally[key][1] += 1
        if show and not ok:
            print(f"  {key} wrong: {row['metric_id']} {row['surface']!r}: {why}")

    for row in rows:
        if row["gold_quantity"] not in ("y", "n"):
            unchecked.append(row["metric_id"])
            continue
        metric = metrics.get(row["metric_id"])
        if metric is None:
            gone.append(row["metric_id"])
            if row["gold_quantity"] == "y":
                count("precision", True, row, "")
            continue
        count("precision", row["gold_quantity"] == "y", row, "not a quantity")
        if row["gold_quantity"] != "y":
            continue
        gold_unit = row["gold_unit"] or metric["unit"]
        scale = _scale(metric["unit"], gold_unit)
        value_ok = _same(metric["value"], _number(row["gold_value"]) * (scale or 1)) if row["gold_value"] else True
        unit_ok = UNIT_CLASS.get(metric["unit"], metric["unit"]) == UNIT_CLASS.get(gold_unit, gold_unit) or scale is not None
        count("value_unit", value_ok and unit_ok, row, f"{metric['value']} {metric['unit']}, expected "
              f"{row['gold_value'] or metric['value']} {gold_unit}")
        if meaning_text(metric) == row["meaning_checked"]:
            count("meaning", row["meaning_ok"] == "y", row, meaning_text(metric))
        else:
            stale.append((row["metric_id"], row["meaning_checked"], meaning_text(metric)))
        if row["gold_period_start"] or row["gold_period_end"]:
            if row["gold_period_end"] == "open":
                period_ok = metric["period"] is not None and metric["period_end"] is None
            else:
                period_ok = (str(metric["period_start"] or "") == row["gold_period_start"]
                             and str(metric["period_end"] or "") == row["gold_period_end"])
            count("period", period_ok, row, f"{metric['period']!r} {metric['period_start']} to "
                  f"{metric['period_end']}, expected {row['gold_period_start']} to {row['gold_period_end']}")
        else:
            count("no_period", metric["period"] is None, row, f"{metric['period']!r} where the text states none")
        if row["gold_comparator_value"]:
            wanted = row["gold_comparator_value"]
            paired = metric["comparator"] is not None and (
                wanted == "-" or _same(metric["comparator_value"], _number(wanted)))
            count("comparison", paired, row, f"{metric['comparator']!r} {metric['comparator_value']}, "
                  f"expected {wanted}")
    print(f"{sheet}: {len(rows)} rows, {len(rows) - len(unchecked)} checked by hand")
    print(f"  precision (real quantities)       {_ratio(*tally['precision'])}")
    print(f"  value and unit right              {_ratio(*tally['value_unit'])}")
    print(f"  useful subject and measure        {_ratio(*tally['meaning'])}")
    print(f"  period right, of those stating one {_ratio(*tally['period'])}")
    print(f"  no period, of those stating none   {_ratio(*tally['no_period'])}")
    print(f"  comparison paired, of those with one {_ratio(*tally['comparison'])}")
    if gone:
        print(f"  {len(gone)} sampled metric(s) no longer published: {', '.join(gone)}")
    if stale:
        print(f"  {len(stale)} meaning(s) changed since they were checked (not counted; check again)")
        if show:
            for metric_id, before, now in stale:
                print(f"    {metric_id}: was {before!r}, now {now!r}")
    return {k: (v[0], v[1]) for k, v in tally.items()}


def _find(text: str, surface: str, occurrence: int) -> tuple[int, int] | None:
    at = -1
    for _ in range(occurrence):
        at = text.find(surface, at + 1)
        if at < 0:
            return None
    return at, at + len(surface)


def score_passages(path: Path, verdicts: Path | None = None, show: bool = False,
                   write: bool = False) -> dict[str, tuple[int, int]]:
    from pipeline.document import Document
    from pipeline.extract.tables import extract_tables
    try:
        from pipeline.facts import document_metrics
    except ImportError:         # a checkout of release 0.7.0 or earlier (for a before-and-after): what it published
        from pipeline.extract.metrics import extract_metrics, text_table_metrics
        from pipeline.extract.panels import extract_panel_metrics, panel_span

        def document_metrics(doc, tables, cells):
            panel = panel_span(doc)
            skip = set(range(panel[0], panel[1] + 1)) if panel else set()
            return extract_panel_metrics(doc) + extract_metrics(doc, skip_lines=skip) + text_table_metrics(doc, tables, cells)

    tally = {k: [0, 0] for k in ("recall", "precision", "value_unit", "meaning", "period", "no_period", "comparison",
                                 "direction", "table_cells")}
    judged: dict[str, dict] = {}
    if verdicts and verdicts.exists():
        with verdicts.open(encoding="utf-8", newline="") as f:
            judged = {r["key"]: r for r in csv.DictReader(f)}
    sheet = []

    def count(key: str, ok: bool, where: str, why: str) -> None:
        tally[key][0] += ok
        tally[key][1] += 1
        if show and not ok:
            print(f"  {key} wrong: {where}: {why}")

    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        passage = json.loads(line)
        text = passage["text"]
        doc = Document(passage["id"], text)
        tables, cells = extract_tables(doc)
        metrics = document_metrics(doc, tables, cells)          # as the pipeline reads a document: tables too
        numeric_cells = [c for c in cells if c["value"] is not None]
        claimed = set()
        for gold in passage["numbers"]:
            occurrence = gold.get("occurrence", 1)
            span = _find(text, gold["surface"], occurrence)
            if span is None:
                raise SystemExit(f"{path}: passage {passage['id']}: {gold['surface']!r} (occurrence {occurrence}) "
                                 "is not in its text")
            hits = [m for m in metrics if m["char_start"] < span[1] and span[0] < m["char_end"]]
            claimed.update(m["metric_id"] for m in hits)
            if not gold.get("quantity"):
                continue
            where = f"{passage['id']} {gold['surface']!r}"
            in_cell = [c for c in numeric_cells if c["char_start"] < span[1] and span[0] < c["char_end"]]
            if in_cell and not hits:        # a table's number is published in table_cells, with its row and column
                count("table_cells", _same(in_cell[0]["value"], gold.get("value")), where,
                      f"cell value {in_cell[0]['value']}, expected {gold.get('value')}")
                continue
            count("recall", bool(hits), where, "not found")
            if not hits:
                continue
            metric = hits[0]
            scale = _scale(metric["unit"], gold["unit"])
            value_ok = _same(metric["value"], gold.get("value") * (scale or 1) if gold.get("value") is not None else None)
            unit_ok = UNIT_CLASS.get(metric["unit"], metric["unit"]) == UNIT_CLASS.get(gold["unit"], gold["unit"]) or \
                {metric["unit"], gold["unit"]} <= {"percent", "multiplier"} or scale is not None
            count("value_unit", value_ok and unit_ok, where, f"{metric['value']} {metric['unit']}, expected "
                  f"{gold.get('value')} {gold['unit']}")
            if gold.get("period_start") or gold.get("period_end"):
                if gold.get("period_end") == "open":
                    period_ok = metric["period"] is not None and metric["period_end"] is None
                else:
                    period_ok = (str(metric["period_start"] or "") == (gold.get("period_start") or "")
                                 and str(metric["period_end"] or "") == (gold.get("period_end") or ""))
                count("period", period_ok, where, f"{metric['period']!r} {metric['period_start']} to "
                      f"{metric['period_end']}, expected {gold.get('period_start')} to {gold.get('period_end')}")
            else:
                count("no_period", metric["period"] is None, where, f"{metric['period']!r} where the text states none")
            wanted = gold.get("comparator_value")
            if wanted is not None:
                paired = metric["comparator"] is not None and (wanted == "-" or _same(metric["comparator_value"],
                                                                                       float(wanted) * (scale or 1)))
                count("comparison", paired, where, f"{metric['comparator']!r} {metric['comparator_value']}, "
                      f"expected {wanted}")
            if gold.get("direction") in ("rise", "fall"):
                count("direction", metric["direction"] == gold["direction"], where,
                      f"{metric['direction']}, expected {gold['direction']}")
            key = f"{passage['id']}:{gold['surface']}:{occurrence}"
            extracted = meaning_text(metric)
            before = judged.get(key)
            verdict = before["meaning_ok"] if before and before["extracted"] == extracted else ""
            if verdict in ("y", "n"):
                count("meaning", verdict == "y", where, extracted)
            sheet.append({"key": key, "sentence": metric["sentence"], "expected": f"{gold.get('subject') or ''} | "
                          f"{gold.get('measure') or ''}", "extracted": extracted, "meaning_ok": verdict})
        labelled = {m["metric_id"] for m in metrics if any(
            not g.get("quantity") for g in passage["numbers"]
            if (sp := _find(text, g["surface"], g.get("occurrence", 1))) and m["char_start"] < sp[1] and sp[0] < m["char_end"])}
        for metric in metrics:
            true_hit = metric["metric_id"] in claimed and metric["metric_id"] not in labelled
            count("precision", true_hit, f"{passage['id']} {metric['surface']!r}", "not a labelled quantity")
    if verdicts and write:
        with verdicts.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=("key", "sentence", "expected", "extracted", "meaning_ok"))
            writer.writeheader()
            writer.writerows(sheet)
    print(f"{path}: labelled passages")
    for key, label in (("recall", "recall"), ("precision", "precision"), ("value_unit", "value and unit right"),
                       ("meaning", "useful subject and measure"), ("period", "period right, of those stating one"),
                       ("no_period", "no period, of those stating none"),
                       ("comparison", "comparison paired, of those with one"), ("direction", "direction of changes"),
                       ("table_cells", "in a table: value right in table_cells")):
        print(f"  {label:38s} {_ratio(*tally[key])}")
    waiting = sum(1 for r in sheet if not r["meaning_ok"])
    if waiting:
        print(f"  {waiting} meaning(s) not judged yet" + (
            f": fill `meaning_ok` in {verdicts}" if verdicts and write else " (--write lists them in the verdicts sheet)"))
    return {k: (v[0], v[1]) for k, v in tally.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--size", type=int, default=120)
    d.add_argument("--out", type=Path, required=True)
    d.add_argument("--exclude", type=Path, nargs="*", default=[], help="sheets whose metrics are not drawn again")
    s = sub.add_parser("score")
    s.add_argument("sheet", type=Path)
    s.add_argument("--show", action="store_true")
    p = sub.add_parser("passages")
    p.add_argument("passages", type=Path)
    p.add_argument("--verdicts", type=Path)
    p.add_argument("--write", action="store_true", help="rewrite the verdicts sheet with the current meanings")
    p.add_argument("--show", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "draw":
        draw(args.seed, args.size, args.out, exclude=tuple(args.exclude))
    elif args.command == "passages":
        score_passages(args.passages, args.verdicts, show=args.show, write=args.write)
    else:
        score(args.sheet, show=args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
