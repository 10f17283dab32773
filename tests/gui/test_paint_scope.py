"""An edit does only the work its change needs, and every view still shows the new values."""

import pytest
from PySide6.QtCore import QEvent, QObject

from gui.views.assumption_model import AssumptionModel
from gui.views.figure_card import FigureCard


def _row(model: AssumptionModel, name: str) -> int:
    return next(i for i, r in enumerate(model.rows) if r.spec and r.spec.name == name)


def _edit(qtbot, main_window, name: str, value: str) -> None:
    model = main_window.assumptions_panel.model
    with qtbot.waitSignal(main_window.session.projection_changed):
        model.setData(model.index(_row(model, name), 0), value)


def test_an_edit_draws_the_charts_without_building_the_table(qtbot, main_window):
    _edit(qtbot, main_window, "revenue_base", "20")
    projection = main_window.session.projection
    assert "table" not in projection.__dict__  # the pandas frame was never built
    _, revenue = main_window.charts_view.charts["revenue"].curves["revenue"].getData()
    first_year = projection.arrays.columns["revenue"][0][: projection.grid.n].sum()
    assert revenue[0] == pytest.approx(first_year, rel=1e-12)


class _Events(QObject):
    """Counts the events of some types that reach the watched objects."""

    def __init__(self, *types: QEvent.Type) -> None:
        super().__init__()
        self.types = types
        self.seen: list[tuple[QObject, QEvent.Type]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in self.types:
            self.seen.append((watched, event.type()))
        return False

    def count(self, watched: QObject, kind: QEvent.Type) -> int:
        return sum(1 for w, t in self.seen if w is watched and t == kind)


def _card(qtbot) -> FigureCard:
    card = FigureCard("partner_value_npv")
    qtbot.addWidget(card)
    card.resize(300, 120)
    card.show_figure("Value of the deal", "$98.9B", "NPV $26.9B", "")
    card.show()
    qtbot.waitExposed(card)
    qtbot.wait(20)
    return card


def test_a_new_value_that_fits_repaints_the_card_without_a_relayout(qtbot):
    card = _card(qtbot)
    events = _Events(QEvent.Type.LayoutRequest, QEvent.Type.Paint)
    for watched in (card, card.value_label):
        watched.installEventFilter(events)
    height = card.height()
    card.show_figure("Value of the deal", "$99.4B", "NPV $27.1B", "")
    qtbot.waitUntil(lambda: events.count(card.value_label, QEvent.Type.Paint) > 0)
    qtbot.wait(20)
    assert card.value_label.text() == "$99.4B"
    assert card.detail_label.text() == "NPV $27.1B"
    assert events.count(card, QEvent.Type.LayoutRequest) == 0
    assert card.height() == height
    assert card.toolTip() == "Value of the deal: $99.4B; NPV $27.1B"


def test_a_line_that_appears_or_a_value_too_wide_still_lays_the_card_out(qtbot):
    card = _card(qtbot)
    events = _Events(QEvent.Type.LayoutRequest)
    card.installEventFilter(events)
    height = card.sizeHint().height()
    card.show_figure("Value of the deal", "$99.4B", "NPV $27.1B", "+$0.5B since the last edit")
    qtbot.waitUntil(lambda: events.count(card, QEvent.Type.LayoutRequest) > 0)
    assert card.change_label.isVisibleTo(card)
    assert card.sizeHint().height() > height  # room for the new line
    wide = "$1,234,567,890,123,456.7B and then some more text"
    assert card.value_label.fontMetrics().horizontalAdvance(wide) > card.value_label.width()
    before = events.count(card, QEvent.Type.LayoutRequest)
    card.show_figure("Value of the deal", wide, "NPV $27.1B", "+$0.5B since the last edit")
    qtbot.waitUntil(lambda: events.count(card, QEvent.Type.LayoutRequest) > before)
    minimum = card.value_label.fontMetrics().horizontalAdvance(wide)
    assert card.minimumSizeHint().width() >= minimum


def test_a_narrower_card_measures_a_value_set_without_a_relayout(qtbot):
    card = _card(qtbot)
    value = "$99,999.9B"
    card.show_figure("Value of the deal", value, "NPV $27.1B", "")
    needed = card.value_label.fontMetrics().horizontalAdvance(value)
    events = _Events(QEvent.Type.LayoutRequest)
    card.installEventFilter(events)
    card.resize(needed // 2, card.height())
    qtbot.waitUntil(lambda: events.count(card, QEvent.Type.LayoutRequest) > 0)
    assert card.minimumSizeHint().width() >= needed


def test_an_edit_leaves_the_agi_threshold_line_as_it_was(qtbot, main_window, monkeypatch):
    chart = main_window.charts_view.charts["agi"]
    calls: list[tuple] = []
    original = chart.threshold.setData
    monkeypatch.setattr(
        chart.threshold, "setData", lambda *a, **k: (calls.append(a), original(*a, **k))
    )
    _edit(qtbot, main_window, "revenue_base", "20")
    assert calls == []
    _, levels = chart.threshold.getData()
    assert list(levels) == [100.0, 100.0]  # the test contract's AGI threshold, $100B
