"""One unpartitioned asset per published table, combining all documents, each with a blocking validation check."""

from pathlib import Path

import pyarrow.parquet as pq
from dagster import AssetCheckResult, AssetCheckSeverity, AssetKey, MaterializeResult, asset, asset_check

from assets.parsing import parsed_document
from assets.resources import ProjectPaths
from pipeline.build import combine_staged
from pipeline.release import write_parquet
from pipeline.schema import REGISTRY
from pipeline.validate import validate_table


CHECK_INPUTS = {"metrics": {"table_cells"}, "findings": {"sections"}}


def combined_path(paths: ProjectPaths, name: str) -> Path:
    return Path(paths.staging_dir) / "combined" / f"{name}.parquet"


def _table_asset(name: str):
    schema = REGISTRY[name]

    @asset(name=name, deps=[parsed_document], group_name="tables", description=schema.description)
    def _combined(paths: ProjectPaths) -> MaterializeResult:
        table = combine_staged(Path(paths.staging_dir), paths.manifest(), name)
        out = combined_path(paths, name)
        out.parent.mkdir(parents=True, exist_ok=True)
        write_parquet(table, out)
        return MaterializeResult(metadata={"rows": table.num_rows, "columns": len(schema.columns)})

    return _combined


def _table_check(name: str):
    referenced = sorted(({t for _, t, _ in REGISTRY[name].foreign_keys} | CHECK_INPUTS.get(name, set())) - {name})

    @asset_check(asset=name, name=f"{name}_valid", blocking=True, additional_deps=[AssetKey(t) for t in referenced],
                 description=f"Great Expectations baseline from the schema registry, provenance re-check and "
                             f"{name}-specific rules.")
    def _check(paths: ProjectPaths) -> AssetCheckResult:
        frames = {t: pq.read_table(combined_path(paths, t)) for t in [name, *referenced]}
        outcomes = validate_table(name, frames[name], frames, paths.documents())
        failed = [o for o in outcomes if not o.success and o.blocking]
        warnings = [o for o in outcomes if not o.success and not o.blocking]
        return AssetCheckResult(
            passed=not failed,
            severity=AssetCheckSeverity.ERROR,
            description="\n".join(o.describe() for o in failed + warnings)[:4000] or f"{len(outcomes)} checks passed",
            metadata={"checks": len(outcomes), "failed": len(failed), "warnings": len(warnings)},
        )

    return _check


table_assets = [_table_asset(name) for name in REGISTRY]
table_checks = [_table_check(name) for name in REGISTRY]
