"""`dealscope contracts`: list the bundled contract versions."""

from __future__ import annotations

import argparse
from typing import Any

from core.cli.common import add_format_option, print_json
from core.files import bundled_contracts


def add_parser(subparsers: Any) -> None:
    """Register the command."""
    parser = subparsers.add_parser("contracts", help="list the bundled contracts")
    add_format_option(parser, ("table", "json"))
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Print one line (or JSON object) per bundled contract, oldest first."""
    contracts = sorted(bundled_contracts().values(), key=lambda c: c.effective)
    if args.format == "json":
        print_json(
            [
                {
                    "id": c.id,
                    "title": c.title,
                    "effective": c.effective.isoformat(),
                    "clauses": len(c.clauses),
                    "events": len(c.events),
                }
                for c in contracts
            ]
        )
        return 0
    width = max((len(c.id) for c in contracts), default=2)
    print(f"{'id':<{width}}  effective   clauses  title")
    for c in contracts:
        print(f"{c.id:<{width}}  {c.effective}  {len(c.clauses):>7}  {c.title}")
    return 0
