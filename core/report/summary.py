"""The one-page summary: sentences generated from the results, and the key figures table."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from core.contract import Contract, RevenueShare
from core.keyfigures import KEY_FIGURES, KeyFigure
from core.present.format import (
    gigawatts,
)
from core.present.format import (
    money as money_text,
)
from core.present.format import (
    percent as percent_text,
)
from core.present.format import (
    period as period_text,
)
from core.present.labels import fill as label
from core.present.text import figure_text
from core.projection import Projection
from core.report.charts import measure_words
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

MAX_SENTENCES = 6
MAX_LISTED = 6
"""Most scenarios a sentence names one by one; the key figures table lists them all."""


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


def summary_sentences(
    projections: Mapping[str, Projection], reader: Reader = "partner"
) -> list[str]:
    """Four to six plain sentences with names, numbers and dates (unescaped text)."""
    first = next(iter(projections.values()))
    kinds = {c.kind for c in first.contract.clauses}
    candidates = [
        _payments(projections, reader) if "revenue_share" in kinds else None,
        _agi(projections) if first.contract.agi_clause else None,
        _profit(projections),
        _partner(projections),
        _revenue(projections),
        _equity(projections) if "equity_stake" in kinds else None,
        _compute(projections),
    ]
    return [s for s in candidates if s][:MAX_SENTENCES]


def by_scenario(values: Sequence[tuple[str, str]]) -> str:
    """``$1.0B under Base, $2.0B under Bull and $3.0B under Bear``; one value if all agree."""
    texts = {text for _, text in values}
    if len(values) > 1 and len(texts) == 1:
        return f"{values[0][1]} in every scenario"
    parts = [f"{text} under {name}" for name, text in values]
    if len(parts) > MAX_LISTED:
        rest = len(parts) - MAX_LISTED + 1
        return ", ".join(parts[: MAX_LISTED - 1]) + f" and {rest} more (see the key figures)"
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _parties(projections: Mapping[str, Projection]) -> tuple[str, str, str, int]:
    p = next(iter(projections.values()))
    parties = p.contract.parties
    return parties.lab, parties.partner, parties.partner_cloud, p.grid.end_year


def _payments(projections: Mapping[str, Projection], reader: Reader) -> str:
    lab, partner, _, end = _parties(projections)
    start = next(iter(projections.values())).grid.start_year
    values = []
    for name, p in projections.items():
        cap = p.key_figures["revenue_share_cap_reached_period"]
        reached = f" (cap reached in {period_text(cap)})" if isinstance(cap, str) else ""
        values.append((name, _money(p, "revenue_share_total") + reached))
    if reader == "partner":
        return (
            f"From {start} to {end}, {partner} receives {by_scenario(values)} of revenue share "
            f"from {lab}."
        )
    return f"From {start} to {end}, {lab} pays {partner} {by_scenario(values)} of revenue share."


def _agi(projections: Mapping[str, Projection]) -> str:
    lab, _, _, end = _parties(projections)
    agi = next(iter(projections.values())).contract.agi_clause
    assert agi is not None
    test = (
        f"The AGI test ({lab}’s {measure_words(agi.measure)} reaching {money_text(agi.threshold)})"
    )
    met = [(n, p.key_figures) for n, p in projections.items()]
    met = [(n, f) for n, f in met if f["agi_determination_period"]]
    if not met:
        return f"{test} is not met by the end of {end} in any scenario."
    parts = []
    for name, figures in met:
        effective = figures["agi_effective_period"]
        when = f"effective {period_text(effective)}" if effective else f"effective after {end}"
        parts.append(
            f"in {period_text(figures['agi_determination_period'])} under {name} ({when})"
        )
    missing = [n for n in projections if n not in dict(met)]
    rest = f"; it is not met under {_names(missing)}" if missing else ""
    return f"{test} is met " + _joined(parts) + rest + "."


def _joined(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _names(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _profit(projections: Mapping[str, Projection]) -> str:
    lab, _, _, end = _parties(projections)
    years = [
        (n, str(p.key_figures["first_profitable_year"] or f"none by {end}"))
        for n, p in projections.items()
    ]
    totals = [
        (n, money_text(float(p.key_figures["lab_cumulative_profit_final"] or 0.0)))
        for n, p in projections.items()
    ]
    return (
        f"{lab}’s first profitable year is {by_scenario(years)}; its cumulative profit "
        f"at the end of {end} is {by_scenario(totals)}."
    )


def _partner(projections: Mapping[str, Projection]) -> str:
    _, partner, cloud, _ = _parties(projections)
    net = [(n, _money(p, "partner_net_total")) for n, p in projections.items()]
    cloud_part = _joined([_money(p, "partner_cloud_revenue_total") for p in projections.values()])
    return (
        f"{partner}’s gross inflows from the deal are {by_scenario(net)}, "
        f"of which {cloud} revenue is {cloud_part}."
    )


def _money(projection: Projection, name: str) -> str:
    return money_text(float(projection.key_figures[name] or 0.0))


def _revenue(projections: Mapping[str, Projection]) -> str:
    lab, _, _, end = _parties(projections)
    values = [
        (n, money_text(float(p.key_figures["lab_revenue_final_year"] or 0.0)))
        for n, p in projections.items()
    ]
    return f"{lab}’s annual revenue reaches {by_scenario(values)} in {end}."


def _equity(projections: Mapping[str, Projection]) -> str:
    _, partner, _, end = _parties(projections)
    values = [
        (n, money_text(float(p.key_figures["partner_equity_value_final"] or 0.0)))
        for n, p in projections.items()
    ]
    return f"{partner}’s equity stake is worth {by_scenario(values)} at the end of {end}."


def _compute(projections: Mapping[str, Projection]) -> str:
    lab, _, cloud, _ = _parties(projections)
    values = [
        (n, percent_text(float(p.key_figures["partner_share_of_compute_final"] or 0.0), 0))
        for n, p in projections.items()
    ]
    sentence = f"{cloud}’s share of {lab}’s compute in the last period is {by_scenario(values)}"
    worst = max(float(p.key_figures["api_shortfall_max_gw"] or 0.0) for p in projections.values())
    if worst > 0.005:
        sentence += f"; the API capacity shortfall peaks at {gigawatts(worst)}"
    return sentence + "."
