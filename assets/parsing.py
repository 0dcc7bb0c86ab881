"""Per-document assets: verify and parse each source (one partition per doc_id), reusing unchanged ones."""

import os
from itertools import groupby
from operator import itemgetter
from pathlib import Path

from dagster import (AssetExecutionContext, AssetMaterialization, BackfillPolicy, DynamicPartitionsDefinition, Failure,
                     MaterializeResult, asset)

from assets.resources import BuildLock, ProjectPaths
from pipeline.build import EXTRACTOR_VERSION, is_staged, prune_staging, write_unreadable
from pipeline.parallel import available_cores, in_order
from pipeline.parsing import ParseJob, parse_and_stage
from pipeline.sources import unlisted_files

doc_partitions = DynamicPartitionsDefinition(name="doc_id")
PARSE_WORKERS_ENV = "MET_SCRUTINY_PARSE_WORKERS"    # processes that parse at once (default: one per available core)
POOL_MIN_BYTES = 2_000_000      # less source text than this is parsed in the run's process: starting workers costs more


def parse_workers(jobs: list[ParseJob]) -> int:
    """How many processes parse `jobs`: $MET_SCRUTINY_PARSE_WORKERS if set, else one per available core; but only
    this one for a single document, or (unless set) for less than POOL_MIN_BYTES of text."""
    configured = os.environ.get(PARSE_WORKERS_ENV)
    if len(jobs) <= 1:
        return 1
    if configured:
        return max(1, min(int(configured), len(jobs)))
    files = [job.raw_dir / job.entry.file for job in jobs]
    size = sum(path.stat().st_size for path in files if path.is_file())
    return 1 if size < POOL_MIN_BYTES else min(available_cores(), len(jobs))


LISTED_DOCUMENTS = 100     # longer lists of doc_ids are summarised in the run's metadata


def _listed(doc_ids: list[str]) -> list[str] | str:
    """doc_ids for the run's metadata; a count beyond LISTED_DOCUMENTS, because Dagster stores the metadata with the
    event of every partition of the run (a list of 1,000 ids, 1,000 times, cost seconds at 1,000 documents)."""
    return doc_ids if len(doc_ids) <= LISTED_DOCUMENTS else f"{len(doc_ids):,} documents ({doc_ids[0]} ... {doc_ids[-1]})"


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
    jobs = []
    for key in context.partition_keys:
        entry = entries.get(key)
        if entry is None:
            context.log.warning(f"partition {key!r} is no longer listed in sources.yaml: skipped (the sensor deletes it)")
        elif is_staged(staging, entry, raw_dir):
            reused.append(key)
        else:
            jobs.append(ParseJob(raw_dir, staging, entry, paths.raw_path(entry)))
    workers = parse_workers(jobs)
    if workers > 1:
        context.log.info(f"parsing {len(jobs)} documents on {workers} processes")
        outcomes = in_order(parse_and_stage, jobs, workers)
    else:                                   # in this process: messages reach the log as they are said
        outcomes = (parse_and_stage(job, say=lambda level, message: getattr(context.log, level)(message)) for job in jobs)
    for outcome in outcomes:      # each log call is an event written to the instance: a run of one level is one
        for level, said in groupby(outcome.log, key=itemgetter(0)):
            getattr(context.log, level)("\n".join(message for _, message in said))
        if outcome.unreadable is not None:
            unreadable[outcome.doc_id] = outcome.unreadable
        else:
            parsed.append(outcome.doc_id)
    allowed = context.run.tags.get(PUBLISH_WITHOUT_UNREADABLE) == "true"
    write_unreadable(staging, unreadable, allowed)
    metadata = {"parsed": _listed(parsed), "reused": _listed(reused), "unreadable": sorted(unreadable),
                "extractor_version": EXTRACTOR_VERSION}
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
