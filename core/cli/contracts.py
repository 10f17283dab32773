"""`dealscope contracts`: list the bundled contract versions, deal by deal."""

from __future__ import annotations

import argparse
from typing import Any

from core.cli.common import add_command, print_json
from core.contract_headers import bundled_headers
from core.deals import group_by_deal


def add_parser(subparsers: Any) -> None:
    """Register the command."""
    add_command(
        subparsers, "contracts", handle, workspace=False, scenario=False, formats=("table", "json")
    )


def handle(args: argparse.Namespace) -> int:
    """Print the bundled contracts grouped by deal (lab/partner pair), each oldest first.

    Only the files' headers are read (`core.contract_headers`): the listing needs no model.
    """
    deals = group_by_deal(bundled_headers())
    if args.format == "json":
        print_json(
            [
                {
                    "id": c.id,
                    "deal": deal.name,
                    "title": c.title,
                    "effective": c.effective.isoformat(),
                    "supersedes": c.supersedes,
                    "clauses": c.clause_count,
                    "events": c.event_count,
                }
                for deal in deals
                for c in deal.versions
            ]
        )
        return 0
    contracts = [c for deal in deals for c in deal.versions]
    width = max((len(c.id) for c in contracts), default=2)
    for index, deal in enumerate(deals):
        count = len(deal.versions)
        heading = f"{deal.name} ({count} version{'s' if count > 1 else ''})"
        print(("\n" if index else "") + heading)
        print(f"  {'id':<{width}}  effective   clauses  title")
        for c in deal.versions:
            print(f"  {c.id:<{width}}  {c.effective}  {c.clause_count:>7}  {c.title}")
    return 0
