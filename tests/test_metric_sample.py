"""The quality measurement of the metrics table (scripts/metric_sample.py) on small labelled material."""
import csv
import json
import sys
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))

import metric_sample  # noqa: E402

PASSAGE = {"id": "p1", "text": "In 2022/23, Westshire Police answered 84% of 999 calls within 10 seconds, against the "
           "national target of 90%. It employed 1,950 officers.",
           "numbers": [
               {"surface": "2022/23", "quantity": False},
               {"surface": "84%", "quantity": True, "value": 84, "unit": "percent", "subject": "999 calls",
                "measure": "share of 999 calls answered within 10 seconds", "period_start": "2022-04-01",
                "period_end": "2023-03-31", "comparator_value": 90},
               {"surface": "999", "quantity": False},
               {"surface": "10 seconds", "quantity": False},
               {"surface": "90%", "quantity": True, "value": 90, "unit": "percent", "measure": "national target"},
               {"surface": "1,950", "quantity": True, "value": 1950, "unit": "count", "measure": "number of officers",
                "period_start": "2022-04-01", "period_end": "2023-03-31"}]}


def test_passages_are_scored_on_value_period_and_comparison(tmp_path, capsys):
    path = tmp_path / "passages.jsonl"
    path.write_text(json.dumps(PASSAGE) + "\n", encoding="utf-8")
    tally = metric_sample.score_passages(path)
    assert tally["recall"] == (3, 3) and tally["precision"] == (3, 3) and tally["value_unit"] == (3, 3)
    assert tally["comparison"] == (1, 1)
    assert tally["period"][1] == 2                       # two numbers state a period; "It employed" does not carry it
    assert tally["meaning"] == (0, 0)                    # nothing judged yet


def test_a_meaning_verdict_counts_only_for_the_meaning_that_was_judged(tmp_path):
    path, sheet = tmp_path / "passages.jsonl", tmp_path / "verdicts.csv"
    path.write_text(json.dumps(PASSAGE) + "\n", encoding="utf-8")
    metric_sample.score_passages(path, sheet, write=True)
    with sheet.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["key"] for r in rows] == ["p1:84%:1", "p1:90%:1", "p1:1,950:1"]
    rows[0]["meaning_ok"], rows[1]["meaning_ok"] = "y", "n"
    rows[2]["meaning_ok"], rows[2]["extracted"] = "y", "officers | something said before a code change"
    with sheet.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=rows[0].keys())
        writer.writeheader()
        writer.writerows(rows)
    assert metric_sample.score_passages(path, sheet)["meaning"] == (1, 2)


def test_a_surface_missing_from_its_passage_is_an_error(tmp_path):
    broken = dict(PASSAGE, numbers=[{"surface": "77%", "quantity": True, "value": 77, "unit": "percent"}])
    path = tmp_path / "passages.jsonl"
    path.write_text(json.dumps(broken) + "\n", encoding="utf-8")
    try:
        metric_sample.score_passages(path)
    except SystemExit as exc:
        assert "'77%'" in str(exc) and "p1" in str(exc)
    else:
        raise AssertionError("a label that is not in its text must stop the scoring")


def test_a_release_sample_counts_checked_rows_and_sets_aside_changed_meanings(tmp_path):
    release = tmp_path / "release"
    release.mkdir()
    base = {"value_high": None, "value_kind": "level", "direction": None, "base_value": None, "in_quotation": False,
            "doc_id": "d", "line": 1, "sentence": "s"}
    rows = [dict(base, metric_id="d/m00001-0001", surface="84%", value=84.0, unit="percent", subject="999 calls",
                 measure="share of 999 calls answered within 10 seconds", period="in 2022/23",
                 period_start=date(2022, 4, 1), period_end=date(2023, 3, 31), comparator="national target",
                 comparator_value=90.0),
            dict(base, metric_id="d/m00002-0001", surface="2019", value=2019.0, unit="count", subject=None,
                 measure=None, period=None, period_start=None, period_end=None, comparator=None,
                 comparator_value=None),
            dict(base, metric_id="d/m00003-0001", surface="12", value=12.0, unit="count", subject="officers",
                 measure="number of officers who left", period=None, period_start=None, period_end=None,
                 comparator=None, comparator_value=None)]
    pq.write_table(pa.Table.from_pylist(rows), release / "metrics.parquet")
    metric_sample.draw(1, 3, tmp_path / "sheet.csv", release)
    with (tmp_path / "sheet.csv").open(encoding="utf-8", newline="") as f:
        sheet = {r["metric_id"]: r for r in csv.DictReader(f)}
    sheet["d/m00001-0001"].update(gold_quantity="y", gold_unit="percent", gold_period_start="2022-04-01",
                                  gold_period_end="2023-03-31", gold_comparator_value="90", meaning_ok="y")
    sheet["d/m00002-0001"].update(gold_quantity="n")
    sheet["d/m00003-0001"].update(gold_quantity="y", gold_value="13", gold_unit="count", meaning_ok="y",
                                  meaning_checked="officers | number of officers")     # judged before a change
    with (tmp_path / "sheet.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=next(iter(sheet.values())).keys())
        writer.writeheader()
        writer.writerows(sheet.values())
    tally = metric_sample.score(tmp_path / "sheet.csv", release)
    assert tally["precision"] == (2, 3)
    assert tally["value_unit"] == (1, 2)            # 12 where the text says 13
    assert tally["meaning"] == (1, 1)               # the changed meaning is set aside, not counted
    assert tally["period"] == (1, 1) and tally["comparison"] == (1, 1)


def test_a_new_sample_leaves_out_the_metrics_of_earlier_sheets(tmp_path):
    release = tmp_path / "release"
    release.mkdir()
    rows = [{"metric_id": f"d/m0000{i}-0001", "doc_id": "d", "line": i, "surface": f"{i}%", "value": float(i),
             "unit": "percent", "sentence": "s"} for i in range(1, 6)]
    pq.write_table(pa.Table.from_pylist(rows), release / "metrics.parquet")
    metric_sample.draw(7, 3, tmp_path / "a.csv", release)
    metric_sample.draw(7, 5, tmp_path / "b.csv", release, exclude=(tmp_path / "a.csv",))
    drawn = [{r["metric_id"] for r in csv.DictReader((tmp_path / name).open(encoding="utf-8"))} for name in ("a.csv", "b.csv")]
    assert len(drawn[0]) == 3 and len(drawn[1]) == 2 and not drawn[0] & drawn[1]


def test_a_time_labelled_in_another_unit_is_right(tmp_path):
    passage = {"id": "t1", "text": "Lancashire's average time to answer a 101 call was 4 minutes 51 seconds (against a "
               "local target of 3 minutes).",
               "numbers": [{"surface": "4 minutes 51 seconds", "quantity": True, "value": 4.85, "unit": "duration_minutes",
                            "comparator_value": 3},
                           {"surface": "3 minutes", "quantity": True, "value": 3, "unit": "duration_minutes"}]}
    path = tmp_path / "passages.jsonl"
    path.write_text(json.dumps(passage) + "\n", encoding="utf-8")
    tally = metric_sample.score_passages(path)
    assert tally["value_unit"] == (2, 2)             # 291 seconds is 4.85 minutes
    assert tally["comparison"] == (1, 1)             # compared with 180 seconds, the 3 minutes labelled


def test_an_amount_labelled_in_thousands_is_right_in_pounds(tmp_path):
    passage = {"id": "t2", "text": "Savings of £4,350k are planned for 2025/26.",
               "numbers": [{"surface": "£4,350k", "quantity": True, "value": 4350, "unit": "gbp_thousands"},
                           {"surface": "2025/26", "quantity": False}]}
    path = tmp_path / "passages.jsonl"
    path.write_text(json.dumps(passage) + "\n", encoding="utf-8")
    assert metric_sample.score_passages(path)["value_unit"] == (1, 1)      # published as £4,350,000
