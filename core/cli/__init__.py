"""The headless command line: `dealscope <command> ...` without the desktop app.

Commands are registered by name in `COMMANDS`; a command's module is imported only when
that command runs, so ``--help``, usage errors and light commands start quickly.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from core.cli.common import Handler, UsageError
from core.cli.terminal import EscapingWriter, printable
from core.errors import DealscopeError

# To add a command, add one line here: its name, its module and its one-line help. The
# module defines ``add_parser(subparsers)``, which calls `core.cli.common.add_command` with
# its handler and the shared options it takes, then adds its own; the module imports
# pandas, numpy, ReportLab and the engine inside its handlers only: building its parser must
# stay light, so that a usage error never loads them (tests/core/test_cli_light.py checks).
COMMANDS: dict[str, tuple[str, str]] = {
    "contracts": ("core.cli.contracts", "list the bundled contracts"),
    "project": ("core.cli.project", "project a scenario: key figures and periods"),
    "explain": ("core.cli.explain", "explain a figure in one period: the clauses behind it"),
    "compare-versions": ("core.cli.compare_versions", "one scenario under every version"),
    "brief": ("core.cli.brief", "write the executive PDF brief of one or more scenarios"),
    "analyze": ("core.cli.analyze", "sensitivity, Monte Carlo or goal seek on a scenario"),
    "backtest": ("core.cli.backtest", "compare the model with the deal's reported figures"),
    "export": ("core.cli.export", "write a workspace's assumptions and results to Excel"),
    "import-assumptions": (
        "core.cli.import_assumptions",
        "read assumptions back from an Excel workbook into a workspace",
    ),
}
"""Command name -> (module, help). The launcher dispatches on these names."""


MEMORY_MESSAGE = "not enough memory for this run; ask for fewer draws, scenarios or years"
"""What a command says when the machine runs out of memory (e.g. 10,000,000 draws)."""


class _Parser(argparse.ArgumentParser):
    """Reports a usage error as one line on stderr (exit 2), not the whole usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, printable(f"{self.prog}: {message} (see {self.prog} --help)") + "\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand.

    Parameters
    ----------
    only : str or None
        The one command whose module is imported to add its own options; the others are
        listed by name and help alone. None imports every command module.
    """
    parser = _Parser(
        prog="dealscope",
        description="Explore AI partnership contracts. Without a command, opens the app.",
        epilog="dealscope FILE (or dealscope open FILE) opens a workspace or contract in the app.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (module_name, help_text) in COMMANDS.items():
        if only is None or name == only:
            importlib.import_module(module_name).add_parser(subparsers)
        else:
            subparsers.add_parser(name, help=help_text)
    return parser


def registered_commands() -> set[str]:
    """Names of the subcommands the full parser really has."""
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def suggestion(word: str) -> str:
    """Return ``" (did you mean X?)"`` for the command closest to `word`, else ``""``."""
    close = difflib.get_close_matches(word, list(COMMANDS), n=1, cutoff=0.6)
    return f"; did you mean {close[0]}?" if close else ""


def unknown_command(word: str, what: str = "a command") -> str:
    """The one-line usage error for a word that is not `what`."""
    return printable(
        f"dealscope: {word!r} is not {what}{suggestion(word)} "
        f"(commands: {', '.join(COMMANDS)}; see dealscope --help)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; bad input prints one line on stderr and returns 1 (usage: 2)."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = args_list[0] if args_list else None
    if first is not None and not first.startswith("-") and first not in COMMANDS:
        print(unknown_command(first), file=sys.stderr)
        return 2
    parser = build_parser(only=first if first in COMMANDS else "")
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # --help (0) or a usage error (2), already printed
        return exc.code if isinstance(exc.code, int) else 2
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    stdout = sys.stdout
    sys.stdout = EscapingWriter(stdout)
    try:
        return handler(args)
    except UsageError as exc:
        print(printable(f"dealscope {args.command}: {exc}"), file=sys.stderr)
        return 2
    except DealscopeError as exc:
        message = exc.one_line() if hasattr(exc, "one_line") else str(exc)
        print(printable(f"dealscope {args.command}: {message}"), file=sys.stderr)
        return 1
    except MemoryError:
        print(f"dealscope {args.command}: {MEMORY_MESSAGE}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    finally:
        sys.stdout = stdout


if __name__ == "__main__":
    sys.exit(main())
