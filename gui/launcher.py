"""The `dealscope` entry point: headless commands go to the core, the rest opens the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    """Dispatch `dealscope ...`: a core command, ``open W``, ``--self-test DIR`` or the app.

    A leading ``--lang fr|en`` sets the language of either (see `core.cli.language`).

    A first word that is neither a command, ``open``, an option nor an existing file is a
    usage error (exit 2) with a suggestion, decided before Qt is imported.
    """
    given = list(sys.argv[1:] if argv is None else argv)
    from core.cli import COMMANDS, unknown_command
    from core.cli import main as run_command
    from core.cli.language import LanguageError, split_language

    try:
        lang, args = split_language(given)
    except LanguageError as exc:
        print(f"dealscope: {exc}", file=sys.stderr)
        return 2
    if args and args[0] in COMMANDS:
        return run_command(given)  # the command line takes --lang itself
    if args and args[0] in ("-h", "--help") and len(args) == 1:
        run_command(["--help"])
        return 0
    if args and not args[0].startswith("-") and args[0] != "open" and not _exists(args[0]):
        print(unknown_command(args[0], "a command or an existing file"), file=sys.stderr)
        return 2
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
    prepare_start()
    from gui.app import run_app

    return run_app(
        [sys.argv[0], *qt_args],
        workspace=paths[0] if paths else None,
        self_test_dir=options.self_test,
        lang=lang,
    )


def prepare_start() -> None:
    """Ready the process for the app's modules, before the first of them loads.

    What loads from here on lives as long as the app, so a collection would find nothing
    to free: collection pauses until the workspace is drawn (`gui.app.WindowStarter`).
    PySide6 stops reading the source of each module imported (`gui.qt_imports`).
    """
    import gc

    from gui.qt_imports import skip_feature_scan

    gc.disable()
    skip_feature_scan()


def _exists(word: str) -> bool:
    try:
        return Path(word).exists()
    except (OSError, ValueError):  # a name too long, or with a NUL byte
        return False


if __name__ == "__main__":
    sys.exit(main())
