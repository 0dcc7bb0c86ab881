"""Friendly DuckDB views and macros over the published tables, and the README's example queries."""
from __future__ import annotations

VIEWS_SQL = [
    """CREATE VIEW section_tree AS
SELECT d.short_title, s.doc_id, s.section_id, s.level, s.number,
       repeat('  ', CAST(s.level - 1 AS INTEGER)) || s.heading AS indented_heading,
       s.page_start, s.page_end, s.in_contents, s.line_start, s.line_end
FROM sections s JOIN documents d USING (doc_id)
ORDER BY s.doc_id, s.line_start""",
    "COMMENT ON VIEW section_tree IS 'Every document''s headings, indented by level, with page bounds.'",
    """CREATE VIEW cells_cited AS
SELECT t.doc_id, t.label, t.caption, t.kind, c.table_id, c.row_index, c.col_index, c.row_label, c.column_label,
       c.text, c.value, c.unit, c.page, c.page_start, c.page_end, c.line, c.citation, c.source_url
FROM table_cells c JOIN tables t USING (table_id)
ORDER BY t.doc_id, c.table_id, c.row_index, c.col_index""",
    "COMMENT ON VIEW cells_cited IS 'Every table cell with its figure label, caption and citation.'",
    """CREATE MACRO table_wide(doc, figure) AS TABLE
SELECT c.row_index, c.row_label,
       map(list(coalesce(c.column_label, 'column ' || c.col_index) ORDER BY c.col_index),
           list(c.text ORDER BY c.col_index)) AS cells,
       map(list(coalesce(c.column_label, 'column ' || c.col_index) ORDER BY c.col_index),
           list(c.value ORDER BY c.col_index)) AS "values"
FROM table_cells c JOIN tables t USING (table_id)
WHERE t.doc_id = doc AND t.label = figure
GROUP BY c.table_id, c.row_index, c.row_label
ORDER BY c.table_id, c.row_index""",
    """CREATE VIEW grades_wide AS
SELECT area,
       max(grade) FILTER (WHERE framework = 'PEEL 2021/22') AS "PEEL 2021/22",
       max(grade) FILTER (WHERE framework = 'PEEL 2016') AS "PEEL 2016",
       list(DISTINCT framework ORDER BY framework) AS frameworks
FROM judgments
GROUP BY area
ORDER BY area""",
    "COMMENT ON VIEW grades_wide IS 'Grades by area, one column per framework (areas as worded in each report).'",
    """CREATE VIEW judgments_cited AS
SELECT d.short_title, j.framework, j.pillar, j.area, j.grade, j.grade_rank, j.scale, j.graded, j.evidence,
       j.confirmed_by, j.page, j.page_start, j.page_end, j.line, j.citation, j.source_url
FROM judgments j JOIN documents d USING (doc_id)
ORDER BY d.published, j.line""",
    "COMMENT ON VIEW judgments_cited IS 'Every graded judgment with its report, evidence and page.'",
    """CREATE VIEW metrics_cited AS
SELECT d.short_title, m.surface, m.value, m.value_high, m.unit, m.qualifier, m.subject, m.measure, m.value_kind,
       m.direction, m.base_value, m.period, m.period_start, m.period_end, m.comparator, m.comparator_value,
       m.ci_plus_minus, m.in_quotation, m.indicator_id, m.population, m.sentence, m.page, m.page_start, m.page_end, m.line, m.citation,
       m.source_url
FROM metrics m JOIN documents d USING (doc_id)
ORDER BY m.doc_id, m.char_start""",
    "COMMENT ON VIEW metrics_cited IS 'Every number stated in prose, with what it measures, its sentence and citation.'",
    """CREATE VIEW indicator_series AS
SELECT i.indicator_id, i.name AS indicator, d.force, coalesce(m.population, 'all') AS population,
       m.period, m.period_start, m.period_end, m.value, m.value_high, m.unit, m.qualifier,
       m.comparator, m.comparator_value, d.short_title, d.published, m.doc_id, m.metric_id, m.page, m.citation,
       m.source_url, m.sentence,
       m.period_start IS NOT NULL
         AND count(DISTINCT m.value) OVER (PARTITION BY m.indicator_id, d.force, coalesce(m.population, 'all'),
                                                       m.period_start, m.period_end) > 1 AS conflict
FROM metrics m JOIN indicators i USING (indicator_id) JOIN documents d USING (doc_id)
WHERE NOT m.in_quotation
ORDER BY i.indicator_id, d.force, population, m.period_start NULLS LAST, d.published, m.char_start""",
    "COMMENT ON VIEW indicator_series IS 'Each catalogued indicator''s values over time across documents, one row per "
    "stated value with its provenance; conflict marks values that differ for the same force, population and period.'",
    """CREATE VIEW indicator_conflicts AS
SELECT indicator_id, indicator, force, population, period, period_start, period_end, value, unit, short_title,
       citation, sentence
FROM indicator_series WHERE conflict
ORDER BY indicator_id, force, population, period_start, value""",
    "COMMENT ON VIEW indicator_conflicts IS 'Indicator values that two statements give differently for the same force, "
    "population and period: both are kept, never averaged.'",
]

EXAMPLES_MARKDOWN = """## Example queries (DuckDB)

Open the file with `duckdb data/published/met_scrutiny.duckdb` (any DuckDB 1.x or 2.x client), or query the
Parquet files directly with `read_parquet('data/published/table_cells.parquet')`.

```sql
-- The heading tree of the Casey Review, with printed pages
SELECT indented_heading, page_start, page_end, in_contents
FROM section_tree WHERE doc_id = 'casey-review-2023' AND level <= 2;
```

```sql
-- Sanction detection rate by offence group, period ending January 2023 (Casey Review, Figures 1.2 and 1.3)
SELECT label, column_label AS offence_group, value AS sanction_detection_rate_pct, citation
FROM cells_cited
WHERE doc_id = 'casey-review-2023' AND label IN ('Figure 1.2', 'Figure 1.3')
  AND row_label = 'Sanction detection rate'
ORDER BY value DESC;
```

```sql
-- A table back in its printed, wide shape: one row per printed row, a map of column -> cell
SELECT row_label, cells FROM table_wide('casey-review-2023', 'Figure 2.2');

-- or pivot it into real columns
PIVOT (SELECT row_label, column_label, value FROM cells_cited
       WHERE doc_id = 'casey-review-2023' AND label = 'Figure 2.2')
ON column_label USING first(value) GROUP BY row_label;
```

```sql
-- How public trust in the Met changed across the reports: one row per stated value, oldest period first
SELECT period, period_start, value, short_title, citation, conflict
FROM indicator_series
WHERE indicator_id = 'public_trust' AND force = 'Metropolitan Police Service' AND population = 'all'
ORDER BY period_start NULLS LAST, published;
```

```sql
-- How 999 call answering compares with its target
SELECT short_title, period, value AS answered_within_10s_pct, comparator, comparator_value, citation
FROM indicator_series
WHERE indicator_id = 'calls_999_answered_in_10_seconds' AND comparator IS NOT NULL;
```

```sql
-- Do reports agree? Values stated for each indicator, population and period (conflict: two different values,
-- both kept, their rows in the view indicator_conflicts)
SELECT indicator, population, period_start, period_end, min(period) AS period, count(*) AS statements,
       count(DISTINCT value) AS distinct_values, bool_or(conflict) AS conflict
FROM indicator_series WHERE period_start IS NOT NULL
GROUP BY indicator, population, period_start, period_end
ORDER BY conflict DESC, indicator, population, period_start;
```

```sql
-- What a number measures, and when: shares of Londoners, with subject, measure and period
SELECT surface, subject, measure, period, period_start, period_end, comparator, comparator_value, citation
FROM metrics_cited
WHERE unit = 'percent' AND subject ILIKE '%Londoners%' AND NOT in_quotation
ORDER BY short_title, line;
```

```sql
-- Every area graded Inadequate or Requires improvement, with its evidence and page
SELECT short_title, framework, area, grade, evidence, page
FROM judgments_cited
WHERE grade IN ('Inadequate', 'Requires improvement')
ORDER BY framework, grade_rank DESC;

-- Grades by area, one column per framework
SELECT * FROM grades_wide;
```

```sql
-- Every area for improvement about victims
SELECT doc_id, area, text, page FROM findings
WHERE kind = 'area_for_improvement' AND text ILIKE '%victim%';
```

```sql
-- Every figure whose data is not in the text (charts), so you know where to look in the PDF
SELECT doc_id, label, caption, page FROM tables WHERE kind = 'chart_without_data' ORDER BY doc_id, line;
```
"""


def views_sql_file(tables: list[str]) -> str:
    """views.sql of a release: each table as a view over its Parquet file by relative path, then VIEWS_SQL
    (the same views and macros as in the DuckDB file). Run it from the folder that holds the Parquet files."""
    from pipeline.schema import REGISTRY, sql_literal  # noqa: PLC0415

    lines = ["-- Met scrutiny open dataset: views and macros over the Parquet files of this folder.",
             "-- Run from this folder: duckdb -c \".read views.sql\" (or in Python: duckdb.sql(open('views.sql').read())).",
             "-- Generated from pipeline/views.py by the release step; do not edit by hand.", ""]
    for name in tables:
        lines += [f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet('{name}.parquet');",
                  f"COMMENT ON VIEW {name} IS {sql_literal(REGISTRY[name].description)};", ""]
    for statement in VIEWS_SQL:
        lines += [statement.replace("CREATE VIEW ", "CREATE OR REPLACE VIEW ", 1)
                  .replace("CREATE MACRO ", "CREATE OR REPLACE MACRO ", 1) + ";", ""]
    return "\n".join(lines)
