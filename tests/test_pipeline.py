"""End to end: the Dagster graph builds a release that reads back, reproduces the committed Parquet byte for
byte, opens in DuckDB 1.x, and never replaces a good release with a bad one."""
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.release import DUCKDB_NAME, ReleaseError, publish_release
from pipeline.schema import REGISTRY
from tests.conftest import PUBLISHED, copy_work, run_build, work_paths


def digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_release_has_every_file(fresh_release):
    names = {p.name for p in fresh_release.iterdir()}
    assert {f"{t}.parquet" for t in REGISTRY} | {f"{t}.csv" for t in REGISTRY} | \
        {DUCKDB_NAME, "datapackage.json", "README.md", "validation.html", "views.sql"} <= names


def test_fresh_run_reproduces_the_committed_parquet_byte_for_byte(fresh_release):
    for name in REGISTRY:
        committed = (PUBLISHED / f"{name}.parquet").read_bytes()
        assert (fresh_release / f"{name}.parquet").read_bytes() == committed, f"{name}.parquet differs: run `make data`"


def test_parquet_schemas_come_from_the_registry(fresh_release):
    for name, schema in REGISTRY.items():
        table = pq.read_table(fresh_release / f"{name}.parquet")
        assert table.schema.equals(schema.arrow_schema()), name


def test_release_reads_back_in_duckdb_with_comments_and_views(fresh_release):
    con = duckdb.connect(str(fresh_release / DUCKDB_NAME), read_only=True)
    counts = {name: con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] for name in REGISTRY}
    assert counts == {name: pq.read_metadata(fresh_release / f"{name}.parquet").num_rows for name in REGISTRY}
    assert counts["documents"] == 5
    comment = con.execute("SELECT comment FROM duckdb_columns() WHERE table_name = 'metrics' AND column_name = 'quote'").fetchone()[0]
    assert comment == REGISTRY["metrics"].column("quote").description
    burglary = con.execute("SELECT cells['Burglary'] FROM table_wide('casey-review-2023', 'Figure 1.2') "
                           "WHERE row_label = 'Number of offences'").fetchone()[0]
    assert burglary == "53,864"
    inadequate = con.execute("SELECT area FROM judgments_cited WHERE grade = 'Inadequate' AND framework = 'PEEL 2021/22'").fetchall()
    assert inadequate == [("Responding to the public",)]
    con.close()


def test_duckdb_file_opens_in_a_1x_client(fresh_release):
    cli = Path(sys.executable).parent / "duckdb"
    if not cli.exists():
        cli = shutil.which("duckdb")
    assert cli, "the duckdb-cli test dependency is not installed"
    version = subprocess.run([str(cli), "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith("v1."), version
    out = subprocess.run([str(cli), "-readonly", str(fresh_release / DUCKDB_NAME), "-csv", "-noheader", "-c",
                          "SELECT count(*) FROM documents; SELECT grade FROM judgments WHERE area = 'Responding to the public';"],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out == ["5", "Inadequate"]


def test_datapackage_describes_the_files_and_licences(fresh_release):
    package = json.loads((fresh_release / "datapackage.json").read_text(encoding="utf-8"))
    assert package["$schema"].endswith("/2.0/datapackage.json")
    for resource in package["resources"]:
        path = fresh_release / resource["path"]
        assert resource["hash"] == "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()
        assert [f["name"] for f in resource["schema"]["fields"]] == REGISTRY[resource["name"]].column_names
    assert {s["licence"] for s in package["sources"]} == {"OGL-UK-3.0", "Open-Parliament-Licence-3.0", "no-licence-stated"}
    assert all(s["path"].startswith("https://") for s in package["sources"])


def test_data_dictionary_and_validation_report(fresh_release):
    dictionary = (fresh_release / "README.md").read_text(encoding="utf-8")
    for name, schema in REGISTRY.items():
        assert f"### `{name}`" in dictionary
        assert all(f"`{c.name}`" in dictionary for c in schema.columns)
    report = (fresh_release / "validation.html").read_text(encoding="utf-8")
    assert "0 failed (blocking)" in report and "provenance" in report


def test_committed_data_dictionary_is_current(fresh_release):
    for name in ("README.md", "datapackage.json"):
        assert (fresh_release / name).read_text(encoding="utf-8") == (PUBLISHED / name).read_text(encoding="utf-8"), name


def test_bad_source_fails_the_run_and_keeps_the_last_release(tmp_path, raw_copy, fresh_work):
    work = copy_work(fresh_work, tmp_path / "work")
    before = digest(work / "published")
    with open(raw_copy / "casey-review-2023.txt", "ab") as f:
        f.write(b"tampered")
    result, _ = run_build(raw_copy, work)
    assert not result.success
    from assets.build import root_cause

    failure = next(e for e in result.all_events if e.event_type_value == "STEP_FAILURE")
    assert failure.step_key == "parsed_document"
    message = root_cause(failure.event_specific_data.error)
    assert "data/raw/casey-review-2023.txt: sha256 mismatch for 'casey-review-2023'" not in message  # a copy, not data/raw
    assert f"{raw_copy}/casey-review-2023.txt: sha256 mismatch for 'casey-review-2023'" in message and "manifest says a760977a" in message
    assert message.startswith("1 of 5 documents could not be read; the release is not published")
    assert digest(work / "published") == before


def _checked(tmp_path: Path, fresh_work: Path) -> tuple[Path, Path, Path]:
    """Copies of a build's combined tables and check records, and of its release."""
    work = copy_work(fresh_work, tmp_path / "work")
    return work / "staging" / "combined", work / "staging" / "checks", work / "published"


def test_failed_check_blocks_publishing_and_keeps_the_last_release(tmp_path, fresh_work):
    from pipeline.validate import read_check_record

    combined, checks, published = _checked(tmp_path, fresh_work)
    before = digest(published)
    record = json.loads((checks / "metrics.json").read_text(encoding="utf-8"))
    provenance = next(o for o in record["outcomes"] if o["family"] == "provenance")
    provenance.update(success=False, details="1 of 1338 rows do not point at their quote")
    (checks / "metrics.json").write_text(json.dumps(record), encoding="utf-8")
    with pytest.raises(ReleaseError, match=r"\[FAILED\] metrics: provenance: quote == text\[char_start:char_end\].* - 1 of 1338 rows"):
        publish_release(combined, checks, published)
    assert digest(published) == before
    assert sorted(p.name for p in (tmp_path / "work" / "releases").iterdir()) == [os.readlink(published).split("/")[-1]]


def test_release_publishes_only_the_files_that_were_checked(tmp_path, fresh_work):
    combined, checks, published = _checked(tmp_path, fresh_work)
    before = digest(published)
    table = pq.read_table(combined / "judgments.parquet")
    pq.write_table(table.slice(1), combined / "judgments.parquet")  # changed after its checks ran
    with pytest.raises(ReleaseError, match=r"judgments\.parquet is not the file the checks of judgments validated"):
        publish_release(combined, checks, published)
    assert digest(published) == before


def test_release_writes_validation_report_from_the_check_outcomes(tmp_path, fresh_work):
    combined, checks, published = _checked(tmp_path, fresh_work)
    (published.parent / "releases" / os.readlink(published).split("/")[-1] / "validation.html").unlink()
    switch, outcomes = publish_release(combined, checks, published)
    assert switch.changed  # the current folder lacked a file: a new, whole release was switched in
    assert len(outcomes) == sum(len(json.loads(p.read_text())["outcomes"]) for p in checks.glob("*.json"))
    report = (published / "validation.html").read_text(encoding="utf-8")
    assert f"{len(outcomes)} checks: <strong>{sum(o.success for o in outcomes)} passed</strong>" in report
    assert report == (PUBLISHED / "validation.html").read_text(encoding="utf-8")


def test_sensor_requests_runs_for_added_or_changed_documents(tmp_path, raw_copy):
    from dagster import build_sensor_context, instance_for_test

    from assets.automation import raw_documents_sensor

    paths = work_paths(raw_copy, tmp_path / "work")  # nothing built yet: the first evaluation requests everything
    with instance_for_test() as instance:
        first = raw_documents_sensor(build_sensor_context(instance=instance, resources={"paths": paths}))
        doc_ids = sorted(e.doc_id for e in paths.manifest())
        [request] = first.run_requests
        assert request.tags["met_scrutiny/changed_documents"] == ",".join(doc_ids)
        assert sorted(first.dynamic_partitions_requests[0].partition_keys) == doc_ids
        assert request.tags["dagster/asset_partition_range_start"] == doc_ids[0]
        instance.add_dynamic_partitions("doc_id", first.dynamic_partitions_requests[0].partition_keys)  # as the daemon does
        again = raw_documents_sensor(build_sensor_context(instance=instance, cursor=first.cursor, resources={"paths": paths}))
        assert again.run_requests == [] and again.skip_reason.skip_message.startswith("no added, changed or removed")
        text = (raw_copy / "peel-2016-effectiveness-met.txt").read_bytes() + b"\nA new line.\n"
        (raw_copy / "peel-2016-effectiveness-met.txt").write_bytes(text)
        changed = raw_documents_sensor(build_sensor_context(instance=instance, cursor=first.cursor, resources={"paths": paths}))
        [request] = changed.run_requests
        assert request.tags["met_scrutiny/changed_documents"] == "peel-2016-effectiveness-met"
        assert request.run_key is None and not changed.dynamic_partitions_requests
        assert request.run_config == {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}  # quiet `make dev`


def test_schedule_rebuilds_every_registered_document():
    from dagster import build_schedule_context, instance_for_test

    from assets.automation import weekly_rebuild
    from assets.parsing import doc_partitions

    with instance_for_test() as instance:
        instance.add_dynamic_partitions(doc_partitions.name, ["a-doc", "b-doc"])
        request = weekly_rebuild(build_schedule_context(instance=instance))
        assert request.tags["dagster/asset_partition_range_start"] == "a-doc"
        assert request.tags["dagster/asset_partition_range_end"] == "b-doc"
        assert request.run_config["loggers"]["console"]["config"]["log_level"] == "WARNING"


def test_definitions_load_with_partitions_checks_sensor_and_schedule():
    from assets.definitions import defs

    repo = defs.get_repository_def()
    assert repo.get_sensor_def("raw_documents_sensor") and repo.get_schedule_def("weekly_rebuild")
    keys = {k.to_user_string() for k in repo.asset_graph.get_all_asset_keys()}
    assert keys == {"parsed_document", "release", *REGISTRY}
    from pipeline.validate import check_families

    checks = {k.name for k in repo.asset_graph.asset_check_keys}
    assert checks == {f"{n}_{family}" for n in REGISTRY for family in check_families(n)}
    assert {"metrics_schema", "metrics_keys", "metrics_provenance", "metrics_rules", "indicators_keys"} <= checks
    assert "indicators_provenance" not in checks and len(checks) == 30
    assert all(repo.asset_graph.get_check_spec(k).blocking for k in repo.asset_graph.asset_check_keys)


def sql_blocks(markdown: str) -> list[str]:
    """Each SQL statement of the ```sql blocks in a markdown text (comment-only pieces dropped)."""
    import re

    pieces = [p for block in re.findall(r"```sql\n(.*?)```", markdown, re.S) for p in block.split(";")]
    return [p.strip() for p in pieces if any(line.strip() and not line.strip().startswith("--") for line in p.splitlines())]


def test_every_sql_example_runs(fresh_release):
    from pipeline.views import EXAMPLES_MARKDOWN
    from tests.conftest import ROOT

    con = duckdb.connect(str(fresh_release / DUCKDB_NAME), read_only=True)
    examples = sql_blocks((ROOT / "README.md").read_text(encoding="utf-8")) + sql_blocks(EXAMPLES_MARKDOWN)
    assert len(examples) >= 8
    for statement in examples:
        rows = con.execute(statement.replace("data/published/", str(fresh_release) + "/")).fetchall()
        assert rows, f"example returned no rows:\n{statement}"
    con.close()
