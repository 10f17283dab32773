"""Regenerate the app's Qt translations: the ``.ts`` sources, then the ``.qm`` catalogues.

    uv run python tools/translations.py          # lupdate gui/ into the .ts, then lrelease

``resources/i18n/dealscope_fr.ts`` holds every user-visible string of gui/ and its French;
``dealscope_en.ts`` holds only the English plural forms (``%n``). After running this, fill
in any new ``unfinished`` message of the French ``.ts`` (Qt Linguist, ``pyside6-linguist``,
or by hand) and run it again; tests/gui/test_translations.py fails until every message is
finished and the ``.qm`` files are current.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "i18n"
SOURCES = ROOT / "gui"
TARGETS = {"fr": (), "en": ("-pluralonly",)}
"""Language -> extra lupdate options (English needs only its plural forms)."""


def tool(name: str) -> str:
    """The path of a Qt tool shipped with PySide6 (beside the running Python first)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} not found: install PySide6-Essentials (uv sync)")
    return found


def source_files() -> list[str]:
    """Every Python file of gui/, sorted, relative to the repository (stable .ts output)."""
    return sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py"))


def update(ts_folder: Path = CATALOGUES) -> list[Path]:
    """Extract the strings of gui/ into ``dealscope_<lang>.ts`` in `ts_folder`."""
    written = []
    for lang, options in TARGETS.items():
        target = ts_folder / f"dealscope_{lang}.ts"
        command = [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
        command += [*options, *source_files(), "-source-language", "en"]
        command += ["-target-language", lang, "-ts", str(target)]
        subprocess.run(command, check=True, cwd=ROOT)
        written.append(target)
    return written


def release(ts_folder: Path = CATALOGUES, qm_folder: Path = CATALOGUES) -> list[Path]:
    """Compile each ``.ts`` of `ts_folder` into its ``.qm`` in `qm_folder`."""
    written = []
    for lang in TARGETS:
        source = ts_folder / f"dealscope_{lang}.ts"
        target = qm_folder / f"dealscope_{lang}.qm"
        command = [tool("pyside6-lrelease"), "-silent", "-nounfinished", str(source)]
        subprocess.run([*command, "-qm", str(target)], check=True, cwd=ROOT)
        written.append(target)
    return written


def main() -> int:
    """Update the sources, compile them, and name what was written."""
    for path in [*update(), *release()]:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
