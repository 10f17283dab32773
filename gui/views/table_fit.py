"""Tables that fit a laptop screen: row labels on two lines, and the width a table needs."""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

LONG_LABEL = 24
"""Row labels longer than this many characters are broken onto two lines."""
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def read_only_item(text: str, align_right: bool = True) -> QTableWidgetItem:
    """A table cell to read and select, not to edit; numbers stand to the right."""
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(RIGHT)
    return item


def two_lines(label: str, longest: int = LONG_LABEL) -> str:
    """`label` broken at the space or after the hyphen nearest its middle, if over `longest`.

    A table of key figures then needs about half the width for its row labels.
    """
    breaks = [(i, i + 1) for i, char in enumerate(label) if char == " "]
    breaks += [(i + 1, i + 1) for i, char in enumerate(label[:-1]) if char == "-"]
    if len(label) <= longest or not breaks:
        return label
    middle = len(label) / 2
    end, start = min(breaks, key=lambda cut: abs(cut[0] - middle))
    return label[:end] + "\n" + label[start:]


def wrap_row_labels(table: QTableWidget, labels: list[str]) -> None:
    """Set the row labels on at most two lines; rows grow to hold them."""
    table.setVerticalHeaderLabels([two_lines(label) for label in labels])
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def needed_width(table: QTableWidget) -> int:
    """The width at which `table` shows every column whole, beside a vertical scroll bar."""
    header = table.horizontalHeader()
    columns = sum(
        max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
        for c in range(table.columnCount())
    )
    rows = table.verticalHeader().sizeHint().width() if table.verticalHeader().isVisible() else 0
    scroll = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return columns + rows + scroll + 2 * table.frameWidth()


def set_tooltips(table: QTableWidget, tooltips: list[str]) -> None:
    """Give each column header its tooltip: the full name behind a short header."""
    for column, tooltip in enumerate(tooltips):
        item = table.horizontalHeaderItem(column)
        if item is not None:
            item.setToolTip(tooltip)


def set_row(table: QTableWidget, row: int, cells: Sequence[str]) -> None:
    """Fill `row` with `cells`: the first a label, the others numbers aligned right."""
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if column:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, column, item)


def fit_in_splitter(splitter: QSplitter, table: QTableWidget, most: Fraction) -> None:
    """Give `table` the width it needs, at most `most` of `splitter`; the rest to the other.

    The splitter holds two widgets, `table` being one of them (either side).
    """
    total = sum(splitter.sizes())
    if total <= 0 or table.rowCount() == 0:
        return
    width = min(needed_width(table), int(total * most))
    first = splitter.indexOf(table) == 0
    splitter.setSizes([width, total - width] if first else [total - width, width])


def side_by_side(parent: QWidget, first: QWidget, second: QWidget, first_width: int) -> QSplitter:
    """A horizontal splitter of `first` and `second`, growing 3 to 2.

    `first_width` (against 480 for `second`) sets the split before the first fit: a
    table's size hint would take most of the width.
    """
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.addWidget(first)
    splitter.addWidget(second)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([first_width, 480])
    return splitter
