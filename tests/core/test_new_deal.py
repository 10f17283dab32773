"""A new deal's first contract, empty or copied from a bundled version."""

from __future__ import annotations

import datetime as dt

import pytest

from core.errors import ValidationError
from core.files import bundled_contracts
from core.new_deal import deal_id, new_deal_contract

TODAY = dt.date(2026, 11, 30)


def test_an_empty_deal_names_its_parties_and_has_no_clauses():
    contract = new_deal_contract(" Mistral ", "Nvidia", "DGX Cloud", TODAY)

    assert contract.id == "nvidia-mistral-2026-11"
    assert contract.title == "Nvidia and Mistral deal"
    assert (contract.parties.lab, contract.parties.partner) == ("Mistral", "Nvidia")
    assert contract.parties.partner_cloud == "DGX Cloud"
    assert contract.effective == TODAY
    assert contract.clauses == ()
    assert contract.sources == ()
    assert contract.supersedes is None


def test_a_copy_keeps_clauses_and_cited_sources_but_not_events_and_assumes_every_clause():
    template = bundled_contracts()["microsoft-anthropic-2025-11"]
    contract = new_deal_contract("Mistral", "Nvidia", "DGX Cloud", TODAY, template)

    assert [c.id for c in contract.clauses] == [c.id for c in template.clauses]
    assert {c.confidence for c in contract.clauses} == {"assumed"}
    commitment = next(c for c in contract.clauses if c.id == "azure-commitment")
    assert commitment.amount == 30
    assert commitment.summary.startswith(f"Copied from {template.title}: ")
    cited = {s for c in template.clauses for s in c.sources}
    assert {s.id for s in contract.sources} == cited
    assert contract.events == ()


def test_names_the_format_refuses_are_reported_by_party():
    with pytest.raises(ValidationError) as caught:
        new_deal_contract("", "x" * 81, "Cloud", TODAY)

    paths = [p.path for p in caught.value.problems]
    assert paths == ["parties.lab", "parties.partner"]
    assert "at most 80 characters" in caught.value.problems[1].allowed


def test_deal_ids_keep_only_the_characters_ids_allow():
    assert deal_id("Café AI", "Big & Co.", TODAY) == "big-co-caf-ai-2026-11"
    assert deal_id("!!", "??", TODAY) == "deal-2026-11"
