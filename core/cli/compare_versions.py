"""`dealscope compare-versions`: one scenario under every version of the deal, and as dated."""

from __future__ import annotations

import argparse
import math
import sys
from itertools import pairwise
from typing import Any

from core.cli.common import add_command, print_json, workspace_and_scenario


def add_parser(subparsers: Any) -> None:
    """Register the command."""
    add_command(subparsers, "compare-versions", handle, formats=("table", "csv", "json"))


def handle(args: argparse.Namespace) -> int:
    """Print the comparison and the clause diff between consecutive versions."""
    loaded, scenario = workspace_and_scenario(args)
    from core.clausediff import diff_contracts
    from core.compare import compare_versions

    chain = loaded.versions
    contracts = list(chain.versions)
    table = compare_versions(contracts, loaded.workspace.settings, scenario, chain)
    diffs = [diff_contracts(a, b) for a, b in pairwise(contracts)]
    if args.format == "json":
        print_json(
            {
                "scenario": scenario.name,
                "key_figures": {
                    name: {str(k): v for k, v in row.items()}
                    for name, row in table.to_dict("index").items()
                },
                "clause_diffs": [
                    {"from": d.old, "to": d.new, "changes": d.as_lines()} for d in diffs
                ],
            }
        )
        return 0
    if args.format == "csv":
        table.to_csv(sys.stdout)
        return 0
    print(f"Scenario {scenario.name} under each contract version, and as dated\n")
    print(_formatted(table, loaded.workspace.settings.periods_per_year).to_string())
    for diff in diffs:
        print(f"\n{diff.old} -> {diff.new}")
        for line in diff.as_lines() or ["no clause changes"]:
            print(f"  {line}")
    return 0


def _formatted(table: Any, periods_per_year: int) -> Any:
    from core.keyfigures import KEY_FIGURES_BY_NAME
    from core.present.text import difference_text, figure_text

    shown = table.astype(object)
    for name in shown.index:
        kind = KEY_FIGURES_BY_NAME[name].kind
        for column in shown.columns:
            value = table.at[name, column]
            if isinstance(value, float) and math.isnan(value):
                value = None
            if str(column).startswith("Δ"):
                shown.at[name, column] = difference_text(kind, value, periods_per_year)
            else:
                shown.at[name, column] = figure_text(kind, value)
    return shown
