"""One document in, every fact table's rows out: the single entry point the pipeline runs per source."""
from __future__ import annotations

from collections.abc import Callable

from pipeline.document import Document
from pipeline.extract.findings import extract_findings
from pipeline.extract.judgments import extract_grades
from pipeline.extract.metrics import extract_metrics, text_table_metrics
from pipeline.extract.panels import extract_panel_metrics, panel_span
from pipeline.extract.tables import extract_tables
from pipeline.extract.structure import extract_document_row, extract_sections
from pipeline.indicators import indicator_for
from pipeline.progress import Progress
from pipeline.schema import REGISTRY
from pipeline.sources import Source


def document_for(source: Source) -> Document:
    e = source.entry
    return Document(doc_id=e.doc_id, text=source.text, short_title=e.short_title, source_url=e.landing_url,
                    title=e.title, published=e.published, document_type=e.document_type,
                    declared_framework=getattr(e, "framework", None))


def document_metrics(doc: Document, tables: list[dict], cells: list[dict], progress: Progress | None = None) -> list[dict]:
    """Every metric of a document: its key-facts panel, its prose and its text tables, each matched to an indicator."""
    panel = panel_span(doc)
    panel_lines = set(range(panel[0], panel[1] + 1)) if panel else set()
    metrics = extract_panel_metrics(doc) + extract_metrics(doc, skip_lines=panel_lines, progress=progress) + \
        text_table_metrics(doc, tables, cells)
    for metric in metrics:
        metric["indicator_id"], metric["population"] = indicator_for(metric)
    return metrics


def extract_facts(source: Source, raw_path: str, warn: Callable[[str], None] | None = None,
                  progress: Callable[[str], None] | None = None) -> dict[str, list[dict]]:
    """Rows for every published table from one verified source.

    `warn`, if given, is called with each thing in the text that could not be trusted and was left out, with its
    line (`Document.warnings`, e.g. a contents list whose pages go backwards); the asset passes `context.log.warning`.
    `progress`, if given, is called with where the work is, so a long document does not look hung: when each stage
    starts ("doc: metrics") and, in the metrics pass (the longest), at least every 50,000 lines or 2 million
    characters ("doc: metrics: line 120,000 of 910,000 (13%)"); the asset passes `context.log.info`."""
    doc = document_for(source)
    where = Progress(progress, doc.doc_id, doc.n_lines, len(doc.text))
    where.stage("page furniture", f"{len(doc.text) / 1e6:.1f} million characters, {doc.n_lines:,} lines")
    doc.furniture                                      # the document's structure, read here stage by stage
    where.stage("contents and headings")
    doc.headings
    where.stage("sections and pages")
    rows: dict[str, list[dict]] = {name: [] for name in REGISTRY}
    rows["sections"] = extract_sections(doc)
    where.stage("force and framework")
    rows["documents"].append(extract_document_row(source, doc, raw_path))
    where.stage("tables")
    rows["tables"], rows["table_cells"] = extract_tables(doc)
    where.stage("metrics")
    rows["metrics"] = document_metrics(doc, rows["tables"], rows["table_cells"], where)
    where.stage("judgments")
    rows["judgments"], rows["grade_counts"] = extract_grades(doc)
    where.stage("findings")
    rows["findings"] = extract_findings(doc)
    for warning in doc.warnings if warn else ():
        warn(warning)
    where.stage("done", ", ".join(f"{name} {len(found):,}" for name, found in rows.items() if found))
    return rows
