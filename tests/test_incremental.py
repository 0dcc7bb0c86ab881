"""Incremental by document: only added or changed sources (or all, after an extractor change) are parsed again;
a document removed from the manifest loses its partition and its rows, and the next sensor and schedule runs
succeed."""
import hashlib
import shutil
from pathlib import Path

import pyarrow.parquet as pq

from tests.conftest import copy_work, run_build, work_paths

CHANGED = "peel-2016-effectiveness-met"
REMOVED = "mps-evidence-pop0086-2022"


def staged_mtimes(work: Path) -> dict[str, int]:
    return {p.parent.name: p.stat().st_mtime_ns for p in (work / "staging" / "documents").glob("*/metrics.parquet")}


def parse_metadata(result) -> dict:
    from assets.build import asset_metadata

    return asset_metadata(result, "parsed_document")


def change_source(raw: Path, doc_id: str, extra: bytes) -> str:
    """Append to a source and list its new sha256 in the manifest, as a maintainer would."""
    path = raw / f"{doc_id}.txt"
    old = hashlib.sha256(path.read_bytes()).hexdigest()
    path.write_bytes(path.read_bytes() + extra)
    new = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest = raw / "sources.yaml"
    manifest.write_text(manifest.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return new


def remove_from_manifest(raw: Path, doc_id: str) -> None:
    import yaml

    data = yaml.safe_load((raw / "sources.yaml").read_text(encoding="utf-8"))
    data["documents"] = [d for d in data["documents"] if d["doc_id"] != doc_id]
    (raw / "sources.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def test_extractor_version_follows_extraction_code_only(tmp_path):
    from pipeline.build import PIPELINE_DIR, extractor_version

    root = tmp_path / "pipeline"
    shutil.copytree(PIPELINE_DIR, root, ignore=shutil.ignore_patterns("__pycache__"))
    base = extractor_version(root)
    assert base == extractor_version(PIPELINE_DIR)
    (root / "validate.py").write_text((root / "validate.py").read_text() + "\n# a validation change\n")
    (root / "release.py").write_text((root / "release.py").read_text() + "\n# a release change\n")
    (root / "site" / "build.py").write_text((root / "site" / "build.py").read_text() + "\n# a site change\n")
    assert extractor_version(root) == base
    (root / "extract" / "metrics.py").write_text((root / "extract" / "metrics.py").read_text() + "\n# an extractor change\n")
    assert extractor_version(root) != base
    changed = extractor_version(root)
    (root / "vocabulary" / "forces.yaml").write_text((root / "vocabulary" / "forces.yaml").read_text() + "\n# alias\n")
    assert extractor_version(root) not in (base, changed)


def test_is_staged_needs_same_bytes_and_same_extractor(tmp_path, raw_copy, fresh_work, monkeypatch):
    import pipeline.build as build
    from pipeline.sources import load_manifest

    work = copy_work(fresh_work, tmp_path / "work")
    entry = next(e for e in load_manifest(raw_copy) if e.doc_id == CHANGED)
    assert build.is_staged(work / "staging", entry, raw_copy)
    monkeypatch.setattr(build, "EXTRACTOR_VERSION", "0" * 16)
    assert not build.is_staged(work / "staging", entry, raw_copy)
    monkeypatch.undo()
    (raw_copy / entry.file).write_bytes(b"other bytes")  # the manifest still lists the old sha256
    assert not build.is_staged(work / "staging", entry, raw_copy)


def test_only_the_changed_document_is_parsed_again(tmp_path, raw_copy, fresh_work):
    work = copy_work(fresh_work, tmp_path / "work")
    before = staged_mtimes(work)
    new_sha = change_source(raw_copy, CHANGED, b"\nThe force recorded 1,234 burglaries in 2016.\n")
    result, paths = run_build(raw_copy, work)
    assert result.success
    meta = parse_metadata(result)
    assert meta["parsed"] == [CHANGED]
    assert sorted(meta["reused"]) == sorted(d for d in before if d != CHANGED)
    after = staged_mtimes(work)
    assert {d for d in before if after[d] != before[d]} == {CHANGED}
    documents = pq.read_table(work / "published" / "documents.parquet").to_pylist()
    assert next(d["sha256"] for d in documents if d["doc_id"] == CHANGED) == new_sha
    metrics = pq.read_table(work / "published" / "metrics.parquet").to_pylist()
    assert any(m["doc_id"] == CHANGED and m["surface"] == "1,234" for m in metrics)
    unchanged = run_build(raw_copy, work)[0]
    assert parse_metadata(unchanged)["parsed"] == [] and len(parse_metadata(unchanged)["reused"]) == 5
    release = next(e for e in unchanged.all_events if e.event_type_value == "ASSET_MATERIALIZATION"
                   and e.asset_key.to_user_string() == "release").event_specific_data.materialization.metadata
    assert release["changed"].value is False


def test_removed_document_loses_its_partition_and_rows_and_later_runs_succeed(tmp_path, raw_copy, fresh_work):
    from dagster import build_schedule_context, build_sensor_context, instance_for_test

    from assets.automation import raw_documents_sensor, weekly_rebuild
    from assets.definitions import defs
    from assets.resources import BuildLock

    work = copy_work(fresh_work, tmp_path / "work")
    paths = work_paths(raw_copy, work)
    resources = {"paths": paths, "build_lock": BuildLock(path=str(paths.lock_path))}
    job = defs.resolve_job_def("build_release")

    def apply(result):  # what the daemon does with a sensor's partition requests
        for request in result.dynamic_partitions_requests:
            if type(request).__name__.startswith("Delete"):
                for key in request.partition_keys:
                    instance.delete_dynamic_partition("doc_id", key)
            else:
                instance.add_dynamic_partitions("doc_id", request.partition_keys)

    with instance_for_test() as instance:
        first = raw_documents_sensor(build_sensor_context(instance=instance, resources={"paths": paths}))
        assert first.run_requests == []  # everything is already built and published: nothing to rebuild
        apply(first)
        assert sorted(instance.get_dynamic_partitions("doc_id")) == sorted(e.doc_id for e in paths.manifest())

        remove_from_manifest(raw_copy, REMOVED)
        second = raw_documents_sensor(build_sensor_context(instance=instance, cursor=first.cursor, resources={"paths": paths}))
        [request] = second.run_requests
        assert request.tags["met_scrutiny/removed_documents"] == REMOVED
        assert [r.partition_keys for r in second.dynamic_partitions_requests] == [[REMOVED]]
        apply(second)
        assert REMOVED not in instance.get_dynamic_partitions("doc_id")
        run = job.execute_in_process(instance=instance, tags=request.tags, resources=resources, raise_on_error=False)
        assert run.success
        assert parse_metadata(run)["parsed"] == []
        assert REMOVED not in pq.read_table(work / "published" / "documents.parquet").column("doc_id").to_pylist()
        assert REMOVED not in pq.read_table(work / "published" / "metrics.parquet").column("doc_id").to_pylist()
        assert not (work / "staging" / "documents" / REMOVED).exists()

        third = raw_documents_sensor(build_sensor_context(instance=instance, cursor=second.cursor, resources={"paths": paths}))
        assert third.run_requests == [] and not third.dynamic_partitions_requests
        scheduled = weekly_rebuild(build_schedule_context(instance=instance))
        run = job.execute_in_process(instance=instance, tags=scheduled.tags, resources=resources, raise_on_error=False)
        assert run.success
        assert len(pq.read_table(work / "published" / "documents.parquet")) == 4


def test_partitions_are_synced_by_adding_and_deleting_only_what_changed():
    from dagster import DagsterInstance

    from assets.build import run_instance, sync_partitions

    with DagsterInstance.ephemeral() as instance:
        assert sync_partitions(instance, ["b-doc", "a-doc", "c-doc"]) == ["a-doc", "b-doc", "c-doc"]
        deleted, added = [], []
        real_delete, real_add = instance.delete_dynamic_partition, instance.add_dynamic_partitions
        instance.delete_dynamic_partition = lambda name, key: (deleted.append(key), real_delete(name, key))
        instance.add_dynamic_partitions = lambda name, keys: (added.extend(keys), real_add(name, keys))
        assert sync_partitions(instance, ["a-doc", "c-doc", "aa-doc"]) == ["a-doc", "c-doc", "aa-doc"]
        assert deleted == ["b-doc"] and added == ["aa-doc"]
    with run_instance() as instance:      # `make data` runs on an in-memory instance unless asked to record the run
        assert instance.is_ephemeral


def test_combined_tables_are_updated_in_place_and_equal_a_full_combine(tmp_path, raw_copy, fresh_work):
    """After a document changes, rows of the others come from the previous combined file, yet every combined file
    is byte for byte what combining every staged file gives; with nothing changed the files are left alone."""
    from pipeline.build import combine_into, combine_staged
    from pipeline.release import write_parquet
    from pipeline.schema import REGISTRY
    from pipeline.sources import load_manifest

    work = copy_work(fresh_work, tmp_path / "work")
    change_source(raw_copy, CHANGED, b"\nThe force recorded 1,234 burglaries in 2016.\n")
    result, paths = run_build(raw_copy, work)
    assert result.success
    combined = work / "staging" / "combined"
    entries = load_manifest(raw_copy)
    for name in REGISTRY:
        write_parquet(combine_staged(work / "staging", entries, name), tmp_path / f"{name}.parquet")
        assert (combined / f"{name}.parquet").read_bytes() == (tmp_path / f"{name}.parquet").read_bytes(), name
    before = {p.name: p.stat().st_mtime_ns for p in combined.glob("*.parquet")}
    for name in REGISTRY:
        combine_into(work / "staging", entries, name, combined / f"{name}.parquet")
    after = {p.name: p.stat().st_mtime_ns for p in combined.glob("*.parquet")}
    assert {n for n in before if before[n] != after[n]} == {"indicators.parquet"}   # a catalogue, rewritten whole


def test_documents_rows_are_put_in_key_order_by_document_or_sorted_whole():
    """Blocks of rows per document, in any order, give the table a sort of all rows gives; a block holding rows of
    another document is not trusted to be in place: the whole table is sorted."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pipeline.build import _doc_id_runs, _in_doc_id_order
    from pipeline.release import sort_table
    from pipeline.schema import REGISTRY
    from tests.conftest import PUBLISHED

    schema = REGISTRY["metrics"]
    table = pq.read_table(PUBLISHED / "metrics.parquet")
    blocks = {d: table.slice(offset, rows) for d, (offset, rows) in reversed(_doc_id_runs(table).items())}
    assert _in_doc_id_order(schema, blocks).equals(sort_table(schema, table))
    misplaced = {**blocks, "aaa-first": blocks["peel-2021-22-met"]}       # rows of peel-2021-22-met under another key
    both = pa.concat_tables([table, blocks["peel-2021-22-met"]])
    assert _in_doc_id_order(schema, misplaced).equals(sort_table(schema, both))
