"""`dealscope export`: the workspace as an Excel workbook (assumptions, figures, periods)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.cli.common import add_command, open_workspace, pick_deal
from core.files import load_contract_by_id_or_path


def add_parser(subparsers: Any) -> None:
    """Register the command."""
    parser = add_command(
        subparsers, "export", handle, contract=True, scenario=False, formats=("xlsx",)
    )
    parser.add_argument("--out", "-o", type=Path, required=True, metavar="F", help="file to write")


def handle(args: argparse.Namespace) -> int:
    """Project every scenario and write the workbook atomically."""
    from core.excel import projections_of, write_workbook

    loaded = open_workspace(args)
    if args.contract is not None:
        loaded = loaded.with_contract(load_contract_by_id_or_path(args.contract))
    for scenario in loaded.workspace.scenarios:
        pick_deal(loaded, None, scenario)  # a scenario whose terms do not fit is named
    projections = projections_of(loaded)
    write_workbook(args.out, loaded.workspace, loaded.contract, projections)
    count = len(projections)
    print(f"wrote {args.out} ({count} scenario{'s' if count != 1 else ''})")
    return 0
