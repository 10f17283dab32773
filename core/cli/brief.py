"""`dealscope brief`: write the executive PDF brief for chosen scenarios."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.cli.common import add_workspace_option, open_workspace


def add_parser(subparsers: Any) -> None:
    """Register the command."""
    parser = subparsers.add_parser(
        "brief", help="write the executive PDF brief of one or more scenarios"
    )
    add_workspace_option(parser)
    parser.add_argument(
        "--scenario",
        "-s",
        action="append",
        metavar="NAME",
        help="scenario to include; repeat for several (default: every scenario)",
    )
    parser.add_argument("--out", "-o", type=Path, required=True, metavar="PDF", help="PDF file")
    parser.add_argument("--title", help="title on the cover and in the header")
    parser.add_argument("--audience", help='who it is for: "Confidential · Prepared for ..."')
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    """Render the brief and print where it went."""
    loaded = open_workspace(args)
    from core.report import render_brief  # after the workspace: bad input is reported at once

    target = render_brief(
        loaded.workspace,
        loaded.contract,
        args.out,
        scenarios=args.scenario,
        title=args.title,
        audience=args.audience,
        page_size=args.page_size,
    )
    print(target)
    return 0
