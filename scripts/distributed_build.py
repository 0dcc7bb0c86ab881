"""A build spread over workers: one run per document, then one run that combines, validates and publishes.

The runs are runs of the same `build_release` job of assets/definitions.py, unchanged: each document's run
materializes its `parsed_document` partition, the last run every other asset with its checks. They are submitted
to the Dagster instance of DAGSTER_HOME, whose run launcher decides where they run: with assets/dagster_celery.yaml
as its dagster.yaml, the CeleryRunLauncher sends each run through Redis to any Celery worker (README, "Running on
several machines"). Workers must see the same DAGSTER_HOME (run and event storage) and the same staging folder.

    python scripts/distributed_build.py --raw data/raw --staging /shared/staging --published /shared/published
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DAGSTER_DISABLE_TELEMETRY", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

from dagster import AssetKey, DagsterInstance, DagsterRunStatus  # noqa: E402

JOB = "build_release"
MODULE = "assets.definitions"
LOCATION = "met_scrutiny"                    # the code location name of workspace.yaml
PARTITION_TAG = "dagster/partition"
FINISHED = {DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED}


class DistributedBuildError(RuntimeError):
    """A run of the distributed build failed or did not finish in time; the message names it."""


def run_config(raw_dir: str, staging_dir: str, published_dir: str) -> dict:
    """The paths every worker uses, and the in-process executor: a run is already one unit of work on one worker."""
    paths = {"raw_dir": raw_dir, "staging_dir": staging_dir, "published_dir": published_dir}
    return {"resources": {"paths": {"config": paths}}}      # the Definitions' executor is already in-process


def _origins():
    """Where a worker finds the job (Python module and working directory) and which code location it belongs to."""
    from dagster._core.definitions.reconstruct import ReconstructableRepository  # noqa: PLC0415
    from dagster._core.remote_origin import (  # noqa: PLC0415
        ManagedGrpcPythonEnvCodeLocationOrigin, RemoteJobOrigin, RemoteRepositoryOrigin)
    from dagster._core.types.loadable_target_origin import LoadableTargetOrigin  # noqa: PLC0415

    code_origin = ReconstructableRepository.for_module(MODULE, "defs", str(ROOT)).get_reconstructable_job(JOB) \
        .get_python_origin()
    target = LoadableTargetOrigin(executable_path=sys.executable, module_name=MODULE, working_directory=str(ROOT))
    remote_origin = RemoteJobOrigin(RemoteRepositoryOrigin(ManagedGrpcPythonEnvCodeLocationOrigin(target, LOCATION),
                                                           "__repository__"), JOB)
    return code_origin, remote_origin


def submit(instance: DagsterInstance, config: dict, assets: set[AssetKey], tags: dict[str, str]) -> str:
    """Create one run of build_release for `assets` and hand it to the instance's run coordinator and launcher."""
    from assets.definitions import defs  # noqa: PLC0415

    code_origin, remote_origin = _origins()
    run = instance.create_run_for_job(job_def=defs.resolve_job_def(JOB), run_config=config, tags=tags,
                                      asset_selection=frozenset(assets), job_code_origin=code_origin,
                                      remote_job_origin=remote_origin)
    instance.submit_run(run.run_id, workspace=None)
    return run.run_id


def wait(instance: DagsterInstance, run_ids: list[str], timeout: float) -> None:
    """Wait until every run has finished; raise naming the runs that failed or are still going."""
    deadline = time.monotonic() + timeout
    while True:
        runs = {run_id: instance.get_run_by_id(run_id) for run_id in run_ids}
        if all(r.status in FINISHED for r in runs.values()):
            break
        if time.monotonic() > deadline:
            going = ", ".join(f"{i} ({r.status.value}, {r.tags.get(PARTITION_TAG, 'release')})"
                              for i, r in runs.items() if r.status not in FINISHED)
            raise DistributedBuildError(f"runs not finished after {timeout:.0f} s: {going}; "
                                        "are the workers running and connected to the broker?")
        time.sleep(0.5)
    failed = [f"{i} ({r.tags.get(PARTITION_TAG, 'release')}: {r.status.value})" for i, r in runs.items()
              if r.status != DagsterRunStatus.SUCCESS]
    if failed:
        raise DistributedBuildError(f"runs failed: {', '.join(failed)}; see their logs in the Dagster UI or "
                                    f"DAGSTER_HOME {instance.root_directory}")


def distributed_build(instance: DagsterInstance, raw_dir: str, staging_dir: str, published_dir: str,
                      timeout: float = 600) -> tuple[list[str], str]:
    """Register the manifest's documents, run one parse per document, then the release run.

    Returns (the per-document run ids, the release run id)."""
    from assets.build import sync_partitions  # noqa: PLC0415
    from assets.parsing import parsed_document  # noqa: PLC0415
    from assets.resources import ProjectPaths  # noqa: PLC0415

    paths = ProjectPaths(raw_dir=raw_dir, staging_dir=staging_dir, published_dir=published_dir)
    keys = sync_partitions(instance, [e.doc_id for e in paths.manifest()])
    config = run_config(raw_dir, staging_dir, published_dir)
    parse = {parsed_document.key}
    per_document = [submit(instance, config, parse, {PARTITION_TAG: key}) for key in keys]
    wait(instance, per_document, timeout)
    from assets.definitions import defs  # noqa: PLC0415

    rest = {key for key in defs.resolve_asset_graph().get_all_asset_keys() if key != parsed_document.key}
    release = submit(instance, config, rest, {})
    wait(instance, [release], timeout)
    return per_document, release


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raw", default=str(ROOT / "data" / "raw"))
    parser.add_argument("--staging", required=True, help="a staging folder every worker can read and write")
    parser.add_argument("--published", required=True, help="where the release is written")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for each stage")
    args = parser.parse_args(argv)
    with DagsterInstance.get() as instance:
        try:
            per_document, release = distributed_build(instance, args.raw, args.staging, args.published, args.timeout)
        except DistributedBuildError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    print(f"{len(per_document)} document runs and release run {release} succeeded; release in {args.published}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
