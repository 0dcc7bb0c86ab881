"""Tables: detection, layouts, typed values, units and real cells of the Casey Review."""
import pytest

from pipeline.document import Document
from pipeline.extract.tables import extract_tables
from pipeline.numbers import parse_cell_number


@pytest.mark.parametrize("text,value,unit,footnote", [
    ("872,841", 872841.0, None, None), ("8%", 8.0, "percent", None), ("-0.5%", -0.5, "percent", None),
    ("+173%¹⁹⁶", 173.0, "percent", 196), ("£3.2bn", 3.2e9, "gbp", None), ("0.0", 0.0, None, None),
    ("£72.5k", 72500.0, "gbp", None), ("2.5x", 2.5, "multiplier", None),
])
def test_cell_numbers_read_as_a_reader_would(text, value, unit, footnote):
    n = parse_cell_number(text)
    assert (n.value, n.unit_hint, n.footnote) == (value, unit, footnote)


@pytest.mark.parametrize("text", ["Burglary", "5/10/21", "2010-11", "n/a", "Good use of resources", "1st"])
def test_text_is_never_coerced(text):
    assert parse_cell_number(text) is None


def test_dash_means_none():
    n = parse_cell_number("-")
    assert n.is_dash and n.value is None


def cells_of(text):
    tables, cells = extract_tables(Document("t", text, "Test"))
    return tables, {(c["row_label"], c["column_label"]): c for c in cells}


def test_caption_header_units_and_scaling():
    text = ("Figure 2.2: Spend, 2010-11 to 2011-12²⁴\n\n"
            "(£000's)\t2010-11\t2011-12\nActual spend\t3,557,789\t3,692,002\n")
    tables, cells = cells_of(text)
    assert tables[0]["label"] == "Figure 2.2" and tables[0]["footnote"] == 24 and tables[0]["caption"] == "Spend, 2010-11 to 2011-12"
    cell = cells[("Actual spend", "2011-12")]
    assert (cell["value"], cell["unit"], cell["quote"]) == (3692002.0, "gbp_thousands", "3,692,002")


def test_a_table_written_with_pipes_is_a_table_and_not_prose():
    text = ("Table 3: Custody in Gwent Police, by year\n\n"
            "| Year | Detainees | Held over 24 hours |\n|---|---|---|\n| 2022 | 9,410 | 6% |\n| 2023 | 8,875 | 7% |\n\n"
            "Most detainees were released within a day.\nIssued: March 2024 | © Gwent PCC\n")
    tables, cells = cells_of(text)
    assert len(tables) == 1 and tables[0]["label"] == "Table 3"
    cell = cells[("2023", "Held over 24 hours")]
    assert (cell["value"], cell["unit"], cell["quote"]) == (7.0, "percent", "7%")
    assert text[cell["char_start"]:cell["char_end"]] == "7%"
    assert cells[("2022", "Detainees")]["value"] == 9410.0
    from pipeline.extract.metrics import extract_metrics
    assert not [m for m in extract_metrics(Document("t", text)) if m["surface"] in ("9,410", "7%")]


def test_table_in_two_parts_is_merged():
    text = ("Figure 1: Two parts\n\n\tA\tB\nRow one\t1\t2\nRow two\t3\t4\n\n"
            "\tC\tD\nRow one\t5\t6\nRow two\t7\t8\n")
    tables, cells = cells_of(text)
    assert len([t for t in tables if t["kind"] == "data_table"]) == 1
    assert cells[("Row two", "D")]["value"] == 8.0 and tables[0]["n_cols"] == 5


def test_multi_row_header_title_row_and_footnote_line():
    text = ("Figure 3: Grouped\n\nTITLE OF THE TABLE\t\t\t\t\n"
            "\tGroup A\t\tGroup B\t\n\tn\t%\tn\t%\n2019\t10\t5%\t20\t10%\n"
            "¹² a footnote that interrupts the table\n2020\t11\t6%\t21\t11%\n")
    tables, cells = cells_of(text)
    data = [t for t in tables if t["kind"] == "data_table"][0]
    assert data["n_header_rows"] == 2 and data["n_rows"] == 2 and data["caption"] == "Grouped"
    assert cells[("2020", "Group B / %")]["value"] == 11.0
    assert cells[("2019", "Group A / n")]["unit"] == "count"


def test_ragged_rows_empty_corner_and_html_debris():
    text = "Figure 4: Ragged\n\n\tX\tY\n<p>Alpha</p>\t1\nBeta\t2\t3\n"
    _, cells = cells_of(text)
    assert cells[("Alpha", "X")]["value"] == 1.0 and ("Alpha", "Y") not in cells
    assert cells[("Beta", "Y")]["text"] == "3"


def test_caption_without_table_is_a_chart():
    tables, cells = cells_of("Figure 5.1: A chart whose data is not in the text\n\nSome prose follows here.\n")
    assert [t["kind"] for t in tables] == ["chart_without_data"] and not cells


def test_judgment_pivot_table_keeps_column_positions():
    text = "Outstanding\tGood\tAdequate\n\tPreventing crime\t\n\t\tTreatment of the public\n"
    tables, cells = cells_of(text)
    assert tables[0]["kind"] == "judgment_table"
    assert {c["text"]: c["column_label"] for c in cells.values()} == {
        "Preventing crime": "Good", "Treatment of the public": "Adequate"}


def test_contents_list_is_not_a_table(peel2021):
    tables, _ = extract_tables(peel2021)
    assert all(t["line"] > 50 for t in tables)


@pytest.fixture(scope="module")
def casey_tables(casey):
    tables, cells = extract_tables(casey)
    by_label = {}
    for t in tables:
        by_label.setdefault(t["label"], []).append(t)
    return tables, cells, by_label


def cell(casey_tables, label, row, column, occurrence=0):
    tables, cells, by_label = casey_tables
    table = [t for t in by_label[label] if t["kind"] != "chart_without_data"][occurrence]
    return next(c for c in cells if c["table_id"] == table["table_id"] and c["row_label"] == row and c["column_label"] == column)


def test_casey_figure_1_2_burglary(casey_tables):
    c = cell(casey_tables, "Figure 1.2", "Number of offences", "Burglary")
    # section 1.2 runs from page 38 to page 47: the figure's page is bounded, not known
    assert (c["value"], c["unit"], c["page"], c["page_start"], c["page_end"]) == (53864.0, "count", None, 38, 47)
    assert c["citation"] == "Casey Review (2023), pp. 38\u201347, Figure 1.2"
    rate = cell(casey_tables, "Figure 1.2", "rate per 1000 population", "Theft")
    assert (rate["value"], rate["unit"]) == (27.4, "rate_per_1000")
    share = cell(casey_tables, "Figure 1.2", "1 year change % of all crime", "Theft")
    assert (share["value"], share["unit"]) == (4.3, "percentage_points")


def test_casey_figure_2_2_real_terms_spend(casey_tables):
    c = cell(casey_tables, "Figure 2.2", "Real terms spend (2022)", "2021-22")
    assert (c["value"], c["unit"]) == (3883030.0, "gbp_thousands")


def test_casey_figure_3_1_has_a_title_row_and_total(casey_tables):
    c = cell(casey_tables, "Figure 3.1", "TOTAL", "% completion by Police Officers")
    assert (c["value"], c["unit"]) == (18.8, "percent")
    _, _, by_label = casey_tables
    assert by_label["Figure 3.1"][0]["caption"].startswith("Met Performance and Development Review")


def test_casey_figure_9_3_7_footnote_in_header_and_signed_cells(casey_tables):
    tables, cells, by_label = casey_tables
    table_id = by_label["Figure 9.3.7"][0]["table_id"]
    signed = next(c for c in cells if c["table_id"] == table_id and c["text"] == "+173%")
    assert signed["value"] == 173.0 and signed["unit"] == "percent"
    assert any("¹⁹⁶" not in (c["column_label"] or "") and "Conditional probability" in (c["column_label"] or "")
               for c in cells if c["table_id"] == table_id)


def test_casey_repeated_labels_get_distinct_ids(casey_tables):
    _, _, by_label = casey_tables
    assert len(by_label["Figure 2.5"]) == 2
    assert len({t["table_id"] for t in by_label["Figure 2.5"]}) == 2


def test_casey_catalogue_counts(casey_tables):
    tables, _, _ = casey_tables
    kinds = [t["kind"] for t in tables]
    assert kinds.count("chart_without_data") == 52 and kinds.count("data_table") >= 12


def test_chart_title_printed_as_an_empty_heading_is_catalogued(peel2021):
    tables, _ = extract_tables(peel2021)
    charts = [t for t in tables if t["kind"] == "chart_without_data"]
    assert [c["caption"][:40] for c in charts] == ["Person stop and searches per 1,000 popul",
                                                   "Proportion of the workforce (that stated"]
    assert charts[0]["label"] is None and (charts[0]["page"], charts[0]["page_start"], charts[0]["page_end"]) == (None, 13, 19)
