"""`make bench`: throughput and dev-gold precision/recall of our metrics extractor next to quantulum3,
the time of each pipeline stage, and the scale table: the real asset graph on synthetic corpora of 10, 100 and
1,000 documents (scripts/synthetic_corpus.py).

Timings live here, never in the tests. quantulum3 is a bench-only extra (`pip install -e '.[bench]'`).
`python scripts/bench.py --sizes 10,100` runs a quicker scale table (`make bench SIZES=10,100`); `--sizes 0`
skips it. Every build runs in a child process with its own temporary DAGSTER_HOME, staging and release folders,
so its wall time includes starting Python and importing Dagster, as `make data` does, and its peak RSS is its own.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
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


def stages_and_quantulum() -> int:
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

    return 0


# --- scale: the real asset graph on synthetic corpora ------------------------------------------------------

TARGETS = "targets: warm make data of the 5 sources <= 5 s; 1,000 documents <= 300 s; peak RSS <= 2,048 MB; " \
          "overhead <= 1.5x at 1,000; one added document on 1,000 <= 20 s"


def child_build(raw: Path, work: Path) -> dict:
    """In a child process: the build_release job, in-process, as `make data` runs it (on an in-memory instance),
    staging and release under `work`."""
    from assets.build import build, root_cause, run_instance
    from assets.resources import ProjectPaths

    paths = ProjectPaths(raw_dir=str(raw), staging_dir=str(work / "staging"), published_dir=str(work / "published"))
    start = time.perf_counter()
    with run_instance() as instance:   # as `make data` runs it
        result = build(paths, instance)
    seconds = time.perf_counter() - start
    errors = [f"step {e.step_key}: {root_cause(e.event_specific_data.error)}" for e in result.all_events
              if e.event_type_value == "STEP_FAILURE"]
    errors += [f"check {e.event_specific_data.check_name}: {e.event_specific_data.description}" for e in result.all_events
               if e.event_type_value == "ASSET_CHECK_EVALUATION" and not e.event_specific_data.passed]
    steps = {e.step_key: e.event_specific_data.duration_ms / 1000 for e in result.all_events
             if e.event_type_value == "STEP_SUCCESS"}
    return {"success": result.success, "build_seconds": seconds, "errors": [x[:1000] for x in errors],
            "parse_seconds": steps.get("parsed_document", 0.0)}


def child_extract(raw: Path) -> dict:
    """In a child process: bare extraction of every document of `raw` in one loop (read, verify, extract_facts)."""
    from pipeline.facts import extract_facts

    start = time.perf_counter()
    for entry in load_manifest(raw):
        extract_facts(read_source(raw, entry), entry.file)
    return {"success": True, "extract_seconds": time.perf_counter() - start}


def measure(kind: str, raw: Path, work: Path) -> dict:
    """Run `kind` (build | extract) in a child process: its result, wall time and peak RSS (from wait4)."""
    home = work / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "assets" / "dagster.yaml", home / "dagster.yaml")
    env = {**os.environ, "DAGSTER_HOME": str(home), "DAGSTER_DISABLE_TELEMETRY": "1", "GX_ANALYTICS_ENABLED": "False"}
    out = work / f"{kind}.json"
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, __file__, "--child", kind, str(raw), str(work), str(out)], env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    result = json.loads(out.read_text()) if out.is_file() else {"success": False}
    result.update(wall_seconds=wall, peak_rss_mb=usage.ru_maxrss / 1024)   # ru_maxrss is in KiB on Linux
    result["success"] = result["success"] and child.returncode == 0
    outcome = "failed" if not result["success"] else "passed with a warning"     # a warning does not fail a build
    for error in result.get("errors", []):
        print(f"  {kind} of {raw.name} {outcome}: {error[:240]}{' ...' if len(error) > 240 else ''}", flush=True)
    return result


def corpus_mb(raw: Path) -> float:
    return sum(p.stat().st_size for p in raw.glob("*.txt")) / 1e6


def scale(sizes: list[int], seed: int = 0) -> int:
    """Print the 5 real sources cold and warm, then one row per corpus size as soon as it is measured."""
    import synthetic_corpus  # noqa: PLC0415  (scripts/ is on sys.path when run as a script)

    print(f"\nScale: the build_release job in-process on synthetic corpora (seed {seed}), {os.cpu_count()} cores")
    print(f"  {TARGETS}", flush=True)
    failed = False
    with tempfile.TemporaryDirectory(prefix="met-bench-") as tmp:
        tmp = Path(tmp)
        real = measure("build", RAW, tmp / "real")
        warm = measure("build", RAW, tmp / "real")
        print(f"  5 real sources ({corpus_mb(RAW):.1f} MB): cold {real['wall_seconds']:.1f} s, "
              f"warm (second run, same staging and release) {warm['wall_seconds']:.1f} s "
              f"(peak RSS {warm['peak_rss_mb']:,.0f} MB), "
              f"peak RSS {max(real['peak_rss_mb'], warm['peak_rss_mb']):,.0f} MB, load {os.getloadavg()[0]:.1f}", flush=True)
        failed |= not (real["success"] and warm["success"])
        print(f"\n  {'documents':>9} {'MB':>6} {'wall s':>8} {'docs/s':>7} {'MB/s':>6} {'peak RSS MB':>11} "
              f"{'extract s':>9} {'overhead':>8} {'+1 doc s':>8} {'parse':>5} {'RSS':>5} {'load':>5}  result", flush=True)
        for n in sizes:
            raw, work = tmp / f"raw-{n}", tmp / f"work-{n}"
            synthetic_corpus.write_corpus(raw, n, seed)
            mb = corpus_mb(raw)
            build = measure("build", raw, work)
            print(f"  ({n:,} documents built in {build['wall_seconds']:.1f} s, peak RSS {build['peak_rss_mb']:,.0f} MB, "
                  f"{'ok' if build['success'] else 'FAILED'}; now bare extraction and one added document)", flush=True)
            extract = measure("extract", raw, tmp / f"extract-{n}")
            synthetic_corpus.add_document(raw, seed)
            added = measure("build", raw, work)
            ok = build["success"] and extract["success"] and added["success"]
            failed |= not ok
            wall = build["wall_seconds"]
            print(f"  {n:>9,} {mb:>6.1f} {wall:>8.1f} {n / wall:>7.2f} {mb / wall:>6.2f} "
                  f"{max(build['peak_rss_mb'], added['peak_rss_mb']):>11,.0f} {extract['extract_seconds']:>9.1f} "
                  f"{build['build_seconds'] / extract['extract_seconds']:>7.2f}x {added['wall_seconds']:>8.1f} "
                  f"{added.get('parse_seconds', 0.0):>5.1f} {added['peak_rss_mb']:>5,.0f} "
                  f"{os.getloadavg()[0]:>5.1f}  {'ok' if ok else 'FAILED'}", flush=True)
            shutil.rmtree(raw, ignore_errors=True)
            shutil.rmtree(work, ignore_errors=True)
    print("  wall s: whole child process (Python start, imports, build); extract s: bare extract_facts loop over "
          "the same documents in one process; overhead: build_release run / that loop; +1 doc s: the next run "
          "after adding one document (wall), parse: of which its parsed_document step (parsing the added document), "
          "RSS: that run's peak RSS in MB; load: 1-minute load average at the end (above the core count, other work "
          "shared the machine)")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10,100,1000", help="corpus sizes for the scale table, e.g. 10,100; 0 skips it")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--scale-only", action="store_true", help="skip the stage timings and quantulum3")
    parser.add_argument("--child", nargs=4, metavar=("KIND", "RAW", "WORK", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, raw, work, out = args.child
        result = child_build(Path(raw), Path(work)) if kind == "build" else child_extract(Path(raw))
        Path(out).write_text(json.dumps(result))
        return 0 if result["success"] else 1
    status = 0 if args.scale_only else stages_and_quantulum()
    sizes = [int(x) for x in args.sizes.split(",") if int(x) > 0]
    if sizes:
        status |= scale(sizes, args.seed)
    return status


if __name__ == "__main__":
    sys.exit(main())
