"""The release asset: the checked Parquet, DuckDB, datapackage.json and data dictionary in data/published."""

from pathlib import Path

from dagster import AssetKey, MaterializeResult, asset

from assets.resources import BuildLock, ProjectPaths
from assets.tables import check_record_path, combined_path
from pipeline.build import omitted_documents
from pipeline.release import publish_release
from pipeline.schema import REGISTRY


@asset(deps=[AssetKey(n) for n in REGISTRY], group_name="release",
       description="The tables the asset checks validated (verified by sha256, no second validation), written to a "
                   "new folder data/releases/<version>/ with the DuckDB file and the static site built from them, "
                   "and switched in by replacing the data/published symlink; on failure the previous release stays.")
def release(paths: ProjectPaths, build_lock: BuildLock) -> MaterializeResult:
    omitted = omitted_documents(Path(paths.staging_dir))
    switch, outcomes = publish_release(combined_path(paths, "documents").parent, check_record_path(paths, "documents").parent,
                                       Path(paths.published_dir), omitted, raw_dir=Path(paths.raw_dir),
                                       csv_cache=Path(paths.staging_dir) / "csv")
    return MaterializeResult(metadata={
        "published_dir": paths.published_dir,
        "version": switch.version,
        "previous_version": switch.previous or "",
        "changed": switch.changed,
        "omitted_documents": sorted(omitted),
        "checks_passed": sum(o.success for o in outcomes),
        "warnings": sum(1 for o in outcomes if not o.success and not o.blocking),
    })
