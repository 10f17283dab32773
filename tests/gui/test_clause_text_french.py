"""The inspector shows a clause's and an event's French text when the language is French."""

from __future__ import annotations

from core.contract import Contract
from core.contract_files import load_contract
from core.present.i18n import speaking
from core.present.text import change_since_edit, no_change
from core.resources import resource_path
from core.timegrid import TimeGrid
from gui.views.clause_text import clause_html, event_html


def _contract() -> Contract:
    return load_contract(resource_path("contracts", "microsoft-openai-2026-04.yaml"))


def test_a_clause_reads_its_french_title_and_summary_in_french() -> None:
    contract = _contract()
    clause = next(c for c in contract.clauses if c.i18n is not None and c.i18n.fr is not None)
    french = clause.i18n.fr  # type: ignore[union-attr]
    with speaking("fr"):
        html = clause_html(clause, contract, None)
    assert french.title in html.replace("&#x27;", "'").replace("&quot;", '"')
    assert clause.title not in html
    english = clause_html(clause, contract, None)
    assert clause.title.replace("'", "&#x27;") in english


def test_an_event_reads_its_french_title_in_french() -> None:
    contract = _contract()
    event = next(e for e in contract.events if e.i18n is not None and e.i18n.fr is not None)
    with speaking("fr"):
        html = event_html(event, contract)
    assert event.i18n.fr.title.replace("'", "&#x27;") in html  # type: ignore[union-attr]


def test_a_card_knows_no_change_in_either_language() -> None:
    grid = TimeGrid(2024, 2025, 4)
    with speaking("fr"):
        same = change_since_edit("money", 1.0, 1.0, grid)
        assert same == no_change()
        assert same != "no change"
    assert change_since_edit("money", 1.0, 1.0, grid) == "no change"


def test_timeline_lane_groups_read_in_the_current_language() -> None:
    from gui.views.timeline_drawing import group_label

    assert group_label("Exclusivity and IP") == "Exclusivity\nand IP"
    assert group_label("Payments") == "Payments"
    with speaking("fr"):
        assert group_label("Exclusivity and IP") == "Exclusivité\net PI"
        assert group_label("Commitments") == "Engagements"
