"""Contracts written as YAML files read back equal, and the command line projects them."""

from __future__ import annotations

import json

import pytest

from core.cli import main
from core.contract import Contract
from core.contract_yaml import contract_to_yaml, save_contract
from core.errors import FileError
from core.files import bundled_contracts, contract_from_text, load_contract

NEWEST = "microsoft-openai-2026-04"


@pytest.mark.parametrize("contract_id", sorted(bundled_contracts()))
def test_every_bundled_contract_round_trips(contract_id):
    contract = bundled_contracts()[contract_id]
    assert contract_from_text(contract_to_yaml(contract), "written.yaml") == contract


def test_an_edited_variant_round_trips_with_its_open_values_and_line_breaks(tmp_path):
    bundled = bundled_contracts()[NEWEST]
    data = bundled.model_dump(mode="json")
    data.update(id="my-variant", title=bundled.title + " (edited)", supersedes=NEWEST)
    share = data["clauses"][[c["id"] for c in data["clauses"]].index("revenue-share")]
    share.update(cap_total=None, summary="Two lines:\nno cap — « edited »", confidence="assumed")
    data["clauses"].append(
        {
            "id": "ladder",
            "kind": "profit_share",
            "title": "Profit ladder",
            "summary": "two tiers",
            "confidence": "assumed",
            "tiers": [{"rate": 0.5, "until_total": 10}, {"rate": 0.2, "until_total": None}],
        }
    )
    variant = Contract.model_validate(data)
    path = tmp_path / "variant.yaml"

    save_contract(variant, path)

    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Dealscope contract file")
    assert "&" not in text.split("sources:")[0]  # no anchors in the head
    loaded = load_contract(path)
    assert loaded == variant
    assert loaded.clause("revenue-share").cap_total is None
    assert loaded.clause("revenue-share").summary == "Two lines:\nno cap — « edited »"


def test_the_command_line_projects_a_written_contract_like_the_bundled_one(tmp_path, capsys):
    bundled = bundled_contracts()[NEWEST]
    raised = bundled.model_copy(
        update={
            "id": "raised-cap",
            "clauses": tuple(
                c.model_copy(update={"cap_total": 50.0}) if c.id == "revenue-share" else c
                for c in bundled.clauses
            ),
        }
    )
    path = tmp_path / "raised.yaml"
    save_contract(raised, path)

    assert main(["project", "--contract", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)

    assert data["contract"] == "raised-cap"
    # The default scenario pays the lab's 20 % share past $38B; the new cap stops it at 50.
    assert data["key_figures"]["revenue_share_total"] == 50.0


def test_writing_into_a_missing_folder_names_the_path(tmp_path):
    target = tmp_path / "missing" / "c.yaml"
    with pytest.raises(FileError, match="missing"):
        save_contract(bundled_contracts()[NEWEST], target)
    assert not target.exists()
