"""`dealscope import-assumptions`: a workbook's Assumptions sheet into a workspace file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.cli.common import UsageError, add_command, open_workspace


def add_parser(subparsers: Any) -> None:
    """Register the command."""
    parser = add_command(subparsers, "import-assumptions", handle, scenario=False)
    parser.add_argument("workbook", type=Path, metavar="F.xlsx", help="workbook to read")
    parser.add_argument(
        "--out", "-o", type=Path, required=True, metavar="W2", help="workspace file to write"
    )


def handle(args: argparse.Namespace) -> int:
    """Read the sheet, apply it to the workspace and save the result atomically."""
    from core.edits.documents import rebase_contract_path
    from core.excel_import import read_assumptions, with_sheet_values
    from core.saving import save_workspace

    loaded = open_workspace(args)
    if loaded.path is not None and args.out.resolve() == loaded.path.resolve():
        raise UsageError("--out must not be the workspace read; write a new file")
    sheet = read_assumptions(args.workbook)
    workspace = with_sheet_values(
        rebase_contract_path(loaded.workspace, loaded.path, args.out), sheet
    )
    save_workspace(workspace, args.out)
    names = ", ".join(sheet.scenarios)
    print(f"wrote {args.out} (assumptions of {names} from {args.workbook.name})")
    return 0
