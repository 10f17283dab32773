"""How the model compares with reported figures: the first scenario beside the deal's actuals."""

from __future__ import annotations

import math

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph

from core.actuals import actuals_for
from core.backtest import FIGURE_LABELS, Backtest, BacktestRow, backtest
from core.present.format import NONE, ratio
from core.present.format import percent as percent_text
from core.present.format import period as period_text
from core.present.labels import fill as label
from core.present.text import reported_text
from core.report.content import BriefContent
from core.report.script import markup
from core.report.tables import grid_table

MAX_ROWS = 8
"""The table stays short: the comparable rows furthest from their report beyond it are counted."""


def backtest_of(content: BriefContent) -> Backtest | None:
    """The first scenario against the deal's bundled actuals; None when none are bundled."""
    actuals = actuals_for(content.contract)
    return None if actuals is None else backtest(content.first, actuals)


def row_cells(row: BacktestRow, content: BriefContent) -> list[str]:
    """Figure, periods, reported, model and the ratio, as printed."""
    parties = content.contract.parties
    periods = period_text(row.first)
    if row.last != row.first:
        periods += f" to {period_text(row.last)}"
    return [
        label(FIGURE_LABELS[row.figure], parties),
        periods,
        reported_text(row.figure, row.reported),
        reported_text(row.figure, row.model),
        NONE if row.ratio is None else ratio(row.ratio),
    ]


def backtest_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """The short table and one line on how close the model runs to the reports."""
    found = backtest_of(content)
    if found is None or not found.comparable_rows:
        return []
    scenario = next(iter(content.projections))
    rows = list(found.comparable_rows)[:MAX_ROWS]
    table = [["Reported figure", "Periods", "Reported", f"Model ({scenario})", "Model ÷ reported"]]
    table += [row_cells(row, content) for row in rows]
    widths = [width * 0.34, width * 0.2, width * 0.14, width * 0.16, width * 0.16]
    story: list[Flowable] = [
        Paragraph("How the model compares with reported figures", styles["H2"]),
        grid_table(table, widths, styles, numeric_from=2),
    ]
    story.append(Paragraph(markup(summary_line(found, len(rows))), styles["Caption"]))
    return story


def summary_line(found: Backtest, shown: int) -> str:
    """``Typically within 12.0 % of the report (median over 9 figures); …``."""
    comparable = len(found.comparable_rows)
    median = found.median_abs_log_ratio
    parts = []
    if median is not None and math.isfinite(median):
        parts.append(
            f"The model is typically within {percent_text(math.exp(median) - 1)} of the "
            f"reported figure (median over {comparable} figures)"
        )
    left = len(found.rows) - comparable
    if left:
        parts.append(f"{left} reported figures fall outside the projection and are left out")
    if comparable > shown:
        parts.append(f"{comparable - shown} more are in the command line’s backtest")
    return "; ".join(parts) + "." if parts else ""
