"""Per-document assets: verify and parse each source (one partition per doc_id), reusing unchanged ones."""

import sys
from pathlib import Path

from dagster import (AssetExecutionContext, AssetMaterialization, BackfillPolicy, DynamicPartitionsDefinition, Failure,
                     MaterializeResult, asset)

from assets.resources import BuildLock, ProjectPaths
from pipeline.build import EXTRACTOR_VERSION, is_staged, prune_staging, stage_document, write_unreadable
from pipeline.facts import extract_facts
from pipeline.sources import SourceError, read_source, unlisted_files

doc_partitions = DynamicPartitionsDefinition(name="doc_id")
LONG_WORK_CHARS = 5_000_000     # documents this long also report progress on the terminal of `make data`


def progress_reporter(context: AssetExecutionContext, n_chars: int):
    """Where a document's parsing is, in the run's log; for a long document also on stderr, so `make data` (whose
    Dagster console is quiet) shows a long parse is moving."""
    def report(message: str) -> None:
        context.log.info(message)
        if n_chars >= LONG_WORK_CHARS:
            print(message, file=sys.stderr, flush=True)
    return report

# run tag (and `make data ALLOW_MISSING=1`): publish without the documents that cannot be read
PUBLISH_WITHOUT_UNREADABLE = "met_scrutiny/publish_without_unreadable"


@asset(
    partitions_def=doc_partitions,
    backfill_policy=BackfillPolicy.single_run(),
    group_name="parse",
    code_version=EXTRACTOR_VERSION,
    description="Each source verified (sha256, strict UTF-8) and parsed into rows for every fact table. A document "
                "whose bytes and extractor code are those of its staged rows is not parsed again. A document that "
                "cannot be read fails the step (after the others are parsed) unless the run is tagged "
                f"{PUBLISH_WITHOUT_UNREADABLE}=true.",
)
def parsed_document(context: AssetExecutionContext, paths: ProjectPaths, build_lock: BuildLock):
    raw_dir, staging = Path(paths.raw_dir), Path(paths.staging_dir)
    entries = {e.doc_id: e for e in paths.manifest()}
    for name in unlisted_files(raw_dir, list(entries.values())):
        context.log.warning(f"{raw_dir}/{name}: not listed in sources.yaml; ignored")
    for doc_id in prune_staging(staging, set(entries)):
        context.log.info(f"{doc_id}: no longer in sources.yaml; its staged rows were removed")
    parsed, reused, unreadable = [], [], {}
    for key in context.partition_keys:
        entry = entries.get(key)
        if entry is None:
            context.log.warning(f"partition {key!r} is no longer listed in sources.yaml: skipped (the sensor deletes it)")
            continue
        if is_staged(staging, entry, raw_dir):
            reused.append(key)
            continue
        try:
            source = read_source(raw_dir, entry)
        except SourceError as exc:  # named as in the release (data/raw/...), not by this machine's absolute path
            unreadable[key] = str(exc).replace(str(raw_dir / entry.file), paths.raw_path(entry))
            context.log.error(str(exc))
            continue
        facts = extract_facts(source, paths.raw_path(entry), warn=context.log.warning,
                              progress=progress_reporter(context, len(source.text)))
        counts = stage_document(staging, entry, facts)
        context.log.info(f"{key}: parsed, " + ", ".join(f"{n}={c}" for n, c in counts.items()))
        parsed.append(key)
    allowed = context.run.tags.get(PUBLISH_WITHOUT_UNREADABLE) == "true"
    write_unreadable(staging, unreadable, allowed)
    metadata = {"parsed": parsed, "reused": reused, "unreadable": sorted(unreadable), "extractor_version": EXTRACTOR_VERSION}
    if unreadable and not allowed:
        for key in parsed + reused:  # the readable documents are staged: record them as materialized
            yield AssetMaterialization(asset_key=context.asset_key, partition=key)
        raise Failure(
            description=f"{len(unreadable)} of {len(context.partition_keys)} documents could not be read; the release "
                        "is not published (the last one stays). Fix the file, or publish without it: "
                        "make data ALLOW_MISSING=1\n" + "\n".join(unreadable.values()),
            metadata=metadata)
    for message in unreadable.values():
        context.log.warning(f"published without this document ({PUBLISH_WITHOUT_UNREADABLE}): {message}")
    yield MaterializeResult(metadata=metadata)
