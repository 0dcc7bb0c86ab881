"""Validation: Great Expectations suites built from the schema registry, plus checks GX cannot express.

Every check returns `CheckOutcome`s naming the table, the expectation and sample failing rows, so a
failed release says exactly what is wrong. Great Expectations is imported lazily (it costs seconds).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline.checks import RULES, table_rules
from pipeline.outcomes import SAMPLE_ROWS, CheckOutcome
from pipeline.publish import file_sha256
from pipeline.schema import REGISTRY, TableSchema


PIPELINE_DIR = Path(__file__).resolve().parent
# code that runs only after the checks (writing the release, the site): changing it does not change an outcome
AFTER_VALIDATION = {"release.py", "publish.py", "lock.py", "views.py"}
AFTER_VALIDATION_DIRS = {"site"}
# libraries whose behaviour the outcomes depend on
VALIDATION_LIBRARIES = ("great_expectations", "pandas", "numpy", "pyarrow")


def rules_version(root: Path = PIPELINE_DIR) -> str:
    """Hash of everything besides a table's files that decides its check outcomes: the code and vocabulary in
    pipeline/ (validation, schema registry, and the document model the provenance check reads texts with), but
    the modules that only write the release or the site, and the versions of the libraries the checks run on."""
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file() and p.suffix in (".py", ".yaml")
                       and "__pycache__" not in p.parts):
        relative = path.relative_to(root)
        if relative.as_posix() in AFTER_VALIDATION or relative.parts[0] in AFTER_VALIDATION_DIRS:
            continue
        digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for library in VALIDATION_LIBRARIES:
        digest.update(f"{library}=={metadata.version(library)}\0".encode())
    return digest.hexdigest()[:16]


RULES_VERSION = rules_version()

# expectations about keys (unique, compound unique, foreign keys); the other baseline expectations are "schema"
KEY_EXPECTATIONS = {"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"}


def check_families(name: str) -> list[str]:
    """The rule families checked on a table, each one Dagster asset check: schema and keys always, provenance
    on fact tables, rules where pipeline/checks.py has some."""
    schema = REGISTRY[name]
    return ["schema", "keys"] + (["provenance"] if schema.is_fact else []) + (["rules"] if name in RULES else [])


def _quiet_gx():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("TQDM_DISABLE", "1")
    import great_expectations as gx  # noqa: PLC0415  (lazy: GX import costs seconds)
    import logging
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    return gx


def baseline_expectations(schema: TableSchema, reference_values: dict[tuple[str, str], list] | None = None) -> list:
    """The registry's rules as GX expectations: columns, not-null, allowed values, ranges, keys, foreign keys."""
    gx = _quiet_gx()
    E = gx.expectations
    out = [E.ExpectTableColumnsToMatchOrderedList(column_list=schema.column_names)]
    for c in schema.columns:
        if not c.nullable:
            out.append(E.ExpectColumnValuesToNotBeNull(column=c.name))
        if c.allowed:
            out.append(E.ExpectColumnValuesToBeInSet(column=c.name, value_set=list(c.allowed)))
        if c.unique:
            out.append(E.ExpectColumnValuesToBeUnique(column=c.name))
        if c.min_value is not None:
            out.append(E.ExpectColumnValuesToBeBetween(column=c.name, min_value=c.min_value))
    if len(schema.primary_key) > 1:
        out.append(E.ExpectCompoundColumnsToBeUnique(column_list=list(schema.primary_key)))
    for column, table, ref in schema.foreign_keys:
        values = (reference_values or {}).get((table, ref))
        if values is not None:
            out.append(E.ExpectColumnValuesToBeInSet(column=column, value_set=sorted(set(values)),
                                                     meta={"foreign_key": f"{table}.{ref}"}))
    return out


def run_expectations(schema: TableSchema, df: pd.DataFrame, reference_values=None) -> list[CheckOutcome]:
    gx = _quiet_gx()
    from great_expectations.data_context.types.base import (  # noqa: PLC0415
        DataContextConfig, InMemoryStoreBackendDefaults, ProgressBarsConfig)

    config = DataContextConfig(store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
                               analytics_enabled=False,
                               progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False))
    context = gx.get_context(mode="ephemeral", project_config=config)
    source = context.data_sources.add_pandas(f"{schema.name}_source")
    batch = source.add_dataframe_asset(schema.name).add_batch_definition_whole_dataframe("all_rows")
    # the suite is added whole: adding expectations one by one re-serializes the suite each time (seconds per build)
    suite = context.suites.add(gx.ExpectationSuite(name=f"{schema.name}_baseline",
                                                   expectations=baseline_expectations(schema, reference_values)))
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(data=batch, suite=suite, name=f"{schema.name}_validation"))
    result = definition.run(batch_parameters={"dataframe": df}, result_format="SUMMARY")
    outcomes = []
    for r in result.results:
        cfg = r.expectation_config
        kwargs = {k: v for k, v in cfg.kwargs.items() if k not in ("batch_id", "value_set", "column_list")}
        name = cfg.type + (f"({', '.join(f'{k}={v}' for k, v in kwargs.items())})" if kwargs else "")
        if cfg.meta and cfg.meta.get("foreign_key"):
            name += f" -> {cfg.meta['foreign_key']}"
        res = r.result or {}
        details = ""
        samples = []
        if not r.success:
            if "unexpected_count" in res:
                details = f"{res.get('unexpected_count')} of {res.get('element_count')} rows unexpected"
            if res.get("partial_unexpected_list"):
                samples = [{"value": v} for v in res["partial_unexpected_list"][:SAMPLE_ROWS]]
            if res.get("details"):
                details += f" {res['details']}"
        family = "keys" if cfg.type in KEY_EXPECTATIONS or (cfg.meta or {}).get("foreign_key") else "schema"
        outcomes.append(CheckOutcome(schema.name, name, bool(r.success), details=details.strip(), samples=samples,
                                     family=family))
    return outcomes


def check_provenance(table: str, df: pd.DataFrame, documents: dict) -> CheckOutcome:
    """For every fact row: quote == text[char_start:char_end] and line is the line of char_start."""
    bad = []
    for row in df[["doc_id", "line", "char_start", "char_end", "quote"]].itertuples(index=False):
        doc = documents.get(row.doc_id)
        if doc is None:
            bad.append({"doc_id": row.doc_id, "problem": "unknown document"})
            continue
        if doc.text[row.char_start:row.char_end] != row.quote:
            bad.append({"doc_id": row.doc_id, "line": row.line, "char_start": row.char_start,
                        "quote": row.quote[:60], "text_at_span": doc.text[row.char_start:row.char_end][:60]})
        elif doc.line_for_offset(row.char_start) != row.line:
            bad.append({"doc_id": row.doc_id, "line": row.line, "char_start": row.char_start,
                        "line_of_char_start": doc.line_for_offset(row.char_start)})
    return CheckOutcome(table, "provenance: quote == text[char_start:char_end] and line == line of char_start",
                        not bad, details=f"{len(bad)} of {len(df)} rows do not point at their quote" if bad else
                        f"{len(df)} rows re-checked", samples=bad[:SAMPLE_ROWS], family="provenance")


def reference_values(frames: dict[str, pa.Table]) -> dict[tuple[str, str], list]:
    refs = {}
    for schema in REGISTRY.values():
        for _, table, ref in schema.foreign_keys:
            if table in frames:
                refs[(table, ref)] = frames[table].column(ref).to_pylist()
    return refs


def validate_table(name: str, table: pa.Table, frames: dict[str, pa.Table], documents: dict) -> list[CheckOutcome]:
    """All checks for one published table: the registry baseline, provenance, and the table's own rules."""
    schema = REGISTRY[name]
    df = table.to_pandas()
    outcomes = run_expectations(schema, df, reference_values(frames))
    if schema.is_fact and len(df):
        outcomes.append(check_provenance(name, df, documents))
    outcomes += table_rules(name, df, frames)
    return outcomes


def blocking_failures(outcomes: list[CheckOutcome]) -> list[CheckOutcome]:
    return [o for o in outcomes if o.blocking and not o.success]


def input_hashes(inputs: dict[str, Path]) -> dict[str, str]:
    """{table: sha256 of its file} of the files a table's checks read."""
    return {name: file_sha256(p) for name, p in sorted(inputs.items())}


def write_check_record(path: Path, table: str, inputs: dict[str, Path], outcomes: list[CheckOutcome],
                       hashes: dict[str, str] | None = None) -> dict:
    """Save what a table's checks found, the sha256 of every file they read and the rules they ran: the release
    publishes a table only if its file is still the one that was checked, and writes validation.html from these
    outcomes. `hashes` are the files' sha256 if already computed (they must be those of `inputs` now)."""
    record = {"table": table, "inputs": hashes or input_hashes(inputs), "rules_version": RULES_VERSION,
              "outcomes": [asdict(o) for o in outcomes]}
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(record, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    os.replace(tmp, path)  # whole or absent: a record is trusted by the next build (see reusable_record)
    return record


def reusable_record(path: Path, hashes: dict[str, str]) -> dict | None:
    """The saved record of a table's checks if they ran on exactly these files (sha256) with these rules
    (RULES_VERSION): checking them again would give the same outcomes, so a build reuses them. Else None."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if record.get("rules_version") != RULES_VERSION or record.get("inputs") != hashes:
        return None
    return record


def read_check_record(path: Path) -> tuple[dict[str, str], list[CheckOutcome]]:
    """({file name: sha256 checked}, outcomes) of a table's saved check record."""
    record = json.loads(Path(path).read_text(encoding="utf-8"))
    return record["inputs"], [CheckOutcome(**o) for o in record["outcomes"]]
