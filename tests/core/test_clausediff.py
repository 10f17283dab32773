"""Clause diff between two small contract versions written here."""

from __future__ import annotations

from core.clausediff import diff_contracts
from tests.core.builders import clause, contract


def test_diff_lists_added_removed_and_changed_clauses_in_plain_words():
    old = contract(
        clause("revenue_share", "share", rate=0.2, end="2030-12-31"),
        clause("right_of_first_refusal", "rofr"),
        clause("ip_license", "ip", subject="models", exclusive=True),
    )
    new = contract(
        clause("revenue_share", "share", rate=0.2, cap_total=38.0, end="2030-12-31"),
        clause("ip_license", "ip", subject="models", exclusive=False, end="2032-12-31"),
        clause("equity_stake", "stake", share=0.27),
    )
    diff = diff_contracts(old, new)
    assert [c.id for c in diff.added] == ["stake"]
    assert [c.id for c in diff.removed] == ["rofr"]
    changes = {c.clause_id: {str(p) for p in c.changes} for c in diff.changed}
    assert changes == {
        "share": {"cap total: no cap -> $38.0B"},
        "ip": {"end: open -> 2032-12-31", "exclusive: yes -> no"},
    }
    assert diff.as_lines()[:2] == ["+ Equity stake (stake)", "- Right of first refusal (rofr)"]


def test_identical_versions_have_an_empty_diff_and_summaries_do_not_count():
    old = contract(clause("revenue_share", "share", rate=0.2))
    reworded = clause("revenue_share", "share", rate=0.2)
    reworded["summary"] = "Said differently."
    diff = diff_contracts(old, contract(reworded))
    assert (diff.added, diff.removed, diff.changed) == ((), (), ())


def test_profit_share_tiers_are_described_with_units():
    old = contract(clause("profit_share", "ps", tiers=[{"rate": 0.75, "until_total": 13.0}]))
    new = contract(
        clause(
            "profit_share",
            "ps",
            tiers=[{"rate": 0.75, "until_total": 13.0}, {"rate": 0.49, "until_total": 92.0}],
        )
    )
    (change,) = diff_contracts(old, new).changed
    assert str(change.changes[0]) == (
        "tiers: 75.0% until $13.0B -> 75.0% until $13.0B; 49.0% until $92.0B"
    )
