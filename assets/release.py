"""The release asset: validated Parquet, DuckDB, datapackage.json and data dictionary in data/published."""

from pathlib import Path

import pyarrow.parquet as pq
from dagster import AssetKey, MaterializeResult, asset

from assets.resources import ProjectPaths
from assets.tables import combined_path
from pipeline.release import publish_release
from pipeline.schema import REGISTRY


@asset(deps=[AssetKey(n) for n in REGISTRY], group_name="release",
       description="Written to a temporary folder, validated again, then swapped in whole; "
                   "on failure the previous release stays.")
def release(paths: ProjectPaths) -> MaterializeResult:
    frames = {n: pq.read_table(combined_path(paths, n)) for n in REGISTRY}
    outcomes = publish_release(frames, paths.documents(), Path(paths.published_dir))
    return MaterializeResult(metadata={
        "published_dir": paths.published_dir,
        "checks_passed": sum(o.success for o in outcomes),
        "warnings": sum(1 for o in outcomes if not o.success and not o.blocking),
        **{f"rows_{n}": t.num_rows for n, t in frames.items()},
    })
