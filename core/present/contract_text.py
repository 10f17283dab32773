"""A contract's own words in the current language: titles and summaries, English as fallback.

A contract file may carry a French text for the contract's title and for each clause's and
event's title and summary (``i18n: {fr: {title: …, summary: …}}``); each field missing in
French reads in English.
"""

from __future__ import annotations

from typing import Protocol

from core.contract import Translation, Translations
from core.present.i18n import language, pgettext


class _Texts(Protocol):
    @property
    def title(self) -> str: ...

    @property
    def i18n(self) -> Translations | None: ...


def _translation(item: _Texts) -> Translation | None:
    lang = language()
    if lang == "en" or item.i18n is None:
        return None
    found: Translation | None = getattr(item.i18n, lang, None)
    return found


def title_of(item: _Texts) -> str:
    """The title of a contract, clause or event in the current language."""
    found = _translation(item)
    return found.title if found is not None and found.title else item.title


def summary_of(item: _Texts) -> str | None:
    """The summary of a clause or event in the current language (None when it has none)."""
    english: str | None = getattr(item, "summary", None)
    found = _translation(item)
    return found.summary if found is not None and found.summary else english


def confidence_label(level: str) -> str:
    """A clause's confidence tag for readers: ``official`` / ``officiel``."""
    labels = {
        "official": pgettext("confidence", "official"),
        "reported": pgettext("confidence", "reported"),
        "assumed": pgettext("confidence", "assumed"),
    }
    return labels.get(level, level)
