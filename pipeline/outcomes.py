"""The result of one validation check, shared by the GX suites and the table rules."""
from __future__ import annotations

from dataclasses import dataclass, field

SAMPLE_ROWS = 5


@dataclass
class CheckOutcome:
    table: str
    check: str
    success: bool
    blocking: bool = True
    details: str = ""
    samples: list[dict] = field(default_factory=list)
    family: str = "rules"  # schema | keys | provenance | rules: one Dagster asset check per family and table

    def describe(self) -> str:
        status = "passed" if self.success else ("FAILED" if self.blocking else "warning")
        text = f"[{status}] {self.table}: {self.check}"
        if self.details:
            text += f" - {self.details}"
        for s in self.samples[:SAMPLE_ROWS]:
            text += f"\n    {s}"
        return text
