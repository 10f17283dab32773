"""Sensitivity and Monte Carlo sections, printed for the scenarios that have analyses."""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from core.analysis import Sensitivity, Setting, Simulation
from core.analysis.distributions import describe
from core.analysis.sensitivity import HIGH_FACTOR, LOW_FACTOR
from core.assumptions import SPECS_BY_NAME
from core.chain import Chain
from core.keyfigures import KEY_FIGURES_BY_NAME, KeyFigure
from core.present.format import number, percent
from core.present.labels import fill as label
from core.present.text import figure_text, setting_text
from core.report.analysis_charts import (
    DISPLAY_PRECISION,
    assumption_name,
    fan_charts,
    moving_rows,
    tornado,
    tornado_rows,
)
from core.report.content import BriefContent
from core.report.script import markup
from core.report.tables import grid_table
from core.terms import term_label

TABLE_ROWS = 10


def analyses_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """One subsection per scenario with results; nothing at all without analyses."""
    story: list[Flowable] = []
    for name in content.projections:
        found = content.analyses.get(name)
        if found is None or found.is_empty():
            continue
        if found.sensitivity is not None:
            story += sensitivity_story(name, found.sensitivity, content, styles, width)
        if found.monte_carlo is not None:
            story += monte_carlo_story(name, found.monte_carlo, content, styles, width)
    if not story:
        return []
    heading = Paragraph("Sensitivity and Monte Carlo", styles["H1"])
    return [KeepTogether([heading, story[0]]), *story[1:]]  # no heading alone at a page end


def _figure_name(figure: str, content: BriefContent) -> str:
    return label(KEY_FIGURES_BY_NAME[figure].label, content.contract.parties)


def sensitivity_rows(result: Sensitivity, content: BriefContent) -> list[list[str]]:
    """Header and the largest swings: the figure at each setting (the setting in brackets)."""
    figure = KEY_FIGURES_BY_NAME[result.figure]
    first = "Assumption or deal term" if any(row.term for row in result.rows) else "Assumption"
    rows = [[first, "At low setting", "At high setting", "Swing"]]
    for row in moving_rows(result)[:TABLE_ROWS]:
        rows.append(
            [
                assumption_name(row.assumption, content.contract.parties, content.chain),
                _at(figure, row.figure_low, row.low),
                _at(figure, row.figure_high, row.high),
                figure_text(figure, row.swing),
            ]
        )
    return rows


def _at(figure: KeyFigure, value: float | None, setting: Setting) -> str:
    return f"{figure_text(figure, value)} ({setting_text(setting)})"


def sensitivity_story(
    scenario: str, result: Sensitivity, content: BriefContent, styles: StyleSheet1, width: float
) -> list[Flowable]:
    """A tornado of the largest swings and its table."""
    figure = KEY_FIGURES_BY_NAME[result.figure]
    title = f"Sensitivity under {scenario}: {_figure_name(result.figure, content)}"
    parts: list[Flowable] = [Paragraph(markup(title), styles["H2"])]
    if result.base is None:
        note = "The figure has no value under this scenario, so no input moves it."
        return [*parts, Paragraph(note, styles["Small"])]
    if not tornado_rows(result):
        note = (
            f"No input moves this figure: under each of the {len(result.rows)} inputs tried, "
            f"it stays at {figure_text(figure, result.base)} to display precision."
        )
        return [*parts, Paragraph(markup(note), styles["Small"])]
    shown, moving = len(tornado_rows(result)), len(moving_rows(result))
    caption = (
        f"Showing {shown} of the {len(result.rows)} inputs tried ({moving} move the figure). "
        f"Base value {figure_text(figure, result.base)}. Each assumption at its low and high "
        f"setting, the others unchanged: its whole path ×{LOW_FACTOR:g} and ×{HIGH_FACTOR:g}, "
        "or the P10 and P90 "
        "of its uncertainty where the scenario gives one."
    )
    if any(row.term for row in result.rows):
        caption += (
            f" Each deal term at ×{LOW_FACTOR:g} and ×{HIGH_FACTOR:g} of its value, or the P10 "
            "and P90 of its uncertainty, in every version of the deal that has its clause."
        )
    widths = [width * 0.4, width * 0.22, width * 0.22, width * 0.16]
    return [
        KeepTogether(
            [
                *parts,
                tornado(result, content.contract.parties, width, content.chain),
                Paragraph(markup(caption), styles["Caption"]),
                grid_table(sensitivity_rows(result, content), widths, styles),
            ]
        ),
    ]


def monte_carlo_rows(result: Simulation, content: BriefContent) -> list[list[str]]:
    """Header and one row per key figure with a value: P10, P50, P90 and the mean."""
    rows = [["Key figure", "P10", "P50", "P90", "Mean"]]
    for name, dist in result.key_figures.items():
        if dist.none_share == 1.0:
            continue
        figure = KEY_FIGURES_BY_NAME[name]
        values = (dist.p10, dist.p50, dist.p90, dist.mean)
        if figure.kind in ("money", "gw", "share") and all(
            isinstance(v, float) and abs(v) < DISPLAY_PRECISION[figure.kind] for v in values
        ):
            continue  # zero in every draw: dropped, as in every other table
        rows.append([_figure_name(name, content), *(figure_text(figure, v) for v in values)])
    return rows


def sampled_text(result: Simulation, content: BriefContent) -> str:
    """``10,000 draws, seed 0. Sampled: Revenue growth (%): factor ~ triangular(...)``."""
    parties = content.contract.parties
    chain = Chain(tuple(content.chain))

    def named(name: str) -> str:  # an assumption, or a deal term in words
        if name in SPECS_BY_NAME:
            return assumption_name(name, parties)
        return term_label(chain, name)

    sampled = "; ".join(
        f"{named(name)}: {describe(dist)}" for name, dist in result.uncertainty.items()
    )
    head = f"{number(result.draws, 0)} draws, seed {result.seed}."
    return f"{head} Sampled: {sampled}." if sampled else f"{head} No assumption is uncertain."


def monte_carlo_story(
    scenario: str, result: Simulation, content: BriefContent, styles: StyleSheet1, width: float
) -> list[Flowable]:
    """Fan charts, key-figure percentiles and the probability that AGI is effective by year."""
    widths = [width * 0.4] + [width * 0.15] * 4
    story: list[Flowable] = [
        KeepTogether(
            [
                Paragraph(markup(f"Monte Carlo under {scenario}"), styles["H2"]),
                Paragraph(markup(sampled_text(result, content)), styles["Small"]),
                fan_charts(result, content.contract.parties, content.workspace.settings, width),
                Spacer(1, 8),
            ]
        ),
        grid_table(monte_carlo_rows(result, content), widths, styles),
    ]
    if result.p_agi_effective_by_year:
        story.append(_agi_table(result, styles, width))
    return story


def _agi_table(result: Simulation, styles: StyleSheet1, width: float) -> Flowable:
    by_year = result.p_agi_effective_by_year
    years = sorted(by_year)
    rows = [
        ["Year", *map(str, years)],
        ["AGI effective by year end", *(percent(by_year[y], 0) for y in years)],
    ]
    share = (width * 0.7) / len(years)
    return grid_table(rows, [width * 0.3] + [share] * len(years), styles)
