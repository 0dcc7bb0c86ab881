"""Validation: Great Expectations suites built from the schema registry, plus checks GX cannot express.

Every check returns `CheckOutcome`s naming the table, the expectation and sample failing rows, so a
failed release says exactly what is wrong. Great Expectations is imported lazily (it costs seconds).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

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


@dataclass(frozen=True)
class Expectation:
    """One expectation of the registry baseline as plain data, shaped like a Great Expectations configuration (`type`,
    `kwargs`, `meta`): it names and orders outcomes without importing GX, which costs seconds."""
    type: str
    kwargs: dict
    meta: dict | None = None

    def to_gx(self):
        """The Great Expectations object, e.g. ExpectColumnValuesToNotBeNull(column=...)."""
        cls = getattr(_quiet_gx().expectations, "".join(part.capitalize() for part in self.type.split("_")))
        return cls(**self.kwargs, **({"meta": self.meta} if self.meta else {}))


def baseline(schema: TableSchema, references: set[tuple[str, str]] = frozenset()) -> list[Expectation]:
    """The registry's rules as expectations: columns, not-null, allowed values, ranges, keys, and the foreign keys
    into the (table, column) pairs of `references` (checked by key_outcomes: they carry no value set)."""
    out = [Expectation("expect_table_columns_to_match_ordered_list", {"column_list": schema.column_names})]
    for c in schema.columns:
        if not c.nullable:
            out.append(Expectation("expect_column_values_to_not_be_null", {"column": c.name}))
        if c.allowed:
            out.append(Expectation("expect_column_values_to_be_in_set", {"column": c.name, "value_set": list(c.allowed)}))
        if c.unique:
            out.append(Expectation("expect_column_values_to_be_unique", {"column": c.name}))
        if c.min_value is not None:   # as float, as Great Expectations keeps it (the outcome's name shows it)
            out.append(Expectation("expect_column_values_to_be_between", {"column": c.name, "min_value": float(c.min_value)}))
    if len(schema.primary_key) > 1:
        out.append(Expectation("expect_compound_columns_to_be_unique", {"column_list": list(schema.primary_key)}))
    for column, table, ref in schema.foreign_keys:
        if (table, ref) in references:
            out.append(Expectation("expect_column_values_to_be_in_set", {"column": column},
                                   meta={"foreign_key": f"{table}.{ref}"}))
    return out


def expectation_name(cfg) -> str:
    """How an expectation is named in outcomes and the report, e.g. `expect_column_values_to_be_between(column=line,
    min_value=1.0)` or `expect_column_values_to_be_in_set(column=doc_id) -> documents.doc_id`."""
    kwargs = {k: v for k, v in cfg.kwargs.items() if k not in ("batch_id", "value_set", "column_list")}
    name = cfg.type + (f"({', '.join(f'{k}={v}' for k, v in kwargs.items())})" if kwargs else "")
    if cfg.meta and cfg.meta.get("foreign_key"):
        name += f" -> {cfg.meta['foreign_key']}"
    return name


def expectation_family(cfg) -> str:
    return "keys" if cfg.type in KEY_EXPECTATIONS or (cfg.meta or {}).get("foreign_key") else "schema"


def schema_expectations_hold(df: pd.DataFrame, expectations: list[Expectation]) -> bool:
    """True when every one of these schema expectations holds on `df`, decided with pandas as Great Expectations'
    pandas engine decides it (the column list in order; not-null with isnull; allowed values and minimums over the
    non-null values, with isin and >=). False on any failure or error: the rows then go through Great Expectations,
    whose outcomes name the failing values. tests/test_validation_reuse.py compares the two on bad rows."""
    try:
        for e in expectations:
            if e.type == "expect_table_columns_to_match_ordered_list":
                holds = list(df.columns) == list(e.kwargs["column_list"])
            else:
                values = df[e.kwargs["column"]]
                if e.type == "expect_column_values_to_not_be_null":
                    holds = not values.isnull().any()
                elif e.type == "expect_column_values_to_be_in_set":
                    holds = bool(values[values.notnull()].isin(e.kwargs["value_set"]).all())
                elif e.type == "expect_column_values_to_be_between" and set(e.kwargs) == {"column", "min_value"}:
                    holds = bool((values[values.notnull()] >= e.kwargs["min_value"]).all())
                else:
                    return False
            if not holds:
                return False
    except Exception:  # noqa: BLE001  (values GX would refuse too, e.g. text against a minimum: GX reports them)
        return False
    return True


def run_expectations(schema: TableSchema, df: pd.DataFrame, expectations: list[Expectation]) -> list[CheckOutcome]:
    """Run `expectations` (of the registry baseline) on `df` with Great Expectations: one outcome per expectation,
    in their order."""
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
                                                   expectations=[e.to_gx() for e in expectations]))
    definition = context.validation_definitions.add(
        gx.ValidationDefinition(data=batch, suite=suite, name=f"{schema.name}_validation"))
    result = definition.run(batch_parameters={"dataframe": df}, result_format="SUMMARY")
    outcomes = []
    for r in result.results:
        cfg = r.expectation_config
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
        outcomes.append(CheckOutcome(schema.name, expectation_name(cfg), bool(r.success), details=details.strip(),
                                     samples=samples, family=expectation_family(cfg)))
    return outcomes


def gx_result_order(configs: list) -> list:
    """The order Great Expectations reports a suite's results in: grouped by column, columns (and the expectations
    without one) in the order they first appear (Validator.process_expectations_for_validation)."""
    groups: dict[str, list] = {}
    for cfg in configs:
        column = cfg.kwargs.get("column")
        groups.setdefault(column if isinstance(column, str) else "\0no column", []).append(cfg)
    return [cfg for group in groups.values() for cfg in group]


def _key_outcome(schema: TableSchema, cfg, df: pd.DataFrame, unexpected: pd.DataFrame | pd.Series) -> CheckOutcome:
    success = len(unexpected) == 0
    samples = [] if success else [{"value": v.to_dict() if isinstance(unexpected, pd.DataFrame) else v}
                                  for v in (unexpected.iloc[i] for i in range(min(SAMPLE_ROWS, len(unexpected))))]
    return CheckOutcome(schema.name, expectation_name(cfg), success,
                        details="" if success else f"{len(unexpected)} of {len(df)} rows unexpected",
                        samples=samples, family="keys")


def key_holds(table: pa.Table, cfg, frames: dict[str, pa.Table]) -> bool:
    """True when a key expectation holds on `table`, decided with Arrow's hash kernels: no duplicate (compound) key,
    every foreign key among the referenced column's values. False, or an error, leaves it to the pandas check of
    key_outcomes, which names the failing rows (at thousands of documents pandas took a second or more a table)."""
    try:
        if cfg.type == "expect_compound_columns_to_be_unique":
            columns = list(cfg.kwargs["column_list"])
            return table.group_by(columns).aggregate([]).num_rows == table.num_rows
        values = pc.drop_null(table.column(cfg.kwargs["column"]))
        if cfg.type == "expect_column_values_to_be_unique":
            return pc.count_distinct(values).as_py() == len(values)
        referenced, column = cfg.meta["foreign_key"].split(".")
        known = frames[referenced].column(column).combine_chunks()
        return pc.all(pc.is_in(values, value_set=known), min_count=0).as_py()
    except (pa.ArrowException, KeyError):
        return False


def key_outcomes(schema: TableSchema, table: pa.Table, df: pd.DataFrame, expectations: list[Expectation],
                 frames: dict[str, pa.Table]) -> list[CheckOutcome]:
    """The key expectations of the registry baseline (unique, compound unique, foreign keys into `frames`), checked
    over the whole table (`table`, and `df`, the same rows in pandas): they are the only checks that need every
    document's rows at once. Decided with Arrow (key_holds); one that fails is checked again with pandas, which
    names the failing rows. Great Expectations costs seconds per table and copies every foreign key's value set."""
    outcomes = []
    for cfg in expectations:
        if expectation_family(cfg) != "keys":
            continue
        if key_holds(table, cfg, frames):
            outcomes.append(CheckOutcome(schema.name, expectation_name(cfg), True, family="keys"))
            continue
        if cfg.type == "expect_compound_columns_to_be_unique":
            columns = df[list(cfg.kwargs["column_list"])]
            unexpected = columns[columns.duplicated(keep=False) & columns.notna().any(axis=1)]
        else:
            values = df[cfg.kwargs["column"]].dropna()
            if cfg.type == "expect_column_values_to_be_unique":
                unexpected = values[values.duplicated(keep=False)]
            else:  # a foreign key: expect_column_values_to_be_in_set with the referenced column's values
                referenced, column = cfg.meta["foreign_key"].split(".")
                unexpected = values[~values.isin(set(frames[referenced].column(column).to_pylist()))]
        outcomes.append(_key_outcome(schema, cfg, df, unexpected))
    return outcomes


PROVENANCE_CHECK = "provenance: quote == text[char_start:char_end] and line == line of char_start"


def provenance_problems(df: pd.DataFrame, documents: dict) -> list[dict]:
    """The fact rows whose quote is not text[char_start:char_end] or whose line is not the line of char_start."""
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
    return bad


def provenance_outcome(table: str, n_rows: int, n_bad: int, samples: list[dict]) -> CheckOutcome:
    return CheckOutcome(table, PROVENANCE_CHECK, not n_bad,
                        details=f"{n_bad} of {n_rows} rows do not point at their quote" if n_bad else f"{n_rows} rows re-checked",
                        samples=samples[:SAMPLE_ROWS], family="provenance")


def check_provenance(table: str, df: pd.DataFrame, documents: dict) -> CheckOutcome:
    """For every fact row: quote == text[char_start:char_end] and line is the line of char_start."""
    bad = provenance_problems(df, documents)
    return provenance_outcome(table, len(df), len(bad), bad)


class DocumentChecks:
    """Saved outcomes of the per-document part of a table's checks (the schema expectations, row by row, and the
    provenance re-check), one record per staged document and table, keyed by the sha256 of the staged rows, the
    sha256 of the source they point into and RULES_VERSION. Adding one document to thousands validates that
    document's rows; the key checks and table rules still see the whole table."""

    def __init__(self, folder_of, source_sha256: dict[str, str]):
        self.folder_of = folder_of                  # doc_id -> its staging folder (pipeline.build)
        self.source_sha256 = source_sha256          # doc_id -> sha256 of the source its rows were parsed from

    def key(self, name: str, doc_id: str) -> str:
        rows = Path(self.folder_of(doc_id)) / f"{name}.parquet"
        return hashlib.sha256(f"{file_sha256(rows)}\0{self.source_sha256[doc_id]}\0{RULES_VERSION}".encode()).hexdigest()

    def _path(self, name: str, doc_id: str) -> Path:
        return Path(self.folder_of(doc_id)) / "checks" / f"{name}.json"

    def load(self, name: str, doc_id: str, key: str) -> dict | None:
        try:
            record = json.loads(self._path(name, doc_id).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return record if record.get("key") == key else None

    def save(self, name: str, doc_id: str, record: dict) -> None:
        path = self._path(name, doc_id)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(json.dumps(record, ensure_ascii=False, default=str), encoding="utf-8")
        os.replace(tmp, path)


def validate_table(name: str, table: pa.Table, frames: dict[str, pa.Table], documents,
                   memo: DocumentChecks | None = None, counts: dict | None = None) -> list[CheckOutcome]:
    """All checks for one published table: the registry baseline (schema expectations with Great Expectations, key
    expectations with pandas over the whole table), provenance, and the table's own rules, in that order.

    `documents` is {doc_id: Document}, or a function of a set of doc_ids returning it (only the documents whose
    rows are checked are read). With `memo`, the schema expectations and provenance of a document whose staged rows
    were checked before under the same rules are not run again (they are row by row: their outcome over the whole
    table is that of its documents), and the other documents' rows are first decided with pandas
    (schema_expectations_hold): a build that adds one document to thousands does not import Great Expectations
    unless that document fails. `counts`, if given, receives how many documents were checked and reused."""
    schema = REGISTRY[name]
    df = table.to_pandas()
    references = {(t, ref) for other in REGISTRY.values() for _, t, ref in other.foreign_keys if t in frames}
    expectations = baseline(schema, references)
    schema_expectations = [e for e in expectations if expectation_family(e) == "schema"]
    read = documents if callable(documents) else (lambda ids: {d: documents[d] for d in ids if d in documents})
    doc_ids = list(dict.fromkeys(df["doc_id"].tolist())) if "doc_id" in df.columns else []
    keys = {d: memo.key(name, d) for d in doc_ids} if memo is not None and schema.per_document else {}
    saved = {d: r for d in keys if (r := memo.load(name, d, keys[d])) is not None}
    fresh = [d for d in doc_ids if d not in saved]
    if counts is not None:
        counts.update(checked=len(fresh) if keys else len(doc_ids), reused=len(saved))

    rows = df[df["doc_id"].isin(fresh)] if saved else df
    # the rows not covered by saved outcomes (a few new documents' beside them, or none) pass, decided without
    # importing Great Expectations; it runs on them, reporting the failing values, when they do not
    if (saved or rows.empty) and schema_expectations_hold(rows, schema_expectations):
        schema_outcomes = [CheckOutcome(name, expectation_name(e), True, family="schema") for e in schema_expectations]
    else:
        schema_outcomes = run_expectations(schema, rows, schema_expectations)
    by_name = {o.check: o for o in schema_outcomes + key_outcomes(schema, table, df, expectations, frames)}
    outcomes = [by_name[expectation_name(cfg)] for cfg in gx_result_order(expectations)]

    if schema.is_fact and len(df):
        texts = read(set(fresh)) if fresh else {}
        problems = {d: provenance_problems(part, texts) for d, part in rows.groupby("doc_id", sort=False)}
        n_bad, samples = 0, []
        for d in doc_ids:
            found = saved[d]["provenance"] if d in saved else {"bad": len(problems.get(d, [])),
                                                                "samples": problems.get(d, [])[:SAMPLE_ROWS]}
            n_bad += found["bad"]
            samples += found["samples"][:SAMPLE_ROWS - len(samples)]
        outcomes.append(provenance_outcome(name, len(df), n_bad, samples))
    else:
        problems = {}
    if keys and all(o.success for o in schema_outcomes):   # a failure is checked again next time, whole
        for d in fresh:
            memo.save(name, d, {"key": keys[d], "schema": "passed",
                                "provenance": {"bad": len(problems.get(d, [])), "samples": problems.get(d, [])[:SAMPLE_ROWS]}})
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
