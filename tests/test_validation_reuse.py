"""Validation runs once per content: a table whose files (sha256) and rules were checked before reuses the saved
outcomes; a changed table is checked again, with only the changed document's rows run through the row-by-row
expectations, and gets the outcomes a full validation gives."""
import json
from pathlib import Path

import pyarrow.parquet as pq

from pipeline.schema import REGISTRY
from tests.conftest import copy_work, run_build
from tests.test_incremental import CHANGED, change_source


def check_metadata(result) -> dict[str, dict]:
    """{check name: its metadata as plain values} of a run's asset check evaluations."""
    return {e.event_specific_data.check_name: {k: v.value for k, v in e.event_specific_data.metadata.items()}
            for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}


def spy_on_validation(monkeypatch) -> list[str]:
    """The tables validate_table is called for, in the asset checks of the runs that follow."""
    import assets.tables

    calls, real = [], assets.tables.validate_table

    def spy(name, *args, **kwargs):
        calls.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(assets.tables, "validate_table", spy)
    return calls


def test_a_table_whose_files_were_validated_is_not_validated_again(tmp_path, fresh_work, monkeypatch):
    from tests.conftest import RAW

    work = copy_work(fresh_work, tmp_path / "work")
    records = {p.name: p.read_bytes() for p in (work / "staging" / "checks").glob("*.json")}
    calls = spy_on_validation(monkeypatch)
    result, _ = run_build(RAW, work)
    assert result.success
    assert calls == []
    meta = check_metadata(result)
    assert meta and all(m["reused"] for m in meta.values())
    assert {p.name: p.read_bytes() for p in (work / "staging" / "checks").glob("*.json")} == records


def test_other_rules_validate_the_same_files_again(tmp_path, fresh_work, monkeypatch):
    from tests.conftest import RAW
    import pipeline.validate

    work = copy_work(fresh_work, tmp_path / "work")
    monkeypatch.setattr(pipeline.validate, "RULES_VERSION", "other-rules")
    calls = spy_on_validation(monkeypatch)
    result, _ = run_build(RAW, work)
    assert result.success
    assert sorted(calls) == sorted(REGISTRY)
    meta = check_metadata(result)
    assert not any(m["reused"] for m in meta.values())
    assert all(m["documents_reused"] == 0 for m in meta.values())   # per-document outcomes are keyed by the rules too
    record = json.loads((work / "staging" / "checks" / "metrics.json").read_text(encoding="utf-8"))
    assert record["rules_version"] == "other-rules"


def test_a_changed_table_is_validated_again_with_only_the_changed_documents_rows(tmp_path, raw_copy, fresh_work,
                                                                                 monkeypatch):
    from assets.resources import ProjectPaths
    from pipeline.validate import validate_table

    work = copy_work(fresh_work, tmp_path / "work")
    change_source(raw_copy, CHANGED, b"\nThe force recorded 1,234 burglaries in 2016.\n")
    calls = spy_on_validation(monkeypatch)
    result, paths = run_build(raw_copy, work)
    assert result.success
    meta = check_metadata(result)
    assert "metrics" in calls and "documents" in calls
    assert not meta["metrics_schema"]["reused"]
    assert meta["metrics_schema"]["documents_checked"] == 1       # the changed document's rows
    assert meta["metrics_schema"]["documents_reused"] == 4        # the others passed before, under the same rules
    # the outcomes are those of a full validation of the same files, without any saved outcome
    combined = Path(paths.staging_dir) / "combined"
    for name in ("metrics", "documents", "sections", "table_cells"):
        frames = {t: pq.read_table(combined / f"{t}.parquet") for t in REGISTRY}
        full = validate_table(name, frames[name], frames, ProjectPaths(raw_dir=str(raw_copy)).documents)
        record = json.loads((combined.parent / "checks" / f"{name}.json").read_text(encoding="utf-8"))
        assert record["outcomes"] == [json.loads(json.dumps(o.__dict__, default=str)) for o in full], name


def test_a_failing_document_is_reported_and_not_saved_as_passed(tmp_path, fresh_work):
    """A document whose rows fail a row-by-row expectation fails the check, and is checked again next time."""
    import pyarrow as pa

    from pipeline.build import _folder
    from pipeline.sources import load_manifest
    from pipeline.validate import DocumentChecks, validate_table
    from tests.conftest import RAW

    work = copy_work(fresh_work, tmp_path / "work")
    staging = work / "staging"
    entries = {e.doc_id: e.sha256 for e in load_manifest(RAW)}
    memo = DocumentChecks(folder_of=lambda d: _folder(staging, d), source_sha256=entries)
    frames = {t: pq.read_table(staging / "combined" / f"{t}.parquet") for t in REGISTRY}
    from assets.resources import ProjectPaths

    documents = ProjectPaths().documents
    counts = {}
    assert all(o.success for o in validate_table("judgments", frames["judgments"], frames, documents, memo, counts)
               if o.blocking)
    assert counts["checked"] == 0 and counts["reused"] >= 1     # saved by the build
    # the staged rows of one document change (a grade outside the registry's vocabulary): its key changes
    path = _folder(staging, CHANGED) / "judgments.parquet"
    table = pq.read_table(path)
    grades = table.column("grade").to_pylist()
    grades[0] = "Splendid"
    pq.write_table(table.set_column(table.schema.get_field_index("grade"), "grade",
                                    pa.array(grades, table.schema.field("grade").type)), path)
    frames["judgments"] = pa.concat_tables([pq.read_table(_folder(staging, d) / "judgments.parquet",
                                                          schema=REGISTRY["judgments"].arrow_schema())
                                            for d in entries])
    counts = {}
    outcomes = validate_table("judgments", frames["judgments"], frames, documents, memo, counts)
    assert counts["checked"] == 1
    failed = [o for o in outcomes if not o.success and o.blocking]
    in_set = next(o for o in failed if o.check == "expect_column_values_to_be_in_set(column=grade)")
    assert "Splendid" in str(in_set.samples) and in_set.details.startswith("1 of ")
    assert memo.load("judgments", CHANGED, memo.key("judgments", CHANGED)) is None   # not saved as passed


def test_key_expectations_over_the_whole_table_name_their_failures():
    """Duplicated keys and dangling foreign keys fail the `keys` family with the rows' values, named as before."""
    import pyarrow as pa

    from pipeline.validate import validate_table
    from tests.conftest import PUBLISHED

    frames = {t: pq.read_table(PUBLISHED / f"{t}.parquet") for t in REGISTRY}
    judgments = frames["judgments"]
    bad = pa.concat_tables([judgments, judgments.slice(0, 1)])            # one judgment_id twice
    ids = bad.column("doc_id").to_pylist()
    ids[-1] = "no-such-document"
    bad = bad.set_column(bad.schema.get_field_index("doc_id"), bad.schema.field("doc_id"), pa.array(ids, pa.string()))
    outcomes = validate_table("judgments", bad, {**frames, "judgments": bad}, lambda ids: {})
    failed = {o.check: o for o in outcomes if not o.success and o.family == "keys"}
    assert set(failed) == {"expect_column_values_to_be_unique(column=judgment_id)",
                           "expect_column_values_to_be_in_set(column=doc_id) -> documents.doc_id"}
    assert failed["expect_column_values_to_be_in_set(column=doc_id) -> documents.doc_id"].samples == [
        {"value": "no-such-document"}]
    assert failed["expect_column_values_to_be_unique(column=judgment_id)"].details == f"2 of {bad.num_rows} rows unexpected"


def test_expectations_are_named_as_great_expectations_names_them():
    """The baseline as plain data names and orders outcomes as the Great Expectations objects made from it do."""
    from pipeline.validate import baseline, expectation_name

    references = {(table, ref) for schema in REGISTRY.values() for _, table, ref in schema.foreign_keys}
    for name, schema in REGISTRY.items():
        plain = baseline(schema, references)
        made = [e.to_gx().configuration for e in plain if not (e.meta or {}).get("foreign_key")]
        assert [expectation_name(c) for c in made] == [expectation_name(e) for e in plain
                                                      if not (e.meta or {}).get("foreign_key")], name


def _break_each(schema, df):
    """`df` with one row breaking each schema expectation that a value can break: a null where none is allowed, a
    value outside the allowed set, a number below the minimum (each in a row of its own where there are enough)."""
    breaks = []
    for c in schema.columns:
        if not c.nullable:
            breaks.append((c.name, None))
        if c.allowed:
            breaks.append((c.name, "not-an-allowed-value"))
        if c.min_value is not None:
            breaks.append((c.name, c.min_value - 1))
    bad = df.copy()
    for i, (column, value) in enumerate(breaks):
        if value is None and bad[column].dtype.kind in "iub":   # as Arrow hands pandas a column with nulls
            bad[column] = bad[column].astype(object if bad[column].dtype.kind == "b" else "float64")
        bad.loc[bad.index[i % len(bad)], column] = value
    return bad


def test_the_pandas_decision_agrees_with_great_expectations_on_good_and_bad_rows():
    """For every table, every schema expectation on good rows and on rows breaking it: the pandas decision that lets
    a build with saved outcomes skip Great Expectations holds exactly where Great Expectations succeeds."""
    from pipeline.validate import baseline, expectation_family, expectation_name, run_expectations, \
        schema_expectations_hold
    from tests.conftest import PUBLISHED

    broken_somewhere = 0
    for name, schema in REGISTRY.items():
        good = pq.read_table(PUBLISHED / f"{name}.parquet").slice(0, 40).to_pandas()
        if good.empty:
            continue
        expectations = [e for e in baseline(schema) if expectation_family(e) == "schema"]
        reordered = good[list(reversed(good.columns))]
        for df in (good, _break_each(schema, good), reordered):
            by_gx = {o.check: o.success for o in run_expectations(schema, df, expectations)}
            by_pandas = {expectation_name(e): schema_expectations_hold(df, [e]) for e in expectations}
            assert by_pandas == by_gx, name
            assert schema_expectations_hold(df, expectations) == all(by_gx.values()), name
            broken_somewhere += list(by_gx.values()).count(False)
        assert all(by_gx[expectation_name(e)] for e in expectations if e.type != "expect_table_columns_to_match_ordered_list")
    assert broken_somewhere > 50


def test_a_new_document_that_passes_is_decided_without_great_expectations(tmp_path, fresh_work, monkeypatch):
    """Beside saved outcomes, the changed document's good rows pass the schema family without a Great Expectations
    run; its bad rows (a grade outside the vocabulary) still fail it, reported by Great Expectations."""
    import pyarrow as pa

    import pipeline.validate
    from assets.resources import ProjectPaths
    from pipeline.build import _folder
    from pipeline.sources import load_manifest
    from pipeline.validate import DocumentChecks, validate_table
    from tests.conftest import RAW

    work = copy_work(fresh_work, tmp_path / "work")
    staging = work / "staging"
    entries = {e.doc_id: e.sha256 for e in load_manifest(RAW)}
    memo = DocumentChecks(folder_of=lambda d: _folder(staging, d), source_sha256={**entries, CHANGED: "other bytes"})
    frames = {t: pq.read_table(staging / "combined" / f"{t}.parquet") for t in REGISTRY}
    documents = ProjectPaths().documents
    real_run = pipeline.validate.run_expectations
    runs = []
    monkeypatch.setattr(pipeline.validate, "run_expectations", lambda *a: runs.append(a[0].name) or real_run(*a))
    counts = {}
    outcomes = validate_table("judgments", frames["judgments"], frames, documents, memo, counts)
    assert counts["checked"] == 1 and counts["reused"] >= 1 and runs == []
    assert all(o.success for o in outcomes if o.blocking)

    grades = frames["judgments"].column("grade").to_pylist()
    changed = frames["judgments"].column("doc_id").to_pylist().index(CHANGED)
    grades[changed] = "Splendid"
    bad = frames["judgments"].set_column(frames["judgments"].schema.get_field_index("grade"), "grade",
                                         pa.array(grades, pa.string()))
    memo.source_sha256[CHANGED] = "yet other bytes"
    outcomes = validate_table("judgments", bad, {**frames, "judgments": bad}, documents, memo, {})
    assert runs == ["judgments"]
    in_set = next(o for o in outcomes if o.check == "expect_column_values_to_be_in_set(column=grade)")
    assert not in_set.success and in_set.samples == [{"value": "Splendid"}] and in_set.details.startswith("1 of ")


def test_keys_decided_with_arrow_hold_on_the_release_and_fail_on_a_duplicated_or_dangling_key():
    """Every key expectation holds on the committed release, decided with Arrow; a duplicated row breaks the unique
    and compound keys, a dangling id a foreign key, and the pandas check then names the rows."""
    import pyarrow as pa

    from pipeline.validate import baseline, expectation_family, key_holds, validate_table
    from tests.conftest import PUBLISHED

    frames = {t: pq.read_table(PUBLISHED / f"{t}.parquet") for t in REGISTRY}
    references = {(t, ref) for s in REGISTRY.values() for _, t, ref in s.foreign_keys}
    for name, schema in REGISTRY.items():
        for cfg in (e for e in baseline(schema, references) if expectation_family(e) == "keys"):
            assert key_holds(frames[name], cfg, frames), (name, cfg)
    cells = frames["table_cells"]
    twice = pa.concat_tables([cells, cells.slice(3, 1)])
    failed = [o for o in validate_table("table_cells", twice, {**frames, "table_cells": twice}, lambda ids: {})
              if not o.success and o.family == "keys"]
    assert [o.check for o in failed] == ["expect_compound_columns_to_be_unique"]
    assert failed[0].details == f"2 of {twice.num_rows} rows unexpected"
    assert failed[0].samples[0]["value"]["table_id"] == cells.column("table_id")[3].as_py()
