"""A contract's own words in the current language: titles and summaries, English as fallback.

A contract file may carry a French text for the contract's title and for each clause's and
event's title and summary (``i18n: {fr: {title: …, summary: …}}``); each field missing in
French reads in English.
"""

from __future__ import annotations

from typing import Protocol

from core.chain import Chain
from core.contract import Translation, Translations
from core.present.i18n import _, language, pgettext
from core.terms import TermKey, term_label


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


def term_name(chain: Chain, text: str) -> str:
    """A deal term in words, what first: ``Cap of Revenue share to Microsoft`` (`text` is its key).

    The clause is named by its title in the newest version that has it; a text that is not a
    term's key is returned as it is.
    """
    key = TermKey.parse(text)
    if key is None:
        return text
    clause = next(
        (c for v in reversed(chain.versions) for c in v.clauses if c.id == key.clause_id), None
    )
    title = key.clause_id if clause is None else title_of(clause)
    words = {
        "rate": _("Rate of {clause}"),
        "cap_total": _("Cap of {clause}"),
        "share": _("Stake of {clause}"),
        "amount": _("Amount of {clause}"),
        "threshold": _("Threshold of {clause}"),
        "verification_lag_quarters": _("Verification lag of {clause}"),
        "until_total": _("Bound of {clause}"),
    }
    if key.tier is not None:
        template = {
            "rate": _("Tier {tier} rate of {clause}"),
            "until_total": _("Tier {tier} bound of {clause}"),
        }.get(key.parameter)
        if template is not None:
            return template.format(tier=key.tier + 1, clause=title)
    found = words.get(key.parameter)
    if found is None:
        return term_label(chain, text)
    return found.format(clause=title)
