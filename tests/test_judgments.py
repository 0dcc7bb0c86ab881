"""Judgments and findings: grades from tables, grade lines and sentences; findings under their labels."""
import pytest

from pipeline.document import Document
from pipeline.extract.findings import extract_findings
from pipeline.extract.judgments import extract_judgments, framework_of

REPORT = """# PEEL 2021/22

# Overall summary

## Our judgments

Outstanding\tGood\tAdequate\tRequires improvement\tInadequate
\t\t\tGood use of resources\tResponding to the public
\t\tTreatment of the public\t\t

We also inspected how effective a service the force gives to victims of crime. We don't make a graded judgment in this overall area.

# Providing a service to the victims of crime

Text about victims.

# Responding to the public

## Inadequate

The Metropolitan Police Service is inadequate at responding to the public.

### Cause of concern

The force needs to improve how it answers calls.

#### Recommendations

Within six months the force should:

- improve the process for risk assessing callers; and
- make sure that repeat callers are identified.

### Main findings

The force shows good practice in some areas and a good understanding of demand.

# Strategic planning and value for money

Requires  
improvement

## Areas for improvement

### **The force should improve its understanding of demand**

Text.

**The force should review its estate**

Text. This was an area for improvement following our 2019 inspection.

## Main findings

We judged the force to be good last year.
"""


@pytest.fixture(scope="module")
def small():
    doc = Document("peel-test", REPORT, "PEEL test")
    return extract_judgments(doc), extract_findings(doc)


def test_framework_from_the_title_page():
    f = framework_of(Document("d", "# PEEL 2021/22\n\nText\n"))
    assert (f.name, f.scale) == ("PEEL 2021/22", "5-tier")
    f = framework_of(Document("d", "Metropolitan PEEL 2016\nEffectiveness\n"))
    assert (f.name, f.pillar, f.scale) == ("PEEL 2016", "Effectiveness", "4-tier")
    assert framework_of(Document("d", "A review of culture\n")) is None


def test_pivot_table_column_is_the_grade_even_when_the_area_contains_a_grade_word(small):
    judgments, _ = small
    grades = {j["area"]: j["grade"] for j in judgments}
    assert grades["Good use of resources"] == "Requires improvement"
    assert grades["Treatment of the public"] == "Adequate"
    assert grades["Responding to the public"] == "Inadequate"


def test_section_line_and_sentence_confirm_the_table(small):
    judgments, _ = small
    responding = next(j for j in judgments if j["area"] == "Responding to the public")
    assert responding["evidence"] == "Responding to the public" and responding["conflicts_with"] is None
    assert responding["confirmed_by"].count("line") == 2
    assert responding["grade_rank"] == 5 and responding["scale"] == "5-tier"


def test_split_grade_line_and_ungraded_area(small):
    judgments, _ = small
    by_area = {j["area"]: j for j in judgments}
    assert by_area["Good use of resources"]["confirmed_by"]  # paired with "Strategic planning ..." by grade and order
    victims = by_area["Providing a service to the victims of crime"]
    assert victims["graded"] is False and victims["grade"] is None


def test_grade_words_in_prose_are_not_judgments(small):
    judgments, _ = small
    assert len(judgments) == 4
    assert not any("good practice" in j["evidence"] or "last year" in j["evidence"] for j in judgments)


def test_findings_by_kind_with_area(small):
    _, findings = small
    got = [(f["kind"], f["area"], f["text"]) for f in findings]
    assert got == [
        ("cause_of_concern", "Responding to the public", "The force needs to improve how it answers calls."),
        ("recommendation", "Responding to the public", "improve the process for risk assessing callers; and"),
        ("recommendation", "Responding to the public", "make sure that repeat callers are identified."),
        ("area_for_improvement", "Strategic planning and value for money", "The force should improve its understanding of demand"),
        ("area_for_improvement", "Strategic planning and value for money", "The force should review its estate"),
    ]
    for f in findings:
        assert REPORT[f["char_start"]:f["char_end"]] == f["quote"]


def test_restated_findings_are_recorded_once():
    text = ("Metropolitan PEEL 2016\n\n## Overview\n\n### Areas for improvement\n\n- The force should do X.\n\n"
            "## Question one?\n\n### Areas for improvement\n\n- The force should do X.\n")
    findings = extract_findings(Document("d", text))
    assert len(findings) == 1 and findings[0]["restated_lines"] == "13"


def test_real_judgments(documents):
    peel = {j["area"]: j for j in extract_judgments(documents["peel-2021-22-met"])}
    assert peel["Responding to the public"]["grade"] == "Inadequate"
    assert peel["Preventing crime"]["grade"] == "Good" and peel["Preventing crime"]["page"] == 1
    assert peel["Disrupting serious organised crime"]["graded"] is False
    legit = extract_judgments(documents["peel-2016-legitimacy-met"])
    overall = next(j for j in legit if j["area"].startswith("Overview"))
    assert overall["grade"] == "Good" and overall["scale"] == "4-tier" and overall["pillar"] == "Legitimacy"
    ethics = next(j for j in legit if j["area"] == "How well does the force ensure that its workforce behaves ethically and lawfully?")
    assert ethics["grade"] == "Requires improvement"
    effectiveness = {j["area"]: j["grade"] for j in extract_judgments(documents["peel-2016-effectiveness-met"])}
    assert effectiveness["How effective is the force at protecting those who are vulnerable from harm, and supporting victims?"] == "Inadequate"
    assert extract_judgments(documents["casey-review-2023"]) == []


def test_real_findings(documents):
    from collections import Counter

    peel = Counter(f["kind"] for f in extract_findings(documents["peel-2021-22-met"]))
    assert peel == {"area_for_improvement": 20, "innovative_practice": 8, "recommendation": 5, "cause_of_concern": 1}
    eff = Counter(f["kind"] for f in extract_findings(documents["peel-2016-effectiveness-met"]))
    assert eff == {"area_for_improvement": 11, "recommendation": 8, "cause_of_concern": 1}
    legit = extract_findings(documents["peel-2016-legitimacy-met"])
    assert len(legit) == 5 and all(f["restated_lines"] for f in legit)
