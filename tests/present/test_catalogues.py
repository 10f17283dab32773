"""The message catalogues: complete, current, compiled from their sources, safe to format."""

from __future__ import annotations

import gettext
import io
import re
import string
import threading

import pytest

from core.present.catalogues import (
    TEMPLATE,
    compiled,
    extract,
    po_path,
    read,
    template_text,
)
from core.present.i18n import LANGUAGES, _, language, ngettext, speaking

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
PARTY_WORDS = {"lab", "partner", "cloud", "of_lab", "of_partner", "of_cloud"}


def _ids(catalog) -> set[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    found = set()
    for message in catalog:
        if message.id:
            singular = message.id[0] if isinstance(message.id, tuple) else message.id
            found.add((message.context, singular))
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_committed_template_is_what_the_sources_give_now() -> None:
    assert TEMPLATE.read_bytes() == template_text(extract()), (
        "resources/locale/dealscope.pot is stale: run "
        "`uv run python -m core.present.catalogues extract` then `update` and translate"
    )


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_and_none_is_stale(lang: str) -> None:
    sources = extract()
    catalog = read(po_path(lang), lang)
    missing = sorted(str(m) for m in _ids(sources) - _ids(catalog))
    stale = sorted(str(m) for m in _ids(catalog) - _ids(sources))
    empty = [
        str(m.id)
        for m in catalog
        if m.id and (not all(m.string) if isinstance(m.string, tuple) else not m.string)
    ]
    fuzzy = [str(m.id) for m in catalog if m.id and m.fuzzy]
    assert (missing, stale, empty, fuzzy) == ([], [], [], [])


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_use_only_the_placeholders_the_code_fills(lang: str) -> None:
    """A translation naming a placeholder its message does not have would raise KeyError."""
    wrong = []
    for message in read(po_path(lang), lang):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        allowed = set().union(*(_fields(i) for i in ids))
        if allowed & PARTY_WORDS:
            allowed |= PARTY_WORDS  # every sentence about the deal gets all of party_words
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for text in strings:
            if not _fields(text) <= allowed:
                wrong.append((message.id, sorted(_fields(text) - allowed)))
    assert wrong == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_committed_mo_is_the_compiled_po(lang: str) -> None:
    committed = po_path(lang).with_suffix(".mo").read_bytes()
    fresh = compiled(read(po_path(lang), lang))
    as_dict = [
        gettext.GNUTranslations(io.BytesIO(data))._catalog  # type: ignore[attr-defined]
        for data in (committed, fresh)
    ]
    assert as_dict[0] == as_dict[1], (
        "the .mo is stale: run `uv run python -m core.present.catalogues compile`"
    )


def test_french_plurals_follow_french_rules() -> None:
    with speaking("fr"):
        one, none, two = (
            ngettext("{count} quarter", "{count} quarters", n).format(count=n) for n in (1, 0, 2)
        )
    assert (one, none, two) == ("1 trimestre", "0 trimestre", "2 trimestres")


def test_a_french_document_in_one_thread_leaves_the_others_english() -> None:
    seen: dict[str, str] = {}
    inside = threading.Event()
    done = threading.Event()

    def write_french() -> None:
        with speaking("fr"):
            seen["worker"] = _("Key dates")
            inside.set()
            done.wait(5)

    worker = threading.Thread(target=write_french)
    worker.start()
    inside.wait(5)
    seen["main"] = _("Key dates")
    done.set()
    worker.join()
    assert seen == {"worker": "Dates clés", "main": "Key dates"}
    assert language() == "en"


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match=re.escape("choose one of en, fr")), speaking("de"):
        pass
