"""Narrative metrics on wording our five sources do not use: one test per rule that keeps a number out of (or in)
the metrics table. Every sentence here is invented; forces and figures are made up."""
import pytest

from pipeline.document import Document
from pipeline.extract.metrics import extract_metrics, find_mentions


def found(line):
    """(surface, value, unit) of every metric find_mentions reports in one line."""
    return [(line[m.start:m.end], m.value, m.unit) for m in find_mentions(line)]


# Rule: counts of the report's own structure (areas, pillars, questions, recommendations, causes of concern, tiers,
# pages, ...) are not metrics, in digits or words, with or without modifiers, and when an "N of these M" refers back
# to such a count.
@pytest.mark.parametrize("text", [
    "The inspection looked at Ruralshire Constabulary in 12 areas of policing.",
    "Our inspection covered ten areas of policing. We make graded judgments in nine of these ten as follows:",
    "We assessed the force in eleven areas. We make graded judgments in ten of these as follows:",
    "The framework rests on three core pillars and asks ten questions.",
    "We made six recommendations and found two main causes of concern.",
    "The force was given 14 areas for improvement in the 48 page report.",
    "It was inadequate in three of nine areas.",
    "The grading scale was widened to five tiers.",
    "This is one of the two causes of concern and the second PEEL assessment of the force.",
])
def test_counts_of_report_structure_are_not_metrics(text):
    assert found(text) == []


# Rule (contrast): the same forms counting something measured stay metrics; "N of these" follows what was counted.
def test_counts_of_other_things_in_the_same_forms_are_kept():
    assert found("We reviewed 60 case files and in 45 of these the victim was kept updated.") == [
        ("60", 60.0, "count"), ("45", 45.0, "count")]
    assert found("We checked 20 delayed incidents; in seven of these, nobody called the victim back.") == [
        ("20", 20.0, "count"), ("seven", 7.0, "count")]
    assert found("The county has 12 geographical areas and 1,150 officers.") == [
        ("12", 12.0, "count"), ("1,150", 1150.0, "count")]


# Rule: tallies of grades ("'good' in two areas", "required improvement in five", "4 of which were Adequate") count
# graded areas, not a quantity; a tally of forces ("3 other forces rated 'outstanding'") is a count.
@pytest.mark.parametrize("text", [
    "The force was ‘good’ in three areas, ‘adequate’ in four areas and ‘inadequate’ in one area.",
    "It required improvement in five and was adequate in two.",
    "In 2023, 7 areas were graded, 4 of which were Adequate and 3 Good.",
    "It was rated in eight areas: one as “outstanding”, four as “requires improvement” and three as “adequate”.",
    "Of 9 areas inspected, 5 have been graded ‘Good’ and 4 have been graded ‘Adequate’.",
])
def test_grade_tallies_are_not_metrics(text):
    assert found(text) == []


def test_tallies_of_forces_by_grade_are_kept():
    assert found("Nationally, 18 forces were graded ‘good’ and 3 ‘inadequate’.") == [
        ("18", 18.0, "count"), ("3", 3.0, "count")]


# Rule: deadlines and time limits ("within six months", "within three months of publication", "by March 2019")
# and idioms of continuous service are not metrics.
@pytest.mark.parametrize("text", [
    "Within six months, the constabulary should review its vetting backlog.",
    "The force should act on this within three months of publication.",
    "By March 2019 the force should publish its plan.",
    "The control room runs 24 hours a day, 7 days a week.",
    "Burglary in the county is at its lowest for 30 years.",
    "A survey (12 months to June 2019) found that fewer victims were satisfied.",
    "The force set a target of 20 seconds for answering non-emergency calls.",
    "Patrols in other forces aim to arrive within 15 or 20 minutes.",
])
def test_deadlines_and_time_limits_are_not_metrics(text):
    assert found(text) == []


# Rule: a threshold that is part of a measure's wording ("answered within 10 seconds", "attended within 60
# minutes", "in under ten seconds", "per 1,000 population", "over 18") is not a metric; the measure is.
@pytest.mark.parametrize("text,metric", [
    ("It answered 71.2 percent of emergency calls within 10 seconds.", ("71.2 percent", 71.2, "percent")),
    ("It attended 58 percent of priority incidents within 60 minutes.", ("58 percent", 58.0, "percent")),
    ("Only 40 percent of 999 calls were answered in under ten seconds.", ("40 percent", 40.0, "percent")),
    ("It made 12.4 searches per 1,000 people aged over 18.", ("12.4", 12.4, "rate_per_1000")),
    ("Just under 3,100 crimes were recorded within 24 hours.", ("3,100", 3100.0, "count")),
])
def test_a_threshold_of_a_measure_is_not_a_metric(text, metric):
    assert found(text) == [metric]


def test_an_average_or_a_frequency_is_a_metric():
    assert found("Emergency calls were answered within four seconds on average.") == [("four seconds", 4.0, "duration_seconds")]
    assert found("A missing person was reported every 2.5 hours.") == [("2.5 hours", 2.5, "duration_hours")]


# Rule: list, paragraph and section numbers, at the start of a line or run into a paragraph, are not metrics.
@pytest.mark.parametrize("text", [
    "2. The force should improve its call handling.",
    "12.The board agreed the plan.",
    "3.4 The committee noted the quarterly report.",
    "The report has four parts: 1. Prevention. 2. Response. 3. Investigation.",
    "Area for improvement 3",
])
def test_list_and_paragraph_numbers_are_not_metrics(text):
    assert found(text) == []


# Rule: offence and legal codes and cross-references are names, not metrics.
@pytest.mark.parametrize("text", [
    "Searches under section 60 and s.18 were reviewed.",
    "Detainees were told of their rights under PACE Code C and Article 8.",
    "See 2.4 and paragraph 3.12 for the method, or chapter 4.",
    "The force was inspected in tranche two, in group 4, under Question 7.",
    "Version 3 of the guidance (edition 2) replaced it.",
])
def test_codes_and_cross_references_are_not_metrics(text):
    assert found(text) == []


# Rule: footnote markers, after punctuation or in brackets, are not metrics.
@pytest.mark.parametrize("text", [
    "Victims were not always updated.[4]",
    "The force “did not record the crime.”12",
    "Rural theft is a concern (3) and so is fly-tipping (11).",
    "The plan supports the Policing Vision 2030.4 and local priorities.",
    "The panel read the HMICFRS 3 PEEL 4 report in full.",
])
def test_footnote_markers_are_not_metrics(text):
    assert found(text) == []


# Rule: dates, clock times, telephone numbers, addresses and identifiers are not metrics; "999 calls" keeps its
# percentage.
@pytest.mark.parametrize("text", [
    "Last updated 14/06/2018",
    "The meeting starts at 09:30 on 4 May.",
    "Call 0300 123 4567 or 101, or 999 in an emergency.",
    "Tel: 01234 567890 Ext: 4412",
    "Write to us at 4th Floor, 12 Example Square, London.",
    "Ruralshire Constabulary: crime data integrity inspection 2019 (9312)",
])
def test_dates_phones_times_and_addresses_are_not_metrics(text):
    assert found(text) == []


def test_999_names_the_calls_and_keeps_their_percentage():
    assert found("It answered 88 percent of 999 calls.") == [("88 percent", 88.0, "percent")]


# Rule: page numbers of a contents list, run into one line or ending a short title line, are not metrics.
@pytest.mark.parametrize("text", [
    "Introduction 3 Findings 9 Recommendations 21 Annex A 30",
    "Contents 1. Summary 4 2. Context 7 3. Method 12",
    "Findings and recommendations 14",
    "Page 2 of 40",
    "Force in numbers .................................... 5",
    "2     Summary                              19    Annex B: Method",
])
def test_contents_page_numbers_are_not_metrics(text):
    assert found(text) == []


def test_a_number_in_a_long_sentence_with_dates_is_not_a_contents_page():
    line = ("As at 31 March 2020, there were 3.1 rest days owed per officer. As at 31 March 2021 it was 2.7. "
            "As at 31 March 2022 the Ruralshire figure was 2.2 Days were not recorded for staff.")
    assert [v for _, v, _ in found(line)] == [3.1, 2.7, 2.2]


# Rule: a small count that introduces a list of names is the length of the list, not a metric.
@pytest.mark.parametrize("text", [
    "The review looked at three broad themes: leadership; systems; and people.",
    "We identified four causes, which were:",
    "Officers heard it in one of four ways:",
])
def test_a_count_that_introduces_a_list_is_not_a_metric(text):
    assert found(text) == []


# Rule (recall): real quantities in forms the sources do not use are kept with their value and unit.
@pytest.mark.parametrize("text,expected", [
    ("Some 1,200 officers and 310 staff were vetted.", [("1,200", 1200.0, "count"), ("310", 310.0, "count")]),
    ("Two in five victims were not contacted.", [("Two in five", 40.0, "percent")]),
    ("The overtime bill was £4.7m.", [("£4.7m", 4.7e6, "gbp")]),
    ("Victim satisfaction was 84.1pc against 80.2pc nationally.",
     [("84.1pc", 84.1, "percent"), ("80.2pc", 80.2, "percent")]),
    ("The force handles more than one million calls a year.", [("one million", 1e6, "count")]),
    ("Over half a million calls came in online.", [("half a million", 5e5, "count")]),
    ("Response took five and a half minutes.", [("five and a half minutes", 5.5, "duration_minutes")]),
    ("Abandoned calls fell by two thirds, the force said.", [("two thirds", 66.7, "percent")]),
    ("In 12 out of 20 files the plan was poor.", [("12 out of 20", 12.0, "count")]),
    ("Black people were 3.2 times more likely to be searched.", [("3.2 times", 3.2, "multiplier")]),
])
def test_real_quantities_are_kept(text, expected):
    assert found(text) == expected


# Rule: "N in <year>" is a count in a year, not an "N in M" ratio.
def test_counts_with_years_are_not_ratios():
    assert found("Detentions fell from 161 in 2015/16 to 43 in 2021/22.") == [
        ("161", 161.0, "count"), ("43", 43.0, "count")]


# Rule: a change stated with "by"/"up" is two numbers; a plain "X% to Y%" is a range.
def test_a_change_is_two_numbers_and_a_span_is_a_range():
    assert found("The solved rate fell by 3.6 per cent to 11.2 per cent.") == [
        ("3.6 per cent", 3.6, "percent"), ("11.2 per cent", 11.2, "percent")]
    assert found("Recording is up over 10% to 79%.") == [("10%", 10.0, "percent"), ("79%", 79.0, "percent")]
    [m] = find_mentions("It answered 60% to 65% of calls.")
    assert (m.value, m.value_high, m.unit) == (60.0, 65.0, "percent")


def test_a_whole_report_page_keeps_its_metrics_and_drops_its_structure():
    text = ("Our inspection assessed how good Ruralshire Police is in ten areas of policing. We make graded "
            "judgments in nine of these ten as follows:\n"
            "In the year ending 31 March 2023, the force answered 76.4 percent of 999 calls within 10 seconds. "
            "This was lower than the standard of 90 percent.\n"
            "Within three months, the force should review its call handling.\n")
    rows = extract_metrics(Document("t", text, "Test"))
    assert [(r["surface"], r["value"], r["unit"]) for r in rows] == [
        ("76.4 percent", 76.4, "percent"), ("90 percent", 90.0, "percent")]


def test_a_long_s_in_old_print_does_not_stop_the_reading():
    found = extract_metrics(Document("t", "There were ſix conſtables and 12 cases."))
    assert 12.0 in [r["value"] for r in found]


# Rule: two counts joined by "to" or a dash before their noun are one range; "from X to Y" stays a change, and
# "one or two" is an idiom, not a count.
def test_count_ranges():
    assert found("Each command unit covers 3 to 5 boroughs.") == [("3 to 5", 3.0, "count")]
    assert [(m["value"], m["value_high"]) for m in extract_metrics(Document("t", "Teams had 40-55 cases each."))] == \
        [(40.0, 55.0)]
    assert found("Staffing fell from 14 to 9 officers.") == [("14", 14.0, "count"), ("9", 9.0, "count")]
    assert [m["surface"] for m in extract_metrics(Document("t", "One or two officers said so; 45 disagreed."))] == ["45"]
