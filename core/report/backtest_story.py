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
from core.present.grammar import semicolons
from core.present.i18n import _, ngettext
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
        periods = _("{first} to {last}").format(first=periods, last=period_text(row.last))
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
    table = [
        [
            _("Reported figure"),
            _("Periods"),
            _("Reported"),
            _("Model ({scenario})").format(scenario=scenario),
            _("Model ÷ reported"),
        ]
    ]
    table += [row_cells(row, content) for row in rows]
    widths = [width * 0.34, width * 0.2, width * 0.14, width * 0.16, width * 0.16]
    story: list[Flowable] = [
        Paragraph(_("How the model compares with reported figures"), styles["H2"]),
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
            ngettext(
                "The model is typically within {percent} of the reported figure (median over "
                "{count} figure)",
                "The model is typically within {percent} of the reported figure (median over "
                "{count} figures)",
                comparable,
            ).format(percent=percent_text(math.exp(median) - 1), count=comparable)
        )
    left = len(found.rows) - comparable
    if left:
        parts.append(
            ngettext(
                "{count} reported figure falls outside the projection and is left out",
                "{count} reported figures fall outside the projection and are left out",
                left,
            ).format(count=left)
        )
    if comparable > shown:
        more = comparable - shown
        parts.append(
            ngettext(
                "{count} more is in the command line’s backtest",
                "{count} more are in the command line’s backtest",
                more,
            ).format(count=more)
        )
    return semicolons(parts) + "." if parts else ""
