"""Sensitivity and Monte Carlo sections, printed for the scenarios that have analyses."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from core.assumptions import SPECS_BY_NAME
from core.keyfigures import KEY_FIGURES_BY_NAME
from core.report.analyses import MonteCarlo, Sensitivity
from core.report.chartkit import box, fit, new_drawing, rule, text
from core.report.content import BriefContent
from core.report.formats import figure_text, label
from core.report.styles import ACCENT, INK, MUTED, SCENARIO_COLOURS
from core.report.tables import grid_table

MAX_BARS = 10


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
    return [heading, *story]


def _figure_name(figure: str, content: BriefContent) -> str:
    return label(KEY_FIGURES_BY_NAME[figure].label, content.contract.parties)


def sensitivity_story(
    scenario: str, result: Sensitivity, content: BriefContent, styles: StyleSheet1, width: float
) -> list[Flowable]:
    """A tornado of the largest swings and its table."""
    figure = KEY_FIGURES_BY_NAME[result.figure]
    title = f"Sensitivity under {scenario}: {_figure_name(result.figure, content)}"
    rows: list[list[str]] = [["Assumption", "Low setting", "High setting", "Swing"]]
    for bar in list(result.bars)[:MAX_BARS]:
        rows.append(
            [
                label(SPECS_BY_NAME[bar.assumption].label, content.contract.parties),
                figure_text(figure, bar.low),
                figure_text(figure, bar.high),
                figure_text(figure, abs(bar.high - bar.low)),
            ]
        )
    return [
        KeepTogether(
            [
                Paragraph(escape(title), styles["H2"]),
                tornado(result, content, width),
                Paragraph(
                    escape(
                        f"Base value {figure_text(figure, result.base)}; each assumption "
                        "at its low and high setting, the others unchanged."
                    ),
                    styles["Caption"],
                ),
                grid_table(rows, [width * 0.46, width * 0.18, width * 0.18, width * 0.18], styles),
            ]
        )
    ]


def tornado(result: Sensitivity, content: BriefContent, width: float) -> Drawing:
    """Horizontal bars from the low to the high result around the base value."""
    bars = list(result.bars)[:MAX_BARS]
    drawing = new_drawing(width, 16 + 15 * len(bars))
    values = [result.base] + [v for b in bars for v in (b.low, b.high)]
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    left, right = 170.0, width - 10

    def x_of(value: float) -> float:
        return left + (value - lo) / span * (right - left)

    for i, bar in enumerate(bars):
        y = drawing.height - 14 - 15 * i
        name = label(SPECS_BY_NAME[bar.assumption].label, content.contract.parties)
        drawing.add(text(0, y - 8, fit(name, left - 8), INK))
        for value, colour in ((bar.low, SCENARIO_COLOURS[1]), (bar.high, ACCENT)):
            x0, x1 = sorted((x_of(result.base), x_of(value)))
            drawing.add(box(x0, y - 10, max(x1 - x0, 0.5), 10, colour))
    base_x = x_of(result.base)
    drawing.add(rule(base_x, 0, base_x, drawing.height - 2, MUTED, 0.8))
    return drawing


def monte_carlo_story(
    scenario: str, result: MonteCarlo, content: BriefContent, styles: StyleSheet1, width: float
) -> list[Flowable]:
    """Percentiles of the key figures and the probability that AGI is effective by year."""
    rows: list[list[str]] = [["Key figure", "P10", "P50", "P90"]]
    for name, (p10, p50, p90) in result.percentiles.items():
        figure = KEY_FIGURES_BY_NAME[name]
        rows.append(
            [_figure_name(name, content), *(figure_text(figure, v) for v in (p10, p50, p90))]
        )
    story: list[Flowable] = [
        Paragraph(escape(f"Monte Carlo under {scenario}"), styles["H2"]),
        Paragraph(escape(f"{result.draws:,} draws, seed {result.seed}."), styles["Small"]),
        grid_table(rows, [width * 0.46, width * 0.18, width * 0.18, width * 0.18], styles),
    ]
    if result.agi_probability:
        years = sorted(result.agi_probability)
        probability = [
            ["Year", *map(str, years)],
            [
                "AGI effective by year end",
                *(f"{result.agi_probability[y] * 100:.0f} %" for y in years),
            ],
        ]
        share = (width * 0.7) / len(years)
        story.append(grid_table(probability, [width * 0.3] + [share] * len(years), styles))
    return story
