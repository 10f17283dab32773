"""The message catalogues: extract the core's messages, update the French ``.po``, compile.

Run from the repository root after changing a user-visible string of the core::

    uv run python -m core.present.catalogues extract   # resources/locale/dealscope.pot
    uv run python -m core.present.catalogues update    # merge it into each language's .po
    uv run python -m core.present.catalogues compile   # .po -> .mo (committed)

Messages are found in the code (``_``, ``N_``, ``ngettext``, ``pgettext``) and in the model's
display tables (key-figure, assumption and backtest labels, assumption groups and units),
which are English data translated where they are shown.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from core.present.i18n import DOMAIN, LANGUAGES
from core.resources import RESOURCES_DIR

ROOT = Path(__file__).resolve().parents[2]
LOCALE_DIR = RESOURCES_DIR / "locale"
TEMPLATE = LOCALE_DIR / f"{DOMAIN}.pot"
KEYWORDS = {
    "_": None,
    "N_": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
}
"""gettext's functions and where their messages sit among the arguments."""


def po_path(lang: str) -> Path:
    """The translations of `lang`: ``resources/locale/<lang>/LC_MESSAGES/dealscope.po``."""
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def data_messages() -> Iterator[str]:
    """English display text kept as data in the model and translated where it is shown."""
    from core.assumptions import GROUPS, SPECS
    from core.backtest import FIGURE_LABELS
    from core.keyfigures import KEY_FIGURES
    from core.kinds import GROUP_ORDER

    yield from (figure.label for figure in KEY_FIGURES)
    yield from (spec.label for spec in SPECS)
    yield from (spec.unit for spec in SPECS if spec.unit)
    yield from (group.capitalize() for group in GROUPS)
    yield from FIGURE_LABELS.values()
    yield from GROUP_ORDER  # timeline lane groups


def extract() -> Catalog:
    """Every message of the core, as a template catalogue (no translations)."""
    catalog = Catalog(project="Dealscope", domain=DOMAIN, fuzzy=False)
    found = extract_from_dir(
        str(ROOT / "core"),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
    )
    for _filename, _line, message, comments, context in found:
        catalog.add(message, auto_comments=comments, context=context)
    for message in data_messages():
        catalog.add(message)
    return catalog


def template_text(catalog: Catalog) -> bytes:
    """The template as the bytes of a ``.pot`` file, sorted, without locations or dates."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, omit_header=True, no_location=True, sort_output=True, width=99)
    return buffer.getvalue()


def read(path: Path, lang: str | None = None) -> Catalog:
    """A ``.po`` or ``.pot`` file as a catalogue."""
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def compiled(catalog: Catalog) -> bytes:
    """`catalog` as the bytes of a ``.mo`` file (fuzzy entries left out)."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def update(lang: str) -> Path:
    """Merge the template into `lang`'s ``.po``: new messages empty, stale ones dropped."""
    path = po_path(lang)
    template = read(TEMPLATE)
    catalog = read(path, lang) if path.is_file() else Catalog(locale=lang, domain=DOMAIN)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    buffer = io.BytesIO()
    write_po(buffer, catalog, no_location=True, sort_output=True, width=99)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())
    return path


def main(argv: list[str]) -> int:
    """``extract``, ``update`` or ``compile``, as the module's docstring shows."""
    command = argv[0] if argv else ""
    languages = [lang for lang in LANGUAGES if lang != "en"]
    if command == "extract":
        TEMPLATE.parent.mkdir(parents=True, exist_ok=True)
        TEMPLATE.write_bytes(template_text(extract()))
        print(TEMPLATE)
    elif command == "update":
        for lang in languages:
            print(update(lang))
    elif command == "compile":
        for lang in languages:
            target = po_path(lang).with_suffix(".mo")
            target.write_bytes(compiled(read(po_path(lang), lang)))
            print(target)
    else:
        print("usage: python -m core.present.catalogues extract|update|compile", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
