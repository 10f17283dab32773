"""The brief's story: the answer on page 1, then the sections in the order asked for."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from reportlab.graphics.shapes import Drawing
from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from core.present.contract_text import title_of
from core.present.format import NONE
from core.present.format import date as date_text
from core.present.grammar import party_words
from core.present.i18n import _
from core.projection import Projection
from core.report import charts
from core.report.analysis_story import analyses_story
from core.report.answer import answer_story, version_changes
from core.report.backtest_story import backtest_story
from core.report.content import BriefContent
from core.report.grids import assumptions_grid, compact_table, differing_grid
from core.report.method import method_story, stamp_story
from core.report.notes import note_paragraphs
from core.report.script import markup
from core.report.tables import comparison_tables, key_figures_tables
from core.report.terms import terms_story
from core.report.timeline import timeline_drawing
from core.report.versions import versions_story

Section = Callable[[BriefContent, StyleSheet1, float], list[Flowable]]


def build_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """Every flowable of the brief, in the sections' order; `width` is the frame width."""
    story: list[Flowable] = [NextPageTemplate("body")]
    builders = {key: (section, new_page) for key, section, new_page in SECTIONS}
    for key in content.sections:
        section, new_page = builders[key]
        flowables = section(content, styles, width)
        if not flowables:
            continue
        if len(story) > 1:
            story.append(PageBreak() if new_page else CondPageBreak(BACK_MATTER_ROOM))
        story += flowables
    return with_stamp(story, stamp_story(content, styles))


def with_stamp(story: list[Flowable], stamp: list[Flowable]) -> list[Flowable]:
    """Append the stamp, keeping it with the last paragraphs so it never sits alone on a page."""
    tail = 0
    while tail < 2 and len(story) > tail + 1 and isinstance(story[-1 - tail], Paragraph):
        tail += 1
    if tail == 0:
        return story + stamp
    return [*story[:-tail], KeepTogether([*story[-tail:], *stamp])]


def p(text: str, style: str, styles: StyleSheet1) -> Paragraph:
    """A paragraph of user or contract text, escaped so that it prints as typed."""
    return Paragraph(markup(text), styles[style])


def heading(text: str, styles: StyleSheet1, room: float = 120) -> list[Flowable]:
    """An H2 that starts a new page unless `room` points are left for what follows it."""
    return [CondPageBreak(room), p(text, "H2", styles)]


def confidentiality(content: BriefContent) -> str:
    """The footer's line: ``Confidential · Prepared for …``."""
    if content.audience:
        return _("Confidential · Prepared for {audience}").format(audience=content.audience)
    return _("Confidential")


def summary_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """The key figures under every scenario, the reader's first (page 1 tells the story)."""
    story: list[Flowable] = [p(_("Key figures by scenario"), "H1", styles)]
    story += key_figures_tables(content.projections, content.reader, styles, width)
    horizon = content.workspace.settings
    note = _(
        "{none} none within the projection horizon ({start}–{end}). Money in $B, nominal; "
        "NPV at each scenario’s discount rate."
    ).format(none=NONE, start=horizon.start_year, end=horizon.end_year)
    story.append(p(note, "Caption", styles))
    return story


def timeline_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """The clause timeline drawing and its numbered events."""
    name = next(iter(content.projections))
    contract = content.contract
    story: list[Flowable] = [p(_("Clause timeline"), "H1", styles)]
    clauses = contract.clauses
    for start in range(0, max(len(clauses), 1), TIMELINE_CLAUSES):
        part = contract.model_copy(
            update={
                "clauses": clauses[start : start + TIMELINE_CLAUSES],
                "events": contract.events if start == 0 else (),
            }
        )
        chain = content.chain if start == 0 else ()
        story += [timeline_drawing(part, content.first, name, width, chain), Spacer(1, 8)]
    events = sorted(content.contract.events, key=lambda e: e.date)
    if events:
        rows: list[list[str]] = [[_("No."), _("Date"), _("Event")]]
        rows += [[str(i), date_text(e.date), title_of(e)] for i, e in enumerate(events, 1)]
        story.append(compact_table(rows, [width * 0.06, width * 0.14, width * 0.80], styles))
    return story


ChartMaker = Callable[[Mapping[str, Projection], float], Drawing | None]
"""A chart of the brief drawn from the projections of some scenarios, at a width."""

LINES_PER_CHART = 6
"""Most scenarios one line chart shows; more are spread over several charts."""

PANELS_PER_CHART = 9
"""Most scenario panels (three rows of three) one compute chart shows."""


def scenario_groups(
    projections: dict[str, Projection], size: int
) -> list[tuple[str, dict[str, Projection]]]:
    """The projections in groups of `size`, each with a suffix naming its scenarios."""
    names = list(projections)
    if len(names) <= size:
        return [("", projections)]
    groups = []
    for start in range(0, len(names), size):
        chunk = names[start : start + size]
        suffix = " " + _("(scenarios {first}–{last} of {total})").format(
            first=start + 1, last=start + len(chunk), total=len(names)
        )
        groups.append((suffix, {n: projections[n] for n in chunk}))
    return groups


def charts_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """The four charts, each kept with its caption; many scenarios take several charts."""
    words = party_words(content.contract.parties)
    capped = charts.revenue_share_cap(content.contract) is not None
    cap_title = _("Revenue share against the cap") if capped else _("Revenue share, cumulative")
    changes = version_changes(content.chain, content.first)
    lines = scenario_groups(content.projections, LINES_PER_CHART)
    panels = scenario_groups(content.projections, PANELS_PER_CHART)
    if changes:
        cap_caption = _(
            "Cumulative revenue-share payments to {partner}; dotted lines mark a "
            "new contract version."
        )
    else:
        cap_caption = _("Cumulative revenue-share payments to {partner}.")
    kinds: list[tuple[str, ChartMaker, list[tuple[str, dict[str, Projection]]], str]] = [
        (
            _("Revenue and payments"),
            charts.revenue_payments_chart,
            lines,
            _("{lab}’s revenue and what it pays {partner}, per calendar year."),
        ),
        (
            _("Compute by source"),
            charts.compute_chart,
            panels,
            _(
                "Average compute in use per year, GW: {lab}’s own capacity, {cloud} and "
                "other clouds."
            ),
        ),
        (
            _("AGI test"),
            charts.agi_chart,
            lines,
            _(
                "The AGI clause’s profit measure against its threshold; a dot marks the "
                "period in which the test is met."
            ),
        ),
        (cap_title, partial(charts.cap_chart, changes=changes), lines, cap_caption),
    ]
    made = [
        (title + suffix, draw(group, width), caption.format(**words))
        for title, draw, groups, caption in kinds
        for suffix, group in groups
    ]
    story: list[Flowable] = [p(_("Charts"), "H1", styles)]
    for title, drawing, caption in made:
        if drawing is not None:
            story.append(
                KeepTogether([p(title, "H2", styles), drawing, p(caption, "Caption", styles)])
            )
    return story


def comparison_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """Differences to the first scenario (the inputs that differ open the appendix)."""
    story: list[Flowable] = [p(_("Scenario comparison"), "H1", styles)]
    if len(content.projections) < 2:
        story.append(
            p(_("This brief covers one scenario; there is nothing to compare."), "Body", styles)
        )
        return story
    story += comparison_tables(content.projections, content.reader, styles, width)
    story.append(
        p(
            _("Differences are the other scenario minus the first; periods and years as counts."),
            "Caption",
            styles,
        )
    )
    return story


def differing_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """The inputs that differ between the scenarios, year by year (opens the appendix)."""
    if len(content.projections) < 2:
        return []
    settings = content.workspace.settings
    years = list(range(settings.start_year, settings.end_year + 1))
    tables = differing_grid(content.scenarios, content.contract.parties, years, styles, width)
    if not tables:
        return [
            p(_("Inputs that differ"), "H2", styles),
            p(_("All inputs agree."), "Body", styles),
        ]
    caption = p(_("Bold on a tint: differs from the first scenario."), "Caption", styles)
    # Kept together when it fits on a page, so that a short tail never ends up alone.
    return [KeepTogether([p(_("Inputs that differ"), "H2", styles), *tables, caption])]


def assumptions_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """Every scenario's assumptions by year; values changed from the default are marked."""
    settings = content.workspace.settings
    years = list(range(settings.start_year, settings.end_year + 1))
    story: list[Flowable] = [p(_("Appendix: assumptions and notes"), "H1", styles)]
    story += differing_story(content, styles, width)
    story.append(
        p(
            _(
                "Values in bold on a tint differ from the app’s default. Each year shows "
                "the value in force that year."
            ),
            "Body",
            styles,
        )
    )
    for scenario in content.scenarios:
        grid = assumptions_grid(scenario, content.contract.parties, years, styles, width)
        story.append(KeepTogether([p(scenario.name, "H2", styles), *grid]))
        if scenario.notes.strip():
            story += [
                Spacer(1, 8),
                p(_("Notes"), "NoteLabel", styles),
                *note_paragraphs(scenario.notes, content.contract.parties, styles),
            ]
    return story


TIMELINE_CLAUSES = 30
"""Most clauses one timeline drawing shows; a longer contract takes several, page by page."""

BACK_MATTER_ROOM = 260.0
"""Analyses and method start on a new page only with less than this much room (points)."""

SECTIONS: tuple[tuple[str, Section, bool], ...] = (
    ("answer", answer_story, True),
    ("versions", versions_story, True),
    ("terms", terms_story, False),
    ("summary", summary_story, False),
    ("backtest", backtest_story, False),
    ("timeline", timeline_story, False),
    ("charts", charts_story, False),
    ("comparison", comparison_story, False),
    ("analyses", analyses_story, False),
    ("assumptions", assumptions_story, True),
    ("method", method_story, False),
)
"""Section key, its builder, and whether it always starts on a new page (else only when
less than `BACK_MATTER_ROOM` is left, so that no page stays mostly empty)."""
