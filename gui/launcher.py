"""The `dealscope` entry point: headless commands go to the core, the rest opens the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch `dealscope ...`: a core command, ``open W``, ``--self-test DIR`` or the app."""
    args = list(sys.argv[1:] if argv is None else argv)
    from core.cli import COMMANDS
    from core.cli import main as run_command

    if args and args[0] in COMMANDS:
        return run_command(args)
    if args and args[0] in ("-h", "--help") and len(args) == 1:
        run_command(["--help"])
        return 0
    parser = argparse.ArgumentParser(prog="dealscope", add_help=False)
    parser.add_argument("--self-test", type=Path, metavar="OUTDIR")
    parser.add_argument("paths", nargs="*", type=Path)
    options, qt_args = parser.parse_known_args(args)
    paths = list(options.paths)
    if paths and str(paths[0]) == "open":
        paths = paths[1:]
    if len(paths) > 1:
        print("dealscope: open takes one workspace or contract file", file=sys.stderr)
        return 2
    from gui.app import run_app

    return run_app(
        [sys.argv[0], *qt_args],
        workspace=paths[0] if paths else None,
        self_test_dir=options.self_test,
    )


if __name__ == "__main__":
    sys.exit(main())
