"""The terms in words: each paying clause's rate, cap, tiers, dates and confidence, and AGI."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.styles import StyleSheet1
from reportlab.platypus import Flowable, Paragraph

from core.clausetext import describe_parameters, parameter_rows
from core.contract import AgiClause, Clause, Contract, RevenueShare
from core.kinds import kind_of
from core.present.contract_text import confidence_label, title_of
from core.present.format import date as date_text
from core.present.format import money as money_text
from core.present.format import period as period_text
from core.present.grammar import semicolons
from core.present.i18n import _, ngettext
from core.report.content import BriefContent
from core.report.script import markup
from core.report.tables import grid_table

PAYING_ROLES = ("payment", "equity")
SHOWN_ROLES = ("payment", "equity", "commitment", "agi")
"""The kinds the terms table lists, by their role in the engine (core.kinds)."""


def shown_in_terms(clause: Clause) -> bool:
    """Whether the terms table lists `clause`: paying, equity, committing and AGI clauses."""
    return kind_of(clause.kind).role in SHOWN_ROLES


def dates_words(start: dt.date | None, end: dt.date | None) -> str:
    """``21 Jan 2025 to 31 Dec 2030``, ``from 28 Oct 2025``, ``until …``, ``open-ended``."""
    if start and end:
        return _("{start} to {end}").format(start=date_text(start), end=date_text(end))
    if start:
        return _("from {start}").format(start=date_text(start))
    if end:
        return _("until {end}").format(end=date_text(end))
    return _("open-ended")


def clause_terms(clause: Clause, contract: Contract) -> str:
    """The clause's parameters in words, one sentence-like line."""
    if isinstance(clause, AgiClause):
        return agi_terms(clause, contract)
    words = [
        _("{label}: {text}").format(label=name, text=text)
        for name, text in describe_parameters(clause, contract.parties)
    ]
    if isinstance(clause, RevenueShare) and clause.cap_total is not None:
        cap = money_text(clause.cap_total)
        if clause.start:
            words[-1] = _("Cap: {cap} in total counting from {start}").format(
                cap=cap, start=date_text(clause.start)
            )
        else:
            words[-1] = _("Cap: {cap} in total").format(cap=cap)
    return semicolons(words).replace("'", "’")


def agi_terms(clause: AgiClause, contract: Contract) -> str:
    """The AGI test and the clauses it ends, by title."""
    ends = [title_of(c) for c in contract.clauses if c.id in clause.ends]
    test = next(row.text for row in parameter_rows(clause, contract.parties) if row.key == "Test")
    lag = clause.verification_lag_quarters
    ending = semicolons(ends) if ends else _("no clause")
    return ngettext(
        "Test: {test}; verified after {lag} quarter; once in force it ends: {ending}",
        "Test: {test}; verified after {lag} quarters; once in force it ends: {ending}",
        lag,
    ).format(test=test, lag=lag, ending=ending)


def agi_consequence(content: BriefContent) -> str:
    """What the AGI clause changes under the first scenario, or that it moves no payment."""
    contract = content.contract
    agi = contract.agi_clause
    if agi is None:
        return ""
    name = content.scenarios[0].name
    figures = content.first.key_figures
    effective = figures.get("agi_effective_period")
    if not isinstance(effective, str):
        return _(
            "Under {scenario} the AGI test is not met within the projection, so nothing ends."
        ).format(scenario=name)
    ended = [c for c in contract.clauses if c.id in agi.ends]
    paying = [c for c in ended if kind_of(c.kind).role in PAYING_ROLES]
    grid = content.first.grid
    index = grid.index_of(effective)
    year = grid.start_year + index / grid.n
    cap = figures.get("revenue_share_cap_reached_period")
    capped_before = isinstance(cap, str) and grid.index_of(cap) < index
    still = [c for c in paying if not _over_before(c, year, capped_before)]
    when = period_text(effective)
    if not ended:
        return _(
            "Under {scenario} the AGI clause takes effect in {period} but ends no clause."
        ).format(scenario=name, period=when)
    if not still:
        return _(
            "Under {scenario} the AGI clause takes effect in {period}; by then the payments it "
            "ends have stopped (cap reached or term over), so it no longer moves any payment."
        ).format(scenario=name, period=when)
    titles = semicolons(title_of(c) for c in still)
    return _(
        "Under {scenario} the AGI clause takes effect in {period} and stops: {clauses}."
    ).format(scenario=name, period=when, clauses=titles)


def _over_before(clause: Clause, year: float, capped_before: bool) -> bool:
    """True when `clause` pays nothing any more at `year` (term over, or its cap reached)."""
    if clause.end is not None and clause.end.year + clause.end.timetuple().tm_yday / 366 < year:
        return True
    return isinstance(clause, RevenueShare) and clause.cap_total is not None and capped_before


def terms_story(content: BriefContent, styles: StyleSheet1, width: float) -> list[Flowable]:
    """One row per paying or committing clause and the AGI clause, then its consequence."""
    contract = content.contract
    chosen = [c for c in contract.clauses if shown_in_terms(c)]
    if not chosen:
        return []
    rows: list[list[str]] = [[_("Clause"), _("Terms"), _("When"), _("Confidence")]]
    for clause in chosen:
        rows.append(
            [
                title_of(clause),
                clause_terms(clause, contract),
                dates_words(clause.start, clause.end),
                confidence_label(clause.confidence),
            ]
        )
    widths = [width * 0.22, width * 0.46, width * 0.19, width * 0.13]
    story: list[Flowable] = [
        Paragraph(_("The terms in words"), styles["H1"]),
        grid_table(rows, widths, styles, numeric_from=4),
    ]
    consequence = agi_consequence(content)
    if consequence:
        story += [
            Paragraph(_("The AGI clause"), styles["H2"]),
            Paragraph(markup(consequence), styles["Body"]),
        ]
    return story
