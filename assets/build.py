"""`make data`: register the manifest's documents and materialize the whole graph in-process, then summarise."""

import sys
import time
from pathlib import Path

from dagster import DagsterInstance

from assets.automation import full_range_tags
from assets.definitions import defs
from assets.parsing import doc_partitions
from assets.resources import ProjectPaths
from pipeline.release import DUCKDB_NAME
from pipeline.sources import SourceError, unlisted_files


def sync_partitions(instance: DagsterInstance, doc_ids: list[str]) -> list[str]:
    """Make the dynamic partitions exactly the manifest's documents, in a stable order."""
    existing = list(instance.get_dynamic_partitions(doc_partitions.name))
    if existing != sorted(doc_ids):
        for key in existing:
            instance.delete_dynamic_partition(doc_partitions.name, key)
        instance.add_dynamic_partitions(doc_partitions.name, sorted(doc_ids))
    return list(instance.get_dynamic_partitions(doc_partitions.name))


def build(paths: ProjectPaths, instance: DagsterInstance, log_level: str = "CRITICAL"):
    """Run the build_release job over every document in one in-process run.

    Dagster's console log is quiet by default: `main` prints a summary, and every failure with its cause.
    """
    keys = sync_partitions(instance, [e.doc_id for e in paths.manifest()])
    job = defs.resolve_job_def("build_release")
    return job.execute_in_process(instance=instance, tags=full_range_tags(keys), raise_on_error=False,
                                  resources={"paths": paths}, run_config={"loggers": {"console": {"config": {"log_level": log_level}}}})


def root_cause(error) -> str:
    """The message a person needs from a Dagster error: the innermost cause (e.g. the SourceError)."""
    while getattr(error, "cause", None) is not None:
        error = error.cause
    return error.message.strip()


def main() -> int:
    paths = ProjectPaths()
    started = time.perf_counter()
    try:
        entries = paths.manifest()
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for name in unlisted_files(Path(paths.raw_dir), entries):
        print(f"warning: data/raw/{name} is not listed in sources.yaml; ignored", file=sys.stderr)
    with DagsterInstance.get() as instance:
        result = build(paths, instance)
    elapsed = time.perf_counter() - started
    checks = [e for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    passed = sum(1 for e in checks if e.event_specific_data.passed)
    if not result.success:
        print("\nThe build failed; data/published is unchanged.", file=sys.stderr)
        for event in result.all_events:
            if event.event_type_value == "STEP_FAILURE":
                print(f"- step {event.step_key}: {root_cause(event.event_specific_data.error)}", file=sys.stderr)
        for e in checks:
            evaluation = e.event_specific_data
            if not evaluation.passed:
                print(f"- check {evaluation.check_name} failed:\n{evaluation.description}", file=sys.stderr)
        return 1
    import pyarrow.parquet as pq  # noqa: PLC0415

    published = Path(paths.published_dir)
    print(f"\nMet scrutiny release built in {elapsed:.1f}s from {len(entries)} documents:")
    for e in entries:
        print(f"  - {e.doc_id}: {e.short_title}")
    print("Rows per table:")
    for p in sorted(published.glob("*.parquet")):
        print(f"  {p.stem:<12} {pq.read_metadata(p).num_rows:>7}")
    cells = pq.read_table(published / "table_cells.parquet", columns=["value", "text"]).to_pylist()
    numeric = sum(c["value"] is not None for c in cells)
    dashes = sum(c["value"] is None and c["text"].strip() in ("-", "–", "—") for c in cells)
    print(f"Table cells: {numeric} parsed as numbers, {dashes} dashes (none), {len(cells) - numeric - dashes} left as text")
    print(f"Asset checks passed: {passed}/{len(checks)} (report: {published / 'validation.html'})")
    print(f"Files: {published}/ (Parquet, {DUCKDB_NAME}, datapackage.json, README.md)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
