"""One unpartitioned asset per published table, combining all documents, and its checks: one Dagster asset
check per rule family (schema, keys, provenance, table rules), run once per build; their saved outcomes are
what the release publishes (see pipeline/release.py). Checks whose files (sha256) and rules are those of their
saved outcomes reuse them instead of running again: the same files and rules give the same outcomes."""

import hashlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from dagster import AssetCheckResult, AssetCheckSeverity, AssetCheckSpec, AssetKey, MaterializeResult, asset, multi_asset_check

from assets.parsing import parsed_document
from assets.resources import BuildLock, ProjectPaths
from pipeline.build import _folder as staged_folder, combine_into, omitted_documents
from pipeline.schema import REGISTRY
from pipeline.validate import CheckOutcome, DocumentChecks, check_families, reusable_record, validate_table, write_check_record


CHECK_INPUTS = {"metrics": {"table_cells"}, "findings": {"sections"}}
FAMILY_DESCRIPTIONS = {
    "schema": "Great Expectations baseline from the schema registry: columns, not-null, allowed values, ranges "
              "(row by row: a document whose staged rows passed under the same rules is not checked again; beside "
              "such saved outcomes, new rows that pass are decided with pandas as Great Expectations decides, and "
              "rows that fail are reported by Great Expectations).",
    "keys": "Unique and compound keys, foreign keys into the referenced tables: the registry baseline's key "
            "expectations, checked over the whole table with pandas.",
    "provenance": "Every row's quote is text[char_start:char_end] of its raw file, and line is the line of char_start.",
    "rules": "Table rules of pipeline/checks.py (spans, ranges, totals, agreement); some are warnings only.",
}


def combined_path(paths: ProjectPaths, name: str) -> Path:
    return Path(paths.staging_dir) / "combined" / f"{name}.parquet"


def check_record_path(paths: ProjectPaths, name: str) -> Path:
    return Path(paths.staging_dir) / "checks" / f"{name}.json"


def _table_asset(name: str):
    schema = REGISTRY[name]

    @asset(name=name, deps=[parsed_document], group_name="tables", description=schema.description)
    def _combined(paths: ProjectPaths, build_lock: BuildLock) -> MaterializeResult:
        omit = set(omitted_documents(Path(paths.staging_dir)))
        rows = combine_into(Path(paths.staging_dir), paths.manifest(), name, combined_path(paths, name), omit)
        return MaterializeResult(metadata={"rows": rows, "columns": len(schema.columns)})

    return _combined


def _table_checks(name: str):
    referenced = sorted(({t for _, t, _ in REGISTRY[name].foreign_keys} | CHECK_INPUTS.get(name, set())) - {name})
    specs = [AssetCheckSpec(f"{name}_{family}", asset=name, blocking=True, description=FAMILY_DESCRIPTIONS[family],
                            additional_deps=[AssetKey(t) for t in referenced])
             for family in check_families(name)]

    @multi_asset_check(specs=specs, name=f"{name}_checks")
    def _checks(paths: ProjectPaths, build_lock: BuildLock):
        inputs = {t: combined_path(paths, t) for t in [name, *referenced]}
        data = {t: p.read_bytes() for t, p in inputs.items()}   # hashed and validated from the same bytes
        hashes = {t: hashlib.sha256(data[t]).hexdigest() for t in sorted(inputs)}
        record = reusable_record(check_record_path(paths, name), hashes)
        reused = record is not None
        counts = {"checked": 0, "reused": 0}   # documents whose rows were checked / whose saved outcomes were reused
        if reused:
            outcomes = [CheckOutcome(**o) for o in record["outcomes"]]
        else:
            frames = {t: pq.read_table(pa.BufferReader(b)) for t, b in data.items()}
            staging = Path(paths.staging_dir)
            memo = DocumentChecks(folder_of=lambda doc_id: staged_folder(staging, doc_id),
                                  source_sha256={e.doc_id: e.sha256 for e in paths.manifest()})
            outcomes = validate_table(name, frames[name], frames, paths.documents, memo=memo, counts=counts)
            record = write_check_record(check_record_path(paths, name), name, inputs, outcomes, hashes)
        del data
        for family in check_families(name):
            mine = [o for o in outcomes if o.family == family]
            failed = [o for o in mine if not o.success and o.blocking]
            warnings = [o for o in mine if not o.success and not o.blocking]
            yield AssetCheckResult(
                asset_key=name, check_name=f"{name}_{family}", passed=not failed and not warnings,
                severity=AssetCheckSeverity.ERROR if failed else AssetCheckSeverity.WARN,
                description="\n".join(o.describe() for o in failed + warnings)[:4000] or f"{len(mine)} checks passed",
                metadata={"checks": len(mine), "failed": len(failed), "warnings": len(warnings),
                          "sha256": record["inputs"][name],
                          "reused": reused,  # True: outcomes of these very files under these rules, not run again
                          "documents_checked": counts["checked"], "documents_reused": counts["reused"]},
            )

    return _checks


table_assets = [_table_asset(name) for name in REGISTRY]
table_checks = [_table_checks(name) for name in REGISTRY]
