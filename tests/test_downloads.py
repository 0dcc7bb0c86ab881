"""Files any tool opens: CSV beside the Parquet files, a Frictionless-valid datapackage, views.sql over the
Parquet files alone, CITATION.cff and LICENSE, and a validation report per table."""
import pytest
import csv
import json
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import yaml

from pipeline.release import DUCKDB_NAME, csv_cell
from pipeline.schema import REGISTRY
from tests.conftest import PUBLISHED, ROOT
from tests.test_pipeline import sql_blocks

COMMITTED = ["README.md", "datapackage.json", "validation.html", "views.sql",
             *[f"{t}.parquet" for t in REGISTRY], *[f"{t}.csv" for t in REGISTRY]]


def test_every_committed_file_is_rebuilt_byte_for_byte(fresh_release):
    for name in COMMITTED:
        assert (fresh_release / name).read_bytes() == (PUBLISHED / name).read_bytes(), f"{name} differs: run `make data`"


def test_csv_has_the_parquet_rows_in_rfc_4180(fresh_release):
    for name in REGISTRY:
        raw = (fresh_release / f"{name}.csv").read_bytes()
        assert not raw.startswith(b"\xef\xbb\xbf"), f"{name}.csv has a byte-order mark"
        assert raw.count(b"\r\n") >= 1 and raw.endswith(b"\r\n"), f"{name}.csv: records should end with CRLF"
        with open(fresh_release / f"{name}.csv", encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        table = pq.read_table(fresh_release / f"{name}.parquet")
        assert rows[0] == REGISTRY[name].column_names
        assert rows[1:] == [[csv_cell(r[c]) for c in table.column_names] for r in table.to_pylist()], name


def test_csv_values_read_back(fresh_release):
    with open(fresh_release / "judgments.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    inadequate = [r for r in rows if r["grade"] == "Inadequate" and r["framework"] == "PEEL 2021/22"]
    assert [r["area"] for r in inadequate] == ["Responding to the public"]
    with open(fresh_release / "table_cells.csv", encoding="utf-8", newline="") as f:
        cells = list(csv.DictReader(f))
    burglary = [c for c in cells if c["text"] == "53,864"]
    assert burglary and burglary[0]["value"] == "53864.0" and burglary[0]["unit"] == "count"
    assert csv_cell(None) == "" and csv_cell(True) == "true" and csv_cell(2.5) == "2.5"


def test_datapackage_has_version_date_licence_and_csv_resources(fresh_release):
    package = json.loads((fresh_release / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"] == "0.16.0"
    assert package["created"] == "2026-12-08T00:00:00Z"  # the date of version 0.16.0 in CHANGELOG.md
    assert package["licenses"][0]["name"] == "OGL-UK-3.0"
    assert [r["path"] for r in package["resources"]] == [f"{t}.csv" for t in REGISTRY]
    assert {(r["format"], r["mediatype"], r["encoding"]) for r in package["resources"]} == {("csv", "text/csv", "utf-8")}
    assert [p["path"] for p in package["parquet"]] == [f"{t}.parquet" for t in REGISTRY]
    metrics = next(r for r in package["resources"] if r["name"] == "metrics")
    types = {f["name"]: f["type"] for f in metrics["schema"]["fields"]}
    assert (types["value"], types["line"], types["in_quotation"], types["period_start"]) == ("number", "integer", "boolean", "date")
    assert metrics["schema"]["primaryKey"] == ["metric_id"]
    assert {"fields": ["doc_id"], "reference": {"resource": "documents", "fields": ["doc_id"]}} in metrics["schema"]["foreignKeys"]


def test_frictionless_validates_the_committed_release():
    from frictionless import validate

    report = validate(str(PUBLISHED / "datapackage.json"))
    errors = [e for task in report.tasks for e in task.errors] + list(report.errors)
    assert report.valid and not errors, "\n".join(str(e) for e in errors[:20])
    assert sorted(task.name for task in report.tasks) == sorted(REGISTRY)
    # frictionless leaves `rows` out of the stats of a table with no rows (grade_counts)
    assert sum(task.stats.get("rows", 0) for task in report.tasks) == sum(
        pq.read_metadata(PUBLISHED / f"{t}.parquet").num_rows for t in REGISTRY)


def examples() -> list[str]:
    from pipeline.views import EXAMPLES_MARKDOWN

    found = sql_blocks((ROOT / "README.md").read_text(encoding="utf-8")) + sql_blocks(EXAMPLES_MARKDOWN)
    assert len(found) >= 8
    return found


def download_folder(release: Path, target: Path) -> Path:
    """What a user downloads to query without the DuckDB file: the Parquet files and views.sql."""
    target.mkdir()
    for name in REGISTRY:
        shutil.copyfile(release / f"{name}.parquet", target / f"{name}.parquet")
    shutil.copyfile(release / "views.sql", target / "views.sql")
    assert not (target / DUCKDB_NAME).exists()
    return target


def test_every_sql_example_runs_on_views_sql_over_the_parquet_files(fresh_release, tmp_path, monkeypatch):
    folder = download_folder(fresh_release, tmp_path / "download")
    monkeypatch.chdir(folder)
    con = duckdb.connect()
    con.execute(open("views.sql", encoding="utf-8").read())
    for statement in examples():
        rows = con.execute(statement.replace("data/published/", "")).fetchall()
        assert rows, f"example returned no rows on views.sql:\n{statement}"
    burglary = con.execute("SELECT cells['Burglary'] FROM table_wide('casey-review-2023', 'Figure 1.2') "
                           "WHERE row_label = 'Number of offences'").fetchone()[0]
    assert burglary == "53,864"
    con.close()


def test_views_sql_runs_in_the_duckdb_1x_cli(fresh_release, tmp_path):
    folder = download_folder(fresh_release, tmp_path / "download")
    cli = Path(sys.executable).parent / "duckdb"
    assert cli.exists(), "the duckdb-cli test dependency is not installed"
    out = subprocess.run([str(cli), "-csv", "-noheader", "-c", ".read views.sql", "-c",
                          "SELECT area FROM judgments_cited WHERE grade = 'Inadequate' AND framework = 'PEEL 2021/22'"],
                         cwd=folder, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "Responding to the public", out.stderr


def test_citation_cff_and_licence():
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert {"cff-version", "message", "title", "authors"} <= set(citation)
    assert citation["cff-version"] == "1.2.0"
    assert citation["authors"] and all("name" in a or "family-names" in a for a in citation["authors"])
    package = json.loads((PUBLISHED / "datapackage.json").read_text(encoding="utf-8"))
    assert citation["version"] == package["version"]
    assert str(citation["date-released"]) == package["created"][:10]
    assert citation["license"] == "OGL-UK-3.0"
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    dictionary = (PUBLISHED / "README.md").read_text(encoding="utf-8")
    assert "## Licence" in dictionary and "Open Government Licence v3.0" in dictionary
    assert "| `percent` |" in dictionary  # units explained


def test_validation_report_has_a_summary_per_table_and_the_inputs(fresh_release):
    report = (fresh_release / "validation.html").read_text(encoding="utf-8")
    package = json.loads((fresh_release / "datapackage.json").read_text(encoding="utf-8"))
    for name in REGISTRY:
        assert f"<h3 id='{name}'>{name}</h3>" in report
    assert "<p class='summary'>22 rows; " in report  # judgments
    assert "Release 0.16.0, dated 2026-12-08" in report
    for source in package["sources"]:
        assert source["sha256"] in report
    # a section lists its failures and warnings before its passed checks
    for section in report.split("<h3 ")[1:]:
        problems = [i for i in (section.find("<div class='warning'>"), section.find("<div class='failed'>")) if i >= 0]
        assert all(i < section.index("<details>") for i in problems)


def test_validation_report_puts_failures_and_warnings_first_with_their_rows():
    import pyarrow as pa

    from pipeline.outcomes import CheckOutcome
    from pipeline.release import validation_html

    documents = pa.table({"doc_id": ["a"], "published": ["2022-11"], "sha256": ["ab" * 32]})
    outcomes = [CheckOutcome("metrics", "unit in vocabulary", True),
                CheckOutcome("metrics", "totals add up", False, blocking=False, details="1 row",
                             samples=[{"metric_id": "a/m1", "value": 12.5}]),
                CheckOutcome("tables", "keys unique", False, details="2 rows", samples=[{"table_id": "a/t1"}])]
    report = validation_html(outcomes, {"metrics": 3, "tables": 1}, documents)
    metrics = report.split("<h3 id='metrics'>")[1].split("<h3 ")[0]
    assert "<p class='summary'>3 rows; 1 passed, 1 warnings, 0 failed</p>" in metrics
    assert metrics.index("totals add up") < metrics.index("unit in vocabulary")
    assert "<td>a/m1</td><td>12.5</td>" in metrics
    assert "<p class='summary'>1 rows; 0 passed, 0 warnings, 1 failed</p>" in report
    assert "dated 2026-12-08" in report and "ab" * 32 in report


def test_the_release_date_is_the_versions_date_in_the_changelog(tmp_path):
    from pipeline.release import ReleaseError, release_date

    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## 1.2.0 — 2027-01-15\n\n- New tables.\n\n## 1.1.0 — 2026-12-01\n", encoding="utf-8")
    assert release_date("1.1.0", changelog) == "2026-12-01"
    with pytest.raises(ReleaseError, match=r"CHANGELOG.md: expected a heading '## 1.3.0 — YYYY-MM-DD'"):
        release_date("1.3.0", changelog)
