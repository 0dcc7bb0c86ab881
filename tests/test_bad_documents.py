"""A document that cannot be read fails its own partition with the file's own message; the others are still
parsed; the release is not published (the last one stays whole) unless the maintainer publishes without it,
which the summary and datapackage.json then say."""
import hashlib
import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import copy_work, run_build
from tests.test_incremental import change_source, parse_metadata
from tests.test_pipeline import digest

INVALID_UTF8 = "peel-2016-effectiveness-met"
EMPTY = "mps-evidence-pop0086-2022"
TAMPERED = "peel-2016-legitimacy-met"
BINARY = "scanned-image-2024"
CHANGED = "peel-2021-22-met"
UNTOUCHED = "casey-review-2023"

BINARY_ENTRY = """- doc_id: scanned-image-2024
  file: scanned-image-2024.txt
  sha256: {sha}
  title: A scan saved with a .txt name
  publisher: Someone
  published: '2024-01'
  document_type: review
  landing_url: https://example.org/scan
  licence: OGL-UK-3.0
"""


def break_sources(raw: Path) -> None:
    """Four unreadable documents (invalid UTF-8 in line 41, empty, tampered, binary) and one valid change."""
    manifest = raw / "sources.yaml"
    text = manifest.read_text(encoding="utf-8")
    path = raw / f"{INVALID_UTF8}.txt"
    lines = path.read_bytes().split(b"\n")
    lines[40] = lines[40][:10] + b"\xff" + lines[40][10:]
    text = text.replace(hashlib.sha256(path.read_bytes()).hexdigest(), hashlib.sha256(b"\n".join(lines)).hexdigest())
    path.write_bytes(b"\n".join(lines))
    (raw / f"{EMPTY}.txt").write_bytes(b"")
    with open(raw / f"{TAMPERED}.txt", "ab") as f:
        f.write(b"tampered")  # the manifest keeps the old sha256
    binary = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    (raw / f"{BINARY}.txt").write_bytes(binary)
    manifest.write_text(text + BINARY_ENTRY.format(sha=hashlib.sha256(binary).hexdigest()), encoding="utf-8")
    change_source(raw, CHANGED, b"\nThe force recorded 4,321 burglaries in 2021.\n")


def expected_messages(raw: Path) -> dict[str, str]:
    """What pipeline/sources.py says about each unreadable file (as published: data/raw relative to the copy)."""
    from pipeline.sources import SourceError, load_manifest, read_source

    messages = {}
    for entry in load_manifest(raw):
        try:
            read_source(raw, entry)
        except SourceError as exc:
            messages[entry.doc_id] = str(exc)
    return messages


@pytest.fixture()
def broken(tmp_path, raw_copy, fresh_work):
    work = copy_work(fresh_work, tmp_path / "work")
    break_sources(raw_copy)
    return raw_copy, work


def test_unreadable_documents_fail_their_partition_and_others_are_parsed(broken):
    from assets.build import root_cause

    raw, work = broken
    before = digest(work / "published")
    messages = expected_messages(raw)
    assert sorted(messages) == sorted([INVALID_UTF8, EMPTY, TAMPERED, BINARY])
    assert re.match(rf"{raw}/{INVALID_UTF8}\.txt: line 41, column \d+: invalid UTF-8 byte 0xff ",
                    messages[INVALID_UTF8])  # file, line and column, from sources.py
    assert messages[EMPTY] == f"{raw}/{EMPTY}.txt: file is empty; expected the UTF-8 text of the report"
    assert "sha256 mismatch" in messages[TAMPERED]
    assert messages[BINARY] == (f"{raw}/{BINARY}.txt: is a PNG image, not text; expected the UTF-8 text of the report "
                                f"(export or re-save it as UTF-8 text)")

    result, _ = run_build(raw, work)
    assert not result.success
    [failure] = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    assert failure.step_key == "parsed_document"
    message = root_cause(failure.event_specific_data.error)
    lines = message.splitlines()
    assert lines[0] == ("4 of 6 documents could not be read; the release is not published (the last one stays). "
                        "Fix the file, or publish without it: make data ALLOW_MISSING=1")
    assert sorted(lines[1:]) == sorted(messages.values())  # each file's own message, not Python's bare decode error
    assert "position" not in message and "UnicodeDecodeError" not in message
    meta = parse_metadata(result)  # from the step's Failure
    assert (meta["parsed"], meta["reused"]) == ([CHANGED], [UNTOUCHED])  # the valid change was parsed anyway
    assert meta["unreadable"] == sorted(messages)
    done = sorted(e.event_specific_data.materialization.partition for e in result.all_events
                  if e.event_type_value == "ASSET_MATERIALIZATION")
    assert done == sorted([CHANGED, UNTOUCHED])  # the readable documents' partitions are materialized, not the others
    marker = json.loads((work / "staging" / "documents" / CHANGED / "source.json").read_text())
    assert marker["sha256"] == hashlib.sha256((raw / f"{CHANGED}.txt").read_bytes()).hexdigest()
    assert digest(work / "published") == before
    assert not any(e.step_key == "release" for e in result.all_events if e.event_type_value == "STEP_SUCCESS")


def test_publish_without_unreadable_documents_says_so(broken, capsys, monkeypatch, tmp_path):
    from assets.build import main

    raw, work = broken
    home = tmp_path / "dagster_home"
    home.mkdir()
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    args = ["--raw-dir", str(raw), "--staging-dir", str(work / "staging"), "--published-dir", str(work / "published")]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert "The build failed; data/published is unchanged (release " in err
    assert f"- step parsed_document: 4 of 6 documents could not be read" in err
    assert expected_messages(raw)[INVALID_UTF8] in err

    assert main(args + ["--publish-without-unreadable"]) == 0
    out = capsys.readouterr().out
    for doc_id in (INVALID_UTF8, EMPTY, TAMPERED, BINARY):
        assert f"NOT PUBLISHED: {doc_id} could not be read and was left out as asked" in out
    assert "from 2 documents:" in out
    published = work / "published"
    assert sorted(pq.read_table(published / "documents.parquet").column("doc_id").to_pylist()) == [UNTOUCHED, CHANGED]
    package = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
    omitted = {o["doc_id"]: o["reason"] for o in package["omitted_sources"]}
    assert sorted(omitted) == sorted([INVALID_UTF8, EMPTY, TAMPERED, BINARY])
    assert omitted[EMPTY] == f"{raw}/{EMPTY}.txt: file is empty; expected the UTF-8 text of the report"
    assert [s["doc_id"] for s in package["sources"]] == [UNTOUCHED, CHANGED]
