"""Page 1: the reader's question answered, with three numbers, one chart and the key dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from core.analysis import Sensitivity
from core.contract import Contract, IpLicense, Parties
from core.keyfigures import KEY_FIGURES_BY_NAME, KeyFigure
from core.present import format as fmt
from core.present.contract_text import title_of
from core.present.format import date as date_text
from core.present.format import period as period_text
from core.present.grammar import party_words, semicolons
from core.present.i18n import _, ngettext
from core.present.labels import fill as label
from core.present.text import figure_text
from core.projection import Projection
from core.report import charts
from core.report.analysis_charts import assumption_name, moving_rows
from core.report.content import BriefContent
from core.report.fonts import FAMILY
from core.report.reader import figure_values, headline_sentence, reader_view
from core.report.script import markup
from core.report.styles import ACCENT, RULE
from core.report.tables import grid_table

ANSWER_CHART_HEIGHT = 175.0
ANSWER_LINES = 6
"""Most scenarios page 1's chart shows; the Charts section shows every one."""


def answer_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """The question as title, the headline, three numbers, the chart, dates, what could change."""
    parties = content.contract.parties
    view = reader_view(content.reader, parties)
    story: list[Flowable] = [Paragraph(markup(view.question), styles["H1"])]
    story.append(Paragraph(markup(headline(content)), styles["Headline"]))
    numbers = supporting_numbers(content)
    if numbers:
        story.append(_number_cells(numbers, styles, width))
    changes = version_changes(content.chain, content.first)
    shown = dict(list(content.projections.items())[:ANSWER_LINES])
    chart = charts.cap_chart(shown, width, changes, ANSWER_CHART_HEIGHT)
    if chart is not None:
        story.append(chart)
        story.append(Paragraph(markup(_caption(content, len(shown), changes)), styles["Caption"]))
    dates = key_dates(content)
    if dates:
        story.append(Paragraph(_("Key dates"), styles["H3"]))
        header = [_("When"), _("What")]
        story.append(grid_table([header, *dates], [width * 0.2, width * 0.8], styles, 2))
    story.append(Paragraph(_("What would change this view"), styles["H3"]))
    story.append(Paragraph(markup(what_would_change(content)), styles["Body"]))
    return story


def _caption(content: BriefContent, shown: int, changes: Sequence[object]) -> str:
    """The caption of page 1's chart: what it shows, how many scenarios, the dotted lines."""
    words = party_words(content.contract.parties)
    total = len(content.projections)
    capped = charts.revenue_share_cap(content.contract) is not None
    if capped:
        text = _("Revenue share paid to {partner} by scenario, against the cap.")
    else:
        text = _("Revenue share paid to {partner} by scenario.")
    text = text.format(**words)
    if shown < total:
        text += " " + ngettext(
            "The chart shows the first {shown} of {total} scenario.",
            "The chart shows the first {shown} of {total} scenarios.",
            total,
        ).format(shown=shown, total=total)
    if changes:
        text += " " + _("Dotted lines mark the contract version coming into force.")
    return text


def headline(content: BriefContent) -> str:
    """The one sentence with the one number that matters to the reader."""
    parties = content.contract.parties
    view = reader_view(content.reader, parties)
    figure = KEY_FIGURES_BY_NAME[view.headline]
    values = figure_values(content.projections, view.headline)
    first = next(iter(content.projections))
    amount = figure_text(figure, values.get(first))
    others = {n: v for n, v in values.items() if n != first}
    spread = ""
    if others:
        low = min(others, key=others.__getitem__)
        high = max(others, key=others.__getitem__)
        if low == high:
            spread = _("{amount} under {scenario}").format(
                amount=figure_text(figure, others[low]), scenario=low
            )
        else:
            spread = _("from {low} under {low_scenario} to {high} under {high_scenario}").format(
                low=figure_text(figure, others[low]),
                low_scenario=low,
                high=figure_text(figure, others[high]),
                high_scenario=high,
            )
    return headline_sentence(content.reader, parties, amount, first, spread)


def supporting_numbers(content: BriefContent) -> list[tuple[str, str, str]]:
    """Up to three (number, label, one line) for the first scenario; zero figures dropped."""
    parties = content.contract.parties
    view = reader_view(content.reader, parties)
    first_name = next(iter(content.projections))
    first = content.first
    found: list[tuple[str, str, str]] = []
    for name in view.supporting:
        figure = KEY_FIGURES_BY_NAME.get(name)
        values = figure_values(content.projections, name)
        if figure is None or first_name not in values or abs(values[first_name]) < 0.05:
            continue
        line = _range_line(figure, values, first_name)
        if name in ("revenue_share_total", "partner_royalties_total"):
            cap = first.key_figures.get("revenue_share_cap_reached_period")
            if isinstance(cap, str):
                line = _("Cap reached in {period}.").format(period=period_text(cap)) + " " + line
        found.append((figure_text(figure, values[first_name]), label(figure.label, parties), line))
        if len(found) == 3:
            break
    return found


def _range_line(figure: KeyFigure, values: Mapping[str, float], first: str) -> str:
    others = {n: v for n, v in values.items() if n != first}
    if not others:
        return _("Under {scenario}.").format(scenario=first)
    low, high = min(others.values()), max(others.values())
    if figure.kind == "year":
        return _("Under {scenario}; {low} to {high} in the other scenarios.").format(
            scenario=first, low=int(low), high=int(high)
        )
    if abs(high - low) < 0.05:
        return _("Under {scenario}; {value} in the other scenarios.").format(
            scenario=first, value=figure_text(figure, low)
        )
    return _("Under {scenario}; {low} to {high} in the other scenarios.").format(
        scenario=first, low=figure_text(figure, low), high=figure_text(figure, high)
    )


def _number_cells(numbers: list[tuple[str, str, str]], styles: StyleSheet1, width: float) -> Table:
    cells = [
        [
            Paragraph(markup(value), styles["BigNumber"]),
            Paragraph(markup(name), styles["NumberLabel"]),
            Paragraph(markup(line), styles["Small"]),
        ]
        for value, name, line in numbers
    ]
    table = Table([cells], colWidths=[width / len(cells)] * len(cells), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FAMILY.regular, 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def version_name(contract: Contract) -> str:
    """A version's name for readers: ``January 2025 revision`` from its title."""
    title = title_of(contract)
    if ", " in title:
        name = title.split(", ", 1)[1]
        return name[:1].upper() + name[1:]  # French titles go on in lower case
    return _("Version of {date}").format(date=date_text(contract.effective))


def version_changes(
    chain: tuple[Contract, ...], projection: Projection
) -> list[tuple[float, str]]:
    """Where the version in force changes: (fractional year, version name) each.

    When the projection records the version applied in each period (a ``contract``
    column), the changes are read from it; otherwise every version's effective date counts.
    """
    names = {c.id: version_name(c) for c in chain}
    table = projection.table
    if "contract" in table.columns:
        found = []
        previous = None
        for i, contract_id in enumerate(table["contract"].tolist()):
            if previous is not None and contract_id != previous:
                year = projection.grid.start_year + i / projection.grid.n
                found.append((year, names.get(str(contract_id), _("new version"))))
            previous = contract_id
        return found
    return [(_year(c.effective), version_name(c)) for c in chain[1:]]


def _year(day: dt.date) -> float:
    start = dt.date(day.year, 1, 1)
    return day.year + (day - start).days / 365.25


def key_dates(content: BriefContent) -> list[list[str]]:
    """The cap reached, the AGI determination (and what it ends), the end of the IP licence.

    In date order; periods sort by their first day.
    """
    first_name = next(iter(content.projections))
    figures = content.first.key_figures
    grid = content.first.grid
    contract = content.contract
    rows: list[tuple[dt.date, list[str]]] = []
    cap = figures.get("revenue_share_cap_reached_period")
    if isinstance(cap, str):
        what = _("Revenue-share cap reached under {scenario}").format(scenario=first_name)
        rows.append((grid.starts[grid.index_of(cap)], [period_text(cap), what]))
    agi = contract.agi_clause
    determined = figures.get("agi_determination_period")
    if agi is not None and isinstance(determined, str):
        ended = semicolons(title_of(c) for c in contract.clauses if c.id in agi.ends)
        effective = figures.get("agi_effective_period")
        if ended and isinstance(effective, str):
            what = _(
                "AGI determination under {scenario}; from {period} it ends: {clauses}"
            ).format(scenario=first_name, period=period_text(effective), clauses=ended)
        elif ended:
            what = _("AGI determination under {scenario}; it ends: {clauses}").format(
                scenario=first_name, clauses=ended
            )
        else:
            what = _("AGI determination under {scenario}; it no longer moves any payment").format(
                scenario=first_name
            )
        day = grid.starts[grid.index_of(determined)]
        rows.append((day, [period_text(determined), what]))
    for clause in contract.clauses:
        if isinstance(clause, IpLicense) and clause.end is not None:
            what = _("Ends: {clause}").format(clause=title_of(clause))
            rows.append((clause.end, [date_text(clause.end), what]))
    return [row for _, row in sorted(rows, key=lambda pair: pair[0])]


def tornado_sentence(
    result: Sensitivity, scenario: str, parties: Parties, chain: Sequence[Contract] = ()
) -> str:
    """The two inputs that move the figure most, with the figure at each end; or none.

    `chain` (the contract's versions) names deal terms in words.
    """
    figure = KEY_FIGURES_BY_NAME[result.figure]
    name = label(figure.label, parties)
    moving = moving_rows(result)
    if not moving:
        return _("No input moves {figure} under {scenario}.").format(
            figure=name, scenario=scenario
        )
    parts = [
        _("{input} (from {low} to {high})").format(
            input=assumption_name(row.assumption, parties, chain),
            low=figure_text(figure, row.figure_low),
            high=figure_text(figure, row.figure_high),
        )
        for row in moving[:2]
    ]
    if len(parts) == 1:
        return _("Under {scenario}, the input that moves {figure} most is {first}.").format(
            scenario=scenario, figure=name, first=parts[0]
        )
    return _(
        "Under {scenario}, the inputs that move {figure} most are {first} and {second}."
    ).format(scenario=scenario, figure=name, first=parts[0], second=parts[1])


def what_would_change(content: BriefContent) -> str:
    """The two inputs that move the first scenario's figure most, and the Monte Carlo range."""
    first_name = next(iter(content.projections))
    found = content.analyses.get(first_name)
    parties = content.contract.parties
    sentences = []
    result = content.headline_sensitivity
    if result is not None:
        sentences.append(tornado_sentence(result, first_name, parties, content.chain))
    simulation = found.monte_carlo if found is not None else None
    if simulation is None:
        sentences.append(
            _(
                "No Monte Carlo run is stored with {scenario}; run one in the app and save "
                "the workspace to see here how far the uncertain inputs move this view."
            ).format(scenario=first_name)
        )
    else:
        view = reader_view(content.reader, parties)
        shown = view.headline if view.headline in simulation.percentiles else None
        if shown is not None:
            figure = KEY_FIGURES_BY_NAME[shown]
            p10, p50, p90 = simulation.percentiles[shown]
            sentences.append(
                ngettext(
                    "Across {draws} Monte Carlo draw of the uncertain inputs, {figure} lies "
                    "between {p10} and {p90} in eight cases out of ten (median {p50}).",
                    "Across {draws} Monte Carlo draws of the uncertain inputs, {figure} lies "
                    "between {p10} and {p90} in eight cases out of ten (median {p50}).",
                    simulation.draws,
                ).format(
                    draws=fmt.number(simulation.draws, 0),
                    figure=label(figure.label, parties),
                    p10=figure_text(figure, p10),
                    p90=figure_text(figure, p90),
                    p50=figure_text(figure, p50),
                )
            )
    return " ".join(sentences)
