"""`dealscope explain`: why a figure has its value in one period."""

from __future__ import annotations

import argparse
from typing import Any

from core.cli.common import UsageError, add_command, print_json, workspace_and_scenario


def add_parser(subparsers: Any) -> None:
    """Register the command."""
    parser = add_command(subparsers, "explain", handle, formats=("text", "json"))
    parser.add_argument(
        "--figure", required=True, metavar="F", help="figure to explain, e.g. revenue_share"
    )
    parser.add_argument("--period", required=True, help="period label, e.g. 2029Q3")


def handle(args: argparse.Namespace) -> int:
    """Print the explanation."""
    loaded, scenario = workspace_and_scenario(args)
    from core.explain import FIGURES, explain
    from core.projection import project

    if args.figure not in FIGURES:
        choices = ", ".join(sorted(FIGURES))
        raise UsageError(f"no figure {args.figure!r} to explain; choose one of {choices}")
    deal = loaded.deal_for(scenario)
    projection = project(deal, loaded.workspace.settings, scenario.resolved())
    explanation = explain(projection, args.figure, args.period)
    if args.format == "json":
        print_json(
            {
                "figure": explanation.figure,
                "period": explanation.period,
                "value": explanation.value,
                "headline": explanation.headline,
                "steps": [{"text": s.text, "clause": s.clause_id} for s in explanation.steps],
            }
        )
    else:
        print(explanation.as_text())
    return 0
