"""`dealscope project`: one scenario under one contract, as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from core.cli.common import add_command, pick_deal, print_json, workspace_and_scenario

if TYPE_CHECKING:  # imported in the functions: building the parser stays light
    import pandas as pd

    from core.projection import Projection

SUMMARY_COLUMNS = (
    "revenue",
    "compute_cost",
    "revenue_share",
    "profit_share",
    "profit",
    "cumulative_profit",
    "partner_gw",
    "others_gw",
    "own_used_gw",
    "partner_net",
)


def add_parser(subparsers: Any) -> None:
    """Register the command."""
    add_command(subparsers, "project", handle, contract=True, formats=("table", "csv", "json"))


def handle(args: argparse.Namespace) -> int:
    """Project and print in the chosen format."""
    loaded, scenario = workspace_and_scenario(args)
    deal = pick_deal(loaded, args.contract, scenario)
    from core.projection import project  # after the inputs: bad ones are reported at once

    projection = project(deal, loaded.workspace.settings, scenario.resolved())
    if args.format == "json":
        print_json(as_json(projection, scenario.name))
    elif args.format == "csv":
        from core.columns import human_headers

        headers = human_headers([str(c) for c in projection.table.columns], projection.chain)
        table = projection.table.rename(columns=headers)
        table.to_csv(sys.stdout, float_format="%.6g", index_label="Period")
    else:
        print(as_table(projection, scenario.name))
    return 0


def as_json(projection: Projection, scenario: str) -> dict[str, Any]:
    """The JSON object of formats.md: contract, versions, scenario, key figures, periods.

    Every period row names the contract version applied in it (``contract``).
    """
    table = projection.table
    periods = [
        {"period": label, **{k: _plain(v) for k, v in row.items()}}
        for label, row in zip(table.index, table.to_dict("records"), strict=True)
    ]
    return {
        "contract": projection.contract.id,
        "versions": projection.settings.versions,
        "scenario": scenario,
        "key_figures": projection.key_figures,
        "periods": periods,
    }


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def as_table(projection: Projection, scenario: str) -> str:
    """Key figures, then a yearly summary, as aligned text."""
    from core.keyfigures import KEY_FIGURES
    from core.present.format import number
    from core.present.labels import figure_label
    from core.present.text import figure_text

    parties = projection.contract.parties
    lines = [f"{projection.contract.title}: scenario {scenario}"]
    if projection.chain.dated:
        lines.append("Each period under the version in force then: " + _version_spans(projection))
    lines.append("")
    for figure in KEY_FIGURES:
        label = figure_label(figure, parties)
        value = figure_text(figure, projection.key_figures[figure.name])
        lines.append(f"  {label:<48} {value:>12}   {figure.name}")
    lines += ["", yearly_summary(projection).to_string(float_format=number)]
    return "\n".join(lines)


def _version_spans(projection: Projection) -> str:
    """``2023-01 2024Q1-2024Q4; 2025-01 2025Q1-2025Q3; …``: the periods of each version."""
    labels, ids = projection.grid.labels, projection.arrays.version_ids
    spans: list[str] = []
    start = 0
    for t in range(1, len(ids) + 1):
        if t == len(ids) or ids[t] != ids[start]:
            spans.append(f"{ids[start]} {labels[start]}-{labels[t - 1]}")
            start = t
    return "; ".join(spans)


def yearly_summary(projection: Projection) -> pd.DataFrame:
    """Flows summed and capacities averaged per year, for reading at a glance."""
    table = projection.table
    flows = [c for c in SUMMARY_COLUMNS if not c.endswith("_gw") and c != "cumulative_profit"]
    grouped = table.groupby("year")
    summary = grouped[flows].sum()
    summary["cumulative_profit"] = grouped["cumulative_profit"].last()
    for column in ("partner_gw", "others_gw", "own_used_gw"):
        summary[column] = grouped[column].mean()
    return summary[list(SUMMARY_COLUMNS)]
