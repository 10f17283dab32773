"""Tables keep their heading with at least three rows, and never leave a tail that short."""

from reportlab.platypus import Table

from core.report.keeprows import MIN_ROWS, KeepRowsTable

ROW = 20.0


def _table(rows: int) -> KeepRowsTable:
    data = [["Heading"]] + [[f"row {i}"] for i in range(rows)]
    return KeepRowsTable(data, colWidths=[100], rowHeights=[ROW] * (rows + 1), repeatRows=1)


def _body(part: Table) -> int:
    return part._nrows - 1


def test_a_heading_with_fewer_than_three_rows_moves_to_the_next_page():
    assert _table(10).split(200, ROW * 3.5) == []  # room for the heading and two rows


def test_a_short_tail_pulls_rows_over_with_it():
    head, tail = _table(10).split(200, ROW * 10.5)  # plain ReportLab would leave one row
    assert _body(tail) == MIN_ROWS
    assert _body(head) == 10 - MIN_ROWS


def test_a_good_split_is_kept():
    head, tail = _table(10).split(200, ROW * 6.5)
    assert (_body(head), _body(tail)) == (5, 5)


def test_a_short_table_that_cannot_keep_three_rows_on_each_side_moves_whole():
    assert _table(4).split(200, ROW * 4.5) == []
