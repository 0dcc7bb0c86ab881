"""Staging between the per-document step and the combined tables: plain files, one folder per document.

A document's folder is reused as long as its source bytes (sha256) and the extractor code (EXTRACTOR_VERSION)
are those it was parsed with, so a build re-parses only added or changed documents, or all of them when
the extractor code changes.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.indicators import indicator_rows
from pipeline.publish import file_sha256
from pipeline.release import sort_table, to_arrow, write_parquet
from pipeline.schema import REGISTRY
from pipeline.sources import SourceEntry, sha256_of


CATALOGUES = {"indicators": indicator_rows}
PIPELINE_DIR = Path(__file__).resolve().parent
# modules that act only after staging (validation, release files, the site): changing them does not re-parse anything
AFTER_STAGING = {"release.py", "validate.py", "checks.py", "views.py", "outcomes.py", "publish.py", "lock.py"}
AFTER_STAGING_DIRS = {"site"}
MARKER = "source.json"
UNREADABLE = "unreadable.json"


class StaleStagingError(RuntimeError):
    """A document's parsed facts are missing or were parsed from other bytes than the manifest lists."""


def extractor_version(root: Path = PIPELINE_DIR) -> str:
    """Hash of the code and vocabulary that turn a source into staged rows (everything in pipeline/ but
    the modules of AFTER_STAGING and the folders of AFTER_STAGING_DIRS): a change to any of them re-parses every
    document."""
    digest = hashlib.sha256()
    files = sorted(p for p in Path(root).rglob("*") if p.is_file() and p.suffix in (".py", ".yaml")
                   and "__pycache__" not in p.parts)
    for path in files:
        relative = path.relative_to(root)
        if relative.as_posix() not in AFTER_STAGING and relative.parts[0] not in AFTER_STAGING_DIRS:
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


EXTRACTOR_VERSION = extractor_version()


def _folder(staging_dir: Path, doc_id: str) -> Path:
    return Path(staging_dir) / "documents" / doc_id


def staged_marker(staging_dir: Path, doc_id: str) -> dict | None:
    """{doc_id, sha256, extractor_version} of a document's staged rows, or None if it has none."""
    marker = _folder(staging_dir, doc_id) / MARKER
    return json.loads(marker.read_text(encoding="utf-8")) if marker.is_file() else None


def is_staged(staging_dir: Path, entry: SourceEntry, raw_dir: Path) -> bool:
    """True when the staged rows were parsed, by this extractor code, from the exact bytes now in the raw file
    (and the manifest lists those bytes): parsing again would give the same rows."""
    marker = staged_marker(staging_dir, entry.doc_id)
    if marker != {"doc_id": entry.doc_id, "sha256": entry.sha256, "extractor_version": EXTRACTOR_VERSION}:
        return False
    path = Path(raw_dir) / entry.file
    return path.is_file() and sha256_of(path.read_bytes()) == entry.sha256


def stage_document(staging_dir: Path, entry: SourceEntry, rows: dict[str, list[dict]]) -> dict[str, int]:
    """Write a document's rows; the marker goes last, so a build killed half-way leaves no marker to trust."""
    folder = _folder(staging_dir, entry.doc_id)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).unlink(missing_ok=True)
    counts = {}
    for name in (n for n, schema in REGISTRY.items() if schema.per_document):
        table = to_arrow(name, rows[name])
        write_parquet(table, folder / f"{name}.parquet")
        counts[name] = table.num_rows
    marker = {"doc_id": entry.doc_id, "sha256": entry.sha256, "extractor_version": EXTRACTOR_VERSION}
    tmp = folder / f".{MARKER}.tmp"
    tmp.write_text(json.dumps(marker), encoding="utf-8")
    os.replace(tmp, folder / MARKER)
    return counts


def prune_staging(staging_dir: Path, doc_ids: set[str]) -> list[str]:
    """Remove the staged rows of documents no longer in the manifest; returns their doc_ids."""
    root = Path(staging_dir) / "documents"
    gone = sorted(p.name for p in root.iterdir() if p.is_dir() and p.name not in doc_ids) if root.is_dir() else []
    for doc_id in gone:
        shutil.rmtree(root / doc_id)
    return gone


def write_unreadable(staging_dir: Path, unreadable: dict[str, str], publish_without: bool) -> None:
    """Record the documents the last parse could not read, and whether the release may go out without them."""
    Path(staging_dir).mkdir(parents=True, exist_ok=True)
    record = {"publish_without_unreadable": publish_without, "unreadable": dict(sorted(unreadable.items()))}
    (Path(staging_dir) / UNREADABLE).write_text(json.dumps(record, indent=1), encoding="utf-8")


def omitted_documents(staging_dir: Path) -> dict[str, str]:
    """{doc_id: why} of documents the release leaves out: unreadable ones, only when the maintainer allowed it."""
    path = Path(staging_dir) / UNREADABLE
    if not path.is_file():
        return {}
    record = json.loads(path.read_text(encoding="utf-8"))
    return record["unreadable"] if record["publish_without_unreadable"] else {}


def _checked_marker(staging_dir: Path, entry: SourceEntry) -> dict:
    """The staged marker of `entry`; refuses staging parsed from other bytes or by other extractor code."""
    marker = staged_marker(staging_dir, entry.doc_id)
    if marker is None:
        raise StaleStagingError(f"{entry.doc_id}: not parsed yet; materialize partition {entry.doc_id!r} of parsed_document")
    if marker["sha256"] != entry.sha256 or marker.get("extractor_version") != EXTRACTOR_VERSION:
        raise StaleStagingError(f"{entry.doc_id}: parsed from bytes with sha256 {marker['sha256']} by extractor "
                                f"{marker.get('extractor_version')}, manifest lists {entry.sha256} and the extractor is "
                                f"{EXTRACTOR_VERSION}; materialize partition {entry.doc_id!r} of parsed_document again")
    return marker


def _read_staged(staging_dir: Path, doc_id: str, name: str) -> pa.Table:
    return pq.read_table(_folder(staging_dir, doc_id) / f"{name}.parquet", schema=REGISTRY[name].arrow_schema())


def combine_staged(staging_dir: Path, entries: list[SourceEntry], name: str, omit: set[str] = frozenset()) -> pa.Table:
    """One table across all documents of the manifest (but `omit`); refuses staging parsed from other bytes
    or by other extractor code."""
    if not REGISTRY[name].per_document:
        return to_arrow(name, CATALOGUES[name]())
    parts = [_read_staged(staging_dir, e.doc_id, name) for e in entries
             if e.doc_id not in omit and _checked_marker(staging_dir, e)]
    schema = REGISTRY[name]
    table = pa.concat_tables(parts) if parts else schema.arrow_schema().empty_table()
    return sort_table(schema, table)


def _doc_id_runs(table: pa.Table) -> dict[str, tuple[int, int]]:
    """{doc_id: (offset, rows)} of each run of rows with the same doc_id."""
    runs, ids, start = {}, table.column("doc_id").to_pylist(), 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[start]:
            runs[ids[start]] = (start, i - start)
            start = i
    return runs


def _in_doc_id_order(schema, blocks: dict[str, pa.Table]) -> pa.Table:
    """The documents' rows (each block sorted, with its own doc_id only) one after the other by doc_id: the table
    that sorting them all together gives, since a per-document table's sort key starts with doc_id and ends with its
    primary key, without sorting every row again (at thousands of documents that took a second). Blocks that are
    not so (rows of another doc_id, null doc_ids) are sorted whole."""
    tables = [blocks[d] for d in sorted(blocks)]       # str order is Arrow's: UTF-8 bytes sort as code points
    table = pa.concat_tables(tables) if tables else schema.arrow_schema().empty_table()
    in_order = schema.sort_key[0] == "doc_id" and list(_doc_id_runs(table)) == [d for d in sorted(blocks)
                                                                               if blocks[d].num_rows]
    return table.combine_chunks() if in_order else sort_table(schema, table)   # one chunk, as sort_table gives


# code that decides a combined table's bytes besides the staged rows: a combined file made by other code is redone
COMBINE_CODE = hashlib.sha256(b"".join((PIPELINE_DIR / f).read_bytes() for f in ("build.py", "release.py"))).hexdigest()[:16]


def combine_into(staging_dir: Path, entries: list[SourceEntry], name: str, out: Path,
                 omit: set[str] = frozenset()) -> int:
    """Write to `out` what combine_staged returns, and return its rows; incremental across builds.

    A sidecar `<out>.docs.json` records which staged rows (source sha256 and extractor version per document) the
    file holds, and the file's sha256. When they are those of the manifest now, the file is left as it is; else
    rows of unchanged documents are taken from the previous file (one read) and only added or changed documents
    are read from their staged files (reading thousands of small files was most of a build that adds one).
    Rows are in the table's key order, document by document (_in_doc_id_order), so the result is the same table."""
    schema = REGISTRY[name]
    out, sidecar = Path(out), Path(out).with_name(Path(out).name + ".docs.json")
    if not schema.per_document:
        table = combine_staged(staging_dir, entries, name, omit)
        write_parquet(table, out)
        return table.num_rows
    wanted = {e.doc_id: f"{_checked_marker(staging_dir, e)['sha256']}/{EXTRACTOR_VERSION}" for e in entries
              if e.doc_id not in omit}
    previous = {}
    try:
        record = json.loads(sidecar.read_text(encoding="utf-8"))
        if record["code"] == COMBINE_CODE and record["sha256"] == file_sha256(out):
            previous = record["documents"]
    except (OSError, ValueError, KeyError):
        pass
    if previous == wanted and out.is_file():
        return pq.read_metadata(out).num_rows
    keep = {d for d, identity in wanted.items() if previous.get(d) == identity}
    blocks = {}           # doc_id -> its rows, in the table's order
    if keep:
        old = pq.read_table(out, schema=schema.arrow_schema())
        blocks = {d: old.slice(offset, rows) for d, (offset, rows) in _doc_id_runs(old).items() if d in keep}
    for d in wanted.keys() - keep:
        blocks[d] = sort_table(schema, _read_staged(staging_dir, d, name))
    table = _in_doc_id_order(schema, blocks)
    sidecar.unlink(missing_ok=True)       # the file changes first: a build killed in between leaves no record to trust
    out.parent.mkdir(parents=True, exist_ok=True)
    write_parquet(table, out)
    tmp = sidecar.with_name(f".{sidecar.name}.tmp")
    tmp.write_text(json.dumps({"code": COMBINE_CODE, "sha256": file_sha256(out), "documents": wanted}), encoding="utf-8")
    os.replace(tmp, sidecar)
    return table.num_rows
