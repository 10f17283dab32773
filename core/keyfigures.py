"""Key figures of model.md section 7, computed for every draw at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import numpy as np

from core.engine import Arrays
from core.inputs import FloatArray
from core.payments import first_index

Kind = Literal["money", "period", "year", "share", "gw"]


@dataclass(frozen=True, slots=True)
class KeyFigure:
    """How to name and show one key figure.

    Parameters
    ----------
    name : str
        The key used on the command line and in files (model.md section 7).
    label : str
        Display label; ``{lab}``, ``{partner}`` and ``{cloud}`` are filled in.
    kind : Kind
        ``money`` in $B, ``period`` a period label, ``year`` a calendar year,
        ``share`` a fraction, ``gw`` gigawatts.
    """

    name: str
    label: str
    kind: Kind


KEY_FIGURES: tuple[KeyFigure, ...] = (
    KeyFigure("agi_determination_period", "AGI determination", "period"),
    KeyFigure("agi_effective_period", "AGI clause effective", "period"),
    KeyFigure("revenue_share_total", "Revenue share paid to {partner}", "money"),
    KeyFigure("revenue_share_npv", "Revenue share paid to {partner}, NPV", "money"),
    KeyFigure("revenue_share_cap_reached_period", "Revenue-share cap reached", "period"),
    KeyFigure("profit_share_total", "Profit share paid to {partner}", "money"),
    KeyFigure("partner_net_total", "{partner} gross inflows from the deal", "money"),
    KeyFigure("partner_net_npv", "{partner} gross inflows, NPV", "money"),
    KeyFigure("partner_royalties_total", "{partner} royalties from the deal", "money"),
    KeyFigure("partner_cloud_margin_total", "{partner} margin on {cloud} revenue", "money"),
    KeyFigure("partner_value_npv", "Value of the deal to {partner}, NPV", "money"),
    KeyFigure("partner_cloud_revenue_total", "{cloud} revenue from {lab}", "money"),
    KeyFigure("partner_share_of_compute_final", "{cloud} share of compute, last period", "share"),
    KeyFigure("partner_equity_value_final", "{partner} equity value, last year", "money"),
    KeyFigure("lab_revenue_final_year", "{lab} revenue, last year", "money"),
    KeyFigure("lab_cumulative_profit_final", "{lab} cumulative profit, end", "money"),
    KeyFigure("first_profitable_year", "{lab} first profitable year", "year"),
    KeyFigure("api_shortfall_max_gw", "Largest API capacity shortfall", "gw"),
    KeyFigure("partner_commitment_shortfall", "{cloud} spend-commitment shortfall", "money"),
)
KEY_FIGURES_BY_NAME = {figure.name: figure for figure in KEY_FIGURES}
NAMES = tuple(KEY_FIGURES_BY_NAME)

Figures = dict[str, FloatArray]
"""Key figure name -> value per draw. Periods and years are indices/years, NaN for none."""


def compute_figures(arrays: Arrays) -> Figures:
    """Every key figure for every draw; a missing period, year or commitment is NaN."""
    c = arrays.columns
    grid = arrays.grid
    discount = c["discount_factor"]
    partner, demand = np.broadcast_arrays(c["partner_gw"][:, -1], c["demand_gw"][:, -1])
    partner_share = np.divide(partner, demand, out=np.zeros(partner.shape), where=demand > 0)
    yearly_profit = c["profit"].reshape(len(c["profit"]), grid.year_count, grid.n).sum(axis=2)
    profitable = yearly_profit > 0
    first_year = np.where(
        profitable.any(axis=1), grid.start_year + profitable.argmax(axis=1), np.nan
    )
    return {
        "agi_determination_period": _index_or_nan(arrays.agi_determination, grid.count),
        "agi_effective_period": _index_or_nan(arrays.agi_effective, grid.count),
        "revenue_share_total": c["revenue_share"].sum(axis=1),
        "revenue_share_npv": (c["revenue_share"] * discount).sum(axis=1),
        "revenue_share_cap_reached_period": _index_or_nan(
            first_index(list(arrays.cap_reached.values()), len(arrays.agi_determination)),
            grid.count,
        ),
        "profit_share_total": c["profit_share"].sum(axis=1),
        "partner_net_total": c["partner_net"].sum(axis=1),
        "partner_net_npv": (c["partner_net"] * discount).sum(axis=1),
        "partner_royalties_total": c["partner_royalties"].sum(axis=1),
        "partner_cloud_margin_total": c["partner_cloud_margin"].sum(axis=1),
        "partner_value_npv": (c["partner_value"] * discount).sum(axis=1),
        "partner_cloud_revenue_total": c["partner_cloud_revenue"].sum(axis=1),
        "partner_share_of_compute_final": partner_share,
        "partner_equity_value_final": c["partner_equity_value"][:, -1],
        "lab_revenue_final_year": arrays.annual_revenue[:, -1],
        "lab_cumulative_profit_final": c["cumulative_profit"][:, -1],
        "first_profitable_year": first_year.astype(np.float64),
        "api_shortfall_max_gw": c["shortfall_gw"].max(axis=1),
        "partner_commitment_shortfall": _commitment_shortfall(arrays),
    }


def _index_or_nan(index: np.ndarray, count: int) -> FloatArray:
    return np.where(index < count, index, np.nan).astype(np.float64)


def _commitment_shortfall(arrays: Arrays) -> FloatArray:
    """Sum over spend commitments of max(0, pro-rated amount - partner cloud spend).

    The commitments are those of the newest version of the chain that has any (section 9).
    """
    grid = arrays.grid
    draws = arrays.columns["revenue"].shape[0]
    commitments = arrays.chain.spend_commitments()
    if not commitments:
        return np.full(draws, np.nan)
    horizon = (dt.date(grid.start_year, 1, 1), dt.date(grid.end_year, 12, 31))
    total = np.zeros(draws)
    for clause in commitments:
        lo, hi = max(clause.start, horizon[0]), min(clause.end, horizon[1])
        window_days = (clause.end - clause.start).days + 1
        inside_days = max(0, (hi - lo).days + 1)
        required = arrays.params.of(clause, "amount") * inside_days / window_days
        spend = np.zeros(draws)
        if inside_days:
            overlap = grid.overlaps(lo, hi)
            spend = arrays.columns["partner_cloud_revenue"][:, overlap].sum(axis=1)
        total = total + np.maximum(0.0, required - spend)
    return total
