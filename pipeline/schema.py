"""The schema registry: every published table declared once.

The Parquet schemas, the DuckDB `COMMENT ON` statements, `datapackage.json`, the data
dictionary and the baseline expectations are all generated from these declarations.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from pipeline.vocabulary import ALL_GRADES, FINDING_KINDS, GRADES, SCALES, UNITS  # noqa: F401  (re-exported)

TABLE_KINDS = ("data_table", "text_table", "chart_without_data", "judgment_table")
QUALIFIERS = ("exact", "approximately", "more_than", "less_than", "at_least", "up_to")


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True
    allowed: tuple[str, ...] | None = None
    unique: bool = False
    min_value: float | None = None


@dataclass(frozen=True)
class TableSchema:
    name: str
    description: str
    columns: tuple[Column, ...]
    sort_key: tuple[str, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple[str, str, str], ...] = field(default=())  # (column, table, column)
    is_fact: bool = True
    per_document: bool = True      # False: generated from a catalogue, not staged per document

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable, metadata={"description": c.description})
                          for c in self.columns], metadata={"description": self.description})


STR, INT, F64, BOOL, DATE = pa.string(), pa.int64(), pa.float64(), pa.bool_(), pa.date32()


def provenance_columns(*exclude: str) -> tuple[Column, ...]:
    """The provenance columns carried by every fact table (a table may already own one, e.g. section_id)."""
    return tuple(c for c in (
        Column("doc_id", STR, "Slug of the source document, e.g. `casey-review-2023`.", nullable=False),
        Column("line", INT, "1-based line in the raw file where the fact starts.", nullable=False, min_value=1),
        Column("char_start", INT, "0-based offset of the fact's first character in the raw file decoded as UTF-8.",
               nullable=False, min_value=0),
        Column("char_end", INT, "0-based, end-exclusive offset: `quote == text[char_start:char_end]`.",
               nullable=False, min_value=0),
        Column("quote", STR, "The exact source text of the fact.", nullable=False),
        Column("page", INT, "Printed page of the fact where the contents list pins it to one page (the fact is on a "
               "listed heading's line, or between two listed headings on the same page); null otherwise, never guessed. "
               "See `page_start`/`page_end` for the bounds.", min_value=1),
        Column("page_start", INT, "Lowest printed page the fact can be on: the page of the last listed heading at or "
               "before it. Null where the document has no contents list or the fact comes before its first listed heading.",
               min_value=1),
        Column("page_end", INT, "Highest printed page the fact can be on: the page of the next listed heading (equal to "
               "`page_start` on a listed heading's own line). Null where no listed heading follows.", min_value=1),
        Column("section_id", STR, "The section the fact sits in (`sections.section_id`)."),
        Column("source_url", STR, "Publisher's landing page for the document."),
        Column("citation", STR, "Human-readable citation: `Casey Review (2023), p. 38, Figure 1.2` where the page is "
               "exact, `pp. 289–308` where it is bounded, `from p. 289` after the last listed heading, `line 12` where "
               "the document has no contents list.",
               nullable=False),
    ) if c.name not in exclude)


DOCUMENTS = TableSchema(
    name="documents",
    description="One row per source document, with its publisher, date, licence, URL and hash.",
    columns=(
        Column("doc_id", STR, "Slug of the source document.", nullable=False, unique=True),
        Column("title", STR, "Full title as published.", nullable=False),
        Column("short_title", STR, "Short title used in citations.", nullable=False),
        Column("publisher", STR, "Publishing body.", nullable=False),
        Column("published", STR, "Publication date: ISO date, or YYYY-MM where only the month is known.", nullable=False),
        Column("document_type", STR, "inspection_report, inspection_summary, review, written_evidence, ...", nullable=False),
        Column("framework", STR, "Inspection framework the document reports on (`PEEL 2016`, `PEEL 2021/22`), from the "
               "manifest or read from the document; `PEEL` where the cycle is not stated; null for documents that are not "
               "graded inspections."),
        Column("force", STR, "Police force the document is about (official name); null where neither the manifest nor "
               "the text names one.", nullable=True),
        Column("force_stated_by", STR, "`manifest`, or `text` where the force was read from the names the document "
               "uses (pipeline/vocabulary/forces.yaml).", allowed=("manifest", "text")),
        Column("landing_url", STR, "Publisher's landing page.", nullable=False),
        Column("landing_url_verified", BOOL, "False where the URL follows the publisher's pattern but was not confirmed.",
               nullable=False),
        Column("pdf_url", STR, "Direct PDF link where known; null otherwise."),
        Column("licence", STR, "Licence of the source text (e.g. OGL-UK-3.0, no-licence-stated).", nullable=False),
        Column("raw_path", STR, "Path of the raw text in the repository.", nullable=False),
        Column("sha256", STR, "SHA-256 of the raw file's bytes.", nullable=False, unique=True),
        Column("n_lines", INT, "Number of lines in the raw file.", nullable=False, min_value=1),
        Column("n_chars", INT, "Number of characters in the decoded raw file.", nullable=False, min_value=1),
        Column("has_page_map", BOOL, "True where the document has a contents list from which pages are derived.",
               nullable=False),
        Column("n_contents_entries", INT, "Entries in the document's contents list.", nullable=False, min_value=0),
    ),
    sort_key=("doc_id",),
    primary_key=("doc_id",),
    is_fact=False,
)

SECTIONS = TableSchema(
    name="sections",
    description="The heading tree of every document, with line span and printed page bounds.",
    columns=(
        Column("section_id", STR, "Stable id: `<doc_id>/s<ordinal of the heading>`.", nullable=False, unique=True),
        Column("parent_id", STR, "Enclosing section; null for a top-level section."),
        Column("level", INT, "Depth in the tree (1 = top).", nullable=False, min_value=1),
        Column("number", STR, "Printed section number (`2.4`, `9.1.2`), where printed."),
        Column("heading", STR, "Heading text without markup.", nullable=False),
        Column("heading_kind", STR, "How the heading was recognised.", nullable=False,
               allowed=("markdown", "numbered", "chapter", "question", "label", "contents", "plain")),
        Column("line_start", INT, "First line (the heading).", nullable=False, min_value=1),
        Column("line_end", INT, "Last line of the section, including its subsections.", nullable=False, min_value=1),
        Column("page_start", INT, "Printed page where the section starts; for a heading missing from the contents, "
               "the page of the last listed heading before it (a lower bound).", min_value=1),
        Column("page_end", INT, "Upper bound of the section's last page: the page of the next listed heading.", min_value=1),
        Column("in_contents", BOOL, "True where the contents list names this heading, so `page_start` is stated, "
               "not bounded.", nullable=False),
    ) + provenance_columns("section_id", "page_start", "page_end"),
    sort_key=("doc_id", "line_start", "section_id"),
    primary_key=("section_id",),
    foreign_keys=(("doc_id", "documents", "doc_id"), ("parent_id", "sections", "section_id")),
)

TABLES = TableSchema(
    name="tables",
    description="Catalogue of every figure and table, including charts whose data is not in the text.",
    columns=(
        Column("table_id", STR, "Stable id: `<doc_id>/t<ordinal>`.", nullable=False, unique=True),
        Column("label", STR, "Printed label, e.g. `Figure 1.2`; labels may repeat within a document."),
        Column("caption", STR, "Caption text without label and footnote markers."),
        Column("kind", STR, "data_table | text_table | chart_without_data | judgment_table.", nullable=False,
               allowed=TABLE_KINDS),
        Column("n_rows", INT, "Body rows (header rows excluded).", nullable=False, min_value=0),
        Column("n_cols", INT, "Columns including the row-label column.", nullable=False, min_value=0),
        Column("n_header_rows", INT, "Header rows joined into `column_label`.", nullable=False, min_value=0),
        Column("line_start", INT, "First line of the table's cells (null for a chart).", min_value=1),
        Column("line_end", INT, "Last line of the table's cells (null for a chart).", min_value=1),
        Column("scale_note", STR, "Scaling stated in the caption or header, e.g. `£000's`."),
        Column("footnote", INT, "Footnote number attached to the caption."),
    ) + provenance_columns(),
    sort_key=("doc_id", "line", "table_id"),
    primary_key=("table_id",),
    foreign_keys=(("doc_id", "documents", "doc_id"), ("section_id", "sections", "section_id")),
)

TABLE_CELLS = TableSchema(
    name="table_cells",
    description="Every body cell of every table, tidy: one row per cell, with its typed value and provenance.",
    columns=(
        Column("table_id", STR, "The table (`tables.table_id`).", nullable=False),
        Column("row_index", INT, "0-based body row.", nullable=False, min_value=0),
        Column("col_index", INT, "0-based column among the value columns (the row-label column is not counted).",
               nullable=False, min_value=0),
        Column("row_label", STR, "Text of the row's label cell."),
        Column("column_label", STR, "Header text; levels of a multi-row header joined with ` / `."),
        Column("text", STR, "The cell as printed (footnote superscripts kept).", nullable=False),
        Column("value", F64, "The number a reader would read from the cell, scaled per `unit`; null for text."),
        Column("unit", STR, "Unit from the controlled vocabulary; null for text cells.", allowed=UNITS),
        Column("footnote", INT, "Footnote number printed in the cell, if any."),
    ) + provenance_columns(),
    sort_key=("doc_id", "table_id", "row_index", "col_index"),
    primary_key=("table_id", "row_index", "col_index"),
    foreign_keys=(("doc_id", "documents", "doc_id"), ("table_id", "tables", "table_id"),
                  ("section_id", "sections", "section_id")),
)

METRICS = TableSchema(
    name="metrics",
    description="Numbers stated in prose, typed, with what they measure and where they came from.",
    columns=(
        Column("metric_id", STR, "Stable id: `<doc_id>/m<line>-<char_start>`.", nullable=False, unique=True),
        Column("value", F64, "The number (low end of a range).", nullable=False),
        Column("value_high", F64, "Upper end of a range such as `55-60%`, else null."),
        Column("unit", STR, "Unit from the controlled vocabulary.", nullable=False, allowed=UNITS),
        Column("surface", STR, "The number as written in the sentence, with its unit words.", nullable=False),
        Column("subject", STR, "Who or what is counted or measured (`999 calls`, `White Londoners`), read from the "
               "sentence; null where the sentence does not say."),
        Column("measure", STR, "What the number measures, as a short noun phrase with its conditions (`share of 999 "
               "calls answered within 10 seconds`); null rather than a fragment where it cannot be told."),
        Column("value_kind", STR, "`level` (a state: 73%, 4,537 officers) or `change` (an amount of change: "
               "\"fell by 12%\", \"300 fewer\").", nullable=False, allowed=("level", "change")),
        Column("direction", STR, "For a change or a level reached by one: `rise`, `fall` or `none`. A change's "
               "`value` carries the same sign (a fall is negative).", allowed=("rise", "fall", "none")),
        Column("base_value", F64, "The whole a count is part of: 120 in \"40 out of 120\" or \"40 of the 120 cases\"."),
        Column("period", STR, "The period the number refers to, as printed (`in 2022`, `year ending March 2021`)."),
        Column("period_start", DATE, "First day of the period (a financial year `2022-23` runs 2022-04-01 to "
               "2023-03-31; `year ending March 2021` from 2020-04-01); null where no period is stated or it is open."),
        Column("period_end", DATE, "Last day of the period; equal to `period_start` for a point in time (`as at 31 "
               "March 2016`); null for an open period (`since 2010`)."),
        Column("period_source", STR, "Where the period is stated: `sentence`, `previous_sentence` (\"during this "
               "period\"), `list_lead_in` (the line introducing a bulleted list, for its items), `panel` (an "
               "infographic's label) or `table` (a text table's caption).",
               allowed=("sentence", "previous_sentence", "list_lead_in", "panel", "table")),
        Column("qualifier", STR, "exact | approximately | more_than | less_than | at_least | up_to.", nullable=False,
               allowed=QUALIFIERS),
        Column("ci_plus_minus", F64, "Half-width of a stated confidence interval (`+/- 2.4 percent`)."),
        Column("comparator", STR, "What the number is compared with (e.g. `England and Wales average`). A multiple "
               "(`2.6 times more likely than non-disabled people`) and a change (`up 244% from 2012-13`: `2012-13`) name "
               "their comparator without a `comparator_value`; a change whose text names none is compared with the "
               "start of its span (`fell by 25% between March 2019 and March 2022`: `March 2019`) or the `earlier "
               "figure`. Two groups set against each other are each other's comparators; a target, standard or "
               "national average is not itself compared with the figure set against it."),
        Column("comparator_value", F64, "The comparator's value (for \"from 83% to 73%\", 83 on the 73 row; for "
               "\"fell by 12% from 1,500\", 1500 on the 12% row)."),
        Column("in_quotation", BOOL, "True where the number is inside quoted speech (what an interviewee said), so "
               "anecdotes can be left out.", nullable=False),
        Column("sentence", STR, "The whole sentence the number sits in (for a panel figure, its label).", nullable=False),
        Column("source_form", STR, "`prose` (a sentence), `panel` (a 'Force in numbers' infographic) or `text_table` "
               "(a sentence in a cell of a text table).", nullable=False, allowed=("prose", "panel", "text_table")),
        Column("table_id", STR, "For `text_table` numbers, the table (`tables.table_id`)."),
        Column("indicator_id", STR, "The catalogued indicator the number is a value of (`indicators.indicator_id`), so "
               "values from different reports form a series; null for most numbers."),
        Column("population", STR, "For an indicator value, the population group it is for (`Black people`, `England and "
               "Wales`), read from the subject; null for the whole population of the report's force."),
    ) + provenance_columns(),
    sort_key=("doc_id", "char_start", "metric_id"),
    primary_key=("metric_id",),
    foreign_keys=(("doc_id", "documents", "doc_id"), ("section_id", "sections", "section_id"),
                  ("table_id", "tables", "table_id"), ("indicator_id", "indicators", "indicator_id")),
)

JUDGMENTS = TableSchema(
    name="judgments",
    description="Graded judgments: one row per graded (or explicitly ungraded) area and scope per report.",
    columns=(
        Column("judgment_id", STR, "Stable id: `<doc_id>/j<ordinal>`.", nullable=False, unique=True),
        Column("framework", STR, "Inspection framework, e.g. `PEEL 2021/22`.", nullable=False),
        Column("pillar", STR, "Pillar (effectiveness, efficiency, legitimacy) where stated."),
        Column("area", STR, "The graded area as worded in the report.", nullable=False),
        Column("grade", STR, "The grade; null where the area is explicitly not graded.", allowed=ALL_GRADES),
        Column("grade_rank", INT, "1 = best on its scale.", min_value=1),
        Column("scale", STR, "5-tier (PEEL 2021/22 on) or 4-tier (before).", nullable=False, allowed=SCALES),
        Column("graded", BOOL, "False where the report says the area is not graded.", nullable=False),
        Column("scope", STR, "`current`: the grade of this inspection; `previous`: a grade the report gives for an "
               "earlier inspection (\"last year we judged the force to be good\").", nullable=False,
               allowed=("current", "previous")),
        Column("stated_as", STR, "Where the grade is stated: `table` (judgments table), `grade_line` (a grade under "
               "the area's heading), `list` (a line \"area: grade\"), `sentence` (a sentence about the force) or `ungraded` "
               "(a statement that the area is not graded).", nullable=False,
               allowed=("table", "grade_line", "list", "sentence", "ungraded")),
        Column("evidence", STR, "The exact phrase stating the grade.", nullable=False),
        Column("confirmed_by", STR, "Other lines that state the same grade (section grade line, summary sentence)."),
        Column("conflicts_with", STR, "Other places that state a different grade for the area (validation warns); "
               "the grade column keeps the most structured statement (table, then grade line, then sentence)."),
    ) + provenance_columns(),
    sort_key=("doc_id", "line", "judgment_id"),
    primary_key=("judgment_id",),
    foreign_keys=(("doc_id", "documents", "doc_id"), ("section_id", "sections", "section_id")),
)

FINDINGS = TableSchema(
    name="findings",
    description="Causes of concern, recommendations, areas for improvement and innovative practice.",
    columns=(
        Column("finding_id", STR, "Stable id: `<doc_id>/f<ordinal>`.", nullable=False, unique=True),
        Column("kind", STR, "cause_of_concern | area_for_improvement | recommendation | innovative_practice.",
               nullable=False, allowed=FINDING_KINDS),
        Column("area", STR, "The graded area or question the finding belongs to."),
        Column("text", STR, "The finding's text (its bold heading, bullet or sentence), without markup and without a "
               "leading deadline.", nullable=False),
        Column("deadline", STR, "Deadline the report sets, as worded (`March 2017`, `Within six months`): from the item "
               "(\"By March 2017, the force should ...\") or the lead-in of its list."),
        Column("stated_as", STR, "`list` (an item under a findings label) or `prose` (a sentence under a question saying "
               "what the force should do, where the question has no findings label).", nullable=False,
               allowed=("list", "prose")),
        Column("restated_lines", STR, "Lines where the same text is restated word for word (comma-separated)."),
    ) + provenance_columns(),
    sort_key=("doc_id", "line", "finding_id"),
    primary_key=("finding_id",),
    foreign_keys=(("doc_id", "documents", "doc_id"), ("section_id", "sections", "section_id")),
)

GRADE_COUNTS = TableSchema(
    name="grade_counts",
    description="Grade counts stated in prose without naming the areas (\"'good' in four areas\"), as a press "
                "release gives them: published as counts, never as invented areas.",
    columns=(
        Column("count_id", STR, "Stable id: `<doc_id>/g<ordinal>`.", nullable=False, unique=True),
        Column("framework", STR, "Inspection framework, e.g. `PEEL 2021/22`.", nullable=False),
        Column("grade", STR, "The grade counted.", nullable=False, allowed=ALL_GRADES),
        Column("count", INT, "How many areas (or questions, or pillars) received the grade.", nullable=False, min_value=0),
        Column("evidence", STR, "The exact phrase stating the count.", nullable=False),
    ) + provenance_columns(),
    sort_key=("doc_id", "line", "count_id"),
    primary_key=("count_id",),
    foreign_keys=(("doc_id", "documents", "doc_id"), ("section_id", "sections", "section_id")),
)

INDICATORS = TableSchema(
    name="indicators",
    description="The indicator catalogue (pipeline/vocabulary/indicators.yaml): measures that reports state again and "
                "again, so that their values form series across reports (view `indicator_series`).",
    columns=(
        Column("indicator_id", STR, "Stable id, e.g. `public_trust`.", nullable=False, unique=True),
        Column("name", STR, "Short name for tables and charts.", nullable=False),
        Column("definition", STR, "What the indicator measures.", nullable=False),
        Column("unit", STR, "Unit of its values.", nullable=False, allowed=UNITS),
        Column("value_kind", STR, "`level` or `change`.", nullable=False, allowed=("level", "change")),
        Column("match_all", STR, "Patterns that a metric's measure and subject must all match.", nullable=False),
        Column("match_none", STR, "Patterns that must not match."),
    ),
    sort_key=("indicator_id",),
    primary_key=("indicator_id",),
    is_fact=False,
    per_document=False,
)

REGISTRY: dict[str, TableSchema] = {t.name: t for t in (DOCUMENTS, SECTIONS, TABLES, TABLE_CELLS, METRICS, JUDGMENTS,
                                                        FINDINGS, GRADE_COUNTS, INDICATORS)}


def duckdb_type(t: pa.DataType) -> str:
    return {STR: "VARCHAR", INT: "BIGINT", F64: "DOUBLE", BOOL: "BOOLEAN", DATE: "DATE"}[t]


def frictionless_type(t: pa.DataType) -> str:
    return {STR: "string", INT: "integer", F64: "number", BOOL: "boolean", DATE: "date"}[t]


def sql_literal(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def duckdb_comments(schema: TableSchema, table_ref: str | None = None) -> list[str]:
    ref = table_ref or schema.name
    out = [f"COMMENT ON TABLE {ref} IS {sql_literal(schema.description)}"]
    out += [f"COMMENT ON COLUMN {ref}.{c.name} IS {sql_literal(c.description)}" for c in schema.columns]
    return out


def frictionless_schema(schema: TableSchema) -> dict:
    fields = []
    for c in schema.columns:
        f = {"name": c.name, "type": frictionless_type(c.type), "description": c.description}
        constraints = {}
        if not c.nullable:
            constraints["required"] = True
        if c.unique:
            constraints["unique"] = True
        if c.allowed:
            constraints["enum"] = list(c.allowed)
        if c.min_value is not None:
            constraints["minimum"] = c.min_value
        if constraints:
            f["constraints"] = constraints
        fields.append(f)
    out = {"fields": fields, "primaryKey": list(schema.primary_key)}
    if schema.foreign_keys:
        out["foreignKeys"] = [{"fields": [col], "reference": {"resource": tab, "fields": [ref]}}
                              for col, tab, ref in schema.foreign_keys]
    return out


def data_dictionary_markdown() -> str:
    lines = ["## Tables", ""]
    for schema in REGISTRY.values():
        lines += [f"### `{schema.name}`", "", schema.description, "",
                  f"Primary key: `{', '.join(schema.primary_key)}`. Rows sorted by `{', '.join(schema.sort_key)}`.", "",
                  "| column | type | required | description | allowed values |", "|---|---|---|---|---|"]
        for c in schema.columns:
            allowed = ", ".join(f"`{a}`" for a in c.allowed) if c.allowed else ""
            desc = c.description.replace("|", "\\|")
            lines.append(f"| `{c.name}` | {duckdb_type(c.type)} | {'yes' if not c.nullable else ''} | {desc} | {allowed} |")
        lines.append("")
    return "\n".join(lines)
