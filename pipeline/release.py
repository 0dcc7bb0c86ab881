"""The release: Parquet, DuckDB, datapackage.json, data dictionary and validation report.

A release is made only of the tables the asset checks validated (verified by sha256), written to a
temporary folder and switched in whole (pipeline/publish.py). On any failure the previous release stays.
"""
from __future__ import annotations

import csv
import hashlib
import html
import inspect
import io
import json
import os
import re
import shutil
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import REGISTRY, TableSchema, data_dictionary_markdown, duckdb_comments, duckdb_type, \
    frictionless_schema
from pipeline.publish import Switch, current_release, file_sha256, publish_folder
from pipeline.validate import CheckOutcome, blocking_failures, read_check_record
from pipeline.views import views_sql_file
from pipeline.vocabulary import UNIT_MEANINGS

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DUCKDB_NAME = "met_scrutiny.duckdb"
VIEWS_SQL_NAME = "views.sql"
DUCKDB_STORAGE_VERSION = "v1.0.0"
LICENCES = {
    "OGL-UK-3.0": {"name": "OGL-UK-3.0", "title": "Open Government Licence v3.0",
                   "path": "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"},
    "Open-Parliament-Licence-3.0": {"name": "Open-Parliament-Licence-3.0", "title": "Open Parliament Licence v3.0",
                                    "path": "https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/"},
    "no-licence-stated": {"name": "no-licence-stated",
                          "title": "No licence stated by the publisher: all rights reserved by the rights holder; "
                                   "facts quoted here for reference and research"},
}


class ReleaseError(RuntimeError):
    """The release failed validation or could not be written; the previous release is untouched."""


def project_version(pyproject: Path = PROJECT_ROOT / "pyproject.toml") -> str:
    """The project version of pyproject.toml ([project] version), e.g. `0.3.0`."""
    try:
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise ReleaseError(f"{pyproject}: expected a [project] table with a `version`: {exc!r}") from exc


def release_date(version: str | None = None, changelog: Path = PROJECT_ROOT / "CHANGELOG.md") -> str:
    """The release date: the date of the project version's heading in CHANGELOG.md (`## 0.4.0 — 2026-11-24`).
    Stated by the maintainer with the version, so a rebuild of the same inputs is byte-identical."""
    version = version or project_version()
    try:
        text = changelog.read_text(encoding="utf-8")
    except OSError as exc:
        raise ReleaseError(f"{changelog}: cannot read it for the date of release {version}: {exc}") from exc
    m = re.search(rf"^## {re.escape(version)} [—–-] (\d{{4}}-\d{{2}}-\d{{2}})\s*$", text, re.MULTILINE)
    if not m:
        raise ReleaseError(f"{changelog}: expected a heading '## {version} — YYYY-MM-DD' for the version in pyproject.toml")
    return m.group(1)


def csv_cell(value) -> str:
    """One value as CSV text: null empty, booleans `true`/`false`, dates ISO, numbers as Python prints them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def csv_rows(table: pa.Table) -> bytes:
    """Rows of `table` as CSV records (no header), UTF-8: RFC 4180, CRLF between records."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=",", quotechar='"', doublequote=True, quoting=csv.QUOTE_MINIMAL,
                        lineterminator="\r\n")
    # column by column and in slices: no dict per row (the slow part at 1,000s of documents), bounded memory
    for batch in table.to_batches(max_chunksize=50_000):
        columns = [[csv_cell(v) for v in column.to_pylist()] for column in batch.columns]
        writer.writerows(zip(*columns))
    return out.getvalue().encode("utf-8")


CSV_CODE = hashlib.sha256(b"".join(inspect.getsource(f).encode() for f in (csv_cell, csv_rows))).hexdigest()


def document_runs(table: pa.Table) -> list[tuple[int, int]]:
    """(offset, length) of each run of rows with the same doc_id (one per document: tables are sorted by doc_id),
    or the whole table when it has no doc_id."""
    if "doc_id" not in table.column_names or table.num_rows == 0:
        return [(0, table.num_rows)]
    runs, start, ids = [], 0, table.column("doc_id").to_pylist()
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[start]:
            runs.append((start, i - start))
            start = i
    return runs


def write_csv(parquet_path: Path, csv_path: Path, cache_dir: Path | None = None) -> None:
    """The Parquet file as CSV: UTF-8 without BOM, RFC 4180 (comma, fields with a comma, quote or line break
    quoted, quotes doubled, CRLF between records), a header row, rows in the Parquet file's order.

    With `cache_dir`, each document's records are kept there under the hash of its rows (Arrow IPC) and of the CSV
    code, and reused: a release that adds one document to thousands formats that document's rows only. Records of
    rows no longer in the table are removed."""
    table = pq.read_table(parquet_path)
    header = io.StringIO()
    csv.writer(header, lineterminator="\r\n").writerow(table.column_names)
    used = set()
    with open(csv_path, "wb") as f:
        f.write(header.getvalue().encode("utf-8"))
        for offset, length in document_runs(table):
            rows = table.slice(offset, length).combine_chunks()
            if cache_dir is None:
                f.write(csv_rows(rows))
                continue
            sink = pa.BufferOutputStream()
            with pa.ipc.new_stream(sink, rows.schema) as stream:
                stream.write_table(rows)
            digest = hashlib.sha256(CSV_CODE.encode() + sink.getvalue().to_pybytes()).hexdigest()
            cached = Path(cache_dir) / f"{digest}.csv"
            used.add(cached.name)
            try:
                data = cached.read_bytes()
            except FileNotFoundError:
                data = csv_rows(rows)
                cached.parent.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_name(f".{cached.name}.{os.getpid()}.tmp")
                tmp.write_bytes(data)
                os.replace(tmp, cached)
            f.write(data)
    if cache_dir is not None and Path(cache_dir).is_dir():
        for old in Path(cache_dir).glob("*.csv"):
            if old.name not in used:
                old.unlink()


def to_arrow(name: str, rows: list[dict]) -> pa.Table:
    """Rows as an Arrow table with the registry's schema, sorted by the table's stable key."""
    schema = REGISTRY[name]
    for i, row in enumerate(rows):
        missing = [c for c in schema.column_names if c not in row]
        if missing:
            raise ValueError(f"{name}: row {i} lacks column(s) {', '.join(missing)}: {dict(list(row.items())[:4])}")
    table = pa.Table.from_pylist([{c: r[c] for c in schema.column_names} for r in rows], schema=schema.arrow_schema())
    return sort_table(schema, table)


def sort_table(schema: TableSchema, table: pa.Table) -> pa.Table:
    if table.num_rows == 0:
        return table
    return table.sort_by([(k, "ascending") for k in schema.sort_key])


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd", compression_level=9, use_dictionary=True,
                   write_statistics=True, row_group_size=1_000_000)


def build_duckdb(folder: Path, names: list[str]) -> Path:
    """Every table with its registry comments, plus views for users; readable by DuckDB 1.x clients."""
    import duckdb  # noqa: PLC0415

    from pipeline.views import VIEWS_SQL  # noqa: PLC0415

    path = folder / DUCKDB_NAME
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{path}' AS rel (STORAGE_VERSION '{DUCKDB_STORAGE_VERSION}')")
        con.execute("USE rel")
        for name in names:
            schema = REGISTRY[name]
            cols = ", ".join(f"{c.name} {duckdb_type(c.type)}{'' if c.nullable else ' NOT NULL'}" for c in schema.columns)
            con.execute(f"CREATE TABLE {name} ({cols})")
            con.execute(f"INSERT INTO {name} SELECT * FROM read_parquet('{folder / (name + '.parquet')}')")
            for statement in duckdb_comments(schema):
                con.execute(statement)
        for statement in VIEWS_SQL:
            con.execute(statement)
        con.execute("CHECKPOINT")
    finally:
        con.close()
    return path


def file_entry(path: Path) -> dict:
    return {"path": path.name, "bytes": path.stat().st_size, "hash": f"sha256:{file_sha256(path)}"}


def datapackage(folder: Path, names: list[str], documents: pa.Table, omitted: dict[str, str]) -> dict:
    """Frictionless Data Package v2: the resources are the CSV files (what `frictionless validate` reads);
    the Parquet copies of the same tables are listed under the custom key `parquet`."""
    docs = documents.to_pylist()
    licence_ids = ["OGL-UK-3.0"] + sorted({d["licence"] for d in docs} - {"OGL-UK-3.0"})
    resources = []
    for name in names:
        resources.append({
            "name": name, **file_entry(folder / f"{name}.csv"), "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8", "description": REGISTRY[name].description,
            "schema": frictionless_schema(REGISTRY[name]),
        })
    return {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "met-scrutiny",
        "title": "Met scrutiny: official reports about the Metropolitan Police Service as data",
        "description": "Tables, narrative metrics, graded judgments and findings extracted from official reports about "
                       "the Metropolitan Police Service. Every row carries the exact quote, character span, line and "
                       "printed page it came from. " + data_licence(docs),
        "version": project_version(),
        "created": release_date() + "T00:00:00Z",
        "licenses": [LICENCES.get(l, {"name": l}) for l in licence_ids],
        "sources": [{"title": d["title"], "path": d["landing_url"], "publisher": d["publisher"],
                     "published": d["published"], "licence": d["licence"], "doc_id": d["doc_id"],
                     "sha256": d["sha256"], "url_verified": d["landing_url_verified"]} for d in docs],
        "resources": resources,
        "parquet": [{"name": name, **file_entry(folder / f"{name}.parquet"), "format": "parquet",
                     "mediatype": "application/vnd.apache.parquet"} for name in names],
        # documents of the manifest that could not be read and were left out by the maintainer's choice
        **({"omitted_sources": [{"doc_id": d, "reason": why} for d, why in sorted(omitted.items())]} if omitted else {}),
    }


def data_licence(docs: list[dict]) -> str:
    """The licence statement of a release, from its documents' `licence` (the LICENCES registry gives the titles):
    the compilation is under the OGL, and each row keeps its document's licence."""
    others: dict[str, list[str]] = {}
    for d in docs:
        if d["licence"] != "OGL-UK-3.0":
            others.setdefault(d["licence"], []).append(d["short_title"])
    text = ("The compiled data (the tables, their structure and the values extracted into them) is released under "
            "the Open Government Licence v3.0 (OGL-UK-3.0). Each row keeps the licence of the document it was read "
            "from (`documents.licence`).")
    for licence, titles in sorted(others.items()):
        title = LICENCES.get(licence, {}).get("title", licence)
        text += f" {', '.join(sorted(titles))}: {title}."
    return text


def data_dictionary(documents: pa.Table, counts: dict[str, int]) -> str:
    from pipeline.views import EXAMPLES_MARKDOWN  # noqa: PLC0415

    rows = ["| doc_id | title | publisher | published | licence | landing page |", "|---|---|---|---|---|---|"]
    for d in documents.to_pylist():
        verified = "" if d["landing_url_verified"] else " (unverified)"
        rows.append(f"| `{d['doc_id']}` | {d['title']} | {d['publisher']} | {d['published']} | {d['licence']} | "
                    f"{d['landing_url']}{verified} |")
    table_counts = ["| table | rows |", "|---|---|"] + [f"| `{n}` | {c} |" for n, c in counts.items()]
    return "\n".join([
        "# Met scrutiny open dataset: data dictionary", "",
        "Generated from the schema registry (`pipeline/schema.py`) by the release step; do not edit by hand.", "",
        f"Release {project_version()}, dated {release_date()}.", "",
        "## Licence", "", data_licence(documents.to_pylist()), "",
        "Every fact row carries provenance: `doc_id`, `line`, `char_start`/`char_end` (0-based, end-exclusive "
        "offsets into the raw file decoded as UTF-8, so `quote == text[char_start:char_end]`), `quote`, `page` "
        "(the printed page where the document pins the fact to one page, else null), `page_start`/`page_end` (the pages "
        "that bound it), `section_id`, `source_url` and "
        "`citation`.", "",
        "Units form one controlled vocabulary across tables (`pipeline/vocabulary/genre.yaml`); a value's `unit` "
        "says how to read `value` (and `value_high`, `base_value`, `comparator_value`):", "",
        "| unit | meaning |", "|---|---|",
        *[f"| `{u}` | {UNIT_MEANINGS[u]} |" for u in REGISTRY['metrics'].column('unit').allowed], "",
        "## Files", "",
        "- `<table>.parquet`: one file per table (zstd, rows sorted by the key below, byte-identical across runs).",
        "- `<table>.csv`: the same table as CSV: UTF-8 without byte-order mark, RFC 4180 (comma separator, CRLF line "
        "ends, fields with a comma, quote or line break in double quotes, quotes doubled), one header row, same row "
        "order; null is an empty field, booleans `true`/`false`, dates `YYYY-MM-DD`.",
        f"- `{VIEWS_SQL_NAME}`: the views and macros below over the Parquet files of this folder, by relative path: "
        f"from this folder run `duckdb -c \".read {VIEWS_SQL_NAME}\"` (or `duckdb` then `.read {VIEWS_SQL_NAME}`), or in "
        f"Python `con = duckdb.connect(); con.execute(open('{VIEWS_SQL_NAME}').read())`.",
        f"- `{DUCKDB_NAME}`: every table with column comments, plus views (rebuilt by `make data`; readable by DuckDB 1.x and 2.x).",
        "- `datapackage.json`: Frictionless Data Package v2 with version, date, schemas, hashes, sources and licences; "
        "its `resources` are the CSV files (`frictionless validate datapackage.json` passes), the Parquet files are "
        "listed under `parquet`.",
        "- `validation.html`: the validation report of this release.", "",
        "## Sources", "", *rows, "",
        "## Row counts", "", *table_counts, "",
        data_dictionary_markdown(),
        EXAMPLES_MARKDOWN,
    ]) + "\n"


def outcome_status(o: CheckOutcome) -> str:
    return "passed" if o.success else ("failed" if o.blocking else "warning")


def sample_table(samples: list[dict]) -> str:
    """The offending rows of a check as an HTML table (columns in the order of the first row)."""
    if not samples:
        return ""
    columns = list(dict.fromkeys(k for s in samples for k in s))
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('' if s.get(c) is None else str(s.get(c)))}</td>" for c in columns)
                   + "</tr>" for s in samples)
    return f"<table class='rows'><tr>{head}</tr>{body}</table>"


def validation_html(outcomes: list[CheckOutcome], counts: dict[str, int], documents: pa.Table) -> str:
    """The validation report: totals, the release's version, date and input hashes, then per table a summary
    line (passed, warnings, failed) with its failures and warnings first (with offending rows), then its
    passed checks. Written from deterministic inputs only (no clock, no commit), so rebuilds are identical."""
    e = html.escape
    passed = sum(o.success for o in outcomes)
    warnings = sum(1 for o in outcomes if not o.success and not o.blocking)
    failed = len(blocking_failures(outcomes))
    inputs = "".join(f"<tr><td>{e(d['doc_id'])}</td><td>{e(d['published'])}</td><td><code>{e(d['sha256'])}</code></td></tr>"
                     for d in documents.select(["doc_id", "published", "sha256"]).to_pylist())
    order = {"failed": 0, "warning": 1, "passed": 2}
    sections = []
    for table in [*counts, *sorted({o.table for o in outcomes} - set(counts))]:
        mine = sorted((o for o in outcomes if o.table == table), key=lambda o: order[outcome_status(o)])
        n = {k: sum(outcome_status(o) == k for o in mine) for k in order}
        problems = "".join(
            f"<div class='{outcome_status(o)}'><p><strong>{outcome_status(o)}</strong> ({e(o.family)}) {e(o.check)}"
            f"{': ' + e(o.details) if o.details else ''}</p>{sample_table(o.samples)}</div>"
            for o in mine if not o.success)
        ok = "".join(f"<li>({e(o.family)}) {e(o.check)}</li>" for o in mine if o.success)
        sections.append(
            f"<h3 id='{e(table)}'>{e(table)}</h3>\n<p class='summary'>{counts.get(table, 0)} rows; {n['passed']} passed, "
            f"{n['warning']} warnings, {n['failed']} failed</p>\n{problems}"
            f"<details><summary>{n['passed']} passed checks</summary><ul>{ok}</ul></details>")
    summary_rows = "".join(
        f"<tr><td><a href='#{e(t)}'>{e(t)}</a></td><td>{c}</td>"
        + "".join(f"<td>{sum(outcome_status(o) == k for o in outcomes if o.table == t)}</td>" for k in ("passed", "warning", "failed"))
        + "</tr>" for t, c in counts.items())
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Met scrutiny release: validation report</title>
<style>body{{font-family:system-ui,sans-serif;margin:2rem;max-width:80rem}}table{{border-collapse:collapse}}
td,th{{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}}
div.failed{{background:#fde2e1;padding:.2rem .6rem;margin:.4rem 0}}div.warning{{background:#fff4cc;padding:.2rem .6rem;margin:.4rem 0}}
table.rows td{{font-family:monospace;font-size:.8rem}}p.summary{{font-weight:bold}}</style></head><body>
<h1>Validation report</h1>
<p>Release {e(project_version())}, dated {e(release_date())}.</p>
<p>{len(outcomes)} checks: <strong>{passed} passed</strong>, {failed} failed (blocking), {warnings} warnings
(non-blocking findings, such as printed totals that differ from the sum of their parts by more than rounding).</p>
<h2>Per table</h2>
<table><tr><th>table</th><th>rows</th><th>passed</th><th>warnings</th><th>failed</th></tr>{summary_rows}</table>
<h2>Inputs</h2>
<table><tr><th>doc_id</th><th>published</th><th>sha256 of the source file</th></tr>{inputs}</table>
<h2>Checks by table (failures and warnings first)</h2>
{chr(10).join(sections)}
</body></html>
"""


def verify_checked(combined_dir: Path, checks_dir: Path) -> list[CheckOutcome]:
    """The outcomes of every table's checks, after verifying by sha256 that each file they read is still the
    file in `combined_dir`; raise ReleaseError if a table was not checked, changed since, or failed."""
    outcomes = []
    for name in REGISTRY:
        record = Path(checks_dir) / f"{name}.json"
        if not record.is_file():
            raise ReleaseError(f"{name}: no check results in {record}; run the asset checks of {name} first")
        inputs, table_outcomes = read_check_record(record)
        for table, checked in inputs.items():
            actual = file_sha256(Path(combined_dir) / f"{table}.parquet")
            if actual != checked:
                raise ReleaseError(f"{table}.parquet is not the file the checks of {name} validated (sha256 {actual}, "
                                   f"checked {checked}); run the checks again")
        outcomes += table_outcomes
    failures = blocking_failures(outcomes)
    if failures:
        raise ReleaseError("validation failed; the previous release is unchanged:\n"
                           + "\n".join(f.describe() for f in failures))
    return outcomes


SITE_NAME = "site"
SITE_STAMP = ".site-version"


def site_code_version() -> str:
    """Hash of the site generator's code and static files: a site built by other code is rebuilt."""
    import pipeline.site  # noqa: PLC0415

    root = Path(pipeline.site.__file__).parent
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return hashlib.sha256("".join(f"{p.relative_to(root)}\0{file_sha256(p)}\n" for p in files).encode()).hexdigest()[:16]


def publish_release(combined_dir: Path, checks_dir: Path, published_dir: Path,
                    omitted: dict[str, str] | None = None, raw_dir: Path | None = None,
                    csv_cache: Path | None = None) -> tuple[Switch, list[CheckOutcome]]:
    """Publish the checked tables of `combined_dir` as a new release and switch `published_dir` to it.

    No second validation: the Parquet files are copied byte for byte from the files the asset checks
    validated (verified by sha256, before and after the copy), and validation.html is written from their
    outcomes. `omitted` ({doc_id: reason}) lists unreadable documents the maintainer chose to leave out.
    `csv_cache` keeps each document's CSV records between builds (see write_csv)."""
    outcomes = verify_checked(combined_dir, checks_dir)
    names = list(REGISTRY)

    def write(folder: Path) -> None:
        for name in names:
            shutil.copyfile(Path(combined_dir) / f"{name}.parquet", folder / f"{name}.parquet")
        verify_checked(folder, checks_dir)
        for name in names:
            write_csv(folder / f"{name}.parquet", folder / f"{name}.csv", csv_cache / name if csv_cache else None)
        (folder / VIEWS_SQL_NAME).write_text(views_sql_file(names), encoding="utf-8")
        documents = pq.read_table(folder / "documents.parquet")
        counts = {name: pq.read_metadata(folder / f"{name}.parquet").num_rows for name in names}
        (folder / "validation.html").write_text(validation_html(outcomes, counts, documents), encoding="utf-8")
        package = datapackage(folder, names, documents, omitted or {})
        (folder / "datapackage.json").write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (folder / "README.md").write_text(data_dictionary(documents, counts), encoding="utf-8")

    site_version = site_code_version() if raw_dir is not None else None

    def derive(folder: Path) -> None:
        # DuckDB loads the tables outside Python's lock, so it runs beside the site (Python) on another core
        with ThreadPoolExecutor(max_workers=1) as pool:
            duckdb_file = pool.submit(build_duckdb, folder, names)
            if raw_dir is not None:
                from pipeline.site import build_site  # noqa: PLC0415

                previous = current_release(Path(published_dir))   # its unchanged pages are reused, not rendered again
                build_site(folder, Path(raw_dir), folder / SITE_NAME,
                           reuse_from=previous / SITE_NAME if previous is not None and previous != folder else None)
                (folder / SITE_NAME / SITE_STAMP).write_text(site_version + "\n", encoding="utf-8")
            duckdb_file.result()

    def current(path: Path) -> bool:
        if path.name != SITE_NAME:
            return path.exists()
        stamp = path / SITE_STAMP
        return stamp.is_file() and stamp.read_text(encoding="utf-8").strip() == site_version

    derived = (DUCKDB_NAME,) + ((SITE_NAME,) if raw_dir is not None else ())
    return publish_folder(Path(published_dir), write, derive, derived=derived, derived_current=current), outcomes


def published_sources(published_dir: Path) -> dict[str, str]:
    """{doc_id: sha256} of the sources a published release was built from (empty if there is none)."""
    path = Path(published_dir) / "datapackage.json"
    if not path.is_file():
        return {}
    return {s["doc_id"]: s["sha256"] for s in json.loads(path.read_text(encoding="utf-8"))["sources"]}
