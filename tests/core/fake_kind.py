"""A clause kind the contract format does not have, to show what a new kind must touch."""

from __future__ import annotations

import datetime as dt
from typing import Literal, cast

from core.contract import Clause, ClauseBase, Contract, Parties, Rate
from core.kinds import Kind, Line, Parameter

FAKE: Literal["fake_kind"] = "fake_kind"


class FakeClause(ClauseBase):
    """The lab pays `level` of its revenue: a payment the engine has no code for."""

    kind: Literal["fake_kind"]
    level: Rate


ENTRY = Kind(
    name=FAKE,
    label="Fake levy",
    group="Payments",
    role="payment",
    engine="the lab pays level x its revenue",
    parameters=(Parameter("level", "level", "share", 0.0, 1.0),),
    lines=(Line("Level", "{level} of {lab}'s revenue, paid to {partner}"),),
    drives=("partner_value_npv",),
    explained_by="revenue_share",
    starting={"level": 0.1},
)


def fake_clause() -> Clause:
    """A clause of the fake kind at 25 %, typed as a clause of the format (which it is not)."""
    clause = FakeClause(
        id="fake",
        kind=FAKE,
        title="Fake levy",
        summary="A levy.",
        confidence="assumed",
        level=0.25,
    )
    return cast("Clause", clause)


def contract_with_fake() -> Contract:
    """A contract holding the fake clause, built past validation (no clause class admits it)."""
    parties = Parties(lab="Lab", partner="Partner", partner_cloud="Cloud")
    return Contract.model_construct(
        format="dealscope-contract/1",
        id="fake-contract",
        title="Fake contract",
        parties=parties,
        effective=dt.date(2025, 1, 1),
        supersedes=None,
        actuals=None,
        sources=(),
        clauses=(fake_clause(),),
        events=(),
    )
