"""`dealscope brief`: write the executive PDF brief for chosen scenarios."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from core.cli.common import UsageError, add_command, open_workspace

# The choices as plain words, so that building this parser never loads ReportLab; a test
# keeps them equal to core.report's READERS, LANGUAGES and SECTIONS.
READERS = ("partner", "lab", "neutral")
LANGUAGES = ("en",)
SECTIONS = (
    "answer",
    "versions",
    "terms",
    "summary",
    "backtest",
    "timeline",
    "charts",
    "comparison",
    "analyses",
    "assumptions",
    "method",
)


def add_parser(subparsers: Any) -> None:
    """Register the command."""
    parser = add_command(subparsers, "brief", handle, contract=True, scenario=False)
    parser.add_argument(
        "--scenario",
        "-s",
        action="append",
        metavar="NAME",
        help="scenario to include; repeat for several (default: every scenario)",
    )
    parser.add_argument("--out", "-o", type=Path, required=True, metavar="PDF", help="PDF file")
    parser.add_argument(
        "--reader",
        choices=READERS,
        default="partner",
        help="whose question page 1 answers (default: partner)",
    )
    parser.add_argument(
        "--sections",
        metavar="LIST",
        help="sections to print, in this order, separated by commas; from "
        + ", ".join(SECTIONS)
        + " (default: all, in that order)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language (default: en)")
    parser.add_argument("--title", help="title in the header band and every page's header")
    parser.add_argument("--audience", help='who it is for: "Confidential · Prepared for ..."')
    parser.add_argument("--author", default="", help="analyst's name for the PDF's metadata")
    parser.add_argument("--page-size", choices=("A4", "Letter"), default="A4")


def section_list(text: str | None) -> list[str] | None:
    """``answer,terms`` -> ``["answer", "terms"]``; None for all; unknown keys are refused."""
    if text is None:
        return None
    keys = [key.strip() for key in text.split(",") if key.strip()]
    unknown = [key for key in keys if key not in SECTIONS]
    if unknown or not keys:
        named = ", ".join(repr(k) for k in unknown) or "none"
        raise UsageError(f"--sections: unknown section {named}; choose from {', '.join(SECTIONS)}")
    return keys


def handle(args: argparse.Namespace) -> int:
    """Render the brief and print where it went."""
    loaded = open_workspace(args)
    sections = section_list(args.sections)
    from core.files import load_contract_by_id_or_path
    from core.report import render_brief  # after the inputs: bad ones are reported at once

    if args.contract is not None:
        loaded = loaded.with_contract(load_contract_by_id_or_path(args.contract))
    target = render_brief(
        loaded.workspace,
        loaded.contract,
        args.out,
        scenarios=args.scenario,
        title=args.title,
        audience=args.audience,
        page_size=args.page_size,
        sections=sections,
        reader=args.reader,
        chain=loaded.versions,
        author=args.author,
        lang=args.lang,
    )
    print(target)
    return 0
