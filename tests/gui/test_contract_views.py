"""Clause inspector, explain panel, version comparison and the contract docks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMainWindow

from core.edits.workspace import CellChange
from core.files import bundled_contracts
from gui import projection_cache
from gui.contract_docks import install_contract_docks
from gui.session import Session
from gui.views.clause_inspector import ClauseInspector
from gui.views.explain_panel import ExplainPanel
from gui.views.version_compare_view import VersionCompareView
from tests.gui.windows import RECAP, shown

REVISION = "microsoft-openai-2025-01"


@pytest.fixture
def session(recap_session: Session) -> Session:
    return recap_session


def test_inspector_shows_a_clause_in_plain_words(qtbot, session):
    inspector = shown(qtbot, ClauseInspector(session))
    inspector.show_clause("revenue-share")
    text = inspector.text()
    assert "Revenue share to Microsoft until AGI" in text
    assert "20.0% of OpenAI's revenue, paid to Microsoft" in text
    assert "Reported" in text
    assert "Ended by the AGI clause from 2034Q3" in text
    # What the clause drives, named with the parties, and the value in this scenario.
    assert "Revenue share paid to Microsoft" in text
    assert "Value of the deal to Microsoft, NPV" in text
    assert "https://openai.com/index/next-chapter-of-microsoft-openai-partnership/" in (
        inspector.browser.toHtml()
    )


def test_inspector_opens_sources_and_follows_clause_links(qtbot, session):
    inspector = shown(qtbot, ClauseInspector(session))
    opened = []
    inspector.open_url = opened.append
    inspector.show_clause("agi")
    inspector.browser.anchorClicked.emit(QUrl("https://openai.com/index/x/"))
    assert opened == [QUrl("https://openai.com/index/x/")]
    with qtbot.waitSignal(inspector.clause_selected) as blocker:
        inspector.browser.anchorClicked.emit(QUrl("clause:ip-research"))
    assert blocker.args == ["ip-research"]
    assert inspector.clause_id == "ip-research"


def test_inspector_shows_an_event(qtbot, session):
    inspector = shown(qtbot, ClauseInspector(session))
    inspector.show_event(0)
    assert "Microsoft invests $1B in OpenAI" in inspector.text()
    assert "22 July 2019" in inspector.text()


def test_explain_panel_shows_the_steps_for_a_period(qtbot, session):
    panel = shown(qtbot, ExplainPanel(session))
    panel.show_explanation("revenue_share", "2029Q3")
    assert panel.figure_box.currentData() == "revenue_share"
    assert panel.period_box.currentText() == "2029Q3"
    assert panel.explanation is not None
    assert panel.text().startswith("2029Q3 revenue share $")
    assert "20.0%" in panel.text()
    html = panel.browser.toHtml()
    assert 'href="clause:revenue-share"' in html
    with qtbot.waitSignal(panel.clause_selected) as blocker:
        panel.browser.anchorClicked.emit(QUrl("clause:revenue-share"))
    assert blocker.args == ["revenue-share"]


def test_explain_panel_follows_the_combos_and_the_projection(qtbot, session):
    panel = shown(qtbot, ExplainPanel(session))
    panel.show_explanation("revenue_share", "2026Q1")
    before = panel.explanation.value
    with qtbot.waitSignal(session.projection_changed):
        session.set_values([CellChange("revenue_base", None, 30.0)])
    assert panel.explanation.value > before
    panel.figure_box.setCurrentIndex(panel.figure_box.findData("agi_measure"))
    assert panel.text().startswith("2026Q1 AGI measure")


def test_version_comparison_has_every_version_of_the_deal_and_a_clause_diff(qtbot, session):
    view = shown(qtbot, VersionCompareView(session))
    qtbot.waitUntil(lambda: view.diff is not None)  # computed once shown
    ids = [v.id for v in view.versions]
    microsoft_openai = [i for i in bundled_contracts() if i.startswith("microsoft-openai-")]
    assert ids == sorted(microsoft_openai, key=lambda i: bundled_contracts()[i].effective)
    items = [view.table.horizontalHeaderItem(i) for i in range(view.table.columnCount())]
    headers = [item.text() for item in items]
    tooltips = [item.toolTip() for item in items]
    assert "2025-10\ncurrent" in headers  # short headers, the full names in tooltips
    assert "2025-10 version (current)" in tooltips
    assert "Δ 2019-07" in headers
    assert "Δ 2019-07 version vs current" in tooltips
    # By default the diff runs from the version before the current one to the current one.
    assert view.diff.old == REVISION
    assert view.diff.new == RECAP
    text = view.diff_browser.toPlainText()
    assert "8 added, 5 removed, 7 changed" in text
    assert "Incremental $250B Azure commitment" in text  # added
    assert "Profit-share ladder" in text  # removed
    assert "verification lag quarters: 0 → 4" in text  # changed, in plain words
    assert "end: 2030-12-31 → 2032-12-31" in text


def test_version_comparison_takes_the_sessions_cached_projections(qtbot, session, monkeypatch):
    view = shown(qtbot, VersionCompareView(session))
    qtbot.waitUntil(lambda: view.diff is not None)
    first = view.table.item(0, 0).text()
    projected = []
    original = projection_cache.project
    monkeypatch.setattr(
        projection_cache, "project", lambda *a: projected.append(1) or original(*a)
    )
    view.refresh()
    assert projected == []  # nothing changed: every version is taken from the cache
    assert view.table.item(0, 0).text() == first
    session.set_values([CellChange("revenue_base", None, 31.0)])
    assert len(projected) == len(view.versions) + 1  # each version once, and the scenario


def test_clause_diff_follows_the_chosen_versions(qtbot, session):
    view = shown(qtbot, VersionCompareView(session))
    qtbot.waitUntil(lambda: view.diff is not None)  # computed once shown
    index = [v.id for v in view.versions].index(RECAP)
    view.old_box.setCurrentIndex(index)
    assert "No clause differs" in view.diff_browser.toPlainText()
    view.old_box.setCurrentIndex(0)
    assert view.diff.old == "microsoft-openai-2019-07"
    assert view.diff.changed or view.diff.added


def test_docks_wire_timeline_clicks_to_the_inspector(qtbot, session):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Help")
    docks = install_contract_docks(window, session)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    docks.timeline.clause_selected.emit("azure-commitment")
    assert docks.inspector.clause_id == "azure-commitment"
    assert "Incremental $250B Azure commitment" in docks.inspector.text()
    docks.timeline.event_selected.emit(1)
    assert docks.inspector.event_index == 1
    docks.explain.clause_selected.emit("agi")
    assert docks.inspector.clause_id == "agi"
    assert docks.timeline.bars["agi"].selected
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Contract") == titles.index("&Help") - 1


def test_switching_version_changes_the_figures_and_can_be_undone(qtbot, session):
    window = QMainWindow()
    qtbot.addWidget(window)
    docks = install_contract_docks(window, session)
    window.show()
    qtbot.waitExposed(window)
    assert docks.version_actions[RECAP].isChecked()
    before = session.projection.key_figures["partner_equity_value_final"]
    with qtbot.waitSignal(session.projection_changed):
        docks.version_actions[REVISION].trigger()
    assert session.contract.id == REVISION
    assert session.workspace.contract == REVISION
    assert session.projection.key_figures["partner_equity_value_final"] != before
    assert docks.version_actions[REVISION].isChecked()
    assert set(docks.timeline.bars) == {c.id for c in session.contract.clauses}
    with qtbot.waitSignal(session.projection_changed):
        session.undo_stack.undo()
    assert session.contract.id == RECAP
    assert session.projection.key_figures["partner_equity_value_final"] == before
    assert docks.version_actions[RECAP].isChecked()
    assert set(docks.timeline.bars) == {c.id for c in session.contract.clauses}


def test_a_key_figure_card_is_explained_in_its_period(qtbot, session):
    window = QMainWindow()
    qtbot.addWidget(window)
    docks = install_contract_docks(window, session)
    assert docks.explain_key_figure("agi_determination_period")
    assert docks.explain.figure == "agi_measure"
    assert docks.explain.period == session.projection.key_figures["agi_determination_period"]
    assert "reached in 2033Q2" in docks.explain.text()
    assert not docks.explain_key_figure("lab_revenue_final_year")
    assert docks.explain.figure_box.currentText() == "AGI measure"
    cloud = docks.explain.figure_box.findData("partner_cloud_revenue")
    assert docks.explain.figure_box.itemText(cloud) == "Azure revenue"


def test_version_menu_groups_the_bundled_versions_by_deal(qtbot, session):
    window = QMainWindow()
    qtbot.addWidget(window)
    docks = install_contract_docks(window, session)
    assert docks.version_menu.isEmpty()  # listed when it opens: not at start
    docks.version_menu.aboutToShow.emit()
    sections: dict[str, list[str]] = {}
    for action in docks.version_menu.actions():
        if action.isSeparator():
            current = sections.setdefault(action.text(), [])
        else:
            current.append(action.text().split(" — ")[0])
    assert next(iter(sections)) == "Microsoft and OpenAI"
    assert sections["Microsoft and OpenAI"][-1] == "2026-04 version"
    assert sections["Amazon and Anthropic"] == [
        "2023-09 version",
        "2024-11 version",
        "2026-04 version",
    ]
    assert sections["Oracle and OpenAI"] == ["2025-07 version", "2025-09 version"]
    assert sum(len(names) for names in sections.values()) == len(bundled_contracts())


def test_switching_to_another_deal_compares_that_deals_versions(qtbot, session):
    window = QMainWindow()
    qtbot.addWidget(window)
    docks = install_contract_docks(window, session)
    with qtbot.waitSignal(session.projection_changed):
        docks.version_actions["amazon-anthropic-2026-04"].trigger()
    assert session.contract.parties.partner == "Amazon"
    view = shown(qtbot, VersionCompareView(session))
    qtbot.waitUntil(lambda: view.diff is not None)  # computed once shown
    assert [v.id for v in view.versions] == [
        "amazon-anthropic-2023-09",
        "amazon-anthropic-2024-11",
        "amazon-anthropic-2026-04",
    ]
    assert view.diff.new == "amazon-anthropic-2026-04"
    assert "More than $100B on AWS over ten years" in view.diff_browser.toPlainText()
