"""One test per form of the genre that judgments, grade counts, findings and the force are read from.

Every text here is written for the test (invented wording, real force names) in the shape real copies take:
web pages, PDF exports, Markdown, press releases.
"""
import pytest

from pipeline.document import Document
from pipeline.extract.findings import extract_findings
from pipeline.extract.forces import force_of
from pipeline.extract.frameworks import framework_of
from pipeline.extract.judgments import extract_grades


def grades(text: str, **meta) -> list[tuple]:
    rows, _ = extract_grades(Document("t", text, **meta))
    return [(r["area"], r["grade"], r["scale"], r["scope"], r["framework"]) for r in rows]


def current(text: str, **meta) -> dict[str, str | None]:
    rows, _ = extract_grades(Document("t", text, **meta))
    return {r["area"]: r["grade"] for r in rows if r["scope"] == "current"}


# --- frameworks -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, scale", [
    ("Kent PEEL 2014\n\nText.\n", "PEEL 2014", "4-tier"),
    ("Skip to content\n\nCumbria 2015\n\nThis is HMIC's second PEEL assessment of Cumbria Constabulary.\n", "PEEL 2015", "4-tier"),
    ("PEEL: Police effectiveness, efficiency and legitimacy 2018/19 – Kent Police\n", "PEEL 2018/19", "4-tier"),
    ("# PEEL 2021/22\n\nAn inspection of Kent Police\n", "PEEL 2021/22", "5-tier"),
    ("In 2014, we introduced our PEEL inspections.\n\nPEEL Assessment Framework 2023–2025\n", "PEEL 2023–25", "5-tier"),
])
def test_framework_is_read_from_the_document(text, name, scale):
    f = framework_of(Document("t", text))
    assert (f.name, f.scale) == (name, scale)


def test_framework_from_the_manifest_address_and_last_updated_date():
    assert framework_of(Document("t", "Text about PEEL.\n", declared_framework="PEEL 2017")).name == "PEEL 2017"
    assert framework_of(Document("t", "PEEL page.\n", source_url="https://example.org/peel-assessments/peel-2016/kent/")).name \
        == "PEEL 2016"
    page = "Kent Police\n\nHow efficient is the force?\n\nLast updated 09/11/2017\n\nGood\n\nPEEL text.\n"
    assert framework_of(Document("t", page)).name == "PEEL 2017"


def test_a_news_story_that_names_the_inspectorate_but_not_peel_takes_the_cycle_of_its_date():
    text = "Watchdog report\n\nHMICFRS found that Kent Police is good at investigating crime.\n"
    rows, _ = extract_grades(Document("t", text, published="2022-05-12"))
    assert [(r["area"], r["grade"], r["framework"], r["scale"]) for r in rows] == [
        ("investigating crime", "Good", "PEEL 2021/22", "5-tier")]


def test_documents_that_are_not_inspections_have_no_framework():
    assert framework_of(Document("t", "A review of culture. The PEEL grades were poor.\n", document_type="review")) is None
    assert framework_of(Document("t", "Minutes of the board.\n")) is None


# --- forces -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, force", [
    ("Cumbria Constabulary requires improvement. Cumbria Constabulary should act.\n", "Cumbria Constabulary"),
    ("Skip to content\n\nKent 2016\n\nThe force is good.\n", "Kent Police"),
    ("An inspection of GMP. GMP was inadequate.\n", "Greater Manchester Police"),
    ("The Met has been judged inadequate. The MPS disagrees.\n", "Metropolitan Police Service"),
    ("British Transport Police and Police Scotland signed an agreement. British Transport Police leads.\n",
     "British Transport Police"),
    ("The constabulary was good.\n", None),
])
def test_force_is_read_from_the_names_reports_use(text, force):
    assert force_of(Document("t", text)) == force


# --- grade sentences ----------------------------------------------------------------------------------------------

def test_overview_extent_sentences_grade_the_pillars():
    text = ("Kent 2016\n\nThis is HMIC's third PEEL assessment of Kent Police.\n\n"
            "The extent to which the force is effective at keeping people safe and reducing crime is good.\n\n"
            "The extent to which the force is efficient at keeping people safe and reducing crime is: outstanding.\n\n"
            "The extent to which the force is legitimate at keeping people safe and reducing crime requires improvement.\n")
    rows, _ = extract_grades(Document("t", text))
    assert [(r["area"], r["grade"], r["pillar"], r["scale"], r["framework"]) for r in rows] == [
        ("effective at keeping people safe and reducing crime", "Good", "Effectiveness", "4-tier", "PEEL 2016"),
        ("efficient at keeping people safe and reducing crime", "Outstanding", "Efficiency", "4-tier", "PEEL 2016"),
        ("legitimate at keeping people safe and reducing crime", "Requires improvement", "Legitimacy", "4-tier", "PEEL 2016"),
    ]


def test_not_yet_graded_pillar_is_an_ungraded_judgment():
    text = ("Kent 2017\n\nKent Police PEEL page.\n\n"
            "The extent to which the force is effective at keeping people safe and reducing crime: not yet graded.\n")
    rows, _ = extract_grades(Document("t", text))
    assert [(r["area"], r["grade"], r["graded"]) for r in rows] == [
        ("effective at keeping people safe and reducing crime", None, False)]


@pytest.mark.parametrize("sentence, area, grade", [
    ("Kent Police is judged to be outstanding at tackling serious and organised crime.",
     "tackling serious and organised crime", "Outstanding"),
    ("Cumbria Constabulary requires improvement in how it investigates crime.", "how it investigates crime",
     "Requires improvement"),
    ("The force has been assessed as good in respect of the efficiency with which it keeps people safe and reduces crime.",
     "efficiency with which it keeps people safe and reduces crime", "Good"),
    ("Its use of resources to manage demand is judged to be good.", "Its use of resources to manage demand", "Good"),
    ("Kent Police was judged to require improvement at protecting vulnerable people.", "protecting vulnerable people",
     "Requires improvement"),
    ("The constabulary is generally good at investigating crime and reducing re-offending.",
     "investigating crime and reducing re-offending", "Good"),
    ("The inspectorate rates Kent Police as ‘good’ across the board.", "overall", "Good"),
    ("Recording data about crime was categorised as “Requires Improvement.”", "Recording data about crime",
     "Requires improvement"),
    ("However, responding to the public ‘requires improvement’, according to the report.", "responding to the public",
     "Requires improvement"),
    ("The report rates it as adequate in its ability to prevent crime.", "its ability to prevent crime", "Adequate"),
    ("It is judged to require improvement still in some aspects of treating its workforce fairly.",
     "some aspects of treating its workforce fairly", "Requires improvement"),
    ("“The force’s service to victims of crime is inadequate and it is not recording crime well.",
     "service to victims of crime", "Inadequate"),
    ("In May the grade for ‘Responding to the public’ was changed from ‘good’ to ‘adequate’.", "Responding to the public",
     "Adequate"),
    ("A new report said Kent Police’s use of stop and search “requires improvement”.", "use of stop and search",
     "Requires improvement"),
])


def test_grade_sentences_about_any_force(sentence, area, grade):
    assert current(f"Kent PEEL 2017\n\nIntroduction\n\nSome text.\n\n{sentence}\n") == {area: grade}


def test_a_count_of_areas_followed_by_the_areas_it_counts():
    text = ("Kent PEEL 2016\n\nNews\n\nThe report found the force requires improvement in all three areas; in how it "
            "understands demand; in how it uses its resources; and in its planning for the future.\n")
    assert current(text) == {"how it understands demand": "Requires improvement",
                             "how it uses its resources": "Requires improvement",
                             "its planning for the future": "Requires improvement"}


def test_a_list_sentence_grades_each_area():
    text = ("Surrey PEEL 2014\n\nIn terms of its effectiveness, the force is good at reducing crime and preventing "
            "offending and is good at tackling anti-social behaviour, however it requires improvement in the way it "
            "investigates offending;\n")
    assert current(text) == {"reducing crime and preventing offending": "Good", "tackling anti-social behaviour": "Good",
                             "the way it investigates offending": "Requires improvement"}


def test_a_grade_line_under_a_question_after_last_updated():
    text = ("Skip to content\n\nKent PEEL 2016\n\nHow efficient is the force at keeping people safe and reducing crime?\n\n"
            "Last updated 03/11/2016\n\nRequires improvement\n\n"
            "Kent Police requires improvement in the efficiency with which it keeps people safe and reduces crime.\n")
    rows, _ = extract_grades(Document("t", text))
    assert [(r["area"], r["grade"], r["stated_as"], r["pillar"]) for r in rows] == [
        ("How efficient is the force at keeping people safe and reducing crime?", "Requires improvement", "grade_line",
         "Efficiency")]
    assert rows[0]["confirmed_by"] == "line 11"


def test_grades_listed_with_their_areas_in_a_press_release():
    text = ("Kent Police PEEL 2023–25 results\n\nThe gradings awarded are:\n\n"
            "  • Responding to the public: Adequate\n  • Investigating crime: Good\n"
            "  • Protecting vulnerable people: Requires improvement\n")
    assert grades(text) == [
        ("Responding to the public", "Adequate", "5-tier", "current", "PEEL 2023–25"),
        ("Investigating crime", "Good", "5-tier", "current", "PEEL 2023–25"),
        ("Protecting vulnerable people", "Requires improvement", "5-tier", "current", "PEEL 2023–25"),
    ]


def test_a_lead_in_that_grades_the_list_under_it():
    text = ("Kent Police PEEL 2017\n\nThe force was also graded as good at:-\n► Understanding demand.\n"
            "► How it uses its resources.\n\nOther news.\n")
    assert current(text) == {"Understanding demand": "Good", "How it uses its resources": "Good"}


def test_however_it_continues_the_force_as_subject():
    text = ("Kent PEEL 2014\n\nThe force is good at tackling anti-social behaviour. However, it requires improvement in "
            "the way it investigates offending;\n")
    assert current(text) == {"tackling anti-social behaviour": "Good",
                             "the way it investigates offending": "Requires improvement"}


def test_press_release_bullets_take_the_force_from_their_lead_in():
    text = ("PEEL 2018/19\n\nInspectors found that Kent Police:\n\n"
            "  • is ‘good’ at effectively reducing crime and keeping people safe;\n"
            "  • is ‘outstanding’ at operating efficiently and providing sustainable services to the public; and\n")
    assert current(text) == {"effectively reducing crime and keeping people safe": "Good",
                             "operating efficiently and providing sustainable services to the public": "Outstanding"}


def test_a_grade_followed_by_the_areas_it_was_given_to():
    text = ("PEEL 2021/22\n\nNews\n\nInspectors rated Kent Police ‘inadequate’ in two areas – responding to the public "
            "and managing offenders.\n")
    rows, counts = extract_grades(Document("t", text))
    assert [(r["area"], r["grade"]) for r in rows] == [("responding to the public", "Inadequate"),
                                                      ("managing offenders", "Inadequate")]
    assert [(c["grade"], c["count"]) for c in counts] == [("Inadequate", 2)]


def test_grade_counts_are_published_as_counts_not_areas():
    text = ("PEEL 2021/22\n\nPress release\n\nKent Police has been graded as ‘outstanding’ in one area, ‘good’ in four "
            "areas, ‘adequate’ in two areas and ‘requires improvement’ in two.\n")
    rows, counts = extract_grades(Document("t", text))
    assert rows == []
    assert [(c["grade"], c["count"], c["evidence"]) for c in counts] == [
        ("Outstanding", 1, "‘outstanding’ in one area"), ("Good", 4, "‘good’ in four areas"),
        ("Adequate", 2, "‘adequate’ in two areas"), ("Requires improvement", 2, "‘requires improvement’ in two")]


def test_a_grade_for_an_earlier_inspection_has_scope_previous():
    text = ("Kent PEEL 2018\n\nHow effective is the force at keeping people safe and reducing crime?\n\nGood\n\n"
            "Kent Police is good at keeping people safe and reducing crime. In 2016 we judged the force to be good at "
            "tackling serious and organised crime. Our judgment is an improvement on last year, when we judged the force "
            "to require improvement.\n")
    got = grades(text)
    assert ("How effective is the force at keeping people safe and reducing crime?", "Good", "4-tier", "current",
            "PEEL 2018/19") in got
    assert ("tackling serious and organised crime", "Good", "4-tier", "previous", "PEEL 2018/19") in got
    assert ("How effective is the force at keeping people safe and reducing crime?", "Requires improvement", "4-tier",
            "previous", "PEEL 2018/19") in got
    assert len(got) == 3


def test_also_judged_after_an_earlier_grade_is_previous_too():
    text = ("Kent PEEL 2018\n\nSummary\n\nIn 2016 we judged Kent Police to be good at preventing crime. We also judged it to "
            "be outstanding at tackling serious and organised crime.\n")
    assert grades(text) == [("preventing crime", "Good", "4-tier", "previous", "PEEL 2018/19"),
                            ("tackling serious and organised crime", "Outstanding", "4-tier", "previous", "PEEL 2018/19")]


@pytest.mark.parametrize("sentence", [
    "The force has a good understanding of demand.",
    "The force has outstanding arrangements in place to deal with corruption.",
    "Inadequate arrangements for vetting put the public at risk.",
    "The force is poor at recording crime.",
    "This is good practice that other forces could follow.",
    "It is good to see that the force has improved.",
    "Officers are good at identifying vulnerable people.",
    "The force was found to be inadequate in several areas, the inspectorate said.",
    "Londoners who think it is good fell to a third.",
])
def test_evaluative_words_are_never_judgments(sentence):
    assert grades(f"Kent PEEL 2021/22\n\nText\n\n{sentence}\n") == []


@pytest.mark.parametrize("sentence", [
    "HMICFRS rates Kent Police ‘good’, the chief constable said.",
    "It also recognised that the force is graded as outstanding elsewhere.",
])
def test_a_grade_with_no_area_and_no_area_heading_is_not_given_an_invented_area(sentence):
    assert grades(f"Kent PEEL 2021/22\n\nNews, 3 March\n\n{sentence}\n") == []


def test_plain_good_at_sentences_in_body_prose_are_not_grades_unless_they_name_a_graded_area():
    text = ("Kent PEEL 2016\n\nHMI's observations\n\nI am pleased with the force.\n\n"
            "The force is good at assessing threats in neighbourhoods. Kent Police is good at preventing crime and "
            "tackling anti-social behaviour.\n")
    assert current(text) == {"preventing crime and tackling anti-social behaviour": "Good"}


def test_crlf_and_byte_order_mark_give_the_same_judgments():
    text = ("Kent 2016\n\nThe extent to which the force is effective at keeping people safe and reducing crime is good.\n\n"
            "How efficient is the force at keeping people safe and reducing crime?\n\nLast updated 03/11/2016\n\nGood\n")
    plain = grades(text)
    windows = grades("\ufeff" + text.replace("\n", "\r\n"))
    assert plain == windows and len(plain) == 2


# --- findings -----------------------------------------------------------------------------------------------------

def findings(text: str) -> list[tuple]:
    return [(f["kind"], f["text"], f["deadline"], f["area"]) for f in extract_findings(Document("t", text))]


def test_areas_for_improvement_as_paragraphs_that_say_what_the_force_should_do():
    text = ("How effective is the force at investigating crime?\n\nKent Police is good at investigating crime.\n\n"
            "Areas for improvement\n\nThe force should improve how it supervises investigations.\n\n"
            "The force should make sure victims are updated.\n\nWe set out our detailed findings below.\n")
    assert findings(text) == [
        ("area_for_improvement", "The force should improve how it supervises investigations.", None,
         "How effective is the force at investigating crime?"),
        ("area_for_improvement", "The force should make sure victims are updated.", None,
         "How effective is the force at investigating crime?")]


def test_a_recommendation_with_a_deadline_keeps_the_deadline_in_its_own_column():
    text = "Recommendations\n\nBy March 2017, the force should publish its plan for missing children.\n"
    assert findings(text) == [("recommendation", "the force should publish its plan for missing children.",
                               "By March 2017", None)]


def test_a_cause_of_concern_and_the_recommendations_after_its_lead_in():
    text = ("How well does the force protect vulnerable people?\n\nCause of concern\n\n"
            "The force does not respond quickly enough to reports of missing children.\n\n"
            "To address this cause of concern, we recommend that within three months the force should:\n\n"
            "- review its missing persons policy; and\n- train its call handlers.\n")
    area = "How well does the force protect vulnerable people?"
    assert findings(text) == [
        ("cause_of_concern", "The force does not respond quickly enough to reports of missing children.", None, area),
        ("recommendation", "review its missing persons policy; and", "within three months", area),
        ("recommendation", "train its call handlers.", "within three months", area)]


def test_a_finding_stated_in_prose_under_a_question_without_a_label():
    text = ("How legitimate is the force at keeping people safe?\n\n"
            "Kent Police is good at treating people fairly. The force should record why it uses force more consistently.\n")
    assert findings(text) == [("area_for_improvement", "The force should record why it uses force more consistently.", None,
                               "How legitimate is the force at keeping people safe?")]


def test_findings_written_inline_in_a_tracker_table():
    text = ("| # | Recommendation | Status |\n|---|---|---|\n"
            "| T1 | Cause of concern: The force does not have enough detectives to investigate crime well. Recommendation: "
            "HMIC recommends that within six months the force should: recruit and train more detectives; | Done |\n")
    assert findings(text) == [
        ("cause_of_concern", "The force does not have enough detectives to investigate crime well.", None, None),
        ("recommendation", "recruit and train more detectives;", "within six months", None)]


def test_a_press_release_sentence_that_names_an_area_for_improvement():
    text = "Kent Police news\n\nIn areas for improvement the report said that the force should improve its vetting checks.\n"
    assert findings(text) == [("area_for_improvement", "the force should improve its vetting checks.", None, None)]


def test_praise_and_cut_short_restatements_are_not_new_findings():
    text = ("How effective is the force at tackling crime?\n\nThe force should be commended for its work with schools.\n\n"
            "| T1 | Cause of concern: The force does not have enough detectives to investigate crime well. | Done |\n"
            "| T2 | Cause of concern: The force does not have enough detectives to inv\n")
    got = extract_findings(Document("t", text))
    assert [(f["kind"], f["text"], f["restated_lines"]) for f in got] == [
        ("cause_of_concern", "The force does not have enough detectives to investigate crime well.", "6")]

