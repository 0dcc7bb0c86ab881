"""The sensor that notices added, changed or removed sources, and the weekly rebuild."""

import json
from pathlib import Path

from dagster import (AssetSelection, DefaultScheduleStatus, DefaultSensorStatus, RunRequest, ScheduleEvaluationContext, SensorEvaluationContext, SensorResult,
                     SkipReason, define_asset_job, schedule, sensor)

from assets.parsing import doc_partitions
from assets.resources import ProjectPaths
from pipeline.build import EXTRACTOR_VERSION, staged_marker
from pipeline.release import published_sources
from pipeline.sources import SourceError, sha256_of

PARTITION_RANGE_START = "dagster/asset_partition_range_start"
PARTITION_RANGE_END = "dagster/asset_partition_range_end"

# Runs' console logger says what goes wrong, not every step: `make dev` prints run logs to its terminal
# (every event is still in the UI). Sensor and schedule pass it explicitly: a RunRequest's empty run config
# does not take the job's default.
QUIET_RUN_CONFIG = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}

# Runs in one process by default (the Definitions' executor, see assets/definitions.py), so the build lock is
# taken once and held for the whole run; assets/k8s.py swaps the executor for production on Kubernetes.
build_release_job = define_asset_job(
    "build_release", selection=AssetSelection.all(), config=QUIET_RUN_CONFIG,
    description="Parse every source (unchanged ones are reused), combine, check and publish: the one way the "
                "pipeline runs.",
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


def built_documents(paths: ProjectPaths) -> dict[str, str]:
    """{doc_id: sha256} of the documents the current release was built from and whose staged rows this
    extractor code made: the cursor of a first start, so `make dev` does not rebuild what `make data` built."""
    built = {}
    for doc_id, sha in published_sources(Path(paths.published_dir)).items():
        marker = staged_marker(Path(paths.staging_dir), doc_id)
        if marker and marker["sha256"] == sha and marker.get("extractor_version") == EXTRACTOR_VERSION:
            built[doc_id] = sha
    return built


@sensor(job=build_release_job, minimum_interval_seconds=60, default_status=DefaultSensorStatus.RUNNING,
        description="Watches data/raw: when a document is added, changed (by content hash) or removed from the "
                    "manifest, registers or deletes its partition and requests one run that republishes "
                    "(unchanged documents are not parsed again).")
def raw_documents_sensor(context: SensorEvaluationContext, paths: ProjectPaths):
    cursor = json.loads(context.cursor) if context.cursor else built_documents(paths)
    try:
        current, changed = changed_documents(Path(paths.raw_dir), cursor)
    except SourceError as exc:
        return SkipReason(f"manifest refused: {exc}")
    known = list(context.instance.get_dynamic_partitions(doc_partitions.name))
    removed = sorted(set(known) - set(current))          # partitions of documents gone from the manifest
    dropped = sorted(set(cursor) - set(current))         # documents gone since the last release
    new = [d for d in sorted(current) if d not in known]
    requests = ([doc_partitions.build_delete_request(removed)] if removed else []) + \
               ([doc_partitions.build_add_request(new)] if new else [])
    keys = [k for k in known if k in current] + new      # the partition order once the requests are applied
    if not (changed or dropped or removed) or not keys:
        return SensorResult(skip_reason="no added, changed or removed documents in data/raw",
                            dynamic_partitions_requests=requests, cursor=json.dumps(current, sort_keys=True))
    # One run over every partition: the release is rebuilt whole (unchanged documents are reused), and runs
    # never race to publish (they take the build lock).
    request = RunRequest(
        run_config=QUIET_RUN_CONFIG,
        run_key=None,  # a key per content would skip a rebuild when a file returns to bytes it had before
        tags={**full_range_tags(keys), "met_scrutiny/changed_documents": ",".join(changed),
              "met_scrutiny/removed_documents": ",".join(sorted(set(dropped) | set(removed)))},
    )
    return SensorResult(run_requests=[request], dynamic_partitions_requests=requests,
                        cursor=json.dumps(current, sort_keys=True))


@schedule(job=build_release_job, cron_schedule="0 5 * * 1", execution_timezone="Europe/London",
          default_status=DefaultScheduleStatus.RUNNING,
          description="Weekly rebuild of the whole release from every registered document.")
def weekly_rebuild(context: ScheduleEvaluationContext):
    keys = context.instance.get_dynamic_partitions(doc_partitions.name)
    if not keys:
        return SkipReason("no documents registered yet: the sensor registers them from data/raw")
    return RunRequest(run_key=None, run_config=QUIET_RUN_CONFIG, tags=full_range_tags(list(keys)))
