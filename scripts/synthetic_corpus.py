"""Synthetic corpora for the scale benchmark: the real sources of data/raw, varied, written as a raw folder with
a valid manifest.

Each document is one of the five real sources rewritten (with the transformations of scripts/unseen_report.py):
another force's name (from pipeline/vocabulary/forces.yaml), numbers in prose moved by a seeded offset, top-level
sections shuffled where the source has them, and one of four shapes: the markdown copy, a web-page copy, a PDF
export (no markdown, pages with a running header and a page number) or a CRLF copy with a byte-order mark.
The same seed always gives the same bytes.

Run `python scripts/synthetic_corpus.py OUT_DIR --documents 100 [--seed 0]` to write a corpus by hand.
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import importlib.util
import random
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
sys.path.insert(0, str(ROOT))

from pipeline.sources import MANIFEST_NAME, SourceEntry, load_manifest, read_source  # noqa: E402


def _unseen_report():
    """scripts/unseen_report.py (not a package), loaded once: its rewriting functions make the variants."""
    if "unseen_report" not in sys.modules:
        spec = importlib.util.spec_from_file_location("unseen_report", Path(__file__).with_name("unseen_report.py"))
        module = sys.modules["unseen_report"] = importlib.util.module_from_spec(spec)   # dataclasses look it up
        spec.loader.exec_module(module)
    return sys.modules["unseen_report"]


unseen = _unseen_report()

SHAPES = ("markdown", "web", "pdf", "crlf")
MET = unseen.MET
LINES_PER_PAGE = 45
OFFSETS = range(2, 31)


@dataclass(frozen=True)
class Plan:
    """What one synthetic document is made of: enough to rebuild it byte for byte."""

    doc_id: str
    source: str
    force: str
    shape: str
    offset: int          # how far numbers in prose move
    seed: int            # section order, web-page dates


@functools.cache
def forces() -> dict[str, unseen.Force]:
    """{official name: Force} of pipeline/vocabulary/forces.yaml, read once."""
    return unseen.forces()


@functools.cache
def other_forces() -> list[str]:
    """The territorial forces of England and Wales but the Met (the corpus the project is for), in a stable order."""
    data = yaml.safe_load(unseen.FORCES_PATH.read_text(encoding="utf-8"))
    return sorted(f["name"] for f in data["forces"] if f["country"] in ("England", "Wales") and f["name"] != MET
                  and f["name"] != "City of London Police")


def plan_corpus(n_documents: int, seed: int = 0, sources: list[str] | None = None) -> list[Plan]:
    """`n_documents` plans cycling through the sources and shapes. Within one source and shape, every plan has its
    own (force, offset) pair, drawn without replacement, so no two documents have the same bytes (the pipeline
    refuses duplicate sha256s)."""
    sources = sources or sorted(e.doc_id for e in load_manifest(RAW))
    pairs = [(force, offset) for force in other_forces() for offset in OFFSETS]
    if n_documents > len(pairs) * len(sources) * len(SHAPES):
        raise ValueError(f"at most {len(pairs) * len(sources) * len(SHAPES):,} distinct documents from "
                         f"{len(sources)} sources; asked for {n_documents:,}")
    drawn: dict[tuple[str, str], list[tuple[str, int]]] = {}
    plans = []
    for i in range(n_documents):
        source = sources[i % len(sources)]
        shape = SHAPES[(i // len(sources)) % len(SHAPES)]
        if (source, shape) not in drawn:
            drawn[source, shape] = random.Random(f"{seed}:{source}:{shape}").sample(pairs, len(pairs))
        force, offset = drawn[source, shape][i // (len(sources) * len(SHAPES))]
        doc_id = f"syn-{i:05d}-{forces()[force].slug}-{source.removesuffix('-met')}-{shape}"
        plans.append(Plan(doc_id, source, force, shape, offset, seed * 100_003 + i))
    return plans


def pdf_export_shape(lines: list[str], running_header: str) -> list[str]:
    """No markdown; the text cut into pages at blank lines, each page ending with its number and the next one
    starting with a running header, as text copied out of a PDF reads."""
    body = [unseen.web_line(x) for x in lines]
    pages: list[list[str]] = [[]]
    for line in body:
        pages[-1].append(line)
        if not line.strip() and sum(1 for x in pages[-1] if x.strip()) >= LINES_PER_PAGE:
            pages.append([])
    out: list[str] = []
    for number, page in enumerate(pages, start=1):
        if number > 1:
            out += [running_header, ""]
        out += page
        out += ["", f"Page {number} of {len(pages)}", ""]
    return out


@functools.lru_cache(maxsize=256)
def _renumbered(source_text: str, offset: int) -> tuple[str, ...]:
    """The source's lines with prose numbers moved by `offset`: the slow step, shared by every copy with that offset."""
    return tuple(unseen.renumber_line(x, offset) if unseen._is_prose(x) else x for x in source_text.split("\n"))


def render(plan: Plan, source_text: str, title: str) -> bytes:
    """The bytes of one synthetic document."""
    rng = random.Random(plan.seed)
    force = forces()[plan.force]
    lines = [unseen.rename_force(x, force) for x in _renumbered(source_text, plan.offset)]
    try:
        lines = unseen.reorder_sections(lines, rng)
    except ValueError:
        pass                                     # sections not in one run: keep the source's order
    if plan.shape == "web":
        lines = unseen.web_page_shape(lines, force, rng)
    elif plan.shape == "pdf":
        lines = pdf_export_shape(lines, unseen.rename_force(title, force))
    text = "\n".join(lines)
    if plan.shape == "crlf":
        text = "\ufeff" + text.replace("\n", "\r\n")
    return text.encode("utf-8")


def _entry(plan: Plan, source: SourceEntry, data: bytes) -> dict:
    """The manifest entry of a synthetic document; no `force`: the pipeline reads it from the text."""
    force = forces()[plan.force]
    return {
        "doc_id": plan.doc_id, "file": f"{plan.doc_id}.txt", "sha256": hashlib.sha256(data).hexdigest(),
        "title": unseen.rename_force(source.title, force), "short_title": unseen.rename_force(source.short_title, force),
        "publisher": f"Synthetic, varied from {plan.source} by scripts/synthetic_corpus.py",
        "published": source.published, "document_type": source.document_type,
        "landing_url": f"https://example.invalid/synthetic/{plan.doc_id}/", "licence": source.licence,
    }


def write_corpus(out_dir: Path, n_documents: int, seed: int = 0) -> list[Plan]:
    """Write `n_documents` synthetic documents and their sources.yaml into `out_dir` (created if needed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    originals = {e.doc_id: e for e in load_manifest(RAW)}
    texts = {doc_id: read_source(RAW, e).text for doc_id, e in originals.items()}
    plans = plan_corpus(n_documents, seed, sorted(originals))
    manifest = []
    for plan in plans:
        e = originals[plan.source]
        data = render(plan, texts[plan.source], e.title)
        (out_dir / f"{plan.doc_id}.txt").write_bytes(data)
        force = forces()[plan.force]
        manifest.append({                        # no `force`: the pipeline reads it from the text
            "doc_id": plan.doc_id, "file": f"{plan.doc_id}.txt", "sha256": hashlib.sha256(data).hexdigest(),
            "title": unseen.rename_force(e.title, force), "short_title": unseen.rename_force(e.short_title, force),
            "publisher": f"Synthetic, varied from {plan.source} by scripts/synthetic_corpus.py",
            "published": e.published, "document_type": e.document_type,
            "landing_url": f"https://example.invalid/synthetic/{plan.doc_id}/", "licence": e.licence,
        })
    header = f"# Synthetic corpus: {n_documents} documents varied from data/raw (seed {seed}).\n"
    text = header + yaml.safe_dump({"documents": manifest}, sort_keys=False, allow_unicode=True)
    (out_dir / MANIFEST_NAME).write_text(text, encoding="utf-8")
    return plans


def add_document(out_dir: Path, seed: int = 0) -> Plan:
    """Write the next document of a corpus made by `write_corpus` with the same seed, and list it in its manifest."""
    out_dir = Path(out_dir)
    manifest_path = out_dir / MANIFEST_NAME
    header, _, body = manifest_path.read_text(encoding="utf-8").partition("\n")
    documents = yaml.safe_load(body)["documents"]
    originals = {e.doc_id: e for e in load_manifest(RAW)}
    plan = plan_corpus(len(documents) + 1, seed, sorted(originals))[-1]
    e = originals[plan.source]
    data = render(plan, read_source(RAW, e).text, e.title)
    (out_dir / f"{plan.doc_id}.txt").write_bytes(data)
    documents.append(_entry(plan, e, data))
    manifest_path.write_text(header + "\n" + yaml.safe_dump({"documents": documents}, sort_keys=False, allow_unicode=True),
                             encoding="utf-8")
    return plan


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the documents and sources.yaml to")
    parser.add_argument("--documents", type=int, default=10, help="how many documents (default 10)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    plans = write_corpus(args.out_dir, args.documents, args.seed)
    size = sum((args.out_dir / f"{p.doc_id}.txt").stat().st_size for p in plans)
    print(f"wrote {len(plans)} documents ({size / 1e6:.1f} MB) and {MANIFEST_NAME} to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
