"""The key figures table: which figures a brief shows, and their rows as printed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.contract import Contract, RevenueShare
from core.keyfigures import KEY_FIGURES, KeyFigure
from core.present.labels import fill as label
from core.present.text import figure_text
from core.projection import Projection
from core.report.content import Reader
from core.report.reader import reader_view

_NEEDS_KIND = {
    "agi_determination_period": "agi_clause",
    "agi_effective_period": "agi_clause",
    "revenue_share_total": "revenue_share",
    "revenue_share_npv": "revenue_share",
    "revenue_share_cap_reached_period": "capped revenue_share",
    "profit_share_total": "profit_share",
    "partner_equity_value_final": "equity_stake",
    "partner_commitment_shortfall": "spend_commitment",
}


def applicable_figures(contract: Contract) -> list[KeyFigure]:
    """Key figures that mean something for `contract` (no revenue-share rows without one)."""
    kinds = {c.kind for c in contract.clauses} | {"any"}
    if any(isinstance(c, RevenueShare) and c.cap_total is not None for c in contract.clauses):
        kinds.add("capped revenue_share")
    return [f for f in KEY_FIGURES if _NEEDS_KIND.get(f.name, "any") in kinds]


def shown_figures(projections: Mapping[str, Projection], reader: Reader) -> list[KeyFigure]:
    """The figures the tables print: the reader's first, none that is zero everywhere."""
    first = next(iter(projections.values()))
    view = reader_view(reader, first.contract.parties)
    lead = [view.headline, *view.supporting]
    figures = [f for f in applicable_figures(first.contract) if _shows(f, projections)]
    rank = {name: i for i, name in enumerate(lead)}
    return sorted(figures, key=lambda f: rank.get(f.name, len(rank)))


def _shows(figure: KeyFigure, projections: Mapping[str, Projection]) -> bool:
    """False when the figure is zero (to display precision) or none in every scenario."""
    for projection in projections.values():
        value = projection.key_figures.get(figure.name)
        if isinstance(value, str):
            return True
        if isinstance(value, int | float) and value == value and abs(value) >= 0.005:
            return True
    return False


def key_figure_rows(
    projections: Mapping[str, Projection], figures: Sequence[KeyFigure]
) -> list[list[str]]:
    """Rows of the key figures table: label, then the figure under each scenario, as printed."""
    first = next(iter(projections.values()))
    return [
        [label(f.label, first.contract.parties)]
        + [figure_text(f, p.key_figures[f.name]) for p in projections.values()]
        for f in figures
    ]
