"""The synthetic corpus of the scale benchmark (scripts/synthetic_corpus.py): a valid raw folder whose documents
parse as reports of the force put in, the same bytes for the same seed."""
import importlib.util
import sys
from pathlib import Path

import pytest

from pipeline.facts import extract_facts
from pipeline.sources import load_manifest, read_source, sha256_of, unlisted_files

ROOT = Path(__file__).resolve().parent.parent

_spec = importlib.util.spec_from_file_location("synthetic_corpus", ROOT / "scripts" / "synthetic_corpus.py")
synthetic = sys.modules.setdefault("synthetic_corpus", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(synthetic)

N = 8          # every source once, and three in a second shape


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("synthetic")
    return out, synthetic.write_corpus(out, N, seed=3)


def test_manifest_is_valid_and_lists_every_file_with_its_sha256(corpus):
    out, plans = corpus
    entries = load_manifest(out)            # raises SourceError on any bad key, slug or hash format
    assert [e.doc_id for e in entries] == [p.doc_id for p in plans]
    assert unlisted_files(out, entries) == []
    for e in entries:
        assert e.sha256 == sha256_of((out / e.file).read_bytes())
        assert read_source(out, e).text     # hash matches and the bytes decode as strict UTF-8


def test_plans_cycle_sources_and_shapes_with_forces_other_than_the_met(corpus):
    _, plans = corpus
    sources = sorted(e.doc_id for e in load_manifest(ROOT / "data" / "raw"))
    assert [p.source for p in plans] == [sources[i % 5] for i in range(N)]
    assert [p.shape for p in plans] == ["markdown"] * 5 + ["web"] * 3
    assert all(p.force in synthetic.other_forces() and p.force != "Metropolitan Police Service" for p in plans)


def test_same_seed_same_bytes_other_seed_other_forces(tmp_path, corpus):
    out, plans = corpus
    again = synthetic.write_corpus(tmp_path / "again", N, seed=3)
    assert again == plans
    for p in plans:
        assert (tmp_path / "again" / f"{p.doc_id}.txt").read_bytes() == (out / f"{p.doc_id}.txt").read_bytes()
    assert (tmp_path / "again" / "sources.yaml").read_bytes() == (out / "sources.yaml").read_bytes()
    assert [p.force for p in synthetic.plan_corpus(N, seed=4)] != [p.force for p in plans]


def test_a_generated_inspection_parses_as_a_report_on_the_substituted_force(corpus):
    out, plans = corpus
    plan = next(p for p in plans if p.source == "peel-2021-22-met")
    entry = next(e for e in load_manifest(out) if e.doc_id == plan.doc_id)
    source = read_source(out, entry)
    assert "Metropolitan" not in source.text and plan.force in source.text
    rows = extract_facts(source, entry.file)
    assert rows["documents"][0]["force"] == plan.force
    assert rows["documents"][0]["force_stated_by"] == "text"
    assert {j["grade"] for j in rows["judgments"]} >= {"Adequate", "Requires improvement"}
    assert len(rows["metrics"]) >= 100 and len(rows["findings"]) > 10


@pytest.mark.parametrize("shape", ["pdf", "crlf"])
def test_pdf_export_and_crlf_shapes(tmp_path, shape):
    plans = [p for p in synthetic.plan_corpus(20, seed=1) if p.shape == shape and p.source == "peel-2021-22-met"]
    originals = {e.doc_id: e for e in load_manifest(ROOT / "data" / "raw")}
    entry = originals["peel-2021-22-met"]
    data = synthetic.render(plans[0], read_source(ROOT / "data" / "raw", entry).text, entry.title)
    text = data.decode("utf-8")
    if shape == "crlf":
        assert text.startswith("\ufeff") and "\r\n" in text and "\n" not in text.replace("\r\n", "")
    else:
        assert "**" not in text and "\n# " not in text
        n_pages = text.count("\nPage ")
        assert n_pages > 5 and f"Page {n_pages} of {n_pages}" in text


def test_add_document_appends_the_next_planned_document(tmp_path):
    synthetic.write_corpus(tmp_path, 3, seed=5)
    before = (tmp_path / "sources.yaml").read_text(encoding="utf-8")
    plan = synthetic.add_document(tmp_path, seed=5)
    assert plan == synthetic.plan_corpus(4, seed=5)[-1]
    entries = load_manifest(tmp_path)
    assert [e.doc_id for e in entries][-1] == plan.doc_id and len(entries) == 4
    assert read_source(tmp_path, entries[-1]).text
    synthetic.write_corpus(tmp_path / "four", 4, seed=5)
    assert (tmp_path / "four" / "sources.yaml").read_text(encoding="utf-8").split("\n", 1)[1] == \
        (tmp_path / "sources.yaml").read_text(encoding="utf-8").split("\n", 1)[1]
    assert before.split("\n", 1)[0] == (tmp_path / "sources.yaml").read_text(encoding="utf-8").split("\n", 1)[0]


def test_no_two_documents_are_the_same():
    """The pipeline refuses two documents with one sha256: within a source and shape, (force, offset) never repeats."""
    plans = synthetic.plan_corpus(5_000, seed=0)
    assert len({(p.source, p.shape, p.force, p.offset) for p in plans}) == 5_000
    assert len({p.doc_id for p in plans}) == 5_000
    limit = len(synthetic.other_forces()) * len(synthetic.OFFSETS) * 5 * len(synthetic.SHAPES)
    with pytest.raises(ValueError, match=f"at most {limit:,} distinct documents"):
        synthetic.plan_corpus(limit + 1)


def test_generated_bytes_differ(corpus):
    out, plans = corpus
    assert len({sha256_of((out / f"{p.doc_id}.txt").read_bytes()) for p in plans}) == len(plans)
