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
]

EXAMPLES_MARKDOWN = """## Example queries (DuckDB)

```sql
-- The heading tree of the Casey Review, with printed pages
SELECT indented_heading, page_start, page_end, in_contents
FROM section_tree WHERE doc_id = 'casey-review-2023' AND level <= 2;
```
"""
