"""What a number measures, when, and against what: sentences written in the reports' forms."""
from datetime import date

import pytest

from pipeline.document import Document
from pipeline.extract.meaning import is_broken, sentence_case
from pipeline.extract.metrics import extract_metrics
from pipeline.indicators import indicator_for
from pipeline.periods import find_periods


def rows(text: str) -> dict[str, dict]:
    return {r["surface"]: r for r in extract_metrics(Document("t", text))}


@pytest.mark.parametrize("text, label, start, end", [
    ("In the year ending March 2021 it fell.", "the year ending March 2021", date(2020, 4, 1), date(2021, 3, 31)),
    ("It was higher in 2022-23 than before.", "in 2022-23", date(2022, 4, 1), date(2023, 3, 31)),
    ("in the 12 months to 31 March 2016", "the 12 months to 31 March 2016", date(2015, 4, 1), date(2016, 3, 31)),
    ("between April and June 2020 calls rose", "between April and June 2020", date(2020, 4, 1), date(2020, 6, 30)),
    ("between 2013 and 2022 the force grew", "between 2013 and 2022", date(2013, 1, 1), date(2022, 12, 31)),
    ("as at 31 March 2016 there were", "as at 31 March 2016", date(2016, 3, 31), date(2016, 3, 31)),
    ("In the first seven months of 2022 there were", "the first seven months of 2022", date(2022, 1, 1), date(2022, 7, 31)),
    ("since 2010 the number has grown", "since 2010", date(2010, 1, 1), None),
    ("in the four years to March 2019 it doubled", "the four years to March 2019", date(2015, 4, 1), date(2019, 3, 31)),
    ("over the three years to 2020/21 arrests fell", "the three years to 2020/21", date(2018, 4, 1), date(2021, 3, 31)),
    ("calls rose in the summer of 2020", "in the summer of 2020", date(2020, 6, 1), date(2020, 8, 31)),
    ("In Q3 2021 the backlog grew", "In Q3 2021", date(2021, 7, 1), date(2021, 9, 30)),
    ("in the third quarter of 2021/22", "in the third quarter of 2021/22", date(2021, 10, 1), date(2021, 12, 31)),
    ("spending in FY 2020/21 was", "in FY 2020/21", date(2020, 4, 1), date(2021, 3, 31)),
    ("a target of 6,000 by the end of 2024", "the end of 2024", date(2024, 12, 31), date(2024, 12, 31)),
    ("Since 2013-4, the share has doubled", "Since 2013-4", date(2013, 4, 1), None),
    ("In 2020/2021 the force recruited", "In 2020/2021", date(2020, 4, 1), date(2021, 3, 31)),
    ("in financial year 2019 to 2020 it spent", "2019 to 2020", date(2019, 4, 1), date(2020, 3, 31)),
    ("in the second half of 2022/23 calls rose", "the second half of 2022/23", date(2022, 10, 1), date(2023, 3, 31)),
    ("in the 2018 calendar year there were", "2018", date(2018, 1, 1), date(2018, 12, 31)),
    ("fieldwork ran between 4 and 19 May 2023 and", "between 4 and 19 May 2023", date(2023, 5, 4), date(2023, 5, 19)),
])
def test_periods_are_read_into_dates(text, label, start, end):
    period = find_periods(text)[0]
    assert (period.label, period.start, period.end) == (label, start, end)


def test_a_year_in_a_name_is_not_a_period():
    assert find_periods("under the Police Reform Act 2002 and Vision 2025") == []


def test_share_with_its_condition_and_period():
    r = rows("In the year ending March 2021, 71 percent of 999 calls were answered within 10 seconds.")["71 percent"]
    assert r["subject"] == "999 calls" and r["measure"] == "share of 999 calls answered within 10 seconds"
    assert (r["period_start"], r["period_end"]) == (date(2020, 4, 1), date(2021, 3, 31))
    assert indicator_for(r) == ("calls_999_answered_in_10_seconds", None)


def test_a_change_from_one_level_to_another_is_paired():
    found = rows("Public confidence in the force fell from 81% in 2017 to 62% in 2021.")
    later = found["62%"]
    assert later["comparator"] == "in 2017" and later["comparator_value"] == 81.0 and later["direction"] == "fall"
    assert later["measure"] == found["81%"]["measure"] == "Public confidence in the force"
    assert found["81%"]["comparator"] is None and later["value_kind"] == "level"


def test_a_fall_is_negative_wherever_it_is_written():
    found = rows("Burglary fell by 14 percent. Robbery was down 9 percent on the year. Thefts rose by 3 percent.")
    assert [(r["value"], r["direction"], r["value_kind"]) for r in found.values()] == [
        (-14.0, "fall", "change"), (-9.0, "fall", "change"), (3.0, "rise", "change")]


def test_comparison_with_another_group_and_a_reference():
    found = rows("Only 58% of Asian residents trust the force, compared with 77% of White residents.")
    assert found["58%"]["comparator"] == "White residents" and found["58%"]["comparator_value"] == 77.0
    assert found["77%"]["measure"] == "share of White residents who trust the force"
    target = rows("The force answered 81.5 percent of emergency calls within 10 seconds (the target is 90 percent).")
    assert target["81.5 percent"]["comparator"] == "target" and target["81.5 percent"]["comparator_value"] == 90.0


def test_part_of_a_whole_keeps_its_base():
    r = rows("Inspectors found that 17 out of 60 case files had no victim needs assessment.")["17 out of 60"]
    assert (r["value"], r["unit"], r["base_value"]) == (17.0, "count", 60.0)
    which = rows("The force recorded 2,400 hate crimes in 2021, of which 310 were online.")["310"]
    assert which["base_value"] == 2400.0


def test_period_of_the_previous_sentence_when_the_text_says_so():
    found = rows("Between 2015 and 2020 the force recruited 900 officers. During this period, 140 officers left.")
    assert found["140"]["period"] == "Between 2015 and 2020" and found["140"]["period_source"] == "previous_sentence"


def test_a_period_opening_a_paragraph_is_not_carried_to_a_statement_of_now():
    found = rows("As at 30 September 2024, 6.1% of officers in Norfolk Constabulary were from an ethnic minority "
                 "background. The force now has 12 custody suites.")
    assert found["6.1%"]["period_start"] == date(2024, 9, 30) and found["12"]["period"] is None


def test_a_past_tense_sentence_with_no_time_of_its_own_continues_the_period_before():
    found = rows("In 2023, 4,210 vehicles were seized by Westshire Police. There were 198 seizures of uninsured vans, 40 "
                 "more than in 2022.")
    assert found["198"]["period"] == "In 2023" and found["198"]["period_source"] == "previous_sentence"
    two_back = rows("Eastshire Police made 3,050 arrests for drug supply in 2022/23. Officers seized 61 firearms. They "
                    "recovered £1.2 million in cash.")
    assert two_back["£1.2 million"]["period_start"] == date(2022, 4, 1)


@pytest.mark.parametrize("text, surface", [
    ("The force answered 91% of 999 calls in the year to March 2024. It has 310 call handlers.", "310"),
    ("Only 41% of staff in the survey agreed that leaders listen, down from 55% in 2020. A third of officers (33%) said "
     "they had thought about leaving.", "33%"),
    ("Inspectors spoke to 150 officers and staff at Northshire Police in 2024. Women were twice as likely as men to "
     "report that they had been overlooked.", "twice"),
    ("Reserves are forecast to fall to £21.4 million by March 2027. The commissioner proposed a precept rise of £14.",
     "£14"),
    ("The unit was set up in 2021 to cut delays. Officers sent 20 percent of its files back.", "20 percent"),
])
def test_no_period_carried_to_a_statement_of_now_a_finding_or_from_a_reference_or_a_forecast(text, surface):
    assert rows(text)[surface]["period"] is None


def test_a_statement_about_what_the_sentence_before_counted_takes_its_period():
    found = rows("The force dismissed 41 officers after gross misconduct hearings in 2023/24. Nine of these cases "
                 "involved domestic abuse.")
    assert found["Nine"]["period_start"] == date(2023, 4, 1)
    unrelated = rows("The force dismissed 41 officers after gross misconduct hearings in 2023/24. It has 3,900 officers.")
    assert unrelated["3,900"]["period"] is None


def test_an_event_date_in_the_sentence_before_is_not_the_period_of_a_count():
    found = rows("The unit was set up in 2019 to reduce delays. 20 percent of its staff were seconded from other teams.")
    assert found["20 percent"]["period"] is None


def test_a_share_of_a_whole_names_the_part_the_clause_is_about():
    found = rows("The proportion of racist abuse complaints has risen from around 5% of all complaints in 2016-17 "
                 "to around 8% in 2023-24.")
    assert found["5%"]["measure"] == "share of complaints made up by racist abuse complaints"
    assert found["8%"]["measure"] == found["5%"]["measure"] and found["8%"]["comparator_value"] == 5.0
    same = rows("The percentage of recruits who are women rose from 28% in 2015-16 to 41% of all recruits in 2022-23.")
    assert same["41%"]["measure"] == "percentage of recruits who are women"


def test_a_listed_group_keeps_its_first_name():
    found = rows("The proportion of Black, Asian and ethnic minority inspectors has grown from 5% to 9%.")
    assert found["9%"]["subject"] == "Black, Asian and ethnic minority inspectors"
    assert found["9%"]["measure"] == "proportion of Black, Asian and ethnic minority inspectors"


@pytest.mark.parametrize("text, surface, measure", [
    ("The commissioner has set a net revenue budget of £298.4 million for 2025/26.", "£298.4 million",
     "net revenue budget"),
    ("The policing element of council tax for a Band D property will rise by £14 to £276.50.", "£276.50",
     "policing element of council tax for a Band D property"),
    ("The policing element of council tax for a Band D property will rise by £14 to £276.50.", "£14",
     "change in policing element of council tax for a Band D property"),
    ("General reserves are forecast to fall from £18.0 million to £11.5 million by March 2027.", "£18.0 million",
     "General reserves"),
    ("The fund awarded £0.8 million in grants to youth projects.", "£0.8 million", "grants awarded to youth projects"),
    ("The increase would raise £12.6 million, or 4% of the force's funding.", "4%",
     "share of force's funding made up by income raised"),
    ("A total of 412 officers left the force in 2023/24, a leaving rate of 6.2%.", "6.2%",
     "leaving rate of officers who left the force"),
    ("A total of 412 officers left the force in 2023/24, a leaving rate of 6.2%.", "412",
     "number of officers who left the force"),
    ("The force carried out 2,950 stop and searches, a rate of 4.1 per 1,000 people.", "4.1",
     "stop and searches per 1,000 people"),
])
def test_amounts_and_rates_in_budget_and_workforce_forms(text, surface, measure):
    assert rows(text)[surface]["measure"] == measure


def test_a_quoted_number_does_not_take_the_words_after_the_quotation():
    found = rows("'We lose about one in five rest days to court dates,' a detective told us.")["one in five"]
    assert found["measure"] == "share of rest days lost to court dates" and found["in_quotation"]


def test_periods_stated_relative_to_another():
    found = rows("Some 1,640 officers were in post at Gwent Police on 31 March 2024, up from 1,490 three years earlier.")
    assert found["1,490"]["period_start"] == date(2021, 3, 31) and found["1,640"]["comparator_value"] == 1490.0
    found = rows("Bedfordshire Police recorded 1,900 rape offences in the year ending June 2024. Of these, 8.1% resulted "
                 "in a charge or summons, up from 4.9% in the previous year.")
    assert found["8.1%"]["period_start"] == date(2023, 7, 1) and found["4.9%"]["period_start"] == date(2022, 7, 1)
    found = rows("Essex Police employed 3,700 officers as at 31 March 2023. A year later this had risen to 3,950, of "
                 "whom 1,400 were female.")
    assert found["3,950"]["period_start"] == date(2024, 3, 31) and found["3,950"]["comparator_value"] == 3700.0
    assert found["3,950"]["measure"] == found["3,700"]["measure"] == "number of officers Essex Police employed"
    assert found["1,400"]["measure"] == "number of officers Essex Police employed who were female"


@pytest.mark.parametrize("text, surface, start, end", [
    ("Between April 2020 and March 2024, Kent Police brought 64 gross misconduct cases. Of the officers involved, 22 "
     "were dismissed.", "22", date(2020, 4, 1), date(2024, 3, 31)),
    ("The average time to a charging decision was 131 days in the quarter to September 2023.", "131 days",
     date(2023, 7, 1), date(2023, 9, 30)),
    ("In the year to 30 June 2024, the force made an arrest in 35 per cent of domestic abuse crimes. Only 41 of the "
     "190 protection notices considered during the year were authorised.", "41", date(2023, 7, 1), date(2024, 6, 30)),
    ("There were 5,900 PCSOs as at 31 March 2024. Police staff numbers at that date had grown by 1,500 to 70,100.",
     "70,100", date(2024, 3, 31), date(2024, 3, 31)),
    ("In 2023/24, forces logged 71,200 complaint cases, 4% more than in 2022/23. In that year, forces took an average "
     "of 18 working days to log a complaint.", "18 working days", date(2023, 4, 1), date(2024, 3, 31)),
])
def test_a_later_sentence_takes_the_period_it_refers_to(text, surface, start, end):
    found = rows(text)[surface]
    assert (found["period_start"], found["period_end"]) == (start, end)


@pytest.mark.parametrize("text, surface, unit, measure", [
    ("Forces took an average of 18 working days to log a complaint.", "18 working days", "duration_days",
     "average time to log a complaint (Forces)"),
    ("Callers to the 101 line waited an average of 2 minutes 55 seconds.", "2 minutes 55 seconds", "duration_seconds",
     "average wait of Callers to the 101 line"),
    ("These appeals took a median of 19 weeks to complete.", "19 weeks", "duration_weeks", "median time to complete (appeals)"),
    ("The strategic review took 3 hrs 20 mins.", "3 hrs 20 mins", "duration_minutes", "time taken by strategic review"),
])
def test_how_long_and_for_whom(text, surface, unit, measure):
    found = rows(text)[surface]
    assert (found["unit"], found["measure"]) == (unit, measure)


@pytest.mark.parametrize("text, surface, measure, direction, comparator", [
    ("In 2023/24, forces logged 71,200 complaint cases, 4% more than in 2022/23.", "4%",
     "change in number of complaint cases forces logged", "rise", "2022/23"),
    ("There were 6,010 FTE police community support officers as at 31 March 2024, 3.1% fewer than a year before.",
     "3.1%", "change in number of FTE police community support officers", "fall", "a year before"),
    ("The force told us that abstraction from neighbourhood duties fell to 6% in the year to March 2024, from 11% the "
     "previous year.", "6%", "abstraction from neighbourhood duties", "fall", "the previous year"),
])
def test_a_change_states_what_changed_and_against_what(text, surface, measure, direction, comparator):
    found = rows(text)[surface]
    assert (found["measure"], found["direction"], found["comparator"]) == (measure, direction, comparator)


def test_two_groups_set_against_each_other_are_paired_both_ways():
    found = rows("Some 58% of residents in Cardiff trust the police, compared with 49% of residents in Newport.")
    assert (found["58%"]["comparator_value"], found["49%"]["comparator_value"]) == (49.0, 58.0)
    contrast = rows("Women make up only 31% of constables, but 47% of detective constables.")
    assert (contrast["31%"]["comparator"], contrast["47%"]["comparator"]) == ("detective constables", "constables")
    over_time = rows("In 2022/23, 71% of residents were confident, compared with 75% in 2019/20.")
    assert over_time["71%"]["comparator_value"] == 75.0 and over_time["75%"]["comparator"] is None
    target = rows("Kent Police answered 81% of 999 calls within 10 seconds, against the national target of 90%.")
    assert target["81%"]["comparator_value"] == 90.0 and target["90%"]["comparator"] is None


@pytest.mark.parametrize("text, surface, measure", [
    ("And frontline special constables reduced from 2,100 in 2012-13 to 900 in 2021-22.", "900",
     "number of frontline special constables"),
    ("Only 11% of frontline police officers (1,983 of 18,020) had completed an appraisal.", "18,020",
     "number of frontline police officers"),
    ("Around 6,100 officers out of just over 31,000 were on restricted duties.", "6,100",
     "number of officers who were on restricted duties"),
    ("Essex Police employed 3,700 officers as at 31 March 2023. A year later this had risen to 3,950, of whom 1,400 "
     "(35.4%) were female.", "35.4%", "share of officers Essex Police employed who were female"),
    ("The review found that, of the 4,100 officers and staff who responded to its survey, 980 – around 1 in 4 – had "
     "witnessed sexist behaviour at work.", "980",
     "number of officers and staff who responded to its survey who had witnessed sexist behaviour at work"),
])
def test_parts_wholes_and_restatements(text, surface, measure):
    assert rows(text)[surface]["measure"] == measure


@pytest.mark.parametrize("text, surface, measure", [
    ("The average waiting time for an appointment increased from 6 days in January to March 2020, to 10 days in "
     "January to March 2021.", "10 days", "average waiting time for an appointment"),
    ("A 150-strong team will hunt down corrupt officers.", "150", "size of team that will hunt down corrupt officers"),
    ("Over that time, 540 children were searched, a quarter of whom were aged between 10 and 15 years old.",
     "a quarter", "share of children searched aged between 10 and 15 years old"),
    ("Confidence in senior leaders ran below 20% in 2015 and rose to just over 40% in 2020.", "20%",
     "Confidence in senior leaders"),
])
def test_more_forms_of_what_is_counted(text, surface, measure):
    assert rows(text)[surface]["measure"] == measure


def test_a_chain_of_changes_pairs_each_step_with_the_one_before():
    found = rows("The average waiting time for an appointment increased from 6 days in January to March 2020, to 10 "
                 "days in January to March 2021.")
    assert found["10 days"]["comparator_value"] == 6.0 and found["10 days"]["direction"] == "rise"


def test_a_ratio_to_one_and_its_two_sides():
    found = rows("At 31 March 2024, the force employed police officers and police staff in a ratio of 1.7:1, compared "
                 "with 1.5:1 across England and Wales.")
    assert (found["1.7:1"]["value"], found["1.7:1"]["unit"]) == (1.7, "ratio")
    assert found["1.7:1"]["measure"] == "ratio of police officers to police staff"
    assert found["1.7:1"]["comparator_value"] == 1.5


def test_a_bracketed_pair_is_the_two_groups_of_the_gap_before_it():
    found = rows("Satisfaction among disabled victims was 9 percentage points lower than among other victims (61% "
                 "compared with 70%).")
    assert found["61%"]["comparator"] == "other victims" and found["61%"]["comparator_value"] == 70.0
    assert found["70%"]["subject"] == "other victims" and found["70%"]["comparator_value"] == 61.0


def test_a_noun_that_can_be_a_verb_is_not_a_reporting_clause():
    found = rows("The average time from report to charge fell from 410 days to 380 days.")["380 days"]
    assert found["measure"] == "average time from report to charge" and found["comparator_value"] == 410.0


def test_a_share_takes_the_group_its_survey_or_list_names():
    found = rows("In our survey of Cardiff residents, most say they feel safe. However, only 38% are confident in the "
                 "force's response to antisocial behaviour.")["38%"]
    assert found["measure"] == "share of Cardiff residents who are confident in the force's response to antisocial behaviour"
    listed = rows("Detectives working on child abuse cases reported high levels of stress:\n\n"
                  "- 58% feel their workload is unmanageable\n")["58%"]
    assert listed["measure"] == "share of Detectives working on child abuse cases who feel their workload is unmanageable"
    later = rows("In our survey of Cardiff residents, most say they feel safe.\n\nOnly 38% are confident in the force.")
    assert later["38%"]["subject"] is None      # another paragraph: the survey's group is not assumed


@pytest.mark.parametrize("text, surface, measure", [
    ("In 31 of the 40 case files we reviewed, the victim had been kept informed.", "31",
     "number of case files we reviewed in which the victim had been kept informed"),
    ("The proportion of officers who are Sergeants (supervisory ranks) has declined (from 21% in 2012-13 to 16% in "
     "2022-23).", "21%", "proportion of officers who are Sergeants"),
    ("Trust in the force has fallen from a high point of 78% in June 2017 to a low point of 41% in March 2022.", "41%",
     "Trust in the force"),
    ("But there was an overall increase in bail cases of 6.5 percent over the same period.", "6.5 percent",
     "increase in bail cases"),
])
def test_inspection_and_trend_forms(text, surface, measure):
    assert rows(text)[surface]["measure"] == measure


def test_a_standard_is_not_dated_by_the_figure_it_is_compared_with():
    found = rows("In the 12 months to 31 March 2024, the force answered 88.1% of 999 calls within 10 seconds, "
                 "missing the national standard of 90%.")
    assert found["88.1%"]["period_start"] == date(2023, 4, 1) and found["88.1%"]["comparator"] == "national standard"
    assert found["90%"]["period"] is None


def test_a_run_of_likelihoods_shares_its_group_comparison_and_period():
    found = rows("Our analysis found that from 2021-2023 young Black men were over 3 times more likely to be searched "
                 "than young White men, 2.5 times more likely to be arrested, and twice as likely to be detained.")
    second = found["2.5 times"]
    assert second["subject"] == found["3 times"]["subject"] == "young Black men"
    assert second["measure"] == "relative likelihood of young Black men to be arrested"
    assert second["comparator"] == "young White men" and second["period_start"] == date(2021, 1, 1)


@pytest.mark.parametrize("text, surface, measure", [
    ("In the year to June 2024, the force made an arrest in 35 per cent of domestic abuse crimes.", "35 per cent",
     "share of domestic abuse crimes in which the force made an arrest"),
    ("Victims withdrew support in 41% of cases.", "41%", "share of cases in which victims withdrew support"),
    ("The median attendance time that year was 12 minutes.", "12 minutes", "median attendance time"),
])
def test_what_happened_in_a_share_of_cases(text, surface, measure):
    assert rows(text)[surface]["measure"] == measure


def test_a_level_compared_with_an_earlier_one_has_a_direction():
    found = rows("In the year ending March 2024, 6.8% of offences resulted in a charge, compared with 5.9% in the year "
                 "ending March 2023.")
    assert found["6.8%"]["direction"] == "rise" and found["5.9%"]["direction"] is None
    grown = rows("Police staff numbers had grown by 1,500 to 70,100.")
    assert grown["1,500"]["direction"] == grown["70,100"]["direction"] == "rise"
    group = rows("Some 58% of residents in Cardiff trust the police, compared with 49% of residents in Newport.")
    assert group["58%"]["direction"] is None        # two places, not two times


@pytest.mark.parametrize("text, surface, comparator, direction", [
    ("In 2023/24 the roads unit made 2,904 drink-drive arrests, below the previous year's total.", "2,904",
     "the previous year's total", "fall"),
    ("Special constables numbered 212 in March 2024, higher than a year earlier.", "212", "a year earlier", "rise"),
    ("There were 47 road deaths in Westshire in 2022, a ten-year high.", "47", "a ten-year high", "rise"),
    ("Repeat missing episodes fell to 310, the lowest since 2015.", "310", "the lowest since 2015", "fall"),
    ("Domestic abuse arrests: 4,410 (up 6%).", "4,410", "earlier figure", "rise"),
    ("Vehicle crime fell by 140 offences, to 1,020, in 2023.", "1,020", "earlier figure", "fall"),
    ("The positive outcome rate stayed at 11% in 2023.", "11%", "earlier figure", "none"),
])
def test_a_level_with_its_change_beside_it_is_compared_with_the_unprinted_earlier_figure(text, surface, comparator,
                                                                                          direction):
    found = rows(text)[surface]
    assert (found["comparator"], found["comparator_value"], found["direction"]) == (comparator, None, direction)


def test_a_level_against_a_reference_it_does_not_print_has_no_direction():
    found = rows("The charge rate for burglary was 6.1%, well below the average for England and Wales.")["6.1%"]
    assert (found["comparator"], found["direction"]) == ("the average for England and Wales", None)
    found = rows("Average attendance at emergencies was 14 minutes, above the force's target.")["14 minutes"]
    assert found["comparator"] == "the force's target"
    during = rows("The force recorded 412 hate crimes, over the same period as the survey.")["412"]
    assert during["comparator"] is None and during["direction"] is None


def test_a_change_names_what_it_is_a_change_from():
    assert rows("Arrests fell by 21 percent between March 2018 and March 2023.")["21 percent"]["comparator"] == "March 2018"
    assert rows("Recorded burglary rose by 9% to 3,870.")["9%"]["comparator"] == "earlier figure"
    assert rows("The total rose by 6% on the previous year.")["6%"]["comparator"] == "the previous year"


def test_a_comparison_does_not_reach_across_a_semicolon():
    found = rows("Satisfaction was 88.1 percent, lower than the England and Wales average of 91.2 percent; and lower "
                 "than the 89.5 percent of the year before.")
    assert found["91.2 percent"]["comparator_value"] != 89.5


def test_key_facts_labels_with_numbers_and_periods_in_them():
    found = rows("Gwent Police – key facts 2024/25\n999 calls answered within 10 seconds: 91.7%\n"
                 "Detainees in the year to February 2024: 21,300\n")
    calls = found["91.7%"]
    assert calls["measure"] == "share of 999 calls answered within 10 seconds" and calls["period_start"] == date(2024, 4, 1)
    detainees = found["21,300"]
    assert detainees["measure"] == "number of detainees" and detainees["period_end"] == date(2024, 2, 29)


def test_an_age_range_is_not_a_base():
    assert rows("Only 58 percent of 17 to 18-year-olds agree that they would be treated fairly.")["58 percent"][
        "base_value"] is None


def test_an_abbreviation_in_brackets_does_not_cut_the_name():
    found = rows("There were 139,000 full-time equivalent (FTE) police officers in England and Wales.")["139,000"]
    assert found["measure"] == "number of full-time equivalent police officers in England and Wales"


def test_numbers_in_quoted_speech_are_flagged():
    found = rows("One sergeant told us: “On a bad night I have 3 or 4 hours of paperwork for every arrest.” "
                 "The force made 5,200 arrests.")
    assert found["3 or 4 hours"]["in_quotation"] and found["3 or 4 hours"]["value_high"] == 4.0
    assert not found["5,200"]["in_quotation"]


def test_units_for_weeks_ratios_and_differences_of_rates():
    assert rows("Victims waited 6 weeks for an update.")["6 weeks"]["unit"] == "duration_weeks"
    assert rows("The ratio of supervisors to constables is 1:9 on response teams.")["1:9"]["unit"] == "ratio"
    gap = rows("For confidence, the gap between younger and older respondents is 12%.")["12%"]
    assert gap["unit"] == "percentage_points"


def test_no_measure_is_a_fragment():
    for r in extract_metrics(Document("t", "This was 12 percent. It rose to 14 percent.")):
        assert r["measure"] not in ("This", "It", "a", "the")


def test_a_share_in_brackets_after_a_list_item_takes_the_lists_lead_in_and_tail():
    r = rows("Respondents in Westshire named burglary (41%), speeding (33%) and drug dealing (20%) as the problems "
             "the police should tackle first.")
    assert r["33%"]["measure"] == "share of Respondents in Westshire who named speeding as the problems the police should tackle first"
    assert r["20%"]["measure"].startswith("share of Respondents in Westshire who named drug dealing as")


def test_a_count_keeps_the_clause_that_says_which_ones():
    r = rows("Westshire was one of three forces that the inspectorate graded as outstanding for preventing crime.")["three"]
    assert r["measure"] == "number of forces that the inspectorate graded as outstanding for preventing crime"


def test_a_change_reads_its_subject_before_the_change_verb():
    r = rows("The number of open investigations has been falling steadily, from 2,400 in April 2021 to 1,150 in March 2022.")
    assert r["2,400"]["measure"] == r["1,150"]["measure"] == "number of open investigations"
    assert (r["1,150"]["comparator_value"], r["1,150"]["direction"]) == (2400, "fall")


def test_a_number_that_refers_back_takes_the_topic_of_the_sentence_before():
    r = rows("The survey shows that there is strong public confidence in neighbourhood teams. It rose from 71% in 2019 "
             "to 78% in 2022.")["78%"]
    assert r["measure"] == "public confidence in neighbourhood teams" and r["comparator_value"] == 71


@pytest.mark.parametrize("text, surface, measure", [
    ("Across Westshire, 41% of officers with less than two years' service, and 30% of staff, were confident that "
     "complaints are handled fairly.", "41%",
     "share of officers with less than two years' service who are confident that complaints are handled fairly"),
    ("Women recruits in Westshire are leaving at three times the rate of recruits as a whole.", "three times",
     "leaving rate of Women recruits in Westshire relative to recruits as a whole"),
    ("In 2022 the force received 12,400 reports of antisocial behaviour, of which 3,100 were repeat calls.", "3,100",
     "number of reports of antisocial behaviour the force received that are repeat calls"),
    ("The neighbourhood team has grown in size from four to nine officers.", "nine", "number of officers in neighbourhood team"),
    ("The inspection found that the force recorded 88.1 percent of crimes reported to it.", "88.1 percent",
     "share of crimes reported that were recorded"),
    ("For confidence, the gap between younger and older residents is 12%.", "12%",
     "gap between younger and older residents for confidence"),
])
def test_measures_read_beyond_the_number_s_own_noun_phrase(text, surface, measure):
    assert rows(text)[surface]["measure"] == measure


def test_comparisons_across_a_chain_of_sentences_and_word_numbers():
    r = rows("In 2019-20 there were 92 such referrals. They dropped to 54 in 2020-21 but rose again to 99 in 2021-22.")
    assert (r["54"]["comparator_value"], r["54"]["direction"]) == (92, "fall")
    assert (r["99"]["comparator_value"], r["99"]["direction"]) == (54, "rise")
    r = rows("The cyber crime team has grown from three to eleven investigators.")["eleven"]
    assert (r["comparator_value"], r["direction"]) == (3, "rise")


def test_bullets_take_the_period_of_the_sentence_that_introduces_them():
    text = ("Figure 4 shows the share of the workforce on sick leave on 31 March 2019.\n\n"
            "- 3.1 percent of officers were on long-term sick leave.\n- 1.2 percent of staff were on long-term sick leave.\n")
    r = rows(text)["1.2 percent"]
    assert (r["period_start"], r["period_end"], r["period_source"]) == (date(2019, 3, 31), date(2019, 3, 31), "list_lead_in")


def test_a_share_after_a_copula_names_the_trait():
    r = rows("In Westshire, police officers are 91% White and 68% male, while its senior leaders are 22% female.")
    assert r["91%"]["measure"] == "share of police officers who are White"
    assert r["68%"]["measure"] == "share of police officers who are male"
    assert r["22%"]["measure"] == "share of senior leaders who are female"


def test_a_comparison_in_the_next_sentence_with_a_which_is_clause():
    r = rows("In 2022 the force recorded 27.4 burglaries per 1,000 households. This is well above the average rate for "
             "England and Wales, which is 14.2 per 1,000 households.")["27.4"]
    assert (r["comparator"], r["comparator_value"]) == ("average rate for England and Wales", 14.2)


def test_a_list_that_states_its_frame_once_gives_each_item_the_frame():
    found = rows("In the county, 81.2% of residents are White British, 9% Asian, 4.4% Black and 2.1% from mixed "
                 "backgrounds.")
    assert found["9%"]["measure"] == "share of residents who are Asian"
    assert found["2.1%"]["measure"] == "share of residents who are from mixed backgrounds"
    assert {r["subject"] for r in found.values()} == {"residents"}
    graded = rows("Of the 43 forces inspected, 30 were assessed as 'good', three as 'outstanding' and ten as 'requires "
                  "improvement'.")
    assert graded["30"]["measure"] == "number of forces inspected that were assessed as good"
    assert graded["three"]["measure"] == "number of forces inspected that were assessed as outstanding"
    assert graded["30"]["base_value"] == 43.0


def test_an_opening_group_is_what_the_shares_after_it_are_of():
    found = rows("Of the officers who left last year, 46% resigned, 31% retired and 23% were dismissed.")
    assert [found[k]["measure"] for k in ("46%", "31%", "23%")] == [
        "share of officers who left last year who resigned", "share of officers who left last year who retired",
        "share of officers who left last year who were dismissed"]


def test_these_refers_to_the_count_of_the_sentence_before():
    found = rows("Auditors examined 240 crime reports. Of these, 31 were recorded wrongly. Another 12 of them "
                 "were closed too early.")
    assert found["31"]["measure"] == "number of crime reports recorded wrongly" and found["31"]["base_value"] == 240.0
    assert found["12"]["subject"] == "crime reports"


def test_a_relative_clause_counts_for_its_antecedent():
    r = rows("The force took part in 'Operation Harbour', which involved 2,300 officers from six forces.")["2,300"]
    assert r["measure"] == "number of officers from six forces that Operation Harbour involved"


def test_a_multiple_names_what_it_is_a_multiple_of():
    found = rows("Disabled people were 2.6 times more likely to be searched than non-disabled people. Complaints "
                 "from Asian residents ran at three times the rate of the county as a whole.")
    assert found["2.6 times"]["comparator"] == "non-disabled people" and found["2.6 times"]["comparator_value"] is None
    assert found["three times"]["comparator"] == "county as a whole"


def test_down_from_after_a_period_is_paired_and_the_earlier_value_is_a_year_before_it():
    found = rows("The force had 1,610 special constables in March 2023, down from 1,930 a year before.")
    later, earlier = found["1,610"], found["1,930"]
    assert (later["comparator_value"], later["direction"]) == (1930.0, "fall")
    assert later["period_start"] == date(2023, 3, 1)
    assert (earlier["period"], earlier["period_start"], earlier["period_end"]) == (
        "a year before", date(2022, 3, 1), date(2022, 3, 31))
    assert earlier["measure"] == later["measure"] == "number of special constables the force had"


def test_a_change_takes_the_period_its_two_ends_span():
    found = rows("Recorded thefts fell by 22 percent, from 9,100 in 2017 to 7,100 in 2021.")
    change = found["22 percent"]
    assert (change["value"], change["period_start"], change["period_end"]) == (-22.0, date(2017, 1, 1), date(2021, 12, 31))
    grew = rows("Staff numbers grew by 640 to 11,900 between 2018 and 2020.")["640"]
    assert (grew["period_start"], grew["period_end"]) == (date(2018, 1, 1), date(2020, 12, 31))


def test_a_reference_in_brackets_takes_the_unit_of_what_it_is_compared_with():
    found = rows("The force recorded 61.4 crimes per 1,000 people, higher than the rate for its most similar "
                 "forces (55.0).")
    assert found["61.4"]["comparator_value"] == 55.0 and found["55.0"]["unit"] == "rate_per_1000"


def test_a_multiple_of_an_earlier_year_is_compared_with_that_year():
    r = rows("By June 2023 the courts held nearly three times the number of cases compared to 2019.")["three times"]
    assert (r["comparator"], r["comparator_value"]) == ("2019", None)


def test_a_restatement_in_brackets_reads_the_ratio_or_the_count_it_restates():
    found = rows("Only a third of disabled residents are confident that the force treats people fairly (34% compared "
                 "with 58% of other residents).")
    assert found["34%"]["measure"] == found["a third"]["measure"] == \
        "share of disabled residents who are confident that the force treats people fairly"
    assert found["34%"]["comparator"] == "other residents" and found["34%"]["comparator_value"] == 58.0
    counted = rows("We spoke to magistrates (41 interviews) and victims' advocates (66 interviews).")
    assert counted["66"]["measure"] == "number of interviews (victims' advocates)"


def test_a_count_and_its_share_of_the_workforce_keep_their_own_periods():
    found = rows("The number of volunteers fell by half, from 2,210 (6% of workforce) in 2014-15 to 1,105 (3%) in "
                 "2021-22.")
    assert found["2,210"]["measure"] == "number of volunteers" and found["2,210"]["period"] == "in 2014-15"
    assert found["1,105"]["period"] == "in 2021-22" and found["1,105"]["comparator_value"] == 2210.0
    assert found["6%"]["measure"] == found["3%"]["measure"] == "share of workforce made up by volunteers"


def test_a_likelihood_reads_its_subject_after_that():
    r = rows("The study concludes that searches of young men are 40% more likely to find drugs than other searches.")
    assert r["40%"]["subject"] == "searches of young men"


def test_this_rises_to_carries_the_measure_over_to_another_group():
    found = rows("Some 12% of staff say they have seen sexist behaviour at work. This rises to 21% of staff in custody.")
    assert found["21%"]["measure"] == "share of staff in custody who say they have seen sexist behaviour at work"


def test_quoted_terms_lose_their_quotation_marks_and_a_measure_never_ends_inside_a_word():
    r = rows("- 35% were classified as ‘unwanted sexual behaviour’ or ‘criminal offence’ relating to sexual behaviour "
             "towards colleagues.")["35%"]
    assert "‘" not in r["measure"] and "'" not in r["measure"] and "’" not in r["measure"]
    assert r["measure"].startswith("share classified as unwanted sexual behaviour or criminal offence")
    assert r["measure"].split()[-1] in "share classified as unwanted sexual behaviour or criminal offence relating to " \
                                       "sexual behaviour towards colleagues".split()


def test_a_new_subject_after_a_comma_does_not_join_the_counted_group():
    r = rows("- in over 60% of mental health detentions, a police car was used to take the person to hospital.")["60%"]
    assert r["subject"] == "mental health detentions"
    listed = rows("- 31% of respondents with a disability, illness or injury have experienced harassment")["31%"]
    assert "harassment" in listed["measure"] and "injury" in listed["subject"]


@pytest.mark.parametrize("text, number, comparator, value", [
    ("The force answered 58% of 999 calls within 10 seconds. This compares with 70% nationally.", "58%", "nationally", 70.0),
    ("Trust in the force was 63%. In comparison, the national figure was 69%.", "63%", "national figure", 69.0),
    ("Victim satisfaction was 74%, similar to the national rate (75%).", "74%", "national rate", 75.0),
    ("Staff turnover was 9.1 percent, against 7.4 percent for most similar forces.", "9.1 percent", "most similar forces", 7.4),
    ("The force recorded 3,120 hate crimes, an increase on the previous year (2,870).", "3,120", "earlier figure", 2870.0),
    ("In 2023, 212 officers were dismissed. This is an increase from 160 in 2020.", "212", "in 2020", 160.0),
])
def test_comparison_forms_across_and_within_sentences(text, number, comparator, value):
    r = rows(text)[number]
    assert (r["comparator"], r["comparator_value"]) == (comparator, value)


def test_a_change_from_an_earlier_figure_in_the_next_sentence_has_a_direction_and_a_shared_measure():
    found = rows("In 2023, 212 officers were dismissed. This is an increase from 160 in 2020.")
    assert found["212"]["direction"] == "rise" and found["160"]["measure"] == found["212"]["measure"]


def test_a_share_restated_after_scores_is_not_a_gap_even_in_a_sentence_about_a_gap():
    found = rows("On satisfaction, there is no gap between Asian and White respondents' scores (61%). The gap between "
                 "men and women is 9%.")
    assert found["61%"]["unit"] == "percent" and found["9%"]["unit"] == "percentage_points"


def test_what_people_disagree_with_is_read_from_the_sentence_before():
    found = rows("One in five (20%) disagree that complaints are dealt with fairly regardless of age. 34% of younger "
                 "officers disagree and 12% of older officers disagree.")
    assert found["34%"]["measure"] == \
        "share of younger officers who disagree that complaints are dealt with fairly regardless of age"
    assert found["12%"]["subject"] == "older officers"


def test_what_the_other_side_of_a_contrast_agrees_with_and_who_they_are():
    found = rows("Most officers (61%) surveyed disagree that the shift pattern is fair, while only a fifth (20%) agree.")
    assert found["61%"]["measure"] == "share of officers surveyed who disagree that the shift pattern is fair"
    assert found["20%"]["measure"] == "share of officers who agree that the shift pattern is fair"


def test_think_this_and_think_it_take_the_thought_before():
    found = rows("Staff think custody suites should be modernised. Custody sergeants (81%) are the most likely to "
                 "think this. Some 64% of staff think the training budget has fallen. Among managers, 40% think it "
                 "has got worse.")
    assert found["81%"]["measure"].endswith("think that custody suites should be modernised")
    assert found["40%"]["measure"].endswith("think the training budget has got worse")


def test_a_bare_verb_with_nothing_before_it_to_complete_stays_as_it_is():
    assert rows("Asked about the new policy, 55% of officers agree.")["55%"]["measure"] == "share of officers who agree"


def test_groups_listed_before_a_shared_predicate_are_who_is_counted():
    found = rows("Those aged over 65 (58%); women (51%) and those living in rural areas (47%) are more likely to "
                 "think the force is doing a good job")
    assert found["58%"]["subject"] == "people aged over 65"
    assert found["47%"]["measure"] == "share of people living in rural areas who think the force is doing a good job"


def test_a_footnote_mark_after_a_full_stop_ends_the_sentence():
    found = rows("Asian residents make up 19.2% of the population.¹⁴² In 2021-22, complaints rose by 8%.")
    assert found["19.2%"]["period"] is None and found["19.2%"]["measure"] == "share of population made up by Asian residents"
    assert found["8%"]["period"] == "In 2021-22"
    assert found["19.2%"]["direction"] is None and found["19.2%"]["value_kind"] == "level"


def test_a_group_that_makes_up_a_share_of_a_whole():
    found = rows("Disabled people make 11% of complaints when they make up only 7.5% of the population.")
    assert found["7.5%"]["measure"] == "share of population made up by Disabled people"


def test_labels_inside_brackets_name_the_group_of_each_share():
    found = rows("Few staff rated the new system as easy to use (23% Constables, 41% Sergeants vs 55% Inspectors).")
    assert [found[k]["subject"] for k in ("23%", "41%", "55%")] == ["Constables", "Sergeants", "Inspectors"]


def test_the_noun_a_count_is_of_and_the_antecedent_of_a_reporting_clause():
    found = rows("The unit has a caseload of 640 investigations. Victims rate the service for burglary highly, which "
                 "gives the force a satisfaction rate of 88.1 percent.")
    assert found["640"]["measure"] == "number of investigations (caseload)"
    assert found["88.1 percent"]["measure"] == "satisfaction rate (burglary)"


def test_a_change_verb_after_a_noun_phrase_with_an_aside_and_a_qualifier():
    found = rows("Spending on agency staff, excluding IT, estates, and legal services, more than doubled from £4.2 "
                 "million in 2016-17 to £9.8 million in 2020-21.")
    assert found["£9.8 million"]["measure"] == found["£4.2 million"]["measure"] == "Spending on agency staff"
    assert found["£9.8 million"]["comparator_value"] == 4200000.0


def test_a_level_that_fell_below_a_threshold():
    r = rows("In 2023, public confidence in the force fell below 60% for the first time.")["60%"]
    assert r["measure"].endswith("confidence in the force") and r["period"] == "In 2023"


def test_a_fronted_group_is_who_the_share_is_of():
    found = rows("- For Asian residents, however, 58% believe the force treats them fairly.")
    assert found["58%"]["measure"] == "share of Asian residents who believe the force treats them fairly"


def test_a_change_by_an_amount_is_a_change_in_what_it_changes():
    r = rows("The total number of staff working in control rooms has fallen by 412 (from 2,960 to 2,548).")["412"]
    assert r["measure"] == "change in total number of staff working in control rooms" and r["value"] == -412.0


def test_a_period_right_after_the_group_is_not_what_is_said_of_it():
    found = rows("Trust rose from just over half of residents in 2019 (52%), increasing to 58% in 2021.")
    assert found["52%"]["measure"] == "share of residents" and found["58%"]["period"] == "in 2021"


@pytest.mark.parametrize("text, left_out, kept", [
    ("Reports of stalking have nearly tripled over five years to over 12,000 a year.", "five years", "12,000"),
    ("About half of appeals are decided in under 60 days but a fifth (21%) took over 200 days.", "200 days", "21%"),
    ("Since 2019, people between 18 and 24 who appear to be Asian were 2.1 times more likely to be searched.", "18 and 24",
     "2.1 times"),
    ("The wealthiest 20% of households hold six times the savings of the poorest 20%.", "20%", "six times"),
    ("Probation periods of two years are too long, officers said.", "two years", None),
    ("Hate crimes were recorded under the following codes: 8.01, 8.02, 8.05, 8.07 and 9.10.", "8.05", None),
])
def test_numbers_that_name_rather_than_count_are_left_out(text, left_out, kept):
    found = rows(text)
    assert left_out not in found
    assert kept is None or kept in found


def test_a_duration_that_is_the_quantity_is_kept():
    assert rows("The average wait for a charging decision was 160 days.")["160 days"]["unit"] == "duration_days"
    assert "95 minutes" in rows("Officers waited 95 minutes for an ambulance in 30% of cases.")


def test_a_share_in_brackets_after_a_count_in_a_number_and_proportion_sentence():
    found = rows("The number and proportion of disabled officers has increased from 610 (2%) in 2015-16 to 1,220 "
                 "(4%) in 2022-23.")
    assert found["610"]["measure"] == "number of disabled officers"
    assert found["4%"]["measure"] == "proportion of disabled officers" and found["4%"]["period"] == "in 2022-23"


@pytest.mark.parametrize("text, number, measure", [
    ("This is a vacancy rate of 14%, or one in seven posts.", "14%", "vacancy rate"),
    ("Officer numbers dropped as low as 2,950 in 2017-18.", "2,950", "Officer numbers"),
    ("The cost of agency staff in the force increased by over 40% from £3.1 million in 2016-17 to £4.4 million in "
     "2021-22.", "£3.1 million", "cost of agency staff in the force"),
    ("It noted that the proportion of Black officers (at 4.1 per cent in 2022) remained low.", "4.1 per cent",
     "proportion of Black officers"),
    ("- There was growth in the proportion of staff who are women (from 51% in 2016 to 56% in 2022)", "56%",
     "proportion of staff who are women"),
    ("Most felt safe, with 81 percent saying that their area is a safe place to live.", "81 percent",
     "share that say that their area is a safe place to live"),
])
def test_more_noun_phrases_a_number_states(text, number, measure):
    assert rows(text)[number]["measure"] == measure


def test_numbers_closed_by_respectively_take_one_name_each_and_share_the_period():
    found = rows("Officers in Sussex and Kent made 4,210 and 3,875 arrests respectively in 2021.")
    assert [(r["measure"], r["period"]) for r in found.values()] == [
        ("number of arrests (Sussex)", "in 2021"), ("number of arrests (Kent)", "in 2021")]


def test_a_respectively_list_keeps_a_name_that_contains_and():
    found = rows("In the boroughs of Ealing, Harrow and Hammersmith and Fulham, the majority of households were "
                 "renting (41.2%, 38.0% and 52.6% respectively).")
    assert found["52.6%"]["measure"] == "share of households that are renting (Hammersmith and Fulham)"
    assert found["41.2%"]["measure"].endswith("(Ealing)") and found["41.2%"]["subject"] == "households"


def test_most_of_a_group_before_a_bracketed_share():
    r = rows("In Camden, most residents rented their homes (61.2%).")["61.2%"]
    assert (r["subject"], r["measure"]) == ("residents", "share of residents who rented their homes")


def test_this_or_they_take_the_period_of_the_sentence_just_before_only():
    found = rows("Arrests rose to 4,210 in 2021. Probationers account for 31% of officers. "
                 "They make up 12% of sergeants.")
    assert found["4,210"]["period"] == "in 2021" and found["12%"]["period"] is None


def test_counts_of_cases_say_what_held_in_them_and_a_bare_bracket_is_their_share():
    found = rows("An audit of 180 crime files found that victims were updated in 96 cases (53%), partly updated in "
                 "50 cases and not updated in 34 cases.")
    assert found["96"]["measure"] == "number of cases where victims were updated"
    assert found["53%"]["measure"] == "share of cases where victims were updated"
    assert found["50"]["measure"] == "number of cases where victims were partly updated"
    assert found["34"]["measure"] == "number of cases where victims were not updated"


def test_a_count_in_a_place_without_a_verb_is_not_read_as_cases_where():
    assert rows("The total number of officers in 32 boroughs rose.")["32"]["measure"] == "number of boroughs"


def test_an_opening_group_reaches_every_item_of_its_list():
    found = rows("Of 120 referrals reviewed, 70 were handled well, 38 needed further work and 12 were unsatisfactory.")
    assert found["38"]["measure"] == "number of referrals reviewed that needed further work"
    assert found["38"]["value_kind"] == "level" and found["38"]["base_value"] == 120.0
    assert found["12"]["measure"] == "number of referrals reviewed that were unsatisfactory"


def test_they_make_up_takes_the_group_of_the_sentence_before_across_its_list():
    found = rows("Special constables account for 6% of the workforce. They make up 11% of neighbourhood teams "
                 "and 4% of response teams.")
    assert found["11%"]["measure"] == "share of neighbourhood teams made up by Special constables"
    assert found["4%"]["measure"] == "share of response teams made up by Special constables"


@pytest.mark.parametrize("text, surface, measure", [
    ("Only 41 percent of the workforce completed an annual appraisal.", "41 percent",
     "share of workforce who completed an annual appraisal"),
    ("Of the calls, 80% were answered the same day.", "80%", "share of calls answered the same day"),
    ("Almost 30% of officers do not think promotion is fair.", "30%", "share of officers who do not think promotion is fair"),
    ("In gross misconduct cases, 31% cases were found to need improvement.", "31%",
     "share of gross misconduct cases found to need improvement"),
    ("The programme was set up to save £35 million by 2026.", "£35 million", "savings (programme)"),
    ("The force spent £9 million last year.", "£9 million", "spending (force)"),
    ("Sexual offences make up 19% of complaints though they represent only 4% of crime.", "19%",
     "share of complaints made up by Sexual offences"),
])
def test_verb_phrases_and_holders_read_in_full(text, surface, measure):
    assert rows(text)[surface]["measure"] == measure


def test_this_is_a_share_of_the_count_before():
    r = rows("The force employs 9,800 police staff. This is just over 30% of its workforce.")["30%"]
    assert (r["subject"], r["measure"]) == ("police staff", "share of workforce made up by police staff")


def test_a_share_restated_in_brackets_after_one_in_five_is_not_its_comparator():
    r = rows("Around one in five respondents say they have felt pressured to act against the rules (21%).")["one in five"]
    assert r["comparator"] is None and r["comparator_value"] is None


def test_a_significance_level_is_a_setting_not_a_metric():
    found = rows("Where we comment on differences, a significance level of 5 percent is used. Satisfaction was 81 percent.")
    assert list(found) == ["81 percent"]


def test_spending_each_year_on_something():
    assert rows("It was spending about £40 million each year on agency staff.")["£40 million"]["measure"] == \
        "spending on agency staff"


@pytest.mark.parametrize("text, surface, comparator, value", [
    ("Only 68% of calls were answered within 10 seconds, below the national standard of 90%.", "68%",
     "national standard", 90.0),
    ("Satisfaction fell to 71% (from 79% in 2019).", "71%", "in 2019", 79.0),
    ("Victim satisfaction was 74%, the same as last year (74 percent).", "74%", "last year", 74.0),
    ("In 2021/22, 58% of victims were satisfied, down from 61% the previous year.", "58%", "the previous year", 61.0),
    ("Burglary rose by 12% compared with 2019.", "12%", "2019", None),
    ("Arrests increased by 8% on the previous year.", "8%", "the previous year", None),
    ("Ethnic minority officers make up 15% of recruits while they make up 40% of the population.", "15%",
     "share of population", 40.0),
])
def test_comparisons_in_more_forms(text, surface, comparator, value):
    r = rows(text)[surface]
    assert (r["comparator"], r["comparator_value"]) == (comparator, value)


def test_a_change_in_percentage_points_keeps_its_unit_and_is_not_an_earlier_level():
    found = rows("Confidence fell 7 percentage points to 55%.")
    assert found["7 percentage points"]["unit"] == "percentage_points" and found["7 percentage points"]["value"] == -7.0
    assert found["55%"]["comparator_value"] is None


def test_a_count_that_opens_its_clause_keeps_its_verb():
    found = rows("Figures published in 2024 show 7,400 officers left in 2023. Around 350 officers took part in the pilot.")
    assert found["7,400"]["measure"] == "number of officers who left" and found["7,400"]["period"] == "in 2023"
    assert found["350"]["measure"] == "number of officers who took part in the pilot"


def test_a_change_stated_in_a_clause_after_its_count():
    r = rows("In the year to March 2023, the force dealt with 4,100 cases; this was a 12% increase on the year before.")["12%"]
    assert (r["measure"], r["comparator"], r["value"]) == ("change in number of cases", "the year before", 12.0)


def test_a_short_list_inside_a_predicate_is_kept_whole():
    found = rows("Between 6% and 9% are Black, Asian or from other ethnic minorities, compared with 15% of Sergeants.")
    r = found["6% and 9%"]
    assert (r["value"], r["value_high"]) == (6.0, 9.0)
    assert r["measure"] == "share that are Black, Asian or from other ethnic minorities"
    assert found["15%"]["measure"] == "share of Sergeants who are Black, Asian or from other ethnic minorities"


def test_shares_after_a_lead_in_take_its_group():
    found = rows("The volunteers are the force's most diverse group: 44 percent are female and 38 percent are aged under 25.")
    assert found["44 percent"]["measure"] == "share of volunteers who are female"
    assert found["38 percent"]["subject"] == "volunteers"


def test_counts_in_brackets_after_what_they_count():
    found = rows("The file holds every complaint (9,120), allegation (15,404) and officers or staff member (7,730).")
    assert found["9,120"]["measure"] == "number of complaint"
    assert found["15,404"]["measure"] == "number of allegation"


def test_having_doubled_takes_the_measure_before_it():
    r = rows("Recorded stalking offences rose to 14,000 in 2022-23, having doubled since 2016-17.")["doubled"]
    assert r["measure"] == "change in number of Recorded stalking offences" and r["comparator"] == "2016-17"


def test_numbered_labels_in_a_list_are_not_metrics():
    assert [r["surface"] for r in extract_metrics(Document("t", "Principles 4 and 5 set out the duty; 62 forces agree."))] \
        == ["62"]


def test_as_do_takes_the_predicate_and_the_reference_takes_its_group():
    found = rows("Over half (57%) of disabled respondents cite poor supervision (compared with 41% of other respondents), "
                 "as do 49% of LGBTQ+ respondents (compared with 38% of those identifying as heterosexual).")
    assert found["49%"]["measure"] == "share of LGBTQ respondents who cite poor supervision"
    assert found["38%"]["measure"] == "share of those identifying as heterosexual who cite poor supervision"


def test_an_agreeing_share_takes_what_the_other_group_thinks():
    r = rows("While over half of men (56%) in London think the Met deals well with stalking, only 38% of women agree.")["38%"]
    assert r["measure"] == "share of women who agree that the Met deals well with stalking"


def test_twice_as_likely_restated_as_a_share():
    r = rows("In the same year, disabled people were nearly twice as likely (91%) to be the victim of a fraud.")["91%"]
    assert r["measure"] == "relative likelihood of disabled people to be the victim of a fraud"


def test_money_held_by_a_noun_with_its_purpose():
    assert rows("It proposed an investment of £12.5 million to improve custody suites.")["£12.5 million"]["measure"] == \
        "investment to improve custody suites"


def test_an_average_in_the_next_sentence_is_the_average_of_what_was_stated():
    found = rows("Last year the force recorded 27.4 stalking reports per 1,000 population. This is well above the average "
                 "rate for England and Wales, which is 15.2 per 1,000 population.")
    assert found["27.4"]["comparator_value"] == 15.2
    assert found["15.2"]["measure"] == "stalking reports per 1,000 population (average rate for England and Wales)"


def test_a_doer_after_and_keeps_its_subject():
    r = rows("Cumbria is a large rural county and shares its borders with five other forces, which matters.")["five"]
    assert r["measure"] == "number of forces Cumbria shares its borders with"


def test_the_last_item_of_a_frame_list_before_an_aside():
    r = rows("In the county, 80.1% of residents are White British, 7% Asian and 4.2% from other ethnic groups "
             "(including Arab).")["4.2%"]
    assert r["measure"] == "share of residents who are from other ethnic groups"


def test_each_goes_to_the_end_of_the_measure():
    r = rows("In 2015, when they were managing between 30 and 40 offenders each.")["30 and 40"]
    assert (r["subject"], r["measure"]) == ("offenders", "number of offenders they were managing each")


@pytest.mark.parametrize("text, kept", [
    ("I cannot carry this caseload 100%.", []),
    ("We are 100% committed to this; 64 officers agreed.", ["64"]),
    ("Where fewer than half of residents trust a service, that is a warning sign.", []),
    ("Compliance was 100%.", ["100%"]),
    ("Fewer than half of officers have been trained.", ["half"]),
])
def test_idioms_and_hypotheticals_are_not_metrics(text, kept):
    assert [r["surface"] for r in extract_metrics(Document("t", text))] == kept


@pytest.mark.parametrize("text, surface, comparator, value", [
    ("The force answered 69% of 999 calls within 10 seconds (national average: 77%).", "69%", "national average", 77.0),
    ("The Met's rate of 3.9 per 1,000 is well below the national figure of 5.8.", "3.9", "national figure", 5.8),
    ("The rate in the Met was 11%, more than double the national rate of 5%.", "11%", "national rate", 5.0),
])
def test_references_after_a_colon_a_rate_or_a_multiple(text, surface, comparator, value):
    r = rows(text)[surface]
    assert (r["comparator"], r["comparator_value"]) == (comparator, value)


def test_a_number_per_unit_of_time_person_or_thing_is_a_rate():
    found = rows("Over the winter, the control room took an average of 41 calls per hour. Detectives had "
                 "caseloads of over 22 per officer in 2023. Officers were owed 4.5 days per officer of leave.")
    assert (found["41"]["unit"], found["41"]["subject"], found["41"]["measure"]) == ("rate", "calls", "calls per hour")
    assert (found["22"]["unit"], found["22"]["measure"]) == ("rate", "caseloads per officer")
    assert found["22"]["period_start"] == date(2023, 1, 1)
    assert found["4.5 days"]["unit"] == "rate"


def test_per_cent_and_per_1000_are_not_rates_of_their_own():
    found = rows("Arrests rose by 14 per cent, and stop and search was used 7 times per 1,000 people.")
    assert found["14 per cent"]["unit"] == "percent"
    assert found["7 times"]["unit"] == "rate_per_1000"


@pytest.mark.parametrize("phrase, broken", [
    ("share of in Firearms Command", True),
    ("was expected to", True),
    ("What followed", True),
    ("change in and other sexual offences", True),
    ("number of individual projects comprising", True),
    ("share that think the force treats them fairly regardless of who they are.<sup>4</sup> This", True),
    ("number of forces Cumbria shares its borders with", False),
    ("number of special constables the force had", False),
    ("share of 999 calls answered within 10 seconds", False),
])
def test_a_measure_cut_out_of_its_clause_is_broken(phrase, broken):
    assert is_broken(phrase) is broken


def test_validation_rejects_a_broken_measure():
    import pandas as pd

    from pipeline.checks import fragments
    assert fragments(pd.Series(["share of in Firearms Command", "number of officers"])) == {
        "share of in Firearms Command": True, "number of officers": False}


def test_a_difference_from_something_named_without_a_value_is_a_change_compared_with_it():
    found = rows("Overtime spending in 2022/23 was 7% higher than spending five years earlier. Charges were 4 percentage "
                 "points lower than the average across England and Wales in 2022.")
    higher, lower = found["7%"], found["4 percentage points"]
    assert (higher["value"], higher["value_kind"], higher["direction"]) == (7.0, "change", "rise")
    assert higher["comparator"] == "spending five years earlier" and higher["comparator_value"] is None
    assert (lower["value"], lower["direction"], lower["comparator"]) == (-4.0, "fall", "average across England and Wales")


def test_from_a_share_of_a_whole_to_another_share_is_paired():
    found = rows("Knife crime rose from 9% of violent crimes in 2015/16 to 14% in 2022/23.")
    assert (found["14%"]["comparator_value"], found["14%"]["direction"]) == (9.0, "rise")


def test_a_long_named_reference_keeps_its_value():
    found = rows("Its survey had a response rate of 61 percent, which is above the average response rate for police "
                 "forces in England and Wales of 45 percent.")
    assert found["61 percent"]["comparator_value"] == 45.0
    assert found["61 percent"]["comparator"] == "average response rate for police forces in England and Wales"


def test_a_reference_takes_the_period_of_what_it_is_compared_with():
    found = rows("In the year ending June 2023, 74% of victims were satisfied, compared with the England and Wales "
                 "average of 70%. In 2022/23, 41 officers were dismissed, up from 33 the year before.")
    assert (found["70%"]["period_start"], found["70%"]["period_end"]) == (date(2022, 7, 1), date(2023, 6, 30))
    earlier = found["33"]
    assert (earlier["period_start"], earlier["period_end"]) == (date(2021, 4, 1), date(2022, 3, 31))
    assert (found["41"]["comparator"], found["41"]["comparator_value"]) == ("the year before", 33.0)


def test_that_year_refers_to_the_period_of_the_sentence_before():
    found = rows("The force answered 540,000 calls in 2021. About 8,000 of them were hoax calls that year.")
    assert found["8,000"]["period_start"] == date(2021, 1, 1)


def test_label_and_value_lines_take_their_label_and_the_box_period():
    found = rows("Northshire Police at a glance (as at 31 March 2024)\n"
                 "Police officers: 2,210\n"
                 "Special constables: 164\n"
                 "Gross revenue budget (2024/25): £301.5 million\n"
                 "Share of 999 calls answered within 10 seconds: 88.2%\n")
    assert (found["2,210"]["measure"], found["2,210"]["period_start"]) == ("number of police officers", date(2024, 3, 31))
    assert found["164"]["measure"] == "number of special constables"
    budget = found["£301.5 million"]
    assert (budget["measure"], budget["period_start"], budget["period_end"]) == (
        "gross revenue budget", date(2024, 4, 1), date(2025, 3, 31))
    assert found["88.2%"]["measure"] == "share of 999 calls answered within 10 seconds"
    assert "10 seconds" not in found


def test_a_label_line_with_its_change_in_brackets():
    found = rows("Roads policing week, Northshire Police\n"
                 "Drivers stopped: 1,153 (up 7.7%)\n"
                 "Knife offences recorded: 912 (down 4% on 2022/23)\n")
    stopped, change = found["1,153"], found["7.7%"]
    assert (stopped["measure"], stopped["direction"]) == ("number of drivers stopped", "rise")
    assert (change["measure"], change["value"], change["comparator"]) == (
        "change in number of drivers stopped", 7.7, "earlier figure")
    knives = found["4%"]
    assert (knives["measure"], knives["value"], knives["comparator"], knives["period"]) == (
        "change in number of knife offences recorded", -4.0, "2022/23", None)


def test_a_second_share_with_its_verb_but_no_group_is_of_the_group_before():
    found = rows("In 2023/24, 68% of drivers stopped in Westshire were male and 41% were under 25.")
    assert found["41%"]["measure"] == "share of drivers stopped in Westshire who were under 25"
    listed = rows("Some 40% of victims were women, 35% were men and 25% did not say.")
    assert [listed[s]["measure"] for s in ("40%", "35%", "25%")] == [
        "share of victims who are women", "share of victims who were men", "share of victims who did not say"]


@pytest.mark.parametrize("text, surface, measure", [
    ("In 2022, 410 children were strip searched by the force.", "410", "number of children strip searched by the force"),
    ("Between 2019 and 2023 the constabulary closed 14 custody suites.", "14",
     "number of custody suites the constabulary closed"),
    ("Last year Westshire Police answered 212,000 emergency calls.", "212,000",
     "number of emergency calls Westshire Police answered"),
    ("The savings would pay for 450 extra officers.", "450", "number of extra officers the savings would pay for"),
    ("Northshire detectives spent roughly 6,470 hours guarding crime scenes in 2023.", "6,470 hours",
     "time spent guarding crime scenes (Northshire detectives)"),
    ("The offender manager reviews each registered sex offender every 28 days.", "28 days",
     "interval at which the offender manager reviews each registered sex offender"),
    ("Most response shifts are 10 hours long.", "10 hours", "length of most response shifts"),
])
def test_what_a_count_or_a_time_is_read_from_its_verb(text, surface, measure):
    assert rows(text)[surface]["measure"] == measure


def test_the_subject_before_an_interrupting_which_clause_and_money_without_float_noise():
    found = rows("Overtime spending, which peaked at £4.07m in 2021/22, will drop to £2.68m.")
    assert found["£4.07m"]["measure"] == found["£2.68m"]["measure"] == "Overtime spending"
    assert (found["£4.07m"]["value"], found["£2.68m"]["comparator_value"]) == (4070000.0, 4070000.0)


def test_what_was_done_to_them_and_a_change_this_represents():
    found = rows("The property store held 2,630 unclaimed items in 2023. By December it had returned 417 of them.")
    assert found["417"]["measure"] == "number of unclaimed items returned"
    budget = rows("The drones budget will rise by £43,000 in 2025/26. This represents an increase of 14.8 per cent.")
    assert (budget["14.8 per cent"]["measure"], budget["14.8 per cent"]["direction"]) == ("change in drones budget", "rise")


def test_a_group_named_before_it_or_the_figure_takes_the_measure_before():
    found = rows("Victim satisfaction was 71% in 2023. Among Black victims it was 58%.")
    assert (found["58%"]["measure"], found["58%"]["period"]) == ("Victim satisfaction (Black victims)", "in 2023")
    calls = rows("In 2023, 18% of calls to 101 were abandoned. The figure for 999 calls was 2%.")
    assert calls["2%"]["measure"] == "share of 999 calls abandoned"


def test_a_second_count_with_its_verb_but_no_noun_counts_the_group_before():
    found = rows("Some 1,900 officers joined the force in 2022/23 and 1,100 left.")
    assert (found["1,100"]["measure"], found["1,100"]["period"]) == ("number of officers who left", "in 2022/23")
    dismissed = rows("In 2023, 410 officers were investigated and 52 were dismissed.")["52"]
    assert dismissed["measure"] == "number of officers investigated who were dismissed"


def test_the_met_is_a_name_not_a_verb_and_a_long_subject_keeps_its_head():
    found = rows("Six in ten (60%) Met officers and staff who responded think that the Met treats all Londoners fairly.")
    assert found["60%"]["subject"] == "Met officers and staff"
    long = rows("Public confidence in the force to do a good job for Kent has fallen from 74% in June 2017 to 41% in "
                "March 2023.")
    assert long["41%"]["measure"] == "Public confidence in the force to do a good job for Kent"


def test_the_majority_say_is_not_a_group_and_since_then_it_refers_back_without_the_old_period():
    survey = rows("In our survey of Kent residents, the majority say they are confident in the ability of the force to "
                  "respond to emergency calls (71%) and to protect the public (64%).")
    assert survey["71%"]["subject"] != "say" and "say they are confident" in survey["71%"]["measure"]
    found = rows("The share of recruits from ethnic minority groups peaked at 26% in 2015-16. Since then, it has "
                 "fluctuated at levels below 25%, but fell to 17% in 2019-20.")
    assert found["26%"]["measure"] == found["25%"]["measure"] == "share of recruits from ethnic minority groups"
    assert found["25%"]["period"] is None and found["17%"]["period"] == "in 2019-20"


def test_the_figure_in_the_next_sentence_for_another_time_or_nationally_is_paired():
    found = rows("The force answered 82% of 999 calls within 10 seconds in 2023. In 2021 the figure was 91%.")
    assert (found["82%"]["comparator_value"], found["82%"]["direction"]) == (91.0, "fall")
    national = rows("The charge rate for burglary was 4.1% in 2023/24. The national figure was 5.6%.")
    assert (national["4.1%"]["comparator"], national["4.1%"]["comparator_value"]) == ("national figure", 5.6)
    assert national["5.6%"]["measure"] == "charge rate for burglary (national)"


def test_a_target_after_short_of_and_a_change_to_an_object_named_between_verb_and_by():
    found = rows("The average time to finalise a complaint was 97 days, well short of a force target of 75 days.")
    assert (found["97 days"]["comparator"], found["97 days"]["comparator_value"]) == ("force target", 75.0)
    cut = rows("The county council plans to cut its road safety budget by 27.5% between 2024 and 2027.")["27.5%"]
    assert (cut["measure"], cut["direction"], cut["value"]) == ("planned reduction in road safety budget", "fall", -27.5)
    more = rows("The force increased the number of detectives in its rape teams by 40 in 2023.")["40"]
    assert (more["measure"], more["direction"]) == ("change in number of detectives in its rape teams", "rise")
    steady = rows("The share of victims who remained engaged with the investigation increased by 12 percentage points.")
    assert steady["12 percentage points"]["direction"] == "rise"


def test_from_to_between_two_periods_gives_each_value_its_end():
    found = rows("Victim satisfaction fell from 72.5% to 61.5% between 2017/18 and 2021/22.")
    start, end = found["72.5%"], found["61.5%"]
    assert (start["period_start"], start["period_end"]) == (date(2017, 4, 1), date(2018, 3, 31))
    assert (end["period_start"], end["period_end"], end["comparator"]) == (date(2021, 4, 1), date(2022, 3, 31), "2017/18")


def test_a_multiple_with_its_percentage_in_brackets_and_a_share_twice_that_of_an_earlier_year():
    found = rows("Drivers of older cars were over 2 times (112%) more likely to fail a roadside check than drivers of newer "
                 "cars.")
    assert found["2 times"]["comparator"] == found["112%"]["comparator"] == "drivers of newer cars"
    assert (found["112%"]["measure"], found["112%"]["value_kind"]) == (found["2 times"]["measure"], "change")
    share = rows("Fixed penalties for speeding made up 28.5% of penalties this year, nearly twice the share of 2019.")
    assert (share["28.5%"]["comparator"], share["28.5%"]["direction"]) == ("2019", "rise")
    assert (share["twice"]["comparator"], share["twice"]["period"]) == ("2019", None)


def test_amongst_whom_cases_reviewed_in_which_or_so_and_the_majority_of_which():
    found = rows("This is more negative than views expressed by residents of Kent, amongst whom 45% think it has got "
                 "worse and 22% think it has got better.")
    assert (found["45%"]["measure"], found["22%"]["measure"]) == (
        "share of residents of Kent who think it has got worse", "share of residents of Kent who think it has got better")
    assert rows("- In 38 cases reviewed, the victim had not been updated.")["38"]["measure"] == \
        "number of cases reviewed in which the victim had not been updated"
    assert rows("There were just 20 or so officers on patrol.")["20"]["measure"] == "number of officers on patrol"
    assert rows("Officers in the dog unit work long shifts, the majority of which are 12 hours long.")["12 hours"][
        "measure"] == "length of most long shifts"


def test_a_qualifier_of_the_next_number_is_not_part_of_a_measure():
    found = rows("Of these, over 50 percent were from ethnic minority backgrounds and over 40 percent were female.")
    assert found["50 percent"]["measure"] == "share from ethnic minority backgrounds"


def test_a_bare_number_compared_with_a_time_is_a_time():
    found = rows("Calls needing a home visit were resolved in 4.5 days on average, compared with 6.5 in 2022/23.")
    earlier = found["6.5"]
    assert (earlier["unit"], earlier["measure"], found["4.5 days"]["comparator_value"]) == (
        "duration_days", found["4.5 days"]["measure"], 6.5)


def test_an_appositive_change_and_a_late_up_from_take_the_count_they_follow():
    found = rows("The force recorded 48,200 domestic abuse crimes in 2023, an increase of 6% on the previous year. In "
                 "2022/23, 54 officers from the force were dismissed after gross misconduct hearings, up from 41 the year before.")
    assert found["6%"]["measure"] == "change in number of domestic abuse crimes the force recorded"
    assert (found["54"]["comparator"], found["54"]["comparator_value"]) == ("the year before", 41.0)
    assert found["41"]["measure"] == found["54"]["measure"]


def test_a_long_share_phrase_and_a_reported_finding_keep_their_head():
    found = rows("In 2023/24, the proportion of domestic abuse victims in the county who supported a prosecution rose "
                 "by 5 percentage points, to 47%. The annual survey found that confidence in Westshire Police fell from "
                 "81% to 76%.")
    assert found["47%"]["measure"] == "proportion of domestic abuse victims in the county who supported a prosecution"
    assert found["76%"]["measure"] == "confidence in Westshire Police"


def test_a_period_at_the_end_of_a_long_clause_is_the_numbers():
    found = rows("Some 64% of victims of theft, criminal damage and assault surveyed by the force were satisfied with "
                 "how they were treated in 2021.")
    assert found["64%"]["period_start"] == date(2021, 1, 1)


def test_numbers_without_a_noun_of_their_own_take_the_quantity_the_sentence_is_about():
    found = rows("The number of PCSOs in the force has varied since then, with 412 in 2015/16 and 388 in 2019/20.")
    assert found["412"]["measure"] == found["388"]["measure"] == "number of PCSOs in the force"
    assert found["388"]["period_start"] == date(2019, 4, 1)


def test_a_share_restated_beside_a_count_takes_the_counts_predicate():
    found = rows("During the inspection, 118 officers in the force – around 4 percent – had not completed their "
                 "safeguarding training. Of 40 files, 12 (30%) lacked a risk assessment.")
    assert found["118"]["measure"] == "number of officers in the force who had not completed their safeguarding training"
    assert found["4 percent"]["measure"] == "share of officers in the force who had not completed their safeguarding training"


def test_of_which_and_of_whom_take_the_whole_before_them():
    found = rows("The force's capital budget for 2023/24 was £42.5 million, of which 35% was spent on vehicles. "
                 "In 2021/22, 180 officers joined the force, of whom 61 had a degree.")
    assert found["35%"]["measure"] == "share of force's capital budget for 2023/24 that is spent on vehicles"
    assert found["61"]["measure"] == "number of officers who joined the force with a degree"


def test_a_reference_for_the_previous_year_measures_the_same_thing():
    found = rows("In 2023, 430 complaints were made. Of these, 64% were resolved within 12 months, compared with 59% "
                 "the previous year.")
    assert found["59%"]["measure"] == found["64%"]["measure"]


def test_a_past_verb_with_its_object_after_a_count_is_a_relative_clause():
    assert rows("In 2022, 2,140 residents contacted the force online.")["2,140"]["measure"] == \
        "number of residents who contacted the force online"
    assert rows("There were 35 officers recruited the previous year.")["35"]["measure"] == \
        "number of officers recruited the previous year"


def test_a_time_in_two_units_is_one_duration():
    found = rows("Callers to 101 waited 3 minutes 40 seconds on average, and up to 2 hours and 15 minutes at peak times.")
    assert (found["3 minutes 40 seconds"]["value"], found["3 minutes 40 seconds"]["unit"]) == (220.0, "duration_seconds")
    assert (found["2 hours and 15 minutes"]["value"], found["2 hours and 15 minutes"]["unit"]) == (135.0, "duration_minutes")


def test_a_target_time_set_against_a_measured_time_is_its_comparator():
    found = rows("The average attendance time for emergencies was 17 minutes in 2023, against a target of 15 minutes.")
    assert (found["17 minutes"]["comparator"], found["17 minutes"]["comparator_value"]) == ("target", 15.0)
    assert "30 seconds" not in rows("Calls should be answered within a target of 30 seconds.")


def test_a_reference_far_after_its_figure_keeps_the_figures_unit():
    found = rows("The force recorded 41.5 crimes per 1,000 population in 2023, one of the lowest rates of any force in "
                 "England and Wales and well below the England and Wales average of 77.0.")
    assert (found["41.5"]["comparator_value"], found["77.0"]["unit"]) == (77.0, "rate_per_1000")


def test_the_ends_of_a_span_are_its_first_and_last_year_and_since_runs_to_the_period_reached():
    found = rows("The average wait for a call back rose from 14 to 19 minutes between 2016 and 2022. Knife crime has "
                 "more than doubled since 2014, reaching 1,210 offences in the year ending March 2023.")
    assert (found["14"]["period_start"], found["14"]["period_end"]) == (date(2016, 1, 1), date(2016, 12, 31))
    assert (found["19 minutes"]["period_start"], found["19 minutes"]["period_end"]) == (date(2022, 1, 1), date(2022, 12, 31))
    assert (found["doubled"]["period_start"], found["doubled"]["period_end"]) == (date(2014, 1, 1), date(2023, 3, 31))


def test_numbers_compared_between_groups_keep_the_opening_period():
    found = rows("In 2021/22, trust among younger residents was 9 percentage points lower than among older residents "
                 "(58% compared with 67%).")
    assert found["58%"]["period_start"] == found["67%"]["period_start"] == date(2021, 4, 1)
    assert found["58%"]["measure"] == "trust among younger residents"


def test_the_whole_of_n_of_the_m_is_not_given_the_parts_predicate():
    found = rows("Only 14 of the 52 missing-person cases we examined had a completed risk assessment.")
    assert found["52"]["measure"] == "number of missing-person cases we examined"
    assert found["14"]["measure"].endswith("a completed risk assessment")


def test_an_opening_group_and_a_doer_say_what_a_share_is_of():
    found = rows("Of the domestic abuse crimes we audited, the force had recorded 91 percent within 24 hours.")
    assert found["91 percent"]["measure"] == "share of domestic abuse crimes we audited that the force had recorded within 24 hours"


def test_a_reason_is_part_of_what_a_share_measures():
    found = rows("In 2022/23, 41% of stalking cases were closed because the victim withdrew support.")
    assert found["41%"]["measure"] == "share of stalking cases closed because the victim withdrew support"


def test_over_the_same_period_gives_each_end_of_a_change_its_own_end_of_the_period():
    found = rows("Confidence fell from 81 percent in the year ending March 2019 to 74 percent in the year ending March "
                 "2023. Over the same period, the share of people who think the police do a good job locally fell from "
                 "62 percent to 55 percent.")
    assert found["62 percent"]["period_end"] == date(2019, 3, 31)
    assert found["55 percent"]["period_end"] == date(2023, 3, 31)


def test_confidence_in_local_policing_leaves_out_other_kinds_of_confidence():
    from pipeline.indicators import indicator_for
    local = {"measure": "share of residents who think the police do a good job in their local area", "subject": "residents",
             "unit": "percent", "value_kind": "level"}
    assert indicator_for(local)[0] == "public_confidence_local_policing"
    for measure in ("share of women who do not have confidence in the force to keep women safe",
                    "share of residents who are confident that stop and search is used fairly",
                    "share of employees who are confident in their senior leaders"):
        assert indicator_for(dict(local, measure=measure))[0] != "public_confidence_local_policing"


def test_two_reports_giving_different_values_for_one_indicator_and_period_are_both_kept_as_a_conflict():
    import duckdb

    from pipeline.views import VIEWS_SQL
    con = duckdb.connect()
    con.execute("CREATE TABLE documents AS SELECT * FROM (VALUES ('a', 'Northshire Police', 'Report A', DATE '2023-05-01'),"
                " ('b', 'Northshire Police', 'Report B', DATE '2023-09-01')) t(doc_id, force, short_title, published)")
    con.execute("CREATE TABLE indicators AS SELECT 'public_trust' AS indicator_id, 'Public trust' AS name")
    con.execute("""CREATE TABLE metrics AS SELECT * FROM (VALUES
        ('a/m1', 'a', 'public_trust', NULL, 'in 2022/23', DATE '2022-04-01', DATE '2023-03-31', 71.0),
        ('b/m1', 'b', 'public_trust', NULL, 'in 2022/23', DATE '2022-04-01', DATE '2023-03-31', 68.0),
        ('b/m2', 'b', 'public_trust', NULL, 'in 2021/22', DATE '2021-04-01', DATE '2022-03-31', 74.0),
        ('a/m2', 'a', 'public_trust', NULL, 'in 2021/22', DATE '2021-04-01', DATE '2022-03-31', 74.0))
        t(metric_id, doc_id, indicator_id, population, period, period_start, period_end, value)""")
    for column in ("value_high", "comparator_value"):
        con.execute(f"ALTER TABLE metrics ADD COLUMN {column} DOUBLE")
    for column in ("unit", "qualifier", "comparator", "page", "citation", "source_url", "sentence"):
        con.execute(f"ALTER TABLE metrics ADD COLUMN {column} VARCHAR")
    con.execute("ALTER TABLE metrics ADD COLUMN in_quotation BOOLEAN DEFAULT false")
    con.execute("ALTER TABLE metrics ADD COLUMN char_start INTEGER DEFAULT 0")
    for statement in VIEWS_SQL:
        if "indicator_series" in statement.split("AS", 1)[0] or "indicator_conflicts" in statement.split("AS", 1)[0]:
            if statement.startswith("CREATE"):
                con.execute(statement)
    conflicts = con.execute("SELECT short_title, value FROM indicator_conflicts ORDER BY value").fetchall()
    assert conflicts == [("Report B", 68.0), ("Report A", 71.0)]          # the same value twice is no conflict
    assert con.execute("SELECT count(*) FROM indicator_series").fetchone()[0] == 4


def test_a_reference_value_states_its_own_measure_for_all_forces():
    r = rows("In the year to March 2024, Kent Police charged suspects in 7.2% of burglaries, above the national "
             "average of 5.1%. Cumbria Constabulary's median wait was 13 minutes, against a target of 15 minutes.")
    assert r["5.1%"]["measure"] == "national average share of burglaries in which the police charged suspects"
    assert r["5.1%"]["subject"] == "burglaries" and r["5.1%"]["comparator"] is None
    assert r["7.2%"]["comparator"] == "national average" and r["7.2%"]["comparator_value"] == 5.1
    assert r["15 minutes"]["measure"] == "target median wait"


def test_a_figure_for_another_group_with_the_same_noun_is_that_groups():
    r = rows("The average attendance time in rural areas was 19 minutes, against 11 minutes in urban areas.")
    assert r["11 minutes"]["measure"] == "average attendance time in urban areas"
    assert r["19 minutes"]["comparator_value"] == 11


def test_a_range_whose_first_number_has_no_unit_is_one_range():
    r = rows("Charge rates varied between 6 and 9 percent across the districts. Waits ranged from 2 to 3 weeks.")
    assert (r["6 and 9 percent"]["value"], r["6 and 9 percent"]["value_high"], r["6 and 9 percent"]["unit"]) == \
        (6, 9, "percent")
    assert r["6 and 9 percent"]["measure"] == "Charge rates"


def test_a_level_after_a_change_is_not_compared_with_the_change():
    r = rows("Police staff numbers had grown by 640 to 5,210 FTE.")
    assert r["640"]["value_kind"] == "change" and r["640"]["measure"] == "change in Police staff numbers"
    assert r["5,210"]["comparator_value"] is None and r["5,210"]["direction"] == "rise"
    assert r["5,210"]["measure"] == "Police staff numbers (FTE)"


def test_a_change_in_a_count_or_share_says_so():
    r = rows("The number of special constables in the county has fallen by a quarter since 2016. There were 1,204 "
             "detectives as at 31 March 2024, 3.5% more than a year before. Confidence among older residents was "
             "higher, at 81%. Recorded burglaries rose to a peak of 9,100 in 2019.")
    assert r["a quarter"]["measure"] == "change in number of special constables in the county"
    assert r["3.5%"]["measure"] == "change in number of detectives" and r["3.5%"]["direction"] == "rise"
    assert r["81%"]["measure"] == "Confidence among older residents"
    assert r["9,100"]["value_kind"] == "level"


def test_a_level_in_a_since_when_clause_is_of_that_year():
    r = rows("This was a rise of 5 percentage points since 2015, when women made up 21% of detectives.")
    assert r["21%"]["value_kind"] == "level" and r["21%"]["direction"] is None
    assert (r["21%"]["period_start"], r["21%"]["period_end"]) == (date(2015, 1, 1), date(2015, 12, 31))
    assert r["21%"]["measure"] == "share of detectives made up by women"


def test_shares_in_a_list_under_a_reasons_lead_in_say_what_they_are_reasons_for():
    r = rows("When giving reasons for why they feel less safe in the city centre:\n\n"
             "- Residents most often cite poor street lighting (61%); groups of young people (44%) and drug dealing "
             "(38%).\n- Traders are most likely to mention shoplifting (72%) and begging (57%).")
    assert r["44%"]["measure"] == "share of Residents who cite groups of young people as a reason why they feel less " \
                                  "safe in the city centre"
    assert r["57%"]["measure"] == "share of Traders who mention begging as a reason why they feel less safe in the " \
                                  "city centre"


def test_a_bracketed_share_after_a_list_item_naming_a_place_keeps_the_verb_of_the_lead_in():
    r = rows("- Victims are most likely to cite delays in the courts (48%); lack of updates from officers (41%) and "
             "rudeness (12%).")
    assert r["41%"]["measure"] == "share of Victims who cite lack of updates from officers"


def test_a_group_named_by_a_preposition_in_a_list_is_people():
    r = rows("- Those aged over 65 (58%); women (51%) and from Asian ethnic groups (49%) are more likely to feel "
             "safe at night.")
    assert r["49%"]["subject"] == "people from Asian ethnic groups"
    assert r["49%"]["measure"] == "share of people from Asian ethnic groups who feel safe at night"


def test_a_share_in_brackets_after_a_majority_clause_is_of_its_group():
    r = rows("- The majority of detectives working on child abuse say they have too many cases (84%).")
    assert r["84%"]["measure"] == "share of detectives working on child abuse who say they have too many cases"


def test_a_rounded_word_and_its_bracketed_figure_measure_one_thing_and_are_compared_alike():
    r = rows("Only one in five (21%) of disabled respondents and a third (34%) of older respondents feel safe after "
             "dark, compared with two thirds (66%) of all respondents.")
    assert r["one in five"]["measure"] == "share of disabled respondents who feel safe after dark"
    assert r["a third"]["comparator_value"] == 66 and r["34%"]["comparator_value"] == 66
    assert r["66%"]["measure"] == "share of respondents who feel safe after dark"


def test_a_series_listed_with_its_years_compares_each_value_with_the_one_before():
    r = rows("The force recorded 1,310 hate crimes in 2019 and 1,720 in 2023.")
    assert (r["1,720"]["comparator"], r["1,720"]["comparator_value"], r["1,720"]["direction"]) == ("in 2019", 1310, "rise")
    assert r["1,310"]["comparator"] is None


def test_a_change_from_a_stated_start_is_compared_with_it():
    r = rows("Detective numbers fell by a staggering 41% from 1,900 in 2014-15 to 1,120 in 2023-24.")
    assert (r["41%"]["value_kind"], r["41%"]["direction"], r["41%"]["comparator_value"]) == ("change", "fall", 1900)
    assert (r["41%"]["period_start"], r["41%"]["period_end"]) == (date(2014, 4, 1), date(2024, 3, 31))


def test_a_count_stated_as_current_takes_no_earlier_year():
    r = rows("The unit was set up in 2019, and currently three of its five teams are led by women.")
    assert r["three"]["period"] is None


def test_a_census_figure_and_its_restatement_share_the_census_year():
    r = rows("In the 2021 Census, more than one in four (27.4%) of the county's residents were aged over 65.")
    assert r["27.4%"]["period_start"] == date(2021, 1, 1) and r["one in four"]["period_start"] == date(2021, 1, 1)


def test_a_part_of_reviewed_files_keeps_its_verb_and_the_whole_is_all_the_files():
    r = rows("In all, 47 of the 80 case files we examined showed good supervision.")
    assert r["47"]["measure"] == "number of case files we examined that showed good supervision"
    assert r["80"]["measure"] == "number of case files we examined" and r["47"]["base_value"] == 80


def test_people_spoken_to_are_counted_with_who_spoke_to_them():
    r = rows("Inspectors spoke to 64 call handlers during the fieldwork.")
    assert r["64"]["measure"] == "number of call handlers inspectors spoke to"


def test_a_name_that_is_also_a_verb_stays_in_the_group():
    r = rows("Only 31% of Black Met employees think the force is fair.")
    assert r["31%"]["subject"] == "Black Met employees"


def test_bulleted_shares_under_a_counted_lead_in_are_shares_of_what_it_counted():
    r = rows("An audit of 240 custody records we examined:\n\n- 18% involved a delay in the detainee's review.\n"
             "- 7% had no record of a risk assessment.")
    assert r["18%"]["measure"] == "share of custody records that involved a delay in the detainee's review"
    assert r["7%"]["measure"] == "share of custody records with no record of a risk assessment"


def test_the_figure_for_another_group_takes_the_measure_of_the_sentence_before():
    r = rows("The arrest rate for all domestic abuse crimes was 31% in 2023. For stalking offences, the rate over the "
             "same period was 19%. Victim satisfaction was 74%. Among repeat victims the proportion was lower, at 63%.")
    assert (r["19%"]["subject"], r["19%"]["measure"]) == ("stalking offences", "arrest rate for stalking offences")
    assert r["63%"]["measure"] == "Victim satisfaction (repeat victims)"


def test_a_count_reported_by_the_force_is_what_the_force_did():
    r = rows("The force told us that it arrested 860 wanted suspects in the first 4 months of the operation.")
    assert r["860"]["measure"] == "number of wanted suspects the force arrested"


def test_small_forms_of_counted_phrases():
    r = rows("We examined 210 custody records as well as 35 strip searches. In 41% of cases no further action was "
             "taken. Frontline staff (68%) are the group most likely to think shifts should be longer. The unit met "
             "five of the six standards.")
    assert r["210"]["measure"] == "number of custody records we examined"
    assert r["41%"]["measure"] == "share of cases in which no further action was taken"
    assert r["68%"]["measure"] == "share of Frontline staff who think shifts should be longer"
    assert r["five"]["subject"] == "standards"


def test_a_long_predicate_is_kept_whole_and_a_second_verb_after_a_participle_is_the_main_one():
    r = rows("Some 24% of staff say they have been asked to work extra shifts at short notice by their own line "
             "managers. In 2023, 6.4% of crimes recorded by the force in rural districts resulted in a charge.")
    assert r["24%"]["measure"] == "share of staff who say they have been asked to work extra shifts at short notice by " \
                                  "their own line managers"
    assert r["6.4%"]["measure"] == "share of crimes recorded by the force in rural districts that resulted in a charge"


def test_reviewed_cases_take_the_sample_period_and_in_n_cases_there_had_been():
    r = rows("We reviewed a sample of stalking investigations closed between April and September 2024. In 31 of the 50 "
             "cases we reviewed, the victim was updated regularly. In 9 cases there had been no risk assessment.")
    assert (r["31"]["period_start"], r["31"]["period_end"]) == (date(2024, 4, 1), date(2024, 9, 30))
    assert r["9"]["measure"] == "number of cases we reviewed in which there had been no risk assessment"


def test_a_share_of_an_amount_takes_the_amounts_period():
    r = rows("The force's gross expenditure for 2023/24 was £512.4 million, of which 79% was spent on pay.")
    assert r["79%"]["period_start"] == date(2023, 4, 1)
    assert r["£512.4 million"]["subject"] == "force's gross expenditure"


def test_a_gap_between_groups_with_both_figures_in_brackets():
    r = rows("In 2023/24, confidence among disabled residents was 9 percentage points lower than among other residents "
             "(58% compared with 67%).")
    assert r["58%"]["comparator_value"] == 67 and r["67%"]["subject"] == "other residents"
    assert r["9 percentage points"]["measure"].startswith("difference in confidence among disabled residents")


def test_a_rate_against_a_bare_figure_for_england_and_wales():
    r = rows("The force recorded 71.3 crimes per 1,000 population, against 88.2 for England and Wales as a whole.")
    assert (r["71.3"]["comparator"], r["71.3"]["comparator_value"]) == ("England and Wales", 88.2)
    assert r["88.2"]["unit"] == "rate_per_1000" and r["88.2"]["subject"] == "England and Wales"


def test_a_group_lower_still_is_compared_with_the_figure_before():
    r = rows("Satisfaction with the service rose to 77% in 2024. Satisfaction among victims of burglary was lower, "
             "at 69%.")
    assert r["69%"]["comparator_value"] == 77 and r["69%"]["measure"] == "Satisfaction among victims of burglary"


def test_a_level_stated_with_its_change_is_compared_too():
    r = rows("The force handled 412,600 calls for service in 2024, up 4% on 2023.")
    assert (r["412,600"]["comparator"], r["412,600"]["direction"], r["412,600"]["comparator_value"]) == ("2023", "rise", None)


def test_survey_results_take_the_survey_period_and_the_question_for_each_group():
    r = rows("In our survey of residents for the year ending June 2024, residents were asked whether they agreed that "
             "the police dealt with local concerns. Overall, 71% agreed. The figure was 58% for disabled respondents "
             "and 74% for other respondents.")
    assert r["71%"]["period_start"] == date(2023, 7, 1) and r["58%"]["period_end"] == date(2024, 6, 30)
    assert r["58%"]["measure"] == "share of disabled respondents who agreed that the police dealt with local concerns"


def test_a_list_of_case_outcomes_shares_its_frame():
    r = rows("In 21 of the 40 files we examined, the supervisor's review was timely; in 12, it was late; and in the "
             "remaining 7 it was missing.")
    assert r["12"]["measure"] == "number of files we examined in which the supervisor's review was late"
    assert r["7"]["measure"] == "number of files we examined in which the supervisor's review was missing"


def test_smaller_forms_from_passages_f():
    r = rows("The average loss reported by victims aged 65 and over was £3,310.\n\nResults for the year:\n"
             "- total recorded crime down 2.9%;\n- 81% of residents saying they felt safe.\n\n"
             "An arrest was made in 38% of these cases.")
    assert r["£3,310"]["measure"] == "average loss reported by victims aged 65 and over"
    assert r["2.9%"]["measure"] == "change in total recorded crime" and r["2.9%"]["direction"] == "fall"
    assert r["81%"]["measure"] == "share of residents saying they felt safe"
    assert r["38%"]["measure"] == "share of cases in which an arrest was made"


def test_a_passive_rate_and_an_average_wait_say_what_they_measure():
    r = rows("Young men were stopped at a rate of 31.5 per 1,000. The average wait for a mental health assessment for "
             "people in custody was 9 hours.")
    assert r["31.5"]["measure"] == "rate at which Young men were stopped per 1,000"
    assert r["9 hours"]["measure"] == "average wait for a mental health assessment for people in custody"


def test_a_run_compared_with_a_run_pairs_figure_by_figure():
    r = rows("Older residents were more likely than younger ones to name burglary (44%) and fraud (39%) as a concern "
             "(compared with 28% and 17% of younger residents respectively).")
    assert r["44%"]["measure"] == "share of Older residents who name burglary as a concern"
    assert (r["44%"]["comparator"], r["44%"]["comparator_value"]) == ("younger residents", 28)
    assert r["17%"]["measure"] == "share of younger residents who name fraud as a concern"
    assert (r["17%"]["comparator"], r["17%"]["comparator_value"]) == ("Older residents", 39)


def test_a_run_compared_without_respectively_and_more_likely_left_out():
    r = rows("Women are more likely to think the force should prioritise stalking (36%) and street harassment (29%), "
             "compared with 21% and 12% of men.")
    assert r["29%"]["measure"] == "share of Women who think the force should prioritise street harassment"
    assert r["12%"]["measure"] == "share of men who think the force should prioritise street harassment"
    assert r["12%"]["comparator_value"] == 29 and r["29%"]["comparator_value"] == 12


def test_a_pronoun_change_after_a_count_takes_its_measure_and_start():
    r = rows("The force held 3,150 unallocated crimes in June 2020. It fell by 42 percent between June 2020 and "
             "June 2023.")
    assert r["42 percent"]["measure"] == "change in number of unallocated crimes the force held"
    assert (r["42 percent"]["comparator"], r["42 percent"]["comparator_value"]) == ("June 2020", 3150)


def test_a_change_by_and_to_after_a_level_compares_both_with_it():
    r = rows("In 2021 the force dealt with 8,800 missing person reports. This rose by 12% to 9,860 in 2023.")
    level, change = r["9,860"], r["12%"]
    assert level["measure"] == change["measure"].removeprefix("change in ") == "number of missing person reports"
    assert (level["comparator_value"], level["direction"]) == (8800, "rise")
    assert change["comparator_value"] == 8800
    assert (change["period_start"], change["period_end"]) == (date(2021, 1, 1), date(2023, 12, 31))


def test_groups_more_likely_than_another_take_the_bracketed_figures_in_order():
    r = rows("Residents were asked whether the police respond quickly to emergencies. Disabled and older residents are "
             "more likely than other residents to disagree with this (27% and 22% compared with 15% respectively).")
    assert r["27%"]["measure"] == "share of Disabled residents who disagree that the police respond quickly to emergencies"
    assert r["22%"]["subject"] == "older residents" and r["22%"]["comparator_value"] == 15
    assert r["15%"]["measure"] == "share of other residents who disagree that the police respond quickly to emergencies"


def test_agreement_after_a_question_takes_who_was_asked():
    r = rows("Staff were asked if they agreed that their training prepared them for the role. Only 44% agreed.")
    assert r["44%"]["measure"] == "share of Staff who agreed that their training prepared them for the role"


def test_changes_set_off_by_dashes_or_stated_of_these_and_lows_that_could_be_reached():
    r = rows("Spending on neighbourhood teams fell even more steeply – by 37% – across the period. A project to clear the "
             "backlog of outstanding warrants reduced these by 44 percent. Staff numbers could fall as low as 1,850 by 2027.")
    assert r["37%"]["measure"] == "change in Spending on neighbourhood teams" and r["37%"]["direction"] == "fall"
    assert r["44 percent"]["measure"] == "change in backlog of outstanding warrants"
    assert r["1,850"]["measure"] == "Staff numbers"


def test_more_in_one_place_than_another_is_a_difference_not_a_change():
    r = rows("There were almost 60% more robberies in the city centre than in the outer districts.")
    row = r["60%"]
    assert row["measure"] == "difference in number of robberies in the city centre"
    assert (row["comparator"], row["direction"]) == ("the outer districts", None)


def test_days_lost_to_sickness_and_the_figure_for_another_group_in_the_main_period():
    r = rows("Cumbria Constabulary officers lost an average of 10.4 days each to sickness in 2023/24, compared with "
             "8.9 days in 2020/21. The figure for police staff was 12.7 days.")
    assert r["10.4 days"]["measure"] == "average days lost to sickness by Cumbria Constabulary officers"
    assert (r["10.4 days"]["value_kind"], r["10.4 days"]["direction"], r["10.4 days"]["comparator_value"]) == ("level", "rise", 8.9)
    staff = r["12.7 days"]
    assert staff["measure"] == "average days lost to sickness by police staff"
    assert (staff["period_start"], staff["period_end"]) == (date(2023, 4, 1), date(2024, 3, 31))


def test_the_figure_for_another_group_before_its_value():
    r = rows("The median time from charge to a first court hearing was 240 days. The figure for youth cases was 130 days.")
    assert r["130 days"]["measure"] == "median time from charge to a first court hearing for youth cases"


def test_a_yes_answer_takes_the_question_and_these_cases_take_the_count_before():
    r = rows("Asked whether they trusted their line manager to act on a complaint:\n- 58% of constables said yes;\n"
             "- 71% of sergeants said yes.\n\nThe force recorded 9,300 hate crimes in 2023. A suspect was charged in 11% "
             "of these cases.")
    assert r["58%"]["measure"] == ("share of constables who said yes when asked whether they trusted their line manager "
                                   "to act on a complaint")
    assert r["11%"]["measure"] == "share of hate crimes in which a suspect was charged"
    assert r["11%"]["subject"] == "hate crimes"


def test_present_tense_doers_a_further_count_and_the_median_for_another_group():
    r = rows("We estimate that Dorset Police records 91.2 per cent of all crimes reported to it.\n\n"
             "Gwent Police recorded 1,940 stalking offences in 2023. Of these, 7.1% resulted in a charge. A further 388 "
             "were closed because the victim withdrew support.\n\n"
             "For burglary cases referred by the force, the average time from referral to a charging decision was 60 "
             "days in 2023. In the same year, the median for all offences was 21 days.")
    assert r["91.2 per cent"]["measure"] == "share of crimes reported that were recorded"
    assert r["7.1%"]["measure"] == "share of stalking offences that resulted in a charge"
    assert r["388"]["measure"] == "number of stalking offences that were closed because the victim withdrew support"
    assert r["21 days"]["measure"] == "median time from referral to a charging decision for offences"


def test_survey_findings_with_adverbs_quotes_and_a_following_with_share():
    r = rows("A survey of detectives in the force found 58% ‘regularly worked on their rest days’.\n\n"
             "A third of staff we surveyed reported bullying, with 8% reporting that a supervisor had bullied them.\n\n"
             "A decade of cuts saw the number of PCSOs fall below 1,000. Numbers of specials dropped as low as 240.")
    assert r["58%"]["measure"] == "share of detectives in the force who regularly worked on their rest days"
    assert r["8%"]["subject"] == "staff we surveyed"
    assert r["1,000"]["measure"] == "number of PCSOs"
    assert r["240"]["measure"] == "number of specials"


def test_a_national_comparison_of_a_group_and_list_items_named_without_of():
    r = rows("72% of Londoners say they feel safe in their neighbourhood, compared with 78% across England and Wales.\n\n"
             "In 2022-23 Black officers made up 3% of constables, 2% sergeants and 1% inspectors.")
    assert r["78%"]["measure"] == "share of people across England and Wales who say they feel safe in their neighbourhood"
    assert r["3%"]["measure"] == "share of constables made up by Black officers"
    assert r["1%"]["measure"] == "share of inspectors made up by Black officers"


def test_a_rate_after_a_fronted_phrase_its_multiple_and_the_rate_for_a_third_group():
    r = rows("In 2023/24, Asian people were stopped at a rate of 14.8 per 1,000, 2.3 times the rate for White people. "
             "The rate was higher for Black people, at 31.9 per 1,000.")
    assert r["14.8"]["measure"] == "rate at which Asian people were stopped per 1,000"
    assert r["2.3 times"]["measure"] == "ratio of rate at which Asian people were stopped per 1,000 to the rate for White people"
    assert r["31.9"]["measure"] == "rate at which Black people were stopped per 1,000"


def test_money_of_which_reported_warnings_thresholds_and_more_than_the_year_before():
    r = rows("The budget includes savings of £5.8 million, of which £2.1 million are not yet identified. The treasurer "
             "warned that the funding gap would grow to £9.3 million by 2027/28.\n\n"
             "The force took 6,200 calls, of which 730 were abandoned. On average the force took 41 minutes to attend, "
             "and one in five took longer than 2 hours. In 2023, it referred 18% more adults to mental health services "
             "than in the previous year.")
    assert r["£2.1 million"]["measure"] == "amount of savings that are not yet identified"
    assert r["£9.3 million"]["measure"] == "funding gap"
    assert r["730"]["measure"] == "number of calls the force took that were abandoned"
    assert r["one in five"]["measure"] == "share that took longer than 2 hours" and "2 hours" not in r
    assert r["18%"]["measure"] == "change in number of adults referred to mental health services"
    assert r["18%"]["comparator"] == "previous year"


def test_over_the_same_period_after_a_comparison_and_no_carry_from_a_past_reference_point():
    r = rows("Suffolk Constabulary recorded 2,140 vehicle crimes in 2023, compared with 2,520 in 2022. Over the same "
             "period, thefts of catalytic converters fell from 310 to 190.\n\n"
             "Our 2024 inspection found the force had improved since its previous inspection in 2020. In 18 of the 30 "
             "cases we examined, the initial risk assessment was accurate.")
    assert (r["310"]["period_start"], r["190"]["period_start"]) == (date(2022, 1, 1), date(2023, 1, 1))
    assert r["18"]["period"] is None


def test_a_change_after_its_two_ends_spans_them_and_since_an_event_is_open():
    r = rows("Special constables in the region fell from 1,420 in March 2018 to 980 in March 2024, a fall of 31%.\n\n"
             "Since our last inspection in 2022, the force has:\n- recruited 140 additional detectives;\n"
             "- cut its investigation backlog to 2,300.")
    change = r["31%"]
    assert (change["period_start"], change["period_end"]) == (date(2018, 3, 1), date(2024, 3, 31))
    assert change["comparator_value"] == 1420
    assert (r["140"]["period"], r["140"]["period_start"], r["140"]["period_end"]) == (
        "Since our last inspection in 2022", date(2022, 1, 1), None)


def test_how_often_something_happened_is_a_count_not_a_multiple():
    r = rows("One woman had been reported missing 31 times in two years. Black people were stopped 4.1 times as often "
             "as White people.")
    assert (r["31 times"]["unit"], r["31 times"]["measure"]) == ("count", "number of times One woman had been reported missing")
    assert r["4.1 times"]["unit"] == "multiplier"


def test_these_cases_two_sentences_on_and_the_figure_after_a_target_in_the_same_sentence():
    r = rows("Dyfed-Powys Police recorded 6,120 stalking offences in 2023/24. This was 9% of all recorded crime in the "
             "force area, above the figure for England and Wales of 7%. An arrest was made in 28% of these cases, up "
             "from 22% in 2021/22.\n\n"
             "The force aims for response officers to spend at least 60% of their shift on patrol; in 2023/24 the "
             "figure was 47%. Overtime made up 3.1% of the force's pay bill that year.")
    assert r["28%"]["measure"] == r["22%"]["measure"] == "share of stalking offences in which an arrest was made"
    assert r["7%"]["measure"] == "share of recorded crime in England and Wales made up by stalking offences"
    assert (r["47%"]["comparator"], r["47%"]["comparator_value"]) == ("target", 60)
    assert r["3.1%"]["measure"] == "share of force's pay bill made up by Overtime"


def test_occasions_on_which_something_was_done():
    r = rows("Incapacitant spray was drawn on 388 occasions in 2023/24.")
    assert r["388"]["measure"] == "number of occasions on which Incapacitant spray was drawn"


def test_a_count_of_a_possessive_whole_keeps_the_whole_and_its_owner():
    r = rows("Some 1,150 of Cumbria Constabulary's 1,340 officers had completed the training by March 2024. Fewer than "
             "9 of the county's 31 stations were open at night.")
    assert (r["1,150"]["base_value"], r["1,150"]["subject"]) == (1340.0, "Cumbria Constabulary's officers")
    assert r["1,340"]["measure"] == "number of officers"
    assert (r["9"]["base_value"], r["31"]["measure"]) == (31.0, "number of stations")


def test_these_and_the_period_after_a_change_refer_to_the_figure_not_its_earlier_value():
    r = rows("Lincolnshire Police had 412 special constables in March 2024, up from 305 in 2020. Of these, 96 were "
             "women.")
    assert r["96"]["base_value"] == 412.0
    assert (r["96"]["period_start"], r["96"]["period_end"]) == (date(2024, 3, 1), date(2024, 3, 31))


def test_a_count_out_of_a_whole_and_its_share_in_brackets_say_the_same_thing():
    r = rows("A review found that some 640 officers out of nearly 2,300 (around 28% of all officers) were on "
             "restricted duties.")
    assert (r["640"]["base_value"], r["2,300"]["measure"]) == (2300.0, "number of officers")
    assert r["28%"]["measure"] == "share of officers who were on restricted duties"


def test_a_part_of_a_whole_in_brackets_after_most_or_all():
    r = rows("Victims were referred to support services in nearly all (46 of 49) the cases we examined.")
    assert r["46"]["base_value"] == 49.0 and r["46"]["subject"] == "cases we examined"
    assert r["49"]["measure"] == "number of cases we examined"


def test_up_to_is_a_bound_unless_a_verb_of_change_comes_before_it():
    r = rows("The force has nine hubs, with some serving up to five towns. Detections went up to 1,240 in 2023.")
    assert (r["five"]["direction"], r["five"]["comparator_value"]) == (None, None)
    assert r["1,240"]["direction"] == "rise"


def test_an_age_limit_is_not_a_count_and_against_joins_its_verb():
    r = rows("Nationally, 1.3% of searches were recorded against people over 75 and 9% of complaints against staff "
             "were upheld, against a target of 12%.")
    assert "75" not in r
    assert r["1.3%"]["measure"] == "share of searches recorded against people over 75"
    assert r["9%"]["subject"] == "complaints against staff" and r["9%"]["comparator_value"] == 12.0


def test_answered_in_a_time_is_a_condition_of_the_share():
    r = rows("Dorset Police answered 77% of 999 calls in 10 seconds in 2023.")
    assert "10 seconds" not in r
    assert r["77%"]["measure"] == "share of 999 calls answered in 10 seconds"


def test_a_sentence_broken_across_lines_is_read_whole():
    r = rows("When giving reasons for why they think the force's reputation has got worse:\n\n"
             "- officers most often cite negative press coverage (81%); cases in the news (72%); the behaviour\n\n"
             "of some officers (60%) and poor training (31%)\n")
    assert r["31%"]["measure"] == ("share of officers who cite poor training as a reason why they think the force's "
                                   "reputation has got worse")
    assert r["60%"]["subject"] == "officers" and r["81%"]["line"] == 3 and r["31%"]["line"] == 5


def test_a_relative_clause_in_the_group_and_the_verb_after_it():
    r = rows("In 2023, 61% of burglaries which were reported online resulted in a visit. Around 25% of recruits who "
             "joined in 2021 had left by 2024. Only 18% of drivers who were breath tested were over the limit.")
    assert r["61%"]["measure"] == "share of burglaries which were reported online that resulted in a visit"
    assert r["25%"]["measure"] == "share of recruits who joined in 2021 that had left"
    assert r["18%"]["measure"] == "share of drivers who were breath tested that were over the limit"


def test_a_bracket_after_more_or_less_likely_gives_each_group_its_share():
    r = rows("Women are less likely to feel safe walking alone after dark (46% compared with 70% of men).\n\n"
             "- Disabled residents are less confident than other residents that the force would respond quickly "
             "(39% vs 58%)")
    assert (r["46%"]["subject"], r["46%"]["measure"]) == ("women", "share of women who feel safe walking alone after dark")
    assert r["70%"]["measure"] == "share of men who feel safe walking alone after dark"
    assert r["58%"]["measure"] == "share of other residents confident that the force would respond quickly"
    assert (r["39%"]["comparator"], r["39%"]["comparator_value"]) == ("other residents", 58.0)


def test_a_verb_shared_across_an_aside_and_led_to_is_active():
    r = rows("Only 11% of misconduct hearings in 2023, and only 7% in 2022, led to dismissal.")
    assert r["11%"]["measure"] == r["7%"]["measure"] == "share of misconduct hearings that led to dismissal"
    assert r["7%"]["period_start"] == date(2022, 1, 1)


def test_a_count_that_is_the_object_of_a_verb_and_a_whole_in_words():
    r = rows("The coroner found that delays by the force contributed to two of the three deaths. The number of "
             "thefts has decreased from 2,150 in 2019 to 1,870 in 2023.")
    assert (r["two"]["base_value"], r["two"]["measure"]) == (
        3.0, "number of deaths to which delays by the force contributed")
    assert r["1,870"]["measure"] == "number of thefts"


def test_a_part_that_rose_from_a_share_of_a_whole():
    r = rows("Overtime for response teams increased from 18.2% of the force's overtime bill in 2018-19 to 31% in "
             "2023-24. The charge rate fell from 9% of offences in 2019 to 6% in 2023.")
    assert r["18.2%"]["measure"] == r["31%"]["measure"] == (
        "share of force's overtime bill made up by Overtime for response teams")
    assert "made up by" not in r["9%"]["measure"]


def test_a_change_restated_as_a_percentage_and_the_level_it_belongs_to():
    r = rows("Surrey Police recorded 4,870 burglaries in 2023, an increase of 290 or 6.3% on the previous year.")
    assert (r["290"]["value"], r["290 or 6.3%".split(" or ")[1]]["value"]) == (290.0, 6.3)
    assert (r["6.3%"]["value_kind"], r["6.3%"]["direction"], r["6.3%"]["comparator"]) == ("change", "rise", "the previous year")
    assert r["6.3%"]["measure"] == r["290"]["measure"] == "change in number of burglaries Surrey Police recorded"
    assert (r["4,870"]["comparator"], r["4,870"]["direction"]) == ("the previous year", "rise")


def test_an_earlier_value_after_having_and_in_a_when_clause():
    r = rows("Essex Police recorded 3,410 stalking offences in 2023/24, having recorded 1,020 in 2018/19. We estimate "
             "that the force records 93.1% of reported crime. This is an improvement on our 2020 inspection, when the "
             "figure was 85.6%.")
    assert (r["3,410"]["comparator_value"], r["3,410"]["direction"]) == (1020.0, "rise")
    assert (r["93.1%"]["comparator_value"], r["93.1%"]["direction"]) == (85.6, "rise")
    assert r["85.6%"]["period"] is None
    assert r["85.6%"]["measure"] == r["93.1%"]["measure"]


def test_a_past_tense_sentence_with_an_irregular_verb_or_an_aside_continues_the_period():
    r = rows("As at 31 March 2024, 6.1% of officers in Cleveland Police were from an ethnic minority background. Women "
             "made up 38% of officers.\n\n"
             "Durham Constabulary's charge rate was 7.1% in the year ending June 2024. The proportion of crimes closed "
             "– where the victim does not support action – was 24.5%.")
    assert r["38%"]["period_start"] == date(2024, 3, 31)
    assert r["24.5%"]["period_start"] == date(2023, 7, 1)


def test_a_second_time_limit_joined_to_the_first_is_a_condition_too():
    r = rows("The force attended 79% of emergency incidents within 15 minutes in towns and 20 minutes in rural areas "
             "during 2023-24.")
    assert "20 minutes" not in r and "15 minutes" not in r
    assert r["79%"]["period_start"] == date(2023, 4, 1)


def test_a_noun_after_the_number_that_only_classifies_it():
    r = rows("The number of female detectives in the force has risen from 212 officers in 2015 to 398 officers in "
             "2023. Recorded robberies fell from 1,120 offences in 2019 to 905 offences in 2023. The workforce grew "
             "from 4,000 officers in 2019 to 4,600 officers in 2024.")
    assert r["212"]["measure"] == r["398"]["measure"] == "number of female detectives in the force"
    assert (r["398"]["comparator_value"], r["398"]["direction"]) == (212.0, "rise")
    assert r["905"]["measure"] == "number of Recorded robberies" and r["905"]["comparator_value"] == 1120.0
    assert r["4,600"]["measure"] == "number of officers in workforce"


def test_each_group_of_a_more_likely_comparison_gets_its_figure():
    r = rows("Black residents are far more likely (64%) than White residents (38%) to think the force is underfunded.\n\n"
             "- Disabled residents are less confident than other residents that the force would listen to them (41% "
             "Disabled vs 59% Non-disabled)")
    assert r["38%"]["measure"] == "share of White residents who think the force is underfunded"
    assert (r["64%"]["comparator"], r["64%"]["comparator_value"]) == ("White residents", 38.0)
    assert r["59%"]["subject"] == "Non-disabled residents"
    assert r["41%"]["measure"] == "share of Disabled residents confident that the force would listen to them"


def test_a_bare_kind_of_thing_takes_its_fuller_name_from_the_sentence_before():
    r = rows("Since 2019 the number of days taken to charge suspects in stalking related cases has risen from 6 to "
             "19. In 2023, a quarter of cases were closed because the victim withdrew support. One in five respondents "
             "had been a victim. Around 30% of respondents were women.")
    assert r["a quarter"]["measure"] == "share of stalking related cases closed because the victim withdrew support"
    assert r["30%"]["subject"] == "respondents"


def test_an_amount_and_its_percentage_both_lower_than_a_time_before():
    r = rows("Its budget is now around £90 million, or 14%, lower in real terms than it was ten years ago.")
    for surface in ("£90 million", "14%"):
        assert (r[surface]["value_kind"], r[surface]["direction"], r[surface]["comparator"]) == (
            "change", "fall", "ten years ago")
    assert r["14%"]["value"] == -14.0


def test_every_group_of_a_run_is_compared_with_the_group_after_compared_to():
    r = rows("Only one in four (24%) of Black respondents and a third (35%) of Asian respondents agree that the force "
             "treats people fairly, compared to two thirds (66%) of White respondents. Just over half of staff in 2021 "
             "(52%), rising to 58% in 2023.")
    for surface in ("one in four", "24%", "35%"):
        assert (r[surface]["comparator"], r[surface]["comparator_value"]) == ("White respondents", 66.0)
    assert r["52%"]["comparator_value"] != 52.0


def test_work_to_review_things_reduced_these():
    r = rows("Between April 2022 and March 2023, work to review old bail cases reduced these by 52 percent. The "
             "force's work to clear the backlog of bail cases reduced these by a further 40%.")
    assert (r["52 percent"]["measure"], r["52 percent"]["direction"]) == ("change in old bail cases", "fall")
    assert r["40%"]["subject"] == "backlog of bail cases"


def test_what_held_in_all_the_cases():
    r = rows("Supervision was effective in all 40 cases we examined.")
    assert r["40"]["measure"] == "number of cases we examined where Supervision was effective"


@pytest.mark.parametrize("text, surface, measure", [
    ("Response officers in Dorset said they often start an eight hour shift and finish a 14 hour one.", "eight hour",
     "length of shift"),
    ("Detectives there do 9 month rotations before returning to the CID.", "9 month", "length of rotations"),
    ("One victim said the force kept her laptop for eleven months.", "eleven months",
     "how long the force kept her laptop"),
    ("Nearly 30 months since the launch of the new crime recording system, audits still find errors.", "30 months",
     "time since the launch of the new crime recording system"),
    ("The mobile kit processes fingerprints in 12 minutes at the roadside.", "12 minutes",
     "time in which the mobile kit processes fingerprints"),
    ("Some constables were four months into the detective programme when they took on rape cases.", "four months",
     "time spent in detective programme"),
])
def test_a_duration_is_named_by_how_the_sentence_holds_it(text, surface, measure):
    assert rows(text)[surface]["measure"] == measure


@pytest.mark.parametrize("text, surface", [
    ("Officers in post for less than two years made up 41% of the team.", "two years"),    # a condition of the subject
    ("The review was launched in May. This was expected to be finished within about six weeks.", "six weeks"),
    ("With a staffing model which has not changed for seven years, demand outstrips supply.", "seven years"),
    ("The suspect was 15 years old.", "15 years"),
])
def test_a_duration_whose_clause_has_no_subject_of_its_own_is_left_unnamed(text, surface):
    assert rows(text).get(surface, {}).get("measure") is None


def test_a_percentage_point_gap_between_two_groups():
    r = rows("In the Surrey staff survey there is a 21 percentage point gap between the views of sergeants and "
             "superintendents. Charge rates were 6 percentage points lower than the average for similar forces.")
    assert r["21 percentage point"]["measure"] == "gap between the views of sergeants and superintendents"
    assert r["6 percentage points"]["measure"].startswith("difference in ")


def test_a_list_of_groups_with_an_oxford_comma_stays_one_group():
    r = rows("The proportion of Lincolnshire recruits from Black, Asian, and minority ethnic groups rose from 4% in "
             "2015-16 to 7% in 2021-22.")
    assert r["4%"]["subject"] == "Lincolnshire recruits from Black, Asian, and minority ethnic groups"
    assert r["7%"]["measure"] == "proportion of Lincolnshire recruits from Black, Asian, and minority ethnic groups"


def test_it_refers_to_the_quantity_named_one_or_two_sentences_before():
    r = rows("The number of wanted suspects was a cause of concern in 2019. Cumbria Constabulary has worked to "
             "reduce this number. It fell by 31% between March 2020 and March 2023.\n\nThe volume of burglary cases "
             "reaching court has collapsed. It is down 44% since 2015-16.")
    assert (r["31%"]["measure"], r["31%"]["subject"]) == ("change in number of wanted suspects", "wanted suspects")
    assert r["44%"]["measure"] == "change in volume of burglary cases reaching court"


def test_this_accounted_for_a_share_is_named_from_the_sentence_before():
    r = rows("The regulator notes that abuse of trust for financial gain is the most common form of misconduct it "
             "sees. In 2021, this accounted for 18% of referrals.")
    assert r["18%"]["measure"] == "share of referrals made up by abuse of trust for financial gain"


def test_a_bracketed_part_of_a_count_before_it():
    r = rows("Since 2015, Essex Police has closed 19 front counters (although 3 were temporary closures during "
             "building work). It received 2,310 complaints (410 were upheld).")
    assert r["3"]["measure"] == "number of front counters Essex Police has closed that were temporary closures " \
                                "during building work"
    assert r["410"]["measure"] == "number of complaints it received that were upheld"


def test_this_represented_a_share_after_a_count_is_that_counts_share():
    r = rows("Gwent Police recorded 9,210 stalking offences in 2023. This represented 7% of all recorded crime in the "
             "force area.")
    assert r["7%"]["measure"] == "share of recorded crime in the force area made up by stalking offences"


def test_amounts_of_which_a_part_and_rates_equivalent_to_a_count():
    r = rows("The plan includes savings of £2,800k, of which £650k are not yet identified. Norfolk Constabulary "
             "recorded 14,020 domestic abuse-related crimes in 2023, equivalent to 15.6 per 1,000 population. "
             "Reports of spiking have more than doubled since 2021. In the year to March 2024, of the 1,420 victims "
             "who responded, 74% were satisfied with how they were treated.")
    assert r["£650k"]["measure"] == "savings that are not yet identified"
    assert r["15.6"]["measure"] == "domestic abuse-related crimes per 1,000 population"
    assert r["doubled"]["measure"] == "change in Reports of spiking"
    assert r["74%"]["subject"] == "victims who responded"


def test_an_amount_that_opens_its_clause_is_named_by_what_was_done_with_it():
    r = rows("In 2022-23, around £41 million was funded by the national uplift grant. Last year £2.4 million was spent "
             "on agency staff.")
    assert r["£41 million"]["measure"] == "amount funded by the national uplift grant"
    assert r["£2.4 million"]["measure"] == "amount spent on agency staff"


def test_an_increase_in_a_rate_by_some_percent_and_a_share_of_all_officers_at_a_date():
    r = rows("The force says this has led to an increase in the first-time pass rate by 11 percent. Its officer "
             "establishment represents 3% of all officers across England and Wales at 31 March 2023.")
    assert (r["11 percent"]["measure"], r["11 percent"]["direction"]) == ("change in first-time pass rate", "rise")
    assert r["3%"]["measure"] == "share of officers across England and Wales made up by officer establishment"


def test_a_share_restated_in_brackets_takes_the_surveys_group_too():
    r = rows("Most respondents to the survey of Suffolk officers and staff agree that colleagues are treated fairly "
             "regardless of disability (61%). But many disagree:\n"
             "- A fifth (21%) disagree that everyone is treated fairly regardless of age. 34% of Black, Asian and "
             "minority ethnic respondents disagree.")
    for surface in ("A fifth", "21%"):
        assert r[surface]["subject"] == "Suffolk officers and staff"
    assert r["34%"]["measure"] == "share of Black, Asian and minority ethnic respondents who disagree that everyone " \
                                  "is treated fairly regardless of age"


def test_a_word_share_is_compared_as_its_bracketed_figure_is():
    r = rows("Only half of disabled residents in Kent are confident the force would treat them fairly (52% compared "
             "with 70% of other residents).")
    assert (r["half"]["comparator"], r["half"]["comparator_value"]) == ("other residents", 70.0)


def test_two_groups_set_against_each_other_in_brackets_before_a_run():
    r = rows("Police staff (21% vs police officers 14%); recent joiners (19%) and those working in custody (12%) think "
             "the force's reputation is good.")
    assert (r["21%"]["comparator_value"], r["14%"]["comparator_value"]) == (14.0, 21.0)
    assert r["14%"]["measure"] == "share of police officers who think the force's reputation is good"


def test_over_the_same_period_within_one_sentence_and_the_other_groups_figures():
    r = rows("Average attendance times for priority 1 calls rose from 9 to 11 minutes between 2014 and 2022 and for "
             "priority 2 calls from 38 minutes to 95 minutes over the same period.")
    assert (r["38 minutes"]["period_start"], r["95 minutes"]["period_end"]) == (date(2014, 1, 1), date(2022, 12, 31))
    assert r["95 minutes"]["measure"] == "Average attendance times for priority 2 calls"


def test_since_a_year_dates_the_start_of_a_rise_and_not_the_next_clause():
    r = rows("Since 2015-16, the average number of days taken to charge burglary suspects has risen from 6 days to 21 "
             "days. Since 2014, use of the power has increased by 310% and in 2022, the force received a related call "
             "every 4 minutes.")
    assert (r["6 days"]["period_start"], r["6 days"]["period_end"]) == (date(2015, 4, 1), date(2016, 3, 31))
    assert r["310%"]["period_start"] == date(2014, 1, 1)


def test_of_the_few_that_had_not_takes_the_period_of_the_cases_examined():
    r = rows("We examined incidents reported to Essex Police between January and June 2024. In 44 of the 50 cases we "
             "reviewed, the crime had been recorded correctly. Of the 6 that had not, 4 involved stalking.")
    assert (r["4"]["period_start"], r["4"]["period_end"]) == (date(2024, 1, 1), date(2024, 6, 30))


def test_a_bare_time_is_of_the_things_the_sentence_before_counted():
    r = rows("Dorset Police attended 81% of emergency incidents within its target time during 2023-24. The median "
             "attendance time that year was 12 minutes, compared with 10 minutes in 2021-22.")
    assert r["12 minutes"]["measure"] == "median attendance time for emergency incidents"


def test_a_change_after_a_long_count_phrase_is_the_change_in_that_count():
    r = rows("Gwent Police recorded 58,300 crimes (excluding fraud and computer misuse) in the year ending March 2024, "
             "a fall of 2% compared with the previous year.")
    assert r["2%"]["measure"] == "change in number of crimes Gwent Police recorded"


def test_a_share_lost_to_something():
    r = rows("'We lose about one in 12 shifts to custody cover now,' an inspector told us. The team loses around 15% "
             "of its hours to abstractions each week.")
    assert r["one in 12"]["measure"] == "share of shifts lost to custody cover"
    assert r["15%"]["measure"] == "share of hours lost to abstractions (team)"


def test_rates_a_year_or_per_hundred_and_days_counted_as_a_number():
    r = rows("They carry out around 25 audits a year. The force made 212 arrests for stalking in 2023, a rate of 6.1 "
             "arrests per 100 offences. Since 2016-17, the average number of days taken to charge suspects in fraud "
             "cases has increased from 31 to 44.5.")
    assert (r["25"]["unit"], r["6.1"]["unit"]) == ("rate", "rate")
    assert rows("The control room is meant to have 38 call handlers on each day shift.")["38"]["unit"] == "count"
    assert (r["31"]["unit"], r["44.5"]["unit"]) == ("duration_days", "duration_days")


def test_so_many_a_year_is_a_rate_of_so_many_a_year():
    r = rows("Reports of stalking have nearly doubled over ten years to over 12,000 a year.")
    assert (r["12,000"]["unit"], r["12,000"]["measure"]) == ("rate", "number of Reports of stalking a year")


def test_an_account_goes_on_across_a_sentence_without_numbers():
    r = rows("Between April and September 2024, Suffolk Constabulary answered 91.1% of emergency calls within 10 seconds. "
             "Non-emergency performance was weaker. The average time to answer a 101 call was 5 minutes 10 seconds.")
    assert r["5 minutes 10 seconds"]["period_start"] == date(2024, 4, 1)


def test_a_percentage_increase_after_a_count_is_of_that_count_and_its_year():
    r = rows("Norfolk Constabulary logged 1,904 complaints in 2023-24, a 12% increase on 2022-23.")
    assert r["12%"]["measure"] == "change in number of complaints Norfolk Constabulary logged"
    assert (r["12%"]["period_start"], r["12%"]["direction"]) == (date(2023, 4, 1), "rise")


def test_rates_by_group_after_a_force_rate_and_a_level_a_change_reached():
    r = rows("In the year ending March 2025 Dorset Police's stop and search rate was 4.8 per 1,000 people. The rate "
             "for Black people was 17.2 per 1,000, compared with 4.1 for White people. Burglary offences rose by 9% "
             "over the same period, to 3,120.")
    assert r["4.8"]["measure"] == "Dorset Police's stop and search rate"
    assert r["17.2"]["measure"] == "Dorset Police's stop and search rate for Black people"
    assert r["4.1"]["measure"] == "Dorset Police's stop and search rate for White people"
    assert r["3,120"]["measure"] == "number of Burglary offences"


def test_it_stood_at_after_a_time_and_parts_of_them():
    r = rows("The number of suspects released under investigation by Essex Police has doubled since 2019. At the end "
             "of June 2024 it stood at 1,210.\n\nSurrey Police recorded 2,950 stalking offences in 2024. A suspect was "
             "charged in 190 of them. A further 880 were closed because the victim withdrew support.\n\nGwent Police "
             "referred 9,400 victims to its support service in 2023. Just over half of them (53%) took up an offer "
             "of support.")
    assert r["1,210"]["measure"] == "number of suspects released under investigation by Essex Police"
    assert r["190"]["measure"] == "number of stalking offences in which a suspect was charged"
    assert r["880"]["measure"] == "number of stalking offences that were closed because the victim withdrew support"
    assert r["53%"]["measure"].endswith("who took up an offer of support")


def test_amounts_named_by_what_is_done_with_them():
    r = rows("Avon and Somerset Police must save £12.1 million in 2025/26. Around £4.4 million of this will come from "
             "cutting police staff posts. The commissioner plans to draw £2.6 million from reserves to balance the "
             "budget. The force pays £0.8 million a year to lease its training centre. Since 2022 the unit has received "
             "£2.5 million a year from the Home Office.")
    assert r["£4.4 million"]["measure"].endswith("from cutting police staff posts")
    assert r["£4.4 million"]["period_start"] == date(2025, 4, 1)
    assert r["£2.6 million"]["measure"] == "amount to draw from reserves to balance the budget"
    assert r["£0.8 million"]["measure"] == "payments to lease its training centre"
    assert r["£2.5 million"]["measure"] == "funding received from Home Office"


def test_a_survey_named_by_its_year_dates_its_figures():
    r = rows("In Durham Constabulary's 2024 staff survey, 1,020 officers and staff responded. Of these, 61% agreed "
             "that they felt valued.")
    assert (r["1,020"]["period_start"], r["61%"]["period_start"]) == (date(2024, 1, 1), date(2024, 1, 1))


def test_two_bracketed_figures_either_side_of_than_are_compared_both_ways():
    r = rows("Victims aged 65 or over were more positive (82%) than those aged 16 to 24 (61%). Agreement was lower "
             "among female officers (49%) than among male officers (63%).")
    assert (r["82%"]["comparator_value"], r["61%"]["comparator_value"]) == (61.0, 82.0)
    assert r["61%"]["subject"] == "victims aged 16 to 24"
    assert (r["49%"]["measure"], r["63%"]["comparator_value"]) == ("agreement among female officers", 49.0)


def test_a_change_on_a_time_before_in_the_next_sentence():
    r = rows("The proportion of Kent Police officers who were women rose to 36.1% in March 2024. This was 3.8 "
             "percentage points higher than in March 2019.\n\nSurrey Police received 0.9 million calls to 101 in 2023. "
             "This was 7% fewer than in 2022.\n\nAs at 31 March 2024, the force employed 2,310 full-time equivalent "
             "(FTE) police officers, 85 more than a year before. The force records 90.2% of reported crime. This is "
             "lower than the 92.5% we found when we last inspected, in 2021.")
    assert (r["3.8 percentage points"]["value_kind"], r["3.8 percentage points"]["direction"]) == ("change", "rise")
    assert r["3.8 percentage points"]["period_start"] == date(2019, 3, 1)
    assert (r["36.1%"]["direction"], r["0.9 million"]["direction"]) == ("rise", "fall")
    assert r["7%"]["period_start"] == date(2023, 1, 1)
    assert r["2,310"]["direction"] == "rise"
    assert (r["90.2%"]["comparator_value"], r["90.2%"]["direction"]) == (92.5, "fall")


def test_a_reference_dated_a_number_of_years_earlier():
    r = rows("In 2023/24 the average time from offence to charge was 61 days for all crime, compared with 44 days four "
             "years earlier.")
    assert r["44 days"]["period_start"] == date(2019, 4, 1)
    assert r["61 days"]["measure"] == "average time from offence to charge for all crime"
    assert r["61 days"]["direction"] == "rise"


def test_a_bare_count_opening_its_clause_is_part_of_the_count_before():
    r = rows("Inspectors reviewed 84 case files. In 57, the victim had been offered a needs assessment. "
             "\n\nLincolnshire Police recruited 431 officers in 2023/24. 139 were women and 47 were from ethnic "
             "minority backgrounds.")
    assert r["57"]["measure"] == "number of case files inspectors reviewed in which the victim had been offered a needs " \
                                 "assessment"
    assert (r["57"]["base_value"], r["139"]["base_value"]) == (84.0, 431.0)
    assert r["139"]["measure"] == "number of officers Lincolnshire Police recruited who were women"
    assert r["47"]["measure"] == "number of officers Lincolnshire Police recruited who were from ethnic minority backgrounds"
    assert r["47"]["period_start"] == date(2023, 4, 1)


def test_a_bare_count_not_smaller_than_the_count_before_is_left_alone():
    r = rows("The unit examined 40 phones. 52 were waiting for examination.")
    assert r["52"]["measure"] is None


def test_agreement_without_its_statement_takes_the_statement_quoted_before():
    r = rows('Norfolk Constabulary changed its staff survey in 2021. The question became "I feel my wellbeing is '
             'supported." The statement drew agreement from 48% of officers in 2022 and 55% in 2023.')
    assert r["48%"]["measure"] == 'share of officers agreeing with "I feel my wellbeing is supported"'
    assert r["55%"]["measure"] == r["48%"]["measure"]


def test_agreement_with_no_quoted_statement_keeps_its_plain_measure():
    r = rows("There was broad agreement from 61% of officers.")
    assert r["61%"]["measure"] == "share of officers"


def test_a_later_clause_moves_the_level_stated_earlier_in_the_sentence():
    r = rows("Gwent Police's backlog of digital devices stood at 1,640 in 2021; by 2024 the number had fallen by 38% to "
             "1,020.\n\nThe force received 7,300 calls to 101 in 2022, and the figure rose by 9% in 2023.")
    assert (r["38%"]["measure"], r["38%"]["direction"]) == ("change in Gwent Police's backlog of digital devices", "fall")
    assert (r["1,020"]["measure"], r["1,020"]["comparator_value"]) == ("Gwent Police's backlog of digital devices", 1640.0)
    assert r["1,020"]["period_start"] == date(2024, 1, 1)
    assert r["38%"]["period_start"] == date(2021, 1, 1)
    assert r["9%"]["measure"] == "change in number of calls to 101 the force received"


def test_a_gap_in_its_own_clause_after_a_level_is_a_difference_in_that_level():
    r = rows("In Cumbria, 52% of public complaints were resolved informally: 7 percentage points higher than the "
             "national average.")
    assert r["7 percentage points"]["measure"] == "difference in share of public complaints resolved informally"
    assert r["7 percentage points"]["direction"] == "rise"


def test_of_these_after_people_described_by_a_clause_keeps_the_clause():
    r = rows("Recruitment events in North Wales reached 2,400 people who registered an interest in joining. Of these, "
             "41 percent were women.")
    assert r["41 percent"]["measure"] == "share of people who registered an interest in joining that are women"


def test_a_past_tense_sentence_carries_the_period_past_a_target_in_brackets():
    r = rows("In the year ending June 2024, Dorset Police answered 91.2% of 999 calls within 10 seconds. Its average "
             "time to answer a 101 call was 3 minutes 10 seconds (against a local target of 2 minutes).")
    assert r["3 minutes 10 seconds"]["period_start"] == date(2023, 7, 1)
    assert r["2 minutes"]["period_start"] is None


def test_an_earlier_inspection_named_as_a_reference_does_not_stop_the_period_carrying():
    r = rows("In 2023/24, Essex Police recorded 94.1% of reported crime. For violent crime the rate was 92.0%, "
             "compared with 86.5% at our 2019 inspection.")
    assert r["92.0%"]["period_start"] == date(2023, 4, 1)


def test_a_key_facts_box_printed_on_one_line_names_each_number_by_its_own_label():
    r = rows("Gwent Police in numbers, 2023/24: - Police officers (FTE): 1,512 - Special constables (headcount): 97 - "
             "Officers who left: 88 (5.8%). The force expects to recruit 120 officers in 2024/25.")
    assert r["1,512"]["measure"] == "number of police officers (FTE)"
    assert r["97"]["measure"] == "number of special constables (headcount)"
    assert r["88"]["measure"] == "number of officers who left"
    assert r["5.8%"]["measure"] == "share of officers who left"
    assert r["97"]["period_start"] == date(2023, 4, 1)
    assert r["120"]["measure"] != "number of officers who left"


def test_in_so_many_without_a_comma_is_a_part_of_the_count_in_the_same_sentence():
    r = rows("We reviewed 80 case files of stalking crimes; in 52 the investigation was effective, but in 19 the "
             "victim had not been told of the outcome.")
    assert r["52"]["measure"] == "number of case files of stalking crimes we reviewed in which the investigation was " \
                                 "effective"
    assert r["19"]["measure"] == "number of case files of stalking crimes we reviewed in which the victim had not " \
                                 "been told of the outcome"
    assert (r["52"]["base_value"], r["19"]["base_value"]) == (80.0, 80.0)


def test_a_topic_without_a_comma_and_a_second_topic_compared_respectively():
    r = rows("For burglary the charge rate was 6.8% and for robbery 11.2%, compared with 4.9% and 9.5% respectively "
             "in 2021.")
    assert (r["6.8%"]["measure"], r["11.2%"]["measure"]) == ("charge rate for burglary", "charge rate for robbery")
    assert (r["4.9%"]["measure"], r["9.5%"]["measure"]) == ("charge rate for burglary", "charge rate for robbery")
    assert (r["6.8%"]["comparator_value"], r["11.2%"]["comparator_value"]) == (4.9, 9.5)
    assert r["11.2%"]["direction"] == "rise"


def test_a_measure_opening_with_a_subordinating_word_is_broken():
    assert is_broken("although this for rape offences")
    assert not is_broken("share of victims satisfied although unhappy")


def test_a_time_restated_in_another_unit_has_the_same_measure():
    r = rows("The average wait for a 101 call at Norfolk Constabulary was just over 5 minutes (318 seconds).")
    assert r["318 seconds"]["measure"] == r["5 minutes"]["measure"] == "average wait for a 101 call at Norfolk Constabulary"


def test_of_which_keeps_a_had_been_predicate():
    r = rows("Suffolk Constabulary had 1,650 open investigations on 1 May 2024, of which 390 (24%) had been open for more "
             "than 6 months.")
    assert r["390"]["measure"].endswith("that had been open for more than 6 months")
    assert r["24%"]["measure"].startswith("share of open investigations")


def test_a_budget_or_an_establishment_is_named_for_what_it_budgets_and_not_compared_back():
    r = rows("Overtime spending at Wiltshire Police reached £6.1m in 2023/24, against a budget of £4.9m.")
    assert r["£4.9m"]["measure"] == "budget for overtime spending at Wiltshire Police"
    assert (r["£6.1m"]["comparator_value"], r["£4.9m"]["comparator_value"]) == (4900000.0, None)
    assert r["£4.9m"]["period_start"] == date(2023, 4, 1)


def test_a_time_is_compared_with_a_target_in_another_unit():
    r = rows("Its average time to answer a 101 call was 4 minutes 10 seconds (against a local target of 3 minutes).")
    assert (r["4 minutes 10 seconds"]["comparator"], r["4 minutes 10 seconds"]["comparator_value"]) == ("local target", 180.0)


def test_times_stated_as_an_average_or_median_of():
    r = rows("Detainees in the records we examined were held for an average of 13.2 hours. The force attended "
             "emergency incidents in rural areas in a median of 18 minutes. Gwent Police lost an average of 10.7 days "
             "per officer to sickness.")
    assert r["13.2 hours"]["measure"] == "average time detainees in the records we examined were held"
    assert r["18 minutes"]["measure"] == "median time the force attended emergency incidents in rural areas"
    assert r["10.7 days"]["measure"] == "average days lost to sickness per officer"


def test_a_change_in_brackets_and_the_level_a_change_reached_after_its_period():
    r = rows("Vehicle crime recorded by the force fell by 14% in 2023, to 6,210.\n\nThe PCC proposes to raise the precept "
             "for a Band D property by £12 in 2024/25, to £268.40 (an increase of 4.7%).\n\nThe Band D precept for "
             "2024/25 is £251.12, an increase of £13 (5.5%).")
    assert r["6,210"]["measure"] == "number of Vehicle crime recorded by the force" or \
        r["6,210"]["measure"] == "Vehicle crime recorded by the force"
    assert r["£268.40"]["measure"] == "precept for a Band D property"
    assert (r["4.7%"]["measure"], r["4.7%"]["value_kind"]) == ("change in precept for a Band D property", "change")
    assert (r["5.5%"]["measure"], r["5.5%"]["direction"]) == (r["£13"]["measure"], "rise")
    assert r["5.5%"]["measure"].startswith("change in Band D precept")


def test_in_so_many_at_the_end_of_a_clause_and_another_verb_for_the_same_things():
    r = rows("We reviewed 70 search records and found that the grounds were reasonable in 58; in a further 6 the grounds "
             "were recorded but weak.\n\nPAVA spray was drawn in 230 incidents and used in 41.")
    assert r["58"]["measure"] == "number of search records we reviewed in which the grounds were reasonable"
    assert r["58"]["base_value"] == 70.0
    assert r["41"]["measure"] == "number of incidents where PAVA spray was used"


def test_a_time_named_only_as_a_comparison_does_not_date_the_numbers_after_it():
    r = rows("Cheshire Constabulary logged 2,104 complaint cases in 2023/24, 9% more than in 2022/23, involving 3,870 "
             "allegations.")
    assert r["3,870"]["period_start"] == date(2023, 4, 1)


def test_a_census_named_as_the_source_of_a_ratio_does_not_date_the_next_sentences():
    r = rows("Kent Police recorded 5,120 use of force incidents in 2023/24. Black people were 3.1 times more likely than "
             "White people to be subject to force, based on 2021 Census population figures. Of the 5,120 incidents, "
             "940 involved a person with a mental health condition.")
    assert r["940"]["period_start"] != date(2021, 1, 1)


def test_a_target_in_the_sentence_before_does_not_make_it_a_plan():
    r = rows("In 2023, Cleveland Police attended urgent incidents in a median of 12 minutes, against a target of 15 "
             "minutes. It met the target for 84% of incidents, down from 89% in 2022.")
    assert r["84%"]["period_start"] == date(2023, 1, 1)


def test_numbers_in_these_records_take_the_period_of_the_sample():
    r = rows("We examined 50 custody records at Avon and Somerset Police in May 2024. Detainees in these records were "
             "held for an average of 13.1 hours, and 4 of the 50 had been held for more than 24 hours.")
    assert r["13.1 hours"]["period_start"] == date(2024, 5, 1)


def test_a_level_with_its_change_after_it_in_the_sentence():
    r = rows("Essex Police recorded 3,904 sexual offences in 2023/24, a 12% increase on the year before.\n\n8.7% of "
             "Surrey Police officers were from ethnic minority backgrounds (up 2.1 percentage points since March 2019)."
             "\n\nThe Band D precept rose by £12.00 to £284.10.\n\nJust over half (52%) said they had seen an officer on "
             "foot patrol, down from 61% in 2022.")
    assert (r["3,904"]["comparator"], r["3,904"]["direction"]) == ("the year before", "rise")
    assert r["8.7%"]["direction"] == "rise"
    assert (r["£284.10"]["comparator"], r["£284.10"]["direction"]) == ("earlier figure", "rise")
    assert (r["52%"]["comparator_value"], r["52%"]["direction"]) == (61.0, "fall")


def test_a_group_in_brackets_after_than_is_compared_both_ways():
    r = rows("Children were held for an average of 13.8 hours, longer than adults (11.9 hours).\n\nThe charge rate for "
             "burglary was 5.9%, lower than for robbery (8.8%).")
    assert (r["11.9 hours"]["measure"], r["13.8 hours"]["comparator_value"]) == ("average time adults were held", 11.9)
    assert (r["5.9%"]["value_kind"], r["5.9%"]["comparator_value"], r["8.8%"]["comparator_value"]) == ("level", 8.8, 5.9)
    assert r["8.8%"]["measure"] == "charge rate for robbery"


def test_parts_named_by_the_whole_they_are_of():
    r = rows("Staffing, 2023/24:\n- Officer leavers: 212 (4.9% of the officer workforce)\n\nEven so, of the 980 residents "
             "who responded to the consultation, 540 (55%) said speeding was a problem in their area.\n\nWe examined 50 "
             "custody records in May 2024. Detainees were held for an average of 12.5 hours, and 7 of the 50 had been "
             "held for more than 24 hours.\n\nWe examined 110 stalking case files. In 68 of these, a risk assessment had "
             "been completed.\n\nThe force received 88,400 emergency calls in 2023, an average of 242 a day.")
    assert r["212"]["measure"] == "number of officer leavers"
    assert r["4.9%"]["measure"] == "officer leavers as a share of officer workforce"
    assert r["540"]["measure"] == "number of residents who responded to the consultation who said speeding was a " \
                                  "problem in their area"
    assert r["7"]["measure"] == "number of custody records we examined that had been held for more than 24 hours"
    assert r["68"]["measure"] == "number of stalking case files in which a risk assessment had been completed"
    assert r["242"]["measure"] == "average number of emergency calls a day"


def test_the_value_of_a_time_compared_with_keeps_that_time():
    r = rows("Satisfaction in Lincolnshire was lower in 2023 than in 2019 (74%).")
    assert r["74%"]["period_start"] == date(2019, 1, 1)


def test_a_change_word_naming_a_kind_of_thing_is_not_a_change():
    r = rows("The force's change portfolio runs 11 improvement programmes, comprising 64 projects.")
    assert (r["11"]["value_kind"], r["11"]["measure"]) == ("level", "number of improvement programmes the force's change "
                                                                     "portfolio runs")


def test_the_highest_or_lowest_group_and_the_most_or_least_satisfied_group():
    r = rows("Trust was lower among Black respondents (48%) than among White respondents (71%), and lowest of all among "
             "those aged 16 to 24 (42%).\n\nVictims of vehicle crime were the most satisfied group (86%), while victims "
             "of stalking were the least (55%).")
    assert (r["42%"]["measure"], r["42%"]["subject"]) == ("trust among those aged 16 to 24", "those aged 16 to 24") or \
        r["42%"]["measure"] == "trust among those aged 16 to 24"
    assert r["86%"]["measure"] == "share of victims of vehicle crime satisfied"
    assert r["55%"]["measure"] == "share of victims of stalking satisfied"


def test_agreed_and_disagreed_with_a_statement_quoted_in_single_quotes():
    r = rows("In Dorset Police's 2024 staff survey, 1,020 officers and staff responded to the statement 'I feel able to "
             "challenge inappropriate behaviour'. Of these, 640 (63%) agreed and 170 (17%) disagreed.")
    assert r["63%"]["measure"] == 'share of officers and staff agreed with "I feel able to challenge inappropriate behaviour"'
    assert r["17%"]["measure"] == 'share of officers and staff who disagreed with "I feel able to challenge inappropriate ' \
                                  'behaviour"'
    assert r["1,020"]["subject"] == "officers and staff"


def test_a_bare_share_opening_the_next_sentence_is_of_the_people_just_counted():
    r = rows("Norfolk Constabulary has 1,870 officers in its local policing command. 11% are from ethnic minorities.\n\n"
             "We surveyed 900 staff. 41% said they would not recommend the force as a place to work.")
    assert r["11%"]["measure"] == "share of officers in its local policing command Norfolk Constabulary has who are from " \
                                  "ethnic minorities"
    assert r["41%"]["measure"] == "share of staff we surveyed that said they would not recommend the force as a place to work"


def test_comparisons_with_an_earlier_time_stated_as_a_clause():
    r = rows("Suffolk Constabulary referred 9,400 victims to its support service in 2023. Just over half of them (54%) "
             "took up an offer of support. That was lower than in 2021, when take-up was 63%.\n\nFor robbery the rate "
             "was lower, at 5.1%, although this was up from 3.9% two years earlier.\n\nThe number of suspects released "
             "under investigation by Surrey Police has doubled since 2019. At the end of June 2024 it stood at 1,210.")
    assert (r["54%"]["comparator_value"], r["54%"]["direction"]) == (63.0, "fall")
    assert (r["5.1%"]["comparator_value"], r["5.1%"]["direction"]) == (3.9, "rise")
    assert (r["1,210"]["direction"], r["1,210"]["comparator"]) == ("rise", "2019")


def test_a_figure_that_falls_short_of_a_requirement_is_compared_with_it():
    r = rows("While women now make up 33% of Essex Police officers, this falls short of the 50.4% that would be required "
             "to reflect the county.\n\nAs at 31 March 2024, 4,102 of Gwent Police's 4,390 officers and staff (93.4%) "
             "held in-date vetting clearance, short of the 100% required by the Vetting Code of Practice.")
    assert (r["33%"]["comparator_value"], r["50.4%"]["comparator_value"]) == (50.4, None)
    assert r["50.4%"]["measure"] == "share required to reflect the county"
    assert r["93.4%"]["measure"] == "share of Gwent Police's officers and staff held in-date vetting clearance"
    assert r["93.4%"]["comparator_value"] == 100.0


def test_two_runs_of_groups_are_paired_in_order():
    r = rows("Over half of disabled residents (55%) and Asian residents (52%) say the force's reputation is poor "
             "(compared to 39% of other residents and 42% of White residents).\n\nOnly a third of Black residents are "
             "confident in the force (34% compared with 61% of White residents) and only half are confident in its "
             "ability to prevent crime (49% compared with 58% of White residents).")
    assert r["55%"]["measure"] == "share of disabled residents who say the force's reputation is poor"
    assert (r["55%"]["comparator_value"], r["52%"]["comparator_value"]) == (39.0, 42.0)
    assert (r["39%"]["comparator_value"], r["42%"]["comparator_value"]) == (55.0, 52.0)
    assert (r["34%"]["comparator_value"], r["49%"]["comparator_value"]) == (61.0, 58.0)


def test_thresholds_of_time_are_conditions_not_quantities():
    r = rows("Of the leavers, 140 had less than 5 years' service. 52 officers were on long-term sick leave (28 days or "
             "more). Nine detainees were held for more than 24 hours, and 31 victims had not been updated for more than "
             "28 days. Decisions were reviewed within the required 28 days in 17 cases.")
    assert not any(k in r for k in ("5 years", "28 days", "24 hours"))
    assert "30 days" not in rows("Long-term sickness means an absence that has lasted for more than 30 days.")
    assert r["140"]["unit"] == "count" and r["52"]["unit"] == "count"


def test_an_aside_a_target_and_a_workforce_basis():
    r = rows("Police staff numbers had, by contrast, grown by 1,210 to 5,480 FTE.\n\nIn 2024 officers attended 29% of "
             "reports of shoplifting in person. The force aims to reach 40% by the end of 2025.\n\nIn March 2024 women "
             "made up 27% of Sussex Police officers. This was 3 percentage points lower than the average for forces in "
             "the South East.")
    assert (r["1,210"]["measure"], r["5,480"]["measure"]) == ("change in Police staff numbers",
                                                              "Police staff numbers (FTE)")
    assert r["40%"]["measure"] == "target " + r["29%"]["measure"]
    assert r["3 percentage points"]["measure"].startswith("difference in ")


def test_margins_amounts_required_and_figures_of_an_earlier_time():
    r = rows("We estimate that the force recorded 90.4% (plus or minus 2.1 percentage points) of reported crime.\n\n"
             "Savings of £9.8m are required over the next 2 years.\n\nIn 2024 the force's detectives each carried an "
             "average caseload of 16 crimes, compared with 12 two years earlier. A sergeant told us: 'I've got 8 people "
             "on my team and 5 of them are still on the detective pathway.'")
    assert r["2.1 percentage points"]["measure"] == "margin of error of " + r["90.4%"]["measure"]
    assert r["£9.8m"]["measure"] == "savings required"
    assert (r["12"]["measure"], r["12"]["subject"]) == (r["16"]["measure"], r["16"]["subject"])
    assert r["5"]["subject"] == "people on my team"


def test_a_rate_of_a_share_and_a_bracketed_restatement_of_a_word():
    r = rows("This resulted in a staff survey response rate of 61 percent of the workforce.\n\nOnly 47% of residents are "
             "confident in the force's response to 101 calls, with half (52%) saying they are not confident in it.")
    assert r["61 percent"]["measure"] == "staff survey response rate"
    assert (r["52%"]["measure"], r["52%"]["subject"]) == (r["half"]["measure"], r["half"]["subject"])


def test_a_footnote_marker_does_not_join_two_clauses_and_a_population_share_is_of_the_population():
    r = rows("Its annual spending represents 21% of the total police budget for the region,⁴⁶ and gross expenditure has "
             "increased.\n\nIn March 2024, female officers comprised 34% of Essex Police officers compared with 50.9% of "
             "the population.")
    assert r["21%"]["measure"] == "share of total police budget for the region made up by annual spending"
    assert r["50.9%"]["measure"] == "share of population who are female"


def test_a_level_beside_its_change_later_in_the_sentence_or_after_it():
    r = rows("Cheshire Constabulary's victim survey found that 76% of victims of burglary were satisfied with the overall "
             "service, down 4 percentage points on the previous year.\n\nThe force had 1,420 officers as at 31 March "
             "2024, of whom 230 worked in neighbourhood teams; this was 19 fewer than a year earlier.\n\nShoplifting "
             "offences rose by 22% in 2023, while the proportion solved fell to 12%.\n\nThe force recorded 2,410 sexual "
             "offences on the railway in England and Wales in 2023/24, having recorded 1,220 in 2018/19.")
    assert (r["76%"]["direction"], r["230"]["direction"], r["12%"]["direction"]) == ("fall", "fall", "fall")
    assert (r["2,410"]["comparator_value"], r["2,410"]["direction"]) == (1220.0, "rise")


def test_a_target_named_as_a_reference_does_not_stop_the_period_and_has_none_of_its_own():
    r = rows("As at 31 August 2024, Suffolk Constabulary had a backlog of 980 vetting applications. The average time to "
             "complete recruitment vetting was 10 weeks, against the force's own target of 4 weeks.")
    assert r["10 weeks"]["period_start"] == date(2024, 8, 31)
    assert r["4 weeks"]["period_start"] is None


def test_a_clause_from_a_sentence_start_loses_only_a_capital_it_had_for_being_first():
    assert sentence_case("The investigation was effective") == "the investigation was effective"
    assert sentence_case("Detainees were held") == "detainees were held"
    assert sentence_case("Wales recorded") == "Wales recorded"
    assert sentence_case("Kent Police recruited") == "Kent Police recruited"


def test_a_word_weighing_the_number_up_is_not_part_of_what_it_counts():
    r = rows("In Lancashire, the number of PCSOs fell by an astonishing 58% from 430 in 2014-15 to 181 in 2023-24.")
    assert (r["58%"]["measure"], r["430"]["measure"]) == ("change in number of PCSOs", "number of PCSOs")


def test_a_share_that_says_what_a_whole_is_made_of():
    r = rows("On this trajectory it will take twelve years to reach a workforce which is 45% female.\n\nIt will take "
             "until 2050 to reach 11% ethnic minority representation among Norfolk Constabulary officers.")
    assert (r["45%"]["subject"], r["45%"]["measure"]) == ("workforce", "share of workforce that is female")
    assert r["11%"]["measure"] == "ethnic minority representation among Norfolk Constabulary officers"


def test_the_size_of_a_group_and_a_level_named_before_levels_of():
    r = rows("One sergeant said she was the only trained tutor in her team of 22.\n\nThe county council's staff survey "
             "has found bullying and harassment levels of between 4-8% in recent years.")
    assert r["22"]["measure"] == "size of team"
    assert r["4-8%"]["measure"] == "bullying and harassment level"


def test_respectively_after_kinds_of_one_thing_gives_each_figure_its_kind():
    r = rows("Most Derbyshire call handlers say they have faced verbal or physical abuse from callers (86% and 19% "
             "respectively).\n\nThe arrest and charge rates were 17% and 8% respectively.")
    assert r["86%"]["measure"] == "share of Derbyshire call handlers that say they have faced verbal abuse from callers"
    assert r["19%"]["measure"] == "share of Derbyshire call handlers that say they have faced physical abuse from callers"
    assert (r["17%"]["measure"], r["8%"]["measure"]) == ("arrest rate", "charge rate")


def test_shares_of_a_population_thinking_something_of_groups_in_brackets():
    r = rows("About half of residents think young people (53%), disabled people (47%) and older people (40%) are "
             "poorly served by Cleveland Police.")
    assert r["47%"]["subject"] == "residents"
    assert r["47%"]["measure"] == "share of residents who think disabled people are poorly served by Cleveland Police"
    assert r["40%"]["measure"] == "share of residents who think older people are poorly served by Cleveland Police"



def test_a_place_named_after_a_figure_is_where_the_figure_is_for():
    r = rows("In other units the turnover rate was much lower, at 11% in the Dog Unit and 16% in the Marine Unit.\n\n"
             "The proportion of female officers had risen by 2.1 percentage points in Cumbria and by 3.4 percentage "
             "points in Durham.")
    assert (r["11%"]["measure"], r["16%"]["measure"]) == ("turnover rate in the Dog Unit", "turnover rate in the Marine Unit")
    assert r["3.4 percentage points"]["measure"] == "change in proportion of female officers in Durham"


def test_the_figure_of_another_group_in_brackets_is_measured_alike_and_compared():
    r = rows("In Avon and Somerset, Black people were searched at a rate of 24.6 per 1,000, 4.4 times the rate for "
             "White people (5.6 per 1,000).")
    assert r["5.6"]["measure"] == "rate at which White people were searched per 1,000"
    assert (r["5.6"]["comparator_value"], r["24.6"]["comparator_value"]) == (24.6, 5.6)


def test_the_view_a_group_is_most_likely_to_hold_is_a_share_of_that_group():
    r = rows("Residents of all ages are most likely to think Cumbria Constabulary treats older people fairly (72%) "
             "whereas only 41% think it gives fair treatment to young people.")
    assert r["72%"]["measure"] == "share of Residents of all ages who think Cumbria Constabulary treats older people fairly"
    assert r["41%"]["subject"] == "Residents of all ages"


def test_a_clause_inverted_after_only_is_read_in_order():
    r = rows("We reviewed 50 case files from Wiltshire Police. In only 11 of these was the supervisory review "
             "meaningful.\n\nWe examined 80 crime reports. Only in 27 cases had a risk assessment been completed.")
    assert r["11"]["measure"] == "number of case files from Wiltshire Police in which the supervisory review was meaningful"
    assert r["27"]["measure"] == "number of crime reports we examined in which a risk assessment had been completed"


def test_figures_for_the_largest_kind_count_the_things_named_with_them():
    r = rows("The most common category was discourtesy, with 1,204 allegations (34%).\n\nThe largest type of "
             "complaint was delivery of duties and service, with 39% of all complaints.")
    assert r["1,204"]["measure"] == "number of allegations (most common category: discourtesy)"
    assert r["34%"]["measure"] == "share of allegations (most common category: discourtesy)"
    assert r["39%"]["measure"] == "share of complaints (largest type: delivery of duties and service)"


def test_a_second_bracketed_pair_and_a_second_share_moved_to_are_compared_too():
    r = rows("Only a third of Black residents are confident in Kent Police's ability to treat people fairly (37% "
             "compared with 60% of White residents) and only half are confident in its ability to prevent crime (49% "
             "compared with 57% of White residents).\n\nOverall, 6% of staff said they had been bullied. This rises "
             "to 15% of staff in custody and 12% of staff in the control room.")
    assert (r["57%"]["comparator"], r["57%"]["comparator_value"]) == ("Black residents", 49.0)
    assert (r["12%"]["comparator_value"], r["12%"]["direction"]) == (6.0, "rise")


def test_money_recovered_through_something_and_the_value_of_a_count_before():
    r = rows("Dorset Police obtained 51 confiscation orders in 2022/23, with a total value of £2.4m, and recovered a "
             "further £0.9m through cash seizures.")
    assert r["£2.4m"]["measure"] == "total value of confiscation orders"
    assert r["£0.9m"]["measure"] == "amount recovered through cash seizures"


def test_a_share_of_cases_takes_the_clause_before_it_with_its_time_condition():
    r = rows("Supervisors had recorded a review within the previous 28 days in only 61% of the 110 investigations we "
             "examined.")
    assert r["61%"]["measure"] == ("share of investigations we examined in which supervisors had recorded a review "
                                   "within the previous 28 days")


def test_of_these_inside_a_sentence_is_a_part_of_the_count_just_named():
    r = rows("As at 31 March 2024, 4,102 of Gwent Police's 4,388 officers and staff held in-date vetting clearance. "
             "The other 286 had lapsed vetting; of these, 37 were in posts that required management vetting.")
    assert r["37"]["measure"] == ("number of officers and staff who had lapsed vetting and were in posts that required "
                                  "management vetting")
    assert r["37"]["base_value"] == 286.0


def test_respondents_are_the_people_the_survey_was_of():
    r = rows("In our survey of Kent residents, 36% of respondents think disabled people are underrepresented in the "
             "force.\n\nWe surveyed 1,150 Gwent Police officers and staff. Of the respondents, 43% said they had "
             "experienced bullying.")
    assert r["36%"]["measure"] == "share of Kent residents surveyed who think disabled people are underrepresented in the force"
    assert r["43%"]["subject"] == "Gwent Police officers and staff surveyed"


def test_a_share_of_cases_after_a_review_is_of_the_files_reviewed_unless_set_against_the_nation():
    r = rows("We reviewed 80 domestic abuse case files from Essex Police. In 52% of cases no further action was taken, "
             "and in 11 cases the victim was not updated.\n\nWe reviewed 60 rape case files. Victims withdrew support "
             "in 40% of cases, compared with 38% nationally.")
    assert r["52%"]["measure"] == ("share of domestic abuse case files from Essex Police we reviewed in which no further "
                                   "action was taken")
    assert r["11"]["measure"] == ("number of domestic abuse case files from Essex Police we reviewed in which the victim "
                                  "was not updated")
    assert r["40%"]["subject"] == "cases"


def test_the_expected_time_of_something_launched_in_the_sentence_before():
    r = rows("In March 2024 the Home Office launched a review of police vetting standards. This was expected to be "
             "completed within approximately six months.")
    assert r["six months"]["measure"] == "expected time to complete review of police vetting standards"


def test_a_share_of_these_after_and_takes_its_clause_without_the_conjunction():
    r = rows("Officers recorded use of force on 2,110 occasions in custody over the year, and handcuffs were used in 58% "
             "of these.")
    assert r["58%"]["measure"] == "share of occasions in custody in which handcuffs were used"


def test_a_target_to_change_something_and_the_figures_for_it_after():
    r = rows("The police and crime plan set a target of reducing anti-social behaviour (ASB) incidents by 12%; in the "
             "event they fell by 9%, from 18,200 in 2020/21 to 16,560 in 2023/24.\n\nThe plan also aimed to raise the "
             "positive outcome rate for burglary to 14% by March 2024; it reached 11.6%.")
    assert r["12%"]["measure"] == "target reduction in anti-social behaviour (ASB) incidents"
    assert r["9%"]["measure"] == "change in number of anti-social behaviour (ASB) incidents"
    assert r["18,200"]["measure"] == "number of anti-social behaviour (ASB) incidents"
    assert r["14%"]["measure"] == "target for positive outcome rate for burglary"
    assert (r["11.6%"]["measure"], r["11.6%"]["comparator_value"]) == ("positive outcome rate for burglary", 14.0)


def test_money_named_by_the_noun_before_of_and_extra_funding_for_something():
    r = rows("The force has a budget of £410m.\n\nThe increase would fund 30 additional investigators and an extra "
             "£1.1m for the force's rural crime team.")
    assert r["£410m"]["measure"] == "budget"
    assert r["£1.1m"]["measure"] == "additional funding for the force's rural crime team"


def test_a_count_whose_object_is_left_out_and_a_proportion_of_the_things_counted_before():
    r = rows("The IOPC received 84 appeals against Kent Police's complaint decisions over the year and upheld 15.\n\n"
             "Vehicle crimes recorded by the force rose by 14% in 2023, to 6,100, while the proportion solved fell to 6%.")
    assert r["15"]["measure"] == "number of appeals against Kent Police's complaint decisions upheld"
    assert r["15"]["comparator"] is None
    assert r["6%"]["measure"] == "proportion of Vehicle crimes recorded by the force solved"


def test_a_total_taken_to_a_level_and_the_same_things_with_another_participle():
    r = rows("The force recruited 31 call handlers, taking the control room to 196 full-time equivalent (FTE) staff.\n\n"
             "For rape offences the rate was 2.7%, with 1,150 rapes recorded and 31 resulting in a charge or summons.")
    assert r["196"]["measure"] == "number of full-time equivalent (FTE) staff in the control room"
    assert r["31"]["measure"] == "number of rapes resulting in a charge or summons"


def test_the_average_of_similar_forces_after_days_per_officer():
    r = rows("Cumbria Constabulary had 1,240 officers in 2023/24. In that year it lost an average of 10.2 days per "
             "officer to sickness; the average for its most similar group of forces was 8.7 days.")
    assert r["8.7 days"]["measure"] == "average days lost to sickness per officer for most similar group of forces"


def test_a_restated_share_before_its_place_and_a_theme_scored_positive_in_brackets():
    r = rows("In other units, the turnover rate was much lower, at 15% or more than one in seven in the Dog Unit and 22% "
             "or just under one in four, in the Marine Unit.\n\nStaff survey results by theme:\n\n- Your wellbeing (48% "
             "positive)")
    assert r["22%"]["measure"] == "turnover rate in the Marine Unit"
    assert r["one in four"]["measure"] == "turnover rate in the Marine Unit"
    assert r["48%"]["measure"] == "share of responses positive on Your wellbeing"


def test_a_share_opening_a_sentence_is_of_the_group_the_sentence_before_gave_shares_of():
    r = rows("Response teams have more women than the rest of the workforce. 36% of response officers and staff are "
             "women, compared with 27% who are in other roles. 17% are from ethnic minorities, compared to 12% who are "
             "in other roles.\n\nResponse times rose. Priority incidents took longer, and one in five (22%) took more "
             "than 6 hours.")
    assert r["17%"]["measure"] == "share of response officers and staff from ethnic minorities"
    assert r["22%"]["subject"] != "response officers and staff"


def test_reporting_verbs_end_the_group_and_a_resource_set_against_is_not_part_of_it():
    r = rows("Around two thirds (64%) of respondents to the Norfolk victim survey said they had been kept informed of "
             "progress.\n\nThe vetting unit had 11 staff in post against an establishment of 16.\n\nTrust in the force "
             "was 73% among White residents but only 55% among Black residents.")
    assert r["64%"]["measure"] == ("share of respondents to the Norfolk victim survey who said they had been kept "
                                   "informed of progress")
    assert r["11"]["subject"] == "staff in post"
    assert r["55%"]["measure"] == "Trust in the force among Black residents"


def test_parts_of_a_review_take_its_period():
    r = rows("We reviewed 80 case files of domestic abuse crimes recorded by Durham Constabulary between January and "
             "June 2023; in 55 the investigation was effective. A DASH risk assessment was recorded in 71 files, but "
             "only 48 of the 66 files graded medium or high risk showed that a safety plan had been put in place.")
    assert (r["55"]["period_start"], r["55"]["period_end"]) == (date(2023, 1, 1), date(2023, 6, 30))
    assert r["71"]["period_start"] == date(2023, 1, 1)
    assert r["66"]["period_end"] == date(2023, 6, 30)


def test_points_beside_a_rate_a_bare_time_set_against_a_time_and_so_many_a_head():
    r = rows("The share of victims satisfied was 71%, 4 points lower than in 2022.\n\nThe average response time was "
             "about 19 minutes, against 11 in towns.\n\nInvestigators are carrying 28 high risk crimes a head.\n\nThe "
             "team scored 12 points in the quiz.")
    assert (r["4"]["unit"], r["4"]["value"]) == ("percentage_points", -4.0)
    assert (r["11"]["unit"], r["11"]["comparator_value"]) == ("duration_minutes", 19.0)
    assert r["28"]["unit"] == "rate"
    assert r["12"]["unit"] == "count"


def test_in_so_many_of_the_cases_opening_a_sentence_ends_at_its_comma():
    r = rows("In 17 of the 50 cases we reviewed, officers had not recorded why no arrest was made.\n\nIn 9 of the 25 "
             "files, supervisors had set clear actions.")
    assert r["17"]["measure"] == ("number of cases we reviewed in which officers had not recorded why no arrest was "
                                  "made")
    assert r["17"]["base_value"] == 50.0
    assert r["9"]["measure"] == "number of files in which supervisors had set clear actions"


def test_the_number_before_a_change_is_what_is_counted_not_the_change():
    r = rows("The number of officers on restricted duties in Cumbria has doubled since 2018 to 260.\n\nThe proportion "
             "of racially aggravated complaints rose from 3% of all complaints to 5%.")
    assert r["260"]["measure"] == "number of officers on restricted duties in Cumbria"
    assert r["3%"]["measure"] == "share of complaints made up by racially aggravated complaints"


def test_so_many_times_higher_for_one_group_than_another_is_a_comparison_not_a_change():
    r = rows("Searches under section 1 were 2.7 times higher for Black residents than for White residents, and 1.4 "
             "times higher for Asian residents.\n\nThe caution rate was twice as high for girls as for boys.")
    assert (r["2.7 times"]["subject"], r["2.7 times"]["comparator"]) == ("Black residents", "White residents")
    assert r["2.7 times"]["value_kind"] == "level" and r["2.7 times"]["direction"] is None
    assert r["1.4 times"]["measure"] == "Searches under section 1 for Asian residents relative to White residents"
    assert r["twice"]["measure"] == "caution rate for girls relative to boys"


def test_what_was_done_for_a_share_of_a_group_reads_for_whom():
    r = rows("A safety plan was recorded for 62% of high-risk victims in Wiltshire.\n\nAn interpreter was offered "
             "to 14 of the 30 detainees who needed one.\n\nWomen made up 29% of sergeants.")
    assert r["62%"]["measure"] == "share of high-risk victims in Wiltshire for whom a safety plan was recorded"
    assert r["14"]["measure"] == "number of detainees who needed one to whom an interpreter was offered"
    assert r["29%"]["measure"] == "share of sergeants made up by Women"


def test_what_averaged_a_time_is_its_average_and_a_coordinated_number_ends_the_predicate():
    r = rows("The wait for a toxicology report averaged 96 days.\n\nIn 2023, 27 officers were dismissed and a further 9 "
             "retired before their hearing.\n\nOf the 420 children detained, a fifth were aged between 10 and 14.")
    assert r["96 days"]["measure"] == "average wait for a toxicology report"
    assert r["27"]["measure"] == "number of officers dismissed"
    assert r["a fifth"]["measure"].endswith("aged between 10 and 14")


def test_a_share_that_restates_the_count_before_it_is_that_count_as_a_share_of_the_whole():
    r = rows("There are 96 vacancies for detectives, around 12% of the establishment.\n\nSome 210 officers (6% of the "
             "workforce) were on restricted duties in Gwent.")
    assert r["12%"]["measure"] == "vacancies for detectives as a share of establishment"
    assert r["210"]["measure"] == "number of officers who were on restricted duties in Gwent"
    assert r["6%"]["measure"] == "officers who were on restricted duties in Gwent as a share of workforce"


def test_waiting_counts_a_level_reached_in_units_and_a_reference_named_in_full():
    r = rows("At the time of our visit, 860 crimes in Suffolk were waiting to be allocated.\n\nUse of spit guards rose "
             "by 18% on the previous year, to 412 incidents.\n\nThe sickness rate for staff was 4.2%, above the 3.6% "
             "average for forces in England and Wales.\n\n\"We have 300 shifts to fill – most are nights.\"")
    assert r["860"]["measure"] == "number of crimes in Suffolk that were waiting to be allocated"
    assert r["412"]["measure"] == "Use of spit guards (number of incidents)"
    assert r["4.2%"]["comparator"] == "average for forces in England and Wales"
    assert r["3.6%"]["comparator"] is None
    assert r["300"]["subject"] == "shifts to fill"


def test_a_second_figure_keeps_its_own_conditions_and_group():
    r = rows("Officers reached 82% of emergencies within 15 minutes in towns and 68% within 20 minutes in rural "
             "areas.\n\nSatisfaction was 77% for victims of burglary and 64% for victims of stalking.\n\nThe find rate "
             "for drug searches was 24%, compared with 31% for searches for weapons.")
    assert r["82%"]["measure"].endswith("within 15 minutes in towns")
    assert r["68%"]["measure"] == "share of emergencies reached within 20 minutes in rural areas"
    assert r["64%"]["measure"] == "Satisfaction for victims of stalking"
    assert r["31%"]["measure"] == "find rate for searches for weapons"
    assert rows("The detection rate was 12% for the third year running.")["12%"]["measure"] == "detection rate"


def test_another_figure_after_and_is_not_a_predicate_and_a_bracketed_share_restates_its_count():
    r = rows("Violence against women accounted for 19% of all recorded crime and a quarter of violent crime.\n\n"
             "Around 900 cases (14%) were closed within a day of being recorded.\n\nNorfolk had 48 fewer PCSOs than "
             "in 2015.\n\nIts rate was 198 officers per 100,000 people, fewer than the average of 224.")
    assert r["19%"]["measure"] == "share of recorded crime made up by Violence against women"
    assert r["a quarter"]["measure"] == "share of violent crime made up by Violence against women"
    assert r["14%"]["measure"] == "share of cases closed within a day of being recorded"
    assert (r["48"]["comparator"], r["48"]["direction"]) == ("2015", "fall")
    assert (r["198"]["comparator_value"], r["224"]["value_kind"]) == (224.0, "level")


def test_compound_number_words_an_overspend_and_a_projected_level():
    r = rows("Thirty-seven per cent of respondents in Cleveland said they felt safe after dark.\n\nOf the 900 "
             "applicants, 41% were women and 9% from ethnic minority backgrounds.\n\nThe estates budget was overspent "
             "by £1.6m.\n\nThe force's funding gap is projected to reach £12m by 2027/28. The force aims to reach 40% "
             "by 2026.")
    assert (r["Thirty-seven per cent"]["value"], r["Thirty-seven per cent"]["unit"]) == (37.0, "percent")
    assert r["9%"]["measure"] == "share of applicants who are from ethnic minority backgrounds"
    assert r["£1.6m"]["measure"] == "overspend against estates budget"
    assert r["£12m"]["subject"] == "force's funding gap"
    assert r["40%"]["measure"] is None


def test_rates_named_by_their_measure_groups_after_a_rate_and_changes_restated():
    r = rows("Complaints per 1,000 employees in Surrey rose to 388, compared with the national rate of 297.\n\nAsian "
             "people were stopped and searched at a rate of 8.9 per 1,000, compared with 3.1 per 1,000 for White "
             "people.\n\nThe force's victim satisfaction rate of 69% was the fourth lowest of the 43 forces.\n\n"
             "Officer numbers in Dorset are now 6% higher than in March 2010.\n\nThe backlog fell by 1,900 files, or "
             "31%, in six months.")
    assert (r["388"]["unit"], r["297"]["unit"]) == ("rate_per_1000", "rate_per_1000")
    assert r["8.9"]["measure"] == "rate at which Asian people were stopped and searched per 1,000"
    assert (r["3.1"]["subject"], r["8.9"]["comparator"]) == ("White people", "White people")
    assert r["69%"]["measure"] == "force's victim satisfaction rate"
    assert (r["6%"]["comparator"], r["6%"]["value"]) == ("March 2010", 6.0)
    assert (r["31%"]["value_kind"], r["31%"]["value"]) == ("change", -31.0)


def test_an_audit_period_set_by_a_sentence_without_figures_carries_to_the_audit_results():
    r = rows("Our audit covered incidents reported to Avon and Somerset Police between 1 March and 31 August 2024. "
             "The force recorded 89.7% of reportable crimes. For sexual offences the rate was 84.1%.\n\n"
             "The hub was opened in 2021 to cut delays. Staff sent 22 percent of files back.")
    assert (r["89.7%"]["period_start"], r["89.7%"]["period_end"]) == (date(2024, 3, 1), date(2024, 8, 31))
    assert r["84.1%"]["period_end"] == date(2024, 8, 31)
    assert r["22 percent"]["period"] is None


def test_an_earlier_inspection_named_as_a_reference_does_not_stop_the_period_carrying_on():
    r = rows("In 2023/24 Lancashire Constabulary recorded 88.1% of reportable crimes, compared with 84.6% at our 2019 "
             "inspection. Rape was recorded correctly in 96% of cases.")
    assert r["96%"]["period_start"] == date(2023, 4, 1)
    assert r["84.6%"]["period"] is None


def test_superlative_groups_gapped_clauses_and_a_share_after_a_semicolon():
    r = rows("The vacancy rate in Essex was highest in the control room (16%) and lowest in response (2%).\n\nTurnover "
             "was highest among detectives (13%) and call handlers (19%).\n\nVehicle crime fell by 14% and burglary "
             "6%.\n\nThe force received 2,040 complaints in 2023/24; 31% were about the level of service.")
    assert (r["16%"]["subject"], r["16%"]["measure"]) == ("control room", "vacancy rate in Essex in control room")
    assert r["2%"]["measure"] == "vacancy rate in Essex in response"
    assert r["19%"]["measure"] == "turnover among call handlers"
    assert (r["6%"]["measure"], r["6%"]["value"]) == ("change in burglary", -6.0)
    assert r["31%"]["measure"] == "share of complaints that are about the level of service"
    assert rows("Cumbria employs 1,320 officers, 740 police staff, 95 PCSOs and 61 special constables.")["95"]["subject"] \
        == "PCSOs"


def test_twice_after_a_verb_is_two_occasions_and_another_number_ends_a_relative_clause():
    r = rows("A victim in Durham said she had been updated twice in 14 months.\n\nOfficers said there were 17 response "
             "officers on a shift that should have 28.")
    assert (r["twice"]["unit"], r["twice"]["measure"]) == ("count", "number of times victim in Durham had been updated")
    assert "28" not in (r["17"]["measure"] or "")
    assert rows("Women were twice as likely to be victims of stalking.")["twice"]["unit"] == "multiplier"


def test_had_been_on_a_second_allocation_and_a_share_that_did_the_same():
    r = rows("Around 410 suspects in Norfolk had been on bail for more than six months.\n\nThe commissioner allocated "
             "£620,000 to victim services and £1.4m to violence reduction.\n\nMost respondents (64%) felt safe after "
             "dark, but only 41% of women did.")
    assert r["410"]["measure"] == "number of suspects in Norfolk who had been on bail for more than six months"
    assert r["£1.4m"]["measure"] == "allocation to violence reduction"
    assert r["41%"]["measure"] == "share of women who felt safe after dark"


def test_it_after_a_backlog_is_the_backlog_and_a_share_after_and_is_of_the_reports_counted():
    r = rows("Hertfordshire has a backlog of digital devices awaiting examination. At the end of March 2024 it stood at "
             "1,180.\n\nIn 2023, 2,960 reports were made, and 58% were about children in care.")
    assert r["1,180"]["measure"] == "backlog of digital devices awaiting examination"
    assert r["2,960"]["measure"] == "number of reports made"
    assert r["58%"]["measure"] == "share of reports that are about children in care"


def test_one_for_every_is_a_ratio_an_outcome_number_is_a_name_and_a_target_met_in_a_share_of_cases():
    r = rows("There was one sergeant for every 9 constables on neighbourhood teams.\n\nSome 1,310 crimes in Devon were "
             "closed as outcome 16.\n\nThe force met its 20-minute target in 74% of cases.\n\nThe proportion of 101 "
             "calls abandoned fell by 4.1 percentage points to 12.9%.")
    assert (r["9"]["unit"], r["9"]["value"], r["9"]["measure"]) == ("ratio", 9.0, "constables on neighbourhood teams "
                                                                                  "per sergeant")
    assert "16" not in r
    assert r["74%"]["measure"] == "share of cases in which the force met its 20-minute target"
    assert r["12.9%"]["measure"] == "proportion of 101 calls abandoned"


def test_a_target_exceeded_or_missed_is_paired_and_a_noun_before_we_reviewed_is_not_a_verb():
    r = rows("By March 2024, 95% of officers in Kent had completed the training, exceeding the 90% target.\n\nOf the 240 "
             "missing person reports we reviewed, 33 involved children.")
    assert (r["95%"]["comparator"], r["95%"]["comparator_value"]) == ("target", 90.0)
    assert r["240"]["measure"] == "number of missing person reports we reviewed"


def test_a_period_after_for_is_not_the_subject():
    r = rows("Cumbria Constabulary's precept for 2024/25 rose by 4.99% to £298.62.")
    assert r["£298.62"]["subject"] == "Cumbria Constabulary's precept"
    assert r["£298.62"]["measure"] == "Cumbria Constabulary's precept for 2024/25"


def test_the_main_verb_after_we_examined_ends_the_noun_phrase():
    r = rows("A quarter of the 80 files we examined contained no record of the victim's views.")
    assert r["80"]["measure"] == "number of files we examined"
    assert r["A quarter"]["measure"] == "share of files we examined that contained no record of the victim's views"
