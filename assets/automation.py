"""The sensor that notices added or changed sources, and the weekly rebuild."""

import json
from pathlib import Path

from dagster import (AssetSelection, DefaultScheduleStatus, DefaultSensorStatus, RunRequest, ScheduleEvaluationContext, SensorEvaluationContext, SensorResult,
                     SkipReason, define_asset_job, schedule, sensor)

from assets.parsing import doc_partitions
from assets.resources import ProjectPaths
from pipeline.sources import SourceError, sha256_of

PARTITION_RANGE_START = "dagster/asset_partition_range_start"
PARTITION_RANGE_END = "dagster/asset_partition_range_end"

build_release_job = define_asset_job(
    "build_release", selection=AssetSelection.all(),
    description="Parse every source, combine, validate and publish: the one way the pipeline runs.",
)


def full_range_tags(keys: list[str]) -> dict[str, str]:
    return {PARTITION_RANGE_START: keys[0], PARTITION_RANGE_END: keys[-1]}


def changed_documents(raw_dir: Path, cursor: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """Current {doc_id: sha256 of the file's bytes} for the manifest, and the doc_ids new or changed since `cursor`."""
    from pipeline.sources import load_manifest  # noqa: PLC0415

    current = {}
    for entry in load_manifest(raw_dir):
        path = raw_dir / entry.file
        current[entry.doc_id] = sha256_of(path.read_bytes()) if path.is_file() else "missing"
    changed = sorted(d for d, sha in current.items() if cursor.get(d) != sha)
    return current, changed


@sensor(job=build_release_job, minimum_interval_seconds=60, default_status=DefaultSensorStatus.RUNNING,
        description="Watches data/raw: when a document is added or changed (by content hash), registers its "
                    "partition and requests one run that re-parses and republishes.")
def raw_documents_sensor(context: SensorEvaluationContext, paths: ProjectPaths):
    cursor = json.loads(context.cursor) if context.cursor else {}
    try:
        current, changed = changed_documents(Path(paths.raw_dir), cursor)
    except SourceError as exc:
        return SkipReason(f"manifest refused: {exc}")
    if not changed:
        return SkipReason("no added or changed documents in data/raw")
    known = list(context.instance.get_dynamic_partitions(doc_partitions.name))
    new = [d for d in changed if d not in known]
    # One run over every partition: the release is rebuilt whole, and runs never race to publish.
    request = RunRequest(
        run_key=":".join(f"{d}={current[d][:12]}" for d in changed),
        tags={**full_range_tags(known + new), "met_scrutiny/changed_documents": ",".join(changed)},
    )
    return SensorResult(
        run_requests=[request],
        dynamic_partitions_requests=[doc_partitions.build_add_request(new)] if new else [],
        cursor=json.dumps(current, sort_keys=True),
    )


@schedule(job=build_release_job, cron_schedule="0 5 * * 1", execution_timezone="Europe/London",
          default_status=DefaultScheduleStatus.RUNNING,
          description="Weekly rebuild of the whole release from every registered document.")
def weekly_rebuild(context: ScheduleEvaluationContext):
    keys = context.instance.get_dynamic_partitions(doc_partitions.name)
    if not keys:
        return SkipReason("no documents registered yet: the sensor registers them from data/raw")
    return RunRequest(run_key=None, tags=full_range_tags(list(keys)))
