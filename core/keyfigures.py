"""Key figures of model.md section 7, computed for every draw at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

import numpy as np

from core.engine import Arrays
from core.inputs import FloatArray
from core.payments import first_index
from core.period_rows import total

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
    """Every key figure for every draw; a missing period, year or commitment is NaN.

    Read from the period-major rows: totals add the periods in order (`total`), so a
    draw's figures are the same alone as among many.
    """
    r, last = arrays.rows, arrays.last
    grid = arrays.grid
    discount = r["discount_factor"]
    partner, demand = np.broadcast_arrays(last["partner_gw"], last["demand_gw"])
    partner_share = np.divide(partner, demand, out=np.zeros(partner.shape), where=demand > 0)
    profit = r["profit"]
    by_year = profit.reshape(grid.year_count, grid.n, profit.shape[1])
    yearly_profit = by_year[:, 0].copy()
    for k in range(1, grid.n):
        yearly_profit += by_year[:, k]  # in order, as `total` adds
    profitable = yearly_profit > 0
    first_year = np.where(
        profitable.any(axis=0), grid.start_year + profitable.argmax(axis=0), np.nan
    )
    return {
        "agi_determination_period": _index_or_nan(arrays.agi_determination, grid.count),
        "agi_effective_period": _index_or_nan(arrays.agi_effective, grid.count),
        "revenue_share_total": total(r["revenue_share"]),
        "revenue_share_npv": total(r["revenue_share"] * discount),
        "revenue_share_cap_reached_period": _index_or_nan(
            first_index(list(arrays.cap_reached.values()), len(arrays.agi_determination)),
            grid.count,
        ),
        "profit_share_total": total(r["profit_share"]),
        "partner_net_total": total(r["partner_net"]),
        "partner_net_npv": total(r["partner_net"] * discount),
        "partner_royalties_total": total(r["partner_royalties"]),
        "partner_cloud_margin_total": total(r["partner_cloud_margin"]),
        "partner_value_npv": total(r["partner_value"] * discount),
        "partner_cloud_revenue_total": total(r["partner_cloud_revenue"]),
        "partner_share_of_compute_final": partner_share,
        "partner_equity_value_final": last["partner_equity_value"],
        "lab_revenue_final_year": arrays.annual_revenue[:, -1],
        "lab_cumulative_profit_final": last["cumulative_profit"],
        "first_profitable_year": first_year.astype(np.float64),
        "api_shortfall_max_gw": _largest(r["shortfall_gw"]),
        "partner_commitment_shortfall": _commitment_shortfall(arrays),
    }


def _largest(rows: FloatArray) -> FloatArray:
    """The largest of rows (periods, draws) per draw, row by row (a contiguous walk)."""
    largest: FloatArray = rows[0].copy()
    for row in rows[1:]:
        np.maximum(largest, row, out=largest)
    return largest


def _periods(mask: np.ndarray) -> slice | np.ndarray:
    """The periods of `mask` as a slice when they run on (a date range's do): no copy."""
    chosen = np.flatnonzero(mask)
    if len(chosen) and chosen[-1] - chosen[0] + 1 == len(chosen):
        return slice(int(chosen[0]), int(chosen[-1]) + 1)
    return mask


def _index_or_nan(index: np.ndarray, count: int) -> FloatArray:
    return np.where(index < count, index, np.nan).astype(np.float64)


def _commitment_shortfall(arrays: Arrays) -> FloatArray:
    """Sum over spend commitments of max(0, pro-rated amount - partner cloud spend).

    The commitments are those of the newest version of the chain that has any (section 9).
    """
    grid = arrays.grid
    draws = len(arrays.agi_effective)
    commitments = arrays.chain.spend_commitments()
    if not commitments:
        return np.full(draws, np.nan)
    horizon = (dt.date(grid.start_year, 1, 1), dt.date(grid.end_year, 12, 31))
    shortfall = np.zeros(draws)
    for clause in commitments:
        lo, hi = max(clause.start, horizon[0]), min(clause.end, horizon[1])
        window_days = (clause.end - clause.start).days + 1
        inside_days = max(0, (hi - lo).days + 1)
        required = arrays.params.of(clause, "amount") * inside_days / window_days
        spend = np.zeros(draws)
        if inside_days:
            spend = total(arrays.rows["partner_cloud_revenue"][_periods(grid.overlaps(lo, hi))])
        shortfall = shortfall + np.maximum(0.0, required - spend)
    return shortfall
