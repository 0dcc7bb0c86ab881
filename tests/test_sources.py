"""The source registry refuses bad input with a message naming the file and the problem."""
import hashlib
from pathlib import Path

import pytest
import yaml

from pipeline.sources import SourceError, decode_source, load_manifest, parse_manifest, read_source, unlisted_files

ENTRY = """documents:
  - doc_id: test-doc
    file: test-doc.txt
    sha256: {sha}
    title: A test report
    short_title: Test (2024)
    publisher: Someone
    published: '2024-01'
    document_type: review
    force: Metropolitan Police Service
    landing_url: https://example.org/report
    landing_url_verified: false
    pdf_url: null
    licence: OGL-UK-3.0
"""


def write_source(folder: Path, data: bytes, manifest: str | None = None) -> Path:
    (folder / "test-doc.txt").write_bytes(data)
    text = manifest if manifest is not None else ENTRY.format(sha=hashlib.sha256(data).hexdigest())
    (folder / "sources.yaml").write_text(text, encoding="utf-8")
    return folder


def test_real_manifest_lists_the_five_sources_with_matching_hashes():
    from tests.conftest import RAW

    entries = load_manifest(RAW)
    assert [e.doc_id for e in entries] == ["peel-2021-22-met", "peel-2016-effectiveness-met",
                                          "mps-evidence-pop0086-2022", "casey-review-2023", "peel-2016-legitimacy-met"]
    casey = read_source(RAW, entries[3])
    assert casey.entry.sha256 == "a760977a9c9549d5519b30ecc9f2ea0ccc53dd0fc7f787b891ae3911d6cd7e16"
    assert casey.text.startswith("\n\nBARONESS CASEY")


def test_raw_files_are_the_seeds_byte_for_byte():
    from tests.conftest import RAW, ROOT

    seeds = ROOT.parent / "shared" / "sources.yaml"
    if not seeds.exists():
        pytest.skip("../shared is not beside this checkout")
    shared = yaml.safe_load(seeds.read_text(encoding="utf-8"))["documents"]
    for item in shared:
        ours = (RAW / f"{item['doc_id']}.txt").read_bytes()
        assert ours == (seeds.parent / "seeds" / item["seed_file"]).read_bytes()


def test_a_good_source_reads(tmp_path):
    write_source(tmp_path, "Hello\nworld\n".encode())
    [entry] = load_manifest(tmp_path)
    assert read_source(tmp_path, entry).text == "Hello\nworld\n"


def test_missing_file_is_named(tmp_path):
    write_source(tmp_path, b"x")
    (tmp_path / "test-doc.txt").unlink()
    [entry] = load_manifest(tmp_path)
    with pytest.raises(SourceError, match=r"test-doc\.txt: file listed for 'test-doc' .* does not exist"):
        read_source(tmp_path, entry)


def test_hash_mismatch_names_both_hashes(tmp_path):
    write_source(tmp_path, b"original text", ENTRY.format(sha="f" * 64))
    [entry] = load_manifest(tmp_path)
    actual = hashlib.sha256(b"original text").hexdigest()
    with pytest.raises(SourceError) as err:
        read_source(tmp_path, entry)
    assert "f" * 64 in str(err.value) and actual in str(err.value) and "test-doc.txt" in str(err.value)


def test_invalid_utf8_names_the_line_column_and_byte():
    with pytest.raises(SourceError) as err:
        decode_source(b"line 1\nx\xff\xfe rest", "report.txt")
    assert str(err.value) == ("report.txt: line 2, column 2: invalid UTF-8 byte 0xff (invalid start byte); "
                              "expected UTF-8 text (re-save the file as UTF-8)")


def test_invalid_utf8_file_is_refused(tmp_path):
    write_source(tmp_path, b"caf\xe9\n")
    [entry] = load_manifest(tmp_path)
    with pytest.raises(SourceError, match=r"test-doc\.txt: line 1, column 4: invalid UTF-8 byte 0xe9"):
        read_source(tmp_path, entry)


def test_empty_file_is_refused(tmp_path):
    write_source(tmp_path, b"")
    [entry] = load_manifest(tmp_path)
    with pytest.raises(SourceError, match="file is empty"):
        read_source(tmp_path, entry)


def test_missing_key_is_named_with_its_line():
    manifest = ENTRY.format(sha="a" * 64).replace("    licence: OGL-UK-3.0\n", "")
    with pytest.raises(SourceError, match=r"sources\.yaml:2: .* missing key\(s\) licence"):
        parse_manifest(manifest, "sources.yaml")


def test_unknown_key_is_named():
    manifest = ENTRY.format(sha="a" * 64) + "    colour: blue\n"
    with pytest.raises(SourceError, match=r"unknown key\(s\) colour"):
        parse_manifest(manifest, "sources.yaml")


def test_duplicate_doc_id_is_refused():
    one = ENTRY.format(sha="a" * 64)
    two = one + one.split("documents:\n", 1)[1]
    with pytest.raises(SourceError, match="duplicate doc_id 'test-doc'"):
        parse_manifest(two, "sources.yaml")


def test_bad_published_date_is_refused():
    manifest = ENTRY.format(sha="a" * 64).replace("'2024-01'", "'January 2024'")
    with pytest.raises(SourceError, match="published 'January 2024'"):
        parse_manifest(manifest, "sources.yaml")


def test_invalid_yaml_names_the_line():
    with pytest.raises(SourceError, match=r"sources\.yaml:\d+: not valid YAML"):
        parse_manifest("documents:\n  - doc_id: [unclosed\n", "sources.yaml")


def test_unlisted_file_is_reported_not_used(tmp_path):
    write_source(tmp_path, b"text")
    (tmp_path / "stray.txt").write_text("not in the manifest")
    assert unlisted_files(tmp_path, load_manifest(tmp_path)) == ["stray.txt"]
