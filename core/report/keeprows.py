"""A table that never leaves its heading with fewer than three rows, nor a tail that short.

ReportLab splits a table at whatever row fits; a split that would leave fewer than
`MIN_ROWS` body rows on either side is moved instead: the head waits for the next page,
or the cut moves up so that the tail takes `MIN_ROWS` rows.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable, Table

MIN_ROWS = 3
"""Fewest body rows a table shows under its heading on a page."""

FRESH_PAGE = 500.0
"""Room (points) that means a page is (nearly) empty: there, ReportLab's split is kept, since
moving to the next page would not give more room (rows that tall would never fit)."""


class KeepRowsTable(Table):
    """`Table` whose splits keep at least `MIN_ROWS` body rows on each side."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """ReportLab's split, moved so that no part has fewer than `MIN_ROWS` body rows."""
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) != 2 or availHeight >= FRESH_PAGE:
            return parts
        head, tail = parts
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        if _body(head, repeat) < MIN_ROWS:
            return []  # the whole table starts on the next page
        if _body(tail, repeat) >= MIN_ROWS:
            return parts
        short = MIN_ROWS - _body(tail, repeat)
        heights: list[float] = getattr(self, "_rowHeights", [])  # set by ReportLab's split
        moved = sum(heights[_rows(head) - short : _rows(head)])
        parts = super().split(availWidth, availHeight - moved)
        if len(parts) == 2 and _body(parts[0], repeat) >= MIN_ROWS:
            return parts
        return []


def _rows(table: Flowable) -> int:
    """Rows of a split part (ReportLab keeps the count only in a private attribute)."""
    count: int = getattr(table, "_nrows", 0)
    return count


def _body(table: Flowable, repeat: int) -> int:
    """Body rows of a split part (its repeated heading rows aside)."""
    return _rows(table) - repeat
