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
from pipeline.schema import REGISTRY
from pipeline.sources import SourceEntry, SourceError, unlisted_files

# tables whose rows are facts taken from a document (not its catalogue row or its heading tree)
FACT_TABLES = tuple(name for name, schema in REGISTRY.items()
                    if schema.is_fact and name not in ("documents", "sections") and "doc_id" in schema.column_names)


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


def facts_by_document(published: Path) -> dict[str, dict[str, int]]:
    """{doc_id: {fact table: rows}} of a release; a document with no facts has no key."""
    import pyarrow.parquet as pq  # noqa: PLC0415

    counts: dict[str, dict[str, int]] = {}
    for name in FACT_TABLES:
        path = Path(published) / f"{name}.parquet"
        if not path.is_file():
            continue
        for doc_id in pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist():
            per_doc = counts.setdefault(doc_id, {})
            per_doc[name] = per_doc.get(name, 0) + 1
    return counts


def summary(entries: list[SourceEntry], published: Path, elapsed: float, passed: int, n_checks: int) -> str:
    """What `make data` prints after a successful build: documents (with their facts), rows per table, checks.

    A document with nothing to extract (a press release with no numbers, a page cut short) is published with
    its documents row, and the summary says "no facts extracted from <doc_id>"; it never fails the build."""
    import pyarrow.parquet as pq  # noqa: PLC0415

    published = Path(published)
    facts = facts_by_document(published)
    out = [f"\nMet scrutiny release built in {elapsed:.1f}s from {len(entries)} documents:"]
    for e in entries:
        found = facts.get(e.doc_id, {})
        detail = ", ".join(f"{found[n]} {n.replace('_', ' ')}" for n in FACT_TABLES if found.get(n))
        out.append(f"  - {e.doc_id}: {e.short_title} ({detail or 'no facts'})")
    out.append("Rows per table:")
    for p in sorted(published.glob("*.parquet")):
        out.append(f"  {p.stem:<12} {pq.read_metadata(p).num_rows:>7}")
    cells_path = published / "table_cells.parquet"
    if cells_path.is_file():
        cells = pq.read_table(cells_path, columns=["value", "text"]).to_pylist()
        numeric = sum(c["value"] is not None for c in cells)
        dashes = sum(c["value"] is None and c["text"].strip() in ("-", "–", "—") for c in cells)
        out.append(f"Table cells: {numeric} parsed as numbers, {dashes} dashes (none), "
                   f"{len(cells) - numeric - dashes} left as text")
    for e in entries:
        if not facts.get(e.doc_id):
            out.append(f"Note: no facts extracted from {e.doc_id} (its documents row and sections are published)")
    out.append(f"Asset checks passed: {passed}/{n_checks} (report: {published / 'validation.html'})")
    out.append(f"Files: {published}/ (Parquet, {DUCKDB_NAME}, datapackage.json, README.md)")
    return "\n".join(out)


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
    print(summary(entries, Path(paths.published_dir), elapsed, passed, len(checks)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
