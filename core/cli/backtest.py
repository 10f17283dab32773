"""`dealscope backtest`: the model beside every reported actual, as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import sys
from typing import TYPE_CHECKING, Any

from core.cli.common import add_command, pick_deal, print_json, workspace_and_scenario
from core.errors import DealscopeError

if TYPE_CHECKING:  # imported in the handler: building the parser stays light
    from core.backtest import Backtest
    from core.contract import Contract


class NoActualsError(DealscopeError):
    """The workspace's deal has no bundled reported figures (exit 1: bad input, not usage)."""


CSV_COLUMNS = (
    "figure",
    "from",
    "to",
    "reported",
    "model",
    "ratio",
    "comparable",
    "reason",
    "confidence",
    "source_urls",
)


def add_parser(subparsers: Any) -> None:
    """Register the command."""
    add_command(subparsers, "backtest", handle, formats=("table", "csv", "json"))


def handle(args: argparse.Namespace) -> int:
    """Project the scenario, compare it with the actuals and print in the chosen format."""
    loaded, scenario = workspace_and_scenario(args)
    from core.actuals import actuals_for
    from core.backtest import backtest
    from core.projection import project

    contract = loaded.contract
    actuals = actuals_for(contract)
    if actuals is None:
        parties = f"{contract.parties.lab} and {contract.parties.partner}"
        raise NoActualsError(f"no reported actuals are bundled for {parties} ({contract.id})")
    settings = loaded.workspace.settings
    deal = pick_deal(loaded, None, scenario)
    result = backtest(project(deal, settings, scenario.resolved()), actuals)
    versions = settings.versions
    if args.format == "json":
        print_json(as_json(result, contract, scenario.name, versions))
    elif args.format == "csv":
        write_csv(result)
    else:
        print(as_table(result, contract, scenario.name))
    return 0


def as_json(result: Backtest, contract: Contract, scenario: str, versions: str) -> dict[str, Any]:
    """The JSON object of formats.md: contract, scenario, versions, rows, median."""
    return {
        "contract": contract.id,
        "scenario": scenario,
        "versions": versions,
        "rows": [
            {
                "figure": row.figure,
                "from": row.first,
                "to": row.last,
                "reported": row.reported,
                "model": row.model,
                "ratio": row.ratio,
                "comparable": row.comparable,
                "reason": row.reason,
                "confidence": row.confidence,
                "source_urls": list(row.source_urls),
            }
            for row in result.rows
        ],
        "median_abs_log_ratio": result.median_abs_log_ratio,
    }


def write_csv(result: Backtest) -> None:
    """One line per row; several source addresses are separated by spaces."""
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in result.rows:
        writer.writerow(
            [
                row.figure,
                row.first,
                row.last,
                f"{row.reported:.6g}",
                "" if row.model is None else f"{row.model:.6g}",
                "" if row.ratio is None else f"{row.ratio:.6g}",
                str(row.comparable).lower(),
                row.reason or "",
                row.confidence,
                " ".join(row.source_urls),
            ]
        )


def as_table(result: Backtest, contract: Contract, scenario: str) -> str:
    """Aligned text: one line per actual, then the median and the worst row."""
    from core.backtest import FIGURE_LABELS
    from core.present.format import number
    from core.present.format import ratio as fmt_ratio
    from core.present.labels import fill

    parties = contract.parties
    lines = [f"{contract.title}: scenario {scenario}, backtest against reported figures", ""]
    header = f"  {'figure':<34} {'periods':<15} {'reported':>9} {'model':>9} {'ratio':>7}  source"
    lines.append(header)
    for row in result.rows:
        label = fill(FIGURE_LABELS[row.figure], parties)
        periods = row.first if row.first == row.last else f"{row.first}-{row.last}"
        model = "" if row.model is None else number(row.model, 2)
        ratio = "" if row.ratio is None else fmt_ratio(row.ratio)
        source = row.source_urls[0] if row.source_urls else ""
        lines.append(
            f"  {label:<34} {periods:<15} {number(row.reported, 2):>9} {model:>9} {ratio:>7}  "
            f"{row.confidence}: {source}"
        )
        if not row.comparable:
            lines.append(f"  {'':<34} not comparable: {row.reason}")
    median = result.median_abs_log_ratio
    lines.append("")
    shown = "none (no comparable row)" if median is None else number(median, 3)
    lines.append(f"  median |ln(model / reported)| over comparable rows: {shown}")
    worst = result.worst
    if worst is not None:
        lines.append(
            f"  furthest: {worst.figure} {worst.first}-{worst.last} (ratio "
            f"{'undefined' if worst.ratio is None else fmt_ratio(worst.ratio)})"
        )
    return "\n".join(lines)
