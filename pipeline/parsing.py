"""One listed source read, parsed and staged: the unit of work of the parse asset, run in its process or in a worker.

A worker cannot write to the run's log, so what a document's parse has to say (its warnings, progress, the error of
an unreadable file) comes back with its outcome, in the order it was said, for the asset to log in document order.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.build import stage_document
from pipeline.facts import extract_facts
from pipeline.sources import SourceEntry, SourceError, read_source

LONG_WORK_CHARS = 5_000_000     # documents this long also report progress on stderr (the terminal of `make data`)


@dataclass(frozen=True)
class ParseJob:
    raw_dir: Path
    staging_dir: Path
    entry: SourceEntry
    raw_path: str               # the raw file as the release names it (data/raw/...)


@dataclass
class ParseOutcome:
    doc_id: str
    counts: dict[str, int] | None = None    # rows staged per table; None when the file could not be read
    unreadable: str | None = None           # why not, naming the file as the release does
    log: list[tuple[str, str]] = field(default_factory=list)   # (level, message), in the order they were said


def parse_and_stage(job: ParseJob, say: Callable[[str, str], None] | None = None) -> ParseOutcome:
    """Verify, parse and stage one document. `say(level, message)`, if given, hears each message as it is said
    (the asset's log, when the work runs in its process); otherwise they are kept in `ParseOutcome.log`."""
    outcome = ParseOutcome(job.entry.doc_id)

    def record(level: str, message: str) -> None:
        if say:
            say(level, message)
        else:
            outcome.log.append((level, message))

    try:
        source = read_source(job.raw_dir, job.entry)
    except SourceError as exc:  # named as in the release (data/raw/...), not by this machine's absolute path
        outcome.unreadable = str(exc).replace(str(job.raw_dir / job.entry.file), job.raw_path)
        record("error", str(exc))
        return outcome
    long_work = len(source.text) >= LONG_WORK_CHARS

    def progress(message: str) -> None:
        record("info", message)
        if long_work:           # `make data` keeps Dagster's console quiet: show a long parse is moving
            print(message, file=sys.stderr, flush=True)

    facts = extract_facts(source, job.raw_path, warn=lambda message: record("warning", message), progress=progress)
    outcome.counts = stage_document(job.staging_dir, job.entry, facts)
    record("info", f"{job.entry.doc_id}: parsed, " + ", ".join(f"{n}={c}" for n, c in outcome.counts.items()))
    return outcome
