"""The app projects the deal as dated: the settings choice, the chain and its undo."""

from __future__ import annotations

from core.edits.documents import Document
from core.files import bundled_contracts
from core.workspace import Scenario, Settings, Workspace
from gui.session import Session

NEWEST = "microsoft-openai-2026-04"


def bundled_session(versions: str) -> Session:
    contract = bundled_contracts()[NEWEST]
    settings = Settings(start_year=2024, end_year=2027, versions=versions)  # type: ignore[arg-type]
    workspace = Workspace(contract=NEWEST, settings=settings, scenarios=(Scenario(name="Base"),))
    return Session(Document(workspace, contract, None))


def test_dated_mode_projects_each_period_under_its_version(qtbot):
    session = bundled_session("dated")

    versions = session.projection.table["contract"]
    assert versions["2024Q4"] == "microsoft-openai-2023-01"
    assert versions["2025Q1"] == "microsoft-openai-2025-01"
    assert versions["2026Q4"] == NEWEST
    assert session.chain.ids[-1] == NEWEST


def test_switching_to_dated_in_the_settings_changes_the_projection_and_undoes(qtbot):
    session = bundled_session("selected")
    assert set(session.projection.table["contract"]) == {NEWEST}

    with qtbot.waitSignal(session.projection_changed):
        session.set_settings(session.workspace.settings.model_copy(update={"versions": "dated"}))
    assert session.projection.table["contract"]["2024Q1"] == "microsoft-openai-2023-01"

    session.undo_stack.undo()
    assert set(session.projection.table["contract"]) == {NEWEST}


def test_a_scenario_term_changes_the_projection_it_is_cached_under(qtbot):
    session = bundled_session("dated")
    capped = session.projection.key_figures["revenue_share_total"]
    base = session.workspace.scenarios[0]
    raised = base.model_copy(update={"terms": {"revenue-share.cap_total": 500.0}})
    workspace = session.workspace.model_copy(update={"scenarios": (raised,)})
    session.open_document(Document(workspace, session.contract, None))

    assert session.projection.key_figures["revenue_share_total"] > capped
