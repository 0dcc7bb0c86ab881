-- Met scrutiny open dataset: views and macros over the Parquet files of this folder.
-- Run from this folder: duckdb -c ".read views.sql" (or in Python: duckdb.sql(open('views.sql').read())).
-- Generated from pipeline/views.py by the release step; do not edit by hand.

CREATE OR REPLACE VIEW documents AS SELECT * FROM read_parquet('documents.parquet');
COMMENT ON VIEW documents IS 'One row per source document, with its publisher, date, licence, URL and hash.';

CREATE OR REPLACE VIEW sections AS SELECT * FROM read_parquet('sections.parquet');
COMMENT ON VIEW sections IS 'The heading tree of every document, with line span and printed page bounds.';

CREATE OR REPLACE VIEW tables AS SELECT * FROM read_parquet('tables.parquet');
COMMENT ON VIEW tables IS 'Catalogue of every figure and table, including charts whose data is not in the text.';

CREATE OR REPLACE VIEW table_cells AS SELECT * FROM read_parquet('table_cells.parquet');
COMMENT ON VIEW table_cells IS 'Every body cell of every table, tidy: one row per cell, with its typed value and provenance.';

CREATE OR REPLACE VIEW metrics AS SELECT * FROM read_parquet('metrics.parquet');
COMMENT ON VIEW metrics IS 'Numbers stated in prose, typed, with what they measure and where they came from.';

CREATE OR REPLACE VIEW judgments AS SELECT * FROM read_parquet('judgments.parquet');
COMMENT ON VIEW judgments IS 'Graded judgments: one row per graded (or explicitly ungraded) area and scope per report.';

CREATE OR REPLACE VIEW findings AS SELECT * FROM read_parquet('findings.parquet');
COMMENT ON VIEW findings IS 'Causes of concern, recommendations, areas for improvement and innovative practice.';

CREATE OR REPLACE VIEW grade_counts AS SELECT * FROM read_parquet('grade_counts.parquet');
COMMENT ON VIEW grade_counts IS 'Grade counts stated in prose without naming the areas ("''good'' in four areas"), as a press release gives them: published as counts, never as invented areas.';

CREATE OR REPLACE VIEW indicators AS SELECT * FROM read_parquet('indicators.parquet');
COMMENT ON VIEW indicators IS 'The indicator catalogue (pipeline/vocabulary/indicators.yaml): measures that reports state again and again, so that their values form series across reports (view `indicator_series`).';

CREATE OR REPLACE VIEW section_tree AS
SELECT d.short_title, s.doc_id, s.section_id, s.level, s.number,
       repeat('  ', CAST(s.level - 1 AS INTEGER)) || s.heading AS indented_heading,
       s.page_start, s.page_end, s.in_contents, s.line_start, s.line_end
FROM sections s JOIN documents d USING (doc_id)
ORDER BY s.doc_id, s.line_start;

COMMENT ON VIEW section_tree IS 'Every document''s headings, indented by level, with page bounds.';

CREATE OR REPLACE VIEW cells_cited AS
SELECT t.doc_id, t.label, t.caption, t.kind, c.table_id, c.row_index, c.col_index, c.row_label, c.column_label,
       c.text, c.value, c.unit, c.page, c.page_start, c.page_end, c.line, c.citation, c.source_url
FROM table_cells c JOIN tables t USING (table_id)
ORDER BY t.doc_id, c.table_id, c.row_index, c.col_index;

COMMENT ON VIEW cells_cited IS 'Every table cell with its figure label, caption and citation.';

CREATE OR REPLACE MACRO table_wide(doc, figure) AS TABLE
SELECT c.row_index, c.row_label,
       map(list(coalesce(c.column_label, 'column ' || c.col_index) ORDER BY c.col_index),
           list(c.text ORDER BY c.col_index)) AS cells,
       map(list(coalesce(c.column_label, 'column ' || c.col_index) ORDER BY c.col_index),
           list(c.value ORDER BY c.col_index)) AS "values"
FROM table_cells c JOIN tables t USING (table_id)
WHERE t.doc_id = doc AND t.label = figure
GROUP BY c.table_id, c.row_index, c.row_label
ORDER BY c.table_id, c.row_index;

CREATE OR REPLACE VIEW grades_wide AS
SELECT area,
       max(grade) FILTER (WHERE framework = 'PEEL 2021/22') AS "PEEL 2021/22",
       max(grade) FILTER (WHERE framework = 'PEEL 2016') AS "PEEL 2016",
       list(DISTINCT framework ORDER BY framework) AS frameworks
FROM judgments
GROUP BY area
ORDER BY area;

COMMENT ON VIEW grades_wide IS 'Grades by area, one column per framework (areas as worded in each report).';

CREATE OR REPLACE VIEW judgments_cited AS
SELECT d.short_title, j.framework, j.pillar, j.area, j.grade, j.grade_rank, j.scale, j.graded, j.evidence,
       j.confirmed_by, j.page, j.page_start, j.page_end, j.line, j.citation, j.source_url
FROM judgments j JOIN documents d USING (doc_id)
ORDER BY d.published, j.line;

COMMENT ON VIEW judgments_cited IS 'Every graded judgment with its report, evidence and page.';

CREATE OR REPLACE VIEW metrics_cited AS
SELECT d.short_title, m.surface, m.value, m.value_high, m.unit, m.qualifier, m.subject, m.measure, m.value_kind,
       m.direction, m.base_value, m.period, m.period_start, m.period_end, m.comparator, m.comparator_value,
       m.ci_plus_minus, m.in_quotation, m.indicator_id, m.population, m.sentence, m.page, m.page_start, m.page_end, m.line, m.citation,
       m.source_url
FROM metrics m JOIN documents d USING (doc_id)
ORDER BY m.doc_id, m.char_start;

COMMENT ON VIEW metrics_cited IS 'Every number stated in prose, with what it measures, its sentence and citation.';

CREATE OR REPLACE VIEW indicator_series AS
SELECT i.indicator_id, i.name AS indicator, d.force, coalesce(m.population, 'all') AS population,
       m.period, m.period_start, m.period_end, m.value, m.value_high, m.unit, m.qualifier,
       m.comparator, m.comparator_value, d.short_title, d.published, m.doc_id, m.metric_id, m.page, m.citation,
       m.source_url, m.sentence,
       m.period_start IS NOT NULL
         AND count(DISTINCT m.value) OVER (PARTITION BY m.indicator_id, d.force, coalesce(m.population, 'all'),
                                                       m.period_start, m.period_end) > 1 AS conflict
FROM metrics m JOIN indicators i USING (indicator_id) JOIN documents d USING (doc_id)
WHERE NOT m.in_quotation
ORDER BY i.indicator_id, d.force, population, m.period_start NULLS LAST, d.published, m.char_start;

COMMENT ON VIEW indicator_series IS 'Each catalogued indicator''s values over time across documents, one row per stated value with its provenance; conflict marks values that differ for the same force, population and period.';

CREATE OR REPLACE VIEW indicator_conflicts AS
SELECT indicator_id, indicator, force, population, period, period_start, period_end, value, unit, short_title,
       citation, sentence
FROM indicator_series WHERE conflict
ORDER BY indicator_id, force, population, period_start, value;

COMMENT ON VIEW indicator_conflicts IS 'Indicator values that two statements give differently for the same force, population and period: both are kept, never averaged.';
