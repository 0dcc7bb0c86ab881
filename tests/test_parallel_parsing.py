"""Documents parsed on several processes are staged exactly as in one, logged in document order, and a document
that cannot be read fails only itself."""
import operator

import pytest

from pipeline.parallel import in_order
from pipeline.parsing import ParseJob, parse_and_stage
from pipeline.sources import load_manifest
from tests.conftest import RAW, run_build
from tests.test_bad_documents import BINARY, CHANGED, EMPTY, INVALID_UTF8, TAMPERED, UNTOUCHED, broken, expected_messages  # noqa: F401
from tests.test_incremental import parse_metadata

SMALL = ["mps-evidence-pop0086-2022", "peel-2016-effectiveness-met"]


def test_results_come_back_in_the_items_order_and_errors_at_their_item():
    assert list(in_order(operator.neg, range(40), workers=2)) == [-n for n in range(40)]
    results = in_order(int, ["1", "2", "three", "4"], workers=2)
    assert [next(results), next(results)] == [1, 2]
    with pytest.raises(ValueError, match="three"):
        next(results)


def staged_files(staging):
    return {str(p.relative_to(staging)): p.read_bytes() for p in sorted(staging.rglob("*")) if p.is_file()}


def test_two_processes_stage_the_same_rows_and_say_the_same_as_one(tmp_path):
    entries = [e for e in load_manifest(RAW) if e.doc_id in SMALL]
    jobs = {where: [ParseJob(RAW, tmp_path / where, e, f"data/raw/{e.file}") for e in entries]
            for where in ("pool", "here")}
    pooled = list(in_order(parse_and_stage, jobs["pool"], workers=2))
    here = [parse_and_stage(job) for job in jobs["here"]]
    assert [o.doc_id for o in pooled] == [e.doc_id for e in entries] and len(entries) == 2
    assert pooled == here                           # counts and every message, in the order said
    assert staged_files(tmp_path / "pool") == staged_files(tmp_path / "here") != {}


def test_unreadable_documents_in_the_pool_fail_only_themselves(broken, monkeypatch):  # noqa: F811
    import assets.parsing
    from assets.build import root_cause

    pools = []

    def recorded(fn, jobs, workers):
        pools.append(([job.entry.doc_id for job in jobs], workers))
        return in_order(fn, jobs, workers)

    monkeypatch.setattr(assets.parsing, "in_order", recorded)
    monkeypatch.setenv(assets.parsing.PARSE_WORKERS_ENV, "2")
    raw, work = broken
    messages = expected_messages(raw)
    result, _ = run_build(raw, work)
    assert pools and pools[0][1] == 2 and sorted(pools[0][0]) == sorted([CHANGED, *messages])
    [failure] = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    lines = root_cause(failure.event_specific_data.error).splitlines()
    assert lines[0].startswith("4 of 6 documents could not be read")
    assert sorted(lines[1:]) == sorted(messages.values())
    assert sorted(messages) == sorted([INVALID_UTF8, EMPTY, TAMPERED, BINARY])
    meta = parse_metadata(result)
    assert (meta["parsed"], meta["reused"], meta["unreadable"]) == ([CHANGED], [UNTOUCHED], sorted(messages))
