"""The static site: plain HTML pages generated from a release, every fact shown in its source text.

`build_site` reads only the release (Parquet files and datapackage.json) and the raw texts it was built
from, and writes the same bytes for the same inputs: no clock, no randomness, every list sorted.
The site lives in `<release>/site/`, so downloads are linked as `../<name>.parquet`.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from datetime import date
from html import escape
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.schema import REGISTRY
from pipeline.site.charts import Point, Series, bar_chart, fmt, line_chart
from pipeline.site.spans import Span, highlight
from pipeline.sources import decode_source, sha256_of
from pipeline.vocabulary import GRADES, UNIT_MEANINGS

STATIC = Path(__file__).parent / "static"
SITE_NAME = "Met scrutiny data"

# Highlight kinds: the table each comes from, its CSS class, and how the legend names it.
FACT_KINDS = (
    ("table_cells", "cell", "Table cell"),
    ("metrics", "metric", "Number in the text"),
    ("judgments", "judgment", "Graded judgment"),
    ("grade_counts", "judgment", "Grade count"),
    ("findings", "finding", "Finding"),
    ("tables", "table", "Figure or table caption"),
)
LEGEND = (("metric", "Metric", "a number stated in the text, with what it measures"),
          ("cell", "Table cell", "a cell of a printed table, typed"),
          ("judgment", "Judgment", "a graded area of an inspection, or a count of grades"),
          ("finding", "Finding", "a cause of concern, recommendation, area for improvement or innovative practice"),
          ("table", "Figure caption", "the caption of a table, or of a chart whose data is not in the text"))
NAV = (("index.html", "Home"), ("tables/index.html", "Tables"), ("judgments.html", "Judgments"),
       ("findings.html", "Findings"), ("metrics.html", "Metrics"), ("indicators.html", "Indicators"))
PERIOD = re.compile(r"^(19|20)\d{2}(\s*[-–/]\s*((19|20)?\d{2}))?$")
GRADE_CLASS = {"Outstanding": "g-outstanding", "Good": "g-good", "Adequate": "g-adequate",
               "Requires improvement": "g-ri", "Inadequate": "g-inadequate"}


# ---------------------------------------------------------------------------------------------- reading


class Release:
    """The published tables, sorted by their registry key, with the datapackage and raw texts. Rows are handed out
    as dicts (nulls as None) per document (`of`), or per table (`rows`, built when a page needs a whole table):
    at thousands of documents the dicts of every row took more memory than the rest of the build."""

    def __init__(self, release_dir: Path, raw_dir: Path):
        self.dir = Path(release_dir)
        self.arrow: dict[str, pa.Table] = {}
        self.runs: dict[str, dict[str, tuple[int, int]]] = {}   # {table: {doc_id: (offset, rows)}}
        for name, schema in REGISTRY.items():
            path = self.dir / f"{name}.parquet"
            table = _sorted(pq.read_table(path), schema.sort_key) if path.exists() else schema.arrow_schema().empty_table()
            self.arrow[name] = table
            self.runs[name] = _document_runs(table)
        self.rows = _WholeTables(self.arrow)
        dp = self.dir / "datapackage.json"
        self.datapackage = json.loads(dp.read_text(encoding="utf-8")) if dp.exists() else {}
        self.docs = {d["doc_id"]: d for d in self.rows["documents"]}
        self.texts = RawTexts(Path(raw_dir), self.docs)
        self.tables = {t["table_id"]: t for t in self.rows["tables"]}
        self.indicators = {i["indicator_id"]: i for i in self.rows["indicators"]}
        self._recent: dict[tuple[str, str], list[dict]] = {}

    def count(self, table: str, doc_id: str | None = None) -> int:
        """Rows of a table, or of one document in it."""
        if doc_id is None:
            return self.arrow[table].num_rows
        return self.runs[table].get(doc_id, (0, 0))[1]

    def slice(self, table: str, doc_id: str) -> pa.Table:
        """A document's rows of a table as Arrow (no copy; empty if it has none)."""
        offset, rows = self.runs[table].get(doc_id, (0, 0))
        return self.arrow[table].slice(offset, rows)

    def of(self, table: str, doc_id: str) -> list[dict]:
        """A document's rows of a table, in table order (the last few documents' are kept: a page asks often)."""
        key = (table, doc_id)
        if key not in self._recent:
            if len(self._recent) >= 64:
                self._recent.pop(next(iter(self._recent)))
            run = self.runs[table].get(doc_id)
            self._recent[key] = self.arrow[table].slice(*run).to_pylist() if run else []
        return list(self._recent[key])


def _sorted(table: pa.Table, keys: tuple[str, ...]) -> pa.Table:
    """`table` sorted by `keys`, nulls last, ties in file order (Arrow's sort is stable), as Table.sort_by sorts it;
    the table as read when it is in that order already, as a release's files are (copying them took a second)."""
    order = pc.sort_indices(table, sort_keys=[(k, "ascending") for k in keys])
    return table if np.array_equal(order.to_numpy(), np.arange(table.num_rows)) else table.take(order)


class _WholeTables(dict):
    """{table: every row as a dict}, built on first use."""

    def __init__(self, arrow: dict[str, pa.Table]):
        super().__init__()
        self.arrow = arrow

    def __missing__(self, name: str) -> list[dict]:
        rows = self[name] = self.arrow[name].to_pylist()
        return rows


def _document_runs(table: pa.Table) -> dict[str, tuple[int, int]]:
    """{doc_id: (offset, rows)} of a table sorted by doc_id first; empty for a table without doc_id."""
    if "doc_id" not in table.column_names:
        return {}
    runs: dict[str, tuple[int, int]] = {}
    ids = table.column("doc_id").to_pylist()
    start = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] != ids[start]:
            runs[ids[start]] = (start, i - start)
            start = i
    return runs


class RawTexts(dict):
    """{doc_id: raw text}, each read (and checked against documents.sha256) when a page first needs it: a build that
    reuses most document pages reads few of thousands of texts."""

    def __init__(self, raw_dir: Path, docs: dict[str, dict]):
        super().__init__()
        self.raw_dir, self.docs = raw_dir, docs

    def __missing__(self, doc_id: str) -> str:
        text = self[doc_id] = _raw_text(self.raw_dir, self.docs[doc_id])
        return text


def _raw_text(raw_dir: Path, doc: dict) -> str:
    """The raw text the release was built from: same file name as `raw_path`, same sha256, else refuse."""
    path = raw_dir / Path(doc["raw_path"]).name
    data = path.read_bytes()
    if sha256_of(data) != doc["sha256"]:
        raise ValueError(f"{path}: sha256 differs from documents.sha256 of {doc['doc_id']!r}; "
                         "the raw text is not the one this release was built from")
    return decode_source(data, str(path))


# ---------------------------------------------------------------------------------------------- ids and text


def fact_anchor(table: str, row: dict) -> str:
    """`fact-<primary key>`: the table's primary key from the schema registry, parts joined with '/'."""
    return "fact-" + "/".join(str(row[k]) for k in REGISTRY[table].primary_key)


def fact_href(table: str, row: dict, root: str) -> str:
    return f"{root}documents/{row['doc_id']}.html#{fact_anchor(table, row)}"


def table_page(table_id: str) -> str:
    return "tables/" + table_id.replace("/", "-") + ".html"


def num(v: float | None) -> str:
    return "" if v is None else fmt(v)


UNIT_FORMS = {"percent": "{}%", "percentage_points": "{} percentage points", "gbp": "£{}", "gbp_thousands": "£{} thousand",
              "rate_per_1000": "{} per 1,000", "multiplier": "×{}", "ratio": "1:{}", "duration_seconds": "{} seconds",
              "duration_minutes": "{} minutes", "duration_hours": "{} hours", "duration_days": "{} days",
              "duration_weeks": "{} weeks", "duration_months": "{} months", "duration_years": "{} years"}


def value_text(row: dict) -> str:
    """Value with its range end in its unit, as a reader writes it: `55–60%`, `£3,557,789 thousand`, `1,446`."""
    if row.get("value") is None:
        return ""
    v = num(row["value"]) + (f"–{num(row['value_high'])}" if row.get("value_high") is not None else "")
    return UNIT_FORMS.get(row.get("unit") or "", "{}").format(v)


def pages_text(row: dict) -> str:
    if row.get("page") is not None:
        return f"p. {row['page']}"
    if row.get("page_start") is not None and row.get("page_end") is not None:
        return f"pp. {row['page_start']}–{row['page_end']}"
    if row.get("page_start") is not None:
        return f"from p. {row['page_start']}"
    return ""


def fact_title(table: str, row: dict, rel: Release) -> str:
    """The row as a few readable lines: a heading, then `field: value` (tooltip without JS, panel with JS)."""
    if table == "metrics":
        ind = rel.indicators.get(row.get("indicator_id") or "")
        lines = [f"Metric: {row['surface']}", f"value: {value_text(row)}", f"unit: {row['unit']}", f"subject: {row.get('subject') or ''}",
                 f"measure: {row.get('measure') or ''}", f"period: {row.get('period') or ''}",
                 f"qualifier: {row['qualifier']}"]
        if row.get("comparator"):
            lines.append(f"compared with: {row['comparator']} {num(row.get('comparator_value'))}".rstrip())
        if ind:
            lines.append(f"indicator: {ind['name']}")
    elif table == "table_cells":
        t = rel.tables.get(row["table_id"], {})
        lines = [f"Table cell: {t.get('label') or row['table_id']}", f"row: {row.get('row_label') or ''}",
                 f"column: {row.get('column_label') or ''}", f"text: {row['text']}", f"value: {value_text(row)}",
                 f"unit: {row.get('unit') or ''}"]
    elif table == "judgments":
        grade = row.get("grade") or "not graded"
        lines = [f"Judgment: {grade}", f"area: {row['area']}", f"framework: {row['framework']}",
                 f"scope: {row['scope']}", f"stated as: {row['stated_as']}"]
    elif table == "grade_counts":
        lines = [f"Grade count: {row['count']} × {row['grade']}", f"framework: {row['framework']}"]
    elif table == "findings":
        lines = [f"Finding: {row['kind'].replace('_', ' ')}", f"area: {row.get('area') or ''}"]
        if row.get("deadline"):
            lines.append(f"deadline: {row['deadline']}")
    else:  # tables
        lines = [f"{row.get('label') or 'Table'}: {row.get('caption') or ''}", f"kind: {row['kind'].replace('_', ' ')}"]
    lines.append(f"citation: {row['citation']}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- page shell


def shell(title: str, body: str, root: str, rel: Release, wide: bool = False) -> str:
    nav = "".join(f'<a href="{root}{href}">{escape(label)}</a>' for href, label in NAV)
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)} · {SITE_NAME}</title>"
        '<link rel="icon" href="data:,">'
        f'<link rel="stylesheet" href="{root}static/style.css"></head>\n'
        f'<body><header class="site"><a class="brand" href="{root}index.html">{SITE_NAME}</a>'
        f"<nav>{nav}</nav></header>\n"
        f'<main class="{"wide" if wide else "narrow"}">\n{body}\n</main>\n'
        f'<footer><p>{escape(release_line(rel))}. Generated from the published release; every fact links to the '
        f'words it was read from. <a href="{root}index.html#download">Download the data</a>.</p></footer>\n'
        f'<script src="{root}static/site.js"></script></body></html>\n'
    )


def release_line(rel: Release) -> str:
    version = rel.datapackage.get("version")
    when = rel.datapackage.get("created") or rel.datapackage.get("date")
    parts = [f"Release {version}" if version else "Release version not stated in datapackage.json"]
    if when:
        parts.append(f"of {when}")
    return " ".join(parts)


def legend_html(counts: dict[str, int] | None = None) -> str:
    items = []
    for kind, label, _ in LEGEND:
        n = f" <b>{counts.get(kind, 0):,}</b>" if counts is not None else ""
        items.append(f'<span class="chip"><span class="hl {kind}">{escape(label)}</span>{n}</span>')
    return '<div class="legend">' + "".join(items) + "</div>"


def table_rows_html(rows: list[list[str]], row_attrs: list[str] | None = None) -> str:
    return "".join(f"<tr{row_attrs[i] if row_attrs else ''}>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>"
                   for i, r in enumerate(rows))


def table_html(headers: list[str], rows: list[list[str]], cls: str = "data", row_attrs: list[str] | None = None,
               body: str | None = None) -> str:
    """A <table>; cells are already HTML (`body`: the rows' HTML already joined)."""
    head = "".join(f"<th>{h}</th>" for h in headers)
    body = table_rows_html(rows, row_attrs) if body is None else body
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def inline_md(text: str) -> str:
    """Escape text and show its `code` spans as code (datapackage descriptions are Markdown)."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escape(text))


def link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}">{escape(text)}</a>'


# ---------------------------------------------------------------------------------------------- home


def home_page(rel: Release) -> str:
    dp = rel.datapackage
    root = ""
    count_rows = []
    for name, schema in REGISTRY.items():
        files = [link(f"../{name}.{ext}", ext.upper()) for ext in ("parquet", "csv") if (rel.dir / f"{name}.{ext}").exists()]
        count_rows.append([f"<code>{name}</code>", f'<span class="num">{rel.count(name):,}</span>',
                           escape(schema.description), " · ".join(files)])
    doc_rows = []
    for d in rel.rows["documents"]:
        n = sum(rel.count(t, d["doc_id"]) for t, _, _ in FACT_KINDS if t != "tables")
        doc_rows.append([link(f"documents/{d['doc_id']}.html", d["short_title"]), escape(d["publisher"]),
                         f'<span class="num">{escape(d["published"])}</span>', escape(d["document_type"].replace("_", " ")), escape(d["licence"]),
                         f'<span class="num">{n:,}</span>'])
    extra = [(f, label) for f, label in (
        ("datapackage.json", "datapackage.json — Frictionless Data Package: schemas, hashes, sources, licences"),
        ("README.md", "README.md — the data dictionary: every column and unit"),
        ("met_scrutiny.duckdb", "met_scrutiny.duckdb — every table and view in one DuckDB file"),
        ("views.sql", "views.sql — the views, to run on the Parquet files with DuckDB"),
        ("validation.html", "validation.html — the validation report of this release"),
        ("CITATION.cff", "CITATION.cff — how to cite the dataset"),
    ) if (rel.dir / f).exists()]
    files_html = "".join(f"<li>{link('../' + f, label)}</li>" for f, label in extra)
    metrics = rel.arrow["metrics"]
    with_page = metrics.filter(metrics.column("page").is_valid()) if metrics.num_rows else metrics
    example = (with_page if with_page.num_rows else metrics).column("citation")[0].as_py() if metrics.num_rows else ""
    version = dp.get("version")
    created = dp.get("created") or dp.get("date")
    cite = (f"{dp.get('title', SITE_NAME)}{', version ' + str(version) if version else ''}"
            f"{' (' + str(created)[:10] + ')' if created else ''}.")
    body = f"""
<h1>{escape(dp.get("title", SITE_NAME))}</h1>
<p class="lead">{inline_md(dp.get("description", ""))}</p>
<p class="release"><strong>{escape(release_line(rel))}</strong> · {len(rel.rows["documents"])} documents ·
{sum(rel.count(t) for t, _, _ in FACT_KINDS if t != "tables"):,} extracted facts</p>

<h2>How to read it</h2>
<p>Each document page shows the report's full text with every extracted fact highlighted where it was read.
Click a highlight to see its row; every number elsewhere on this site links back to its highlight.</p>
<ul class="legend-list">{"".join(f'<li><span class="hl {k}">{escape(label)}</span> — {escape(what)}</li>' for k, label, what in LEGEND)}</ul>

<h2>Documents</h2>
{table_html(["document", "publisher", "published", "type", "licence", "facts"], doc_rows)}

<h2>Browse</h2>
<ul class="browse">
<li><a href="tables/index.html">Tables and figures</a> — printed tables with charts, and figures whose data is not in the text</li>
<li><a href="judgments.html">Judgments</a> — graded areas per inspection and over time</li>
<li><a href="findings.html">Findings</a> — causes of concern, recommendations, areas for improvement</li>
<li><a href="metrics.html">Metrics</a> — every number stated in the text, filterable</li>
<li><a href="indicators.html">Indicators</a> — the same measure across reports, over time</li>
</ul>

<h2 id="download">Download</h2>
<p>The files sit next to this site in the release folder. Parquet opens in pandas, R (arrow), DuckDB and most tools.</p>
{table_html(["table", "rows", "one row per", "files"], count_rows)}
<ul>{files_html}</ul>
<p>With DuckDB: <code>SELECT * FROM read_parquet('metrics.parquet') LIMIT 10;</code></p>

<h2 id="cite">Cite</h2>
<p>Cite the dataset as: <q>{escape(cite)}</q></p>
<p>Cite a single fact with its <code>citation</code> column, which names the report and its printed page, e.g.
<q>{escape(example)}</q>. Each source keeps its own licence, shown on its page.</p>
"""
    return shell("Home", body, root, rel)


# ---------------------------------------------------------------------------------------------- documents


def doc_spans(rel: Release, doc_id: str) -> list[Span]:
    text = rel.texts[doc_id]
    spans = []
    for table, kind, _ in FACT_KINDS:
        for row in rel.of(table, doc_id):
            if text[row["char_start"]:row["char_end"]] != row["quote"]:
                raise ValueError(f"{table} row {fact_anchor(table, row)}: quote does not match the raw text at "
                                 f"[{row['char_start']}, {row['char_end']})")
            spans.append(Span(row["char_start"], row["char_end"], kind, fact_anchor(table, row),
                              fact_title(table, row, rel)))
    for s in rel.of("sections", doc_id):
        spans.append(Span(s["char_start"], s["char_end"], "section", "sec-" + s["section_id"]))
    return spans


def section_tree(sections: list[dict]) -> str:
    children: dict[str | None, list[dict]] = defaultdict(list)
    for s in sections:
        children[s.get("parent_id")].append(s)

    def items(parent: str | None) -> str:
        out = []
        for s in children.get(parent, []):
            page = ""
            if s.get("page_start") is not None:
                page = f' <span class="pages">{"p." if s["in_contents"] else "from p."} {s["page_start"]}</span>'
            number = s.get("number") or ""
            label = s["heading"] if s["heading"].startswith(number) else f"{number} {s['heading']}"
            sub = items(s["section_id"])
            out.append(f'<li><a href="#sec-{escape(s["section_id"])}">{escape(label)}</a>{page}'
                       f"{'<ul>' + sub + '</ul>' if sub else ''}</li>")
        return "".join(out)

    return "<ul>" + items(None) + "</ul>"


def document_page(rel: Release, doc_id: str) -> str:
    d = rel.docs[doc_id]
    root = "../"
    licences = {lic["name"]: lic for lic in rel.datapackage.get("licenses", [])}
    lic = licences.get(d["licence"], {})
    lic_html = escape(lic.get("title", d["licence"]))
    if lic.get("path"):
        lic_html = link(lic["path"], lic.get("title", d["licence"]))
    meta = [("Publisher", escape(d["publisher"])), ("Published", escape(d["published"])),
            ("Type", escape(d["document_type"].replace("_", " "))), ("Force", escape(d.get("force") or "—")),
            ("Framework", escape(d.get("framework") or "—")), ("Licence", lic_html),
            ("Landing page", link(d["landing_url"], d["landing_url"])
             + ("" if d["landing_url_verified"] else ' <span class="note">(follows the publisher\'s pattern; not confirmed)</span>')),
            ("PDF", link(d["pdf_url"], d["pdf_url"]) if d.get("pdf_url") else "—"),
            ("Raw text", f"<code>{escape(d['raw_path'])}</code>, {d['n_lines']:,} lines, {d['n_chars']:,} characters"),
            ("SHA-256", f"<code>{escape(d['sha256'])}</code>"),
            ("Pages", "from the contents list" if d["has_page_map"] else "no contents list: facts are cited by line")]
    counts: dict[str, int] = defaultdict(int)
    for table, kind, _ in FACT_KINDS:
        counts[kind] += len(rel.of(table, doc_id))
    spans = doc_spans(rel, doc_id)
    sections = rel.of("sections", doc_id)
    tables = rel.of("tables", doc_id)
    table_links = "".join(
        f"<li>{link(root + table_page(t['table_id']), t.get('label') or t['table_id'])}</li>"
        for t in tables if t["kind"] != "chart_without_data")
    body = f"""
<h1>{escape(d["title"])}</h1>
<dl class="meta">{"".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta)}</dl>
<p><a href="{root}metrics.html?doc={escape(doc_id)}">Metrics of this document in a list</a>{
    f' · <a href="{root}tables/index.html#{escape(doc_id)}">its tables and figures</a>' if tables else ""}</p>
<div class="doc-layout">
<aside class="toc"><h2>Sections</h2>{section_tree(sections) if sections else "<p>No headings found.</p>"}
{"<h2>Tables</h2><ul>" + table_links + "</ul>" if table_links else ""}</aside>
<section class="text">
<div class="legend-bar">{legend_html(counts)}</div>
<pre class="source">{highlight(rel.texts[doc_id], spans)}</pre>
</section>
</div>
<aside id="fact-panel" class="panel" hidden aria-live="polite"></aside>
"""
    return shell(d["short_title"], body, root, rel, wide=True)


# ---------------------------------------------------------------------------------------------- tables


def cell_grid(cells: list[dict]) -> tuple[list[int], list[int], dict[int, str], dict[int, str]]:
    rows = sorted({c["row_index"] for c in cells})
    cols = sorted({c["col_index"] for c in cells})
    row_label = {r: next((c["row_label"] for c in cells if c["row_index"] == r and c.get("row_label")), "") for r in rows}
    col_label = {k: next((c["column_label"] for c in cells if c["col_index"] == k and c.get("column_label")), "")
                 for k in cols}
    return rows, cols, row_label, col_label


def is_period(label: str) -> bool:
    return bool(PERIOD.match(label.strip()))


def table_charts(cells: list[dict], root: str) -> list[tuple[str, str]]:
    """One chart per unit: ([kind, svg]). Series run along the dimension whose cells share a unit; periods make lines."""
    numeric = [c for c in cells if c.get("value") is not None and c.get("unit")]
    if len(numeric) < 2:
        return []
    rows, cols, row_label, col_label = cell_grid(cells)
    row_units = {r: {c["unit"] for c in numeric if c["row_index"] == r} for r in rows}
    col_units = {k: {c["unit"] for c in numeric if c["col_index"] == k} for k in cols}
    rows_uniform = all(len(u) <= 1 for u in row_units.values())
    cols_uniform = all(len(u) <= 1 for u in col_units.values())
    cols_are_periods = all(is_period(col_label[k]) for k in cols)
    rows_are_periods = all(is_period(row_label[r]) for r in rows)
    if rows_uniform and not cols_uniform or (rows_uniform and cols_uniform and cols_are_periods):
        by_series, by_x = "row_index", "col_index"
        series_name = {r: row_label[r] or f"row {r + 1}" for r in rows}
        x_name = {k: col_label[k] or f"column {k}" for k in cols}
        x_keys, line = cols, cols_are_periods
    else:
        by_series, by_x = "col_index", "row_index"
        series_name = {k: col_label[k] or f"column {k}" for k in cols}
        x_name = {r: row_label[r] or f"row {r + 1}" for r in rows}
        x_keys, line = rows, rows_are_periods
    x_pos = {k: i for i, k in enumerate(x_keys)}
    groups: dict[str, dict[int, list[Point]]] = {}
    for c in sorted(numeric, key=lambda c: (c[by_series], c[by_x])):
        title = f"{series_name[c[by_series]]} · {x_name[c[by_x]]}: {c['text']}"
        p = Point(x_pos[c[by_x]], x_name[c[by_x]], c["value"], fact_href("table_cells", c, root), title)
        groups.setdefault(c["unit"], {}).setdefault(c[by_series], []).append(p)
    charts = []
    for unit, by in groups.items():
        series = [Series(series_name[k], tuple(ps)) for k, ps in by.items()]
        label = f"{unit.replace('_', ' ')} — {UNIT_MEANINGS.get(unit, '')}"
        if line:
            ticks = [(x_pos[k], x_name[k]) for k in x_keys]
            charts.append(("line", line_chart(series, ticks, label, label)))
        else:
            cats = [x_name[k] for k in x_keys if any(p.label == x_name[k] for s in series for p in s.points)]
            charts.append(("bar", bar_chart(cats, series, label, label)))
    return charts


def table_detail_page(rel: Release, t: dict) -> str:
    root = "../"
    cells = [c for c in rel.of("table_cells", t["doc_id"]) if c["table_id"] == t["table_id"]]
    rows, cols, row_label, col_label = cell_grid(cells)
    at = {(c["row_index"], c["col_index"]): c for c in cells}
    head = "<tr><th></th>" + "".join(f'<th scope="col">{escape(col_label[k])}</th>' for k in cols) + "</tr>"
    body_rows = []
    for r in rows:
        tds = []
        for k in cols:
            c = at.get((r, k))
            if c is None:
                tds.append("<td></td>")
            else:
                cls = ' class="num"' if c.get("value") is not None else ""
                tds.append(f'<td{cls}><a href="{escape(fact_href("table_cells", c, root))}" '
                           f'title="{escape(fact_title("table_cells", c, rel))}">{escape(c["text"])}</a></td>')
        body_rows.append(f'<tr><th scope="row">{escape(row_label[r])}</th>{"".join(tds)}</tr>')
    charts = table_charts(cells, root)
    chart_html = "".join(f'<figure class="chart-box" data-chart="{kind}">{svg}</figure>' for kind, svg in charts)
    d = rel.docs[t["doc_id"]]
    title = " — ".join(x for x in (t.get("label"), t.get("caption")) if x) or t["table_id"]
    scale = f"<p>Scale: {escape(t['scale_note'])}</p>" if t.get("scale_note") else ""
    body = f"""
<p class="crumbs">{link(root + "documents/" + t["doc_id"] + ".html", d["short_title"])} ›
{link(root + "tables/index.html", "Tables")}</p>
<h1>{escape(title)}</h1>
<p class="cite">{escape(t["citation"])} · {t["kind"].replace("_", " ")} · {t["n_rows"]} rows × {t["n_cols"]} columns ·
<a href="{escape(fact_href("tables", t, root))}">caption in the source text</a></p>
{scale}
<div class="table-wrap"><table class="printed"><thead>{head}</thead><tbody>{"".join(body_rows)}</tbody></table></div>
<p class="note">As printed. Each cell links to its place in the source text.</p>
{"<h2>Chart</h2>" + chart_html if charts else ""}
"""
    return shell(title, body, root, rel, wide=True)


def tables_index_page(rel: Release) -> str:
    root = "../"
    parts = []
    for d in rel.rows["documents"]:
        tables = rel.of("tables", d["doc_id"])
        if not tables:
            continue
        rows = []
        for t in tables:
            name = t.get("label") or t["table_id"]
            page = (link(root + table_page(t["table_id"]), name) if t["kind"] != "chart_without_data"
                    else escape(name))
            size = f'{t["n_rows"]} × {t["n_cols"]}' if t["kind"] != "chart_without_data" else "chart only"
            rows.append([page, escape(t.get("caption") or ""), escape(t["kind"].replace("_", " ")), size,
                         f'<a href="{escape(fact_href("tables", t, root))}">{escape(pages_text(t) or "in text")}</a>'])
        parts.append(f'<h2 id="{escape(d["doc_id"])}">{escape(d["short_title"])}</h2>'
                     + table_html(["figure", "caption", "kind", "size", "source"], rows))
    body = ("<h1>Tables and figures</h1><p>Tables are shown in their printed shape with a chart of their numbers. "
            "Figures drawn as charts whose data is not in the text are listed with their captions: follow "
            "<em>source</em> to see where they stand in the report.</p>" + "".join(parts))
    return shell("Tables and figures", body, root, rel)


# ---------------------------------------------------------------------------------------------- judgments


def grade_badge(j: dict, root: str) -> str:
    grade = j.get("grade") or "Not graded"
    cls = GRADE_CLASS.get(j.get("grade") or "", "g-none")
    return f'<a class="grade {cls}" href="{escape(fact_href("judgments", j, root))}" title="{escape(j["evidence"])}">{escape(grade)}</a>'


def judgments_page(rel: Release) -> str:
    root = ""
    parts = ['<h1>Judgments</h1><p>Graded areas as each inspection states them. Every grade links to the sentence '
             'or table cell it was read from.</p>']
    for d in rel.rows["documents"]:
        js = rel.of("judgments", d["doc_id"])
        if not js:
            continue
        scales = sorted({j["scale"] for j in js})
        grades = [g for s in scales for g in GRADES[s] if g]
        grades = list(dict.fromkeys(grades))
        head = ["area"] + [escape(g) for g in grades] + ["not graded"]
        rows = []
        for j in js:
            label = escape(j["area"]) + (' <span class="note">(earlier inspection)</span>' if j["scope"] == "previous" else "")
            if j.get("pillar"):
                label = f'<span class="pillar">{escape(j["pillar"])}</span> ' + label
            cells = [grade_badge(j, root) if j.get("grade") == g else "" for g in grades]
            cells.append(grade_badge(j, root) if not j.get("grade") else "")
            rows.append([label] + cells)
        parts.append(f'<h2>{link("documents/" + d["doc_id"] + ".html", d["short_title"])}</h2>'
                     f'<p class="note">{escape(d.get("framework") or "")} · published {escape(d["published"])}</p>'
                     + table_html(head, rows, cls="grid"))
    counts = [(d, g) for d in rel.rows["documents"] for g in rel.of("grade_counts", d["doc_id"])]
    if counts:
        rows = [[link("documents/" + d["doc_id"] + ".html", d["short_title"]), escape(g["framework"]),
                 escape(g["grade"]), str(g["count"]), f'<a href="{escape(fact_href("grade_counts", g, root))}">'
                 f'{escape(g["evidence"])}</a>'] for d, g in counts]
        parts.append("<h2>Grade counts</h2><p>Counts of grades that a report states without naming the areas.</p>"
                     + table_html(["document", "framework", "grade", "areas", "as stated"], rows))
    parts.append("<h2>Over time</h2>")
    by_force: dict[str, list[dict]] = defaultdict(list)
    for d in rel.rows["documents"]:
        if d.get("force") and rel.of("judgments", d["doc_id"]):
            by_force[d["force"]].append(d)
    for force, docs in sorted(by_force.items()):
        docs = sorted(docs, key=lambda d: (d["published"], d["doc_id"]))
        areas: list[tuple[str, str]] = []
        cell: dict[tuple[tuple[str, str], str], list[dict]] = defaultdict(list)
        for d in docs:
            for j in rel.of("judgments", d["doc_id"]):
                if j["scope"] != "current":
                    continue
                key = (j["framework"], j["area"])
                if key not in areas:
                    areas.append(key)
                cell[(key, d["doc_id"])].append(j)
        head = ["framework", "area"] + [f'{escape(d["short_title"])}<br><span class="note">{escape(d["published"])}</span>'
                                        for d in docs]
        rows = [[escape(fw), escape(area)] + [" ".join(grade_badge(j, root) for j in cell[((fw, area), d["doc_id"])])
                                              for d in docs] for fw, area in areas]
        parts.append(f"<h3>{escape(force)}</h3><p class=\"note\">Areas as each report words them; frameworks change "
                     "between cycles, so rows are not merged across frameworks.</p>" + table_html(head, rows, cls="grid"))
    return shell("Judgments", "".join(parts), root, rel)


def findings_page(rel: Release) -> str:
    root = ""
    parts = ["<h1>Findings</h1><p>Causes of concern, recommendations, areas for improvement and innovative practice, "
             "as the reports list them.</p>"]
    for d in rel.rows["documents"]:
        fs = rel.of("findings", d["doc_id"])
        if not fs:
            continue
        rows = [[f'<a href="{escape(fact_href("findings", f, root))}">{escape(f["text"])}</a>',
                 escape(f["kind"].replace("_", " ")), escape(f.get("area") or ""), escape(f.get("deadline") or ""),
                 escape(pages_text(f) or f"line {f['line']}")] for f in fs]
        parts.append(f'<h2>{link("documents/" + d["doc_id"] + ".html", d["short_title"])}</h2>'
                     + table_html(["finding", "kind", "area", "deadline", "where"], rows))
    return shell("Findings", "".join(parts), root, rel)


# ---------------------------------------------------------------------------------------------- metrics


def options(values: list[tuple[str, str]], all_label: str) -> str:
    return f'<option value="">{escape(all_label)}</option>' + "".join(
        f'<option value="{escape(v)}">{escape(label)}</option>' for v, label in values)


def metric_rows_html(rel: Release, doc_id: str) -> str:
    """The rows of one document's metrics in the metrics list (<tr> elements, in table order)."""
    root = ""
    rows, attrs = [], []
    for m in rel.of("metrics", doc_id):
        ind = rel.indicators.get(m.get("indicator_id") or "")
        rows.append([escape(rel.docs[m["doc_id"]]["short_title"]),
                     f'<a href="{escape(fact_href("metrics", m, root))}">{escape(m["surface"])}</a>',
                     f'<span class="num">{escape(value_text(m))}</span>', escape(m.get("subject") or ""),
                     escape(m.get("measure") or ""), escape(m.get("period") or ""), escape(ind["name"] if ind else ""),
                     escape(pages_text(m) or f"line {m['line']}")])
        text = " ".join(x for x in (m["surface"], m.get("subject"), m.get("measure"), m.get("period")) if x).lower()
        attrs.append(f' data-doc="{escape(m["doc_id"])}" data-unit="{escape(m["unit"])}" '
                     f'data-ind="{escape(m.get("indicator_id") or "")}" data-text="{escape(text)}"')
    return table_rows_html(rows, attrs)


def metrics_page(rel: Release, rows_of=None) -> str:
    """The list of every metric; `rows_of(doc_id)` gives a document's rows (default: metric_rows_html), so a build
    can reuse the rows of unchanged documents."""
    return "".join(metrics_page_chunks(rel, rows_of))


def metrics_page_chunks(rel: Release, rows_of=None):
    """The metrics list as pieces of text (head, each document's rows, tail), to be written one after the other:
    at thousands of documents the page is over 100 MB, and joined copies of it were the build's peak memory."""
    rows_of = rows_of or (lambda doc_id: metric_rows_html(rel, doc_id))
    head, tail = _metrics_page(rel, ROWS_HERE).split(ROWS_HERE)
    yield head
    for doc_id in rel.runs["metrics"]:      # documents in table order
        yield rows_of(doc_id)
    yield tail


ROWS_HERE = "\x00rows\x00"


def _metrics_page(rel: Release, body_rows: str) -> str:
    root = ""
    ms = rel.arrow["metrics"]
    docs = [(d["doc_id"], d["short_title"]) for d in rel.rows["documents"] if rel.count("metrics", d["doc_id"])]
    units = [(u, u.replace("_", " ")) for u in sorted(set(ms.column("unit").to_pylist()))]
    inds = [(i, rel.indicators[i]["name"]) for i in sorted({i for i in ms.column("indicator_id").to_pylist() if i})]
    body = f"""
<h1>Metrics</h1>
<p>Every number stated in the reports' text, with what it measures. Follow a number to see it highlighted in its report.
Indicator values across reports are charted on the <a href="indicators.html">indicators</a> page.</p>
<form class="filters" id="metric-filters" onsubmit="return false">
<label>Search <input type="search" id="f-text" placeholder="subject or measure, e.g. trust"></label>
<label>Document <select id="f-doc">{options(docs, "all documents")}</select></label>
<label>Unit <select id="f-unit">{options(units, "all units")}</select></label>
<label>Indicator <select id="f-ind">{options(inds, "any indicator")}</select></label>
<output id="f-count">{ms.num_rows:,} of {ms.num_rows:,} metrics</output>
</form>
<noscript><p class="note">Filtering needs JavaScript; the full list is below.</p></noscript>
<div class="table-wrap">
{table_html(["document", "as written", "value", "subject", "measure", "period", "indicator", "where"], [],
            cls="data metrics", body=body_rows)}
</div>
"""
    return shell("Metrics", body, root, rel, wide=True)


def indicators_page(rel: Release) -> str:
    root = ""
    force_of = {d["doc_id"]: d.get("force") or "" for d in rel.rows["documents"]}
    parts = ["<h1>Indicators</h1><p>Measures that reports state again and again, from the catalogue "
             "<code>pipeline/vocabulary/indicators.yaml</code>. Dated values form a series per force and population; a "
             "line is drawn where a series has at least two values. Values quoted from interviewees are left out. Where "
             "two statements give different values for the same period, both are shown.</p>"]
    metrics = rel.arrow["metrics"]
    catalogued = metrics.filter(metrics.column("indicator_id").is_valid()).to_pylist()   # in table order
    for ind in rel.rows["indicators"]:
        ms = [m for m in catalogued if m.get("indicator_id") == ind["indicator_id"] and not m["in_quotation"]]
        if not ms:
            continue
        series_pts: dict[tuple[str, str], list[Point]] = {}
        for m in sorted(ms, key=lambda m: (m["period_start"] or date.max, rel.docs[m["doc_id"]]["published"], m["char_start"])):
            if m.get("period_start") is None:
                continue
            name = (force_of[m["doc_id"]], m.get("population") or "all")
            title = f"{fmt(m['value'])} {m['unit']} · {m.get('period') or ''} · {m['citation']}"
            series_pts.setdefault(name, []).append(
                Point(m["period_start"].toordinal(), m["period_start"].isoformat(), m["value"],
                      fact_href("metrics", m, root), title))
        kept = {k: ps for k, ps in sorted(series_pts.items()) if len(ps) >= 2}
        one_force = len({force for force, _ in kept}) == 1
        series = [Series(population if one_force else f"{force} · {population}", tuple(ps),
                         joined=len({p.x for p in ps}) == len({(p.x, p.value) for p in ps})) for (force, population), ps in kept.items()]
        chart = ""
        if series:
            forces = sorted({force for force, _ in kept})
            years = [p.x for s in series for p in s.points]
            y0, y1 = date.fromordinal(int(min(years))).year, date.fromordinal(int(max(years))).year + 1
            ticks = [(date(y, 1, 1).toordinal(), str(y)) for y in range(y0, y1 + 1)]
            label = f"{ind['name']} ({ind['unit'].replace('_', ' ')})"
            notes = [f"Series by population, {forces[0]}." if one_force else "Series by force and population."]
            if not all(s.joined for s in series):
                notes.append("Where statements give several values for the same period, the points are not joined.")
            chart = (f'<figure class="chart-box" data-chart="line">{line_chart(series, ticks, label, label)}'
                     f'<figcaption class="note">{escape(" ".join(notes))}</figcaption></figure>')
        rows = [[escape(rel.docs[m["doc_id"]]["short_title"]), escape(m.get("population") or "all"),
                 escape(m.get("period") or "—"), f'<span class="num">{escape(value_text(m))}</span>',
                 escape(m.get("comparator") or ""),
                 f'<a href="{escape(fact_href("metrics", m, root))}">{escape(m["citation"])}</a>']
                for m in sorted(ms, key=lambda m: (m.get("population") or "", m["period_start"] or date.max,
                                                   m["doc_id"], m["char_start"]))]
        parts.append(f'<h2 id="{escape(ind["indicator_id"])}">{escape(ind["name"])}</h2>'
                     f'<p>{escape(ind["definition"])}</p>'
                     + (chart or '<p class="note">Fewer than two dated values in any series: no chart.</p>')
                     + f'<details><summary>{len(ms)} stated value{"" if len(ms) == 1 else "s"}</summary>'
                     + table_html(["document", "population", "period", "value", "compared with", "source"], rows)
                     + "</details>")
    return shell("Indicators", "".join(parts), root, rel)


# ---------------------------------------------------------------------------------------------- build


PAGE_KEYS = ".page-keys.json"   # {page: hash of everything it is made from}, beside the pages it describes


def site_code_hash() -> str:
    """Hash of the site generator's code and static files: part of every page's key."""
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _key(*parts) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str, ensure_ascii=False).encode()).hexdigest()


# the tables whose rows of a document its pages show (the documents row names the raw text by its sha256)
DOCUMENT_TABLES = ("documents", *dict.fromkeys(t for t, _, _ in FACT_KINDS), "sections")


def arrow_sha256(table: pa.Table) -> str:
    """sha256 of a table's rows as Arrow IPC: every value and null, so rows that differ never hash the same. Written
    from a compact copy: a slice shares its whole table's buffers, and the IPC writer may write them whole."""
    compact = pa.table([pa.concat_arrays(column.chunks) if column.chunks else pa.array([], column.type)
                        for column in table.columns], schema=table.schema)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, compact.schema) as stream:
        stream.write_table(compact)
    return hashlib.sha256(sink.getvalue()).hexdigest()


def document_digest(rel: Release, doc_id: str) -> str:
    """Hash of a document's rows: its row (with the raw text's sha256), its facts, sections and tables, and the
    catalogue rows their titles name (indicators of its metrics, tables of its cells other than its own). Hashed
    as Arrow, not as Python rows: at thousands of documents JSON of every row was most of a build that adds one.
    Computed once per document and build."""
    cache = rel.__dict__.setdefault("_digests", {})
    if doc_id not in cache:
        parts = [arrow_sha256(rel.slice(table, doc_id)) for table in DOCUMENT_TABLES]
        own_tables = set(rel.slice("tables", doc_id).column("table_id").to_pylist())
        indicators = {i: rel.indicators.get(i) for i in _distinct(rel.slice("metrics", doc_id), "indicator_id")}
        tables = {t: rel.tables.get(t) for t in _distinct(rel.slice("table_cells", doc_id), "table_id") - own_tables}
        cache[doc_id] = _key(parts, indicators, tables)
    return cache[doc_id]


def _distinct(rows: pa.Table, column: str) -> set:
    """The distinct non-null values of a column."""
    return set(pc.unique(rows.column(column).drop_null()).to_pylist())


def document_page_key(rel: Release, doc_id: str, code: str) -> str:
    """Hash of every input of a document's page: its rows (document_digest), the licences and release line, and
    the site code."""
    return _key(code, document_digest(rel, doc_id), rel.datapackage.get("licenses"), release_line(rel))


def table_page_key(rel: Release, t: dict, code: str) -> str:
    """Hash of every input of a printed table's page: its row, its cells and its document's title (all in its
    document's rows, document_digest: a change to one table of a document renders the others again too), the
    release line and the site code."""
    return _key(code, t["table_id"], document_digest(rel, t["doc_id"]), release_line(rel))


def page_plan(rel: Release, code: str | None = None, parts: Parts | None = None) -> dict[str, tuple[str | None, object]]:
    """Every page of the site by its path relative to the site folder: (key, render), where key (None for the
    pages over every document) names all the page's inputs, so an unchanged page can be reused, not rendered.
    With `parts`, the metrics list takes each document's rows from there when they were rendered before."""
    code = code or site_code_hash()
    rows_of = None
    if parts is not None:
        rows_of = lambda doc_id: parts.get(_key(code, "metric rows", document_digest(rel, doc_id)),  # noqa: E731
                                           lambda: metric_rows_html(rel, doc_id))
    plan: dict[str, tuple[str | None, object]] = {
        "index.html": (None, lambda: home_page(rel)), "tables/index.html": (None, lambda: tables_index_page(rel)),
        "judgments.html": (None, lambda: judgments_page(rel)), "findings.html": (None, lambda: findings_page(rel)),
        "metrics.html": (None, lambda: metrics_page_chunks(rel, rows_of)), "indicators.html": (None, lambda: indicators_page(rel))}
    for doc_id in rel.docs:
        plan[f"documents/{doc_id}.html"] = (document_page_key(rel, doc_id, code), lambda d=doc_id: document_page(rel, d))
    for t in rel.rows["tables"]:
        if t["kind"] != "chart_without_data":
            plan[table_page(t["table_id"])] = (table_page_key(rel, t, code), lambda t=t: table_detail_page(rel, t))
    return plan


def site_pages(rel: Release) -> dict[str, str]:
    """Every page of the site by its path relative to the site folder."""
    return {path: _text(render()) for path, (_, render) in page_plan(rel).items()}


def _text(page) -> str:
    """A rendered page: text, or pieces of text to be joined (see metrics_page_chunks)."""
    return page if isinstance(page, str) else "".join(page)


class Parts:
    """Fragments of the pages over every document (a document's rows of the metrics list), saved in `.parts/` of
    the site under the hash of their inputs, and taken from there or from another site's `.parts/` when present.
    Named by content, a saved fragment is never stale; those not used by a build are removed after it."""

    FOLDER = ".parts"

    def __init__(self, out_dir: Path, other_sites: list[Path]):
        self.dir = Path(out_dir) / self.FOLDER
        self.others = [Path(site) / self.FOLDER for site in other_sites]
        self.used: set[str] = set()

    def get(self, key: str, render) -> str:
        name = f"{key}.part"
        self.used.add(name)
        for folder in (self.dir, *self.others):
            path = folder / name
            if path.is_file():
                if folder != self.dir:
                    self.dir.mkdir(parents=True, exist_ok=True)
                    _reuse(path, self.dir / name)
                return path.read_bytes().decode("utf-8")
        text = render()
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.dir / f".{name}.tmp"
        tmp.write_bytes(text.encode("utf-8"))
        os.replace(tmp, self.dir / name)
        return text

    def prune(self) -> None:
        for path in self.dir.glob("*.part") if self.dir.is_dir() else []:
            if path.name not in self.used:
                path.unlink()


def _previous_keys(folder: Path | None) -> dict[str, str]:
    path = Path(folder) / PAGE_KEYS if folder else None
    try:
        return json.loads(path.read_text(encoding="utf-8")) if path and path.is_file() else {}
    except (OSError, ValueError):
        return {}


def _put(path: Path, data: bytes) -> None:
    """Write `path` unless it already holds `data`; a new file, so a page hard-linked from another site is never
    written through."""
    if path.exists() or path.is_symlink():
        if path.read_bytes() == data:
            return
        path.unlink()
    path.write_bytes(data)


def _reuse(source: Path, path: Path) -> None:
    """The page of another site with the same key: hard-linked (same file system), else copied."""
    if path.exists() or path.is_symlink():
        if os.path.samefile(source, path):
            return
        path.unlink()
    try:
        os.link(source, path)
    except OSError:
        path.write_bytes(source.read_bytes())


def build_site(release_dir: Path, raw_dir: Path, out_dir: Path, reuse_from: Path | None = None) -> dict[str, int]:
    """Write the site for the release in `release_dir` into `out_dir`; returns {"rendered": n, "reused": n} pages.

    A document's or printed table's page whose key (a hash of all its inputs and of the site code) is the key of
    the same page in `reuse_from` (the previous release's site) or already in `out_dir` is reused from there, not
    rendered: adding one document to thousands renders one document's pages. Stale pages from an earlier build (a
    document since removed) are deleted, so the folder is exactly the site.
    """
    rel = Release(Path(release_dir), Path(raw_dir))
    out_dir = Path(out_dir)
    sources = [(Path(folder), _previous_keys(folder)) for folder in (out_dir, reuse_from) if folder is not None]
    (out_dir / PAGE_KEYS).unlink(missing_ok=True)  # rewritten last: a build killed half-way leaves no key to trust
    parts = Parts(out_dir, [reuse_from] if reuse_from is not None else [])
    plan = page_plan(rel, parts=parts)
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = {out_dir / p for p in plan} | {out_dir / "static" / f.name for f in STATIC.iterdir() if f.is_file()}
    for old in sorted(out_dir.rglob("*")):
        if old.is_file() and old not in wanted and old.suffix in (".html", ".css", ".js"):
            old.unlink()
    for f in sorted(STATIC.iterdir()):
        if f.is_file():
            (out_dir / "static").mkdir(parents=True, exist_ok=True)
            _put(out_dir / "static" / f.name, f.read_bytes())
    keys, counts = {}, {"rendered": 0, "reused": 0}
    for rel_path, (key, render) in sorted(plan.items()):
        path = out_dir / rel_path
        path.parent.mkdir(parents=True, exist_ok=True)
        source = next((folder / rel_path for folder, previous in sources
                       if key is not None and previous.get(rel_path) == key and (folder / rel_path).is_file()), None)
        if source is not None:
            _reuse(source, path)
            counts["reused"] += 1
        else:
            page = render()
            if isinstance(page, str):
                _put(path, page.encode("utf-8"))
            else:                       # written piece by piece (a new file: never through a hard link)
                tmp = path.with_name(f".{path.name}.tmp")
                with open(tmp, "wb") as f:
                    for piece in page:
                        f.write(piece.encode("utf-8"))
                os.replace(tmp, path)
            counts["rendered"] += 1
        if key is not None:
            keys[rel_path] = key
    parts.prune()
    tmp = out_dir / f".{PAGE_KEYS}.tmp"
    tmp.write_text(json.dumps(keys, indent=0, sort_keys=True), encoding="utf-8")
    os.replace(tmp, out_dir / PAGE_KEYS)
    return counts
