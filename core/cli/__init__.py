"""The headless command line: `dealscope <command> ...` without the desktop app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import NoReturn

from core.errors import DealscopeError

Handler = Callable[[argparse.Namespace], int]


def _command_modules() -> list[ModuleType]:
    from core.cli import (
        analyze,
        brief,
        compare_versions,
        contracts,
        explain,
        export,
        import_assumptions,
        project,
    )

    return [
        contracts,
        project,
        explain,
        compare_versions,
        brief,
        analyze,
        export,
        import_assumptions,
    ]


class _Parser(argparse.ArgumentParser):
    """Reports a usage error as one line on stderr (exit 2), not the whole usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    """The parser with every subcommand; each command module adds its own."""
    parser = _Parser(
        prog="dealscope",
        description="Explore AI partnership contracts. Without a command, opens the app.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in _command_modules():
        module.add_parser(subparsers)
    return parser


COMMANDS = frozenset(
    {
        "contracts",
        "project",
        "explain",
        "compare-versions",
        "brief",
        "analyze",
        "export",
        "import-assumptions",
    }
)
"""Names of the headless commands; the launcher dispatches on them without importing
pandas, so the app's window paints first (a test checks them against the parser)."""


def registered_commands() -> set[str]:
    """Names of the subcommands the parser really has."""
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; bad input prints one line on stderr and returns non-zero."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        return handler(args)
    except DealscopeError as exc:
        message = exc.one_line() if hasattr(exc, "one_line") else str(exc)
        print(f"dealscope {args.command}: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
