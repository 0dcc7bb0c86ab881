"""Narrative metrics: what counts as a metric, how it is typed, and real figures from the sources."""
import pytest

from pipeline.document import Document
from pipeline.extract.metrics import extract_metrics, find_mentions
from pipeline.text import split_sentences


def metrics(text):
    return extract_metrics(Document("t", text, "Test"))


def one(text):
    found = metrics(text)
    assert len(found) == 1, [(m["surface"], m["value"]) for m in found]
    return found[0]


@pytest.mark.parametrize("text,surface,value,unit", [
    ("The force answered 63.9 percent of calls.", "63.9 percent", 63.9, "percent"),
    ("It recorded 872,841 offences.", "872,841", 872841.0, "count"),
    ("Spending was £3.2 billion that year.", "£3.2 billion", 3.2e9, "gbp"),
    ("The EY contract cost £477,206 in all.", "£477,206", 477206.0, "gbp"),
    ("A grant of £72.5k was made.", "£72.5k", 72500.0, "gbp"),
    ("Officers were 34.6 stop and searches per 1,000 population.", "34.6", 34.6, "rate_per_1000"),
    ("Three in four people don't know how to contact their local teams.", "Three in four", 75.0, "percent"),
    ("Black officers and staff were 81% more likely to be subject to misconduct.", "81%", 81.0, "percent"),
    ("A call flagged as mental health related came every 3.5 minutes.", "3.5 minutes", 3.5, "duration_minutes"),
    ("Some victims waited 400 days for a decision.", "400 days", 400.0, "duration_days"),
    ("The appraisal took 18 months to arrive.", "18 months", 18.0, "duration_months"),
    ("Black people were nearly four times as likely to be stopped.", "four times", 4.0, "multiplier"),
    ("The bill was twice the amount.", "twice", 2.0, "multiplier"),
    ("Officers visited five schools.", "five", 5.0, "count"),
])
def test_metric_forms(text, surface, value, unit):
    m = one(text)
    assert (m["surface"], m["value"], m["unit"]) == (surface, value, unit)
    assert m["quote"] == m["surface"] and m["sentence"] == text


def test_range_gives_value_and_value_high():
    m = one("Between 55-60% of staff agreed.")
    assert (m["value"], m["value_high"], m["unit"]) == (55.0, 60.0, "percent")


def test_confidence_interval_qualifies_its_metric():
    m = one("We estimate that the force is recording 91.7 percent (with a confidence interval of +/- 2.4 percent) "
            "of all reported crime.")
    assert (m["value"], m["ci_plus_minus"]) == (91.7, 2.4)


def test_change_gives_two_rows_with_their_own_periods():
    found = metrics("Trust fell from 83 percent in 2019 to 73 percent in 2021.")
    assert [(m["value"], m["period"]) for m in found] == [(83.0, "in 2019"), (73.0, "in 2021")]


def test_comparator_and_its_value():
    text = ("It carried out 34.6 stop and searches per 1,000 population. This was significantly higher than the "
            "average of all forces in England and Wales of 7.6 per 1,000 population.")
    first = metrics(text)[0]
    assert first["comparator"] == "average of all forces in England and Wales" and first["comparator_value"] == 7.6


@pytest.mark.parametrize("text,qualifier", [
    ("There were around 30,000 officers.", "approximately"), ("Nearly 16,000 cases were waiting.", "approximately"),
    ("More than 9,600 constables could be employed.", "more_than"), ("Up to 5,000 staff left.", "up_to"),
    ("At least 12 forces replied.", "at_least"), ("Fewer than 300 were trained.", "less_than"),
])
def test_qualifiers(text, qualifier):
    assert one(text)["qualifier"] == qualifier


def test_decrease_keeps_its_sign():
    assert one("Sexual offences trials were down 57% on the year.")["value"] == -57.0


@pytest.mark.parametrize("text", [
    "In 2019 the force changed its model.", "On 31 March 2021 the plan was agreed.",
    "Spending in 2012-13 and 2021/22 was reviewed.", "Callers use 999 in an emergency and 101 otherwise.",
    "Powers under Section 136 were used.", "The PIP2 accreditation was required.", "Regulation 13 notices were served.",
    "Chapter 4 describes the frontline.", "See Figure 1.2 for details.", "Operation 7 began.",
    "Young people aged 11-61 were included.", "This is covered in the report.²⁴",
    "Over the last two years the force changed.", "It was 30 degrees outside.",
    "We found five causes of concern.",
])
def test_not_metrics(text):
    assert metrics(text) == []


def test_list_numbers_are_not_metrics():
    assert metrics("4. Review the vetting of all officers.") == []


def test_sentences_split_but_not_on_abbreviations():
    text = "See e.g. the report. It found 12 cases. Then it stopped."
    assert [text[a:b] for a, b in split_sentences(text)] == ["See e.g. the report.", "It found 12 cases.", "Then it stopped."]


def test_table_rows_are_left_to_table_cells():
    assert metrics("Burglary\t53,864\t6%\n") == []


def test_find_mentions_gives_offsets_into_the_line():
    line = "In 2021, 63.9 percent were answered."
    [m] = find_mentions(line)
    assert line[m.start:m.end] == "63.9 percent"


def test_real_metrics(documents):
    peel = extract_metrics(documents["peel-2021-22-met"])
    crime = next(m for m in peel if m["surface"] == "91.7 percent")
    assert crime["ci_plus_minus"] == 2.4 and (crime["page"], crime["page_start"], crime["page_end"]) == (None, 8, 9)
    calls = next(m for m in peel if m["surface"] == "63.9 percent")
    assert calls["comparator"] == "target" and calls["comparator_value"] == 90.0
    pop = extract_metrics(documents["mps-evidence-pop0086-2022"])
    assert any(m["surface"] == "three in four" and m["value"] == 75.0 for m in pop)
    assert any(m["surface"] == "3.5 minutes" and m["period"] == "in 2021" for m in pop)
    casey = extract_metrics(documents["casey-review-2023"])
    spend = next(m for m in casey if m["surface"] == "£3.2 billion")
    assert spend["value"] == 3.2e9 and spend["period"] == "in 2015-16"


def test_force_in_numbers_panel(documents):
    from pipeline.extract.panels import extract_panel_metrics

    panel = {m["surface"]: m for m in extract_panel_metrics(documents["peel-2016-legitimacy-met"])}
    complaints = panel["183"]
    assert complaints["unit"] == "rate_per_1000" and complaints["comparator_value"] == 268.0
    assert complaints["period"] == "12 months to 31 March 2016" and complaints["source_form"] == "panel"
    assert panel["90.3%"]["comparator_value"] == 93.4 and panel["43,917"]["measure"] == "Total workforce"


def test_identifiers_are_not_metrics():
    assert metrics("ISBN: 978-1-78655-298-3") == []
    assert metrics("Call 020-7230-1212 for details.") == []


def test_labels_and_adjectives_with_numbers_are_not_metrics():
    assert metrics("In January 2023, Officer 1 pleaded guilty.") == []
    assert metrics("It shared a 91-page document over a 12-month period.") == []


def test_duration_range():
    m = one("There is a 6-9 months rotation for trainees.")
    assert (m["value"], m["value_high"], m["unit"]) == (6.0, 9.0, "duration_months")


def test_from_to_is_a_change_not_a_range():
    found = metrics("The average time has increased from 10 to 12 minutes between 2012 and 2021.")
    assert [(m["surface"], m["value_high"], m["unit"]) for m in found] == [
        ("10", None, "duration_minutes"), ("12 minutes", None, "duration_minutes")]
