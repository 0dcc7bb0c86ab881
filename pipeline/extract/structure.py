"""Rows for `documents` and `sections`: what the source is and how it is organised."""
from __future__ import annotations

from pipeline.document import Document
from pipeline.extract.forces import force_of
from pipeline.extract.frameworks import framework_of
from pipeline.sources import Source


def extract_document_row(source: Source, doc: Document, raw_path: str) -> dict:
    e = source.entry
    force = e.force or force_of(doc)
    framework = framework_of(doc)
    return {
        "doc_id": e.doc_id, "title": e.title, "short_title": e.short_title, "publisher": e.publisher,
        "published": e.published, "document_type": e.document_type, "force": force,
        "force_stated_by": "manifest" if e.force else ("text" if force else None),
        "framework": framework.name if framework else None,
        "landing_url": e.landing_url, "landing_url_verified": e.landing_url_verified, "pdf_url": e.pdf_url,
        "licence": e.licence, "raw_path": raw_path, "sha256": e.sha256, "n_lines": doc.n_lines,
        "n_chars": len(doc.text), "has_page_map": bool(doc.page_map.anchor_lines),
        "n_contents_entries": len(doc.contents),
    }


def extract_sections(doc: Document) -> list[dict]:
    rows = []
    for s in doc.sections:
        row = doc.provenance(s.char_start, s.char_end, label=s.heading)
        row.update({
            "section_id": s.section_id, "parent_id": s.parent_id, "level": s.level, "number": s.number,
            "heading": s.heading, "heading_kind": s.kind, "line_start": s.line_start, "line_end": s.line_end,
            "page_start": s.page_start, "page_end": s.page_end, "in_contents": s.in_contents,
        })
        rows.append(row)
    return rows
