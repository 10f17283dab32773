"""Options and look-ups shared by the headless commands."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.errors import DealscopeError

if TYPE_CHECKING:  # this module is imported to build parsers: it must stay light
    from core.chain import Deal
    from core.files import LoadedWorkspace
    from core.workspace import Scenario


Handler = Callable[[argparse.Namespace], int]
"""What runs a command: its parsed arguments in, the exit status out."""


class UsageError(DealscopeError):
    """The command line names something that does not exist (exit status 2)."""


CONTRACT_HELP = "bundled contract id or contract YAML file"


def add_command(
    subparsers: Any,
    name: str,
    handler: Handler,
    *,
    workspace: bool = True,
    contract: bool = False,
    scenario: bool = True,
    formats: tuple[str, ...] = (),
    help_text: str | None = None,
) -> argparse.ArgumentParser:
    """Add command `name`: its help, the shared options asked for, and its handler.

    The one skeleton of every command: ``--workspace``, ``--contract``, ``--scenario`` and
    ``--format`` (the first of `formats` being the default) come in that order; the
    command adds its own options to the parser returned. The help is the registry's
    (`core.cli.COMMANDS`) unless `help_text` is given (an analysis of ``analyze``).
    """
    if help_text is None:
        from core.cli import COMMANDS  # the registry imports this module

        help_text = COMMANDS[name][1]
    parser: argparse.ArgumentParser = subparsers.add_parser(name, help=help_text)
    if workspace:
        add_workspace_option(parser)
    if contract:
        parser.add_argument("--contract", "-c", metavar="C", help=CONTRACT_HELP)
    if scenario:
        add_scenario_option(parser)
    if formats:
        add_format_option(parser, formats)
    parser.set_defaults(handler=handler)
    return parser


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--workspace`` (default: the bundled default workspace)."""
    parser.add_argument(
        "--workspace",
        "-w",
        type=Path,
        metavar="W",
        help="workspace file (default: the bundled default workspace)",
    )


def add_scenario_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--scenario`` (default: the workspace's first scenario)."""
    parser.add_argument(
        "--scenario", "-s", metavar="NAME", help="scenario name (default: the first one)"
    )


def add_format_option(parser: argparse.ArgumentParser, choices: tuple[str, ...]) -> None:
    """Add ``--format`` with `choices`, the first being the default."""
    parser.add_argument("--format", "-f", choices=choices, default=choices[0])


def open_workspace(args: argparse.Namespace) -> LoadedWorkspace:
    """Load ``--workspace`` or the bundled default workspace."""
    from core.files import load_workspace
    from core.resources import default_workspace_path

    path: Path | None = getattr(args, "workspace", None)
    return load_workspace(path or default_workspace_path())


def workspace_and_scenario(args: argparse.Namespace) -> tuple[LoadedWorkspace, Scenario]:
    """Load ``--workspace`` and pick ``--scenario`` in it (bad input is reported here)."""
    loaded = open_workspace(args)
    return loaded, pick_scenario(loaded, args.scenario)


def pick_scenario(loaded: LoadedWorkspace, name: str | None) -> Scenario:
    """Return the scenario called `name`, or the first one; unknown names list the choices."""
    scenarios = loaded.workspace.scenarios
    if name is None:
        return scenarios[0]
    for scenario in scenarios:
        if scenario.name == name:
            return scenario
    choices = ", ".join(repr(s.name) for s in scenarios)
    raise UsageError(f"no scenario {name!r} in the workspace; choose one of {choices}")


def pick_deal(loaded: LoadedWorkspace, ref: str | None, scenario: Scenario) -> Deal:
    """What to project for `scenario`, with the scenario's clause terms applied.

    The workspace's deal, or ``--contract``'s (followed back through its chain in dated
    mode).
    """
    from core.files import load_contract_by_id_or_path
    from core.terms import TermError

    if ref is not None:
        loaded = loaded.with_contract(load_contract_by_id_or_path(ref))
    try:
        return loaded.deal_for(scenario)
    except TermError as exc:
        contract = loaded.contract.id
        raise UsageError(
            f"scenario {scenario.name!r} sets terms that contract {contract!r} cannot take: {exc}"
        ) from None


def json_ready(value: Any) -> Any:
    """Turn NaN into None and numpy scalars into Python numbers, recursively."""
    if isinstance(value, dict):
        return {str(k): json_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_ready(v) for v in value]
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def print_json(data: Any) -> None:
    """Print `data` as indented JSON on standard output."""
    json.dump(json_ready(data), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
