"""Regenerate the app's Qt translations: the ``.ts`` sources, then the ``.qm`` catalogues.

    uv run python tools/translations.py          # lupdate gui/ into the .ts, then lrelease

``resources/i18n/dealscope_fr.ts`` holds every user-visible string of gui/ and its French;
``dealscope_en.ts`` holds only the English plural forms (``%n``). After running this, fill
in any new ``unfinished`` message of the French ``.ts`` (Qt Linguist, ``pyside6-linguist``,
or by hand) and run it again; tests/gui/test_translations.py fails until every message is
finished and the ``.qm`` files are current.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def marked_messages(root: Path = SOURCES) -> set[tuple[str, str]]:
    """(context, source) of every literal ``self.tr``, ``translate`` or ``QT_TRANSLATE_NOOP``.

    Read with Python's own parser, to catch a call lupdate's parser skips without a word
    (a plural through ``QCoreApplication.translate``, a string in parentheses, an f-string).
    """
    found: set[tuple[str, str]] = set()
    for path in sorted(root.rglob("*.py")):
        _collect(ast.parse(path.read_text(encoding="utf-8")), "", found)
    return found


def _collect(node: ast.AST, context: str, found: set[tuple[str, str]]) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.ClassDef):
            _collect(child, child.name, found)
            continue
        if isinstance(child, ast.Call):
            func, args = child.func, child.args
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            texts = [a.value for a in args if isinstance(a, ast.Constant)]
            if name == "tr" and isinstance(func, ast.Attribute) and _literal(args, 1):
                found.add((context, str(texts[0])))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and _literal(args, 2):
                found.add((str(texts[0]), str(texts[1])))
        _collect(child, context, found)


def _literal(args: list[ast.expr], count: int) -> bool:
    head = args[:count]
    return len(head) == count and all(
        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in head
    )


def messages(ts_file: Path) -> dict[tuple[str, str], list[str]]:
    """(context, source) -> its translations (one, or one per plural form) in `ts_file`."""
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                texts: list[str] = []
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            found[(name, message.findtext("source") or "")] = texts
    return found


def main() -> int:
    """Update the sources, compile them, and name what was written."""
    for path in [*update(), *release()]:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
