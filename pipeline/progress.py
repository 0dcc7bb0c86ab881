"""Where a long pass over one document is, for people watching a build of a 100 MB file or a 5 MB line."""
from __future__ import annotations

from collections.abc import Callable

EVERY_LINES = 50_000
EVERY_CHARS = 2_000_000


class Progress:
    """Calls `report` (e.g. Dagster's `context.log.info`) when a stage starts and, within a pass over lines, at least
    every EVERY_LINES lines or EVERY_CHARS characters: "big-doc: metrics: line 120,000 of 910,000 (13%)".
    Without `report` it does nothing, so extractors can always call it."""

    def __init__(self, report: Callable[[str], None] | None, doc_id: str, n_lines: int, n_chars: int):
        self.report, self.doc_id, self.n_lines, self.n_chars = report, doc_id, max(n_lines, 1), max(n_chars, 1)
        self.stage_name, self.line, self.offset = "", 0, 0

    def stage(self, name: str, note: str = "") -> None:
        self.stage_name, self.line, self.offset = name, 0, 0
        if self.report:
            self.report(f"{self.doc_id}: {name}{f' ({note})' if note else ''}")

    def at(self, line: int, offset: int) -> None:
        """At 1-based `line`, character `offset` of the document (a long line reports within itself)."""
        if self.report and (line - self.line >= EVERY_LINES or offset - self.offset >= EVERY_CHARS):
            self.line, self.offset = line, offset
            self.report(f"{self.doc_id}: {self.stage_name}: line {line:,} of {self.n_lines:,} "
                        f"({100 * offset // self.n_chars}%)")
