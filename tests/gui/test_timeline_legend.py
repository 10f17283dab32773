"""The timeline's legend wraps on a narrow screen instead of cutting its last entries."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from gui.views.timeline_legend import LegendStrip


def _rows(strip: LegendStrip) -> dict[int, list[str]]:
    rows: dict[int, list[str]] = {}
    for label in strip.legend.findChildren(QLabel):
        if label.text():
            top = label.mapTo(strip.legend, label.rect().topLeft()).y()
            rows.setdefault(top, []).append(label.text())
    return rows


def test_a_wide_legend_is_one_row_and_a_narrow_one_wraps_every_entry(qtbot):
    strip = LegendStrip()
    qtbot.addWidget(strip)
    strip.resize(1200, 40)
    strip.show()
    qtbot.waitExposed(strip)
    wide = _rows(strip)
    assert len(wide) == 1
    entries = next(iter(wide.values()))
    assert "In force" in entries

    strip.resize(420, strip.height())
    qtbot.waitUntil(lambda: len(_rows(strip)) > 1)
    narrow = _rows(strip)
    assert sorted(text for row in narrow.values() for text in row) == sorted(entries)
    assert strip.height() >= strip.legend.sizeHint().height()
    for label in strip.legend.findChildren(QLabel):
        right = label.mapTo(strip, label.rect().topRight()).x()
        assert right <= strip.width(), label.text()  # nothing runs off the strip
