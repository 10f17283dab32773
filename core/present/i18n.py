"""The language the core speaks: gettext catalogues under ``resources/locale``.

One process-wide language, set once by the command line (``--lang``) or the app at start-up;
`_` and `ngettext` translate through it. English is the source language: with no catalogue
the text is returned as written.
"""

from __future__ import annotations

import gettext
import locale
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache

from core.resources import RESOURCES_DIR

LANGUAGES = ("en", "fr")
"""The languages Dealscope speaks, English first (the source language)."""

DOMAIN = "dealscope"
"""The gettext domain: ``resources/locale/<lang>/LC_MESSAGES/dealscope.mo``."""

_current = "en"
_local = threading.local()
"""A thread's own language while it writes one document (`speaking`), else `_current`."""


def set_language(lang: str) -> None:
    """Speak `lang` (``"en"`` or ``"fr"``) from now on.

    Raises
    ------
    ValueError
        When `lang` is not one of `LANGUAGES`.
    """
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    _current = lang


def language() -> str:
    """The language in use: the thread's own (see `speaking`), else the process's."""
    return getattr(_local, "lang", None) or _current


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Speak `lang` in this thread until the block ends (a French brief from an English app).

    Raises
    ------
    ValueError
        When `lang` is not one of `LANGUAGES`.
    """
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    before = getattr(_local, "lang", None)
    _local.lang = lang
    try:
        yield
    finally:
        _local.lang = before


def system_language() -> str:
    """The language of the user's locale (``LANGUAGE``, ``LC_ALL``, ``LANG``), else English."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return _language_of(value)
    code = locale.getlocale()[0] or ""
    return _language_of(code)


def _language_of(code: str) -> str:
    primary = code.split(":")[0].split("_")[0].split(".")[0].lower()
    return primary if primary in LANGUAGES else "en"


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    return gettext.translation(
        DOMAIN, localedir=RESOURCES_DIR / "locale", languages=[lang], fallback=True
    )


def _(message: str) -> str:
    """`message` in the current language."""
    return _translations(language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural of a message, by `count`, in the current language."""
    return _translations(language()).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """`message` in the current language, told apart from the same words by `context`."""
    return _translations(language()).pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802  (the gettext convention for a deferred message)
    """Mark `message` for translation where it is defined; `_` translates it where shown."""
    return message
