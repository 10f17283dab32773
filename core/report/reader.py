"""Whose question the brief answers: the headline figure, its wording and the figures after it.

The partner reads what the deal is worth to it, the lab what the deal costs it, a neutral
reader what the deal moves from one to the other. Sentences use the contract's party names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from core.contract import Parties
from core.present.grammar import party_words
from core.present.i18n import _
from core.projection import Projection
from core.report.content import HEADLINES, Reader

PARTNER_VALUE = HEADLINES["partner"]
"""The partner's headline: royalties and cloud margin in today's money (model.md section 7)."""


@dataclass(frozen=True, slots=True)
class ReaderView:
    """What page 1 leads with for one reader.

    Parameters
    ----------
    question : str
        Page 1's title, e.g. "What the deal is worth to Microsoft".
    short : str
        The reader in the header band, e.g. "For Microsoft".
    headline : str
        The key figure of the headline sentence.
    supporting : tuple of str
        Key figures shown next, in order; those without a value in any scenario are skipped.
    """

    question: str
    short: str
    headline: str
    supporting: tuple[str, ...]


def reader_view(reader: Reader, parties: Parties) -> ReaderView:
    """The view of `reader` with the contract's party names filled in."""
    words = party_words(parties)
    if reader == "lab":
        return ReaderView(
            _("What the deal costs {lab}").format(**words),
            _("For {lab}").format(**words),
            HEADLINES["lab"],
            (
                "partner_royalties_total",
                "revenue_share_total",
                "lab_cumulative_profit_final",
                "first_profitable_year",
            ),
        )
    if reader == "neutral":
        return ReaderView(
            _("What the deal moves between {lab} and {partner}").format(**words),
            _("Neutral reading"),
            PARTNER_VALUE,
            (
                "partner_royalties_total",
                "partner_cloud_margin_total",
                "lab_cumulative_profit_final",
                "partner_equity_value_final",
            ),
        )
    return ReaderView(
        _("What the deal is worth to {partner}").format(**words),
        _("For {partner}").format(**words),
        PARTNER_VALUE,
        (
            "partner_royalties_total",
            "partner_cloud_margin_total",
            "partner_equity_value_final",
            "revenue_share_total",
        ),
    )


def headline_sentence(
    reader: Reader, parties: Parties, amount: str, scenario: str, spread: str
) -> str:
    """The one sentence of page 1: the reader's number under the first scenario.

    `spread` is the range over the other scenarios (``""`` for one scenario).
    """
    words = party_words(parties) | {"amount": amount, "scenario": scenario, "spread": spread}
    if reader == "lab":
        if spread:
            text = _(
                "The deal costs {lab} {amount} in today’s money under {scenario}: the revenue "
                "share it pays {partner} ({spread})."
            )
        else:
            text = _(
                "The deal costs {lab} {amount} in today’s money under {scenario}: the revenue "
                "share it pays {partner}."
            )
    elif reader == "neutral":
        if spread:
            text = _(
                "The deal moves {amount} of value from {lab} to {partner} in today’s money "
                "under {scenario} ({spread})."
            )
        else:
            text = _(
                "The deal moves {amount} of value from {lab} to {partner} in today’s money "
                "under {scenario}."
            )
    elif spread:
        text = _(
            "The deal is worth {amount} to {partner} in today’s money under {scenario} ({spread})."
        )
    else:
        text = _("The deal is worth {amount} to {partner} in today’s money under {scenario}.")
    return text.format(**words)


def figure_values(projections: Mapping[str, Projection], name: str) -> dict[str, float]:
    """The numeric values of key figure `name` by scenario (scenarios without one left out)."""
    found: dict[str, float] = {}
    for scenario, projection in projections.items():
        value = projection.key_figures.get(name)
        if isinstance(value, int | float) and value == value:
            found[scenario] = float(value)
    return found
