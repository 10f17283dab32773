"""Page 1: the reader's question answered, with three numbers, one chart and the key dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from core.analysis import Sensitivity
from core.contract import Contract, IpLicense, Parties
from core.keyfigures import KEY_FIGURES_BY_NAME, KeyFigure
from core.present.format import date as date_text
from core.present.format import number
from core.present.format import period as period_text
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
        caption = f"Revenue share paid to {parties.partner} by scenario"
        if len(shown) < len(content.projections):
            caption += f" (the first {len(shown)} of {len(content.projections)})"
        if charts.revenue_share_cap(content.contract) is not None:
            caption += ", against the cap"
        if changes:
            caption += "; dotted lines mark the contract version coming into force"
        story.append(Paragraph(markup(caption + "."), styles["Caption"]))
    dates = key_dates(content)
    if dates:
        story.append(Paragraph("Key dates", styles["H3"]))
        story.append(grid_table([["When", "What"], *dates], [width * 0.2, width * 0.8], styles, 2))
    story.append(Paragraph("What would change this view", styles["H3"]))
    story.append(Paragraph(markup(what_would_change(content)), styles["Body"]))
    return story


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
            spread = f"{figure_text(figure, others[low])} under {low}"
        else:
            spread = (
                f"from {figure_text(figure, others[low])} under {low} "
                f"to {figure_text(figure, others[high])} under {high}"
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
                line = f"Cap reached in {period_text(cap)}. " + line
        found.append((figure_text(figure, values[first_name]), label(figure.label, parties), line))
        if len(found) == 3:
            break
    return found


def _range_line(figure: KeyFigure, values: Mapping[str, float], first: str) -> str:
    others = {n: v for n, v in values.items() if n != first}
    if not others:
        return f"Under {first}."
    low, high = min(others.values()), max(others.values())
    if figure.kind == "year":
        return f"Under {first}; {int(low)} to {int(high)} in the other scenarios."
    if abs(high - low) < 0.05:
        return f"Under {first}; {figure_text(figure, low)} in the other scenarios."
    return (
        f"Under {first}; {figure_text(figure, low)} to {figure_text(figure, high)} "
        "in the other scenarios."
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
    if ", " in contract.title:
        return contract.title.split(", ", 1)[1]
    return f"Version of {date_text(contract.effective)}"


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
                found.append((year, names.get(str(contract_id), "new version")))
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
        what = f"Revenue-share cap reached under {first_name}"
        rows.append((grid.starts[grid.index_of(cap)], [period_text(cap), what]))
    agi = contract.agi_clause
    determined = figures.get("agi_determination_period")
    if agi is not None and isinstance(determined, str):
        ended = [c.title for c in contract.clauses if c.id in agi.ends]
        what = f"AGI determination under {first_name}"
        if ended:
            effective = figures.get("agi_effective_period")
            when = f" from {period_text(effective)}" if isinstance(effective, str) else ""
            what += f"; it ends{when}: " + "; ".join(ended)
        else:
            what += "; it no longer moves any payment"
        day = grid.starts[grid.index_of(determined)]
        rows.append((day, [period_text(determined), what]))
    for clause in contract.clauses:
        if isinstance(clause, IpLicense) and clause.end is not None:
            rows.append((clause.end, [date_text(clause.end), f"Ends: {clause.title}"]))
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
        return f"No input moves {name} under {scenario}."
    parts = [
        f"{assumption_name(row.assumption, parties, chain)} "
        f"(from {figure_text(figure, row.figure_low)} to {figure_text(figure, row.figure_high)})"
        for row in moving[:2]
    ]
    return f"Under {scenario}, the inputs that move {name} most are " + " and ".join(parts) + "."


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
            f"No Monte Carlo run is stored with {first_name}; run one in the app and save "
            "the workspace to see here how far the uncertain inputs move this view."
        )
    else:
        view = reader_view(content.reader, parties)
        shown = view.headline if view.headline in simulation.percentiles else None
        if shown is not None:
            figure = KEY_FIGURES_BY_NAME[shown]
            p10, p50, p90 = simulation.percentiles[shown]
            sentences.append(
                f"Across {number(simulation.draws, 0)} Monte Carlo draws of the uncertain inputs, "
                f"{label(figure.label, parties)} lies between {figure_text(figure, p10)} "
                f"and {figure_text(figure, p90)} in eight cases out of ten "
                f"(median {figure_text(figure, p50)})."
            )
    return " ".join(sentences)
