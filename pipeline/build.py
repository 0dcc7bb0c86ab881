"""Staging between the per-document step and the combined tables: plain files, one folder per document."""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.indicators import indicator_rows
from pipeline.release import sort_table, to_arrow, write_parquet
from pipeline.schema import REGISTRY
from pipeline.sources import SourceEntry


CATALOGUES = {"indicators": indicator_rows}


class StaleStagingError(RuntimeError):
    """A document's parsed facts are missing or were parsed from other bytes than the manifest lists."""


def stage_document(staging_dir: Path, entry: SourceEntry, rows: dict[str, list[dict]]) -> dict[str, int]:
    folder = Path(staging_dir) / "documents" / entry.doc_id
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in (n for n, schema in REGISTRY.items() if schema.per_document):
        table = to_arrow(name, rows[name])
        write_parquet(table, folder / f"{name}.parquet")
        counts[name] = table.num_rows
    (folder / "source.json").write_text(json.dumps({"doc_id": entry.doc_id, "sha256": entry.sha256}), encoding="utf-8")
    return counts


def combine_staged(staging_dir: Path, entries: list[SourceEntry], name: str) -> pa.Table:
    """One table across all documents of the manifest; refuses staging parsed from other bytes."""
    if not REGISTRY[name].per_document:
        return to_arrow(name, CATALOGUES[name]())
    parts = []
    for entry in entries:
        folder = Path(staging_dir) / "documents" / entry.doc_id
        marker = folder / "source.json"
        if not marker.is_file():
            raise StaleStagingError(f"{entry.doc_id}: not parsed yet; materialize partition {entry.doc_id!r} of parsed_document")
        staged_sha = json.loads(marker.read_text(encoding="utf-8"))["sha256"]
        if staged_sha != entry.sha256:
            raise StaleStagingError(f"{entry.doc_id}: parsed from bytes with sha256 {staged_sha}, manifest lists "
                                    f"{entry.sha256}; materialize partition {entry.doc_id!r} of parsed_document again")
        parts.append(pq.read_table(folder / f"{name}.parquet", schema=REGISTRY[name].arrow_schema()))
    schema = REGISTRY[name]
    table = pa.concat_tables(parts) if parts else schema.arrow_schema().empty_table()
    return sort_table(schema, table)
