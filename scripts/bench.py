"""`make bench`: throughput and dev-gold precision/recall of our metrics extractor next to quantulum3,
plus the time of each pipeline stage and of a whole in-process Dagster build.

Timings live here, never in the tests. quantulum3 is a bench-only extra (`pip install -e '.[bench]'`).
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
warnings.filterwarnings("ignore")

from pipeline.document import Document  # noqa: E402
from pipeline.extract.findings import extract_findings  # noqa: E402
from pipeline.extract.judgments import extract_judgments  # noqa: E402
from pipeline.extract.metrics import extract_metrics, prose_lines  # noqa: E402
from pipeline.extract.tables import extract_tables  # noqa: E402
from pipeline.facts import document_for  # noqa: E402
from pipeline.sources import load_manifest, read_source  # noqa: E402

RAW = ROOT / "data" / "raw"
GOLD = ROOT.parent / "shared" / "dev_gold" / "metrics.json"
QUANTULUM_UNITS = {"percentage": "percent", "pound sterling": "gbp", "minute": "duration_minutes",
                   "minute of arc": "duration_minutes", "hour": "duration_hours", "day": "duration_days",
                   "month": "duration_months", "year": "duration_years", "dimensionless": "count"}


def best_of(fn, repeat=3):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def ours(line: str):
    """The full extractor (sentences, signs, ranges, comparators) on one line, as the pipeline runs it."""
    return [(m["char_start"], m["char_end"], m["value"], m["unit"], m["value_high"])
            for m in extract_metrics(Document("bench", line))]


def quantulum(parser):
    def parse(line: str):
        out = []
        for q in parser.parse(line):
            out.append((q.span[0], q.span[1], q.value, QUANTULUM_UNITS.get(q.unit.name, "other"), None))
        return out
    return parse


def value_matches(value, unit, gold_value, gold_unit, high=None):
    if value is None or gold_value is None:
        return False
    candidates = {value, abs(value)}
    if high is not None:
        candidates |= {high, (value + high) / 2}
    if unit == "percent" and gold_unit == "multiplier":
        candidates.add(1 + value / 100)
    golds = gold_value if isinstance(gold_value, list) else [gold_value]
    return any(abs(c - g) <= 1e-6 * max(1.0, abs(c), abs(g)) for c in candidates for g in golds)


def unit_class(u):
    return {"rate_per_1000": "rate", "gbp_thousands": "gbp", "percentage_points": "percent"}.get(u, u)


def score(extract, gold, texts) -> dict:
    """Recall of metric mentions (value and position), precision over annotated mentions, unit agreement."""
    tp = n_metric = predicted = false = units = 0
    for entry in gold["lines"]:
        text = texts.get(entry["doc_file"])
        if text is None:
            continue
        line = text.split("\n")[entry["line"] - 1]
        found = extract(line)
        spans = [(x["start"], x["start"] + len(x["surface"]), x) for x in entry["mentions"]]
        for s, e, x in spans:
            if x["class"] != "metric":
                continue
            n_metric += 1
            hits = [f for f in found if f[0] < e and s < f[1] and value_matches(f[2], f[3], x["value"], x["unit"], f[4])]
            tp += bool(hits)
            units += bool(hits) and (unit_class(hits[0][3]) == unit_class(x["unit"]) or
                                     {hits[0][3], x["unit"]} <= {"percent", "multiplier"})
        for f in found:
            classes = {x["class"] for s, e, x in spans if f[0] < e and s < f[1]}
            if "ambiguous" in classes and "metric" not in classes:
                continue
            predicted += 1
            false += "metric" not in classes
    return {"recall": tp / n_metric if n_metric else 0, "tp": tp, "n": n_metric,
            "precision": (predicted - false) / predicted if predicted else 0, "predicted": predicted,
            "false": false, "unit_right": units / tp if tp else 0}


def _parsed(source) -> Document:
    doc = document_for(source)
    doc.sections  # noqa: B018  (builds headings, pages and the section tree)
    return doc


def main() -> int:
    entries = load_manifest(RAW)
    sources = {e.doc_id: read_source(RAW, e) for e in entries}
    seeds = {}
    shared = ROOT.parent / "shared" / "sources.yaml"
    if shared.exists():
        import yaml

        for item in yaml.safe_load(shared.read_text(encoding="utf-8"))["documents"]:
            seeds[item["seed_file"]] = sources[item["doc_id"]].text

    print("Pipeline stages (best of 3, all five sources)")
    t, docs = best_of(lambda: {k: _parsed(s) for k, s in sources.items()})
    n_lines = sum(d.n_lines for d in docs.values())
    print(f"  document model (lines, headings, pages)  {t * 1000:8.1f} ms  ({n_lines / t:,.0f} lines/s)")
    for name, fn in (("tables", extract_tables), ("metrics", extract_metrics), ("judgments", extract_judgments),
                     ("findings", extract_findings)):
        t, _ = best_of(lambda fn=fn: [fn(d) for d in docs.values()])
        print(f"  {name:<40} {t * 1000:8.1f} ms")

    lines = [d.line_text(n) for d in docs.values() for n in prose_lines(d)]
    print(f"\nMetrics in prose: ours vs quantulum3 on the same {len(lines):,} prose lines")
    try:
        from quantulum3 import parser
    except ImportError:
        print("  quantulum3 is not installed: run `make bench` (it installs the bench extra)")
        return 1
    rows = []
    for label, extract in (("ours", ours), ("quantulum3", quantulum(parser))):
        t, found = best_of(lambda extract=extract: [extract(line) for line in lines], repeat=1 if label == "quantulum3" else 3)
        result = score(extract, json.loads(GOLD.read_text(encoding="utf-8")), seeds) if GOLD.exists() and seeds else None
        rows.append((label, len(lines) / t, t, sum(map(len, found)), result))
    print(f"  {'extractor':<12} {'lines/s':>10} {'seconds':>8} {'mentions':>9} {'recall':>8} {'precision':>10} {'unit right':>11}")
    for label, rate, t, mentions, result in rows:
        if result:
            print(f"  {label:<12} {rate:>10,.0f} {t:>8.2f} {mentions:>9,} {result['recall']:>8.1%} {result['precision']:>10.1%} "
                  f"{result['unit_right']:>11.1%}")
        else:
            print(f"  {label:<12} {rate:>10,.0f} {t:>8.2f} {mentions:>9,}   (no ../shared/dev_gold: accuracy not scored)")

    print("\nWhole Dagster build, in-process (parse, combine, validate, publish) into a temporary folder")
    from dagster import DagsterInstance

    from assets.build import build
    from assets.resources import ProjectPaths

    with tempfile.TemporaryDirectory() as tmp:
        paths = ProjectPaths(staging_dir=f"{tmp}/staging", published_dir=f"{tmp}/published")
        with DagsterInstance.ephemeral() as instance:
            start = time.perf_counter()
            result = build(paths, instance)
            elapsed = time.perf_counter() - start
    print(f"  {'succeeded' if result.success else 'FAILED'} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
