"""The release step reuses what it formatted before for unchanged documents: CSV records per document."""
import pyarrow as pa
import pyarrow.parquet as pq

import pipeline.release
from pipeline.release import write_csv
from tests.conftest import PUBLISHED


def test_csv_records_of_unchanged_documents_are_reused_and_the_file_is_the_same(tmp_path, monkeypatch):
    source = PUBLISHED / "metrics.parquet"
    plain, cached_once, cached_twice = tmp_path / "plain.csv", tmp_path / "once.csv", tmp_path / "twice.csv"
    write_csv(source, plain)
    assert plain.read_bytes() == (PUBLISHED / "metrics.csv").read_bytes()
    cache = tmp_path / "cache"
    write_csv(source, cached_once, cache)
    n_docs = len(set(pq.read_table(source, columns=["doc_id"]).column("doc_id").to_pylist()))
    assert len(list(cache.glob("*.csv"))) == n_docs

    formatted = []
    real = pipeline.release.csv_rows
    monkeypatch.setattr(pipeline.release, "csv_rows", lambda rows: formatted.append(rows.num_rows) or real(rows))
    write_csv(source, cached_twice, cache)
    assert formatted == []                                   # every document's records came from the cache
    assert cached_once.read_bytes() == cached_twice.read_bytes() == plain.read_bytes()

    # one document's rows change: only its records are formatted again, the stale ones are removed
    table = pq.read_table(source)
    first = table.column("doc_id")[0].as_py()
    surfaces = table.column("sentence").to_pylist()
    surfaces[0] = surfaces[0] + " (edited)"
    changed = table.set_column(table.schema.get_field_index("sentence"), table.schema.field("sentence"),
                               pa.array(surfaces, table.schema.field("sentence").type))
    pq.write_table(changed, tmp_path / "changed.parquet")
    write_csv(tmp_path / "changed.parquet", tmp_path / "changed.csv", cache)
    assert formatted == [table.column("doc_id").to_pylist().count(first)]
    assert len(list(cache.glob("*.csv"))) == n_docs
    write_csv(tmp_path / "changed.parquet", tmp_path / "changed-plain.csv")
    assert (tmp_path / "changed.csv").read_bytes() == (tmp_path / "changed-plain.csv").read_bytes()
