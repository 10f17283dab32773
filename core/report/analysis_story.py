"""Sensitivity and Monte Carlo sections, printed for the scenarios that have analyses."""

from __future__ import annotations

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from core.analysis import Sensitivity, Setting, Simulation
from core.analysis.distributions import Distribution
from core.analysis.sensitivity import HIGH_FACTOR, LOW_FACTOR
from core.assumptions import SPECS_BY_NAME
from core.chain import Chain
from core.keyfigures import KEY_FIGURES_BY_NAME, KeyFigure
from core.present import format as fmt
from core.present.contract_text import term_name
from core.present.grammar import semicolons
from core.present.i18n import _, ngettext, pgettext
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
from core.workspace import Normal, Triangular, Uniform

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
    heading = Paragraph(_("Sensitivity and Monte Carlo"), styles["H1"])
    return [KeepTogether([heading, story[0]]), *story[1:]]  # no heading alone at a page end


def _figure_name(figure: str, content: BriefContent) -> str:
    return label(KEY_FIGURES_BY_NAME[figure].label, content.contract.parties)


def sensitivity_rows(result: Sensitivity, content: BriefContent) -> list[list[str]]:
    """Header and the largest swings: the figure at each setting (the setting in brackets)."""
    figure = KEY_FIGURES_BY_NAME[result.figure]
    first = (
        _("Assumption or deal term") if any(row.term for row in result.rows) else _("Assumption")
    )
    rows = [[first, _("At low setting"), _("At high setting"), _("Swing")]]
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
    return _("{value} ({setting})").format(
        value=figure_text(figure, value), setting=setting_text(setting)
    )


def sensitivity_story(
    scenario: str, result: Sensitivity, content: BriefContent, styles: StyleSheet1, width: float
) -> list[Flowable]:
    """A tornado of the largest swings and its table."""
    figure = KEY_FIGURES_BY_NAME[result.figure]
    title = _("Sensitivity under {scenario}: {figure}").format(
        scenario=scenario, figure=_figure_name(result.figure, content)
    )
    parts: list[Flowable] = [Paragraph(markup(title), styles["H2"])]
    if result.base is None:
        note = _("The figure has no value under this scenario, so no input moves it.")
        return [*parts, Paragraph(note, styles["Small"])]
    if not tornado_rows(result):
        note = ngettext(
            "No input moves this figure: under the {count} input tried, it stays at {value} "
            "to display precision.",
            "No input moves this figure: under each of the {count} inputs tried, it stays at "
            "{value} to display precision.",
            len(result.rows),
        ).format(count=len(result.rows), value=figure_text(figure, result.base))
        return [*parts, Paragraph(markup(note), styles["Small"])]
    shown, moving = len(tornado_rows(result)), len(moving_rows(result))
    factors = {
        "low": "×" + fmt.significant(LOW_FACTOR, 3),
        "high": "×" + fmt.significant(HIGH_FACTOR, 3),
    }
    caption = ngettext(
        "Showing {shown} of the {count} inputs tried ({moving} moves the figure).",
        "Showing {shown} of the {count} inputs tried ({moving} move the figure).",
        moving,
    ).format(shown=shown, count=len(result.rows), moving=moving)
    caption += " " + _(
        "Base value {base}. Each assumption at its low and high setting, the others "
        "unchanged: its whole path {low} and {high}, or the P10 and P90 of its uncertainty "
        "where the scenario gives one."
    ).format(base=figure_text(figure, result.base), **factors)
    if any(row.term for row in result.rows):
        caption += " " + _(
            "Each deal term at {low} and {high} of its value, or the P10 and P90 of its "
            "uncertainty, in every version of the deal that has its clause."
        ).format(**factors)
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
    rows = [[_("Key figure"), "P10", "P50", "P90", _("Mean")]]
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
        return term_name(chain, name)

    sampled = semicolons(
        _("{input}: {distribution}").format(
            input=named(name), distribution=distribution_text(dist)
        )
        for name, dist in result.uncertainty.items()
    )
    head = ngettext("{draws} draw, seed {seed}.", "{draws} draws, seed {seed}.", result.draws)
    head = head.format(draws=fmt.number(result.draws, 0), seed=result.seed)
    if sampled:
        return head + " " + _("Sampled: {inputs}.").format(inputs=sampled)
    return head + " " + _("No assumption is uncertain.")


def monte_carlo_story(
    scenario: str, result: Simulation, content: BriefContent, styles: StyleSheet1, width: float
) -> list[Flowable]:
    """Fan charts, key-figure percentiles and the probability that AGI is effective by year."""
    widths = [width * 0.4] + [width * 0.15] * 4
    story: list[Flowable] = [
        KeepTogether(
            [
                Paragraph(
                    markup(_("Monte Carlo under {scenario}").format(scenario=scenario)),
                    styles["H2"],
                ),
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
    # Small type, so that a French "24 %" (a space before the sign) fits a year's column.
    shares = [Paragraph(markup(fmt.percent(by_year[y], 0)), styles["GridCell"]) for y in years]
    rows: list[list[str | Paragraph]] = [
        [_("Year"), *map(str, years)],
        [_("AGI effective by year end"), *shares],
    ]
    share = (width * 0.76) / len(years)
    return grid_table(rows, [width * 0.24] + [share] * len(years), styles)


def distribution_text(dist: Distribution) -> str:
    """An uncertainty in the current language: ``factor ~ triangular(0.6, 1, 1.25)``."""

    def shown(value: float) -> str:
        return fmt.significant(value, 6)

    apply = (
        pgettext("uncertainty", "factor")
        if dist.apply == "factor"
        else pgettext("uncertainty", "shift")
    )
    if isinstance(dist, Uniform):
        text = _("{apply} ~ uniform({low}, {high})")
        return text.format(apply=apply, low=shown(dist.low), high=shown(dist.high))
    if isinstance(dist, Triangular):
        text = _("{apply} ~ triangular({low}, {mode}, {high})")
        return text.format(
            apply=apply, low=shown(dist.low), mode=shown(dist.mode), high=shown(dist.high)
        )
    if isinstance(dist, Normal):
        text = _("{apply} ~ normal(mean {mean}, sd {sd})")
        return text.format(apply=apply, mean=shown(dist.mean), sd=shown(dist.sd))
    text = _("{apply} ~ lognormal(median {median}, sigma {sigma})")
    return text.format(apply=apply, median=shown(dist.median), sigma=shown(dist.sigma))
