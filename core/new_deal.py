"""A new deal's first contract, empty or copied from another deal's version (File > New Deal).

The copy keeps the template's clauses and the sources they cite, but not its events (they
are facts about the other deal), and marks every clause `assumed`: nothing public says the
new deal has these terms until the user sources them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pydantic

from core.contract import Contract
from core.errors import ValidationError
from core.problems import problems_from_error

_NOT_ID = re.compile(r"[^a-z0-9]+")


def deal_id(lab: str, partner: str, effective: dt.date) -> str:
    """``amazon-anthropic-2026-11``: partner, lab and month, in the characters ids allow."""
    words = _NOT_ID.sub("-", f"{partner} {lab}".lower()).strip("-") or "deal"
    return f"{words[:100]}-{effective:%Y-%m}"


def new_deal_contract(
    lab: str,
    partner: str,
    partner_cloud: str,
    effective: dt.date,
    template: Contract | None = None,
) -> Contract:
    """The first version of a deal between `lab` and `partner` (cloud `partner_cloud`).

    Raises
    ------
    ValidationError
        When a name is empty or longer than the contract format allows, with the party's
        path (``parties.lab``) and the allowed length.
    """
    names = {
        "lab": lab.strip(),
        "partner": partner.strip(),
        "partner_cloud": partner_cloud.strip(),
    }
    data: dict[str, Any] = {
        "format": "dealscope-contract/1",
        "id": deal_id(names["lab"], names["partner"], effective),
        "title": f"{names['partner']} and {names['lab']} deal",
        "parties": names,
        "effective": effective,
    }
    if template is not None:
        data["clauses"] = [_copied(clause, template) for clause in template.clauses]
        cited = {source for clause in template.clauses for source in clause.sources}
        data["sources"] = [s.model_dump() for s in template.sources if s.id in cited]
    try:
        return Contract.model_validate(data)
    except pydantic.ValidationError as exc:
        problems = problems_from_error(
            exc, root=Contract, data=data, file="", line_of=lambda path: None
        )
        raise ValidationError(problems) from None


def _copied(clause: Any, template: Contract) -> dict[str, Any]:
    fields: dict[str, Any] = clause.model_dump()
    fields["confidence"] = "assumed"
    fields["summary"] = f"Copied from {template.title}: {clause.summary}"
    return fields
