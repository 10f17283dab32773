"""Deals group contract versions by lab/partner pair, in the core and on the command line."""

from __future__ import annotations

import datetime as dt
import json

from core.cli import main
from core.contract import Contract, Parties
from core.deals import deal_name, group_by_deal, same_deal, versions_of_deal
from core.files import bundled_contracts
from core.resources import RESOURCES_DIR
from tests.core.builders import contract


def _version(version_id: str, lab: str, partner: str, effective: str) -> Contract:
    parties = Parties(lab=lab, partner=partner, partner_cloud=f"{partner} cloud")
    return contract().model_copy(
        update={
            "id": version_id,
            "parties": parties,
            "effective": dt.date.fromisoformat(effective),
        }
    )


A_2019 = _version("a-2019", "Lab", "Alpha", "2019-07-22")
A_2025 = _version("a-2025", "Lab", "Alpha", "2025-01-21")
B_2023 = _version("b-2023", "Lab", "Beta", "2023-09-25")
C_2024 = _version("c-2024", "Other lab", "Alpha", "2024-11-22")


def test_versions_group_by_lab_and_partner_in_the_order_of_each_deals_first_version():
    deals = group_by_deal([A_2025, C_2024, B_2023, A_2019])

    assert [deal.name for deal in deals] == [
        "Alpha and Lab",
        "Beta and Lab",
        "Alpha and Other lab",
    ]
    assert [[v.id for v in deal.versions] for deal in deals] == [
        ["a-2019", "a-2025"],
        ["b-2023"],
        ["c-2024"],
    ]
    assert deals[0].key == ("Lab", "Alpha")


def test_a_partner_with_two_labs_makes_two_deals():
    assert not same_deal(A_2019, C_2024)
    assert same_deal(A_2019, A_2025)
    assert deal_name(C_2024) == "Alpha and Other lab"


def test_versions_of_a_deal_are_only_that_deals_oldest_first():
    assert [v.id for v in versions_of_deal([A_2025, B_2023, A_2019], A_2025)] == [
        "a-2019",
        "a-2025",
    ]


def test_contracts_table_lists_each_deal_under_its_name(capsys):
    assert main(["contracts"]) == 0
    lines = capsys.readouterr().out.splitlines()

    headings = [line for line in lines if line and not line.startswith(" ")]
    assert headings[0] == "Microsoft and OpenAI (5 versions)"
    assert "Amazon and Anthropic (3 versions)" in headings
    assert "Microsoft and Anthropic (1 version)" in headings
    start = lines.index("Amazon and Anthropic (3 versions)")
    rows = [line.split()[0] for line in lines[start + 2 : start + 5]]
    assert rows == [
        "amazon-anthropic-2023-09",
        "amazon-anthropic-2024-11",
        "amazon-anthropic-2026-04",
    ]


def test_contracts_json_gives_the_deal_of_every_contract(capsys):
    assert main(["contracts", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)

    assert sorted(row["id"] for row in rows) == sorted(bundled_contracts())
    by_id = {row["id"]: row for row in rows}
    assert by_id["oracle-openai-2025-09"]["deal"] == "Oracle and OpenAI"
    assert by_id["oracle-openai-2025-09"]["supersedes"] == "oracle-openai-2025-07"
    assert by_id["microsoft-openai-2019-07"]["deal"] == "Microsoft and OpenAI"
    # Grouped: once a deal's rows end, the deal does not come back.
    deals = [row["deal"] for row in rows]
    assert deals == sorted(deals, key=deals.index)


def test_compare_versions_stays_within_the_workspaces_deal(capsys):
    workspace = RESOURCES_DIR / "workspaces" / "amazon-anthropic.json"
    assert main(["compare-versions", "--workspace", str(workspace), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)

    columns = list(data["key_figures"]["partner_net_total"])
    assert columns[:3] == [
        "amazon-anthropic-2023-09",
        "amazon-anthropic-2024-11",
        "amazon-anthropic-2026-04",
    ]
    assert not any("openai" in column for column in columns)
    assert [d["to"] for d in data["clause_diffs"]] == [
        "amazon-anthropic-2024-11",
        "amazon-anthropic-2026-04",
    ]
