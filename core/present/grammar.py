"""Small pieces of grammar the generated sentences need: names after "of" (French elision).

Sentences are whole translated messages with named placeholders; a name that French joins
with "de" is passed ready-made (``of_partner``: "de Microsoft", "d’OpenAI"), so that the
translation chooses where it goes and the code never glues words together.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.contract import Parties
from core.present.i18n import language, pgettext

_VOWELS = "aeiouyàâäéèêëîïôöûüÿæœ"
"""Initials that take "d’"; an "h" does not, as foreign names start with an aspirated one."""


def of(name: str) -> str:
    """`name` after "of": ``of OpenAI`` / ``d’OpenAI``, ``de Microsoft``."""
    if language() == "fr":
        return ("d’" if name[:1].lower() in _VOWELS else "de ") + name
    return "of " + name


def party_words(parties: Parties) -> dict[str, str]:
    """The placeholders every sentence about the deal may use.

    ``lab``, ``partner``, ``cloud`` and the same after "of": ``of_lab``, ``of_partner``,
    ``of_cloud``.
    """
    return {
        "lab": parties.lab,
        "partner": parties.partner,
        "cloud": parties.partner_cloud,
        "of_lab": of(parties.lab),
        "of_partner": of(parties.partner),
        "of_cloud": of(parties.partner_cloud),
    }


def semicolons(parts: Iterable[str]) -> str:
    """`parts` joined by semicolons, with the space French puts before one: ``a ; b``."""
    return pgettext("list separator", "; ").join(parts)
