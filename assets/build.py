"""`make data`: register the manifest's documents and materialize the whole graph in-process, then summarise."""

import argparse
import re
import sys
import time
from pathlib import Path

from dagster import DagsterInstance

from assets.automation import full_range_tags
from assets.definitions import defs
from assets.parsing import PUBLISH_WITHOUT_UNREADABLE, doc_partitions
from assets.resources import BuildLock, ProjectPaths
from pipeline.publish import current_release, file_hashes
from pipeline.release import DUCKDB_NAME
from pipeline.schema import REGISTRY
from pipeline.sources import SourceEntry, SourceError, unlisted_files

# tables whose rows are facts taken from a document (not its catalogue row or its heading tree)
FACT_TABLES = tuple(name for name, schema in REGISTRY.items()
                    if schema.is_fact and name not in ("documents", "sections") and "doc_id" in schema.column_names)


def sync_partitions(instance: DagsterInstance, doc_ids: list[str]) -> list[str]:
    """Make the dynamic partitions exactly the manifest's documents, in a stable order: the registered ones in their
    order, then new ones sorted, as the sensor does (only removed and added keys are written: one write per
    partition costs seconds at thousands of documents)."""
    existing = list(instance.get_dynamic_partitions(doc_partitions.name))
    wanted = set(doc_ids)
    for key in existing:
        if key not in wanted:
            instance.delete_dynamic_partition(doc_partitions.name, key)
    new = sorted(wanted - set(existing))
    if new:
        instance.add_dynamic_partitions(doc_partitions.name, new)
    return list(instance.get_dynamic_partitions(doc_partitions.name))


def build(paths: ProjectPaths, instance: DagsterInstance, log_level: str = "CRITICAL",
          publish_without_unreadable: bool = False, lock: BuildLock | None = None):
    """Run the build_release job over every document in one in-process run (it takes the build lock).

    Dagster's console log is quiet by default: `main` prints a summary, and every failure with its cause.
    """
    keys = sync_partitions(instance, [e.doc_id for e in paths.manifest()])
    job = defs.resolve_job_def("build_release")
    tags = full_range_tags(keys)
    if publish_without_unreadable:
        tags[PUBLISH_WITHOUT_UNREADABLE] = "true"
    lock = lock or BuildLock(path=str(paths.lock_path))
    return job.execute_in_process(instance=instance, tags=tags, raise_on_error=False,
                                  resources={"paths": paths, "build_lock": lock},
                                  run_config={"loggers": {"console": {"config": {"log_level": log_level}}}})


def run_instance(record_run: bool = False) -> DagsterInstance:
    """The instance `make data` runs the job on: in memory by default. The run is the same job with the same
    checks gating the release; only its event log is not kept. Writing it to the SQLite storage of .dagster/
    costs two or three writes per document (planned and done materializations), which took longer than the rest
    of a build that parses nothing at thousands of documents. `record_run` keeps it, for the UI's history."""
    return DagsterInstance.get() if record_run else DagsterInstance.ephemeral()


def root_cause(error) -> str:
    """The message a person needs from a Dagster error: the first error under Dagster's own wrappers (the
    SourceError naming file and line, or the step's Failure), not Python's bare error below it."""
    while (error.cls_name or "").startswith("Dagster") and error.cause is not None:
        error = error.cause
    return re.sub(rf"^[\w.]*\b{re.escape(error.cls_name or '')}: ", "", error.message.strip())


def release_state(published: Path) -> tuple[str | None, dict[str, str]]:
    """(folder name, {file: sha256}) of the release `published` points at: compared before and after a build."""
    folder = current_release(published)
    return (folder.name, file_hashes(folder)) if folder else (None, {})


def facts_by_document(published: Path) -> dict[str, dict[str, int]]:
    """{doc_id: {fact table: rows}} of a release; a document with no facts has no key."""
    import pyarrow.parquet as pq  # noqa: PLC0415

    counts: dict[str, dict[str, int]] = {}
    for name in FACT_TABLES:
        path = Path(published) / f"{name}.parquet"
        if not path.is_file():
            continue
        for item in pq.read_table(path, columns=["doc_id"]).column("doc_id").value_counts().to_pylist():
            counts.setdefault(item["values"], {})[name] = item["counts"]
    return counts


def summary(entries: list[SourceEntry], published: Path, elapsed: float, passed: int, n_checks: int,
            warnings: int = 0, parse: dict | None = None, release: dict | None = None) -> str:
    """What `make data` prints after a successful build: documents (with their facts), rows per table, checks.

    A document with nothing to extract (a press release with no numbers, a page cut short) is published with
    its documents row, and the summary says "no facts extracted from <doc_id>"; it never fails the build."""
    import pyarrow.parquet as pq  # noqa: PLC0415

    published = Path(published)
    facts = facts_by_document(published)
    parse, release = parse or {}, release or {}
    omitted = set(release.get("omitted_documents", []))
    out = [f"\nMet scrutiny release built in {elapsed:.1f}s from {len(entries) - len(omitted)} documents:"]
    for e in entries:
        if e.doc_id in omitted:
            continue
        found = facts.get(e.doc_id, {})
        detail = ", ".join(f"{found[n]} {n.replace('_', ' ')}" for n in FACT_TABLES if found.get(n))
        out.append(f"  - {e.doc_id}: {e.short_title} ({detail or 'no facts'})")
    if parse:
        out.append(f"Parsed {len(parse['parsed'])} document(s){': ' + ', '.join(parse['parsed']) if parse['parsed'] else ''}; "
                   f"{len(parse['reused'])} unchanged (same sha256 and extractor code) not parsed again")
    out.append("Rows per table:")
    for p in sorted(published.glob("*.parquet")):
        out.append(f"  {p.stem:<12} {pq.read_metadata(p).num_rows:>7}")
    cells_path = published / "table_cells.parquet"
    if cells_path.is_file():
        cells = pq.read_table(cells_path, columns=["value", "text"])
        numeric = cells.num_rows - cells.column("value").null_count
        texts = cells.filter(cells.column("value").is_null()).column("text").to_pylist()   # only the text cells
        dashes = sum(t.strip() in ("-", "–", "—") for t in texts)
        out.append(f"Table cells: {numeric} parsed as numbers, {dashes} dashes (none), "
                   f"{cells.num_rows - numeric - dashes} left as text")
    for e in entries:
        if not facts.get(e.doc_id) and e.doc_id not in omitted:
            out.append(f"Note: no facts extracted from {e.doc_id} (its documents row and sections are published)")
    for doc_id in sorted(omitted):
        out.append(f"NOT PUBLISHED: {doc_id} could not be read and was left out as asked "
                   "(--publish-without-unreadable); datapackage.json lists it under omitted_sources")
    out.append(f"Asset checks passed: {passed}/{n_checks}"
               + (f", {warnings} with warnings" if warnings else "") + f" (report: {published / 'validation.html'})")
    if release:
        state = (f"unchanged: its files are byte-identical (sha256) to release {release['version']}" if not release["changed"]
                 else f"now release {release['version']}" + (f" (was {release['previous_version']})" if release["previous_version"] else ""))
        out.append(f"data/published is {state}")
    out.append(f"Files: {published}/ (Parquet, {DUCKDB_NAME}, datapackage.json, README.md)")
    return "\n".join(out)


def asset_metadata(result, asset: str) -> dict:
    """Metadata of the asset's step failure, else of its materialization, in a run's events, as plain values."""
    for event in result.all_events:
        if event.event_type_value == "STEP_FAILURE" and event.step_key == asset and event.event_specific_data.user_failure_data:
            return {k: v.value for k, v in event.event_specific_data.user_failure_data.metadata.items()}
    for event in result.all_events:
        if event.event_type_value == "ASSET_MATERIALIZATION" and event.asset_key.to_user_string() == asset:
            return {k: v.value for k, v in event.event_specific_data.materialization.metadata.items()}
    return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assets.build", description=__doc__)
    parser.add_argument("--publish-without-unreadable", action="store_true",
                        help="publish even if some documents cannot be read, leaving them out (said in the summary "
                             "and in datapackage.json); `make data ALLOW_MISSING=1`")
    parser.add_argument("--no-wait", action="store_true", help="refuse instead of waiting when another build runs")
    parser.add_argument("--record-run", action="store_true",
                        help="run on the local Dagster instance in $DAGSTER_HOME (.dagster/), so the run and its "
                             "events show in the UI of `make dev`; `make data RECORD=1`")
    parser.add_argument("--raw-dir", help="sources and manifest (default data/raw)")
    parser.add_argument("--staging-dir", help="per-document staging (default .dagster/staging)")
    parser.add_argument("--published-dir", help="the release symlink (default data/published)")
    args = parser.parse_args(argv)
    paths = ProjectPaths(**{k: v for k, v in (("raw_dir", args.raw_dir), ("staging_dir", args.staging_dir),
                                               ("published_dir", args.published_dir)) if v})
    published = Path(paths.published_dir)
    started = time.perf_counter()
    try:
        entries = paths.manifest()
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for name in unlisted_files(Path(paths.raw_dir), entries):
        print(f"warning: data/raw/{name} is not listed in sources.yaml; ignored", file=sys.stderr)
    before = release_state(published)
    with run_instance(args.record_run) as instance:
        result = build(paths, instance, publish_without_unreadable=args.publish_without_unreadable,
                       lock=BuildLock(path=str(paths.lock_path), wait=not args.no_wait))
    elapsed = time.perf_counter() - started
    checks = [e.event_specific_data for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"]
    passed = sum(1 for c in checks if c.passed)
    warnings = sum(1 for c in checks if not c.passed and c.severity.value == "WARN")
    if not result.success:
        after = release_state(published)
        state = (f"unchanged (release {after[0]}, every file's sha256 as before)" if after == before and after[0]
                 else "still not there (no release yet)" if after == before else f"CHANGED during this build (was {before[0]}, now {after[0]})")
        print(f"\nThe build failed; data/published is {state}.", file=sys.stderr)
        for event in result.all_events:
            if event.event_type_value == "STEP_FAILURE":
                print(f"- step {event.step_key}: {root_cause(event.event_specific_data.error)}", file=sys.stderr)
            if event.event_type_value == "RESOURCE_INIT_FAILURE":  # e.g. the build lock, held by another build
                print(f"- {root_cause(event.event_specific_data.error)}", file=sys.stderr)
        for c in checks:
            if not c.passed and c.severity.value == "ERROR":
                print(f"- check {c.check_name} failed:\n{c.description}", file=sys.stderr)
        return 1
    print(summary(entries, published, elapsed, passed, len(checks), warnings,
                  asset_metadata(result, "parsed_document"), asset_metadata(result, "release")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
